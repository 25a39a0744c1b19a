"""Post remittance: the insurer's answer to a submitted claim batch, line by line.

Each claim line shows what was claimed; the approved amount starts at the claimed amount, so the clerk only
changes the lines the insurer cut or refused and says why ("Reason for the rest"). OK calls
``claims.post_remittance`` through the runner: one transaction records the insurer's payments, marks each
claim paid, partly approved or rejected, and moves what was rejected to the patients' balances.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from hms_desktop.domain.claims import MAX_REASON, RemittanceLine
from hms_desktop.services.billing import claims
from hms_desktop.services.billing.claims import BatchDetailDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.dialogs.credit_note_dialog import money
from hms_desktop.ui.forms.ui_remittance_dialog import Ui_RemittanceDialog
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.amounts import input_text, read_amount

LINE_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
L_INVOICE, L_PATIENT, L_SERVICE, L_CLAIMED, L_APPROVED, L_REASON = range(6)
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable


class RemittanceDialog(FormDialog):
    """``posted(BatchDetailDTO)`` is emitted, and the dialog accepted, once the remittance is posted."""

    posted = Signal(object)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, detail: BatchDetailDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RemittanceDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.detail = detail
        self.posted_detail: BatchDetailDTO | None = None
        batch = detail.batch
        self.ui.headingLabel.setText(self.tr("Remittance of %1 for batch %2: %3 claims, %4 claimed")
                                     .replace("%1", batch.payer_name).replace("%2", str(batch.id))
                                     .replace("%3", str(batch.claims)).replace("%4", money(batch.insurer_amount)))
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Post remittance"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        table = self.ui.linesTable
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(L_SERVICE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(L_REASON, QHeaderView.ResizeMode.Stretch)
        rows = [(claim, line) for claim in detail.claims for line in claim.lines if line.insurer_amount > 0]
        table.setRowCount(len(rows))
        for row, (claim, line) in enumerate(rows):
            cells = [QTableWidgetItem(claim.invoice_number), QTableWidgetItem(claim.patient_name),
                     QTableWidgetItem(line.shown_description), QTableWidgetItem(money(line.insurer_amount)),
                     QTableWidgetItem(input_text(line.insurer_amount)), QTableWidgetItem("")]
            cells[L_INVOICE].setData(LINE_ROLE, line.id)
            cells[L_SERVICE].setToolTip(line.shown_description)
            for column, cell in enumerate(cells):
                cell.setFlags(EDITABLE if column in (L_APPROVED, L_REASON) else READ_ONLY)
                if column in (L_CLAIMED, L_APPROVED):
                    cell.setTextAlignment(RIGHT)
                table.setItem(row, column, cell)
        # Lines the insurer was asked nothing for (a share of 0.00) are answered 0.00 without a row.
        self._silent = [RemittanceLine(line.id, Decimal(0)) for claim in detail.claims for line in claim.lines
                        if line.insurer_amount <= 0]
        self._claimed = {line.id: line.insurer_amount for claim in detail.claims for line in claim.lines}
        table.itemChanged.connect(lambda _item: self.revalidate())
        self.setup_form(fields={
            "lines": (self.ui.linesError, table),
            "reference": (self.ui.referenceError, self.ui.referenceEdit),
        }, message_label=self.ui.messageLabel, accept_button=self.ok_button, submit=self.submit)
        table.setFocus()
        if rows:
            table.setCurrentCell(0, L_APPROVED)

    def set_answer(self, row: int, approved: str, reason: str = "") -> None:
        """Type an answer into a row (as the clerk would; tests use it)."""
        for column, text in ((L_APPROVED, approved), (L_REASON, reason)):
            item = self.ui.linesTable.item(row, column)
            assert item is not None
            item.setText(text)

    def answers(self) -> tuple[list[RemittanceLine], Problems]:
        table = self.ui.linesTable
        found: list[RemittanceLine] = []
        for row in range(table.rowCount()):
            invoice, service, approved_cell, reason_cell = (table.item(row, column) for column in (
                L_INVOICE, L_SERVICE, L_APPROVED, L_REASON))
            assert invoice and service and approved_cell and reason_cell  # every cell is set in __init__
            line_id = int(invoice.data(LINE_ROLE))
            label = f"{invoice.text()}, {service.text()}"
            text, unclear = read_amount(approved_cell.text())
            if unclear:
                return found, {"lines": f"{label}: {unclear}"}
            reason = " ".join(reason_cell.text().split())
            try:
                approved = Decimal(text)
            except InvalidOperation:
                return found, {"lines": self.tr("%1: enter the approved amount, e.g. 12.50.").replace("%1", label)}
            if not approved.is_finite() or approved < 0 or approved != approved.quantize(Decimal("0.01")):
                return found, {"lines": self.tr("%1: enter the approved amount in cents, zero or more.")
                               .replace("%1", label)}
            claimed = self._claimed[line_id]
            if approved > claimed:
                return found, {"lines": self.tr("%1: the insurer was asked for %2; it cannot approve more.")
                               .replace("%1", label).replace("%2", money(claimed))}
            if approved < claimed and not reason:
                return found, {"lines": self.tr("%1: say why the insurer did not pay all of it.")
                               .replace("%1", label)}
            if len(reason) > MAX_REASON:
                return found, {"lines": self.tr("%1: the reason is too long (at most %2 characters).")
                               .replace("%1", label).replace("%2", str(MAX_REASON))}
            found.append(RemittanceLine(line_id, approved, reason))
        return found + self._silent, {}

    def validate(self) -> Problems:
        return self.answers()[1]

    def submit(self) -> None:
        ctx, batch_id = self._ctx, self.detail.batch.id
        lines, _ = self.answers()
        reference = self.ui.referenceEdit.text()

        def posted(result: BatchDetailDTO) -> None:
            self.posted_detail = result
            self.posted.emit(result)

        def placed(error: ServiceError) -> Problems | None:
            if isinstance(error, ValidationFailed):
                return {("reference" if key == "reference" else "lines"): message
                        for key, message in error.problems.items()}
            return None

        self.save(lambda: claims.post_remittance(ctx, batch_id, lines, reference), posted, problems_for=placed,
                  saying=self.tr("Posting the remittance…"))
