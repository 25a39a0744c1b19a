"""A patient's area (migration 0034) and the "patients-by-area" report, on a real PostgreSQL: the best-guess
backfill of existing addresses, registering and editing an area through the services, who may write it (each
group connected as itself), the database's own trimming and limit (HM067), the report's numbers on known data,
who may run it, and the command line writing it to CSV."""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from factories import new_patient
from psycopg import errors, sql
from sqlalchemy import text

from hms_desktop.db import migrate
from hms_desktop.db.migrate import migrations_dir
from hms_desktop.domain.patients import AREA_MAX, PatientDraft
from hms_desktop.domain.reports import ReportParams
from hms_desktop.domain.staff import Group
from hms_desktop.services import patients, reports
from hms_desktop.services.errors import PermissionDenied, ValidationFailed

JANUARY = ReportParams(first=date(2025, 1, 1), last=date(2025, 1, 31))


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)  # London is on UTC in January


def _migration():
    path = migrations_dir() / "versions" / "0034_patient_area.py"
    spec = importlib.util.spec_from_file_location("migration_0034_patient_area", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the migration's backfill -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def before_area(cluster) -> Iterator[object]:
    """A database of its own migrated to just before 0034 (whatever the lead rechains it after)."""
    name = f"hms_area_{uuid.uuid4().hex[:10]}"
    with cluster.admin_connect() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(sql.Identifier(name)))
    owner = cluster.owner_database(name)
    migrate.upgrade(owner.engine, _migration().down_revision)
    yield owner
    owner.dispose()
    cluster.drop_database(name)


BACKFILL_CASES = {
    "12 High Street, Leeds LS4 7AB": "Leeds",
    "Flat 3, 7 Mill Lane, Newcastle upon Tyne NE1 4XY": "Newcastle upon Tyne",
    "1 Rue de la Paix, 75011 Paris": "Paris",
    "4 Station Road\nStoke-on-Trent\nST4 2AA": None,      # the last line is a postcode alone: no guess
    "4 Station Road\nStoke-on-Trent ST4 2AA": "Stoke-on-Trent",
    "Kingsway   ,   Milton   Keynes  ": "Milton Keynes",
    "Riverside Cottage": "Riverside Cottage",               # no comma: the whole address is the guess
    "22 Long Road, ": None,                                 # nothing after the last comma
    "9 Hill Street, " + "Llanfair" * 15: ("Llanfair" * 15)[:AREA_MAX],
}


def test_the_migration_guesses_the_area_from_the_address(before_area) -> None:
    with before_area.engine.begin() as conn:
        ids = {address: conn.execute(text(
            "INSERT INTO patient (family_name, given_name, sex, address) VALUES ('Backfill', 'Test', 'U', :a) "
            "RETURNING id"), {"a": address}).scalar_one() for address in BACKFILL_CASES}
        no_address = conn.execute(text(
            "INSERT INTO patient (family_name, given_name, sex) VALUES ('Backfill', 'None', 'U') RETURNING id"
        )).scalar_one()
    migrate.upgrade(before_area.engine, "head")
    with before_area.engine.connect() as conn:
        areas = dict(conn.execute(text("SELECT id, area FROM patient")).all())
        audited = conn.execute(text(
            "SELECT count(*) FROM audit_log WHERE table_name = 'patient' AND action = 'UPDATE'")).scalar_one()
    assert {address: areas[ids[address]] for address in BACKFILL_CASES} == BACKFILL_CASES
    assert areas[no_address] is None
    # Every guess written is audited like any other change of the record.
    assert audited == sum(1 for guess in BACKFILL_CASES.values() if guess is not None)


# --- registering and editing through the services -----------------------------------------------------------


@pytest.fixture(scope="module")
def reception(database):
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture(scope="module")
def admin(database):
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def billing(database):
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def doctor(database):
    yield from database.logged_in(Group.DOCTOR)


def draft(family: str, **fields: object) -> PatientDraft:
    return PatientDraft(family_name=family, given_name="Area", sex="F", birth_date=date(1970, 5, 1),
                        **fields)  # type: ignore[arg-type]


def test_register_and_update_with_an_area(reception) -> None:
    record = patients.register(reception, draft("Areaone", address="3 Kirk Lane, Harrogate HG1 2AB",
                                                area="  Harrogate   North "))
    assert record.draft.area == "Harrogate North"  # trimmed, its spaces made one
    assert patients.get(reception, record.id).draft.area == "Harrogate North"
    changed = patients.update(reception, record.id, dataclasses.replace(record.draft, area="Knaresborough"),
                              expected_version=record.version)
    assert changed.draft.area == "Knaresborough" and changed.version == record.version + 1
    cleared = patients.update(reception, record.id, draft("Areaone", address="3 Kirk Lane, Harrogate HG1 2AB",
                                                          area="   "), expected_version=changed.version)
    assert cleared.draft.area is None


