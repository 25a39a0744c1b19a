"""The cash desk's dialogs (issue 9, items 2 and 5): a line added to a draft, a discount (one line or the whole
invoice), and money (a payment, a refund, a deposit taken, a deposit applied).

Each is a ``FormDialog``: it checks what is typed as it is typed (a clear message beside the field, OK enabled
only for a valid form), then makes ONE service call on the task runner; the service's refusal lands beside
the field it names, and nothing is saved half-way (every call is one transaction). The dialog emits ``saved``
with what the service returned and closes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hms_desktop.domain.billing import (
    DISCOUNT_REASON_MAX,
    DISCOUNT_REASON_MIN,
    HUNDRED,
    MAX_AMOUNT,
    MAX_QUANTITY,
    ZERO,
    percent_of,
    spread_discount,
    to_cents,
)
from hms_desktop.formats import format_date
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import billing
from hms_desktop.services.billing import (
    LINE_DESCRIPTION_MAX,
    DepositDTO,
    Discount,
    FeeDTO,
    InvoiceDTO,
    InvoiceLineDTO,
    ManualLine,
)
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.dialogs.credit_note_dialog import money
from hms_desktop.ui.forms.ui_discount_dialog import Ui_DiscountDialog
from hms_desktop.ui.forms.ui_invoice_line_dialog import Ui_InvoiceLineDialog
from hms_desktop.ui.forms.ui_payment_dialog import Ui_PaymentDialog
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.amounts import amount_problem, input_text, read_amount

METHOD_WORDS = {
    "cash": QT_TRANSLATE_NOOP("BillingWords", "Cash"),
    "card": QT_TRANSLATE_NOOP("BillingWords", "Card"),
    "transfer": QT_TRANSLATE_NOOP("BillingWords", "Bank transfer"),
    "insurance": QT_TRANSLATE_NOOP("BillingWords", "Insurance"),
}


def _words(text: str) -> str:
    """One of the labels marked QT_TRANSLATE_NOOP("BillingWords", ...), in the workstation's language."""
    return QCoreApplication.translate("BillingWords", text)


def typed_amount(text: str) -> Decimal | None:
    """An amount as typed ("12.5", "12,50", "1 234,50": amounts.read_amount): None unless it is clearly a number
    of zero or more in whole cents."""
    canonical, unclear = read_amount(text)
    if unclear:
        return None
    try:
        value = Decimal(canonical)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0 or value > MAX_AMOUNT or value != value.quantize(Decimal("0.01")):
        return None
    return value


def typed_number(text: str, *, places: int, most: Decimal) -> Decimal | None:
    """A quantity or a percentage as typed ("1,5" too): above or at zero, at most ``most``, ``places`` decimals
    at most."""
    canonical, unclear = read_amount(text)
    if unclear:
        return None
    try:
        value = Decimal(canonical)
    except InvalidOperation:
        return None
    step = Decimal(1).scaleb(-places)
    if not value.is_finite() or value < 0 or value > most or value != value.quantize(step):
        return None
    return value


def _ok(dialog: FormDialog, box: QDialogButtonBox, text: str) -> Any:
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    button.setText(text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("BillingDesk", "&Cancel"))
    return button


