"""Insurance use cases (issue 9, item 6): payers and plans (administrators, optimistic versions), patients'
policies (reception at registration, billing), the policy valid on a day, and a plan's rules for the billing
core to split an invoice with (``plan_rules``, inside the caller's unit of work).

One use case is one service call and one transaction; the GRANTs of migration 0017 are the real guard, the
``ctx.require`` checks only say clearly who may do what.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.exc import IntegrityError

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.insurance import (
    Category,
    Coverage,
    PayerDraft,
    PlanDraft,
    PlanRules,
    PolicyDraft,
    validate_payer,
    validate_plan,
    validate_policy,
)
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors

STALE = (QT_TRANSLATE_NOOP(
    "billing", "Someone else changed this {what} while you were editing it. Reload it and try again; your changes "
         "were not saved."))
PAYER_GONE = QT_TRANSLATE_NOOP("billing", "This insurer no longer exists.")
PLAN_GONE = QT_TRANSLATE_NOOP("billing", "This insurance plan no longer exists.")
POLICY_GONE = QT_TRANSLATE_NOOP("billing", "This insurance policy no longer exists.")
PLAN_CLOSED = QT_TRANSLATE_NOOP("billing", "This plan no longer takes new members. Choose another.")


@dataclass(frozen=True, slots=True)
class PayerDTO:
    id: int
    code: str
    name: str
    contact: str
    active: bool
    version: int


@dataclass(frozen=True, slots=True)
class PlanDTO:
    id: int
    payer_id: int
    payer_code: str
    payer_name: str
    name: str
    active: bool
    version: int
    rules: PlanRules


@dataclass(frozen=True, slots=True)
class PlanChoice:
    """A plan as registration offers it: the names only (reception does not read coverage)."""

    id: int
    payer_id: int
    payer_name: str
    name: str


@dataclass(frozen=True, slots=True)
class PolicyDTO:
    id: int
    patient_id: int
    plan_id: int
    plan_name: str
    payer_id: int
    payer_name: str
    member_number: str
    valid_from: date
    valid_to: date | None
    patient_insurance_id: int | None
    plan_active: bool
    version: int


def _payer(row: Any) -> PayerDTO:
    return PayerDTO(id=row.id, code=row.code, name=row.name, contact=row.contact, active=row.active,
                    version=row.version)


def _policy(row: Any) -> PolicyDTO:
    return PolicyDTO(id=row.id, patient_id=row.patient_id, plan_id=row.plan_id, plan_name=row.plan_name,
                     payer_id=row.payer_id, payer_name=row.payer_name, member_number=row.member_number,
                     valid_from=row.valid_from, valid_to=row.valid_to, patient_insurance_id=row.patient_insurance_id,
                     plan_active=bool(row.plan_active), version=row.version)


def _rules(plan: Any, coverage: Any, exclusions: Any) -> PlanRules:
    return PlanRules(
        coverage={Category(c.category): Coverage(percent=Decimal(c.percent), preauth_required=c.preauth_required)
                  for c in coverage},
        excluded_fee_codes=frozenset(e.fee_code for e in exclusions),
        copay_per_invoice=Decimal(plan.copay_per_invoice),
        annual_limit=None if plan.annual_limit is None else Decimal(plan.annual_limit))


def _plans(uow: UnitOfWork, rows: Any) -> tuple[PlanDTO, ...]:
    ids = [row.id for row in rows]
    coverage: dict[int, list[Any]] = {}
    exclusions: dict[int, list[Any]] = {}
    if ids:
        for c in uow.insurance.coverage(ids):
            coverage.setdefault(c.plan_id, []).append(c)
        for e in uow.insurance.exclusions(ids):
            exclusions.setdefault(e.plan_id, []).append(e)
    return tuple(PlanDTO(id=row.id, payer_id=row.payer_id, payer_code=row.payer_code, payer_name=row.payer_name,
                         name=row.name, active=row.active, version=row.version,
                         rules=_rules(row, coverage.get(row.id, ()), exclusions.get(row.id, ())))
                 for row in rows)


@contextlib.contextmanager
def _integrity(messages: Mapping[str, str]) -> Iterator[None]:
    """The database's constraints say what is wrong in the user's words (SQLSTATE -> message)."""
    try:
        yield
    except IntegrityError as error:
        state = getattr(error.orig, "sqlstate", None)
        if isinstance(state, str) and state in messages:
            raise Conflict(messages[state]) from error
        raise


# --- payers ---


def list_payers(ctx: ServiceContext, *, active_only: bool = False) -> tuple[PayerDTO, ...]:
    ctx.require(Group.ADMIN, Group.BILLING, Group.RECEPTION, action=translate("billing", "read the insurers"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_payer(row) for row in uow.insurance.payers(active_only=active_only))


def create_payer(ctx: ServiceContext, draft: PayerDraft) -> PayerDTO:
    ctx.require(Group.ADMIN, action=translate("billing", "add an insurer"))
    with user_facing_errors():
        clean = validate_payer(draft)
        with ctx.uow() as uow, _integrity({"23505": translate("billing", "An insurer with the code {code} already "
                                                                         "exists.").format(code=clean.code)}):
            row = uow.insurance.insert_payer(code=clean.code, name=clean.name, contact=clean.contact,
                                             active=clean.active)
            uow.commit()
    return _payer(row)


def update_payer(ctx: ServiceContext, payer_id: int, version: int, draft: PayerDraft) -> PayerDTO:
    ctx.require(Group.ADMIN, action=translate("billing", "change an insurer"))
    with user_facing_errors():
        clean = validate_payer(draft)
        with ctx.uow() as uow, _integrity({"23505": translate("billing", "An insurer with the code {code} already "
                                                                         "exists.").format(code=clean.code)}):
            row = uow.insurance.update_payer(payer_id, version, code=clean.code, name=clean.name,
                                             contact=clean.contact, active=clean.active)
            if row is None:
                if uow.insurance.payer(payer_id) is None:
                    raise NotFound(translate("billing", PAYER_GONE))
                raise Conflict(translate("billing", STALE).format(what=translate("billing", "insurer")))
            uow.commit()
    return _payer(row)


# --- plans ---


def list_plans(ctx: ServiceContext, *, payer_id: int | None = None, active_only: bool = False) -> tuple[PlanDTO, ...]:
    """Plans with their rules, by payer and name."""
    ctx.require(Group.ADMIN, Group.BILLING, action=translate("billing", "read insurance plans"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return _plans(uow, uow.insurance.plans(payer_id=payer_id, active_only=active_only))


def plan_choices(ctx: ServiceContext) -> tuple[PlanChoice, ...]:
    """The active plans of active payers, for choosing one at registration."""
    ctx.require(Group.RECEPTION, Group.BILLING, Group.ADMIN, action=translate("billing", "choose an insurance plan"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(PlanChoice(id=row.id, payer_id=row.payer_id, payer_name=row.payer_name, name=row.name)
                     for row in uow.insurance.plans(active_only=True))


def get_plan(ctx: ServiceContext, plan_id: int) -> PlanDTO:
    ctx.require(Group.ADMIN, Group.BILLING, action=translate("billing", "read insurance plans"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        row = uow.insurance.plan(plan_id)
        if row is None:
            raise NotFound(translate("billing", PLAN_GONE))
        return _plans(uow, [row])[0]


def _plan_conflicts(clean: PlanDraft) -> dict[str, str]:
    return {"23505": translate("billing", "This insurer already has a plan named {name}.").format(name=clean.name),
            "23503": translate("billing", "This insurer no longer exists.")}


def _coverage_rows(clean: PlanDraft) -> list[tuple[str, Decimal, bool]]:
    return [(category.value, rule.percent, rule.preauth_required) for category, rule in clean.coverage.items()]


def create_plan(ctx: ServiceContext, draft: PlanDraft) -> PlanDTO:
    ctx.require(Group.ADMIN, action=translate("billing", "add an insurance plan"))
    with user_facing_errors():
        clean = validate_plan(draft)
        with ctx.uow() as uow, _integrity(_plan_conflicts(clean)):
            plan_id = uow.insurance.insert_plan(payer_id=clean.payer_id, name=clean.name,
                                                copay_per_invoice=clean.copay_per_invoice,
                                                annual_limit=clean.annual_limit, active=clean.active)
            uow.insurance.replace_rules(plan_id, _coverage_rows(clean), sorted(clean.excluded_fee_codes))
            row = uow.insurance.plan(plan_id)
            created = _plans(uow, [row])[0]
            uow.commit()
    return created


def update_plan(ctx: ServiceContext, plan_id: int, version: int, draft: PlanDraft) -> PlanDTO:
    """The plan and its rules change together: coverage and exclusions become exactly the draft's."""
    ctx.require(Group.ADMIN, action=translate("billing", "change an insurance plan"))
    with user_facing_errors():
        clean = validate_plan(draft)
        with ctx.uow() as uow, _integrity(_plan_conflicts(clean)):
            if not uow.insurance.update_plan(plan_id, version, payer_id=clean.payer_id, name=clean.name,
                                             copay_per_invoice=clean.copay_per_invoice,
                                             annual_limit=clean.annual_limit, active=clean.active):
                if uow.insurance.plan(plan_id) is None:
                    raise NotFound(translate("billing", PLAN_GONE))
                raise Conflict(translate("billing", STALE).format(what=translate("billing", "plan")))
            uow.insurance.replace_rules(plan_id, _coverage_rows(clean), sorted(clean.excluded_fee_codes))
            updated = _plans(uow, [uow.insurance.plan(plan_id)])[0]
            uow.commit()
    return updated


