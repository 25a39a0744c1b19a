"""Print invoices: many issued invoices to PDF files in a folder, in the background (issue 9, item 7).

The clerk picks a period of issue days (and, optionally, one patient with the usual patient search), finds the
invoices (all ticked), unticks any, chooses a folder and prints. ``billing.batch_print.write_invoice_pdfs``
runs on the task runner's pool (``Runner.run_cancellable``), never on the GUI thread; its progress moves the
bar, and "Cancel printing" stops it before the next invoice, after which the dialog says how many PDFs were
written. Each PDF is logged in ``print_log``; an invoice printed before is written marked COPY, as the single
print does. Closing the dialog while it prints cancels the batch too.

The lead's "Print invoices…" button on the Billing tab opens it: ``BatchPrintDialog(*, ctx, runner, parent)``.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from hms_desktop.formats import format_date, format_number
from hms_desktop.services.billing import batch_print
from hms_desktop.services.billing.batch_print import BatchInvoice, BatchResult
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.patients import PatientSummary
from hms_desktop.ui.forms.ui_batch_print_dialog import Ui_BatchPrintDialog
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner, TaskControl
from hms_desktop.ui.widgets.amounts import money_text
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.flow_layout import reflow
from hms_desktop.ui.widgets.patient_picker import PatientPicker

ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class BatchPrintDialog(QDialog):
    """``finished_batch(BatchResult)`` is emitted when a batch ends (completed or cancelled)."""

    finished_batch = Signal(object)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BatchPrintDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        # The period and the patient wrap onto two lines at 200 % (960 px wide): in French one line needed 985 px.
        reflow(self.ui.filterRow)
        self._ctx = ctx
        self._runner = runner
        self._clock = HospitalClock.unloaded(ctx)
        self._patient: PatientSummary | None = None
        self._control: TaskControl | None = None
        self._running = False
        self.result_of_batch: BatchResult | None = None
        today = self._clock.today()
        self.ui.fromDate.setDate(_qdate(today - timedelta(days=7)))
        self.ui.toDate.setDate(_qdate(today))
        self.picker = PatientPicker(runner=runner, ctx=ctx, search_edit=self.ui.patientEdit,
                                    table=self.ui.patientTable, parent=self)
        self.picker.picked.connect(self._patient_picked)
        table = self.ui.invoiceTable
        for view in (table, self.ui.patientTable):
            view.setTabKeyNavigation(False)  # Tab leaves the table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(lambda _item: self._update_buttons())
        self.ui.allPatientsButton.clicked.connect(self.all_patients)
        self.ui.findButton.clicked.connect(self.find_invoices)
        self.ui.tickAllButton.clicked.connect(lambda: self.tick_all(True))
        self.ui.tickNoneButton.clicked.connect(lambda: self.tick_all(False))
        self.ui.chooseFolderButton.clicked.connect(self.choose_folder)
        self.ui.folderEdit.textChanged.connect(lambda _text: self._update_buttons())
        self.ui.printButton.clicked.connect(self.start)
        self.ui.cancelButton.clicked.connect(self.cancel_printing)
        self.ui.closeButton.clicked.connect(self.close)
        self.ui.patientTable.setVisible(False)
        self.ui.patientEdit.textChanged.connect(
            lambda text: self.ui.patientTable.setVisible(bool(text.strip()) and self._patient is None))
        self.ui.progressBar.setRange(0, 100)
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(False)
        self.ui.cancelButton.setVisible(False)
        show_message(self.ui.messageLabel, "")
        self._update_buttons()
        # The hospital's today (its zone is read off the GUI thread), then the period's default.
        runner.run(lambda: hospital_clock(ctx), on_success=self._clock_loaded, on_failure=self._failed, owner=self)

    # --- choosing --------------------------------------------------------------------------------------

    def _clock_loaded(self, clock: HospitalClock) -> None:
        self._clock = clock
        today = clock.today()
        if _day(self.ui.toDate.date()) != today and self.ui.invoiceTable.rowCount() == 0:
            self.ui.fromDate.setDate(_qdate(today - timedelta(days=7)))
            self.ui.toDate.setDate(_qdate(today))

    def _patient_picked(self, patient: PatientSummary) -> None:
        self._patient = patient
        self.ui.scopeLabel.setText(self.tr("Only invoices of %1 (MRN %2)").replace("%1", patient.display_name)
                                   .replace("%2", patient.mrn))
        self.ui.patientTable.setVisible(False)

    def all_patients(self) -> None:
        self._patient = None
        self.picker.preferred_id = None
        self.ui.patientEdit.clear()
        self.ui.patientTable.clearSelection()
        self.ui.scopeLabel.setText(self.tr("All patients"))

    def set_period(self, first: date, last: date) -> None:
        self.ui.fromDate.setDate(_qdate(first))
        self.ui.toDate.setDate(_qdate(last))

    def find_invoices(self) -> None:
        ctx, first, last = self._ctx, _day(self.ui.fromDate.date()), _day(self.ui.toDate.date())
        patient_id = self._patient.id if self._patient is not None else None
        show_message(self.ui.messageLabel, "")
        self.ui.findButton.setEnabled(False)
        self._runner.run(lambda: batch_print.issued_invoices(ctx, first, last, patient_id),
                         on_success=self._show_invoices, on_failure=self._find_failed, owner=self)

    def _find_failed(self, error: ServiceError) -> None:
        self.ui.findButton.setEnabled(True)
        self._failed(error)

    def _show_invoices(self, invoices: tuple[BatchInvoice, ...]) -> None:
        self.ui.findButton.setEnabled(True)
        table = self.ui.invoiceTable
        table.blockSignals(True)
        table.setRowCount(len(invoices))
        for row, invoice in enumerate(invoices):
            number = QTableWidgetItem(invoice.number)
            number.setData(ID_ROLE, invoice.id)
            number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            number.setCheckState(Qt.CheckState.Checked)
            table.setItem(row, 0, number)
            cells = (format_date(invoice.issued_on), invoice.patient_name, invoice.mrn, _money(invoice.total))
            for column, text in enumerate(cells, start=1):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == 4:
                    cell.setTextAlignment(RIGHT)
                if column == 2:
                    cell.setToolTip(text)
                table.setItem(row, column, cell)
        table.blockSignals(False)
        if not invoices:
            self.ui.countLabel.setText(self.tr("No issued invoices in that period."))
        else:
            table.setCurrentCell(0, 0)
        self._update_buttons()

    def tick_all(self, ticked: bool) -> None:
        table = self.ui.invoiceTable
        table.blockSignals(True)
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        table.blockSignals(False)
        self._update_buttons()

    def chosen_ids(self) -> list[int]:
        table = self.ui.invoiceTable
        return [int(item.data(ID_ROLE)) for row in range(table.rowCount())
                if (item := table.item(row, 0)) is not None and item.checkState() == Qt.CheckState.Checked]

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the invoices in"), self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)

    def _update_buttons(self) -> None:
        running = self._running
        chosen = len(self.chosen_ids())
        rows = self.ui.invoiceTable.rowCount()
        if rows:
            self.ui.countLabel.setText(self.tr("%1 of %2 ticked").replace("%1", format_number(chosen))
                                       .replace("%2", format_number(rows)))
        self.ui.printButton.setText(self.tr("&Print %1 to PDF").replace("%1", self.tr("1 invoice") if chosen == 1
                                                                       else self.tr("%1 invoices")
                                                                       .replace("%1", format_number(chosen))))
        self.ui.printButton.setEnabled(not running and chosen > 0 and bool(self.ui.folderEdit.text().strip()))
        if not running and chosen == 0:
            self.ui.printButton.setToolTip(self.tr("Find the invoices and tick at least one."))
        elif not running and not self.ui.folderEdit.text().strip():
            self.ui.printButton.setToolTip(self.tr("Choose the folder to save them in."))
        else:
            self.ui.printButton.setToolTip("")
        for widget in (self.ui.findButton, self.ui.fromDate, self.ui.toDate, self.ui.patientEdit,
                       self.ui.allPatientsButton, self.ui.tickAllButton, self.ui.tickNoneButton,
                       self.ui.folderEdit, self.ui.chooseFolderButton, self.ui.invoiceTable):
            widget.setEnabled(not running)
        self.ui.cancelButton.setVisible(running)
        self.ui.cancelButton.setEnabled(running)

    # --- printing ------------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        ids, folder, ctx = self.chosen_ids(), self.ui.folderEdit.text().strip(), self._ctx
        if not ids or not folder or self.running:
            return
        show_message(self.ui.messageLabel, self.tr("Printing… the PDFs are written in the background; you may "
                                                   "cancel at any time."), role="info")
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(True)
        self.ui.progressBar.setFormat(self.tr("0 of %1").replace("%1", format_number(len(ids))))
        self._running = True
        self._update_buttons()
        control = self._runner.run_cancellable(
            lambda control: batch_print.write_invoice_pdfs(ctx, ids, folder, control),
            on_progress=self._progressed, on_success=self._done, on_failure=self._print_failed, owner=self)
        if self._running:  # a synchronous runner (tests) has finished already
            self._control = control

    def _progressed(self, percent: int, message: str) -> None:
        self.ui.progressBar.setValue(percent)
        if message:
            self.ui.progressBar.setFormat(message)

    def cancel_printing(self) -> None:
        if self._control is not None:
            self._control.cancel()
            self.ui.cancelButton.setEnabled(False)
            show_message(self.ui.messageLabel, self.tr("Stopping after the invoice being written…"), role="info")

    def _done(self, result: BatchResult) -> None:
        self._control, self._running = None, False
        self.result_of_batch = result
        self.ui.progressBar.setValue(100 if not result.cancelled else self.ui.progressBar.value())
        written = (self.tr("1 PDF") if result.written == 1
                   else self.tr("%1 PDFs").replace("%1", format_number(result.written)))
        if result.cancelled:
            text = self.tr("Cancelled: %1 of %2 written to %3.").replace("%1", written) \
                .replace("%2", format_number(result.requested)).replace("%3", result.folder)
        else:
            text = self.tr("Done: %1 written to %2.").replace("%1", written).replace("%2", result.folder)
        if result.copies:
            text += " " + self.tr("%1 of them marked COPY (printed before).").replace(
                "%1", format_number(result.copies))
        if result.skipped:
            text += " " + self.tr("%1 skipped: no longer issued invoices.").replace(
                "%1", format_number(result.skipped))
        self.ui.progressBar.setFormat(self.tr("%1 of %2").replace("%1", format_number(result.written))
                                      .replace("%2", format_number(result.requested)))
        show_message(self.ui.messageLabel, text, role="hint" if result.cancelled else "info")
        self._update_buttons()
        self.finished_batch.emit(result)

    def _print_failed(self, error: ServiceError) -> None:
        self._control, self._running = None, False
        self._update_buttons()
        self._failed(error)

    def _failed(self, error: ServiceError) -> None:
        text = "\n".join(error.problems.values()) if isinstance(error, ValidationFailed) else str(error)
        show_message(self.ui.messageLabel, text)

    # --- closing: a running batch is cancelled, never left writing behind a closed window ---------------

    def reject(self) -> None:
        self.cancel_printing()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_printing()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the patient search or a table must not start a batch (the Print button is the default).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.ui.printButton.hasFocus():
            if self.ui.patientEdit.hasFocus():
                self.picker.search_now()
            return
        super().keyPressEvent(event)


def _money(value: Decimal) -> str:
    return money_text(value)
