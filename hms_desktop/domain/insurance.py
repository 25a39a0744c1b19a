"""Insurance rules and the split of a bill between the patient and the insurer (issue 9, item 6). Pure: no
database, no Qt; money is ``Decimal`` in cents.

A plan says, per service category, what percentage of a line the insurer covers and whether the category
needs the insurer's pre-authorisation; which fee codes it excludes; a co-payment; and an annual limit.

The split (``split``), in this order, each step exact in cents:

1. **Coverage per line.** An excluded fee code, or a category the plan does not list, is covered at 0 %: the
   patient pays the whole line. Otherwise the insurer's share is ``line total x percent / 100`` rounded to the
   cent half-up (``to_cents``); the patient's share is the rest of the line, so the two add up to the line's
   total by construction (no cent lost or invented).
2. **Co-payment per invoice** (decided here: per invoice, not per line). A plan's co-payment is a fixed
   amount the patient pays on each invoice that has covered lines; it is taken from the insurer's shares in
   line order (first covered line first) until it is used up, and never exceeds what the insurer would have
   paid (a co-payment on a bill the insurer covers nothing of would charge the patient twice). Per invoice
   because the co-payment of a visit is one fee at the desk whatever the number of tests, and a per-line
   co-payment would make the patient's share depend on how the clerk split items into lines.
3. **Annual limit.** What the insurer still pays this year is ``annual_limit - used_this_year`` (never below
   0). Insurer shares are kept in line order until that remaining amount is reached; the line that crosses it
   is cut to what remains, and later lines go to the patient. No limit (``None``) means unlimited.

Pre-authorisation does not change the amounts: the split marks the lines whose category needs it
(``LineShare.needs_preauth``), and the billing core holds their claim until the authorisation is recorded.
The split is deterministic: the same lines in the same order always give the same shares.

The rounding rule is per line, half-up to the cent (the one rule of issue 9, item 3); ``to_cents`` applies it
here so this module stays usable without the billing core.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from hms_desktop.domain.billing import CENT, to_cents  # the one rounding rule (domain/billing.py)
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.wording import field_named
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

HUNDRED = Decimal(100)
ZERO = Decimal("0.00")
MAX_MONEY = Decimal("9999999999.99")  # NUMERIC(12,2)

MAX_PAYER_NAME = 200
MAX_PAYER_CODE = 20
MAX_CONTACT = 300
MAX_PLAN_NAME = 200
MAX_FEE_CODE = 40  # charge.fee_code
MAX_MEMBER_NUMBER = 60  # patient_insurance.member_number


class Category(StrEnum):
    """Service categories of the fee schedule (issue 9, item 1); the database checks the same list."""

    CONSULTATION = "consultation"
    PROCEDURE = "procedure"
    LAB = "lab"
    DRUG = "drug"
    BED_DAY = "bed_day"
    OTHER = "other"


CATEGORY_LABELS: Mapping[Category, str] = {
    Category.CONSULTATION: QT_TRANSLATE_NOOP("domain", "Consultation"),
    Category.PROCEDURE: QT_TRANSLATE_NOOP("domain", "Procedure"),
    Category.LAB: QT_TRANSLATE_NOOP("domain", "Laboratory"),
    Category.DRUG: QT_TRANSLATE_NOOP("domain", "Drug"),
    Category.BED_DAY: QT_TRANSLATE_NOOP("domain", "Bed day"),
    Category.OTHER: QT_TRANSLATE_NOOP("domain", "Other"),
}


@dataclass(frozen=True, slots=True)
class Coverage:
    """One category of a plan: the insurer's percentage (0-100) and whether it needs pre-authorisation."""

    percent: Decimal
    preauth_required: bool = False


@dataclass(frozen=True, slots=True)
class PlanRules:
    """What a plan pays. ``coverage`` lists the covered categories (a missing one is covered at 0 %);
    ``excluded_fee_codes`` are fee codes the plan never pays (upper case); ``copay_per_invoice`` is the fixed
    amount the patient pays per invoice; ``annual_limit`` is the most the insurer pays in a calendar year
    (``None``: no limit)."""

    coverage: Mapping[Category, Coverage] = field(default_factory=dict)
    excluded_fee_codes: frozenset[str] = frozenset()
    copay_per_invoice: Decimal = ZERO
    annual_limit: Decimal | None = None

    def percent_for(self, category: Category, fee_code: str) -> Decimal:
        if fee_code.strip().upper() in self.excluded_fee_codes:
            return ZERO
        found = self.coverage.get(category)
        return found.percent if found is not None else ZERO

    def needs_preauth(self, category: Category, fee_code: str) -> bool:
        found = self.coverage.get(category)
        return (found is not None and found.preauth_required
                and fee_code.strip().upper() not in self.excluded_fee_codes)