def plan_rules(uow: UnitOfWork, plan_id: int) -> PlanRules:
    """The domain's rules of a plan, read in the caller's transaction (the billing core splits an invoice with
    them when it issues it: ``domain.insurance.split``)."""
    row = uow.insurance.plan(plan_id)
    if row is None:
        raise NotFound(translate("billing", PLAN_GONE))
    return _rules(row, uow.insurance.coverage([plan_id]), uow.insurance.exclusions([plan_id]))


# --- patient policies ---

_POLICY_CONFLICTS = {
    "23P01": QT_TRANSLATE_NOOP("billing", "This patient already has a policy on this plan for some of these dates. "
                                          "Change the dates of the existing policy instead."),
    "23503": QT_TRANSLATE_NOOP("billing", "The plan, the patient or the registration's insurance reference no "
                                          "longer exists (or the reference is another patient's)."),
}


def _policy_conflicts() -> dict[str, str]:
    """``_POLICY_CONFLICTS`` in the workstation's language (its texts are marked, translated when needed)."""
    return {state: translate("billing", message) for state, message in _POLICY_CONFLICTS.items()}


def patient_policies(ctx: ServiceContext, patient_id: int) -> tuple[PolicyDTO, ...]:
    """A patient's policies, newest first."""
    ctx.require(Group.RECEPTION, Group.BILLING, Group.ADMIN, action=translate("billing", "read insurance policies"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_policy(row) for row in uow.insurance.policies(patient_id))


def add_policy(ctx: ServiceContext, draft: PolicyDraft) -> PolicyDTO:
    """Reception at registration, or billing: the plan must be active (a closed plan takes no new members)."""
    ctx.require(Group.RECEPTION, Group.BILLING, action=translate("billing", "add an insurance policy"))
    with user_facing_errors():
        clean = validate_policy(draft)
        with ctx.uow() as uow, _integrity(_policy_conflicts()):
            row = _insert_policy(uow, clean)
            uow.commit()
    return _policy(row)


def plan_refusal(uow: UnitOfWork, plan_id: int) -> str | None:
    """Why a new policy cannot join ``plan_id`` (the plan is gone, or it or its insurer is closed), or None."""
    plan = uow.insurance.plan(plan_id)
    if plan is None:
        return translate("billing", PLAN_GONE)
    if not (plan.active and plan.payer_active):
        return translate("billing", PLAN_CLOSED)
    return None


def _insert_policy(uow: UnitOfWork, clean: PolicyDraft) -> Any:
    if (refusal := plan_refusal(uow, clean.plan_id)) is not None:
        raise ValidationFailed({"plan_id": refusal})
    policy_id = uow.insurance.insert_policy(
        patient_id=clean.patient_id, plan_id=clean.plan_id, member_number=clean.member_number,
        valid_from=clean.valid_from, valid_to=clean.valid_to, patient_insurance_id=clean.patient_insurance_id)
    return uow.insurance.policy(policy_id)


def link_registration_policy(ctx: ServiceContext, draft: PolicyDraft) -> PolicyDTO:
    """Registration's "Link to plan" (billadmin, issue 9 item 4): the policy of the insurance reference the form
    saved, added once. Saving the form again with the same plan, reference, member number and dates returns the
    policy already there instead of an overlap; anything else is ``add_policy`` (an overlap is refused in
    words)."""
    ctx.require(Group.RECEPTION, Group.BILLING, action=translate("billing", "add an insurance policy"))
    with user_facing_errors():
        clean = validate_policy(draft)
        with ctx.uow() as uow:
            policy = write_registration_policy(uow, clean)
            uow.commit()
    return policy


def write_registration_policy(uow: UnitOfWork, clean: PolicyDraft) -> PolicyDTO:
    """``link_registration_policy`` inside the caller's transaction (the patient form's one Save:
    ``patients.save_registration``), for a draft ``validate_policy`` cleaned and a caller allowed to add
    policies. The same policy already there is returned; a closed or vanished plan raises ValidationFailed
    ("plan_id"), an overlap or a reference that is not the patient's a Conflict in words. After a refusal
    the transaction is spoilt: the caller lets it roll back."""
    with _integrity(_policy_conflicts()):
        same = next((row for row in uow.insurance.policies(clean.patient_id)
                     if (row.plan_id, row.patient_insurance_id, row.member_number, row.valid_from, row.valid_to)
                     == (clean.plan_id, clean.patient_insurance_id, clean.member_number, clean.valid_from,
                         clean.valid_to)), None)
        row = same if same is not None else _insert_policy(uow, clean)
    return _policy(row)


def update_policy(ctx: ServiceContext, policy_id: int, version: int, draft: PolicyDraft) -> PolicyDTO:
    """Billing corrects a policy (plan, member number, dates); the patient stays the policy's."""
    ctx.require(Group.BILLING, action=translate("billing", "change an insurance policy"))
    with user_facing_errors():
        clean = validate_policy(draft)
        with ctx.uow() as uow, _integrity(_policy_conflicts()):
            owner = uow.insurance.policy_patient(policy_id)
            if owner is None:
                raise NotFound(translate("billing", POLICY_GONE))
            if owner != clean.patient_id:
                raise ValidationFailed({"patient_id": translate("billing", "A policy stays with its patient: add a new "
                                                                           "one instead.")})
            if not uow.insurance.update_policy(policy_id, version, plan_id=clean.plan_id,
                                               member_number=clean.member_number, valid_from=clean.valid_from,
                                               valid_to=clean.valid_to,
                                               patient_insurance_id=clean.patient_insurance_id):
                raise Conflict(translate("billing", STALE).format(what=translate("billing", "policy")))
            row = uow.insurance.policy(policy_id)
            uow.commit()
    return _policy(row)


def active_policy(ctx: ServiceContext, patient_id: int, on_date: date) -> PolicyDTO | None:
    """The policy valid on ``on_date`` (both ends inclusive) of an active plan and payer, or None."""
    ctx.require(Group.RECEPTION, Group.BILLING, Group.ADMIN, action=translate("billing", "read insurance policies"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        row = uow.insurance.active_policy(patient_id, on_date)
    return None if row is None else _policy(row)
