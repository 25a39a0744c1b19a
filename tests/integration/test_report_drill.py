"""Drill-down from a report row to the patients behind it (issue 12, item 7) on a real PostgreSQL: the right
patients on known data, only for the groups that may read them (the services say so in words, the database
refuses the rest when called directly as each group), merged duplicates, the cap, and the trace in the audit
chain."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
import pytest
from factories import new_insured_patient, new_patient
from psycopg import errors
from sqlalchemy import text

from hms_desktop.db.repositories.audit import AuditRepository
from hms_desktop.domain import reports as catalogue
from hms_desktop.domain.reports import DRILL_CAP, DRILLS, ReportParams, ReportResult
from hms_desktop.domain.staff import Group
from hms_desktop.services import audit, reports
from hms_desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationFailed
from hms_desktop.services.reports.drill import drill_function

YEAR = ReportParams(first=date(2025, 1, 1), last=date(2025, 12, 31))
JANUARY = ReportParams(first=date(2025, 1, 1), last=date(2025, 1, 31))
ARGS = "'2025-01-01', '2025-12-31', 'Europe/London', NULL, NULL, NULL, NULL, NULL"


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A time in winter (London = UTC then), so the hospital's day is the UTC day."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@pytest.fixture(scope="module")
def known(database) -> dict[str, Any]:
    """Dr Alpha (Cardiology drill) and Dr Beta (Dermatology drill). Ann (F, 1980): seen by Alpha 6 Jan 2025
    after a 10 minute wait, diagnosed I10. Bob (M, 1990): a no-show with Alpha 8 Jan. Cy (a duplicate of Ann):
    a no-show with Alpha 9 Jan, then merged into Ann, so that appointment is Ann's now. Dee: seen by Beta 7 Jan.
    All four registered in January 2025. Money (as test_reports): an insured patient, Eve, with invoice A
    (10 Jan, 100.00: card 60.00 the same day, the insurer 40.00 on 22 Jan, claim paid) and invoice B (1 Mar,
    50.00, never paid, claim rejected "Not covered"); an admission of Eve 1-5 Jan in "Drill ward", home."""
    alpha = database.add_user(Group.DOCTOR, stem="dalpha", full_name="Dr Alpha")
    beta = database.add_user(Group.DOCTOR, stem="dbeta", full_name="Dr Beta")
    ann = new_patient(database, "Drillann", "Ann", sex="F", birth=date(1980, 6, 1))
    bob = new_patient(database, "Drillbob", "Bob", sex="M", birth=date(1990, 6, 1))
    cy = new_patient(database, "Drillcy", "Ann", sex="F", birth=date(1980, 6, 1))
    dee = new_patient(database, "Drilldee", "Dee", sex="F", birth=date(2001, 3, 3))
    insured = new_insured_patient(database, payer_code="DRLPAY")
    eve = insured["patient"]
    with database.owner.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        staff = dict(conn.execute(text("SELECT username, id FROM staff WHERE username IN (:a, :b)"),
                                  {"a": alpha, "b": beta}).all())
        specialties = {}
        for name in ("Cardiology drill", "Dermatology drill"):
            specialties[name] = conn.execute(text("INSERT INTO specialty (name) VALUES (:n) RETURNING id"),
                                             {"n": name}).scalar_one()
        conn.execute(text("INSERT INTO doctor_specialty (staff_id, specialty_id) VALUES (:a, :s), (:b, :t)"),
                     {"a": staff[alpha], "s": specialties["Cardiology drill"], "b": staff[beta],
                      "t": specialties["Dermatology drill"]})
        insert = text("INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, checked_in_at, "
                      "called_at, created_at) VALUES (:p, :d, :s, :e, :st, :ci, :ca, :s - interval '2 days')")
        for patient, who, day, status, wait in ((ann, alpha, date(2025, 1, 6), "completed", 10),
                                                (bob, alpha, date(2025, 1, 8), "no_show", None),
                                                (cy, alpha, date(2025, 1, 9), "no_show", None),
                                                (dee, beta, date(2025, 1, 7), "completed", None)):
            starts = at(day, 9)
            conn.execute(insert, {"p": patient, "d": staff[who], "s": starts, "e": starts + timedelta(minutes=15),
                                  "st": status, "ci": starts if wait else None,
                                  "ca": starts + timedelta(minutes=wait) if wait else None})
        encounter = conn.execute(text(
            "INSERT INTO encounter (patient_id, doctor_id, kind, created_at) VALUES (:p, :d, 'walk_in', :t) "
            "RETURNING id"), {"p": ann, "d": staff[alpha], "t": at(date(2025, 1, 6), 9, 20)}).scalar_one()
        conn.execute(text("INSERT INTO encounter_diagnosis (encounter_id, icd10_code, is_primary) "
                          "VALUES (:e, 'I10', true)"), {"e": encounter})
        conn.execute(text("UPDATE patient SET created_at = :t WHERE id IN (:a, :b, :c, :d)"),
                     {"t": at(date(2025, 1, 2), 9), "a": ann, "b": bob, "c": cy, "d": dee})
        conn.execute(text("UPDATE patient SET created_at = :t WHERE id = :e"),
                     {"t": at(date(2024, 6, 2), 9), "e": eve})
        conn.execute(text("UPDATE insurance_payer SET name = 'Drill Insurer' WHERE id = :p"), {"p": insured["payer"]})
        conn.execute(text("INSERT INTO fee_schedule (code, name, category, price, effective_from) VALUES "
                          "('CONS-DRL', 'Consultation', 'consultation', 100, '2024-01-01'), "
                          "('LAB-DRL', 'Lab panel', 'lab', 50, '2024-01-01')"))
        lines, invoices = {}, {}
        for key, number, issued, code, amount in (("a", "INV-2025-880001", at(date(2025, 1, 10), 10), "CONS-DRL", 100),
                                                  ("b", "INV-2025-880002", at(date(2025, 3, 1), 10), "LAB-DRL", 50)):
            invoices[key] = conn.execute(text(
                "INSERT INTO invoice (number, patient_id, status, issued_at, issued_by, subtotal, discount, tax, "
                "total) VALUES (:n, :p, 'issued', :t, 'test', :a, 0, 0, :a) RETURNING id"),
                {"n": number, "p": eve, "t": issued, "a": amount}).scalar_one()
            lines[key] = conn.execute(text(
                "INSERT INTO invoice_line (invoice_id, fee_code, description, service_date, quantity, unit_price, "
                "tax_rate, line_total, tax_amount) VALUES (:i, :c, 'Service', :d, 1, :a, 0, :a, 0) RETURNING id"),
                {"i": invoices[key], "c": code, "d": issued.date(), "a": amount}).scalar_one()
        charge = conn.execute(text(
            "INSERT INTO charge (patient_id, doctor_id, service_date, fee_code, description, source_kind, source_id, "
            "status) VALUES (:p, :d, '2025-01-10', 'CONS-DRL', 'Consultation', 'encounter', 1, 'billed') "
            "RETURNING id"), {"p": eve, "d": staff[alpha]}).scalar_one()
        conn.execute(text("UPDATE invoice_line SET charge_id = :c WHERE id = :l"), {"c": charge, "l": lines["a"]})
        payment = text("INSERT INTO payment (invoice_id, kind, method, amount, reference, taken_at, taken_by) "
                       "VALUES (:i, 'payment', :m, :a, 'ref', :t, 'test')")
        conn.execute(payment, {"i": invoices["a"], "m": "card", "a": 60, "t": at(date(2025, 1, 10), 11)})
        conn.execute(payment, {"i": invoices["a"], "m": "insurance", "a": 40, "t": at(date(2025, 1, 22), 11)})
        batch = conn.execute(text("INSERT INTO claim_batch (payer_id, status, submitted_at, submitted_by) "
                                  "VALUES (:p, 'paid', :t, 'test') RETURNING id"),
                             {"p": insured["payer"], "t": at(date(2025, 1, 12), 11)}).scalar_one()
        claim = text("INSERT INTO claim (invoice_id, policy_id, plan_id, payer_id, claim_date, status, batch_id, "
                     "rejection_reason) VALUES (:i, :po, :pl, :pa, :d, :s, :b, :r) RETURNING id")
        for key, status, day, reason, amount in (("a", "paid", date(2025, 1, 10), None, 40),
                                                 ("b", "rejected", date(2025, 3, 1), "Not covered", 50)):
            claim_id = conn.execute(claim, {"i": invoices[key], "po": insured["policy"], "pl": insured["plan"],
                                            "pa": insured["payer"], "d": day, "s": status, "b": batch,
                                            "r": reason}).scalar_one()
            conn.execute(text("INSERT INTO claim_line (claim_id, invoice_line_id, insurer_amount, patient_amount) "
                              "VALUES (:c, :l, :a, 0)"), {"c": claim_id, "l": lines[key], "a": amount})
        ward = conn.execute(text("INSERT INTO ward (name, created_at) VALUES ('Drill ward', '2024-01-01') "
                                 "RETURNING id")).scalar_one()
        room = conn.execute(text("INSERT INTO room (ward_id, name) VALUES (:w, 'R1') RETURNING id"),
                            {"w": ward}).scalar_one()
        bed = conn.execute(text("INSERT INTO bed (room_id, label, created_at) VALUES (:r, 'A', '2024-01-01') "
                                "RETURNING id"), {"r": room}).scalar_one()
        admission = conn.execute(text(
            "INSERT INTO admission (patient_id, reason, admitted_at, discharged_at, disposition) "
            "VALUES (:p, 'Test', :a, :d, 'home') RETURNING id"),
            {"p": eve, "a": at(date(2025, 1, 1), 12), "d": at(date(2025, 1, 5), 12)}).scalar_one()
        conn.execute(text("INSERT INTO bed_stay (admission_id, bed_id, starts_at, ends_at) VALUES (:a, :b, :s, :e)"),
                     {"a": admission, "b": bed, "s": at(date(2025, 1, 1), 12), "e": at(date(2025, 1, 5), 12)})
        conn.execute(text("SELECT hms_report_rebuild_invoice_balance()"))  # its triggers were off too (0036)
    # The merge as an administrator does it: Cy's no-show moves to Ann.
    with database.connect_as(database.add_user(Group.ADMIN)) as conn:
        conn.execute("SELECT hms_merge_patients(%s, %s)", (ann, cy))
    with database.owner.engine.begin() as conn:
        mrns = dict(conn.execute(text("SELECT id, mrn FROM patient WHERE id IN (:a, :b, :c, :d, :e)"),
                                 {"a": ann, "b": bob, "c": cy, "d": dee, "e": eve}).all())
    return {"alpha": staff[alpha], "cardiology": specialties["Cardiology drill"], "ward": ward,
            "payer": insured["payer"], "ann": ann, "bob": bob, "cy": cy, "dee": dee, "eve": eve, "mrn": mrns}


@pytest.fixture(scope="module")
def admin(database):
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def doctor(database):
    yield from database.logged_in(Group.DOCTOR)


@pytest.fixture(scope="module")
def billing(database):
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def reception(database):
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture(scope="module")
def doctor_billing(database):
    yield from database.logged_in(Group.DOCTOR, Group.BILLING)


def row_index(result: ReportResult, **key: object) -> int:
    """The index of the report row whose key columns have these values."""
    keys = [c.key for c in result.definition.columns]
    for index, row in enumerate(result.rows):
        if all(row[keys.index(name)] == value for name, value in key.items()):
            return index
    raise AssertionError(f"no row {key} in {result.rows}")


def drill(ctx, name: str, params: ReportParams = YEAR, **key: object):
    result = reports.run_report(ctx, name, params)
    return reports.drill_down(ctx, result, row_index(result, **key))


def listed(drilldown) -> list[tuple[str, object, str]]:
    return [(r.patient_name, r.when, r.detail) for r in drilldown.rows]


# --- the right patients ---


def test_no_shows_of_a_month_and_specialty_merged_duplicate_shown_as_the_record_kept(doctor, known) -> None:
    found = drill(doctor, "no-show-rate", month=date(2025, 1, 1), specialty="Cardiology drill")
    assert listed(found) == [("Drillbob, Bob", datetime(2025, 1, 8, 9, 0), "No-show with Dr Alpha"),
                             ("Drillann, Ann", datetime(2025, 1, 9, 9, 0), "No-show with Dr Alpha")]
    assert [r.mrn for r in found.rows] == [known["mrn"][known["bob"]], known["mrn"][known["ann"]]]
    assert not found.truncated
    assert found.title == "No-shows — January 2025, Cardiology drill (01 Jan 2025 – 31 Dec 2025)"


def test_appointments_of_a_doctor_with_what_became_of_them(admin, known) -> None:
    found = drill(admin, "appointment-volume", doctor="Dr Alpha", specialty="Cardiology drill")
    assert [(name, detail) for name, _when, detail in listed(found)] == [
        ("Drillann, Ann", "Seen"), ("Drillbob, Bob", "No-show"), ("Drillann, Ann", "No-show")]
    only_beta = drill(admin, "appointment-volume", doctor="Dr Beta", specialty="Dermatology drill")
    assert [r.patient_name for r in only_beta.rows] == ["Drilldee, Dee"]


def test_waiting_and_lead_time(doctor, known) -> None:
    waited = drill(doctor, "waiting-time", doctor="Dr Alpha")
    assert listed(waited) == [("Drillann, Ann", datetime(2025, 1, 6, 9, 0), "Waited 10.0 min")]
    lead = drill(doctor, "lead-time", specialty="Dermatology drill")
    assert [(r.patient_name, r.detail) for r in lead.rows] == [
        ("Drilldee, Dee", "Booked 2.0 days before, with Dr Beta")]


def test_diagnoses_list_the_patients_with_the_code_or_chapter(doctor, known) -> None:
    coded = drill(doctor, "top-diagnoses", code="I10")
    assert listed(coded) == [("Drillann, Ann", datetime(2025, 1, 6, 9, 20), "I10 (primary), Dr Alpha")]
    chapter = drill(doctor, "diagnosis-chapters", month=date(2025, 1, 1), chapter="IX Circulatory system")
    assert [(r.patient_name, r.detail) for r in chapter.rows] == [("Drillann, Ann", "I10, Dr Alpha")]


def test_registrations_list_the_merged_duplicate_as_registered(admin, known) -> None:
    found = drill(admin, "new-registrations", month=date(2025, 1, 1))
    mrn = known["mrn"]
    assert sorted((r.patient_name, r.detail) for r in found.rows) == [
        ("Drillann, Ann", ""), ("Drillbob, Bob", ""), ("Drillcy, Ann", f"Merged into {mrn[known['ann']]}"),
        ("Drilldee, Dee", "")]


def test_age_pyramid_lists_the_patients_seen_in_the_band(admin, known) -> None:
    found = drill(admin, "age-pyramid", JANUARY, age_band="40-44")
    assert [(r.patient_name, r.when, r.detail) for r in found.rows] == [
        ("Drillann, Ann", None, "Female, 44 on 31 Jan 2025")]
    assert drill(admin, "age-pyramid", JANUARY, age_band="20-24").rows[0].patient_name == "Drilldee, Dee"


def test_inpatient_reports_list_the_stays(doctor, known) -> None:
    ten_days = ReportParams(date(2025, 1, 1), date(2025, 1, 10), ward_id=known["ward"])
    occupied = drill(doctor, "bed-occupancy", ten_days, ward="Drill ward")
    assert [(r.when, r.detail) for r in occupied.rows] == [(datetime(2025, 1, 1, 12, 0),
                                                            "Bed A, until 05 Jan 2025 12:00")]
    stays = drill(doctor, "length-of-stay", ten_days, ward="Drill ward")
    assert [(r.when, r.detail) for r in stays.rows] == [(datetime(2025, 1, 5, 12, 0), "Stayed 4.0 days")]
    flows = drill(doctor, "admissions-discharges", JANUARY, month=date(2025, 1, 1))
    assert [(r.when, r.detail) for r in flows.rows] == [(datetime(2025, 1, 1, 12, 0), "Admitted"),
                                                         (datetime(2025, 1, 5, 12, 0), "Discharged: home")]
    assert {r.mrn for r in occupied.rows + stays.rows + flows.rows} == {known["mrn"][known["eve"]]}


def test_money_reports_list_the_invoices_patients(billing, known) -> None:
    eve = known["mrn"][known["eve"]]
    day = drill(billing, "revenue-by-day", day=date(2025, 1, 10), method="card")
    assert [(r.mrn, r.when, r.detail) for r in day.rows] == [
        (eve, datetime(2025, 1, 10, 11, 0), "Payment of 60.00, invoice INV-2025-880001")]
    category = drill(billing, "revenue-by-category", category="lab")
    assert [r.detail for r in category.rows] == ["Invoice INV-2025-880002: 1 line, 50.00"]
    by_doctor = drill(billing, "revenue-by-doctor", doctor="Dr Alpha")
    assert [r.detail for r in by_doctor.rows] == ["Invoice INV-2025-880001: 1 line, 100.00"]
    insurer = drill(billing, "revenue-by-payer", payer="Drill Insurer")
    assert [r.detail for r in insurer.rows] == ["Invoice INV-2025-880001: 40.00"]
    own = drill(billing, "revenue-by-payer", payer="Patients (own share)")
    assert [r.detail for r in own.rows] == ["Invoice INV-2025-880001: 60.00", "Invoice INV-2025-880002: 50.00"]
    owed = drill(billing, "outstanding-balances", age="over 90 days")
    assert [r.detail for r in owed.rows] == ["Invoice INV-2025-880002: 50.00 owed, 305 days"]
    assert drill(billing, "outstanding-balances", age="0-30 days").rows == ()


def test_insurance_reports_list_the_claims_patients(billing, known) -> None:
    eve = known["mrn"][known["eve"]]
    paid = drill(billing, "claims-by-status", payer="Drill Insurer", status="paid")
    assert [(r.mrn, r.when, r.detail) for r in paid.rows] == [
        (eve, date(2025, 1, 10), "Invoice INV-2025-880001, claimed 40.00")]
    answered = drill(billing, "claim-rejection-rate", payer="Drill Insurer")
    assert [r.detail for r in answered.rows] == ["Invoice INV-2025-880001, paid",
                                                 "Invoice INV-2025-880002, rejected: Not covered"]
    reasons = drill(billing, "claim-rejection-reasons", payer="Drill Insurer", reason="Not covered")
    assert [r.detail for r in reasons.rows] == ["Invoice INV-2025-880002, rejected"]
    days = drill(billing, "days-to-payment", payer="Drill Insurer")
    assert [(r.when, r.detail) for r in days.rows] == [(datetime(2025, 1, 22, 11, 0),
                                                        "Invoice INV-2025-880001, paid after 10.0 days")]


def test_the_filters_of_the_run_apply_to_the_drill(admin, known) -> None:
    """The row's patients under the same filters as the row: Alpha's doctor filter keeps his no-shows."""
    params = ReportParams(YEAR.first, YEAR.last, doctor_id=known["alpha"])
    found = drill(admin, "no-show-rate", params, month=date(2025, 1, 1), specialty="Cardiology drill")
    assert len(found.rows) == 2


# --- who may drill ---

MAY_DRILL = {
    "reception": set(),
    "doctor": {r.name for r in catalogue.REPORTS if r.family in ("appointments", "inpatients", "diagnoses")},
    "billing": {r.name for r in catalogue.REPORTS if r.family in ("revenue", "insurance")},
    "admin": set(DRILLS),
}
MAY_DRILL["doctor_billing"] = MAY_DRILL["doctor"] | MAY_DRILL["billing"]
GROUPS = {"reception": (Group.RECEPTION,), "doctor": (Group.DOCTOR,), "billing": (Group.BILLING,),
          "admin": (Group.ADMIN,), "doctor_billing": (Group.DOCTOR, Group.BILLING)}


@pytest.mark.parametrize("who", list(GROUPS))
def test_can_drill_follows_the_groups(request, known, who: str) -> None:
    ctx = request.getfixturevalue(who)
    assert {r.name for r in catalogue.REPORTS if reports.can_drill(ctx, r)} == MAY_DRILL[who]


def test_billing_never_sees_who_had_a_diagnosis_nor_doctors_whose_invoices(billing, doctor, admin, known) -> None:
    diagnoses = reports.run_report(admin, "top-diagnoses", YEAR)
    with pytest.raises(PermissionDenied, match="see the patients behind"):
        reports.drill_down(billing, diagnoses, row_index(diagnoses, code="I10"))
    revenue = reports.run_report(admin, "revenue-by-day", YEAR)
    with pytest.raises(PermissionDenied, match="see the patients behind"):
        reports.drill_down(doctor, revenue, 0)


def test_reports_without_patients_and_rows_not_there_are_refused_in_words(admin, known) -> None:
    stock = reports.run_report(admin, "resource-utilisation", YEAR)
    assert not reports.can_drill(admin, stock.definition)
    with pytest.raises(NotFound, match="has no list of patients"):
        reports.drill_down(admin, stock, 0)
    no_shows = reports.run_report(admin, "no-show-rate", YEAR)
    with pytest.raises(NotFound, match="not in the report any more"):
        reports.drill_down(admin, no_shows, len(no_shows.rows))
    with pytest.raises(NotFound):
        reports.drill_down(admin, no_shows, -1)


def _call(definition, key: str = "ARRAY['x', 'y']") -> str:
    return f"SELECT * FROM {drill_function(definition)}({ARGS}, {key})"


def _key_for(definition) -> str:
    """A well-formed key of the report's shape (whether it names a row does not matter for the grant)."""
    values = []
    for name in DRILLS[definition.name].key:
        column = definition.column(name)
        if column.kind == "date":
            values.append("'2025-01-01'")
        elif name == "age_band":
            values.append("'40-44'")
        elif name == "age":
            values.append("'0-30 days'")
        else:
            values.append("'nothing'")
    return "ARRAY[" + ", ".join(values) + "]::text[]"