class InvoiceLineDialog(FormDialog):
    """Add a line to a draft: a fee code from the schedule (its price and tax rate, shown, not typed), or a
    typed description with price and tax rate; and a quantity. ``saved(InvoiceDTO)``: the draft as it now is."""

    saved = Signal(object)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, invoice: InvoiceDTO,
                 fees: Sequence[FeeDTO] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InvoiceLineDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.invoice = invoice
        self.fees = {fee.code: fee for fee in fees}
        self.ui.headingLabel.setText(self.tr("A line for the draft invoice of %1.").replace(
            "%1", invoice.patient_name))
        self.ok_button = _ok(self, self.ui.buttonBox, self.tr("&Add line"))
        self.ui.feeCombo.addItem(self.tr("None: type the description, price and tax rate"), None)
        for fee in fees:
            self.ui.feeCombo.addItem(f"{fee.code} — {fee.name} ({money(fee.price)})", fee.code)
        self.ui.feeCombo.setAccessibleName(self.tr("Fee code from the fee schedule"))
        self.ui.quantityEdit.setText("1")
        self.ui.feeCombo.currentIndexChanged.connect(self._fee_chosen)
        for edit in (self.ui.quantityEdit, self.ui.priceEdit, self.ui.taxEdit):
            edit.textChanged.connect(self._preview)
        self.setup_form(fields={
            "fee": (self.ui.feeError, self.ui.feeCombo),
            "description": (self.ui.descriptionError, self.ui.descriptionEdit),
            "quantity": (self.ui.quantityError, self.ui.quantityEdit),
            "unit_price": (self.ui.priceError, self.ui.priceEdit),
            "tax_rate": (self.ui.taxError, self.ui.taxEdit),
        }, message_label=self.ui.messageLabel, accept_button=self.ok_button, submit=self.submit)
        self._preview()
        self.ui.feeCombo.setFocus()

    def fee(self) -> FeeDTO | None:
        code = self.ui.feeCombo.currentData()
        return self.fees.get(code) if code else None

    def choose_fee(self, code: str | None) -> bool:
        index = self.ui.feeCombo.findData(code)
        if index < 0:
            return False
        self.ui.feeCombo.setCurrentIndex(index)
        return True

    def _fee_chosen(self) -> None:
        fee = self.fee()
        # A fee code is priced by the schedule (on the service date, by the service): shown, not typed.
        for edit in (self.ui.priceEdit, self.ui.taxEdit):
            edit.setReadOnly(fee is not None)
        if fee is not None:
            self.ui.descriptionEdit.setText(fee.name)
            self.ui.priceEdit.setText(input_text(fee.price))
            self.ui.taxEdit.setText(f"{fee.tax_rate:g}")
        self._preview()

    def _preview(self) -> None:
        qty = typed_number(self.ui.quantityEdit.text(), places=3, most=MAX_QUANTITY)
        price = typed_amount(self.ui.priceEdit.text())
        rate = typed_number(self.ui.taxEdit.text(), places=2, most=HUNDRED)
        if qty and price is not None and rate is not None:
            net = to_cents(qty * price)
            tax = to_cents(net * rate / HUNDRED)
            self.ui.previewLabel.setText(self.tr("%1 + tax %2 = %3").replace("%1", money(net))
                                         .replace("%2", money(tax)).replace("%3", money(net + tax)))
        else:
            self.ui.previewLabel.setText("—")

    def validate(self) -> Problems:
        problems: Problems = {}
        description = " ".join(self.ui.descriptionEdit.text().split())
        if not description:
            problems["description"] = self.tr("Say what the line is for.")
        elif len(description) > LINE_DESCRIPTION_MAX:
            problems["description"] = self.tr("At most %1 characters.").replace("%1", str(LINE_DESCRIPTION_MAX))
        qty = typed_number(self.ui.quantityEdit.text(), places=3, most=MAX_QUANTITY)
        if not qty:
            problems["quantity"] = (amount_problem(self.ui.quantityEdit.text())
                                    or self.tr("Enter a quantity above zero, like 1 or 1.5 (three decimals at most)."))
        if self.fee() is None:
            if typed_amount(self.ui.priceEdit.text()) is None:
                problems["unit_price"] = (amount_problem(self.ui.priceEdit.text())
                                          or self.tr("Enter the price of one unit, like 12.50."))
            if typed_number(self.ui.taxEdit.text(), places=2, most=HUNDRED) is None:
                problems["tax_rate"] = self.tr("Enter the tax rate in percent, 0 to 100 (0 if none).")
        return problems

    def line(self) -> ManualLine:
        fee = self.fee()
        qty = typed_number(self.ui.quantityEdit.text(), places=3, most=MAX_QUANTITY) or Decimal(1)
        description = " ".join(self.ui.descriptionEdit.text().split())
        if fee is not None:
            return ManualLine(description, qty, fee_code=fee.code)
        return ManualLine(description, qty, typed_amount(self.ui.priceEdit.text()),
                          typed_number(self.ui.taxEdit.text(), places=2, most=HUNDRED))

    def submit(self) -> None:
        ctx, invoice_id, line = self._ctx, self.invoice.id, self.line()
        self.save(lambda: billing.add_invoice_line(ctx, invoice_id, line), self.saved.emit,
                  saying=self.tr("Adding the line…"))


