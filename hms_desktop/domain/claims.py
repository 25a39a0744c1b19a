"""Insurance claims: what an insurer still owes on an invoice, what the patient owes, and what a remittance
decides (issue 9, item 6; migration 0021). Pure: no database, no Qt; money is ``Decimal`` in cents.

A claim is made when an invoice of an insured patient is issued: one ``claim`` per invoice, one ``claim_line``
per invoice line with the insurer's share of it (``domain.insurance.split``). The claim then moves through

    draft -> submitted -> approved -> paid
                       -> partly approved | rejected | paid

(``TRANSITIONS``; the database's ``hms_claim_guard`` enforces the same list). A batch groups one payer's
claims and moves the same way, its outcome taken from its claims' (``batch_outcome``).

Money rules, in one place:

* **Still expected from the insurer** (``insurer_expected``): the whole insurer share while the claim is a
  draft, submitted or approved (nothing paid yet); nothing once a remittance settled it, because what the
  insurer paid is then a payment and what it rejected has become the patient's.
* **What the patient owes on an invoice** (``patient_settlement``): the amount due (total - credit notes)
  less every payment (the insurer's included) less what the insurer is still expected to pay. A rejected
  amount therefore moves to the patient by construction: it stops being expected and is never paid.
  Credit notes reduce the patient's part (a correction after issue is the patient's, the claim keeps the
  split made at issue).
* **Counted against the annual limit** (``counted_against_limit``): what the insurer pays on a claim, that
  is its share until a remittance says otherwise, then the approved amount (rejected amounts are not used).
* **A remittance line** (``check_remittance_line``): an approved amount from 0 to the insurer's share, in
  cents; anything not approved needs a reason. A claim's outcome (``claim_outcome``): all of it approved is
  paid, none of it rejected, otherwise partly approved.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from hms_desktop.domain.billing import ZERO, Settlement, settlement, to_cents
from hms_desktop.domain.errors import ValidationError
from hms_desktop.i18n import translate

MAX_REASON = 300
MAX_PREAUTH = 60


class ClaimStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    PARTLY_APPROVED = "partly approved"
    REJECTED = "rejected"
    PAID = "paid"


S = ClaimStatus
TRANSITIONS: Mapping[ClaimStatus, frozenset[ClaimStatus]] = {
    S.DRAFT: frozenset({S.SUBMITTED}),
    S.SUBMITTED: frozenset({S.APPROVED, S.PARTLY_APPROVED, S.REJECTED, S.PAID}),
    S.APPROVED: frozenset({S.PAID}),
    S.PARTLY_APPROVED: frozenset(),
    S.REJECTED: frozenset(),
    S.PAID: frozenset(),
}
# Statuses in which the insurer has not settled the claim yet: its share is still expected.
OPEN = frozenset({S.DRAFT, S.SUBMITTED, S.APPROVED})


def may_move(old: ClaimStatus | str, new: ClaimStatus | str) -> bool:
    return ClaimStatus(new) in TRANSITIONS[ClaimStatus(old)]


def insurer_expected(status: ClaimStatus | str, insurer_amount: Decimal) -> Decimal:
    """What the insurer is still expected to pay on a claim (module docstring)."""
    return insurer_amount if ClaimStatus(status) in OPEN else ZERO


def counted_against_limit(insurer_amount: Decimal, approved_amount: Decimal | None) -> Decimal:
    """What a claim line uses of the plan's annual limit: the share claimed, or what was approved of it."""
    return insurer_amount if approved_amount is None else approved_amount


def patient_settlement(total: Decimal, credited: Decimal, paid: Decimal, expected: Decimal) -> Settlement:
    """The invoice's settlement as the patient sees it: the insurer's expected share is not the patient's to
    pay, so it is taken off the amount due before the payment status is decided (``domain.billing``)."""
    return settlement(total - expected, credited, paid)


@dataclass(frozen=True, slots=True)
class RemittanceLine:
    """What the insurer decided on one claim line: the amount it pays and, for the rest, why not."""

    claim_line_id: int
    approved: Decimal
    reason: str = ""


def check_remittance_line(insurer_amount: Decimal, line: RemittanceLine, label: str) -> RemittanceLine:
    """The line cleaned (reason's spaces folded), or a ValidationError in the clerk's words."""
    reason = " ".join(line.reason.split())
    approved = line.approved
    if not approved.is_finite() or approved < 0 or approved != to_cents(approved):
        raise ValidationError({"approved": translate("billing", "{label}: enter the approved amount in cents, zero or "
                                                                "more.").format(label=label)})
    if approved > insurer_amount:
        raise ValidationError({"approved": translate("billing", "{label}: the insurer was asked for {insurer_amount}; "
                                                                "it cannot approve more.").format(
                                               label=label, insurer_amount=insurer_amount)})
    if approved < insurer_amount and not reason:
        raise ValidationError({"reason": translate("billing", "{label}: say why the insurer did not pay all "
                                                              "of it.").format(label=label)})
    if len(reason) > MAX_REASON:
        raise ValidationError({"reason": translate("billing", "{label}: the reason is too long (at most {limit} "
                                                              "characters).").format(label=label, limit=MAX_REASON)})
    return RemittanceLine(claim_line_id=line.claim_line_id, approved=approved,
                          reason=reason if approved < insurer_amount else "")


def claim_outcome(claimed: Decimal, approved: Decimal) -> ClaimStatus:
    """A settled claim's status: all approved is paid, nothing approved is rejected, else partly approved."""
    if approved == claimed:
        return S.PAID
    if approved == 0:
        return S.REJECTED
    return S.PARTLY_APPROVED


def batch_outcome(statuses: Iterable[ClaimStatus | str]) -> ClaimStatus:
    """A remitted batch's status from its claims': paid if every claim was, rejected if every one was,
    otherwise partly approved."""
    found = {ClaimStatus(status) for status in statuses}
    if not found:
        raise ValueError("a batch without claims has no outcome")
    if found == {S.PAID}:
        return S.PAID
    if found == {S.REJECTED}:
        return S.REJECTED
    return S.PARTLY_APPROVED


def clean_preauth(number: str) -> str:
    cleaned = " ".join(number.split())
    if not cleaned:
        raise ValidationError({"preauth_number": translate("billing", "Enter the insurer's authorisation number.")})
    if len(cleaned) > MAX_PREAUTH:
        raise ValidationError({"preauth_number": translate("billing", "The authorisation number is too long (at most "
                                                                      "{limit} characters).").format(
                                                     limit=MAX_PREAUTH)})
    return cleaned
