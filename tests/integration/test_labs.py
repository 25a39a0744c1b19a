"""Labs on a real database (issue 8, item 5): ordering creates the tests and their charges; the database flags
every result from the range for the patient's sex and age (and agrees with domain.labs); results never change;
critical results reach the ordering doctor (NOTIFY) who alone acknowledges them; GRANTs per group."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal

import psycopg
import pytest
from factories import new_patient
from helpers import fixed_clock
from lab_helpers import LabDoctor, adult, lab_doctor, walk_in
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.labs import Flag, ReferenceRange, choose_range, flag_for, is_valid_loinc
from hms_desktop.domain.staff import Group
from hms_desktop.services import labs
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed

LAB_CLINICAL = ("lab_order", "lab_order_item", "lab_result")


@pytest.fixture(scope="module")
def doc(database) -> LabDoctor:
    return lab_doctor(database, full_name="Dr Lab Orderer")


@pytest.fixture(scope="module")
def doctor(database, doc) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=doc.login, clock=fixed_clock())


@pytest.fixture(scope="module")
def colleague_doc(database) -> LabDoctor:
    return lab_doctor(database, stem="labcol")


@pytest.fixture(scope="module")
def colleague(database, colleague_doc) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=colleague_doc.login, clock=fixed_clock())


def owner_rows(database, sql: str, **params: object) -> list:
    with database.owner.engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def order(database, doc, doctor, codes, *, sex: str = "F", urgency: str = "routine", patient: int | None = None):
    patient = patient if patient is not None else adult(database, sex)
    return labs.order_labs(doctor, walk_in(database, doc, patient), codes, urgency)


def item_of(ordered: labs.LabOrderDTO, code: str) -> int:
    return next(t.item_id for t in ordered.tests if t.test_code == code)


# --- catalogue -------------------------------------------------------------------------------------------------

def test_the_catalogue_has_common_tests_with_valid_loinc_codes_and_ranges_to_be_reviewed(database, doctor) -> None:
    catalogue = {t.code: t for t in labs.lab_catalogue(doctor)}
    assert len(catalogue) >= 30
    for code in ("HGB", "WBC", "PLT", "NA", "K", "CREA", "UREA", "GLUF", "GLUR", "HBA1C", "ALT", "AST", "TBIL",
                 "ALB", "TSH", "INR", "CRP", "TROP", "CHOL", "LDL", "HDL", "TRIG", "UPRO", "MAL"):
        assert code in catalogue, code
    assert all(t.loinc_code is None or is_valid_loinc(t.loinc_code) for t in catalogue.values())
    assert catalogue["K"].ranges == (ReferenceRange("any", 18, None, Decimal("3.5"), Decimal("5.1"),
                                                    Decimal("2.8"), Decimal("6.2")),)
    assert {r.sex for r in catalogue["HGB"].ranges} == {"M", "F"}
    assert catalogue["MAL"].result_kind == "text" and catalogue["MAL"].normal_text == "Negative"
    assert catalogue["K"].adult_range_text == "3.5–5.1 mmol/L"
    notes = {row.note for row in owner_rows(database, "SELECT note FROM lab_test_range")}
    assert len(notes) == 1 and "reviewed by this hospital's laboratory" in notes.pop()


# --- ordering and charges --------------------------------------------------------------------------------------

def test_ordering_creates_a_test_per_code_and_a_charge_per_test(database, doc, doctor) -> None:
    ordered = order(database, doc, doctor, ["k", "HGB", "K"], urgency="urgent")
    assert [t.test_code for t in ordered.tests] == ["K", "HGB"]
    assert ordered.doctor_id == doc.staff_id and ordered.urgency == "urgent" and ordered.charges_added == 2
    charges = owner_rows(database, "SELECT fee_code, description, source_kind, source_id, doctor_id, patient_id, "
                                   "status FROM charge WHERE source_kind = 'lab_order' AND source_id = ANY(:ids) "
                                   "ORDER BY source_id", ids=[t.item_id for t in ordered.tests])
    assert [tuple(c) for c in charges] == [
        ("LAB-K", "Laboratory: Potassium", "lab_order", item_of(ordered, "K"), doc.staff_id, ordered.patient_id,
         "unbilled"),
        ("LAB-HGB", "Laboratory: Haemoglobin", "lab_order", item_of(ordered, "HGB"), doc.staff_id,
         ordered.patient_id, "unbilled")]
    # A second charge call adds nothing (the unique key), and only the ordering doctor may make it.
    with database.connect_as(doc.login) as conn:
        assert conn.execute("SELECT hms_charge_lab_order(%s)", (ordered.id,)).fetchone() == (0,)
    with database.connect_as(lab_doctor(database, stem="labother").login) as conn, \
            pytest.raises(psycopg.Error) as refused:
        conn.execute("SELECT hms_charge_lab_order(%s)", (ordered.id,))
    assert refused.value.sqlstate == "HM013"


def test_ordering_refuses_nothing_unknown_codes_and_a_missing_encounter(database, doc, doctor) -> None:
    patient = adult(database)
    encounter = walk_in(database, doc, patient)
    with pytest.raises(ValidationFailed) as nothing:
        labs.order_labs(doctor, encounter, [], "routine")
    assert "at least one test" in nothing.value.problems["tests"]
    with pytest.raises(ValidationFailed) as unknown:
        labs.order_labs(doctor, encounter, ["K", "NOPE"], "routine")
    assert "NOPE" in unknown.value.problems["tests"]
    with pytest.raises(ValidationFailed):
        labs.order_labs(doctor, encounter, ["K"], "whenever")
    with pytest.raises(NotFound):
        labs.order_labs(doctor, 999_999_999, ["K"], "routine")
    assert owner_rows(database, "SELECT count(*) FROM lab_order WHERE patient_id = :p", p=patient)[0][0] == 0


def test_only_doctors_order_and_enter_results(database) -> None:
    for group in (Group.RECEPTION, Group.BILLING, Group.ADMIN):
        ctx = database.context_for(group)
        try:
            with pytest.raises(PermissionDenied):
                labs.order_labs(ctx, 1, ["K"], "routine")
            with pytest.raises(PermissionDenied):
                labs.lab_worklist(ctx)
            with pytest.raises(PermissionDenied):
                labs.patient_results(ctx, 1)
        finally:
            ctx.db.dispose()


# --- flags from the database -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "sex", "typed", "flag"), [
    ("K", "F", "4.2", Flag.NORMAL),
    ("K", "F", "3.5", Flag.NORMAL),  # the range is inclusive
    ("K", "M", "3.1", Flag.LOW),
    ("K", "M", "5,6 mmol/L", Flag.HIGH),
    ("K", "F", "2.7", Flag.CRITICAL_LOW),
    ("K", "F", "7.1", Flag.CRITICAL_HIGH),
    ("HGB", "F", "12.5", Flag.NORMAL),  # by sex: normal for a woman …
    ("HGB", "M", "12.5", Flag.LOW),  # … low for a man
    ("HGB", "M", "6.5", Flag.CRITICAL_LOW),
    ("LDL", "F", "4.1", Flag.HIGH),  # no lower bound
    ("MAL", "F", "Negative", Flag.NORMAL),
    ("MAL", "M", "positive (P. falciparum)", Flag.ABNORMAL),
    ("UHCG", "F", "Positive", None),  # no normal answer for a pregnancy test
    ("K", "U", "4.0", Flag.NORMAL),  # an "any" range fits every sex …
    ("HGB", "U", "12.5", None),  # … but Hb has none for a sex recorded as unknown
])
def test_the_database_flags_each_result(database, doc, doctor, code, sex, typed, flag) -> None:
    ordered = order(database, doc, doctor, [code], sex=sex)
    result = labs.enter_result(doctor, ordered.tests[0].item_id, typed)
    assert result.flag == (str(flag) if flag is not None else None)
    assert result.entered_by == doc.login and result.ordering_doctor_id == doc.staff_id
    status = owner_rows(database, "SELECT i.status, o.status FROM lab_order_item i JOIN lab_order o "
                                  "ON o.id = i.lab_order_id WHERE i.id = :i", i=result.item_id)[0]
    assert tuple(status) == ("resulted", "resulted")


def test_unknown_age_gets_no_adult_range(database, doc, doctor) -> None:
    patient = new_patient(database, sex="F", birth=None)
    ordered = order(database, doc, doctor, ["K"], patient=patient)
    result = labs.enter_result(doctor, ordered.tests[0].item_id, "9.9")
    assert result.flag is None and result.flag_label == "No reference range"


def test_a_client_cannot_store_a_wrong_flag_or_change_a_result(database, doc, doctor) -> None:
    ordered = order(database, doc, doctor, ["K", "NA"])
    with database.connect_as(doc.login) as conn:
        for column, value in (("flag", "'normal'"), ("unit", "'mg'"), ("range_low", "0"), ("entered_by", "'x'")):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"INSERT INTO lab_result (lab_order_item_id, value_numeric, {column}) "
                             f"VALUES (%s, 7.5, {value})", (item_of(ordered, "K"),))
        conn.execute("INSERT INTO lab_result (lab_order_item_id, value_numeric) VALUES (%s, 7.5)",
                     (item_of(ordered, "K"),))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE lab_result SET value_numeric = 4 WHERE lab_order_item_id = %s",
                         (item_of(ordered, "K"),))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM lab_result")
        with pytest.raises(psycopg.Error) as twice:
            conn.execute("INSERT INTO lab_result (lab_order_item_id, value_numeric) VALUES (%s, 4)",
                         (item_of(ordered, "K"),))
        assert twice.value.sqlstate == "HM012"
        with pytest.raises(psycopg.Error) as wrong_kind:
            conn.execute("INSERT INTO lab_result (lab_order_item_id, value_text) VALUES (%s, 'high')",
                         (item_of(ordered, "NA"),))
        assert wrong_kind.value.sqlstate == "HM014"
        verified = conn.execute("UPDATE lab_result SET verified = true WHERE lab_order_item_id = %s "
                                "RETURNING verified_by", (item_of(ordered, "K"),)).fetchone()
        assert verified == (doc.login,)
    # Not even the owner rewrites a stored value or flag.
    with pytest.raises(Exception, match="cannot be changed"), database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE lab_result SET flag = 'normal' WHERE lab_order_item_id = :i"),
                     {"i": item_of(ordered, "K")})
    flag = owner_rows(database, "SELECT flag, unit FROM lab_result WHERE lab_order_item_id = :i",
                      i=item_of(ordered, "K"))[0]
    assert tuple(flag) == ("critical_high", "mmol/L")


def test_typed_values_are_checked_before_the_database(database, doc, doctor) -> None:
    ordered = order(database, doc, doctor, ["K"])
    item = ordered.tests[0].item_id
    for typed, words in (("", "Enter the result"), ("high", "as a number"), ("7.1 mg/dL", "in mmol/L")):
        with pytest.raises(ValidationFailed) as refused:
            labs.enter_result(doctor, item, typed)
        assert words in refused.value.problems["value"]
    labs.enter_result(doctor, item, "4.4")
    with pytest.raises(Conflict, match="already has a result"):
        labs.enter_result(doctor, item, "4.5")


@pytest.mark.parametrize(("sex", "age"), [("M", 40), ("F", 40), ("U", 40), ("F", 10), ("M", None), ("X", 80)])
def test_domain_and_database_choose_the_same_range_and_flag(database, sex, age) -> None:
    """The rules in domain.labs are the database's, case by case: every seeded test, values around each bound."""
    with database.owner.engine.connect() as conn:
        tests = conn.execute(text("SELECT id FROM lab_test WHERE result_kind = 'numeric'")).scalars().all()
        ranges: dict[int, list[ReferenceRange]] = {}
        for r in conn.execute(text("SELECT * FROM lab_test_range ORDER BY lab_test_id, id")):
            ranges.setdefault(r.lab_test_id, []).append(ReferenceRange(
                r.sex, r.min_age_years, r.max_age_years, r.low, r.high, r.critical_low, r.critical_high))
        checked = 0
        for test_id in tests:
            ours = choose_range(ranges.get(test_id, []), sex, age)
            theirs = conn.execute(text("SELECT low, high, critical_low, critical_high FROM hms_lab_range(:t, :s, :a)"),
                                  {"t": test_id, "s": sex, "a": age}).one_or_none()
            assert (None if ours is None else (ours.low, ours.high, ours.critical_low, ours.critical_high)) == \
                (None if theirs is None else tuple(theirs))
            if ours is None:
                continue
            bounds = [b for b in (ours.low, ours.high, ours.critical_low, ours.critical_high) if b is not None]
            for value in {v for b in bounds for v in (b - Decimal("0.01"), b, b + Decimal("0.01"))}:
                database_flag = conn.execute(text("SELECT hms_lab_flag(:v, :l, :h, :cl, :ch)"), {
                    "v": value, "l": ours.low, "h": ours.high, "cl": ours.critical_low,
                    "ch": ours.critical_high}).scalar_one()
                expected = flag_for(value, ours)
                assert database_flag == (str(expected) if expected is not None else None), (test_id, value)
                checked += 1
    assert checked > 0 or age in (10, None)


