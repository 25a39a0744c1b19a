"""The Consultation tab, where a doctor spends the day: a worklist on the left, the open chart on the right.

The worklist has four pages: today's live queue (the same ``DoctorQueue`` as "My day": Call next calls the
patient in and opens their chart), "My admitted patients" (``my_inpatients``), a patient search, and "Lab
work" (the lab worklist). Every
opening goes through ``open_chart``, which records it; when the doctor has no appointment or admission with
the patient today the service asks for a reason, and the break-the-glass dialog asks the doctor.

The right side shows, one at a time: the open chart (banner and panes: Encounters, History, Labs,
Prescriptions, Documents), the encounter editor (opened from the chart's "New encounter" / "Open draft"; Order
labs and Prescribe open their dialogs from it), or the lab worklist (the fourth worklist page, "Lab work").
A critical lab result of this doctor's order shows as a red banner above everything, live (LISTEN
lab_critical). Plug-in points and layout: docs/architecture.md, "The Consultation tab".
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTreeWidgetItem, QVBoxLayout, QWidget

from hms_desktop.domain.names import display_name
from hms_desktop.formats import format_day_month, format_time
from hms_desktop.services import consultation
from hms_desktop.services.consultation import ChartSummary, InpatientDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import BreakGlassRequired, ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.patients import PatientSummary
from hms_desktop.ui.dialogs.break_glass_dialog import BreakGlassDialog
from hms_desktop.ui.dialogs.order_labs_dialog import OrderLabsDialog
from hms_desktop.ui.dialogs.prescription_dialog import PrescriptionDialog, connect_medications_pane
from hms_desktop.ui.forms.ui_consultation_tab import Ui_ConsultationTab
from hms_desktop.ui.tabs.doctor_queue import DoctorQueue
from hms_desktop.ui.tabs.history_pane import add_history_pane
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.chart_view import ChartView
from hms_desktop.ui.widgets.critical_alert import CriticalAlertBanner, CriticalLabAlerts
from hms_desktop.ui.widgets.encounter_editor import EncounterEditor
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.lab_results_pane import LabResultsPane
from hms_desktop.ui.widgets.lab_worklist import LabWorklist
from hms_desktop.ui.widgets.live_screen import LiveScreen
from hms_desktop.ui.widgets.medications_pane import MedicationsPane
from hms_desktop.ui.widgets.patient_picker import PatientPicker

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
WORKLIST_WIDTH = 430
WAITING = ("checked_in", "in_consultation")
BEDS_CHANNEL = "beds"  # admissions, transfers and discharges notify it: the admitted list follows


class ConsultationTab(QWidget):
    """``chart_opened(patient_id)`` after a chart is shown (the opening was recorded)."""

    chart_opened = Signal(int)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsultationTab()
        self.ui.setupUi(self)  # names it "consultationTab": the scope of its rules in resources/style.qss
        self._ctx = ctx
        self._runner = runner
        self.clock = HospitalClock.unloaded(ctx)
        self.inpatients: tuple[InpatientDTO, ...] = ()
        self.picked: PatientSummary | None = None
        self.active_dialog: QDialog | None = None
        show_message(self.ui.messageLabel, "")

        self.queue = DoctorQueue(ctx=ctx, runner=runner, live=live, opens_charts=True, compact=True,
                                 parent=self.ui.queuePage)
        self.ui.queueLayout.addWidget(self.queue)
        self.queue.patient_called.connect(lambda patient_id, appointment_id: self.open_patient(
            patient_id, appointment_id=appointment_id))

        self.chart_view = ChartView(ctx=ctx, runner=runner, parent=self.ui.chartPage)
        self.ui.chartLayout.addWidget(self.chart_view)
        self.history_pane = add_history_pane(self.chart_view, ctx=ctx, runner=runner)
        self.labs_pane = LabResultsPane(ctx=ctx, runner=runner)
        self.chart_view.add_pane(self.labs_pane, self.tr("&Labs"), index=2)
        self.medications_pane = MedicationsPane(ctx=ctx, runner=runner)
        self.chart_view.add_pane(self.medications_pane, self.tr("Pres&criptions"), index=3, scroll=True)
        connect_medications_pane(self.medications_pane, ctx=ctx, runner=runner)
        self.medications_pane.medications_changed.connect(lambda _patient: self.chart_view.refresh(panes=False))

        self.editor = EncounterEditor(ctx=ctx, runner=runner, live=live, parent=self.ui.chartStack)
        self.ui.chartStack.addWidget(self.editor)
        self.chart_view.encounter_requested.connect(self.open_encounter)
        self.editor.closed.connect(self.close_encounter)
        self.editor.signed.connect(self._encounter_signed)
        self.editor.order_labs_requested.connect(self.order_labs)
        self.editor.prescribe_requested.connect(self.prescribe)

        # The lab worklist (results to enter) fills the right side while the "Lab work" page is chosen.
        self.lab_worklist = LabWorklist(ctx=ctx, runner=runner, live=live, parent=self.ui.chartStack)
        self.ui.chartStack.addWidget(self.lab_worklist)
        self._page_before_labs: QWidget = self.ui.emptyPage
        self.labWorkPage = QWidget(self.ui.worklistTabs)
        self.labWorkPage.setObjectName("labWorkPage")
        lab_hint = QLabel(self.tr("Tests waiting for a result are listed on the right: choose one, type the "
                                  "value and save. A critical value alerts the ordering doctor at once."),
                          self.labWorkPage)
        lab_hint.setWordWrap(True)
        lab_layout = QVBoxLayout(self.labWorkPage)
        lab_layout.addWidget(lab_hint)
        lab_layout.addStretch(1)
        self.ui.worklistTabs.addTab(self.labWorkPage, self.tr("Lab &work"))

        # A critical result of this doctor's order: live, above everything, until acknowledged.
        self.critical_alerts = CriticalLabAlerts(ctx=ctx, runner=runner, live=live, parent=self)
        self.critical_banner = CriticalAlertBanner(ctx=ctx, runner=runner, alerts=self.critical_alerts, parent=self)
        self.ui.mainLayout.insertWidget(0, self.critical_banner)

        tree = self.ui.inpatientsTree
        tree.setTabKeyNavigation(False)
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        tree.itemActivated.connect(lambda item, _column: self.open_inpatient(item))
        tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.ui.openInpatientButton.clicked.connect(lambda: self.open_inpatient(tree.currentItem()))

        self.ui.searchTable.setTabKeyNavigation(False)
        self.picker = PatientPicker(runner=runner, ctx=ctx, search_edit=self.ui.searchEdit,
                                    table=self.ui.searchTable, parent=self)
        self.picker.picked.connect(self._picked)
        self.picker.model.results_changed.connect(self._update_buttons)
        self.ui.searchTable.activated.connect(lambda _index: self.open_picked())
        self.ui.openSearchButton.clicked.connect(self.open_picked)

        self.ui.worklistTabs.currentChanged.connect(self._worklist_page_changed)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([WORKLIST_WIDTH, 1280 - WORKLIST_WIDTH])
        self._update_buttons()
        runner.run(lambda: hospital_clock(ctx), on_success=self._clock_loaded,
                   on_failure=lambda error: log.info("Hospital clock not read: %s", error), owner=self)
        # Admissions, transfers and discharges notify "beds": the admitted list follows them live.
        self.inpatients_live = LiveScreen(self.ui.inpatientsPage, live=live, channel=BEDS_CHANNEL,
                                          reload=self.reload_inpatients)
        self.reload_inpatients()

    def _clock_loaded(self, clock: HospitalClock) -> None:
        self.clock = clock
        self.history_pane.clock = clock

    # --- worklist ----------------------------------------------------------------------------------------

    def _worklist_page_changed(self, _index: int) -> None:
        stack = self.ui.chartStack
        if self.ui.worklistTabs.currentWidget() is self.labWorkPage:
            if stack.currentWidget() is not self.lab_worklist:
                self._page_before_labs = stack.currentWidget() or self.ui.emptyPage
            stack.setCurrentWidget(self.lab_worklist)
            self.lab_worklist.reload()
            return
        if stack.currentWidget() is self.lab_worklist:
            stack.setCurrentWidget(self._page_before_labs)
        if self.ui.worklistTabs.currentWidget() is self.ui.inpatientsPage:
            self.reload_inpatients()
        elif self.ui.worklistTabs.currentWidget() is self.ui.searchPage:
            self.ui.searchEdit.setFocus()

    def reload_inpatients(self) -> None:
        ctx = self._ctx
        self.inpatients_live.load(self._runner, lambda: consultation.my_inpatients(ctx),
                                  on_success=self._show_inpatients, on_failure=self._failed)

    def _show_inpatients(self, inpatients: tuple[InpatientDTO, ...]) -> None:
        self.inpatients = inpatients
        tree = self.ui.inpatientsTree
        keep = self._inpatient_of(tree.currentItem())
        tree.clear()
        for p in inpatients:
            admitted = self.clock.local(p.admitted_at)
            bed = " · ".join(part for part in (p.ward, p.room, p.bed) if part) or self.tr("no bed")
            name = self.tr("{name} · MRN {mrn}").format(name=display_name(p.family_name, p.given_name), mrn=p.mrn)
            item = QTreeWidgetItem([name, bed, f"{format_day_month(admitted)} {format_time(admitted)}"])
            item.setData(0, ID_ROLE, p.admission_id)
            tree.addTopLevelItem(item)
            if keep is not None and keep.admission_id == p.admission_id:
                tree.setCurrentItem(item)
        if not inpatients:
            item = QTreeWidgetItem([self.tr("No patients are admitted under you.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        self.ui.inpatientsTitle.setText(self.tr("My admitted patients (%1)").replace("%1", str(len(inpatients))))
        self._update_buttons()

    def _inpatient_of(self, item: QTreeWidgetItem | None) -> InpatientDTO | None:
        admission_id = item.data(0, ID_ROLE) if item is not None else None
        return next((p for p in self.inpatients if p.admission_id == admission_id), None)

    def open_inpatient(self, item: QTreeWidgetItem | None) -> None:
        inpatient = self._inpatient_of(item)
        if inpatient is not None:
            name = display_name(inpatient.family_name, inpatient.given_name)
            self.open_patient(inpatient.patient_id, admission_id=inpatient.admission_id,
                              label=self.tr("{name} · MRN {mrn}").format(name=name, mrn=inpatient.mrn))

    def _picked(self, patient: PatientSummary) -> None:
        self.picked = patient
        self._update_buttons()

    def open_picked(self) -> None:
        rows = self.ui.searchTable.selectionModel().selectedRows()
        if not rows:
            return
        patient = self.picker.model.patient(rows[0].row())
        self.open_patient(patient.id, label=self.tr("{name} · MRN {mrn}").format(name=patient.display_name,
                                                                                 mrn=patient.mrn))

    def _update_buttons(self, *_args: object) -> None:
        self.ui.openInpatientButton.setEnabled(self._inpatient_of(self.ui.inpatientsTree.currentItem()) is not None)
        self.ui.openSearchButton.setEnabled(bool(self.ui.searchTable.selectionModel().selectedRows()))

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))

    # --- opening a chart ---------------------------------------------------------------------------------

    def open_patient(self, patient_id: int, *, appointment_id: int | None = None, admission_id: int | None = None,
                     label: str = "") -> None:
        """Open the chart (recorded by ``open_chart``); without a care link today, ask why first.
        ``appointment_id``/``admission_id``: what "New encounter" starts from; found in the worklist when not
        given, so a patient found by search who is also in today's queue or on a ward is linked too."""
        appointment_id = appointment_id if appointment_id is not None else self._waiting_appointment_of(patient_id)
        if admission_id is None and appointment_id is None:
            admission_id = next((p.admission_id for p in self.inpatients if p.patient_id == patient_id), None)
        show_message(self.ui.messageLabel, "")
        ctx = self._ctx

        def opened(summary: ChartSummary) -> None:
            self._show_chart(summary, appointment_id=appointment_id, admission_id=admission_id)

        def refused(error: ServiceError) -> None:
            if isinstance(error, BreakGlassRequired):
                self._ask_why(patient_id, label, appointment_id=appointment_id, admission_id=admission_id)
            else:
                show_message(self.ui.messageLabel, str(error))

        self._runner.run(lambda: consultation.open_chart(ctx, patient_id), on_success=opened, on_failure=refused,
                         owner=self)

    def _waiting_appointment_of(self, patient_id: int) -> int | None:
        candidates = [self.queue.current, *self.queue.entries]
        return next((a.id for a in candidates if a is not None and a.patient_id == patient_id
                     and a.status in WAITING), None)

    def _ask_why(self, patient_id: int, label: str, *, appointment_id: int | None,
                 admission_id: int | None) -> None:
        dialog = BreakGlassDialog(self._runner, self._ctx, patient_id, label, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.opened.connect(lambda summary: self._show_chart(summary, appointment_id=appointment_id,
                                                               admission_id=admission_id))
        self.active_dialog = dialog
        dialog.open()

    def _show_chart(self, summary: ChartSummary, *, appointment_id: int | None, admission_id: int | None) -> None:
        if self.editor.has_unsaved():
            self.editor.flush()  # what was typed in the last patient's note is saved, not dropped
        self.medications_pane.set_encounter(None)
        self.chart_view.show_chart(summary, clock=self.clock, appointment_id=appointment_id,
                                   admission_id=admission_id)
        self._show_page(self.ui.chartPage)
        self.chart_opened.emit(summary.banner.patient_id)

    def _show_page(self, page: QWidget) -> None:
        """The chart or the editor; while the lab worklist is shown, the page it goes back to."""
        if self.ui.chartStack.currentWidget() is self.lab_worklist:
            self._page_before_labs = page
            self.ui.worklistTabs.setCurrentIndex(0)  # leaving "Lab work" shows the page just chosen
        self.ui.chartStack.setCurrentWidget(page)

    # --- the encounter ----------------------------------------------------------------------------------

    def open_encounter(self, encounter_id: int) -> None:
        """From the chart's "New encounter" or "Open draft": the editor takes the right side."""
        self.editor.show_encounter(encounter_id)
        self.medications_pane.set_encounter(encounter_id)  # Renew prescribes in this consultation
        self._show_page(self.editor)

    def close_encounter(self) -> None:
        self.medications_pane.set_encounter(None)
        self._show_page(self.ui.chartPage)
        self.chart_view.refresh()

    def _encounter_signed(self, _encounter_id: int) -> None:
        self.medications_pane.set_encounter(None)
        self.chart_view.refresh()  # the banner's vitals and the encounters list show the signed note

    def order_labs(self, encounter_id: int) -> None:
        dialog = OrderLabsDialog(ctx=self._ctx, runner=self._runner, encounter_id=encounter_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        patient_id = self.chart_view.patient_id
        if patient_id is not None:
            dialog.ordered.connect(lambda _order: self.labs_pane.show_patient(patient_id))
        self.active_dialog = dialog
        dialog.open()

    def prescribe(self, encounter_id: int) -> None:
        dialog = PrescriptionDialog(ctx=self._ctx, runner=self._runner, encounter_id=encounter_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.issued.connect(lambda _issued: self.chart_view.refresh())
        self.active_dialog = dialog
        dialog.open()
