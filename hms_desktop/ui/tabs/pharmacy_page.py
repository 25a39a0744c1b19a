"""Billing → Pharmacy (issue 10, item 3), for holders of the capability role ``hms_dispenser``: issued
prescriptions with something left to dispense (patient, MRN, number, date), filterable by patient, MRN or
number; the chosen prescription's lines with what was prescribed and dispensed so far; a quantity (what is
left on the line, at most) and the batches it would take at the chosen location, first expiry first out, with
expired batches skipped; "Dispense". The database dispenses under a lock, so when someone else took the last
ones meanwhile the page says "Only 0 left in stock…" and shows the stock as it now is.

The page loads when shown (``activate``, called by the Billing tab); every service call goes through the task
runner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from hms_desktop.domain.inventory import Take, counted
from hms_desktop.formats import format_date, format_day_month, format_time
from hms_desktop.services import inventory
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.inventory import (
    DispensingLineDTO,
    DispensingPrescriptionDTO,
    DispensingQueue,
    FefoPreview,
)
from hms_desktop.ui.forms.ui_pharmacy_page import Ui_PharmacyPage
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.select_row import select_row

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ID_ROLE = Qt.ItemDataRole.UserRole


def _cell(text: str, *, right: bool = False, key: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    if key is not None:
        item.setData(ID_ROLE, key)
    return item


def _columns(table: QTableWidget, headings: list[str], stretch: int) -> None:
    table.setColumnCount(len(headings))
    table.setHorizontalHeaderLabels(headings)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def _key(table: QTableWidget) -> int | None:
    model = table.selectionModel()
    rows = model.selectedRows() if model else []
    item = table.item(rows[0].row(), 0) if rows else None
    return None if item is None else int(item.data(ID_ROLE))


class PharmacyPage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PharmacyPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.clock = HospitalClock.unloaded(ctx)
        self.queue: DispensingQueue | None = None
        self.preview: FefoPreview | None = None
        self.last_dispensed: tuple[Take, ...] = ()
        self._preview_asked = 0  # answers to an older question are dropped
        self.ui.locationCombo.setAccessibleName(self.tr("Dispense from location"))
        self.ui.quantitySpin.setAccessibleName(self.tr("Quantity to dispense"))
        _columns(self.ui.prescriptionsTable, [self.tr("Issued"), self.tr("Patient"), self.tr("MRN"),
                                              self.tr("Prescription")], 1)
        _columns(self.ui.linesTable, [self.tr("#"), self.tr("Drug"), self.tr("Directions"), self.tr("Prescribed"),
                                      self.tr("Dispensed"), self.tr("Left")], 1)
        _columns(self.ui.previewTable, [self.tr("Batch"), self.tr("Expires"), self.tr("Take")], 0)
        heading = self.ui.prescriptionHeading.font()
        heading.setBold(True)
        self.ui.prescriptionHeading.setFont(heading)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([440, 660])
        show_message(self.ui.messageLabel, "")
        self.ui.filterEdit.textChanged.connect(lambda _t: self._fill_prescriptions())
        self.ui.prescriptionsTable.itemSelectionChanged.connect(self._prescription_changed)
        self.ui.linesTable.itemSelectionChanged.connect(self._line_changed)
        self.ui.locationCombo.currentIndexChanged.connect(lambda _i: self._ask_preview())
        self.ui.quantitySpin.valueChanged.connect(lambda _v: self._unit_changed())
        self.ui.quantitySpin.valueChanged.connect(lambda _v: self._ask_preview())
        self.ui.dispenseButton.clicked.connect(self.dispense)
        self.ui.refreshButton.clicked.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    def activate(self) -> None:
        """Called by the Billing tab whenever the page is shown: the queue as it is now."""
        if not self.clock.loaded:
            ctx = self._ctx
            self._runner.run(lambda: hospital_clock(ctx), on_success=self._clock_loaded,
                             on_failure=self._failed, owner=self)
        self.reload()

    def _clock_loaded(self, clock: HospitalClock) -> None:
        self.clock = clock
        self._fill_prescriptions()

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))
        self._update_buttons()

    # --- loading ---

    def reload(self, *, keep_message: bool = False) -> None:
        ctx = self._ctx
        if not keep_message:
            show_message(self.ui.messageLabel, "")
        self._runner.run(lambda: inventory.dispensing_queue(ctx), on_success=self._show_queue,
                         on_failure=self._failed, owner=self)

    def _show_queue(self, queue: DispensingQueue) -> None:
        self.queue = queue
        combo = self.ui.locationCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for location in queue.locations:
            combo.addItem(location.name, location.id)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if combo.count() else -1)
        combo.blockSignals(False)
        self._fill_prescriptions()

    def visible_prescriptions(self) -> list[DispensingPrescriptionDTO]:
        if self.queue is None:
            return []
        words = self.ui.filterEdit.text().strip().lower()
        return [p for p in self.queue.prescriptions
                if not words or words in p.patient_name.lower() or words in p.mrn.lower()
                or words in p.number.lower()]

    def _fill_prescriptions(self) -> None:
        keep = _key(self.ui.prescriptionsTable)
        shown = self.visible_prescriptions()
        table = self.ui.prescriptionsTable
        table.blockSignals(True)
        table.setRowCount(len(shown))
        for row, rx in enumerate(shown):
            issued = self.clock.local(rx.issued_at)
            issued_text = f"{format_day_month(issued)} {format_time(issued)}"
            for column, cell in enumerate((_cell(issued_text, key=rx.prescription_id),
                                           _cell(rx.patient_name), _cell(rx.mrn), _cell(rx.number))):
                table.setItem(row, column, cell)
        table.clearSelection()
        table.blockSignals(False)
        chosen = keep if any(p.prescription_id == keep for p in shown) else (
            shown[0].prescription_id if shown else None)
        if chosen is not None:
            self.select_prescription(chosen)
        else:
            self._prescription_changed()
        if not shown:
            self.ui.prescriptionHeading.setText(self.tr("No issued prescriptions are waiting to be dispensed."))

    # --- selection ---

    def select_prescription(self, prescription_id: int) -> None:
        table = self.ui.prescriptionsTable
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and int(item.data(ID_ROLE)) == prescription_id:
                select_row(table, row)
                table.scrollToItem(item)
                return

    def selected_prescription(self) -> DispensingPrescriptionDTO | None:
        key = _key(self.ui.prescriptionsTable)
        return next((p for p in self.visible_prescriptions() if p.prescription_id == key), None)

    def selected_line(self) -> DispensingLineDTO | None:
        rx = self.selected_prescription()
        key = _key(self.ui.linesTable)
        return None if rx is None else next((ln for ln in rx.lines if ln.line_id == key), None)

    def _prescription_changed(self) -> None:
        rx = self.selected_prescription()
        table = self.ui.linesTable
        keep = _key(table)
        table.blockSignals(True)
        table.setRowCount(0 if rx is None else len(rx.lines))
        if rx is not None:
            self.ui.prescriptionHeading.setText(self.tr("%1 — %2 (MRN %3)").replace("%1", rx.number)
                                                .replace("%2", rx.patient_name).replace("%3", rx.mrn))
            for row, line in enumerate(rx.lines):
                drug = line.drug if line.item_id is not None else self.tr("%1 (not stocked)").replace("%1", line.drug)
                for column, cell in enumerate((_cell(str(line.line_number), key=line.line_id), _cell(drug),
                                               _cell(line.directions),
                                               _cell(counted(line.prescribed, line.quantity_unit or ""), right=True),
                                               _cell(str(line.dispensed), right=True),
                                               _cell(str(line.remaining), right=True))):
                    table.setItem(row, column, cell)
        else:
            self.ui.prescriptionHeading.setText(self.tr("Select a prescription"))
        table.clearSelection()
        table.blockSignals(False)
        if rx is not None:
            lines = [ln for ln in rx.lines if ln.line_id == keep and ln.remaining > 0] or [
                ln for ln in rx.lines if ln.remaining > 0 and ln.item_id is not None] or list(rx.lines)
            if lines:
                self.select_line(lines[0].line_id)
                return
        self._line_changed()

    def select_line(self, line_id: int) -> None:
        table = self.ui.linesTable
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and int(item.data(ID_ROLE)) == line_id:
                select_row(table, row)
                return

    def _line_changed(self) -> None:
        line = self.selected_line()
        spin = self.ui.quantitySpin
        spin.blockSignals(True)
        spin.setMaximum(line.remaining if line is not None else 0)
        spin.setValue(line.remaining if line is not None else 0)
        spin.blockSignals(False)
        self._unit_changed()
        self._ask_preview()

    def _unit_changed(self) -> None:
        """The spin box says "15 capsules", "1 capsule" as the number changes."""
        line = self.selected_line()
        unit = line.quantity_unit if line is not None and line.quantity_unit else ""
        spin = self.ui.quantitySpin
        spin.setSuffix(counted(spin.value(), unit)[len(str(spin.value())):] if unit else "")

    # --- FEFO preview ---

    def _ask_preview(self) -> None:
        line = self.selected_line()
        location = self.ui.locationCombo.currentData()
        quantity = self.ui.quantitySpin.value()
        self.preview = None
        self.ui.previewTable.setRowCount(0)
        self._preview_asked += 1
        asked = self._preview_asked
        if line is None or location is None or line.item_id is None or quantity <= 0:
            self.ui.previewHeading.setText(self._why_nothing(line))
            self._update_buttons()
            return
        ctx = self._ctx
        item_id = line.item_id
        self.ui.previewHeading.setText(self.tr("Batches to take (first expiry first out): looking…"))
        self._runner.run(lambda: inventory.dispense_preview(ctx, item_id, int(location), quantity),
                         on_success=lambda preview: self._show_preview(asked, preview), on_failure=self._failed,
                         owner=self)
        self._update_buttons()

    def _why_nothing(self, line: DispensingLineDTO | None) -> str:
        if line is None:
            return self.tr("Select a line to dispense.")
        if line.item_id is None:
            return self.tr("%1 is not a stock item: add it to the item catalogue (Administration > Pharmacy and "
                           "stores) before dispensing it.").replace("%1", line.drug)
        if line.remaining == 0:
            return self.tr("This line has been dispensed in full.")
        return self.tr("Choose the quantity and where to dispense from.")

    def _show_preview(self, asked: int, preview: FefoPreview) -> None:
        if asked != self._preview_asked:
            return  # the person changed the line, place or quantity since
        self.preview = preview
        table = self.ui.previewTable
        table.setRowCount(len(preview.takes))
        for row, take in enumerate(preview.takes):
            for column, cell in enumerate((_cell(take.batch_number), _cell(format_date(take.expiry_date)),
                                           _cell(str(take.quantity), right=True))):
                table.setItem(row, column, cell)
        if preview.available == 0:
            self.ui.previewHeading.setText(self.tr("None in stock here (batches not expired). Choose another "
                                                   "location, or receive stock first."))
        elif preview.short:
            self.ui.previewHeading.setText(
                self.tr("Only %1 in stock here (batches not expired): %2 short. Choose another location or "
                        "dispense fewer.").replace("%1", str(preview.available)).replace("%2", str(preview.short)))
        else:
            self.ui.previewHeading.setText(self.tr("Batches to take (first expiry first out; %1 in stock here):")
                                           .replace("%1", str(preview.available)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        preview = self.preview
        self.ui.dispenseButton.setEnabled(preview is not None and preview.short == 0 and bool(preview.takes))

    # --- dispensing ---

    def dispense(self) -> None:
        line = self.selected_line()
        location = self.ui.locationCombo.currentData()
        quantity = self.ui.quantitySpin.value()
        if line is None or location is None or not self.ui.dispenseButton.isEnabled():
            return
        ctx = self._ctx
        self.ui.dispenseButton.setEnabled(False)
        line_id = line.line_id
        words = line.drug

        def done(takes: tuple[Take, ...]) -> None:
            self.last_dispensed = takes
            batches = ", ".join(self.tr("%1 from %2").replace("%1", str(t.quantity)).replace("%2", t.batch_number)
                                for t in takes)
            show_message(self.ui.messageLabel, self.tr("Dispensed at %1: %2 of %3 (%4).")
                         .replace("%1", self.clock.time_text()[:5]).replace("%2", str(quantity))
                         .replace("%3", words).replace("%4", batches), role="info")
            self.reload(keep_message=True)

        def failed(error: ServiceError) -> None:
            # Someone may have taken the stock meanwhile: say so, and show the queue and stock as they are now.
            show_message(self.ui.messageLabel, str(error))
            self.reload(keep_message=True)

        self._runner.run(lambda: inventory.dispense(ctx, line_id, int(location), quantity), on_success=done,
                         on_failure=failed, owner=self)
        self.ui.quantitySpin.setFocus(Qt.FocusReason.OtherFocusReason)