def test_an_area_too_long_is_refused_in_words(reception) -> None:
    with pytest.raises(ValidationFailed) as refused:
        patients.register(reception, draft("Areatoolong", area="x" * (AREA_MAX + 1)))
    assert refused.value.problems["area"] == f"Area: too long (at most {AREA_MAX} characters)."


def test_known_areas_most_used_first_for_those_who_register(reception, admin, billing, doctor) -> None:
    for n in range(3):
        patients.register(reception, draft(f"Areaknown{'abc'[n]}", area="Ripon"), confirmed_new=True)
    patients.register(reception, draft("Areaknownd", area="Thirsk"), confirmed_new=True)
    areas = patients.known_areas(reception)
    assert areas.index("Ripon") < areas.index("Thirsk")
    assert patients.known_areas(admin) == areas
    for ctx in (billing, doctor):
        with pytest.raises(PermissionDenied):
            patients.known_areas(ctx)


# --- the database: who may write it, and its own rules ------------------------------------------------------


def connect(database, group: Group) -> psycopg.Connection:
    return database.connect_as(database.add_user(group))


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.ADMIN])
def test_reception_and_administrators_may_set_the_area(database, group: Group) -> None:
    patient = new_patient(database)
    with connect(database, group) as conn:
        conn.execute("UPDATE patient SET area = '  Selby  ' WHERE id = %s", (patient,))
        assert conn.execute("SELECT area FROM patient WHERE id = %s", (patient,)).fetchone() == ("Selby",)
        conn.execute("INSERT INTO patient (family_name, given_name, sex, area) VALUES ('Areainsert', 'T', 'U', "
                     "'Tadcaster')")


@pytest.mark.parametrize("group", [Group.BILLING, Group.DOCTOR])
def test_billing_and_doctors_may_read_the_area_but_not_set_it(database, group: Group) -> None:
    patient = new_patient(database)
    with connect(database, group) as conn:
        assert conn.execute("SELECT area FROM patient WHERE id = %s", (patient,)).fetchone() == (None,)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE patient SET area = 'Selby' WHERE id = %s", (patient,))


def test_the_database_trims_and_limits_the_area_whoever_writes(database) -> None:
    patient = new_patient(database)
    with connect(database, Group.RECEPTION) as conn:
        conn.execute("UPDATE patient SET area = E'  \\t ' WHERE id = %s", (patient,))
        assert conn.execute("SELECT area FROM patient WHERE id = %s", (patient,)).fetchone() == (None,)
        with pytest.raises(psycopg.Error) as too_long:
            conn.execute("UPDATE patient SET area = %s WHERE id = %s", ("y" * (AREA_MAX + 1), patient))
    assert too_long.value.sqlstate == "HM067"
    assert "The area is too long" in str(too_long.value)


# --- the report ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def known(database) -> dict[str, int]:
    """Leeds: A (registered 10 Jan 2025), B (5 Feb 2025), C (June 2024), and F (11 Jan 2025, merged into A);
    York: D (20 Jan 2025); no area: E (15 Jan 2025). January 2025: A one visit and a no-show, C two visits
    (one completed, one checked in), D a cancelled appointment, E one visit; A a visit in March."""
    doctor = database.add_user(Group.DOCTOR, stem="areadoc")
    with database.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": doctor}).scalar_one()
        people: dict[str, int] = {}
        for key, area, registered in (("A", "Leeds", date(2025, 1, 10)), ("B", "Leeds", date(2025, 2, 5)),
                                      ("C", "Leeds", date(2024, 6, 1)), ("F", "Leeds", date(2025, 1, 11)),
                                      ("D", "York", date(2025, 1, 20)), ("E", None, date(2025, 1, 15))):
            people[key] = conn.execute(text(
                "INSERT INTO patient (family_name, given_name, sex, area, created_at) "
                "VALUES (:f, 'Area', 'U', :a, :c) RETURNING id"),
                {"f": f"Areareport{key}", "a": area, "c": at(registered)}).scalar_one()
        conn.execute(text("UPDATE patient SET merged_into_id = :a, merged_at = now() WHERE id = :f"),
                     {"a": people["A"], "f": people["F"]})
        insert = text("INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, checked_in_at, "
                      "cancel_reason) VALUES (:p, :d, :s, :e, :st, :ci, :why)")
        for key, day, hour, status in (("A", date(2025, 1, 12), 9, "completed"), ("A", date(2025, 1, 13), 9, "no_show"),
                                       ("C", date(2025, 1, 14), 9, "completed"),
                                       ("C", date(2025, 1, 15), 10, "checked_in"),
                                       ("D", date(2025, 1, 16), 9, "cancelled"),
                                       ("E", date(2025, 1, 20), 11, "completed"),
                                       ("A", date(2025, 3, 1), 9, "completed")):
            starts = at(day, hour)
            conn.execute(insert, {"p": people[key], "d": doctor_id, "s": starts, "e": starts + timedelta(minutes=15),
                                  "st": status, "ci": starts if status in ("completed", "checked_in") else None,
                                  "why": "Did not come" if status in ("no_show", "cancelled") else None})
    return people