class DiscountDialog(FormDialog):
    """A discount on one line (``line`` given) or on the whole draft (``line`` None: spread over the lines in
    proportion, replacing their own discounts), as an amount or a percentage, with a reason. Above the
    hospital's threshold it needs the billing approver right: the dialog says so before OK (the database
    refuses it anyway). ``saved(InvoiceDTO)``."""

    saved = Signal(object)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, invoice: InvoiceDTO, line: InvoiceLineDTO | None,
                 threshold: Decimal, can_approve: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DiscountDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.invoice = invoice
        self.target = line
        self.threshold = threshold
        self.can_approve = can_approve
        # What the discount applies to, and the other lines' discounts that stay (a line discount only).
        self.base = line.gross if line is not None else sum((x.gross for x in invoice.lines), ZERO)
        # The whole-invoice discount replaces every line's own: nothing else stays.
        self.others = sum((x.discount for x in invoice.lines if x.id != line.id), ZERO) if line is not None else ZERO
        if line is not None:
            self.setWindowTitle(self.tr("Discount a line"))
            heading = self.tr("Discount “%1” (%2 before any discount).").replace("%1", line.shown_description) \
                .replace("%2", money(line.gross))
        else:
            self.setWindowTitle(self.tr("Discount the whole invoice"))
            heading = self.tr("Discount the whole draft (%1 before discounts). The discount is spread over the "
                              "lines in proportion to their amounts and replaces their own discounts.") \
                .replace("%1", money(self.base))
        self.ui.headingLabel.setText(heading)
        self.ok_button = _ok(self, self.ui.buttonBox, self.tr("&Apply discount"))
        self.ui.kindCombo.addItem(self.tr("Amount off"), "amount")
        self.ui.kindCombo.addItem(self.tr("Percentage"), "percent")
        if line is not None and line.discount:
            self.ui.valueEdit.setText(input_text(line.discount))
            self.ui.reasonEdit.setText(line.discount_reason or "")
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self._result())
        self.ui.valueEdit.textChanged.connect(lambda _t: self._result())
        self.setup_form(fields={
            "discount": (self.ui.valueError, self.ui.valueEdit),
            "reason": (self.ui.reasonError, self.ui.reasonEdit),
        }, message_label=self.ui.messageLabel, accept_button=self.ok_button, submit=self.submit,
            watch=[self.ui.kindCombo])
        self._result()
        self.ui.valueEdit.setFocus()

    @property
    def percent(self) -> bool:
        return bool(self.ui.kindCombo.currentData() == "percent")

    def amount(self) -> Decimal | None:
        """The discount in cents as the service will compute it, or None while the value is not valid."""
        text = self.ui.valueEdit.text()
        if self.percent:
            value = typed_number(text, places=2, most=HUNDRED)
            return None if value is None else percent_of(self.base, value)
        value = typed_amount(text)
        return value if value is not None and value <= self.base else None

    def _result(self) -> None:
        amount = self.amount()
        if amount is None:
            self.ui.resultLabel.setText("—")
            self.ui.approvalLabel.setText("")
            return
        if self.target is None and self.invoice.lines:
            shares = spread_discount(amount, [x.gross for x in self.invoice.lines])
            spread = ", ".join(money(share) for share in shares)
            self.ui.resultLabel.setText(self.tr("%1 off, %2 before tax (per line: %3)")
                                        .replace("%1", money(amount)).replace("%2", money(self.base - amount))
                                        .replace("%3", spread))
        else:
            self.ui.resultLabel.setText(self.tr("%1 off, %2 before tax").replace("%1", money(amount))
                                        .replace("%2", money(self.base - amount)))
        self.ui.approvalLabel.setText(self._approval_text(amount))

    def needs_approval(self, amount: Decimal) -> bool:
        return self.others + amount > self.threshold

    def _approval_text(self, amount: Decimal) -> str:
        if not self.needs_approval(amount):
            return ""
        if self.can_approve:
            return self.tr("Discounts on this invoice come to more than %1: you give them as a billing approver.") \
                .replace("%1", money(self.threshold))
        return self.tr("Discounts on one invoice above %1 need a billing approver; you do not have that right. "
                       "Ask a colleague who has it, or give at most %2 here.") \
            .replace("%1", money(self.threshold)).replace("%2", money(max(self.threshold - self.others, ZERO)))

    def validate(self) -> Problems:
        problems: Problems = {}
        amount = self.amount()
        if amount is None:
            problems["discount"] = amount_problem(self.ui.valueEdit.text()) or (
                self.tr("Enter a percentage from 0 to 100.") if self.percent else
                self.tr("Enter an amount from 0 to %1, in whole cents.").replace("%1", money(self.base)))
        elif self.needs_approval(amount) and not self.can_approve:
            problems["discount"] = self.tr("Above %1 on one invoice needs a billing approver.") \
                .replace("%1", money(self.threshold))
        reason = " ".join(self.ui.reasonEdit.text().split())
        if len(reason) < DISCOUNT_REASON_MIN:
            problems["reason"] = self.tr("Say why the discount is given (at least 3 characters).")
        elif len(reason) > DISCOUNT_REASON_MAX:
            problems["reason"] = self.tr("The reason is too long: at most %1 characters.") \
                .replace("%1", str(DISCOUNT_REASON_MAX))
        return problems

    def discount(self) -> Discount:
        reason = " ".join(self.ui.reasonEdit.text().split())
        value = Decimal(read_amount(self.ui.valueEdit.text())[0])
        return Discount(reason, percent=value) if self.percent else Discount(reason, amount=value)

    def submit(self) -> None:
        ctx, invoice_id, discount = self._ctx, self.invoice.id, self.discount()
        target = self.target
        work: Callable[[], InvoiceDTO] = (
            (lambda: billing.discount_line(ctx, invoice_id, target.id, discount)) if target is not None
            else (lambda: billing.discount_invoice(ctx, invoice_id, discount)))
        self.save(work, self.saved.emit, saying=self.tr("Applying the discount…"))


