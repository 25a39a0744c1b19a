"""The report engine (issue 12) on a real PostgreSQL: every predefined report runs, known data gives known
rows, each group runs only its reports (the database refuses the rest), Cancel stops the query on the server,
and nothing typed reaches SQL."""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from factories import new_patient, new_stock_item, new_stock_location, receive_stock
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain import reports as catalogue
from hms_desktop.domain.reports import ReportDefinition, ReportParams
from hms_desktop.domain.staff import Group
from hms_desktop.services import reports
from hms_desktop.services.errors import Cancelled, NotFound, PermissionDenied, ValidationFailed

YEAR = ReportParams(first=date(2025, 1, 1), last=date(2025, 12, 31))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A time in January-February (London = UTC then), so the hospital's day is the UTC day."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@pytest.fixture(scope="module")
def known(database) -> dict[str, int]:
    """Two doctors (cardiology, dermatology), appointments with known outcomes in Jan and Feb 2025, two
    registered patients of known age and sex, an encounter with two diagnoses, a stock item in stock."""
    cardio = database.add_user(Group.DOCTOR, stem="rcard", full_name="Dr Cardio")
    derm = database.add_user(Group.DOCTOR, stem="rderm", full_name="Dr Derm")
    man = new_patient(database, sex="M", birth=date(1990, 6, 1))
    woman = new_patient(database, sex="F", birth=date(1950, 6, 1))
    with database.owner.engine.begin() as conn:
        staff = dict(conn.execute(text("SELECT username, id FROM staff WHERE username IN (:a, :b)"),
                                  {"a": cardio, "b": derm}).all())
        specialties = {}
        for name in ("Cardiology rpt", "Dermatology rpt"):
            specialties[name] = conn.execute(text("INSERT INTO specialty (name) VALUES (:n) RETURNING id"),
                                             {"n": name}).scalar_one()
        conn.execute(text("INSERT INTO doctor_specialty (staff_id, specialty_id) VALUES (:a, :s), (:b, :t)"),
                     {"a": staff[cardio], "s": specialties["Cardiology rpt"], "b": staff[derm],
                      "t": specialties["Dermatology rpt"]})
        insert = text("INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, checked_in_at, "
                      "called_at, cancel_reason) VALUES (:p, :d, :s, :e, :st, :ci, :ca, :why)")
        # Cardio: Jan: 3 completed (waits 10, 20, 30 min), 1 no-show; Feb: 1 no-show, 1 cancelled.
        # Derm: Jan: 2 completed.
        rows = [(cardio, date(2025, 1, 6), 9, "completed", 10), (cardio, date(2025, 1, 6), 10, "completed", 20),
                (cardio, date(2025, 1, 7), 9, "completed", 30), (cardio, date(2025, 1, 8), 9, "no_show", None),
                (cardio, date(2025, 2, 3), 9, "no_show", None), (cardio, date(2025, 2, 4), 9, "cancelled", None),
                (derm, date(2025, 1, 6), 9, "completed", None), (derm, date(2025, 1, 9), 9, "completed", None)]
        for who, day, hour, status, wait in rows:
            starts = at(day, hour)
            conn.execute(insert, {"p": man, "d": staff[who], "s": starts, "e": starts + timedelta(minutes=15),
                                  "st": status, "ci": starts if wait else None,
                                  "ca": starts + timedelta(minutes=wait) if wait else None,
                                  "why": "Did not come" if status in ("no_show", "cancelled") else None})
        encounter = conn.execute(text(
            "INSERT INTO encounter (patient_id, doctor_id, kind) VALUES (:p, :d, 'walk_in') RETURNING id"),
            {"p": woman, "d": staff[cardio]}).scalar_one()
        conn.execute(text("UPDATE encounter SET created_at = :t WHERE id = :e"),
                     {"t": at(date(2025, 1, 10), 9), "e": encounter})
        conn.execute(text("INSERT INTO encounter_diagnosis (encounter_id, icd10_code, is_primary) "
                          "VALUES (:e, 'I10', true), (:e, 'J45.9', false)"), {"e": encounter})
        conn.execute(text("UPDATE patient SET created_at = :t WHERE id IN (:a, :b)"),
                     {"t": at(date(2025, 1, 2), 9), "a": man, "b": woman})
    location = new_stock_location(database, "Report pharmacy")
    item = new_stock_item(database, "Reportamol 500 mg")
    receive_stock(database, item, location, "RPT-1", date(2025, 3, 31), 40, unit_cost="0.25")
    return {"cardio": staff[cardio], "derm": staff[derm], "cardiology": specialties["Cardiology rpt"],
            "man": man, "woman": woman, "item": item}


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


