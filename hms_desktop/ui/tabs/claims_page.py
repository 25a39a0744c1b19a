"""The Claims page of the Billing tab (issue 9, item 6): insurance claims made when invoices were issued,
batched per insurer, submitted, answered by the insurer's remittance, exported as CSV.

Left: the claims not in a batch yet, for the insurer chosen above them. A claim whose services need the
insurer's pre-authorisation is listed as waiting and cannot be ticked until its authorisation number is
recorded (the field under the table). "Create batch" puts the ticked claims into a new draft batch.
Right: the batches, newest first, with their status; "Submit batch" sends a draft (after a question: a
submitted batch cannot change), "Post remittance…" opens ``RemittanceDialog`` for a submitted one, "Export
CSV…" writes the selected batch to a file the clerk picks. Below them, the selected batch's claims with the
insurer's answer.

A page of ``BillingTab`` (``BillingTab.add_page``): built with ``(*, ctx, runner, live, parent)``; it loads
nothing until ``activate()``. Every service call runs on the task runner.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from hms_desktop.formats import format_date
from hms_desktop.services.billing import claims
from hms_desktop.services.billing.claims import BatchDetailDTO, BatchDTO, ClaimDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.ui.dialogs.credit_note_dialog import money
from hms_desktop.ui.dialogs.remittance_dialog import RemittanceDialog
from hms_desktop.ui.forms.ui_claims_page import Ui_ClaimsPage
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
LEFT_WIDTH = 600
# Unbatched claims table
U_INVOICE, U_PATIENT, U_DATE, U_AMOUNT, U_PREAUTH = range(5)
# Batches table
B_ID, B_PAYER, B_STATUS, B_CLAIMS, B_CLAIMED, B_APPROVED, B_SUBMITTED = range(7)
# Claims of the selected batch
C_INVOICE, C_PATIENT, C_STATUS, C_CLAIMED, C_APPROVED, C_REASON = range(6)


def _prepare(table: QTableWidget, *stretch: int) -> None:
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    # Names and reasons may elide in their stretched column; every cell carries its full text as a tooltip.
    table.setProperty("elideOk", True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def _cell(text: str, *, right: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(READ_ONLY)
    if right:
        item.setTextAlignment(RIGHT)
    item.setToolTip(tip or text)
    return item


class ClaimsPage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClaimsPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._live = live  # no live channel for claims yet; kept for BillingTab's one page signature
        self.unbatched: tuple[ClaimDTO, ...] = ()
        self.batches: tuple[BatchDTO, ...] = ()
        self.detail: BatchDetailDTO | None = None
        self.active_confirm: QMessageBox | None = None
        self.active_dialog: RemittanceDialog | None = None
        self.clock = HospitalClock.unloaded(ctx)  # submission dates in the hospital's time zone
        self._pending_batch: int | None = None  # a batch just created: selected once the list reloads
        font = self.ui.headingLabel.font()
        font.setBold(True)
        self.ui.headingLabel.setFont(font)
        show_message(self.ui.messageLabel, "")
        _prepare(self.ui.unbatchedTable, U_PATIENT)
        _prepare(self.ui.batchesTable, B_PAYER)
        _prepare(self.ui.batchClaimsTable, C_PATIENT, C_REASON)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([LEFT_WIDTH, 1280 - LEFT_WIDTH])  # the batches have more columns
        self.ui.refreshButton.clicked.connect(self.activate)
        self.ui.payerCombo.currentIndexChanged.connect(lambda _index: self._fill_unbatched())
        self.ui.unbatchedTable.itemSelectionChanged.connect(self._update_buttons)
        self.ui.unbatchedTable.itemChanged.connect(lambda _item: self._update_buttons())
        self.ui.preauthEdit.textChanged.connect(lambda _text: self._update_buttons())
        self.ui.preauthEdit.returnPressed.connect(self.record_preauth)
        self.ui.preauthButton.clicked.connect(self.record_preauth)
        self.ui.createBatchButton.clicked.connect(self.create_batch)
        self.ui.batchesTable.itemSelectionChanged.connect(self._batch_chosen)
        self.ui.submitButton.clicked.connect(self.confirm_submit)
        self.ui.remittanceButton.clicked.connect(self.open_remittance)
        self.ui.exportButton.clicked.connect(self.export_csv)
        self._update_buttons()

    # --- loading ---

    def activate(self) -> None:
        """BillingTab calls this when the page is shown: (re)load the claims and batches."""
        ctx = self._ctx
        if not self.clock.loaded:
            self._runner.run(lambda: hospital_clock(ctx), on_success=self._clock_loaded,
                             on_failure=lambda error: log.info("Hospital clock not read: %s", error), owner=self)
        self._runner.run(lambda: claims.unbatched_claims(ctx), on_success=self._unbatched_loaded,
                         on_failure=self._failed, owner=self)
        self._runner.run(lambda: claims.claim_batches(ctx), on_success=self._batches_loaded,
                         on_failure=self._failed, owner=self)

    def _clock_loaded(self, clock: HospitalClock) -> None:
        self.clock = clock
        if self.batches:
            self._batches_loaded(self.batches)

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))
        self._update_buttons()

    def _done(self, text: str) -> None:
        show_message(self.ui.messageLabel, text, role="info")
        self.activate()

    def _unbatched_loaded(self, found: tuple[ClaimDTO, ...]) -> None:
        self.unbatched = found
        combo = self.ui.payerCombo
        chosen = combo.currentData()
        payers = sorted({(claim.payer_name, claim.payer_id) for claim in found})
        combo.blockSignals(True)
        combo.clear()
        for name, payer_id in payers:
            waiting = sum(1 for claim in found if claim.payer_id == payer_id)
            words = self.tr("%1 (1 claim)") if waiting == 1 else self.tr("%1 (%2 claims)")
            combo.addItem(words.replace("%1", name).replace("%2", str(waiting)), payer_id)
        index = combo.findData(chosen)
        combo.setCurrentIndex(index if index >= 0 else 0 if payers else -1)
        combo.blockSignals(False)
        self._fill_unbatched()

    def _fill_unbatched(self) -> None:
        payer_id = self.ui.payerCombo.currentData()
        rows = [claim for claim in self.unbatched if claim.payer_id == payer_id]
        table = self.ui.unbatchedTable
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for row, claim in enumerate(rows):
            first = _cell(claim.invoice_number)
            first.setData(ID_ROLE, claim.id)
            if claim.held:
                preauth = _cell(self.tr("Waiting"),
                                tip=self.tr("The insurer must authorise these services first: record its "
                                            "authorisation number below, then the claim can be batched."))
            else:
                first.setFlags(READ_ONLY | Qt.ItemFlag.ItemIsUserCheckable)
                first.setCheckState(Qt.CheckState.Checked)
                preauth = _cell(claim.preauth_number or self.tr("Not needed"))
            cells = [first, _cell(f"{claim.patient_name} ({claim.mrn})"), _cell(format_date(claim.claim_date)),
                     _cell(money(claim.insurer_amount), right=True), preauth]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.blockSignals(False)
        if not self.unbatched and not self.ui.messageLabel.text():
            show_message(self.ui.messageLabel, self.tr("No claims are waiting to be batched."), role="hint")
        self._update_buttons()

    def _batches_loaded(self, found: tuple[BatchDTO, ...]) -> None:
        chosen = self._pending_batch if self._pending_batch is not None else self.selected_batch_id()
        self._pending_batch = None
        self.batches = found
        table = self.ui.batchesTable
        table.blockSignals(True)
        table.setRowCount(len(found))
        for row, batch in enumerate(found):
            first = _cell(str(batch.id), right=True)
            first.setData(ID_ROLE, batch.id)
            submitted = format_date(self.clock.local(batch.submitted_at)) if batch.submitted_at else "—"
            cells = [first, _cell(batch.payer_name), _cell(self.status_words(batch.status)),
                     _cell(str(batch.claims), right=True), _cell(money(batch.insurer_amount), right=True),
                     _cell(money(batch.approved_amount) if batch.settled_at else "—", right=True), _cell(submitted)]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.blockSignals(False)
        self.select_batch(chosen)

    def status_words(self, status: str) -> str:
        return {"draft": self.tr("Draft"), "submitted": self.tr("Submitted"), "approved": self.tr("Approved"),
                "partly approved": self.tr("Partly approved"), "rejected": self.tr("Rejected"),
                "paid": self.tr("Paid")}.get(status, status)

    # --- selection ---

    def chosen_claim_ids(self) -> list[int]:
        table = self.ui.unbatchedTable
        return [int(item.data(ID_ROLE)) for row in range(table.rowCount())
                if (item := table.item(row, U_INVOICE)) is not None
                and item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Checked]

    def current_claim(self) -> ClaimDTO | None:
        item = self.ui.unbatchedTable.item(self.ui.unbatchedTable.currentRow(), U_INVOICE)
        if item is None:
            return None
        return next((claim for claim in self.unbatched if claim.id == item.data(ID_ROLE)), None)

    def select_claim(self, claim_id: int) -> bool:
        table = self.ui.unbatchedTable
        for row in range(table.rowCount()):
            item = table.item(row, U_INVOICE)
            if item is not None and item.data(ID_ROLE) == claim_id:
                table.setCurrentCell(row, U_INVOICE)
                return True
        return False

    def selected_batch_id(self) -> int | None:
        item = self.ui.batchesTable.item(self.ui.batchesTable.currentRow(), B_ID)
        return None if item is None else int(item.data(ID_ROLE))

    def select_batch(self, batch_id: int | None) -> None:
        table = self.ui.batchesTable
        for row in range(table.rowCount()):
            item = table.item(row, B_ID)
            if item is not None and item.data(ID_ROLE) == batch_id:
                table.setCurrentCell(row, B_ID)
                self._batch_chosen()
                return
        table.clearSelection()
        table.setCurrentCell(-1, -1)
        self._batch_chosen()

    def _batch_chosen(self) -> None:
        batch_id = self.selected_batch_id()
        if batch_id is None:
            self._show_detail(None)
            return
        if self.detail is not None and self.detail.batch.id != batch_id:
            self._show_detail(None)  # not the old batch's claims under the new batch's name meanwhile
        ctx = self._ctx
        self._runner.run(lambda: claims.batch_detail(ctx, batch_id), on_success=self._detail_loaded,
                         on_failure=self._failed, owner=self)

    def _detail_loaded(self, detail: BatchDetailDTO) -> None:
        if detail.batch.id == self.selected_batch_id():
            self._show_detail(detail)

    def _show_detail(self, detail: BatchDetailDTO | None) -> None:
        self.detail = detail
        rows = detail.claims if detail is not None else ()
        table = self.ui.batchClaimsTable
        table.setRowCount(len(rows))
        for row, claim in enumerate(rows):
            approved = money(claim.approved_amount) if claim.approved_amount is not None else "—"
            cells = [_cell(claim.invoice_number), _cell(f"{claim.patient_name} ({claim.mrn})"),
                     _cell(self.status_words(claim.status)), _cell(money(claim.insurer_amount), right=True),
                     _cell(approved, right=True), _cell(claim.rejection_reason or "")]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        self._update_buttons()

    def _update_buttons(self) -> None:
        claim = self.current_claim()
        held = claim is not None and claim.held
        self.ui.preauthEdit.setEnabled(held)
        self.ui.preauthButton.setEnabled(held and bool(self.ui.preauthEdit.text().strip()))
        self.ui.createBatchButton.setEnabled(bool(self.chosen_claim_ids()))
        status = self.detail.batch.status if self.detail is not None else None
        self.ui.submitButton.setEnabled(status == "draft")
        self.ui.remittanceButton.setEnabled(status == "submitted")
        self.ui.exportButton.setEnabled(self.detail is not None)

    # --- actions ---

    def record_preauth(self) -> None:
        claim = self.current_claim()
        number = self.ui.preauthEdit.text()
        if claim is None or not claim.held or not number.strip():
            return
        ctx, claim_id = self._ctx, claim.id

        def recorded(saved: ClaimDTO) -> None:
            self.ui.preauthEdit.clear()
            self._done(self.tr("Authorisation %1 recorded for invoice %2; the claim can now be batched.")
                       .replace("%1", saved.preauth_number or "").replace("%2", saved.invoice_number))

        self._runner.run(lambda: claims.record_preauth(ctx, claim_id, number), on_success=recorded,
                         on_failure=self._failed, owner=self)

    def create_batch(self) -> None:
        chosen = self.chosen_claim_ids()
        payer_id = self.ui.payerCombo.currentData()
        if not chosen or payer_id is None:
            return
        ctx = self._ctx
        self.ui.createBatchButton.setEnabled(False)

        def created(batch: BatchDTO) -> None:
            self._pending_batch = batch.id
            self._done(self.tr("Batch %1 created for %2 with %3 claims (%4). Submit it when it is complete.")
                       .replace("%1", str(batch.id)).replace("%2", batch.payer_name)
                       .replace("%3", str(batch.claims)).replace("%4", money(batch.insurer_amount)))

        self._runner.run(lambda: claims.create_batch(ctx, int(payer_id), chosen), on_success=created,
                         on_failure=self._failed, owner=self)

    def confirm_submit(self) -> QMessageBox | None:
        detail = self.detail
        if detail is None or detail.batch.status != "draft":
            return None
        batch = detail.batch
        text = self.tr("Submit batch %1 to %2: %3 claims, %4?\n\nA submitted batch cannot be changed; the "
                       "insurer's answer is then posted as a remittance.") \
            .replace("%1", str(batch.id)).replace("%2", batch.payer_name).replace("%3", str(batch.claims)) \
            .replace("%4", money(batch.insurer_amount))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Submit batch"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Submit"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Not yet"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_confirm = box
        box.finished.connect(lambda result: self._submit_answered(batch.id,
                                                                  result == QMessageBox.StandardButton.Yes))
        box.open()
        return box

    def _submit_answered(self, batch_id: int, yes: bool) -> None:
        self.active_confirm = None
        if not yes:
            return
        ctx = self._ctx
        self.ui.submitButton.setEnabled(False)
        self._runner.run(lambda: claims.submit_batch(ctx, batch_id),
                         on_success=lambda batch: self._done(self.tr("Batch %1 submitted to %2.")
                                                             .replace("%1", str(batch.id))
                                                             .replace("%2", batch.payer_name)),
                         on_failure=self._failed, owner=self)

    def open_remittance(self) -> RemittanceDialog | None:
        if self.detail is None or self.detail.batch.status != "submitted":
            return None
        dialog = RemittanceDialog(ctx=self._ctx, runner=self._runner, detail=self.detail, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.posted.connect(self._posted)
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _posted(self, detail: BatchDetailDTO) -> None:
        rejected = sum((claim.insurer_amount - (claim.approved_amount or Decimal(0)) for claim in detail.claims),
                       Decimal(0))
        self._done(self.tr("Remittance posted for batch %1: %2 paid by the insurer, %3 moved to the patients' "
                           "balances.").replace("%1", str(detail.batch.id))
                   .replace("%2", money(detail.batch.approved_amount)).replace("%3", money(rejected)))

    def ask_csv_path(self, suggested: str) -> str:
        """Where to write the CSV (the clerk picks it; tests replace this method)."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export claim batch"), suggested,
                                                    self.tr("CSV files (*.csv)"))
        return path

    def export_csv(self) -> None:
        detail = self.detail
        if detail is None:
            return
        batch = detail.batch
        path = self.ask_csv_path(f"claims-{batch.payer_code.lower()}-batch-{batch.id}.csv")
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        ctx, batch_id = self._ctx, batch.id
        self._runner.run(lambda: claims.export_batch_csv(ctx, batch_id, path),
                         on_success=lambda count: show_message(
                             self.ui.messageLabel, self.tr("Batch %1 exported: %2 lines written to %3.")
                             .replace("%1", str(batch_id)).replace("%2", str(count)).replace("%3", path),
                             role="info"),
                         on_failure=self._failed, owner=self)
