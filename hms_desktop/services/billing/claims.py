"""Insurance claims (issue 9, item 6; migration 0021; docs/architecture.md "Insurance claims (migration 0021)").

* **At issue** (``claim_at_issue``, called by ``use_cases.issue_invoice`` in its transaction): when the patient
  has a policy valid on the invoice date (the hospital's today), the invoice is split by the plan's rules
  (``domain.insurance.split``) with ``used_this_year`` = what the insurer pays on this patient's claims on the
  plan this calendar year (approved amounts once answered: rejected ones are not used). The policy row is
  locked first, so two invoices issued at once for one patient do not both spend the same remaining limit.
  A claim with a ``claim_line`` per invoice line is stored when the insurer's share is above zero.
* **What the patient owes** (``invoice_shares`` for ``invoice_of``; ``hms_patient_balance`` v2 in SQL):
  the insurer's share of an open claim is not the patient's; a rejected amount is (``domain.claims``).
* **Batches**: billing puts one payer's unbatched draft claims into a batch and submits it; a claim needing
  pre-authorisation is held until its number is recorded (the database refuses it otherwise, HM035).
* **Remittance** (``post_remittance``, billing and administrators): per claim line the approved amount and a
  reason for the rest; one insurance ``payment`` per invoice for what the insurer pays; claims become paid,
  partly approved or rejected, the batch likewise. One transaction.
* **CSV** (``export_batch_csv``): one row per claim line, written with the csv module.

One use case is one service call and one transaction; the GRANTs and ``hms_claim_guard`` are the real guard.
This module never imports ``use_cases`` (which imports it for the issue hook).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from hms_desktop.db.repositories.billing import BillingRepository
from hms_desktop.db.repositories.claims import ClaimsRepository
from hms_desktop.db.repositories.insurance import InsuranceRepository
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.billing import ZERO, charge_words
from hms_desktop.domain.claims import (
    RemittanceLine,
    batch_outcome,
    check_remittance_line,
    claim_outcome,
    clean_preauth,
    insurer_expected,
)
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.insurance import BillLine, Category, Coverage, PlanRules, split
from hms_desktop.domain.names import display_name
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.consultation.common import hospital_today
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors

CLAIM_GONE = QT_TRANSLATE_NOOP("billing", "This claim no longer exists.")
BATCH_GONE = QT_TRANSLATE_NOOP("billing", "This claim batch no longer exists.")
LIST_LIMIT = 500
MAX_REFERENCE = 60  # payment.reference
CSV_HEADER = ("payer", "batch", "claim", "invoice number", "patient name", "MRN", "member number", "service date",
              "fee code", "description", "amount")


@dataclass(frozen=True, slots=True)
class InvoiceShares:
    """An invoice's split: what the patient pays, the insurer's share, and what of it is still expected."""

    patient_share: Decimal
    insurer_share: Decimal
    insurer_expected: Decimal
    # Who pays the insurer's share, as the invoice, its PDF and the Billing tab name it ("" without a claim).
    payer_name: str = ""
    plan_name: str = ""
    member_number: str = ""


@dataclass(frozen=True, slots=True)
class ClaimLineDTO:
    id: int
    claim_id: int
    fee_code: str | None
    description: str
    service_date: date
    insurer_amount: Decimal
    patient_amount: Decimal
    needs_preauth: bool
    approved_amount: Decimal | None
    rejection_reason: str | None

    @property
    def shown_description(self) -> str:
        """The description as screens show it (charge_words); the batch file keeps the stored one."""
        return charge_words(self.description)


@dataclass(frozen=True, slots=True)
class ClaimDTO:
    id: int
    invoice_id: int
    invoice_number: str
    patient_id: int
    patient_name: str
    mrn: str
    payer_id: int
    payer_name: str
    plan_name: str
    member_number: str
    claim_date: date
    status: str
    batch_id: int | None
    preauth_needed: bool
    preauth_number: str | None
    rejection_reason: str | None
    insurer_amount: Decimal
    patient_amount: Decimal
    approved_amount: Decimal | None  # once the insurer answered
    lines: tuple[ClaimLineDTO, ...] = ()

    @property
    def held(self) -> bool:
        """Waiting for the insurer's pre-authorisation number: cannot be batched yet."""
        return self.preauth_needed and self.preauth_number is None


