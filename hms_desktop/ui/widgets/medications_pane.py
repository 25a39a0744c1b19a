"""The chart's medications pane: current medications (prescribed here and elsewhere), Stop with a reason,
Renew in two clicks (Renew… opens the prescribing dialog with the same lines and their checks; Issue), add a
medication prescribed elsewhere, the timeline of what was prescribed and stopped when, and the issued
prescriptions with Print or reprint (the preview logs the print; a reprint says COPY).

Plugs into the chart with ``ChartView.add_pane(pane, title)``; the chart calls ``show_patient(patient_id)``
and, while a consultation is open, ``set_encounter(encounter_id)`` (a renewal is prescribed in one).

Widgets sit below dialogs (tests/unit/test_layers.py), so the pane does not open the prescribing dialog or
the print preview itself: it emits ``renewal_ready`` and ``print_ready``, and
``ui.dialogs.prescription_dialog.connect_medications_pane(pane)`` (called once by whoever builds the chart)
opens them; ``renewed(result)`` tells the pane the renewal was issued.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from hms_desktop.formats import format_date, format_date_time
from hms_desktop.services import prescribing
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.prescribing import IssuedPrescription, MedicationOverview, RenewalDraft
from hms_desktop.services.printing import PrintJob
from hms_desktop.ui.forms.ui_medications_pane import Ui_MedicationsPane
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message

ID_ROLE = Qt.ItemDataRole.UserRole


class MedicationsPane(QWidget):
    #: The list changed here (stopped, added, renewed): the chart banner's current medications are stale.
    medications_changed = Signal(int)  # patient id
    #: A renewal to show in the prescribing dialog (the first of the two clicks was Renew…).
    renewal_ready = Signal(object)  # RenewalDraft
    #: A prescription to preview and print (the print preview logs it; a reprint says COPY).
    print_ready = Signal(object)  # PrintJob

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._clock = HospitalClock.unloaded(ctx)
        self.patient_id: int | None = None
        self.encounter_id: int | None = None
        self.overview: MedicationOverview | None = None
        #: The dialog ``connect_medications_pane`` opened last (the prescribing dialog or the print preview).
        self.active_dialog: QWidget | None = None
        self._sequence = 0
        self.ui = Ui_MedicationsPane()
        self.ui.setupUi(self)
        ui = self.ui
        for table in (ui.currentTable, ui.timelineTable, ui.prescriptionsTable):
            header = table.horizontalHeader()
            for column in range(table.columnCount() - 1):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.stopButton.clicked.connect(self.stop_selected)
        ui.renewButton.clicked.connect(self.renew_selected)
        ui.externalAddButton.clicked.connect(self.add_external)
        ui.externalNameEdit.returnPressed.connect(self.add_external)
        ui.stopReasonEdit.returnPressed.connect(self.stop_selected)
        ui.printButton.clicked.connect(self.print_selected)
        ui.prescriptionsTable.itemActivated.connect(lambda _item: self.print_selected())
        ui.currentTable.itemSelectionChanged.connect(self._update_buttons)
        ui.prescriptionsTable.itemSelectionChanged.connect(self._update_buttons)
        show_message(ui.messageLabel, "")
        show_message(ui.externalError, "")
        self._update_buttons()

    # --- what the chart calls ---------------------------------------------------------------------------

    def show_patient(self, patient_id: int) -> None:
        if patient_id != self.patient_id:
            self.encounter_id = None
        self.patient_id = patient_id
        self.reload()

    def set_encounter(self, encounter_id: int | None) -> None:
        """The consultation open for this patient, if any: renewals are prescribed in it."""
        self.encounter_id = encounter_id
        self._update_buttons()

    def reload(self) -> None:
        if self.patient_id is None:
            return
        ctx, patient_id = self._ctx, self.patient_id
        self._sequence += 1
        sequence = self._sequence
        clock = self._clock

        def load() -> tuple[HospitalClock, MedicationOverview]:
            return (clock if clock.loaded else hospital_clock(ctx)), prescribing.medication_overview(ctx, patient_id)

        def show(result: tuple[HospitalClock, MedicationOverview]) -> None:
            if sequence == self._sequence and result[1].patient_id == self.patient_id:
                self._clock = result[0]
                self._show(result[1])

        self._runner.run(load, on_success=show, on_failure=self._failed, owner=self)

    # --- showing ----------------------------------------------------------------------------------------

    def _show(self, overview: MedicationOverview) -> None:
        self.overview = overview
        ui = self.ui
        current = [m for m in overview.medications if m.active]
        self._fill(ui.currentTable, [(m.id, (m.name, m.details or "—", format_date(m.started_on),
                                             m.prescription_number or self._elsewhere(m.prescribed_elsewhere_by)))
                                     for m in current])
        if not current:
            self._placeholder(ui.currentTable, self.tr("No current medications recorded."))
        words = {"prescribed": self.tr("Prescribed"), "elsewhere": self.tr("Prescribed elsewhere"),
                 "stopped": self.tr("Stopped")}
        self._fill(ui.timelineTable, [(None, (format_date_time(self._clock.local(e.on)),
                                              words.get(e.event, e.event), e.drug, e.by,
                                              (f"{e.prescription_number}: " if e.prescription_number
                                               and e.event == "prescribed" else "") + e.details))
                                      for e in overview.timeline])
        self._fill(ui.prescriptionsTable, [(p.id, (p.number, format_date_time(self._clock.local(p.issued_at))
                                                   if p.issued_at else "", p.prescriber_name, p.drugs))
                                           for p in overview.prescriptions])
        self._update_buttons()

    def _elsewhere(self, by: str) -> str:
        return self.tr("elsewhere: %1").replace("%1", by) if by else self.tr("elsewhere")

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[int | None, tuple[str, ...]]]) -> None:
        table.blockSignals(True)
        table.clearSpans()
        table.setRowCount(len(rows))
        for r, (key, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0 and key is not None:
                    item.setData(ID_ROLE, key)
                table.setItem(r, c, item)
        table.blockSignals(False)

    @staticmethod
    def _placeholder(table: QTableWidget, text: str) -> None:
        table.setRowCount(1)
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        table.setItem(0, 0, item)
        table.setSpan(0, 0, 1, table.columnCount())

    def selected_medication_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.ui.currentTable.selectionModel().selectedRows()})
        ids = []
        for row in rows:
            item = self.ui.currentTable.item(row, 0)
            if item is not None and item.data(ID_ROLE) is not None:
                ids.append(int(item.data(ID_ROLE)))
        return ids

    def _selected_prescription(self) -> int | None:
        item = self.ui.prescriptionsTable.item(self.ui.prescriptionsTable.currentRow(), 0)
        return int(item.data(ID_ROLE)) if item is not None and item.data(ID_ROLE) is not None else None

    def _update_buttons(self) -> None:
        ui = self.ui
        chosen = bool(self.selected_medication_ids())
        ui.stopButton.setEnabled(chosen)
        ui.renewButton.setEnabled(chosen)
        ui.renewButton.setToolTip(self.tr("Prescribe the selected medications again") if self.encounter_id
                                  else self.tr("Renewals are prescribed in a consultation: start one first."))
        ui.printButton.setEnabled(self._selected_prescription() is not None)

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))

    def _done(self, message: str) -> None:
        show_message(self.ui.messageLabel, message, role="info")
        if self.patient_id is not None:
            self.medications_changed.emit(self.patient_id)
        self.reload()

    # --- actions ----------------------------------------------------------------------------------------

    def stop_selected(self) -> None:
        ids = self.selected_medication_ids()
        if not ids:
            return
        reason = self.ui.stopReasonEdit.text()
        if not reason.strip():
            show_message(self.ui.messageLabel, self.tr("Say why the medication is stopped."))
            self.ui.stopReasonEdit.setFocus()
            return
        ctx = self._ctx

        def stop_all() -> int:
            for medication_id in ids:
                prescribing.stop_medication(ctx, medication_id, reason)
            return len(ids)

        def stopped(count: int) -> None:
            self.ui.stopReasonEdit.clear()
            self._done(self.tr("Stopped 1 medication.") if count == 1
                       else self.tr("Stopped %1 medications.").replace("%1", str(count)))
            self.ui.currentTable.setFocus()

        self._runner.run(stop_all, on_success=stopped, on_failure=self._failed, owner=self)

    def renew_selected(self) -> None:
        """The first of the two clicks: the prescribing dialog opens with the same lines, checked."""
        ids = self.selected_medication_ids()
        if not ids:
            return
        if self.encounter_id is None:
            show_message(self.ui.messageLabel, self.tr(
                "A renewal is prescribed in a consultation: start or open one for this patient first."))
            return
        ctx, encounter_id = self._ctx, self.encounter_id
        self._runner.run(lambda: prescribing.renew_prescription(ctx, encounter_id, medication_ids=ids),
                         on_success=self._open_renewal, on_failure=self._failed, owner=self)

    def _open_renewal(self, draft: RenewalDraft) -> None:
        if not draft.lines:
            show_message(self.ui.messageLabel, self.tr(
                "These medications were prescribed elsewhere by name only: prescribe them from the formulary."))
            return
        self.renewal_ready.emit(draft)

    def renewed(self, result: IssuedPrescription) -> None:
        """The renewal was issued (the prescribing dialog's ``issued``)."""
        self._done(self.tr("Renewed on prescription %1.").replace("%1", result.prescription.number))

    def add_external(self) -> None:
        if self.patient_id is None:
            return
        ui = self.ui
        ctx, patient_id = self._ctx, self.patient_id
        name, details, by = ui.externalNameEdit.text(), ui.externalDetailsEdit.text(), ui.externalByEdit.text()

        def added(_result: object) -> None:
            for edit in (ui.externalNameEdit, ui.externalDetailsEdit, ui.externalByEdit):
                edit.clear()
            show_message(ui.externalError, "")
            self._done(self.tr("Added to the medication list."))

        def refused(error: ServiceError) -> None:
            text = " ".join(error.problems.values()) if isinstance(error, ValidationFailed) else str(error)
            show_message(ui.externalError, text)

        self._runner.run(lambda: prescribing.record_external_medication(
            ctx, patient_id, name=name, details=details, prescribed_by=by), on_success=added, on_failure=refused,
            owner=self)

    def print_selected(self) -> None:
        prescription_id = self._selected_prescription()
        if prescription_id is None:
            return
        ctx = self._ctx
        self._runner.run(lambda: prescribing.print_prescription(ctx, prescription_id), on_success=self._preview,
                         on_failure=self._failed, owner=self)

    def _preview(self, job: PrintJob) -> None:
        self.print_ready.emit(job)
