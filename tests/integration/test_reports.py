"""The report engine (issue 12) on a real PostgreSQL: every predefined report runs, known data gives known
rows, each group runs only its reports (the database refuses the rest), Cancel stops the query on the server,
and nothing typed reaches SQL."""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from factories import new_insured_patient, new_patient, new_stock_item, new_stock_location, receive_stock
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
                 "insurance": {Group.ADMIN, Group.BILLING}, "pharmacy": {Group.ADMIN}, "patients": {Group.ADMIN},
                 "resources": {Group.ADMIN}}


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
    assert "Cardiology rpt" in {name for _id, name in choices.specialties}
    assert (known["cardio"], "Dr Cardio") in choices.doctors
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


# --- exports (issue 12, item 4) and the small-count rule (item 7) ---


def test_csv_hides_small_counts_unless_an_admin_asks(admin, doctor, known, tmp_path) -> None:
    result = reports.run_report(admin, "appointment-volume", YEAR)
    hidden = reports.export_report(admin, result, "csv", tmp_path / "v.csv").read_text(encoding="utf-8-sig")
    lines = hidden.splitlines()
    assert lines[0] == "Doctor,Specialty,Booked,Seen,No-shows,Cancelled"
    assert "Dr Derm,Dermatology rpt,<5,<5,0,0" in lines
    shown = reports.export_report(admin, result, "csv", tmp_path / "s.csv", show_small_counts=True)
    assert "Dr Derm,Dermatology rpt,2,2,0,0" in shown.read_text(encoding="utf-8-sig").splitlines()
    mine = reports.run_report(doctor, "appointment-volume", YEAR)
    not_admin = reports.export_report(doctor, mine, "csv", tmp_path / "d.csv", show_small_counts=True)
    assert "Dr Derm,Dermatology rpt,<5,<5,0,0" in not_admin.read_text(encoding="utf-8-sig").splitlines()