@dataclass(frozen=True, slots=True)
class BatchDTO:
    id: int
    payer_id: int
    payer_name: str
    payer_code: str
    status: str
    claims: int
    insurer_amount: Decimal
    approved_amount: Decimal
    created_at: datetime
    submitted_at: datetime | None
    settled_at: datetime | None


@dataclass(frozen=True, slots=True)
class BatchDetailDTO:
    batch: BatchDTO
    claims: tuple[ClaimDTO, ...]


def _repo(uow: UnitOfWork) -> ClaimsRepository:
    # Built on the unit of work's connection rather than registered as ``uow.claims``: the unit of work is
    # shared by every billing engineer this session, and a repository of Core statements needs nothing more.
    return ClaimsRepository(uow.connection)


# --- the issue hook and the invoice's shares (called inside the billing core's transactions) ---


def claim_at_issue(ctx: ServiceContext, uow: UnitOfWork, invoice_id: int) -> None:
    """Split a just-issued invoice by the patient's policy valid today, and store the claim (module
    docstring). Runs in the issuing transaction: it commits or rolls back with the invoice."""
    today, _start, _end = hospital_today(ctx, uow)
    claim_invoice(uow.connection, invoice_id, today)


def claim_invoice(conn: Connection, invoice_id: int, day: date) -> int | None:
    """The claim of an issued invoice by the patient's policy valid on ``day``: its id, or None when the
    patient has no such policy or the insurer's share is 0.00. On the caller's connection and transaction
    (the issue hook's unit of work, or the demo loader's)."""
    billing, insurance, repo = BillingRepository(conn), InsuranceRepository(conn), ClaimsRepository(conn)
    head = billing.invoice(invoice_id)
    if head is None:
        raise NotFound(translate("billing", "This invoice no longer exists."))
    policy = insurance.active_policy(head.patient_id, day)
    if policy is None:
        return None
    repo.lock_policy(policy.id)
    rules = _plan_rules(insurance, policy.plan_id)
    used = repo.used_this_year(head.patient_id, policy.plan_id, date(day.year, 1, 1), date(day.year, 12, 31))
    rows = billing.invoice_lines(invoice_id)
    lines = [BillLine(fee_code=row.fee_code or "", category=_category(repo, row.fee_code, row.service_date),
                      total=row.line_total + row.tax_amount) for row in rows]
    result = split(lines, rules, used)
    if result.insurer_total <= 0:
        return None  # nothing for the insurer (excluded, not covered, or the year's limit used): all the patient's
    claim_id = repo.insert_claim(
        invoice_id=invoice_id, policy_id=policy.id, claim_date=day,
        preauth_needed=any(share.needs_preauth and share.insurer > 0 for share in result.lines))
    repo.insert_lines(claim_id, [(row.id, share.insurer, share.patient, share.needs_preauth and share.insurer > 0)
                                 for row, share in zip(rows, result.lines, strict=True)])
    return claim_id


def _plan_rules(insurance: InsuranceRepository, plan_id: int) -> PlanRules:
    """The plan's rules as ``services.insurance.plan_rules`` reads them, from a bare connection (that function
    takes a unit of work, which the demo loader does not have)."""
    plan = insurance.plan(plan_id)
    if plan is None:
        raise NotFound(translate("billing", "This insurance plan no longer exists."))
    return PlanRules(
        coverage={Category(c.category): Coverage(percent=Decimal(c.percent), preauth_required=c.preauth_required)
                  for c in insurance.coverage([plan_id])},
        excluded_fee_codes=frozenset(e.fee_code for e in insurance.exclusions([plan_id])),
        copay_per_invoice=Decimal(plan.copay_per_invoice),
        annual_limit=None if plan.annual_limit is None else Decimal(plan.annual_limit))


def _category(repo: ClaimsRepository, fee_code: str | None, day: date) -> Category:
    """A line's service category: its fee code's in the fee schedule on the service date; a typed line
    without a code (or a code the schedule does not know) is "other"."""
    if not fee_code:
        return Category.OTHER
    category = repo.fee_category(fee_code, day)
    try:
        return Category(category) if category is not None else Category.OTHER
    except ValueError:
        return Category.OTHER