@pytest.mark.parametrize("who", list(GROUPS))
def test_the_database_refuses_drills_of_other_groups(database, known, who: str) -> None:
    """Straight SQL as each group (any SQL tool could): EXECUTE only on the drills the group may see."""
    with database.connect_as(database.add_user(*GROUPS[who])) as conn:
        for definition in catalogue.REPORTS:
            if definition.name not in DRILLS:
                continue
            call = _call(definition, _key_for(definition))
            if definition.name in MAY_DRILL[who]:
                conn.execute(call).fetchall()
            else:
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(call)


def test_a_doctor_in_psql_gets_the_same_patients_as_the_screen(database, known) -> None:
    with database.connect_as(database.add_user(Group.DOCTOR)) as conn:
        rows = conn.execute("SELECT mrn, patient_name FROM hms_report_drill_no_show_rate("
                            f"{ARGS}, ARRAY['2025-01-01', 'Cardiology drill'])").fetchall()
    assert [name for _mrn, name in rows] == ["Drillbob, Bob", "Drillann, Ann"]


TOP_DIAGNOSES_DRILL = ("hms_report_drill_top_diagnoses(date, date, text, integer, integer, integer, integer, "
                       "integer, text[])")


def test_the_guard_refuses_a_grant_given_too_widely(database, known) -> None:
    """EXECUTE granted by hand to PUBLIC: the function's own check still refuses billing (HM062)."""
    with database.owner.engine.begin() as conn:
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION {TOP_DIAGNOSES_DRILL} TO PUBLIC"))
    try:
        with database.connect_as(database.add_user(Group.BILLING)) as conn:
            with pytest.raises(psycopg.Error) as refused:
                conn.execute(f"SELECT * FROM hms_report_drill_top_diagnoses({ARGS}, ARRAY['I10'])")
            assert refused.value.sqlstate == "HM062"
            assert "may not see the patients" in str(refused.value)
    finally:
        with database.owner.engine.begin() as conn:
            conn.execute(text(f"REVOKE EXECUTE ON FUNCTION {TOP_DIAGNOSES_DRILL} FROM PUBLIC"))


