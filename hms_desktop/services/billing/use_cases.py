"""Billing use cases (issue 9, core): a patient's unbilled charges priced by the fee schedule, a draft invoice
from charges and typed lines, issuing it (gapless number, frozen), reading it, and credit notes.

One use case is one service call and one transaction. Every amount is priced by ``domain.billing`` (one
rounding rule, per line, half-up to the cent); the database checks the same rule and refuses totals that are
not the sum of the lines, so a client that skipped this code still could not store a wrong invoice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.billing import (
    DISCOUNT_REASON_MAX,
    DISCOUNT_REASON_MIN,
    ZERO,
    LineInput,
    PricedLine,
    charge_words,
    percent_of,
    price_line,
    spread_discount,
    totals,
)
from hms_desktop.domain.claims import patient_settlement
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.names import display_name
from hms_desktop.domain.staff import Group
from hms_desktop.domain.wording import SYSTEM_AUTHOR
from hms_desktop.formats import format_date
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.billing import claims as insurance_claims
from hms_desktop.services.billing.bed_days import accrue_bed_days
from hms_desktop.services.billing.dtos import (
    CreditLine,
    CreditNoteDTO,
    DepositDTO,
    Discount,
    FeeDTO,
    InvoiceDTO,
    InvoiceLineDTO,
    InvoiceSummaryDTO,
    ManualLine,
    PatientAccountDTO,
    PaymentDTO,
    UnbilledChargeDTO,
)
from hms_desktop.services.consultation.common import hospital_today
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed, user_facing_errors

UNBILLED_LIMIT = 1000
INVOICE_LIST_LIMIT = 200
LINE_DESCRIPTION_MAX = 200  # invoice_line.description
MAX_LINES = 500
CREDIT_REASON_MAX = 500  # credit_note.reason is text: this rule is its limit (a paste gets a message)
PATIENT_GONE = QT_TRANSLATE_NOOP("billing", "This patient record no longer exists.")
INVOICE_GONE = QT_TRANSLATE_NOOP("billing", "This invoice no longer exists.")


def unbilled_charges(ctx: ServiceContext, patient_id: int) -> tuple[UnbilledChargeDTO, ...]:
    """The patient's unbilled charges, oldest first, each priced with the fee valid on its service date."""
    ctx.require(Group.BILLING, action=translate("billing", "see unbilled charges"))
    accrue_bed_days(ctx, patient_id)  # billprint hook: bed-day charges up to last night (services/billing/bed_days.py)
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        if uow.billing.patient(patient_id) is None:
            raise NotFound(translate("billing", PATIENT_GONE))
        return tuple(_charge_dto(row) for row in uow.billing.unbilled_charges(patient_id, UNBILLED_LIMIT))


def create_draft_invoice(ctx: ServiceContext, patient_id: int, charge_ids: Sequence[int],
                         manual_lines: Sequence[ManualLine] = ()) -> InvoiceDTO:
    """A draft invoice (no number yet) of the chosen charges, each priced on its service date, and typed lines.
    Nothing is billed until the draft is issued."""
    ctx.require(Group.BILLING, action=translate("billing", "create invoices"))
    wanted = list(dict.fromkeys(charge_ids))
    if not wanted and not manual_lines:
        raise ValidationFailed({"lines": translate("billing", "Choose at least one charge or add a line.")})
    if len(wanted) + len(manual_lines) > MAX_LINES:
        raise ValidationFailed({"lines": translate("billing", "An invoice has at most {limit} lines.").format(
                                             limit=MAX_LINES)})
    with user_facing_errors(), ctx.uow() as uow:
        if uow.billing.patient(patient_id) is None:
            raise NotFound(translate("billing", PATIENT_GONE))
        today, _start, _end = hospital_today(ctx, uow)
        lines: list[tuple[int | None, str | None, str, date, PricedLine]] = []
        reasons: list[str | None] = []
        found = {row.id: row for row in uow.billing.charges(wanted)}
        problems = _charge_problems(wanted, found, patient_id)
        if problems:
            raise ValidationFailed({"charges": " ".join(problems)})
        for charge_id in wanted:
            row = found[charge_id]
            lines.append((charge_id, row.fee_code, row.description, row.service_date, price_line(LineInput(
                quantity=Decimal(row.quantity), unit_price=row.price, tax_rate=row.tax_rate))))
            reasons.append(None)
        for number, manual in enumerate(manual_lines, start=1):
            lines.append(_manual_line(uow, manual, today, number, patient_id))
            reasons.append(_discount_reason(manual.discount_reason) if manual.discount else None)
        invoice_id = uow.billing.insert_invoice(patient_id, totals(line for *_, line in lines))
        uow.billing.insert_lines(invoice_id, lines, reasons)
        draft = invoice_of(uow, invoice_id)
        uow.commit()
    return draft