# --- worklist, results over time ---------------------------------------------------------------------------------

def test_the_worklist_puts_stat_first_then_the_oldest(database, doc, doctor) -> None:
    routine = order(database, doc, doctor, ["CRP"], urgency="routine")
    stat = order(database, doc, doctor, ["TROP"], urgency="stat")
    urgent = order(database, doc, doctor, ["NA"], urgency="urgent")
    pending = [item.item_id for item in labs.lab_worklist(doctor)]
    mine = [i for i in pending if i in {routine.tests[0].item_id, stat.tests[0].item_id, urgent.tests[0].item_id}]
    assert mine == [stat.tests[0].item_id, urgent.tests[0].item_id, routine.tests[0].item_id]
    item = next(i for i in labs.lab_worklist(doctor) if i.item_id == stat.tests[0].item_id)
    assert (item.test_name, item.unit, item.doctor_name, item.urgency) == (
        "Troponin I, high-sensitivity", "ng/L", "Dr Lab Orderer", "stat")
    labs.enter_result(doctor, stat.tests[0].item_id, "12")
    assert stat.tests[0].item_id not in [i.item_id for i in labs.lab_worklist(doctor)]
    resulted = labs.lab_worklist(doctor, status="resulted")
    assert resulted[0].item_id == stat.tests[0].item_id and resulted[0].result is not None


