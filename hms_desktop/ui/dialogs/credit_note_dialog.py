"""Credit note: correct an issued invoice by crediting lines, whole or in part, with a reason (required, stored
with the note).

The clerk ticks the lines to credit (a line fully credited already cannot be ticked), may lower a line's
"Qty to credit" (F2 or typing on the cell; its full quantity credits the whole line, discount included;
less credits that many units at the line's unit price and tax rate) and says why; OK calls
``billing.issue_credit_note`` through the runner. The service numbers the note (CN-<year>-<6 digits>) and
refuses more than is left on a line; its answer shows beside the field it names.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from hms_desktop.domain.billing import ZERO, LineInput, price_line
from hms_desktop.formats import format_decimal
from hms_desktop.services import billing
from hms_desktop.services.billing import CREDIT_REASON_MAX, CreditLine, CreditNoteDTO, InvoiceDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.forms.ui_credit_note_dialog import Ui_CreditNoteDialog
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.amounts import input_text, money_text, read_amount

LINE_ROLE = Qt.ItemDataRole.UserRole
QTY_COLUMN = 4
MIN_REASON = 5  # the service's rule (issue_credit_note): a reason a reviewer can understand
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def money(value: Decimal) -> str:
    """An amount as shown: two decimals, thousands separators and the hospital's currency (£1,234.50)."""
    return money_text(value)


def quantity(value: Decimal) -> str:
    """A quantity without trailing zeros: 2, 1.5 (1,5 in French; read back with either sign)."""
    return format_decimal(value)


def typed_quantity(value: Decimal) -> str:
    """A quantity put into the cell the user edits: no thousands separator, the locale's decimal sign ("1000,5"),
    read back without doubt (``amounts.read_amount``)."""
    exponent = value.normalize().as_tuple().exponent
    return input_text(value, max(0, -exponent) if isinstance(exponent, int) else 0)