def issue_invoice(ctx: ServiceContext, invoice_id: int) -> InvoiceDTO:
    """Issue a draft: its totals recomputed from its lines, the next number of the year's INV series (the
    counter row is locked FOR UPDATE in this transaction, so numbers have no gap and no duplicate), its charges
    marked billed; from then on the database refuses any change to it."""
    ctx.require(Group.BILLING, action=translate("billing", "issue invoices"))
    with user_facing_errors(), ctx.uow() as uow:
        head = uow.billing.invoice(invoice_id, lock=True)
        if head is None:
            raise NotFound(translate("billing", INVOICE_GONE))
        if head.status != "draft":
            raise Conflict(translate("billing", "Invoice {number} was already {status}.").format(
                               number=head.number or invoice_id, status=head.status))
        priced = [_stored_line(row) for row in uow.billing.invoice_lines(invoice_id)]
        if not priced:
            raise ValidationFailed({"lines": translate("billing", "An invoice without lines cannot be issued.")})
        if uow.billing.issue(invoice_id, totals(priced)) is None:
            raise Conflict(translate("billing", "This draft was issued or cancelled meanwhile. Reload it."))
        # Insurance (claims, issue 9 item 6): split by the policy valid today and store the claim, in this
        # transaction (services/billing/claims.py).
        insurance_claims.claim_at_issue(ctx, uow, invoice_id)
        issued = invoice_of(uow, invoice_id)
        uow.commit()
    return issued