def test_the_database_checks_the_key_and_the_range(database, known) -> None:
    with database.connect_as(database.add_user(Group.ADMIN)) as conn:
        for key, state in (("ARRAY['2025-01-01']", "HM063"), ("NULL", "HM063"),
                           ("ARRAY['January', 'Cardiology drill']", "HM064"),
                           ("ARRAY['2025-02-30', 'Cardiology drill']", "HM064"),
                           ("ARRAY['2025-01-15', 'Cardiology drill']", "HM064")):
            with pytest.raises(psycopg.Error) as refused:
                conn.execute(f"SELECT * FROM hms_report_drill_no_show_rate({ARGS}, {key})")
            assert refused.value.sqlstate == state, key
        with pytest.raises(psycopg.Error) as band:
            conn.execute(f"SELECT * FROM hms_report_drill_age_pyramid({ARGS}, ARRAY['41-45'])")
        assert band.value.sqlstate == "HM064"
        with pytest.raises(psycopg.Error) as backwards:
            conn.execute("SELECT * FROM hms_report_drill_new_registrations('2025-12-31', '2025-01-01', 'UTC', "
                         "NULL, NULL, NULL, NULL, NULL, ARRAY['2025-01-01'])")
        assert backwards.value.sqlstate == "HM061"


def test_a_translated_refusal_reads_in_words(admin, known) -> None:
    """A key the database refuses reaches the person as a sentence, not a traceback."""
    result = reports.run_report(admin, "no-show-rate", YEAR)
    tampered = ReportResult(result.definition, result.params, ((date(2025, 1, 1), None, 1, 1, 1),),
                            result.generated_at)
    assert reports.drill_down(admin, tampered, 0).rows == ()
    wrong = ReportResult(catalogue.BY_NAME["age-pyramid"], result.params, (("old", 1, 1, 1),), result.generated_at)
    with pytest.raises(ValidationFailed, match="age band"):
        reports.drill_down(admin, wrong, 0)