def rows_of(ctx, name: str, params: ReportParams = YEAR) -> list[tuple[object, ...]]:
    return list(reports.run_report(ctx, name, params).rows)


@pytest.mark.parametrize("name", [r.name for r in catalogue.REPORTS])
def test_every_report_runs_and_gives_its_columns(admin, known, name: str) -> None:
    result = reports.run_report(admin, name, YEAR)
    assert result.definition.name == name
    for row in result.rows:
        assert len(row) == len(result.definition.columns)


def test_appointment_volume_by_doctor_and_specialty(admin, known) -> None:
    rows = [r for r in rows_of(admin, "appointment-volume") if r[1].endswith(" rpt")]
    assert rows == [("Dr Cardio", "Cardiology rpt", 6, 3, 2, 1), ("Dr Derm", "Dermatology rpt", 2, 2, 0, 0)]
    only = rows_of(admin, "appointment-volume", ReportParams(YEAR.first, YEAR.last, specialty_id=known["cardiology"]))
    assert [r[0] for r in only] == ["Dr Cardio"]
    january = rows_of(admin, "appointment-volume", ReportParams(date(2025, 1, 1), date(2025, 1, 31),
                                                                doctor_id=known["cardio"]))
    assert january == [("Dr Cardio", "Cardiology rpt", 4, 3, 1, 0)]


def test_no_show_rate_by_specialty_by_month(admin, known) -> None:
    rows = [r for r in rows_of(admin, "no-show-rate") if r[1] == "Cardiology rpt"]
    assert [(r[0], r[2], r[3], float(r[4])) for r in rows] == [(date(2025, 1, 1), 4, 1, 0.25),
                                                               (date(2025, 2, 1), 1, 1, 1.0)]


def test_waiting_time_by_doctor(admin, known) -> None:
    rows = [r for r in rows_of(admin, "waiting-time") if r[0] == "Dr Cardio"]
    assert [(r[1], float(r[2]), float(r[3])) for r in rows] == [(3, 20.0, 30.0)]


def test_lead_time_counts_the_appointments_booked(admin, known) -> None:
    rows = {r[0]: r[1] for r in rows_of(admin, "lead-time")}
    assert rows["Cardiology rpt"] == 6 and rows["Dermatology rpt"] == 2


def test_diagnoses_by_code_and_chapter(admin, known) -> None:
    codes = {r[0]: (r[1], r[2]) for r in rows_of(admin, "top-diagnoses")}
    assert codes["I10"] == (1, 1) and codes["J45.9"] == (1, 1)
    chapters = {(r[0], r[1]): r[2] for r in rows_of(admin, "diagnosis-chapters")}
    assert chapters[(date(2025, 1, 1), "IX Circulatory system")] == 1
    assert chapters[(date(2025, 1, 1), "X Respiratory system")] == 1


def test_patients_pyramid_and_registrations(admin, known) -> None:
    pyramid = {r[0]: r[1:] for r in rows_of(admin, "age-pyramid")}
    bands = list(pyramid)
    assert len(bands) == 18 and bands[0] == "0-4" and bands[-1] == "85+"
    # Seen in 2025: the man (born 1 Jun 1990: 35 on the last day); the woman had only an encounter.
    assert pyramid["35-39"] == (1, 0, 0)
    assert sum(sum(counts) for counts in pyramid.values()) == 1
    registrations = dict(rows_of(admin, "new-registrations"))
    assert registrations[date(2025, 1, 1)] >= 2 and len(registrations) == 12