def invoice(ctx: ServiceContext, invoice_id: int) -> InvoiceDTO:
    """An invoice with its lines, tax per rate and credit notes."""
    ctx.require(Group.BILLING, Group.ADMIN, action=translate("billing", "read invoices"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return invoice_of(uow, invoice_id)


def issue_credit_note(ctx: ServiceContext, invoice_id: int, lines: Sequence[CreditLine], reason: str
                      ) -> CreditNoteDTO:
    """Correct an issued invoice: a credit note numbered in its own series (CN-<year>-<6 digits>), crediting
    whole lines or some of their quantity, never more than a line's amount in all."""
    ctx.require(Group.BILLING, action=translate("billing", "issue credit notes"))
    reason = " ".join(reason.split())
    problems: dict[str, str] = {}
    if len(reason) < 5:
        problems["reason"] = translate("billing", "Say why the invoice is corrected (at least 5 characters).")
    elif len(reason) > CREDIT_REASON_MAX:
        problems["reason"] = translate("billing", "The reason is too long: at most {limit} characters.").format(
                                 limit=CREDIT_REASON_MAX)
    if not lines:
        problems["lines"] = translate("billing", "Choose at least one invoice line to credit.")
    if problems:
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        head = uow.billing.invoice(invoice_id)
        if head is None:
            raise NotFound(translate("billing", INVOICE_GONE))
        if head.status != "issued":
            raise Conflict(translate("billing", "Only an issued invoice is corrected by a credit note; edit the draft "
                                                "instead."))
        stored = {row.id: row for row in uow.billing.invoice_lines(invoice_id)}
        credited = uow.billing.credited(invoice_id)
        credit_lines: list[tuple[int, str | None, str, date, PricedLine]] = []
        for credit in lines:
            row = stored.get(credit.invoice_line_id)
            if row is None:
                raise ValidationFailed({"lines": translate("billing", "A chosen line is not on this invoice.")})
            if credit.quantity is None:
                priced = _stored_line(row)
            else:
                priced = _priced({"quantity": "lines"}, LineInput(
                    quantity=credit.quantity, unit_price=row.unit_price, tax_rate=row.tax_rate))
            left = row.line_total - credited.get(row.id, ZERO)
            if priced.line_total > left:
                raise ValidationFailed({"lines": translate("billing", "“{description}”: at most {left} is left to "
                                                                      "credit.").format(
                                                     description=charge_words(row.description), left=left)})
            credited[row.id] = credited.get(row.id, ZERO) + priced.line_total
            credit_lines.append((row.id, row.fee_code, row.description, row.service_date, priced))
        note = uow.billing.insert_credit_note(invoice_id, reason, totals(line for *_, line in credit_lines))
        uow.billing.insert_credit_lines(note.id, credit_lines)
        result = next(_credit_dto(row, invoice_id) for row in uow.billing.credit_notes(invoice_id)
                      if row.id == note.id)
        uow.commit()  # the deferred totals check runs here; its refusal is translated like any other
    return result


# --- the cash desk: the patient's account, draft editing, discounts (issue 9, items 2 and 5) ---

def patient_account(ctx: ServiceContext, patient_id: int) -> PatientAccountDTO:
    """One patient at the cash desk: unbilled charges, drafts and issued invoices (newest first, each with its
    balance), what they owe, deposits with something left, and whether this clerk may approve large discounts."""
    ctx.require(Group.BILLING, action=translate("billing", "see patient accounts"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        if uow.billing.patient(patient_id) is None:
            raise NotFound(translate("billing", PATIENT_GONE))
        charges = tuple(_charge_dto(row) for row in uow.billing.unbilled_charges(patient_id, UNBILLED_LIMIT))
        rows = uow.billing.patient_invoices(patient_id, INVOICE_LIST_LIMIT)
        # The split (claims): one statement for all the listed invoices' claims, not one per invoice.
        shares = insurance_claims.many_invoice_shares(uow, {row.id: row.total for row in rows})
        invoices = tuple(_summary(row, shares[row.id]) for row in rows)
        deposits = tuple(d for d in (deposit_dto(row) for row in uow.billing.patient_deposits(patient_id))
                         if d.left > 0)
        return PatientAccountDTO(
            patient_id=patient_id, charges=charges, invoices=invoices,
            balance=Decimal(uow.billing.patient_balance(patient_id)), deposits=deposits,
            discount_threshold=uow.settings.read().discount_approval_threshold,
            can_approve=uow.billing.may_approve())


def fee_schedule(ctx: ServiceContext, on_date: date | None = None) -> tuple[FeeDTO, ...]:
    """Every fee code with its price on ``on_date`` (default: the hospital's today), to pick a manual line."""
    ctx.require(Group.BILLING, Group.ADMIN, action=translate("billing", "read the fee schedule"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        day = on_date or hospital_today(ctx, uow)[0]
        return tuple(FeeDTO(code=row.code, name=row.name, category=row.category, price=row.price,
                            tax_rate=row.tax_rate) for row in uow.billing.fees(day))


def add_invoice_line(ctx: ServiceContext, invoice_id: int, line: ManualLine) -> InvoiceDTO:
    """Add a typed line to a draft: priced from the fee schedule by its fee code, or at the price and tax rate
    typed; the draft's totals follow."""
    ctx.require(Group.BILLING, action=translate("billing", "edit draft invoices"))
    _line_description(line.description, 1)  # before the transaction: a paste is refused without asking
    with user_facing_errors(), ctx.uow() as uow:
        head = _draft(uow, invoice_id)
        if len(uow.billing.invoice_lines(invoice_id)) >= MAX_LINES:
            raise ValidationFailed({"lines": translate("billing", "An invoice has at most {limit} lines.").format(
                                                 limit=MAX_LINES)})
        today = hospital_today(ctx, uow)[0]
        priced = _manual_line(uow, line, today, 1, head.patient_id)
        reason = _discount_reason(line.discount_reason) if line.discount else None
        uow.billing.insert_lines(invoice_id, [priced], [reason])
        return _retotalled(uow, invoice_id)


def remove_invoice_line(ctx: ServiceContext, invoice_id: int, line_id: int) -> InvoiceDTO:
    """Take a line off a draft (a charge's line frees the charge for another invoice)."""
    ctx.require(Group.BILLING, action=translate("billing", "edit draft invoices"))
    with user_facing_errors(), ctx.uow() as uow:
        _draft(uow, invoice_id)
        if not uow.billing.delete_line(invoice_id, line_id):
            raise Conflict(translate("billing", "This line is no longer on the draft. Reload it."))
        return _retotalled(uow, invoice_id)


def cancel_draft(ctx: ServiceContext, invoice_id: int) -> InvoiceDTO:
    """Cancel a draft: it keeps no number and no lines (the database removes them), so its charges are free
    again for another invoice."""
    ctx.require(Group.BILLING, action=translate("billing", "cancel draft invoices"))
    with user_facing_errors(), ctx.uow() as uow:
        _draft(uow, invoice_id)
        if not uow.billing.cancel(invoice_id):
            raise Conflict(translate("billing", "This draft was issued or cancelled meanwhile. Reload it."))
        result = invoice_of(uow, invoice_id)
        uow.commit()
    return result


def discount_line(ctx: ServiceContext, invoice_id: int, line_id: int, discount: Discount) -> InvoiceDTO:
    """Discount one line of a draft by an amount or a percent of the line, with a reason (replaces the line's
    earlier discount; zero removes it). Discounts on one invoice above the hospital's threshold need the
    capability hms_billing_approver: checked here in words, and by the database at commit (HM025)."""
    ctx.require(Group.BILLING, action=translate("billing", "give discounts"))
    reason = _discount_reason(discount.reason)
    with user_facing_errors(), ctx.uow() as uow:
        _draft(uow, invoice_id)
        rows = {row.id: row for row in uow.billing.invoice_lines(invoice_id)}
        row = rows.get(line_id)
        if row is None:
            raise Conflict(translate("billing", "This line is no longer on the draft. Reload it."))
        gross = _stored_line(row).gross
        amount = _discount_amount(discount, gross)
        priced = _priced({}, LineInput(quantity=row.quantity, unit_price=row.unit_price, discount=amount,
                                       tax_rate=row.tax_rate))
        others = sum((other.discount for other in rows.values() if other.id != line_id), ZERO)
        _check_approval(uow, others + amount)
        uow.billing.set_line_discount(line_id, priced, reason if amount else None)
        return _retotalled(uow, invoice_id)


def discount_invoice(ctx: ServiceContext, invoice_id: int, discount: Discount) -> InvoiceDTO:
    """Discount the whole draft: an amount (or a percent of its subtotal) spread over its lines in proportion
    to their amounts (``domain.billing.spread_discount``: whole cents, the shares add up exactly), replacing
    the lines' own discounts, with the reason stored on every discounted line."""
    ctx.require(Group.BILLING, action=translate("billing", "give discounts"))
    reason = _discount_reason(discount.reason)
    with user_facing_errors(), ctx.uow() as uow:
        _draft(uow, invoice_id)
        rows = list(uow.billing.invoice_lines(invoice_id))
        if not rows:
            raise ValidationFailed({"discount": translate("billing", "Add a line before discounting the invoice.")})
        grosses = [_stored_line(row).gross for row in rows]
        amount = _discount_amount(discount, sum(grosses, ZERO))
        shares = _call(lambda: spread_discount(amount, grosses))
        _check_approval(uow, amount)
        for row, share in zip(rows, shares, strict=True):
            priced = _priced({}, LineInput(quantity=row.quantity, unit_price=row.unit_price, discount=share,
                                           tax_rate=row.tax_rate))
            uow.billing.set_line_discount(row.id, priced, reason if share else None)
        return _retotalled(uow, invoice_id)


# --- helpers ---

def _draft(uow: UnitOfWork, invoice_id: int) -> Any:
    """The invoice, locked, refused unless it is still a draft."""
    head = uow.billing.invoice(invoice_id, lock=True)
    if head is None:
        raise NotFound(translate("billing", INVOICE_GONE))
    if head.status != "draft":
        raise Conflict(f"Invoice {head.number or invoice_id} is {head.status}: only a draft can be changed"
                       + (" (correct it with a credit note)." if head.status == "issued" else "."))
    return head


def _retotalled(uow: UnitOfWork, invoice_id: int) -> InvoiceDTO:
    """Store the draft's totals as the sums of its lines, commit, and return it as it now stands."""
    uow.billing.retotal(invoice_id, totals(_stored_line(row) for row in uow.billing.invoice_lines(invoice_id)))
    result = invoice_of(uow, invoice_id)
    uow.commit()  # the deferred discount approval check (HM025) runs here
    return result


def _discount_reason(reason: str | None) -> str:
    text = " ".join((reason or "").split())
    if len(text) < DISCOUNT_REASON_MIN:
        raise ValidationFailed({"reason": translate("billing", "Say why the discount is given (at least 3 "
                                                               "characters).")})
    if len(text) > DISCOUNT_REASON_MAX:
        raise ValidationFailed({"reason": translate("billing", "The reason is too long: at most {limit} "
                                                               "characters.").format(limit=DISCOUNT_REASON_MAX)})
    return text


def _discount_amount(discount: Discount, base: Decimal) -> Decimal:
    if (discount.amount is None) == (discount.percent is None):
        raise ValidationFailed({"discount": translate("billing", "Enter the discount as an amount or as a "
                                                                 "percentage.")})
    if discount.percent is not None:
        percent = discount.percent
        return _call(lambda: percent_of(base, percent))
    amount = discount.amount
    assert amount is not None
    if not amount.is_finite() or amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValidationFailed({"discount": translate("billing", "Enter a discount of zero or more, in whole cents.")})
    if amount > base:
        raise ValidationFailed({"discount": translate("billing", "The discount is more than the amount it applies to "
                                                                 "({base}).").format(base=base)})
    return amount


def _check_approval(uow: UnitOfWork, invoice_discount: Decimal) -> None:
    threshold = uow.settings.read().discount_approval_threshold
    if invoice_discount > threshold and not uow.billing.may_approve():
        raise PermissionDenied(translate("billing", "Discounts above {threshold} on one invoice need a billing "
                                                    "approver (this one: {invoice_discount}); ask a colleague who has "
                                                    "that right.").format(
                                   threshold=threshold, invoice_discount=invoice_discount))


T = TypeVar("T")


def _call(compute: Callable[[], T]) -> T:
    """Run a domain rule, reporting its refusal as the services do."""
    try:
        return compute()
    except ValidationError as error:
        raise ValidationFailed(error.problems) from None


def _summary(row: Any, shares: insurance_claims.InvoiceShares) -> InvoiceSummaryDTO:
    """One invoice of the list, settled as ``invoice_of`` settles it (the patient's balance)."""
    settled = patient_settlement(row.total, Decimal(row.credited), Decimal(row.paid), shares.insurer_expected)
    return InvoiceSummaryDTO(id=row.id, number=row.number, status=row.status, created_at=row.created_at,
                             issued_at=row.issued_at, total=row.total, due=settled.due, paid=settled.paid,
                             balance=settled.balance, payment_status=settled.status,
                             insurer_share=shares.insurer_share)


def _charge_dto(row: Any) -> UnbilledChargeDTO:
    return UnbilledChargeDTO(
        charge_id=row.id, service_date=row.service_date, fee_code=row.fee_code, description=row.description,
        quantity=Decimal(row.quantity), source_kind=row.source_kind, unit_price=row.price, tax_rate=row.tax_rate,
        category=row.category, draft_invoice_id=row.draft_invoice_id)


def _charge_problems(wanted: Sequence[int], found: dict[int, Any], patient_id: int) -> list[str]:
    problems: list[str] = []
    gone = [charge_id for charge_id in wanted if charge_id not in found]
    if gone:
        problems.append(translate("billing", "Some chosen charges no longer exist. Reload the list."))
    rows = [found[charge_id] for charge_id in wanted if charge_id in found]
    if any(row.patient_id != patient_id for row in rows):
        problems.append(translate("billing", "Some chosen charges are another patient's."))
    billed = [charge_words(row.description) for row in rows if row.status != "unbilled"]
    if billed:
        problems.append(translate("billing", "Already billed (or voided): {charges}.").format(
            charges=", ".join(billed)))
    held = sorted({row.draft_invoice_id for row in rows if row.status == "unbilled" and row.draft_invoice_id})
    if held:
        problems.append(translate("billing", "Some chosen charges are already on a draft invoice ({invoices}); issue "
                                             "or change that draft.").format(invoices=", ".join(map(str, held))))
    unpriced = sorted({translate("billing", "{fee_code} on {service_date}").format(
                           fee_code=row.fee_code, service_date=format_date(row.service_date))
                       for row in rows if row.price is None})
    if unpriced:
        problems.append(translate("billing", "The fee schedule has no price for {services}. Ask an administrator to "
                                             "add one.").format(services="; ".join(unpriced)))
    return problems


def _priced(fields: dict[str, str], line: LineInput) -> PricedLine:
    """Price a line, reporting its problems under the caller's field names (a form's, or "lines")."""
    try:
        return price_line(line)
    except ValidationError as error:
        raise ValidationFailed({fields.get(key, key): message for key, message in error.problems.items()}) from None


def _manual_line(uow: UnitOfWork, manual: ManualLine, today: date, number: int, patient_id: int
                 ) -> tuple[None, str | None, str, date, PricedLine]:
    description = _line_description(manual.description, number)
    day = manual.service_date or today
    code = manual.fee_code.strip().upper() if manual.fee_code and manual.fee_code.strip() else None
    price, rate = manual.unit_price, manual.tax_rate
    if price is None or rate is None:
        # The patient's plan price for the code when their policy has one on that day (migration 0020).
        fee = uow.billing.fee(code, day, patient_id) if code else None
        if fee is None:
            raise ValidationFailed({"unit_price": translate("billing", "Line {number}: enter a price (the fee schedule "
                                                                       "has none for {code} on {day}).").format(
                                                      number=number,
                                                      code=code or translate("billing", "a line without a code"),
                                                      day=format_date(day))})
        price = fee.price if price is None else price
        rate = fee.tax_rate if rate is None else rate
    return None, code, description, day, _priced({}, LineInput(
        quantity=manual.quantity, unit_price=price, discount=manual.discount, tax_rate=rate))


def _line_description(text: str, number: int) -> str:
    description = " ".join(text.split())
    if not description:
        raise ValidationFailed({"description": translate("billing", "Line {number}: say what the line is for.").format(
                                                   number=number)})
    if len(description) > LINE_DESCRIPTION_MAX:
        raise ValidationFailed({"description": translate("billing", "Line {number}: at most {limit} "
                                                                    "characters.").format(
                                                   number=number, limit=LINE_DESCRIPTION_MAX)})
    return description


def _stored_line(row: Any) -> PricedLine:
    return price_line(LineInput(quantity=row.quantity, unit_price=row.unit_price, discount=row.discount,
                                tax_rate=row.tax_rate))


def _credit_dto(row: Any, invoice_id: int) -> CreditNoteDTO:
    return CreditNoteDTO(id=row.id, number=row.number, invoice_id=invoice_id, reason=row.reason,
                         issued_at=row.issued_at, issued_by=row.issued_by, subtotal=row.subtotal,
                         discount=row.discount, tax=row.tax, total=row.total)


def invoice_of(uow: UnitOfWork, invoice_id: int) -> InvoiceDTO:
    head = uow.billing.invoice(invoice_id)
    if head is None:
        raise NotFound(translate("billing", INVOICE_GONE))
    # Insurance (claims): the insurer's share still expected is not the patient's to pay (domain/claims.py).
    return invoice_dto(head, uow.billing.invoice_lines(invoice_id), uow.billing.credited(invoice_id),
                       uow.billing.credit_notes(invoice_id), uow.billing.payments(invoice_id),
                       shares=insurance_claims.invoice_shares(uow, invoice_id, head.total))


def invoice_dto(head: Any, line_rows: Sequence[Any], credited: dict[int, Any], note_rows: Sequence[Any],
                payment_rows: Sequence[Any], *, shares: insurance_claims.InvoiceShares) -> InvoiceDTO:
    """The invoice from its rows, however they were read: one invoice (``invoice_of``) or many at once
    (``batch_print``), so that every place showing an invoice's money shows the same numbers."""
    bands = totals(_stored_line(row) for row in line_rows).bands
    notes = tuple(_credit_dto(row, head.id) for row in note_rows)
    payments = tuple(payment_dto(row) for row in payment_rows)
    settled = patient_settlement(head.total, sum((note.total for note in notes), ZERO),
                                 sum((payment.signed_amount for payment in payments), ZERO), shares.insurer_expected)
    return InvoiceDTO(
        id=head.id, number=head.number, status=head.status, patient_id=head.patient_id,
        patient_name=display_name(head.family_name, head.given_name), mrn=head.mrn, issued_at=head.issued_at,
        issued_by=head.issued_by, created_at=head.created_at, subtotal=head.subtotal, discount=head.discount,
        tax=head.tax, total=head.total, tax_bands=bands,
        lines=tuple(InvoiceLineDTO(
            id=row.id, charge_id=row.charge_id, fee_code=row.fee_code, description=row.description,
            service_date=row.service_date, quantity=row.quantity, unit_price=row.unit_price, discount=row.discount,
            tax_rate=row.tax_rate, line_total=row.line_total, tax_amount=row.tax_amount,
            credited=credited.get(row.id, ZERO), discount_reason=row.discount_reason) for row in line_rows),
        credit_notes=notes, payments=payments, paid=settled.paid, balance=settled.balance,
        payment_status=settled.status, patient_share=shares.patient_share, insurer_share=shares.insurer_share,
        payer_name=shares.payer_name, plan_name=shares.plan_name, member_number=shares.member_number,
        issued_by_name=(head.issued_by_name or SYSTEM_AUTHOR) if head.issued_by else None)


def payment_dto(row: Any) -> PaymentDTO:
    return PaymentDTO(id=row.id, invoice_id=row.invoice_id, kind=row.kind, method=row.method, amount=row.amount,
                      tendered=row.amount_tendered, change=row.change_given, reference=row.reference,
                      deposit_id=row.deposit_id, taken_at=row.taken_at, taken_by=row.taken_by)


def deposit_dto(row: Any) -> DepositDTO:
    return DepositDTO(id=row.id, patient_id=row.patient_id, method=row.method, amount=row.amount,
                      applied=Decimal(row.applied), reference=row.reference, taken_at=row.taken_at,
                      taken_by=row.taken_by)
