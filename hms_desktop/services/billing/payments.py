"""Payments, deposits and balances (issue 9, item 5; migration 0018, docs/architecture.md "Payments").

One use case is one service call and one transaction. The database is the real guard: payments and deposits
are never changed or removed (hms_payment_guard, for every role), a payment goes only on an issued invoice, a
deposit is never applied beyond what it holds, cash change is checked (change = tendered - amount), a card
needs its terminal reference. These functions say the same in the clerk's words before asking.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.billing import DEPOSIT_METHODS, PAYMENT_METHODS, ZERO, cash_change, money
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.permissions import cash_shift_place
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.billing.dtos import DepositDTO, InvoiceDTO, PaymentDTO
from hms_desktop.services.billing.use_cases import INVOICE_GONE, PATIENT_GONE, deposit_dto, invoice_of, payment_dto
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors

T = TypeVar("T")
NO_CASH_SHIFT = "HM040"  # hms_cash_shift_stamp: cash without an open shift (migration 0022)
DEPOSIT_GONE = QT_TRANSLATE_NOOP("billing", "This deposit no longer exists.")
MAX_REFERENCE = 60


def take_payment(ctx: ServiceContext, invoice_id: int, method: str, amount: Decimal | str,
                 *, tendered: Decimal | str | None = None, reference: str | None = None) -> PaymentDTO:
    """Take money on an issued invoice: cash (``tendered`` required; the change is computed here and checked
    by the database), card (the terminal ``reference`` required), transfer or insurance. Several partial
    payments are fine; paying more than the balance is refused except in cash, where the change covers it."""
    ctx.require(Group.BILLING, action=translate("billing", "take payments"))
    if method not in PAYMENT_METHODS:
        raise ValidationFailed({"method": translate("billing", "Choose how the patient pays: cash, card, transfer or "
                                                               "insurance.")})
    value = _amount(amount)
    ref = _reference(method, reference)
    given = change = None
    if method == "cash":
        if tendered is None:
            raise ValidationFailed({"tendered": translate("billing", "Enter the amount handed over.")})
        given = _amount(tendered, field="tendered", what=translate("billing", "handed over"))
        change = _domain(lambda: cash_change(value, given))
    with user_facing_errors(), ctx.uow() as uow:
        head = uow.billing.invoice(invoice_id)
        if head is None:
            raise NotFound(translate("billing", INVOICE_GONE))
        if head.status != "issued":
            raise Conflict(translate("billing", "Payments are taken only on an issued invoice; issue the draft first."))
        current = invoice_of(uow, invoice_id)
        if value > current.balance:
            raise ValidationFailed({"amount": translate("billing", "Invoice {number} has {balance} left to pay; take "
                                                                   "at most that (for cash, the change covers the "
                                                                   "rest).").format(
                                                  number=current.number, balance=max(current.balance, ZERO))})
        payment_id = uow.billing.insert_payment(invoice_id, method, value, tendered=given, change=change,
                                                reference=ref)
        row = uow.billing.payment(payment_id)
        assert row is not None  # inserted in this transaction
        result = payment_dto(row)
        uow.commit()
    return result


def refund(ctx: ServiceContext, invoice_id: int, method: str, amount: Decimal | str, *,
           reference: str | None = None) -> PaymentDTO:
    """Pay back what an overpaid invoice holds over its amount due (after a credit note, or a payment too
    many): a ``refund`` row, never more than the overpayment (the database checks it too, HM030)."""
    ctx.require(Group.BILLING, action=translate("billing", "refund payments"))
    if method not in ("cash", "card", "transfer"):
        raise ValidationFailed({"method": translate("billing", "Choose how the money is paid back: cash, card or "
                                                               "transfer.")})
    value = _amount(amount, what=translate("billing", "to pay back"))
    ref = _reference(method, reference)
    with user_facing_errors(), ctx.uow() as uow:
        head = uow.billing.invoice(invoice_id)
        if head is None:
            raise NotFound(translate("billing", INVOICE_GONE))
        current = invoice_of(uow, invoice_id)
        if value > -current.balance:
            raise ValidationFailed({"amount": translate("billing", "Invoice {number} is overpaid by {value}; pay back "
                                                                   "at most that.").format(
                                                  number=current.number or invoice_id,
                                                  value=max(-current.balance, ZERO))})
        payment_id = uow.billing.insert_payment(invoice_id, method, value, kind="refund", reference=ref)
        row = uow.billing.payment(payment_id)
        assert row is not None  # inserted in this transaction
        result = payment_dto(row)
        uow.commit()
    return result


def take_deposit(ctx: ServiceContext, patient_id: int, amount: Decimal | str, method: str,
                 reference: str | None = None) -> DepositDTO:
    """Money taken for a patient before there is an invoice (on admission); reception may take it too."""
    ctx.require(Group.BILLING, Group.RECEPTION, action=translate("billing", "take deposits"))
    if method not in DEPOSIT_METHODS:
        raise ValidationFailed({"method": translate("billing", "Choose how the deposit is paid: cash, card or "
                                                               "transfer.")})
    value = _amount(amount)
    ref = _reference(method, reference)
    try:
        with user_facing_errors(), ctx.uow() as uow:
            if uow.billing.patient(patient_id) is None:
                raise NotFound(translate("billing", PATIENT_GONE))
            result = deposit_dto(uow.billing.insert_deposit(patient_id, method, value, ref))
            uow.commit()
    except Conflict as error:
        # The database refuses cash without an open shift (HM040) naming the Billing tab; reception has none,
        # so say where this person opens theirs (recdeposit: deposits taken at the Registration tab).
        if error.sqlstate == NO_CASH_SHIFT:
            raise Conflict(cash_shift_first(ctx)) from error
        raise
    return result


def cash_shift_first(ctx: ServiceContext) -> str:
    """The refusal of cash without an open cash shift, naming where this person opens one."""
    return (translate("billing", "Open your cash shift first ({cash_shift_place}), or take the deposit by card or "
                                 "transfer.").format(cash_shift_place=cash_shift_place(ctx.user.acting_groups)))


def apply_deposit(ctx: ServiceContext, deposit_id: int, invoice_id: int) -> InvoiceDTO:
    """Apply what is left of a deposit to an issued invoice of the same patient, up to the invoice's balance,
    as a payment of method "deposit". Returns the invoice as it now stands."""
    ctx.require(Group.BILLING, action=translate("billing", "apply deposits"))
    with user_facing_errors(), ctx.uow() as uow:
        # Not locked here (nobody is granted UPDATE on deposit): hms_payment_guard locks the deposit row at the
        # INSERT and refuses (HM030) if a colleague applied it meanwhile; the clerk then reloads and retries.
        deposit = uow.billing.deposit(deposit_id)
        if deposit is None:
            raise NotFound(translate("billing", DEPOSIT_GONE))
        head = uow.billing.invoice(invoice_id)
        if head is None:
            raise NotFound(translate("billing", INVOICE_GONE))
        if head.status != "issued":
            raise Conflict(translate("billing", "A deposit is applied only to an issued invoice; issue the draft "
                                                "first."))
        if head.patient_id != deposit.patient_id:
            raise Conflict(translate("billing", "This deposit is another patient's."))
        left = deposit.amount - deposit.applied
        balance = invoice_of(uow, invoice_id).balance
        applied = min(left, balance)
        if applied <= 0:
            raise Conflict(translate("billing", "Nothing is left of this deposit.") if left <= 0 else
                           translate("billing", "This invoice has nothing left to pay."))
        uow.billing.insert_payment(invoice_id, "deposit", applied, deposit_id=deposit_id)
        result = invoice_of(uow, invoice_id)
        uow.commit()
    return result


def deposit(ctx: ServiceContext, deposit_id: int) -> DepositDTO:
    ctx.require(Group.BILLING, Group.ADMIN, action=translate("billing", "read deposits"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return _deposit_of(uow, deposit_id)


def patient_balance(ctx: ServiceContext, patient_id: int) -> Decimal:
    """What the patient owes on issued invoices (negative: the hospital owes them), for every group: reception
    and doctors get this number through hms_patient_balance and read no billing table."""
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        if uow.billing.patient(patient_id) is None:
            raise NotFound(translate("billing", PATIENT_GONE))
        return Decimal(uow.billing.patient_balance(patient_id))


# --- helpers ---

def _amount(value: Decimal | str, *, field: str = "amount", what: str | None = None) -> Decimal:
    """``what`` completes "Enter the amount …, above zero." (already translated); "to pay" when None."""
    amount = _domain(lambda: money(value, field=field))
    if amount <= 0:
        raise ValidationFailed({field: translate("billing", "Enter the amount {what}, above zero.").format(
            what=what or translate("billing", "to pay"))})
    return amount


def _reference(method: str, reference: str | None) -> str | None:
    ref = " ".join(reference.split()) if reference else None
    if method == "card" and not ref:
        raise ValidationFailed({"reference": translate("billing", "Enter the card terminal's reference from the "
                                                                  "slip.")})
    if ref and len(ref) > MAX_REFERENCE:
        raise ValidationFailed({"reference": translate("billing", "The reference has at most {limit} "
                                                                  "characters.").format(limit=MAX_REFERENCE)})
    return ref or None


def _domain(compute: Callable[[], T]) -> T:
    """Run a domain rule, reporting its refusal as the services do."""
    try:
        return compute()
    except ValidationError as error:
        raise ValidationFailed(error.problems) from None


def _deposit_of(uow: UnitOfWork, deposit_id: int) -> DepositDTO:
    row = uow.billing.deposit(deposit_id)
    if row is None:
        raise NotFound(translate("billing", DEPOSIT_GONE))
    return deposit_dto(row)
