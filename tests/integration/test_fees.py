"""Fee schedule and plan price use cases on a real database (issue 9, item 1; migration 0020): administrators
add services and new prices (new rows, never edits; never dated before today: the service says so, and the
database refuses it too, HM045); a plan's own price for a code is what a charge costs for a patient whose policy
of that plan is valid on the service date (the pricing SQL of the billing core, ``_FEE_FOR``); the GRANTs of
``insurance_plan_price`` tested by connecting as each group; authors and the audit trail are the database's."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import psycopg
import pytest
from factories import new_patient
from sqlalchemy import text

from hms_desktop.db.repositories.billing import BillingRepository
from hms_desktop.domain.fees import PriceDraft, ServiceDraft
from hms_desktop.domain.insurance import Category, Coverage, PayerDraft, PlanDraft, PolicyDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import billing, fees, insurance
from hms_desktop.services.billing import ManualLine
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound, PermissionDenied, ValidationFailed

D = Decimal
FUTURE = date(2031, 3, 1)
_source_ids = itertools.count(3_000_000)


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def plan(admin) -> insurance.PlanDTO:
    payer = insurance.create_payer(admin, PayerDraft(code="FEEHEALTH", name="Fee Health"))
    return insurance.create_plan(admin, PlanDraft(
        payer_id=payer.id, name="Gold", coverage={Category.CONSULTATION: Coverage(D(80))}))


def charge(database, patient: int, fee_code: str, day: date) -> int:
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text(
            "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
            "VALUES (:p, :d, :f, 'Service', 'encounter', :s) RETURNING id"),
            {"p": patient, "d": day, "f": fee_code, "s": next(_source_ids)}).scalar_one())


def sqlstate(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> str | None:
    try:
        conn.execute(sql, params)
    except psycopg.Error as error:
        return error.sqlstate
    return None


# --- the fee schedule ---


def test_a_new_service_then_a_new_price_keeps_the_history(admin, clerk) -> None:
    today = fees.list_fees(admin).today
    first = fees.add_service(admin, ServiceDraft(code=" xray-chest ", name="Chest  X-ray", category=Category.PROCEDURE,
                                                 price=D("45.00"), tax_rate=D(0), effective_from=today))
    assert (first.code, first.name, first.category) == ("XRAY-CHEST", "Chest X-ray", Category.PROCEDURE)
    assert first.created_by == admin.user.username  # the database's, not the client's
    later = today + timedelta(days=30)
    raised = fees.add_price(admin, "xray-chest", PriceDraft(price=D("49.50"), tax_rate=D(5), effective_from=later))
    assert (raised.name, raised.category, raised.price) == ("Chest X-ray", Category.PROCEDURE, D("49.50"))
    history = fees.fee_history(clerk, "XRAY-CHEST")  # billing reads it too
    assert [(row.price, row.effective_from) for row in history] == [(D("49.50"), later), (D("45.00"), today)]
    [listed] = fees.list_fees(clerk, search="chest x").fees
    assert (listed.price, listed.effective_from, listed.next_price, listed.next_from) == (
        D("45.00"), today, D("49.50"), later)


def test_the_list_filters_by_text_and_category_and_shows_a_future_service_with_its_first_price(admin) -> None:
    start = fees.list_fees(admin).today + timedelta(days=10)
    fees.add_service(admin, ServiceDraft(code="PHYSIO-30", name="Physiotherapy session", category=Category.OTHER,
                                         price=D(30), tax_rate=D(0), effective_from=start))
    found = fees.list_fees(admin, search="physio", category=Category.OTHER).fees
    assert [(f.code, f.price, f.effective_from, f.next_price) for f in found] == [("PHYSIO-30", D(30), start, None)]
    assert fees.list_fees(admin, search="physio", category=Category.LAB).fees == ()
    labs = fees.list_fees(admin, category=Category.LAB).fees
    assert labs and all(f.category is Category.LAB for f in labs)
    # A search with LIKE's wildcards finds them literally, not everything.
    assert fees.list_fees(admin, search="%").fees == ()


def test_prices_dated_before_today_are_refused_in_the_users_words(admin, database) -> None:
    today = fees.list_fees(admin).today
    with pytest.raises(ValidationFailed) as caught:
        fees.add_price(admin, "CONS", PriceDraft(price=D(95), tax_rate=D(0), effective_from=today - timedelta(1)))
    assert "today or later" in caught.value.problems["effective_from"]
    # The database refuses it as well, for any client that is not the owner.
    with database.connect_as(database.add_user(Group.ADMIN)) as conn:
        assert sqlstate(conn, "INSERT INTO fee_schedule (code, name, category, price, effective_from) "
                              "VALUES ('CONS', 'x', 'consultation', 1, '2020-02-02')") == "HM045"


def test_bad_input_and_duplicates_say_what_is_wrong(admin) -> None:
    today = fees.list_fees(admin).today
    with pytest.raises(ValidationFailed) as caught:
        fees.add_service(admin, ServiceDraft(code="bad code!", name=" ", category=Category.LAB, price=D("-1"),
                                             tax_rate=D(120), effective_from=today))
    assert set(caught.value.problems) == {"code", "name", "price", "tax_rate"}
    with pytest.raises(ValidationFailed) as caught:
        fees.add_service(admin, ServiceDraft(code="CONS", name="Again", category=Category.CONSULTATION,
                                             price=D(1), tax_rate=D(0), effective_from=today))
    assert "New price" in caught.value.problems["code"]
    fees.add_price(admin, "CONS", PriceDraft(price=D(96), tax_rate=D(0), effective_from=FUTURE))
    with pytest.raises(ValidationFailed) as caught:
        fees.add_price(admin, "CONS", PriceDraft(price=D(97), tax_rate=D(0), effective_from=FUTURE))
    assert "already has a price" in caught.value.problems["effective_from"]
    with pytest.raises(NotFound):
        fees.add_price(admin, "NO-SUCH-CODE", PriceDraft(price=D(1), tax_rate=D(0), effective_from=FUTURE))
    with pytest.raises(ValidationFailed) as caught:
        fees.add_price(admin, "CONS", PriceDraft(price=D("1.005"), tax_rate=D(0), effective_from=FUTURE))
    assert "cents" in caught.value.problems["price"]


def test_only_administrators_change_prices(clerk, database) -> None:
    desk = database.context_for(Group.RECEPTION)
    with pytest.raises(PermissionDenied):
        fees.add_price(clerk, "CONS", PriceDraft(price=D(1), tax_rate=D(0), effective_from=FUTURE))
    with pytest.raises(PermissionDenied):
        fees.add_plan_price(clerk, 1, "CONS", PriceDraft(price=D(1), tax_rate=D(0), effective_from=FUTURE))
    with pytest.raises(PermissionDenied):
        fees.list_fees(desk)


# --- plan prices ---


def test_a_plans_own_price_prices_its_members_charges_on_the_days_it_is_valid(database, admin, clerk, plan) -> None:
    today = fees.list_fees(admin).today
    fees.add_service(admin, ServiceDraft(code="GOLD-CHECK", name="Health check", category=Category.CONSULTATION,
                                         price=D(50), tax_rate=D(0), effective_from=today))
    # The Gold plan pays 40.00 for it from FUTURE.
    override = fees.add_plan_price(admin, plan.id, "gold-check", PriceDraft(price=D(40), tax_rate=D(0),
                                                                            effective_from=FUTURE))
    assert (override.fee_code, override.fee_name, override.price) == ("GOLD-CHECK", "Health check", D(40))
    assert override.created_by == admin.user.username
    member, stranger, lapsed = new_patient(database), new_patient(database), new_patient(database)
    insurance.add_policy(clerk, PolicyDraft(patient_id=member, plan_id=plan.id, member_number="G-1",
                                            valid_from=date(2031, 1, 1), valid_to=date(2031, 12, 31)))
    insurance.add_policy(clerk, PolicyDraft(patient_id=lapsed, plan_id=plan.id, member_number="G-2",
                                            valid_from=date(2031, 1, 1), valid_to=date(2031, 5, 31)))
    after, before = date(2031, 6, 1), date(2031, 2, 1)

    def price(patient: int, day: date) -> Decimal | None:
        charge_id = charge(database, patient, "GOLD-CHECK", day)
        return next(c.unit_price for c in billing.unbilled_charges(clerk, patient) if c.charge_id == charge_id)

    assert price(member, after) == D("40.00")
    assert price(member, before) == D("50.00")  # before the override starts: the fee schedule's price
    assert price(stranger, after) == D("50.00")  # no policy
    assert price(lapsed, after) == D("50.00")  # the policy ended before the service date
    # The draft invoice's line carries the plan's price.
    member_charge = charge(database, member, "GOLD-CHECK", after)
    draft = billing.create_draft_invoice(clerk, member, [member_charge])
    assert [line.unit_price for line in draft.lines] == [D("40.00")]
    # A later override is a new row: the old one stays, and each prices its own days.
    fees.add_plan_price(admin, plan.id, "GOLD-CHECK", PriceDraft(price=D(42), tax_rate=D(0),
                                                                 effective_from=date(2031, 7, 1)))
    assert [(p.price, p.effective_from) for p in fees.plan_prices(clerk, plan.id) if p.fee_code == "GOLD-CHECK"
            ] == [(D(42), date(2031, 7, 1)), (D(40), FUTURE)]
    assert price(member, date(2031, 7, 2)) == D("42.00")
    assert price(member, date(2031, 6, 30)) == D("40.00")
    # The fee schedule's lookup by code (manual lines) takes the plan's price when it is given the patient.
    with database.owner.engine.connect() as conn:
        repo = BillingRepository(conn)
        assert repo.fee("GOLD-CHECK", after, member).price == D("40.00")
        assert repo.fee("GOLD-CHECK", after).price == D("50.00")
    # A line the clerk types with only the code is priced the same way, for the draft's patient.
    typed = billing.add_invoice_line(clerk, draft.id, ManualLine("Health check", fee_code="GOLD-CHECK",
                                                                 service_date=after))
    assert [line.unit_price for line in typed.lines] == [D("40.00"), D("40.00")]
    # A retired plan prices nothing of its own.
    current = insurance.get_plan(admin, plan.id)
    retired = insurance.update_plan(admin, plan.id, current.version, PlanDraft(
        payer_id=plan.payer_id, name=plan.name, coverage=dict(plan.rules.coverage), active=False))
    try:
        assert price(member, after) == D("50.00")
    finally:
        insurance.update_plan(admin, plan.id, retired.version, PlanDraft(
            payer_id=plan.payer_id, name=plan.name, coverage=dict(plan.rules.coverage), active=True))


def test_plan_prices_only_for_codes_the_schedule_has_and_not_in_the_past(admin, plan) -> None:
    with pytest.raises(ValidationFailed) as caught:
        fees.add_plan_price(admin, plan.id, "NOPE-1", PriceDraft(price=D(1), tax_rate=D(0), effective_from=FUTURE))
    assert "no service with the code NOPE-1" in caught.value.problems["fee_code"]
    with pytest.raises(ValidationFailed) as caught:
        fees.add_plan_price(admin, plan.id, "CONS", PriceDraft(price=D(1), tax_rate=D(0),
                                                               effective_from=date(2020, 1, 1)))
    assert "today or later" in caught.value.problems["effective_from"]
    with pytest.raises(NotFound):
        fees.add_plan_price(admin, 999_999, "CONS", PriceDraft(price=D(1), tax_rate=D(0), effective_from=FUTURE))


# --- grants, connecting as each group ---


def test_plan_price_grants_per_group(database, plan) -> None:
    with database.connect_as(database.add_user(Group.ADMIN)) as conn:
        row = conn.execute("INSERT INTO insurance_plan_price (plan_id, fee_code, price, effective_from) "
                           "VALUES (%s, 'LAB-CBC', 9.5, '2032-01-01') RETURNING id, created_by",
                           (plan.id,)).fetchone()
        assert row is not None and row[1] != "hms_owner"
        assert sqlstate(conn, "SELECT * FROM insurance_plan_price") is None
        assert sqlstate(conn, "UPDATE insurance_plan_price SET price = 1") == "42501"
        assert sqlstate(conn, "DELETE FROM insurance_plan_price") == "42501"
        assert sqlstate(conn, "INSERT INTO insurance_plan_price (plan_id, fee_code, price, effective_from, "
                              "created_by) VALUES (%s, 'LAB-CBC', 1, '2032-02-01', 'x')", (plan.id,)) == "42501"
        assert sqlstate(conn, "INSERT INTO insurance_plan_price (plan_id, fee_code, price, effective_from) "
                              "VALUES (%s, 'LAB-CBC', 1, '2020-02-01')", (plan.id,)) == "HM045"
        audit = conn.execute("SELECT count(*) FROM audit_log WHERE table_name = 'insurance_plan_price' "
                             "AND row_key = %s", (str(row[0]),)).fetchone()
        assert audit is not None and audit[0] == 1
    with database.connect_as(database.add_user(Group.BILLING)) as conn:
        assert sqlstate(conn, "SELECT * FROM insurance_plan_price") is None
        assert sqlstate(conn, "SELECT hms_plan_price(1, 'CONS', current_date)") is None
        assert sqlstate(conn, "INSERT INTO insurance_plan_price (plan_id, fee_code, price, effective_from) "
                              "VALUES (%s, 'CONS', 1, '2032-01-01')", (plan.id,)) == "42501"
    for group in (Group.RECEPTION, Group.DOCTOR):
        with database.connect_as(database.add_user(group)) as conn:
            assert sqlstate(conn, "SELECT * FROM insurance_plan_price") == "42501", group
            assert sqlstate(conn, "SELECT hms_plan_price(1, 'CONS', current_date)") == "42501", group
