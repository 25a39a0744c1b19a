"""Insurance use cases on a real database (issue 9, item 6): payers and plans edited by administrators with
optimistic versions, patient policies at registration and in billing, the policy valid on a day (both ends
inclusive), the plan's rules for the billing core, database-set authors and the audit trail, and the demo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from factories import new_patient, new_patients
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from hms_desktop.domain.insurance import BillLine, Category, Coverage, PayerDraft, PlanDraft, PolicyDraft, split
from hms_desktop.domain.staff import Group
from hms_desktop.services import insurance
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.demo_insurance import add_demo_insurance
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed

D = Decimal
STANDARD = {Category.CONSULTATION: Coverage(D(80)), Category.LAB: Coverage(D("75.5")),
            Category.PROCEDURE: Coverage(D(70), preauth_required=True)}


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def desk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture(scope="module")
def doctor(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.DOCTOR)


@pytest.fixture(scope="module")
def payer(admin) -> insurance.PayerDTO:
    return insurance.create_payer(admin, PayerDraft(code="acme", name="Acme Health", contact="claims@acme.example"))


@pytest.fixture(scope="module")
def plan(admin, payer) -> insurance.PlanDTO:
    return insurance.create_plan(admin, PlanDraft(
        payer_id=payer.id, name="Standard", coverage=STANDARD, excluded_fee_codes=frozenset({"proc-cosmetic"}),
        copay_per_invoice=D("10.00"), annual_limit=D("5000.00")))


def test_admin_creates_a_payer_and_the_database_says_who(database, admin, payer) -> None:
    assert (payer.code, payer.name, payer.active, payer.version) == ("ACME", "Acme Health", True, 1)
    with database.owner.engine.connect() as conn:
        author = conn.execute(text("SELECT created_by FROM insurance_payer WHERE id = :id"),
                              {"id": payer.id}).scalar_one()
        audited = conn.execute(text("SELECT after FROM audit_log WHERE table_name = 'insurance_payer' "
                                    "AND row_key = :id"), {"id": str(payer.id)}).scalar_one()
    assert author == admin.user.username
    assert "contact" not in audited and audited["code"] == "ACME"
    with pytest.raises(Conflict, match="ACME already exists"):
        insurance.create_payer(admin, PayerDraft(code="ACME", name="Another"))


def test_plan_rules_round_trip_and_feed_the_split(database, admin, plan) -> None:
    assert plan.rules.coverage == STANDARD
    assert plan.rules.excluded_fee_codes == frozenset({"PROC-COSMETIC"})
    assert (plan.rules.copay_per_invoice, plan.rules.annual_limit) == (D("10.00"), D("5000.00"))
    with admin.uow(read_only=True) as uow:
        rules = insurance.plan_rules(uow, plan.id)
    assert rules == plan.rules
    result = split([BillLine("CONS-GP", Category.CONSULTATION, D("50.00")),
                    BillLine("PROC-COSMETIC", Category.PROCEDURE, D("200.00"))], rules, D("4990.00"))
    # 40.00 covered, less the 10.00 co-payment, then only 10.00 of the year's limit is left.
    assert (result.insurer_total, result.patient_total) == (D("10.00"), D("240.00"))
    with admin.uow(read_only=True) as uow, pytest.raises(NotFound):
        insurance.plan_rules(uow, 987654)


def test_updating_a_plan_replaces_its_rules_and_a_stale_version_is_refused(admin, payer) -> None:
    created = insurance.create_plan(admin, PlanDraft(payer_id=payer.id, name="Gold", coverage=STANDARD))
    draft = PlanDraft(payer_id=payer.id, name="Gold Plus", coverage={Category.DRUG: Coverage(D(50))},
                      excluded_fee_codes=frozenset({"DRUG-X"}), annual_limit=None)
    updated = insurance.update_plan(admin, created.id, created.version, draft)
    assert updated.version == created.version + 1
    assert updated.name == "Gold Plus"
    assert updated.rules.coverage == {Category.DRUG: Coverage(D(50))}
    assert updated.rules.excluded_fee_codes == frozenset({"DRUG-X"})
    with pytest.raises(Conflict, match="Someone else changed this plan"):
        insurance.update_plan(admin, created.id, created.version, replace(draft, name="Lost update"))
    assert insurance.get_plan(admin, created.id).name == "Gold Plus"
    with pytest.raises(NotFound):
        insurance.update_plan(admin, 987654, 1, draft)
    with pytest.raises(Conflict, match="already has a plan named Standard"):
        insurance.create_plan(admin, PlanDraft(payer_id=payer.id, name="Standard"))


def test_payer_versions_are_optimistic(admin) -> None:
    created = insurance.create_payer(admin, PayerDraft(code="OPT", name="Optimistic"))
    first = insurance.update_payer(admin, created.id, created.version, PayerDraft(code="OPT", name="Optimistic Ltd"))
    assert first.version == 2
    with pytest.raises(Conflict, match="Someone else changed this insurer"):
        insurance.update_payer(admin, created.id, created.version, PayerDraft(code="OPT", name="Stale"))
    with pytest.raises(NotFound):
        insurance.update_payer(admin, 987654, 1, PayerDraft(code="OPT", name="Gone"))
    assert [p.name for p in insurance.list_payers(admin) if p.id == created.id] == ["Optimistic Ltd"]


def test_only_admins_edit_payers_and_plans(clerk, desk, doctor, payer, plan) -> None:
    for ctx in (clerk, desk, doctor):
        with pytest.raises(PermissionDenied):
            insurance.create_payer(ctx, PayerDraft(code="NOPE", name="Nope"))
        with pytest.raises(PermissionDenied):
            insurance.update_plan(ctx, plan.id, plan.version, PlanDraft(payer_id=payer.id, name="Nope"))
    assert plan.id in {p.id for p in insurance.list_plans(clerk)}
    assert plan.id in {c.id for c in insurance.plan_choices(desk)}
    with pytest.raises(PermissionDenied):
        insurance.list_plans(desk)  # reception chooses a plan by name; it does not read the coverage
    with pytest.raises(PermissionDenied):
        insurance.list_payers(doctor)


def test_reception_adds_a_policy_resolving_registrations_reference(database, desk, clerk, plan) -> None:
    patient = new_patient(database)
    with database.owner.engine.begin() as conn:
        reference = conn.execute(text("INSERT INTO patient_insurance (patient_id, payer, member_number) "
                                      "VALUES (:p, 'Acme', 'A-1') RETURNING id"), {"p": patient}).scalar_one()
    policy = insurance.add_policy(desk, PolicyDraft(patient_id=patient, plan_id=plan.id, member_number=" A-1 ",
                                                    valid_from=date(2031, 1, 1), valid_to=date(2031, 12, 31),
                                                    patient_insurance_id=reference))
    assert (policy.member_number, policy.payer_name, policy.plan_name) == ("A-1", "Acme Health", "Standard")
    assert policy.patient_insurance_id == reference
    assert insurance.patient_policies(clerk, patient) == (policy,)
    # Another patient's registration reference cannot be named (composite foreign key).
    other = new_patient(database)
    with pytest.raises(Conflict, match="another patient's"):
        insurance.add_policy(desk, PolicyDraft(patient_id=other, plan_id=plan.id, member_number="B-1",
                                               valid_from=date(2031, 1, 1), patient_insurance_id=reference))


def test_active_policy_on_a_day_with_inclusive_ends(database, desk, clerk, plan) -> None:
    patient = new_patient(database)
    old = insurance.add_policy(clerk, PolicyDraft(patient_id=patient, plan_id=plan.id, member_number="OLD",
                                                  valid_from=date(2030, 1, 1), valid_to=date(2030, 12, 31)))
    new = insurance.add_policy(clerk, PolicyDraft(patient_id=patient, plan_id=plan.id, member_number="NEW",
                                                  valid_from=date(2031, 1, 1)))
    assert insurance.active_policy(desk, patient, date(2029, 12, 31)) is None
    assert insurance.active_policy(desk, patient, date(2030, 1, 1)) == old
    assert insurance.active_policy(clerk, patient, date(2030, 12, 31)) == old
    assert insurance.active_policy(clerk, patient, date(2031, 1, 1)) == new
    assert insurance.active_policy(clerk, patient, date(2099, 6, 1)) == new


def test_policy_validity_is_checked_by_the_rules_and_by_the_database(database, clerk, plan) -> None:
    patient = new_patient(database)
    with pytest.raises(ValidationFailed, match="cannot end before it starts"):
        insurance.add_policy(clerk, PolicyDraft(patient_id=patient, plan_id=plan.id, member_number="X",
                                                valid_from=date(2031, 5, 1), valid_to=date(2031, 4, 1)))
    first = insurance.add_policy(clerk, PolicyDraft(patient_id=patient, plan_id=plan.id, member_number="X",
                                                    valid_from=date(2031, 5, 1), valid_to=date(2031, 5, 31)))
    with pytest.raises(Conflict, match="already has a policy on this plan"):
        insurance.add_policy(clerk, PolicyDraft(patient_id=patient, plan_id=plan.id, member_number="Y",
                                                valid_from=date(2031, 5, 31)))
    # The database refuses reversed dates from any client (ck_patient_policy_validity_ordered).
    with database.owner.engine.connect() as conn, pytest.raises(IntegrityError, match="validity_ordered"):
        conn.execute(text("INSERT INTO patient_policy (patient_id, plan_id, member_number, valid_from, valid_to) "
                          "VALUES (:p, :plan, 'Z', '2032-02-01', '2032-01-31')"), {"p": patient, "plan": plan.id})
    # The day after the end is free.
    insurance.add_policy(clerk, PolicyDraft(patient_id=patient, plan_id=plan.id, member_number="Y",
                                            valid_from=date(2031, 6, 1)))
    assert first.valid_to == date(2031, 5, 31)


def test_billing_updates_a_policy_with_its_version_and_reception_may_not(database, clerk, desk, plan) -> None:
    patient = new_patient(database)
    policy = insurance.add_policy(desk, PolicyDraft(patient_id=patient, plan_id=plan.id, member_number="M-1",
                                                    valid_from=date(2031, 1, 1)))
    draft = PolicyDraft(patient_id=patient, plan_id=plan.id, member_number="M-2", valid_from=date(2031, 1, 1),
                        valid_to=date(2031, 6, 30))
    with pytest.raises(PermissionDenied):
        insurance.update_policy(desk, policy.id, policy.version, draft)
    updated = insurance.update_policy(clerk, policy.id, policy.version, draft)
    assert (updated.member_number, updated.valid_to, updated.version) == ("M-2", date(2031, 6, 30), 2)
    with pytest.raises(Conflict, match="Someone else changed this policy"):
        insurance.update_policy(clerk, policy.id, policy.version, replace(draft, member_number="M-3"))
    with pytest.raises(ValidationFailed, match="stays with its patient"):
        insurance.update_policy(clerk, policy.id, updated.version, replace(draft, patient_id=new_patient(database)))
    with pytest.raises(NotFound):
        insurance.update_policy(clerk, 987654321, 1, draft)
    with database.owner.engine.connect() as conn:
        row = conn.execute(text("SELECT created_by, updated_by FROM patient_policy WHERE id = :id"),
                           {"id": policy.id}).one()
    assert tuple(row) == (desk.user.username, clerk.user.username)


def test_an_inactive_plan_takes_no_new_policy_and_is_not_active(database, admin, clerk, payer) -> None:
    closed = insurance.create_plan(admin, PlanDraft(payer_id=payer.id, name="Closing", coverage=STANDARD))
    patient = new_patient(database)
    policy = insurance.add_policy(clerk, PolicyDraft(patient_id=patient, plan_id=closed.id, member_number="C",
                                                     valid_from=date(2031, 1, 1)))
    insurance.update_plan(admin, closed.id, closed.version, PlanDraft(payer_id=payer.id, name="Closing",
                                                                      coverage=STANDARD, active=False))
    assert insurance.active_policy(clerk, patient, date(2031, 2, 1)) is None
    assert insurance.patient_policies(clerk, patient)[0].id == policy.id
    assert closed.id not in {c.id for c in insurance.plan_choices(clerk)}
    with pytest.raises(ValidationFailed, match="no longer takes new members"):
        insurance.add_policy(clerk, PolicyDraft(patient_id=new_patient(database), plan_id=closed.id,
                                                member_number="D", valid_from=date(2031, 1, 1)))


def test_doctors_have_no_insurance_use_case(doctor) -> None:
    with pytest.raises(PermissionDenied):
        insurance.active_policy(doctor, 1, date(2031, 1, 1))
    with pytest.raises(PermissionDenied):
        insurance.add_policy(doctor, PolicyDraft(patient_id=1, plan_id=1, member_number="X",
                                                 valid_from=date(2031, 1, 1)))


def test_demo_insurance_adds_two_insurers_plans_and_policies(database, clerk) -> None:
    patients = new_patients(database, 5, "Demoins")
    today = date(2031, 7, 15)
    with database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO patient_insurance (patient_id, payer, member_number) "
                          "VALUES (:p, 'Meridian Health', 'MH-1')"), {"p": patients[0]})
        added = add_demo_insurance(conn, patients, today=today)
    assert added == 4
    names = {p.code for p in insurance.list_payers(clerk)}
    assert {"MERIDIAN", "HARBOUR"} <= names
    plans = {p.name: p for p in insurance.list_plans(clerk) if p.payer_code in ("MERIDIAN", "HARBOUR")}
    assert set(plans) == {"Standard", "Premium", "Basic"}
    assert plans["Basic"].rules.excluded_fee_codes == frozenset({"VACC-TRAVEL"})
    active = [insurance.active_policy(clerk, p, today) for p in patients]
    assert [a.plan_name if a else None for a in active] == ["Standard", "Premium", "Basic", None, None]
    assert active[0] is not None and active[0].patient_insurance_id is not None
    assert len(insurance.patient_policies(clerk, patients[3])) == 1  # lapsed last month