def test_stock_reports(admin, known) -> None:
    valuation = {r[0]: (r[1], r[2]) for r in rows_of(admin, "stock-valuation")}
    assert valuation["Reportamol 500 mg"] == (40, 10)
    expiring = rows_of(admin, "expiring-batches", ReportParams(date(2025, 3, 1), date(2025, 3, 31)))
    assert ("Reportamol 500 mg", "RPT-1", date(2025, 3, 31), 40, 10) in [tuple(r) for r in expiring]
    assert rows_of(admin, "expiring-batches", ReportParams(date(2025, 4, 1), date(2025, 4, 30))) == []


def test_outstanding_balances_has_the_four_age_bands(admin, known) -> None:
    assert [r[0] for r in rows_of(admin, "outstanding-balances")] == ["0-30 days", "31-60 days", "61-90 days",
                                                                       "over 90 days"]


# --- who may run what ---

FAMILY_GROUPS = {"appointments": {Group.ADMIN, Group.DOCTOR}, "inpatients": {Group.ADMIN, Group.DOCTOR},
                 "diagnoses": {Group.ADMIN, Group.DOCTOR}, "revenue": {Group.ADMIN, Group.BILLING},
                 "insurance": {Group.ADMIN, Group.BILLING}, "pharmacy": {Group.ADMIN}, "patients": {Group.ADMIN}}


def test_available_reports_follow_the_groups(admin, doctor, billing, reception) -> None:
    assert {r.family for r in reports.available_reports(billing)} == {"revenue", "insurance"}
    assert {r.family for r in reports.available_reports(doctor)} == {"appointments", "inpatients", "diagnoses"}
    assert reports.available_reports(reception) == ()
    assert len(reports.available_reports(admin)) == len(catalogue.REPORTS)


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR, Group.BILLING, Group.ADMIN], ids=str)
def test_the_database_refuses_reports_of_other_groups(database, known, group: Group) -> None:
    """Straight SQL as each group (any SQL tool could): EXECUTE only on the group's report functions."""
    with database.connect_as(database.add_user(group)) as conn:
        for definition in catalogue.REPORTS:
            call = (f"SELECT * FROM {definition.function}('2025-01-01', '2025-12-31', 'Europe/London', "
                    "NULL, NULL, NULL, NULL, NULL)")
            if group in FAMILY_GROUPS[definition.family]:
                conn.execute(call).fetchall()
            else:
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(call)
        if group in (Group.BILLING, Group.RECEPTION):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT * FROM encounter_diagnosis LIMIT 1")


TOP_DIAGNOSES = "hms_report_top_diagnoses(date, date, text, integer, integer, integer, integer, integer)"


def test_the_guard_refuses_a_grant_given_too_widely(database, known) -> None:
    """EXECUTE granted by hand to PUBLIC: the function's own check still refuses billing (HM060)."""
    with database.owner.engine.begin() as conn:
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION {TOP_DIAGNOSES} TO PUBLIC"))
    try:
        with database.connect_as(database.add_user(Group.BILLING)) as conn:
            with pytest.raises(psycopg.Error) as refused:
                conn.execute("SELECT * FROM hms_report_top_diagnoses('2025-01-01', '2025-12-31', 'UTC', "
                             "NULL, NULL, NULL, NULL, NULL)")
            assert refused.value.sqlstate == "HM060"
    finally:
        with database.owner.engine.begin() as conn:
            conn.execute(text(f"REVOKE EXECUTE ON FUNCTION {TOP_DIAGNOSES} FROM PUBLIC"))


def test_services_refuse_in_words(billing, doctor, known) -> None:
    with pytest.raises(PermissionDenied, match="run the report"):
        reports.run_report(billing, "top-diagnoses", YEAR)
    with pytest.raises(PermissionDenied):
        reports.run_report(doctor, "revenue-by-day", YEAR)
    assert reports.run_report(billing, "revenue-by-day", YEAR).rows is not None