class CreditNoteDialog(FormDialog):
    """``issued(CreditNoteDTO)`` is emitted, and the dialog accepted, once the credit note is issued."""

    issued = Signal(object)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, invoice: InvoiceDTO,
                 threshold: Decimal | None = None, can_approve: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CreditNoteDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.invoice = invoice
        # A credit note above the hospital's approval threshold needs hms_billing_approver (migration 0019):
        # said here before OK; the database refuses it anyway (HM026).
        self.threshold = threshold
        self.can_approve = can_approve
        self.credit_note: CreditNoteDTO | None = None
        self.ui.headingLabel.setText(self.tr("Credit note for invoice %1 (%2, total %3)")
                                     .replace("%1", invoice.number or "")
                                     .replace("%2", invoice.patient_name).replace("%3", money(invoice.total)))
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Issue credit note"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        table = self.ui.linesTable
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setRowCount(len(invoice.lines))
        for row, line in enumerate(invoice.lines):
            item = QTableWidgetItem(line.shown_description)
            item.setData(LINE_ROLE, line.id)
            item.setToolTip(line.shown_description)  # a long description elides in its column
            if line.credited >= line.line_total:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # nothing left to credit: not tickable
                item.setToolTip(self.tr("Already credited in full."))
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            table.setItem(row, 0, item)
            for column, text in ((1, quantity(line.quantity)), (2, money(line.line_total)),
                                 (3, money(line.credited)), (QTY_COLUMN, typed_quantity(line.quantity))):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(RIGHT)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == QTY_COLUMN and line.credited < line.line_total:
                    cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsEditable)
                    cell.setToolTip(self.tr("The quantity to credit: less than %1 credits part of the line.")
                                    .replace("%1", quantity(line.quantity)))
                table.setItem(row, column, cell)
        # Space toggles the tick of the current line, so the table works without a mouse.
        table.itemChanged.connect(lambda _item: self._changed())
        self.setup_form(fields={
            "lines": (self.ui.linesError, table),
            "reason": (self.ui.reasonError, self.ui.reasonEdit),
        }, message_label=self.ui.messageLabel, accept_button=self.ok_button, submit=self.submit)
        self._show_total()
        table.setFocus()

    def _changed(self) -> None:
        self._show_total()
        self.revalidate()

    def credit_total(self) -> Decimal:
        """What the credit note will come to with tax, priced as the service prices it."""
        lines = {line.id: line for line in self.invoice.lines}
        total = ZERO
        for credit in self.chosen_lines():
            line = lines[credit.invoice_line_id]
            if credit.quantity is None:
                total += line.line_total + line.tax_amount
            else:
                priced = price_line(LineInput(quantity=credit.quantity, unit_price=line.unit_price,
                                              tax_rate=line.tax_rate))
                total += priced.total_with_tax
        return total

    def needs_approval(self) -> bool:
        return self.threshold is not None and not self.can_approve and self.credit_total() > self.threshold

    def _show_total(self) -> None:
        total = self.credit_total()
        text = self.tr("Credit note total: %1").replace("%1", money(total)) if total else ""
        if self.needs_approval():
            text += " — " + self.tr("above %1, which needs a billing approver; you do not have that right. Ask a "
                                    "colleague who has it, or credit less here.").replace("%1",
                                                                                          money(self.threshold or ZERO))
        self.ui.totalLabel.setText(text)

    def chosen_lines(self) -> list[CreditLine]:
        """The ticked lines: the whole line at its full quantity, else that many units (None quantities are
        whole lines). A quantity that is not valid is left out here and reported by ``validate``."""
        table = self.ui.linesTable
        chosen = []
        for row, line in enumerate(self.invoice.lines):
            item = table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                wanted = self.quantity_to_credit(row)
                if wanted is None:
                    continue
                chosen.append(CreditLine(int(item.data(LINE_ROLE)), None if wanted == line.quantity else wanted))
        return chosen

    def quantity_to_credit(self, row: int) -> Decimal | None:
        """The quantity typed for a line: above zero, at most the line's, three decimals at most; else None."""
        cell = self.ui.linesTable.item(row, QTY_COLUMN)
        try:
            typed, unclear = read_amount(cell.text() if cell is not None else "")
            if unclear:
                return None
            wanted = Decimal(typed)
        except InvalidOperation:
            return None
        line = self.invoice.lines[row]
        if not wanted.is_finite() or wanted <= 0 or wanted > line.quantity or wanted != wanted.quantize(
                Decimal("0.001")):
            return None
        return wanted

    def set_line_quantity(self, row: int, text: str) -> None:
        cell = self.ui.linesTable.item(row, QTY_COLUMN)
        if cell is not None and cell.flags() & Qt.ItemFlag.ItemIsEditable:
            cell.setText(text)

    def set_line_checked(self, row: int, checked: bool) -> None:
        item = self.ui.linesTable.item(row, 0)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def reason(self) -> str:
        return " ".join(self.ui.reasonEdit.toPlainText().split())

    def validate(self) -> Problems:
        problems: Problems = {}
        table = self.ui.linesTable
        ticked = [row for row in range(table.rowCount())
                  if (item := table.item(row, 0)) is not None and item.checkState() == Qt.CheckState.Checked]
        wrong = [self.invoice.lines[row] for row in ticked if self.quantity_to_credit(row) is None]
        if not ticked:
            problems["lines"] = self.tr("Tick at least one invoice line to credit.")
        elif wrong:
            problems["lines"] = self.tr("“%1”: the quantity to credit is more than 0 and at most %2.") \
                .replace("%1", wrong[0].shown_description).replace("%2", quantity(wrong[0].quantity))
        elif self.needs_approval():
            problems["lines"] = self.tr("A credit note above %1 needs a billing approver.") \
                .replace("%1", money(self.threshold or ZERO))
        if len(self.reason()) < MIN_REASON:
            problems["reason"] = self.tr("Say why the invoice is corrected (at least 5 characters).")
        elif len(self.reason()) > CREDIT_REASON_MAX:
            problems["reason"] = self.tr("The reason is too long: at most %1 characters.") \
                .replace("%1", str(CREDIT_REASON_MAX))
        return problems

    def submit(self) -> None:
        ctx, invoice_id, lines, reason = self._ctx, self.invoice.id, self.chosen_lines(), self.reason()

        def issued(note: CreditNoteDTO) -> None:
            self.credit_note = note
            self.issued.emit(note)

        self.save(lambda: billing.issue_credit_note(ctx, invoice_id, lines, reason), issued,
                  saying=self.tr("Issuing the credit note…"))