def invoice_shares(uow: UnitOfWork, invoice_id: int, total: Decimal) -> InvoiceShares:
    """The split stored at issue (none: the patient's is the whole invoice)."""
    return shares_of(_repo(uow).invoice_claim(invoice_id), total)


def many_invoice_shares(uow: UnitOfWork, totals: dict[int, Decimal]) -> dict[int, InvoiceShares]:
    """``invoice_shares`` of many invoices (id -> total) in one statement, for lists and batch printing."""
    rows = {row.invoice_id: row for row in _repo(uow).invoice_claims(list(totals))} if totals else {}
    return {invoice_id: shares_of(rows.get(invoice_id), total) for invoice_id, total in totals.items()}


def shares_of(row: Any, total: Decimal) -> InvoiceShares:
    """The shares of an invoice from its claim row (``ClaimsRepository`` columns), or the whole invoice the
    patient's when it has no claim."""
    if row is None:
        return InvoiceShares(patient_share=total, insurer_share=ZERO, insurer_expected=ZERO)
    return InvoiceShares(patient_share=row.patient_amount, insurer_share=row.insurer_amount,
                         insurer_expected=insurer_expected(row.status, row.insurer_amount),
                         payer_name=row.payer_name, plan_name=row.plan_name, member_number=row.member_number)


# --- use cases ---