# --- the cap and the trace ---


def test_more_than_the_cap_is_cut_and_said(database, admin, known) -> None:
    """502 no-shows of one doctor in February: 500 listed, ``truncated``."""
    gamma = database.add_user(Group.DOCTOR, stem="dgamma", full_name="Dr Gamma")
    patient = new_patient(database, "Drillmany", "Many")
    with database.owner.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": gamma}).scalar_one()
        specialty = conn.execute(text("INSERT INTO specialty (name) VALUES ('Capped drill') RETURNING id")).scalar_one()
        conn.execute(text("INSERT INTO doctor_specialty (staff_id, specialty_id) VALUES (:d, :s)"),
                     {"d": doctor_id, "s": specialty})
        conn.execute(text(
            "INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status) "
            "SELECT :p, :d, t, t + interval '10 minutes', 'no_show' "
            "FROM generate_series(timestamptz '2025-02-03 00:00+00', timestamptz '2025-02-03 00:00+00' "
            "                     + interval '15 minutes' * 501, interval '15 minutes') AS t"),
            {"p": patient, "d": doctor_id})
    found = drill(admin, "no-show-rate", month=date(2025, 2, 1), specialty="Capped drill")
    assert found.truncated and len(found.rows) == DRILL_CAP == 500
    assert found.rows[0].when == datetime(2025, 2, 3, 0, 0)
    volume = drill(admin, "appointment-volume", ReportParams(date(2025, 2, 1), date(2025, 2, 28)),
                    doctor="Dr Gamma", specialty="Capped drill")
    assert volume.truncated and len(volume.rows) == DRILL_CAP