class PaymentDialog(FormDialog):
    """Money at the desk, one dialog in four modes:

    * ``payment``: on an issued invoice, by cash (amount handed over, the change shown as it is typed), card
      (the terminal's reference), bank transfer (its reference) or insurance; partial payments are fine.
    * ``refund``: pay back what the invoice is overpaid by (cash, card or transfer).
    * ``deposit``: money taken for the patient before there is an invoice (cash, card or transfer).
    * ``apply``: put what is left of one of the patient's deposits on the invoice.

    ``saved`` emits what the service returned: a ``PaymentDTO`` (payment, refund), a ``DepositDTO`` (deposit)
    or the ``InvoiceDTO`` (apply)."""

    saved = Signal(object)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, mode: str, patient_id: int,
                 patient_name: str, invoice: InvoiceDTO | None = None, deposits: Sequence[DepositDTO] = (),
                 clock: HospitalClock | None = None, parent: QWidget | None = None) -> None:
        """``clock``: the screen's, on whose wall clock the deposits' dates are shown (the hospital's)."""
        super().__init__(parent)
        clock = clock or HospitalClock.unloaded(ctx)
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.mode = mode
        self.patient_id = patient_id
        self.invoice = invoice
        self.deposits = {d.id: d for d in deposits}
        balance = invoice.balance if invoice is not None else ZERO
        number = (invoice.number or "") if invoice is not None else ""
        methods: tuple[str, ...]
        if mode == "payment":
            self.setWindowTitle(self.tr("Take payment"))
            heading = self.tr("Payment on invoice %1 for %2: %3 left to pay.").replace("%1", number) \
                .replace("%2", patient_name).replace("%3", money(balance))
            ok = self.tr("&Take payment")
            methods = ("cash", "card", "transfer", "insurance")
            self.ui.amountEdit.setText(input_text(max(balance, ZERO)))
        elif mode == "refund":
            self.setWindowTitle(self.tr("Refund"))
            heading = self.tr("Invoice %1 for %2 is overpaid by %3: pay that back.").replace("%1", number) \
                .replace("%2", patient_name).replace("%3", money(-balance))
            ok = self.tr("&Pay back")
            methods = ("cash", "card", "transfer")
            self.ui.amountEdit.setText(input_text(max(-balance, ZERO)))
        elif mode == "deposit":
            self.setWindowTitle(self.tr("Take deposit"))
            heading = self.tr("A deposit from %1, held until it is applied to an invoice.") \
                .replace("%1", patient_name)
            ok = self.tr("&Take deposit")
            methods = ("cash", "card", "transfer")
        else:
            self.setWindowTitle(self.tr("Apply deposit"))
            heading = self.tr("Apply a deposit of %1 to invoice %2 (%3 left to pay); what is left of it goes on, "
                              "up to the balance.").replace("%1", patient_name).replace("%2", number) \
                .replace("%3", money(balance))
            ok = self.tr("&Apply deposit")
            methods = ()
            for deposit in deposits:
                taken = format_date(clock.local(deposit.taken_at))
                self.ui.depositCombo.addItem(self.tr("%1 left of %2 (%3, %4)").replace("%1", money(deposit.left))
                                             .replace("%2", money(deposit.amount)).replace("%3", taken)
                                             .replace("%4", _words(METHOD_WORDS.get(deposit.method, deposit.method))),
                                             deposit.id)
        self.ui.headingLabel.setText(heading)
        bold = self.ui.changeLabel.font()
        bold.setBold(True)  # the number the clerk reads out while counting the change
        self.ui.changeLabel.setFont(bold)
        self.ok_button = _ok(self, self.ui.buttonBox, ok)
        for method in methods:
            self.ui.methodCombo.addItem(_words(METHOD_WORDS[method]), method)
        form = self.ui.formLayout
        applying = mode == "apply"
        for row in (0, 1):
            form.setRowVisible(row, applying)
        for row in range(2, form.rowCount()):
            form.setRowVisible(row, not applying)
        self.ui.methodCombo.currentIndexChanged.connect(lambda _i: self._method_changed())
        for edit in (self.ui.amountEdit, self.ui.tenderedEdit):
            edit.textChanged.connect(lambda _t: self._show_change())
        self.setup_form(fields={
            "deposit": (self.ui.depositError, self.ui.depositCombo),
            "amount": (self.ui.amountError, self.ui.amountEdit),
            "tendered": (self.ui.tenderedError, self.ui.tenderedEdit),
            "reference": (self.ui.referenceError, self.ui.referenceEdit),
        }, message_label=self.ui.messageLabel, accept_button=self.ok_button, submit=self.submit,
            watch=[self.ui.methodCombo])
        self._method_changed()
        (self.ui.depositCombo if applying else self.ui.methodCombo).setFocus()

    def method(self) -> str:
        return str(self.ui.methodCombo.currentData() or "")

    def choose_method(self, method: str) -> bool:
        index = self.ui.methodCombo.findData(method)
        if index >= 0:
            self.ui.methodCombo.setCurrentIndex(index)
        return index >= 0

    @property
    def takes_cash(self) -> bool:
        """Cash received: the amount handed over and the change (a cash refund has neither). A cash deposit
        asks for them too, so the desk sees the change to give; only the receipt keeps them (the deposit
        table holds the amount alone)."""
        return self.mode in ("payment", "deposit") and self.method() == "cash"

    def tendered(self) -> Decimal | None:
        """The cash handed over as typed (None unless cash is taken and the amount is valid)."""
        return typed_amount(self.ui.tenderedEdit.text()) if self.takes_cash else None

    def _method_changed(self) -> None:
        if self.mode == "apply":
            return
        form = self.ui.formLayout
        for row in (5, 6, 7):  # handed over, its error, the change
            form.setRowVisible(row, self.takes_cash)
        wants_reference = self.method() in ("card", "transfer", "insurance")
        for row in (8, 9):
            form.setRowVisible(row, wants_reference)
        self.ui.referenceLabel.setText(self.tr("&Reference (from the card slip)") if self.method() == "card"
                                       else self.tr("&Reference"))
        self._show_change()
        self.revalidate()

    def _show_change(self) -> None:
        amount = typed_amount(self.ui.amountEdit.text())
        given = typed_amount(self.ui.tenderedEdit.text())
        if amount is None or given is None:
            self.ui.changeLabel.setText("—")
        elif given < amount:
            self.ui.changeLabel.setText(self.tr("%1 short").replace("%1", money(amount - given)))
        else:
            self.ui.changeLabel.setText(money(given - amount))

    def change(self) -> Decimal | None:
        amount, given = typed_amount(self.ui.amountEdit.text()), typed_amount(self.ui.tenderedEdit.text())
        return None if amount is None or given is None or given < amount else given - amount

    def validate(self) -> Problems:
        problems: Problems = {}
        if self.mode == "apply":
            if self.ui.depositCombo.currentData() is None:
                problems["deposit"] = self.tr("This patient has no deposit with anything left.")
            return problems
        amount = typed_amount(self.ui.amountEdit.text())
        balance = self.invoice.balance if self.invoice is not None else None
        if amount is None or amount == 0:
            problems["amount"] = (amount_problem(self.ui.amountEdit.text())
                                  or self.tr("Enter the amount, above zero, like 40.00."))
        elif self.mode == "payment" and balance is not None and amount > balance:
            problems["amount"] = self.tr("At most %1 is left to pay (for cash, the change covers the rest).") \
                .replace("%1", money(max(balance, ZERO)))
        elif self.mode == "refund" and balance is not None and amount > -balance:
            problems["amount"] = self.tr("The invoice is overpaid by %1: pay back at most that.") \
                .replace("%1", money(max(-balance, ZERO)))
        if self.takes_cash:
            given = typed_amount(self.ui.tenderedEdit.text())
            if given is None:
                problems["tendered"] = (amount_problem(self.ui.tenderedEdit.text())
                                        or self.tr("Enter the cash handed over, like 50.00."))
            elif amount is not None and given < amount:
                problems["tendered"] = (self.tr("That is less than the deposit.") if self.mode == "deposit"
                                        else self.tr("That is less than the amount to pay."))
        reference = " ".join(self.ui.referenceEdit.text().split())
        if self.method() == "card" and not reference:
            problems["reference"] = self.tr("Enter the card terminal's reference from the slip.")
        elif len(reference) > 60:
            problems["reference"] = self.tr("The reference has at most 60 characters.")
        return problems

    def submit(self) -> None:
        ctx, method = self._ctx, self.method()
        amount = typed_amount(self.ui.amountEdit.text()) or ZERO
        reference = " ".join(self.ui.referenceEdit.text().split()) or None
        work: Callable[[], Any]
        if self.mode == "apply":
            deposit_id = int(self.ui.depositCombo.currentData())
            assert self.invoice is not None
            invoice_id = self.invoice.id
            work = lambda: billing.apply_deposit(ctx, deposit_id, invoice_id)  # noqa: E731
        elif self.mode == "deposit":
            patient_id = self.patient_id
            work = lambda: billing.take_deposit(ctx, patient_id, amount, method, reference)  # noqa: E731
        else:
            assert self.invoice is not None
            invoice_id = self.invoice.id
            if self.mode == "refund":
                work = lambda: billing.refund(ctx, invoice_id, method, amount, reference=reference)  # noqa: E731
            else:
                given = typed_amount(self.ui.tenderedEdit.text()) if self.takes_cash else None
                work = lambda: billing.take_payment(ctx, invoice_id, method, amount, tendered=given,  # noqa: E731
                                                    reference=reference)
        self.save(work, self.saved.emit, saying=self.tr("Saving…"))