@dataclass(frozen=True, slots=True)
class BillLine:
    """A line to split: its fee code, category and total (after any discount, already in cents, >= 0)."""

    fee_code: str
    category: Category
    total: Decimal


@dataclass(frozen=True, slots=True)
class LineShare:
    line: BillLine
    patient: Decimal
    insurer: Decimal
    excluded: bool
    needs_preauth: bool


@dataclass(frozen=True, slots=True)
class Split:
    lines: tuple[LineShare, ...]
    patient_total: Decimal
    insurer_total: Decimal
    copay_applied: Decimal      # the part of the patient's total that is the co-payment
    limit_remaining: Decimal | None  # what the insurer could still pay this year before this bill

    @property
    def total(self) -> Decimal:
        return self.patient_total + self.insurer_total


def _check_money(value: Decimal, what: str) -> None:
    if not value.is_finite() or value < 0 or value != to_cents(value) or value > MAX_MONEY:
        raise ValueError(f"{what} must be a non-negative amount in cents, got {value!r}")


def split(lines: Sequence[BillLine], plan: PlanRules, used_this_year: Decimal = ZERO) -> Split:
    """Split each line into the patient's and the insurer's share (rules in the module docstring)."""
    _check_money(used_this_year, "used_this_year")
    for line in lines:
        _check_money(line.total, "A line total")
    insurer = [to_cents(line.total * plan.percent_for(line.category, line.fee_code) / HUNDRED) for line in lines]

    copay_left = min(plan.copay_per_invoice, sum(insurer, ZERO))
    copay_applied = copay_left
    for i, share in enumerate(insurer):
        if copay_left <= 0:
            break
        taken = min(share, copay_left)
        insurer[i] = share - taken
        copay_left -= taken

    remaining: Decimal | None = None
    if plan.annual_limit is not None:
        remaining = max(ZERO, plan.annual_limit - used_this_year)
        left = remaining
        for i, share in enumerate(insurer):
            insurer[i] = min(share, left)
            left -= insurer[i]

    shares = tuple(
        LineShare(line=line, patient=line.total - paid, insurer=paid,
                  excluded=line.fee_code.strip().upper() in plan.excluded_fee_codes,
                  needs_preauth=plan.needs_preauth(line.category, line.fee_code))
        for line, paid in zip(lines, insurer, strict=True))
    return Split(lines=shares, patient_total=sum((s.patient for s in shares), ZERO),
                 insurer_total=sum((s.insurer for s in shares), ZERO), copay_applied=copay_applied,
                 limit_remaining=remaining)


# --- drafts an administrator or clerk types, validated here (messages in the user's words) ---


@dataclass(frozen=True, slots=True)
class PayerDraft:
    code: str
    name: str
    contact: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class PlanDraft:
    payer_id: int
    name: str
    coverage: Mapping[Category, Coverage] = field(default_factory=dict)
    excluded_fee_codes: frozenset[str] = frozenset()
    copay_per_invoice: Decimal = ZERO
    annual_limit: Decimal | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class PolicyDraft:
    """A patient's policy: which plan, the member number on the card, and when it is valid (``valid_to``
    inclusive, ``None``: open-ended). ``patient_insurance_id`` is the insurance reference registration stored
    (``patient_insurance``), when the policy resolves one to a plan."""

    patient_id: int
    plan_id: int
    member_number: str
    valid_from: date
    valid_to: date | None = None
    patient_insurance_id: int | None = None


def _text(value: str, key: str, label: str, limit: int, problems: dict[str, str], *, required: bool = True) -> str:
    cleaned = " ".join(value.split())
    if required and not cleaned:
        problems[key] = translate("billing", "{label}: required.").format(label=field_named(label))
    elif len(cleaned) > limit:
        problems[key] = translate("billing", "{label}: too long (at most {limit} characters).").format(
                            label=field_named(label), limit=limit)
    return cleaned