def test_filter_choices_for_every_group(reception, billing, known) -> None:
    choices = reports.filter_choices(billing)
    assert ("Cardiology rpt" in {name for _id, name in choices.specialties})
    assert {name for _id, name in reports.filter_choices(reception).specialties} == {
        name for _id, name in choices.specialties}


# --- nothing typed reaches SQL ---

INJECTIONS = ("no-show-rate; DROP TABLE patient", "no-show-rate' OR '1'='1", "../../etc", "NO_SHOW_RATE)--",
              "hms_report_no_show_rate", "appointment-volume(NULL)")


@pytest.mark.parametrize("name", INJECTIONS)
def test_a_report_name_is_looked_up_never_sent(admin, name: str) -> None:
    with pytest.raises(NotFound):
        reports.run_report(admin, name, YEAR)


def test_filter_values_must_be_ids_of_filters_the_report_has(admin, database) -> None:
    with pytest.raises(ValidationFailed):
        reports.run_report(admin, "no-show-rate", ReportParams(YEAR.first, YEAR.last,
                                                               doctor_id="1 OR 1=1"))  # type: ignore[arg-type]
    with pytest.raises(ValidationFailed):
        reports.run_report(admin, "no-show-rate", ReportParams(YEAR.first, YEAR.last, payer_id=1))
    with pytest.raises(ValidationFailed):
        reports.run_report(admin, "no-show-rate", ReportParams(YEAR.last, YEAR.first))
    with database.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT to_regclass('public.patient')")).scalar_one() is not None


def test_the_database_checks_the_range_too(database) -> None:
    with database.connect_as(database.add_user(Group.ADMIN)) as conn:
        with pytest.raises(psycopg.Error) as refused:
            conn.execute("SELECT * FROM hms_report_no_show_rate('2025-02-01', '2025-01-01', 'UTC', "
                         "NULL, NULL, NULL, NULL, NULL)")
        assert refused.value.sqlstate == "HM061"


# --- cancel ---

SLOW = ReportDefinition("slow-test", "Slow test", "test", "pg_sleep, for the cancel test", (),
                        (catalogue.ReportColumn("n", "N", "int"),), None, frozenset({Group.ADMIN}))


@pytest.fixture
def slow_report(database, monkeypatch):
    with database.owner.engine.begin() as conn:
        conn.execute(text(
            "CREATE OR REPLACE FUNCTION hms_report_slow_test(date, date, text, integer, integer, integer, integer, "
            "integer) RETURNS TABLE (n integer) LANGUAGE sql AS $$ SELECT 1 FROM pg_sleep(60) $$"))
        conn.execute(text("GRANT EXECUTE ON FUNCTION hms_report_slow_test(date, date, text, integer, integer, "
                          "integer, integer, integer) TO hms_admin"))
    monkeypatch.setitem(catalogue.BY_NAME, SLOW.name, SLOW)
    yield SLOW
    with database.owner.engine.begin() as conn:
        conn.execute(text("DROP FUNCTION hms_report_slow_test"))


def _running(database) -> int:
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                                     "AND query LIKE '%hms_report_slow_test%' AND pid <> pg_backend_pid()"))
                   .scalar_one())


def test_cancel_stops_the_query_on_the_server(database, admin, slow_report) -> None:
    token = reports.CancelToken()
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(reports.run_report(admin, "slow-test", YEAR, cancel=token))
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=run)
    started = time.monotonic()
    worker.start()
    deadline = time.monotonic() + 20
    while _running(database) == 0:
        assert time.monotonic() < deadline, "the slow report never started"
        time.sleep(0.05)
    token.cancel()
    worker.join(15)
    assert not worker.is_alive()
    assert isinstance(outcome[0], Cancelled)
    assert time.monotonic() - started < 30  # not the 60 s of pg_sleep
    assert _running(database) == 0
    assert token.cancelled


def test_a_cancel_before_the_start_runs_nothing(admin, slow_report) -> None:
    token = reports.CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        reports.run_report(admin, "slow-test", YEAR, cancel=token)