def test_xlsx_has_a_bold_frozen_header_and_number_formats(admin, known, tmp_path) -> None:
    from openpyxl import load_workbook

    result = reports.run_report(admin, "no-show-rate", YEAR)
    path = reports.export_report(admin, result, "xlsx", tmp_path / "r.xlsx", show_small_counts=True)
    sheet = load_workbook(path)["no-show-rate"]
    assert [c.value for c in sheet[1]] == ["Month", "Specialty", "Due", "No-shows", "No-show rate"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    cardio = [r for r in rows if r[1] == "Cardiology rpt"]
    assert cardio[0][0].date() == date(2025, 1, 1) and cardio[0][2:4] == [4, 1] and float(cardio[0][4]) == 0.25
    assert sheet["A2"].number_format == "yyyy-mm-dd" and sheet["E2"].number_format == "0.0%"
    assert sheet["C2"].number_format == "#,##0"


def test_pdf_has_the_header_filters_table_and_chart(admin, known, tmp_path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    params = ReportParams(YEAR.first, YEAR.last, doctor_id=known["cardio"])
    result = reports.run_report(admin, "appointment-volume", params)
    path = reports.export_report(admin, result, "pdf", tmp_path / "r.pdf", filter_names={"doctor": "Dr Cardio"})
    assert path.read_bytes().startswith(b"%PDF")
    words = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "Appointment volume by doctor and specialty" in words
    assert "01 Jan 2025 to 31 Dec 2025; doctor: Dr Cardio" in words
    assert "Cardiology rpt" in words and "No-shows" in words
    assert "<5" in words  # 3 seen, 2 no-shows, 1 cancelled: all hidden
    assert "Seen" in words  # the chart's legend


def test_every_report_exports_to_every_format(admin, known, tmp_path) -> None:
    for definition in catalogue.REPORTS:
        result = reports.run_report(admin, definition.name, YEAR)
        for fmt in ("csv", "xlsx", "pdf"):
            path = reports.export_report(admin, result, fmt, tmp_path / f"{definition.name}.{fmt}")
            assert path.stat().st_size > 0


# --- the command line ---


def owner_url(database) -> str:
    from urllib.parse import quote

    cluster, target = database.cluster, database.target
    if cluster.embedded is not None:
        return f"postgresql://{cluster.owner}@:{target.port}/{database.name}?host={target.host}"
    password = f":{quote(cluster.owner_password, safe='')}" if cluster.owner_password else ""
    return f"postgresql://{cluster.owner}{password}@{target.host}:{target.port}/{database.name}"


def test_cli_lists_one_report_a_line_name_first(capsys) -> None:
    from hms_desktop import cli

    assert cli.main(["report", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == [r.name for r in catalogue.REPORTS]
    assert all(line.split()[0] == line.split()[0].lower() for line in lines)


def test_cli_runs_a_report_to_a_file(database, known, tmp_path, capsys) -> None:
    from openpyxl import load_workbook

    from hms_desktop import cli

    out = tmp_path / "monthly.xlsx"
    assert cli.main(["report", "run", "no-show-rate", "--from", "2025-01-01", "--to", "2025-02-28", "--format",
                     "xlsx", "--out", str(out), "--url", owner_url(database)]) == 0
    assert "rows written" in capsys.readouterr().out
    assert load_workbook(out)["no-show-rate"]["A1"].value == "Month"
    csv_out = tmp_path / "volume.csv"
    assert cli.main(["report", "run", "appointment-volume", "--from", "2025-01-01", "--to", "2025-12-31",
                     "--out", str(csv_out), "--doctor", str(known["derm"]), "--url", owner_url(database)]) == 0
    assert csv_out.read_text(encoding="utf-8-sig").splitlines()[1] == "Dr Derm,Dermatology rpt,<5,<5,0,0"
    if shutil.which("pdftotext") is not None:  # the PDF names the filter, though the command line gave an id
        pdf_out = tmp_path / "volume.pdf"
        assert cli.main(["report", "run", "appointment-volume", "--from", "2025-01-01", "--to", "2025-12-31",
                         "--out", str(pdf_out), "--doctor", str(known["derm"]), "--url", owner_url(database)]) == 0
        words = subprocess.run(["pdftotext", str(pdf_out), "-"], capture_output=True, text=True, check=True).stdout
        assert "doctor: Dr Derm" in words


def test_cli_refuses_in_words_with_exit_codes(database, tmp_path, capsys) -> None:
    from hms_desktop import cli

    url = owner_url(database)
    assert cli.main(["report", "run", "no-such-report", "--from", "2025-01-01", "--to", "2025-01-31",
                     "--out", str(tmp_path / "x.csv"), "--url", url]) == 2
    assert "no report called" in capsys.readouterr().err
    assert cli.main(["report", "run", "no-show-rate", "--from", "2025-02-01", "--to", "2025-01-01",
                     "--out", str(tmp_path / "x.csv"), "--url", url]) == 2
    assert "before the first" in capsys.readouterr().err
    assert cli.main(["report", "run", "no-show-rate", "--from", "2025-01-01", "--to", "2025-01-31",
                     "--out", str(tmp_path / "x.txt"), "--url", url]) == 2
    with pytest.raises(SystemExit) as bad_day:
        cli.main(["report", "run", "no-show-rate", "--from", "1st January", "--to", "2025-01-31",
                  "--out", str(tmp_path / "x.csv")])
    assert bad_day.value.code == 2
    assert not (tmp_path / "x.csv").exists()


# --- revenue, insurance and inpatients with known data ---


@pytest.fixture(scope="module")
def money(database) -> dict[str, int]:
    """Written as the owner with triggers off (``session_replication_role = replica``: the guards would date
    everything today), CHECK constraints still on. Invoice A (10 Jan 2025, consultation 100.00): card 60.00 the
    same day, the insurer's 40.00 on 22 Jan after a claim submitted 12 Jan and paid. Invoice B (1 Mar 2025, lab
    50.00): never paid, its claim rejected. A ward of two beds; one admission 1-5 Jan 2025, home."""
    insured = new_insured_patient(database, payer_code="RPTPAY")
    patient = insured["patient"]
    earner = database.add_user(Group.DOCTOR, stem="rmoney", full_name="Dr Money")
    with database.owner.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        doctor = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": earner}).scalar_one()
        conn.execute(text("UPDATE insurance_payer SET name = 'Rpt Insurer' WHERE id = :p"), {"p": insured["payer"]})
        conn.execute(text("INSERT INTO fee_schedule (code, name, category, price, effective_from) VALUES "
                          "('CONS-RPT', 'Consultation', 'consultation', 100, '2024-01-01'), "
                          "('LAB-RPT', 'Lab panel', 'lab', 50, '2024-01-01')"))
        lines = {}
        invoices = {}
        for key, number, issued, code, amount in (("a", "INV-2025-990001", at(date(2025, 1, 10), 10), "CONS-RPT", 100),
                                                  ("b", "INV-2025-990002", at(date(2025, 3, 1), 10), "LAB-RPT", 50)):
            invoices[key] = conn.execute(text(
                "INSERT INTO invoice (number, patient_id, status, issued_at, issued_by, subtotal, discount, tax, "
                "total) VALUES (:n, :p, 'issued', :t, 'test', :a, 0, 0, :a) RETURNING id"),
                {"n": number, "p": patient, "t": issued, "a": amount}).scalar_one()
            lines[key] = conn.execute(text(
                "INSERT INTO invoice_line (invoice_id, fee_code, description, service_date, quantity, unit_price, "
                "tax_rate, line_total, tax_amount) VALUES (:i, :c, 'Service', :d, 1, :a, 0, :a, 0) RETURNING id"),
                {"i": invoices[key], "c": code, "d": issued.date(), "a": amount}).scalar_one()
        charge = conn.execute(text(
            "INSERT INTO charge (patient_id, doctor_id, service_date, fee_code, description, source_kind, source_id, "
            "status) VALUES (:p, :d, '2025-01-10', 'CONS-RPT', 'Consultation', 'encounter', 1, 'billed') "
            "RETURNING id"), {"p": patient, "d": doctor}).scalar_one()
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
        ward = conn.execute(text("INSERT INTO ward (name, created_at) VALUES ('Rpt ward', '2024-01-01') "
                                 "RETURNING id")).scalar_one()
        room = conn.execute(text("INSERT INTO room (ward_id, name) VALUES (:w, 'R1') RETURNING id"),
                            {"w": ward}).scalar_one()
        beds = [conn.execute(text("INSERT INTO bed (room_id, label, created_at) VALUES (:r, :l, '2024-01-01') "
                                  "RETURNING id"), {"r": room, "l": label}).scalar_one() for label in ("A", "B")]
        admission = conn.execute(text(
            "INSERT INTO admission (patient_id, reason, admitted_at, discharged_at, disposition) "
            "VALUES (:p, 'Test', :a, :d, 'home') RETURNING id"),
            {"p": patient, "a": at(date(2025, 1, 1), 12), "d": at(date(2025, 1, 5), 12)}).scalar_one()
        conn.execute(text("INSERT INTO bed_stay (admission_id, bed_id, starts_at, ends_at) VALUES (:a, :b, :s, :e)"),
                     {"a": admission, "b": beds[0], "s": at(date(2025, 1, 1), 12), "e": at(date(2025, 1, 5), 12)})
        # The triggers that keep invoice_balance were off too (migration 0036): count it as a bulk load would.
        conn.execute(text("SELECT hms_report_rebuild_invoice_balance()"))
    return {"payer": insured["payer"], "ward": ward, "doctor": doctor}


def test_revenue_reports(billing, money) -> None:
    assert [(r[0], r[1], r[2], float(r[3])) for r in rows_of(billing, "revenue-by-day")] == [
        (date(2025, 1, 10), "card", 1, 60.0), (date(2025, 1, 22), "insurance", 1, 40.0)]
    categories = {r[0]: (r[1], float(r[2])) for r in rows_of(billing, "revenue-by-category")}
    assert categories == {"consultation": (1, 100.0), "lab": (1, 50.0)}
    payers = {r[0]: (r[1], float(r[2])) for r in rows_of(billing, "revenue-by-payer")}
    assert payers == {"Rpt Insurer": (1, 40.0), "Patients (own share)": (2, 110.0)}
    only = rows_of(billing, "revenue-by-payer", ReportParams(YEAR.first, YEAR.last, payer_id=money["payer"]))
    assert [r[0] for r in only] == ["Rpt Insurer"]
    doctors = {r[0]: (r[1], float(r[2])) for r in rows_of(billing, "revenue-by-doctor")}
    assert doctors == {"Dr Money": (1, 100.0), "No doctor": (1, 50.0)}
    one = rows_of(billing, "revenue-by-doctor", ReportParams(YEAR.first, YEAR.last, doctor_id=money["doctor"]))
    assert [r[0] for r in one] == ["Dr Money"]


def test_outstanding_balances_by_age(billing, money) -> None:
    at_year_end = {r[0]: (r[1], float(r[2])) for r in rows_of(billing, "outstanding-balances")}
    assert at_year_end == {"0-30 days": (0, 0.0), "31-60 days": (0, 0.0), "61-90 days": (0, 0.0),
                           "over 90 days": (1, 50.0)}
    in_march = {r[0]: r[1] for r in rows_of(billing, "outstanding-balances",
                                            ReportParams(date(2025, 3, 1), date(2025, 3, 20)))}
    assert in_march["0-30 days"] == 1 and in_march["over 90 days"] == 0


def test_insurance_reports(billing, money) -> None:
    statuses = [(r[0], r[1], r[2], float(r[3])) for r in rows_of(billing, "claims-by-status")]
    assert statuses == [("Rpt Insurer", "paid", 1, 40.0), ("Rpt Insurer", "rejected", 1, 50.0)]
    assert [(r[0], r[1], r[2], float(r[3])) for r in rows_of(billing, "claim-rejection-rate")] == [
        ("Rpt Insurer", 2, 1, 0.5)]
    assert [(r[0], r[1], float(r[2])) for r in rows_of(billing, "days-to-payment")] == [("Rpt Insurer", 1, 10.0)]
    assert rows_of(billing, "claim-rejection-reasons") == [("Rpt Insurer", "Not covered", 1)]


def test_inpatient_reports(doctor, money) -> None:
    ten_days = ReportParams(date(2025, 1, 1), date(2025, 1, 10), ward_id=money["ward"])
    assert [(r[0], r[1], float(r[2]), float(r[3])) for r in rows_of(doctor, "bed-occupancy", ten_days)] == [
        ("Rpt ward", 2, 4.0, 0.2)]
    assert [(r[0], r[1], float(r[2])) for r in rows_of(doctor, "length-of-stay", ten_days)] == [("Rpt ward", 1, 4.0)]
    flows = rows_of(doctor, "admissions-discharges", ReportParams(date(2025, 1, 1), date(2025, 2, 28)))
    assert flows[0][0] == date(2025, 1, 1) and flows[0][1] >= 1 and flows[0][2] >= 1
    assert flows[1][0] == date(2025, 2, 1)


def test_lead_time_average_and_median(database, admin, known) -> None:
    """Dermatology's two appointments booked 1 and 3 days ahead (set with triggers off): average 2.0, and
    the median read off the histogram is the lower middle value, 1.0."""
    with database.owner.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text("UPDATE appointment SET created_at = starts_at - interval '1 day' * "
                          "(CASE WHEN starts_at < '2025-01-08' THEN 1 ELSE 3 END) WHERE doctor_id = :d"),
                     {"d": known["derm"]})
    rows = {r[0]: (r[1], float(r[2]), float(r[3])) for r in rows_of(admin, "lead-time")}
    assert rows["Dermatology rpt"] == (2, 2.0, 1.0)


def test_resource_utilisation(database, admin) -> None:
    """Two bookings of a room in January 2025 (1 h and 30 min) and a cancelled one: 2 bookings, 1.5 h."""
    with database.owner.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        room = conn.execute(text("INSERT INTO resource (name, kind) VALUES ('Rpt room', 'procedure_room') "
                                 "RETURNING id")).scalar_one()
        for starts, minutes, cancelled in ((at(date(2025, 1, 6), 9), 60, False), (at(date(2025, 1, 7), 9), 30, False),
                                           (at(date(2025, 1, 8), 9), 60, True)):
            conn.execute(text("INSERT INTO resource_booking (resource_id, starts_at, ends_at, cancelled) "
                              "VALUES (:r, :s, :e, :c)"),
                         {"r": room, "s": starts, "e": starts + timedelta(minutes=minutes), "c": cancelled})
    rows = {r[0]: r[1:] for r in rows_of(admin, "resource-utilisation", ReportParams(date(2025, 1, 1),
                                                                                   date(2025, 1, 30)))}
    kind, bookings, hours, per_day = rows["Rpt room"]
    assert (kind, bookings, float(hours), float(per_day)) == ("procedure room", 2, 1.5, 0.05)