def test_a_patients_results_over_time_per_test(database, doc, doctor) -> None:
    patient = adult(database, "M")
    for value in ("4.0", "5.5", "6.5"):
        ordered = order(database, doc, doctor, ["K", "MAL"], patient=patient)
        labs.enter_result(doctor, item_of(ordered, "K"), value)
    labs.enter_result(doctor, item_of(ordered, "MAL"), "Negative")
    results = labs.patient_results(doctor, patient)
    assert [r.value_display for r in results.results] == ["Negative", "6.5 mmol/L", "5.5 mmol/L", "4.0 mmol/L"]
    potassium = results.series_of("K")
    assert potassium is not None and [r.flag for r in potassium.results] == ["normal", "high", "critical_high"]
    assert [s.test_code for s in results.series] == ["MAL", "K"]  # by name: Malaria …, Potassium
    assert potassium.results[0].range_text == "3.5–5.1 mmol/L"


# --- critical results --------------------------------------------------------------------------------------------

def test_a_critical_result_notifies_the_ordering_doctor_with_ids_only(database, doc, doctor, colleague) -> None:
    ordered = order(database, doc, doctor, ["K"])
    with psycopg.connect(**database.target.connect_kwargs(doc.login, "a-Good-pass-2026"), autocommit=True) as listener:
        listener.execute("LISTEN lab_critical")
        listener.execute("LISTEN lab_orders")
        # Entered by a colleague at the lab worklist: the alert goes to the doctor who ordered it.
        entered = labs.enter_result(colleague, ordered.tests[0].item_id, "7.1")
        received = {n.channel: n.payload for n in listener.notifies(timeout=3, stop_after=2)}
    assert json.loads(received["lab_critical"]) == {"result_id": entered.id, "doctor_id": doc.staff_id}
    assert "lab_result" in received["lab_orders"] or "lab_order_item" in received["lab_orders"]
    assert entered.entered_by != doc.login

    waiting = labs.unacknowledged_critical(doctor)
    assert entered.id in [r.id for r in waiting]
    assert labs.critical_result(doctor, entered.id) == next(r for r in waiting if r.id == entered.id)
    assert labs.critical_result(colleague, entered.id) is None  # not theirs: no alert
    with pytest.raises(PermissionDenied):
        labs.acknowledge_critical(colleague, entered.id)
    acknowledged = labs.acknowledge_critical(doctor, entered.id)
    assert acknowledged.acknowledged_at is not None
    assert entered.id not in [r.id for r in labs.unacknowledged_critical(doctor)]
    assert labs.critical_result(doctor, entered.id) is None
    assert labs.acknowledge_critical(doctor, entered.id).acknowledged_at == acknowledged.acknowledged_at
    normal = order(database, doc, doctor, ["K"])
    normal_result = labs.enter_result(doctor, normal.tests[0].item_id, "4.0")
    with pytest.raises(Conflict, match="Only a critical result"):
        labs.acknowledge_critical(doctor, normal_result.id)