def validate_payer(draft: PayerDraft) -> PayerDraft:
    problems: dict[str, str] = {}
    name = _text(draft.name, "name", translate("billing", "insurer's name"), MAX_PAYER_NAME, problems)
    code = _text(draft.code, "code", translate("billing", "insurer's code"), MAX_PAYER_CODE, problems).upper()
    if code and not all(c.isalnum() or c in "-_" for c in code):
        problems["code"] = translate("billing", "The insurer's code may contain only letters, digits, '-' and '_'.")
    contact = _text(draft.contact, "contact", translate("billing", "contact"), MAX_CONTACT, problems, required=False)
    if problems:
        raise ValidationError(problems)
    return PayerDraft(code=code, name=name, contact=contact, active=draft.active)


def _money(value: Decimal | None, key: str, label: str, problems: dict[str, str]) -> None:
    if value is None:
        return
    if not value.is_finite() or value < 0:
        problems[key] = translate("billing", "{label}: cannot be negative.").format(label=field_named(label))
    elif value != to_cents(value):
        problems[key] = translate("billing", "{label}: two decimals at most (cents).").format(label=field_named(label))
    elif value > MAX_MONEY:
        problems[key] = translate("billing", "{label}: too large.").format(label=field_named(label))


def normalise_fee_codes(codes: Iterable[str]) -> frozenset[str]:
    return frozenset(code.strip().upper() for code in codes if code.strip())


def validate_plan(draft: PlanDraft) -> PlanDraft:
    problems: dict[str, str] = {}
    name = _text(draft.name, "name", translate("billing", "plan's name"), MAX_PLAN_NAME, problems)
    coverage: dict[Category, Coverage] = {}
    for category, rule in draft.coverage.items():
        try:
            known = Category(category)
        except ValueError:
            problems["coverage"] = translate("billing", "Unknown service category: {category}.").format(
                                       category=category)
            continue
        if not rule.percent.is_finite() or not ZERO <= rule.percent <= HUNDRED:
            problems[f"coverage.{known.value}"] = (
                translate("billing", "The coverage of {value} is a percentage from 0 to 100.").format(
                    value=translate("domain", CATEGORY_LABELS[known]).lower()))
        elif rule.percent != rule.percent.quantize(CENT):
            problems[f"coverage.{known.value}"] = translate("billing", "A coverage percentage has at most two "
                                                                       "decimals.")
        coverage[known] = rule
    codes = normalise_fee_codes(draft.excluded_fee_codes)
    too_long = sorted(code for code in codes if len(code) > MAX_FEE_CODE)
    if too_long:
        problems["excluded_fee_codes"] = translate("billing", "A fee code has at most {limit} characters: "
                                                              "{value}.").format(limit=MAX_FEE_CODE, value=too_long[0])
    _money(draft.copay_per_invoice, "copay_per_invoice", translate("billing", "co-payment"), problems)
    _money(draft.annual_limit, "annual_limit", translate("billing", "annual limit"), problems)
    if draft.annual_limit is not None and "annual_limit" not in problems and draft.annual_limit == 0:
        problems["annual_limit"] = translate("billing", "An annual limit of 0 pays nothing: leave it empty for no "
                                                        "limit, or enter it.")
    if problems:
        raise ValidationError(problems)
    return PlanDraft(payer_id=draft.payer_id, name=name, coverage=coverage, excluded_fee_codes=codes,
                     copay_per_invoice=draft.copay_per_invoice, annual_limit=draft.annual_limit,
                     active=draft.active)


def validate_policy(draft: PolicyDraft) -> PolicyDraft:
    problems: dict[str, str] = {}
    member = _text(draft.member_number, "member_number", translate("billing", "member number"), MAX_MEMBER_NUMBER,
                   problems)
    if draft.valid_to is not None and draft.valid_to < draft.valid_from:
        problems["valid_to"] = translate("billing", "The policy cannot end before it starts — check the dates.")
    if problems:
        raise ValidationError(problems)
    return PolicyDraft(patient_id=draft.patient_id, plan_id=draft.plan_id, member_number=member,
                       valid_from=draft.valid_from, valid_to=draft.valid_to,
                       patient_insurance_id=draft.patient_insurance_id)


def policy_valid_on(valid_from: date, valid_to: date | None, on: date) -> bool:
    """Both ends inclusive; an open end never expires."""
    return valid_from <= on and (valid_to is None or on <= valid_to)