def invoice_claim(ctx: ServiceContext, invoice_id: int) -> ClaimDTO | None:
    """The claim made when the invoice was issued, with its lines (None: no insurer's share)."""
    ctx.require(Group.BILLING, Group.ADMIN, action=translate("billing", "read insurance claims"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        repo = _repo(uow)
        row = repo.invoice_claim(invoice_id)
        return None if row is None else _with_lines(repo, [row])[0]


def unbatched_claims(ctx: ServiceContext) -> tuple[ClaimDTO, ...]:
    """Draft claims not yet in a batch, by payer then date (held ones included: the page shows them waiting)."""
    ctx.require(Group.BILLING, Group.ADMIN, action=translate("billing", "read insurance claims"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_claim(row) for row in _repo(uow).unbatched(LIST_LIMIT))


def claim_batches(ctx: ServiceContext) -> tuple[BatchDTO, ...]:
    ctx.require(Group.BILLING, Group.ADMIN, action=translate("billing", "read claim batches"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_batch(row) for row in _repo(uow).batches(LIST_LIMIT))


def batch_detail(ctx: ServiceContext, batch_id: int) -> BatchDetailDTO:
    ctx.require(Group.BILLING, Group.ADMIN, action=translate("billing", "read claim batches"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return batch_detail_of(_repo(uow), batch_id)


def create_batch(ctx: ServiceContext, payer_id: int, claim_ids: Sequence[int]) -> BatchDTO:
    """A draft batch of this payer's chosen unbatched claims. Held claims (pre-authorisation missing) are
    refused with their invoice numbers; a claim someone batched meanwhile is reported, nothing is saved."""
    ctx.require(Group.BILLING, action=translate("billing", "file insurance claims"))
    wanted = list(dict.fromkeys(claim_ids))
    if not wanted:
        raise ValidationFailed({"claims": translate("billing", "Choose at least one claim for the batch.")})
    with user_facing_errors(), ctx.uow() as uow:
        repo = _repo(uow)
        rows = {row.id: row for row in repo.claims(wanted)}
        if len(rows) != len(wanted):
            raise NotFound(translate("billing", "Some chosen claims no longer exist. Reload the list."))
        if any(row.payer_id != payer_id for row in rows.values()):
            raise ValidationFailed({"claims": translate("billing", "A batch holds one insurer's claims; choose claims "
                                                                   "of one insurer.")})
        held = sorted(row.invoice_number for row in rows.values() if row.preauth_needed and not row.preauth_number)
        if held:
            raise ValidationFailed({"claims": translate("billing", "Waiting for the insurer's pre-authorisation "
                                                                   "number: {invoices}. Record it first, or leave "
                                                                   "them out.").format(invoices=", ".join(held))})
        batch_id = repo.insert_batch(payer_id)
        if len(repo.put_in_batch(batch_id, payer_id, wanted)) != len(wanted):
            raise Conflict(translate("billing", "Some chosen claims were put in another batch meanwhile. Reload the "
                                                "list."))
        created = repo.batch(batch_id)
        uow.commit()
    return _batch(created)


def submit_batch(ctx: ServiceContext, batch_id: int) -> BatchDTO:
    """Send a draft batch to the insurer: the batch and its claims become submitted."""
    ctx.require(Group.BILLING, action=translate("billing", "submit claim batches"))
    with user_facing_errors(), ctx.uow() as uow:
        repo = _repo(uow)
        head = repo.batch(batch_id, lock=True)
        if head is None:
            raise NotFound(translate("billing", BATCH_GONE))
        if head.status != "draft":
            raise Conflict(translate("billing", "Batch {batch_id} was already {status}.").format(
                               batch_id=batch_id, status=head.status))
        repo.set_batch_status(batch_id, "draft", "submitted")
        repo.submit_claims(batch_id)
        submitted = repo.batch(batch_id)
        uow.commit()
    return _batch(submitted)


def record_preauth(ctx: ServiceContext, claim_id: int, number: str) -> ClaimDTO:
    """Record the insurer's authorisation number on a draft claim; it may then be batched."""
    ctx.require(Group.BILLING, action=translate("billing", "record pre-authorisations"))
    try:
        cleaned = clean_preauth(number)
    except ValidationError as error:
        raise ValidationFailed(error.problems) from None
    with user_facing_errors(), ctx.uow() as uow:
        repo = _repo(uow)
        if repo.claim(claim_id, lock=True) is None:
            raise NotFound(translate("billing", CLAIM_GONE))
        if not repo.set_preauth(claim_id, cleaned):
            raise Conflict(translate("billing", "The authorisation number is recorded before the claim is submitted."))
        row = repo.claim(claim_id)
        uow.commit()
    return _claim(row)


def post_remittance(ctx: ServiceContext, batch_id: int, answers: Sequence[RemittanceLine],
                    reference: str | None = None) -> BatchDetailDTO:
    """The insurer's answer to a submitted batch: every claim line's approved amount (and a reason for what is
    not approved). Records one insurance payment per invoice for what the insurer pays, marks each claim paid,
    partly approved or rejected and the batch likewise; the rejected amounts become the patients' to pay.
    ``reference``: the insurer's remittance or transfer reference, kept on the payments."""
    ctx.require(Group.BILLING, Group.ADMIN, action=translate("billing", "post insurers' remittances"))
    ref = " ".join((reference or "").split()) or None
    if ref is not None and len(ref) > MAX_REFERENCE:
        raise ValidationFailed({"reference": translate("billing", "The reference is too long (at most {limit} "
                                                                  "characters).").format(limit=MAX_REFERENCE)})
    given = {answer.claim_line_id: answer for answer in answers}
    with user_facing_errors(), ctx.uow() as uow:
        repo = _repo(uow)
        head = repo.batch(batch_id, lock=True)
        if head is None:
            raise NotFound(translate("billing", BATCH_GONE))
        if head.status != "submitted":
            raise Conflict(translate("billing", "Only a submitted batch takes a remittance; batch {batch_id} is "
                                                "{status}.").format(batch_id=batch_id, status=head.status))
        settle_batch(repo, batch_detail_of(repo, batch_id), given, ref)
        result = batch_detail_of(repo, batch_id)
        uow.commit()
    return result


def settle_batch(repo: ClaimsRepository, detail: BatchDetailDTO, given: dict[int, RemittanceLine],
                 reference: str | None) -> None:
    """Record the insurer's answer to every line of a submitted batch, its payments, and the claims' and the
    batch's outcome (``post_remittance``'s work, also the demo's), in the caller's transaction."""
    every_line = {line.id for claim in detail.claims for line in claim.lines}
    if set(given) != every_line:
        raise ValidationFailed({"lines": translate("billing", "Enter the insurer's answer for every line of the "
                                                              "batch.")})
    outcomes: list[str] = []
    for claim in detail.claims:
        approved_total = ZERO
        reasons: list[str] = []
        for line in claim.lines:
            label = f"{claim.invoice_number}, {line.shown_description}"
            try:
                answer = check_remittance_line(line.insurer_amount, given[line.id], label)
            except ValidationError as error:
                raise ValidationFailed(error.problems) from None
            repo.answer_line(line.id, answer.approved, answer.reason or None)
            approved_total += answer.approved
            if answer.reason:
                reasons.append(f"{line.description}: {answer.reason}")
        status = claim_outcome(claim.insurer_amount, approved_total)
        if approved_total > 0:
            repo.insert_insurance_payment(claim.invoice_id, approved_total, reference)
        # Line reasons joined: the claim's own reason (text, checked present when anything was refused).
        repo.settle_claim(claim.id, status, "; ".join(reasons) or None)
        outcomes.append(status)
    repo.set_batch_status(detail.batch.id, "submitted", batch_outcome(outcomes))


def export_batch_csv(ctx: ServiceContext, batch_id: int, path: str | Path) -> int:
    """Write the batch as CSV (UTF-8, a header row, one row per claim line: ``CSV_HEADER``) to ``path``;
    returns the number of lines written. The file is written only after the batch was read in full."""
    ctx.require(Group.BILLING, Group.ADMIN, action=translate("billing", "export claim batches"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        detail = batch_detail_of(_repo(uow), batch_id)
    rows = [(detail.batch.payer_name, str(detail.batch.id), str(claim.id), claim.invoice_number, claim.patient_name,
             claim.mrn, claim.member_number, line.service_date.isoformat(), line.fee_code or "", line.description,
             f"{line.insurer_amount:.2f}")
            for claim in detail.claims for line in claim.lines]
    try:
        with Path(path).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_HEADER)
            writer.writerows(rows)
    except OSError as error:
        raise Conflict(translate("billing", "The file could not be written ({strerror}). Choose another "
                                            "folder.").format(strerror=error.strerror or error)) \
            from None
    return len(rows)


# --- helpers ---


def batch_detail_of(repo: ClaimsRepository, batch_id: int) -> BatchDetailDTO:
    head = repo.batch(batch_id)
    if head is None:
        raise NotFound(translate("billing", BATCH_GONE))
    return BatchDetailDTO(batch=_batch(head), claims=tuple(_with_lines(repo, repo.batch_claims(batch_id))))


def _with_lines(repo: ClaimsRepository, rows: Sequence[Any]) -> list[ClaimDTO]:
    lines: dict[int, list[ClaimLineDTO]] = {}
    for line in repo.claim_lines([row.id for row in rows]):
        lines.setdefault(line.claim_id, []).append(ClaimLineDTO(
            id=line.id, claim_id=line.claim_id, fee_code=line.fee_code, description=line.description,
            service_date=line.service_date, insurer_amount=line.insurer_amount, patient_amount=line.patient_amount,
            needs_preauth=line.needs_preauth, approved_amount=line.approved_amount,
            rejection_reason=line.rejection_reason))
    return [_claim(row, tuple(lines.get(row.id, ()))) for row in rows]


def _claim(row: Any, lines: tuple[ClaimLineDTO, ...] = ()) -> ClaimDTO:
    return ClaimDTO(
        id=row.id, invoice_id=row.invoice_id, invoice_number=row.invoice_number, patient_id=row.patient_id,
        patient_name=display_name(row.family_name, row.given_name), mrn=row.mrn, payer_id=row.payer_id,
        payer_name=row.payer_name, plan_name=row.plan_name, member_number=row.member_number,
        claim_date=row.claim_date, status=row.status, batch_id=row.batch_id, preauth_needed=row.preauth_needed,
        preauth_number=row.preauth_number, rejection_reason=row.rejection_reason,
        insurer_amount=row.insurer_amount, patient_amount=row.patient_amount, approved_amount=row.approved_amount,
        lines=lines)


def _batch(row: Any) -> BatchDTO:
    return BatchDTO(id=row.id, payer_id=row.payer_id, payer_name=row.payer_name, payer_code=row.payer_code,
                    status=row.status, claims=int(row.claims), insurer_amount=row.insurer_amount,
                    approved_amount=row.approved_amount, created_at=row.created_at,
                    submitted_at=row.submitted_at, settled_at=row.settled_at)