# --- GRANTs per group --------------------------------------------------------------------------------------------

def connect(database, group: Group) -> psycopg.Connection:
    return database.connect_as(database.add_user(group))


@pytest.mark.parametrize("group", [Group.BILLING, Group.ADMIN, Group.RECEPTION], ids=lambda g: g.value)
def test_no_group_but_doctors_reads_orders_or_results(database, group) -> None:
    with connect(database, group) as conn:
        for table in LAB_CLINICAL:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT * FROM {table} LIMIT 1")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO lab_order (encounter_id, urgency) VALUES (1, 'stat')")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT hms_acknowledge_lab_result(1)")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT hms_charge_lab_order(1)")


def test_the_catalogue_administrators_manage_billing_reads_names_reception_nothing(database) -> None:
    with connect(database, Group.ADMIN) as conn:
        conn.execute("INSERT INTO lab_test (code, name, loinc_code, specimen, unit, fee_code) "
                     "VALUES ('FERR', 'Ferritin', '2276-4', 'Serum', 'µg/L', 'LAB-FERR')")
        test_id = conn.execute("SELECT id FROM lab_test WHERE code = 'FERR'").fetchone()[0]
        conn.execute("INSERT INTO lab_test_range (lab_test_id, sex, min_age_years, low, high) "
                     "VALUES (%s, 'any', 18, 30, 400)", (test_id,))
        with pytest.raises(errors.ExclusionViolation):  # two ranges for the same sex and age: ambiguous
            conn.execute("INSERT INTO lab_test_range (lab_test_id, sex, min_age_years, low, high) "
                         "VALUES (%s, 'any', 60, 20, 300)", (test_id,))
        with pytest.raises(errors.CheckViolation):
            conn.execute("UPDATE lab_test SET loinc_code = 'LOINC-1' WHERE id = %s", (test_id,))
        updated = conn.execute("UPDATE lab_test SET fee_code = 'LAB-FE', version = version + 1 WHERE id = %s "
                               "RETURNING updated_by", (test_id,)).fetchone()[0]
        assert updated == conn.execute("SELECT session_user").fetchone()[0]
    with connect(database, Group.BILLING) as conn:
        assert conn.execute("SELECT name FROM lab_test WHERE fee_code = 'LAB-K'").fetchone() == ("Potassium",)
        for sql in ("SELECT * FROM lab_test", "SELECT * FROM lab_test_range",
                    "UPDATE lab_test SET fee_code = 'x'"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(sql)
    with connect(database, Group.RECEPTION) as conn:
        for sql in ("SELECT name FROM lab_test", "SELECT * FROM lab_test_range"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(sql)
    with connect(database, Group.DOCTOR) as conn:
        conn.execute("SELECT * FROM lab_test_range").fetchall()
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE lab_test SET fee_code = 'x'")


def test_doctors_order_as_themselves_and_never_write_charges(database, doc, colleague_doc) -> None:
    patient = adult(database)
    encounter = walk_in(database, doc, patient)
    other = adult(database)
    with database.connect_as(doc.login) as conn:
        for column, value in (("doctor_id", colleague_doc.staff_id), ("patient_id", other), ("status", "'resulted'")):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"INSERT INTO lab_order (encounter_id, urgency, {column}) VALUES (%s, 'stat', {value})",
                             (encounter,))
        row = conn.execute("INSERT INTO lab_order (encounter_id, urgency) VALUES (%s, 'stat') "
                           "RETURNING doctor_id, patient_id, status", (encounter,)).fetchone()
        assert row == (doc.staff_id, patient, "ordered")
        for sql in ("SELECT * FROM charge", "UPDATE lab_order SET status = 'cancelled'",
                    "UPDATE lab_order_item SET status = 'resulted'", "DELETE FROM lab_order",
                    "UPDATE lab_result SET acknowledged_at = now()",
                    "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
                    "VALUES (1, current_date, 'X', 'x', 'lab_order', 1)"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(sql)


def test_the_audit_says_who_entered_a_result_not_what_it_was(database, doc, doctor) -> None:
    ordered = order(database, doc, doctor, ["K"])
    result = labs.enter_result(doctor, ordered.tests[0].item_id, "6.0")
    audited = owner_rows(database, "SELECT actor, after FROM audit_log WHERE table_name = 'lab_result' "
                                   "AND row_key = :k", k=str(result.id))
    assert audited and audited[0].actor == doc.login
    assert "value_numeric" not in audited[0].after and audited[0].after["flag"] == "high"


def test_charge_source_kinds_are_exactly_the_three_known(database) -> None:
    definition = owner_rows(database, "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                                      "WHERE conname = 'ck_charge_source_kind_known'")[0][0]
    for kind in ("'encounter'", "'lab_order'", "'prescription'"):
        assert kind in definition