def test_patients_by_area_counts_registrations_patients_and_visits(admin, known) -> None:
    result = reports.run_report(admin, "patients-by-area", JANUARY)
    assert [c.key for c in result.definition.columns] == ["area", "registered", "on_record", "visits"]
    rows = list(result.rows)
    # Other tests of this module register patients today (not in 2025): they count nowhere here.
    assert rows == [("Leeds", 1, 2, 3), ("York", 1, 1, 0), ("(not recorded)", 1, 1, 1)]
    march = reports.run_report(admin, "patients-by-area", ReportParams(date(2025, 3, 1), date(2025, 3, 31)))
    assert [r for r in march.rows if r[0] in ("Leeds", "York")] == [("Leeds", 0, 3, 1), ("York", 0, 1, 0)]


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR, Group.BILLING])
def test_only_administrators_run_it(database, known, group: Group) -> None:
    ctx = database.context_for(group)
    with pytest.raises(PermissionDenied):
        reports.run_report(ctx, "patients-by-area", JANUARY)
    with connect(database, group) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT * FROM hms_report_patients_by_area(%s, %s, 'Europe/London', NULL, NULL, NULL, NULL, "
                     "NULL)", (JANUARY.first, JANUARY.last))


BY_AREA = "hms_report_patients_by_area(date, date, text, integer, integer, integer, integer, integer)"


def test_the_guard_refuses_a_grant_given_too_widely(database, known) -> None:
    """EXECUTE granted by hand to PUBLIC: the function's own check still refuses reception (HM060)."""
    with database.owner.engine.begin() as conn:
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION {BY_AREA} TO PUBLIC"))
    try:
        with connect(database, Group.RECEPTION) as conn, pytest.raises(psycopg.Error) as refused:
            conn.execute("SELECT * FROM hms_report_patients_by_area('2025-01-01', '2025-01-31', 'UTC', NULL, NULL, "
                         "NULL, NULL, NULL)")
        assert refused.value.sqlstate == "HM060"
    finally:
        with database.owner.engine.begin() as conn:
            conn.execute(text(f"REVOKE EXECUTE ON FUNCTION {BY_AREA} FROM PUBLIC"))


def owner_url(database) -> str:
    from urllib.parse import quote

    cluster, target = database.cluster, database.target
    if cluster.embedded is not None:
        return f"postgresql://{cluster.owner}@:{target.port}/{database.name}?host={target.host}"
    password = f":{quote(cluster.owner_password, safe='')}" if cluster.owner_password else ""
    return f"postgresql://{cluster.owner}{password}@{target.host}:{target.port}/{database.name}"


def test_the_command_line_writes_it_to_csv_small_counts_hidden(database, known, tmp_path, capsys) -> None:
    from hms_desktop import cli

    out = tmp_path / "areas.csv"
    assert cli.main(["report", "run", "patients-by-area", "--from", "2025-01-01", "--to", "2025-01-31",
                     "--format", "csv", "--out", str(out), "--url", owner_url(database)]) == 0
    assert "rows written" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Area", "Registered", "On record", "Visits"]
    # Every count here is below five: "<5" in the file, a zero stays a zero (issue 12, item 7).
    assert rows[1:] == [["Leeds", "<5", "<5", "<5"], ["York", "<5", "<5", "0"], ["(not recorded)", "<5", "<5", "<5"]]
    shown = tmp_path / "areas-shown.csv"
    assert cli.main(["report", "run", "patients-by-area", "--from", "2025-01-01", "--to", "2025-01-31",
                     "--out", str(shown), "--show-small-counts", "--url", owner_url(database)]) == 0
    assert shown.read_text(encoding="utf-8-sig").splitlines()[1] == "Leeds,1,2,3"


def test_the_patients_behind_an_area_are_listed_for_administrators(admin, known) -> None:
    """Leeds in January 2025: A (registered and seen) and C (two visits); B registered in February, F merged."""
    result = reports.run_report(admin, "patients-by-area", JANUARY)
    assert reports.can_drill(admin, result.definition)
    leeds = [row[0] for row in result.rows].index("Leeds")
    drill = reports.drill_down(admin, result, leeds)
    assert drill.title.startswith("Patients registered or seen — Leeds (")
    assert [(row.patient_name, row.detail) for row in drill.rows] == [
        ("AreareportA, Area", "Registered in the range · 1 visit"), ("AreareportC, Area", "2 visits")]
    unrecorded = [row[0] for row in result.rows].index("(not recorded)")
    assert [row.patient_name for row in reports.drill_down(admin, result, unrecorded).rows
            if row.patient_name.startswith("Areareport")] == ["AreareportE, Area"]