def _reads_of(database, actor: str) -> list[str]:
    with database.owner.engine.begin() as conn:
        return list(conn.execute(text("SELECT row_key FROM audit_log WHERE table_name = 'patient' "
                                      "AND action = 'READ' AND actor = :a ORDER BY id"), {"a": actor}).scalars())


def test_each_listed_patient_is_recorded_as_read_by_the_person(database, admin, known) -> None:
    """Who read whose name from a report: one "READ" entry per patient listed, in the audit chain, by the person
    (as opening a record writes); the browser's patient filter finds it. A list with nobody writes nothing."""
    username = database.add_user(Group.DOCTOR)
    ctx = database.login(username)
    try:
        before = _reads_of(database, username)
        drill(ctx, "no-show-rate", month=date(2025, 1, 1), specialty="Cardiology drill")
        assert _reads_of(database, username)[len(before):] == sorted([str(known["ann"]), str(known["bob"])], key=int)
        result = reports.run_report(ctx, "no-show-rate", YEAR)
        empty = ReportResult(result.definition, result.params, ((date(2025, 1, 1), "No such specialty", 1, 1, 1),),
                             result.generated_at)
        assert reports.drill_down(ctx, empty, 0).rows == ()
        assert len(_reads_of(database, username)) == len(before) + 2
        # Administration → Audit trail, Bob's record: the doctor's read is there.
        trail = audit.patient_audit(admin, known["bob"]).entries
        assert any(e.actor == username and e.action == "READ" and e.table == "patient" for e in trail)
    finally:
        ctx.db.dispose()


def test_no_trace_no_names(admin, known, monkeypatch) -> None:
    """The read is recorded before the names leave the service: if the audit entry cannot be written, the
    person gets an error in words and no list."""
    def refuse(self, table: str, keys: list[str]) -> None:
        raise psycopg.errors.ReadOnlySqlTransaction("cannot execute INSERT in a read-only transaction")

    monkeypatch.setattr(AuditRepository, "record_reads", refuse)
    result = reports.run_report(admin, "no-show-rate", YEAR)
    with pytest.raises(ServiceError):
        reports.drill_down(admin, result, row_index(result, month=date(2025, 1, 1), specialty="Cardiology drill"))
