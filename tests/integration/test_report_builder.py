"""The ad-hoc report builder (issue 12, item 3) on a real PostgreSQL: every subject x dimension x measure of
the allow-list runs, known data gives known rows ("no-show rate by specialty by month"), templates saved by one
administrator run for another and export to XLSX and PDF, the database refuses other groups per subject, and
nothing typed reaches SQL (names, filter values, a tampered saved template)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import psycopg
import pytest
from factories import new_patient
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain import report_builder as builder
from hms_desktop.domain.report_builder import AdhocSpec
from hms_desktop.domain.staff import Group
from hms_desktop.services import reports
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from hms_desktop.services.reports import builder as service

FIRST, LAST = date(2025, 1, 1), date(2025, 12, 31)
NO_SHOW_RATE = AdhocSpec("appointments", "rate", "no_show", ("month", "specialty"))


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)  # January-February: London = UTC


@pytest.fixture(scope="module")
def known(database) -> dict[str, int]:
    """Cardiology (Dr Heart): January 4 due, 1 no-show; February 2 due, 1 no-show, plus one cancelled (not
    counted). Dermatology (Dr Skin): January 2 seen. One encounter with a primary I10 (circulatory)."""
    heart = database.add_user(Group.DOCTOR, stem="bheart", full_name="Dr Heart")
    skin = database.add_user(Group.DOCTOR, stem="bskin", full_name="Dr Skin")
    man = new_patient(database, sex="M", birth=date(1990, 6, 1))
    with database.owner.engine.begin() as conn:
        staff = dict(conn.execute(text("SELECT username, id FROM staff WHERE username IN (:a, :b)"),
                                  {"a": heart, "b": skin}).all())
        spec = {}
        for name in ("Cardiology bld", "Dermatology bld"):
            spec[name] = conn.execute(text("INSERT INTO specialty (name) VALUES (:n) RETURNING id"),
                                      {"n": name}).scalar_one()
        conn.execute(text("INSERT INTO doctor_specialty (staff_id, specialty_id) VALUES (:a, :s), (:b, :t)"),
                     {"a": staff[heart], "s": spec["Cardiology bld"], "b": staff[skin], "t": spec["Dermatology bld"]})
        insert = text("INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, cancel_reason) "
                      "VALUES (:p, :d, :s, :e, :st, :why)")
        rows = [(heart, date(2025, 1, 6), "completed"), (heart, date(2025, 1, 7), "completed"),
                (heart, date(2025, 1, 8), "completed"), (heart, date(2025, 1, 9), "no_show"),
                (heart, date(2025, 2, 3), "no_show"), (heart, date(2025, 2, 4), "completed"),
                (heart, date(2025, 2, 5), "cancelled"),
                (skin, date(2025, 1, 6), "completed"), (skin, date(2025, 1, 9), "completed")]
        for who, day, status in rows:
            starts = at(day, 9)
            conn.execute(insert, {"p": man, "d": staff[who], "s": starts, "e": starts + timedelta(minutes=15),
                                  "st": status, "why": "No" if status in ("no_show", "cancelled") else None})
        encounter = conn.execute(text(
            "INSERT INTO encounter (patient_id, doctor_id, kind) VALUES (:p, :d, 'walk_in') RETURNING id"),
            {"p": man, "d": staff[heart]}).scalar_one()
        conn.execute(text("UPDATE encounter SET created_at = :t WHERE id = :e"),
                     {"t": at(date(2025, 1, 10), 9), "e": encounter})
        conn.execute(text("INSERT INTO encounter_diagnosis (encounter_id, icd10_code, is_primary) "
                          "VALUES (:e, 'J45.9', false), (:e, 'I10', true)"), {"e": encounter})
    return {"heart": staff[heart], "skin": staff[skin], "cardiology": spec["Cardiology bld"]}


@pytest.fixture(scope="module")
def admin(database):
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def other_admin(database):
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def doctor(database):
    yield from database.logged_in(Group.DOCTOR)


@pytest.fixture(scope="module")
def billing(database):
    yield from database.logged_in(Group.BILLING)


def ours(rows, column: int = 1) -> list[tuple[object, ...]]:
    return [r for r in rows if str(r[column]).endswith(" bld")]


def every_spec() -> list[AdhocSpec]:
    """Each subject with each of its dimensions (paired with a time one where it has one) and each measure."""
    specs = []
    for subject in builder.SUBJECTS.values():
        measures: list[tuple[str, str | None]] = [("count", None)]
        for column in subject.columns:
            measures += [("rate", column.key)] if column.boolean else [("sum", column.key), ("avg", column.key)]
        for dimension in subject.dimensions:
            dims = (dimension,) if dimension in builder.TIME_DIMENSIONS else ("month", dimension)
            for measure, column_key in measures:
                specs.append(AdhocSpec(subject.key, measure, column_key, dims))  # type: ignore[arg-type]
    return specs


def spec_id(spec: AdhocSpec) -> str:
    return f"{spec.subject}-{spec.measure}-{spec.column}-{'.'.join(spec.dimensions)}"


@pytest.mark.parametrize("spec", every_spec(), ids=spec_id)
def test_every_choice_of_the_allow_list_runs(admin, known, spec: AdhocSpec) -> None:
    result = service.run_adhoc(admin, spec, FIRST, LAST)
    assert [c.key for c in result.definition.columns][: len(spec.dimensions)] == list(spec.dimensions)
    for row in result.rows:
        assert len(row) == len(result.definition.columns)
        if spec.dimensions and spec.dimensions[0] in builder.TIME_DIMENSIONS:
            assert isinstance(row[0], date)


def test_no_show_rate_by_specialty_by_month(admin, known) -> None:
    result = service.run_adhoc(admin, NO_SHOW_RATE, FIRST, LAST)
    assert [c.key for c in result.definition.columns] == ["month", "specialty", "count", "value"]
    assert result.definition.chart is not None and result.definition.chart.kind == "line"
    assert ours(result.rows) == [(date(2025, 1, 1), "Cardiology bld", 4, Decimal("0.2500")),
                                 (date(2025, 1, 1), "Dermatology bld", 2, Decimal("0.0000")),
                                 (date(2025, 2, 1), "Cardiology bld", 2, Decimal("0.5000"))]
    only = service.run_adhoc(admin, AdhocSpec("appointments", "rate", "no_show", ("month",),
                                              {"specialty": known["cardiology"]}), FIRST, LAST)
    assert only.rows == ((date(2025, 1, 1), 4, Decimal("0.2500")), (date(2025, 2, 1), 2, Decimal("0.5000")))


def test_counts_by_doctor_and_diagnosis_chapter(doctor, known) -> None:
    by_doctor = service.run_adhoc(doctor, AdhocSpec("appointments", "count", None, ("doctor",),
                                                    {"doctor": known["skin"]}), FIRST, LAST)
    assert by_doctor.rows == (("Dr Skin", 2),)
    chapters = service.run_adhoc(doctor, AdhocSpec("encounters", "count", None, ("diagnosis_chapter",),
                                                   {"doctor": known["heart"]}), FIRST, LAST)
    assert chapters.rows == (("IX Circulatory system", 1),)


# --- groups: diagnoses for doctors and admins, money for billing and admins (the database decides) ---

def test_services_refuse_subjects_of_other_groups(billing, doctor) -> None:
    with pytest.raises(PermissionDenied):
        service.run_adhoc(billing, NO_SHOW_RATE, FIRST, LAST)
    with pytest.raises(PermissionDenied):
        service.run_adhoc(doctor, AdhocSpec("invoices", "sum", "amount", ("month",)), FIRST, LAST)
    assert service.run_adhoc(billing, AdhocSpec("claims", "count", None, ("payer",)), FIRST, LAST).rows is not None
    assert {s.key for s in service.builder_subjects(billing)} == {"invoices", "claims"}
    assert {s.key for s in service.builder_subjects(doctor)} == {"appointments", "admissions", "encounters"}


ADHOC = "SELECT * FROM hms_report_adhoc(%s, %s, %s, %s, '2025-01-01', '2025-12-31', 'UTC', NULL, NULL, NULL, NULL)"
# subject -> groups that get rows
SUBJECT_GROUPS = {"patients": {Group.ADMIN}, "appointments": {Group.ADMIN, Group.DOCTOR},
                  "encounters": {Group.ADMIN, Group.DOCTOR}, "admissions": {Group.ADMIN, Group.DOCTOR},
                  "invoices": {Group.ADMIN, Group.BILLING}, "claims": {Group.ADMIN, Group.BILLING},
                  "stock_movements": {Group.ADMIN}}


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR, Group.BILLING, Group.ADMIN], ids=str)
def test_the_database_checks_the_group_per_subject(database, known, group: Group) -> None:
    """Straight SQL as each group: reception has no EXECUTE; the others get rows only for their subjects
    (HM060), and no group but administrators reads the templates table."""
    with database.connect_as(database.add_user(group)) as conn:
        conn.autocommit = True
        for subject, groups in SUBJECT_GROUPS.items():
            call = (ADHOC, (subject, "count", None, ["month"]))
            if group == Group.RECEPTION:
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(*call)
            elif group in groups:
                conn.execute(*call).fetchall()
            else:
                with pytest.raises(psycopg.Error) as refused:
                    conn.execute(*call)
                assert refused.value.sqlstate == "HM060"
        if group == Group.ADMIN:
            conn.execute("SELECT id, name, definition, created_by FROM report_template").fetchall()
        else:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT 1 FROM report_template")
        for internal in ("SELECT hms_report_adhoc_fragment('patients', 'from')",
                         "SELECT hms_report_adhoc_check('patients', 'count', NULL, '{}', '{}')"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(internal)


# --- nothing typed reaches SQL ---

INJECTIONS = ("appointments; DROP TABLE patient", "month' OR '1'='1", "x.status", "pt.family_name",
              "(SELECT family_name FROM patient LIMIT 1)", "MONTH", " month", "no_show)--")


@pytest.mark.parametrize("bad", INJECTIONS)
def test_names_not_on_the_allow_list_are_refused_before_and_in_sql(database, admin, known, bad: str) -> None:
    for spec in (AdhocSpec(bad, "count"), AdhocSpec("appointments", bad),  # type: ignore[arg-type]
                 AdhocSpec("appointments", "rate", bad, ("month",)),
                 AdhocSpec("appointments", "count", None, (bad,)),
                 AdhocSpec("appointments", "count", None, ("month",), {bad: 1})):
        with pytest.raises(ValidationFailed):
            service.run_adhoc(admin, spec, FIRST, LAST)
    # The database refuses the same names itself (a client that skips the domain's check).
    with database.connect_as(database.add_user(Group.ADMIN)) as conn:
        conn.autocommit = True
        for args in ((bad, "count", None, ["month"]), ("appointments", bad, None, ["month"]),
                     ("appointments", "sum", bad, ["month"]), ("appointments", "count", None, [bad]),
                     ("appointments", "count", None, ["month", bad])):
            with pytest.raises(psycopg.Error) as refused:
                conn.execute(ADHOC, args)
            assert refused.value.sqlstate == "HM065"
    with database.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT to_regclass('public.patient')")).scalar_one() is not None


def test_filter_values_must_be_ids(admin) -> None:
    for filters in ({"doctor": "1 OR 1=1"}, {"doctor": 0}, {"doctor": True}, {"payer": 1}):
        with pytest.raises(ValidationFailed):
            service.run_adhoc(admin, AdhocSpec("appointments", "count", None, ("month",), filters), FIRST, LAST)


# --- templates ---

def test_save_run_as_another_admin_and_export(database, admin, other_admin, known, tmp_path) -> None:
    """The issue's "done means": no-show rate by specialty by month, saved, run by another administrator,
    exported to XLSX and PDF and read back."""
    openpyxl = pytest.importorskip("openpyxl")
    saved = service.save_template(admin, "  No-show rate by specialty by month ", NO_SHOW_RATE)
    assert saved.name == "No-show rate by specialty by month"
    assert saved.created_by == admin.user.username  # the database's, not the client's
    listed = {t.name: t for t in service.list_templates(other_admin)}
    assert listed[saved.name].spec == NO_SHOW_RATE
    result = service.run_template(other_admin, saved.id, FIRST, LAST)
    assert result.definition.title == saved.name
    assert result.definition.name == "no-show-rate-by-specialty-by-month"
    assert (date(2025, 2, 1), "Cardiology bld", 2, Decimal("0.5000")) in result.rows

    xlsx = reports.export_report(other_admin, result, "xlsx", tmp_path / "noshow.xlsx")
    sheet = openpyxl.load_workbook(xlsx).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(values) if row[:4] == ["Month", "Specialty", "Appointments",
                                                                   "No-show rate"])
    body = [row[:4] for row in values[header + 1:] if row[1] == "Cardiology bld"]
    assert len(body) == 2
    assert body[1][2] == "<5"  # 2 appointments: a small count, hidden by default
    assert float(body[1][3]) == 0.5

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = reports.export_report(other_admin, result, "pdf", tmp_path / "noshow.pdf")
    words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "No-show rate by specialty by month" in words
    assert "Cardiology bld" in words and "50" in words and "<5" in words


def test_template_names_are_unique_whatever_the_case(admin) -> None:
    service.save_template(admin, "Encounters by chapter", AdhocSpec("encounters", "count", None,
                                                                     ("diagnosis_chapter",)))
    with pytest.raises(Conflict, match="already exists"):
        service.save_template(admin, "ENCOUNTERS BY CHAPTER", AdhocSpec("encounters", "count"))
    with pytest.raises(ValidationFailed):
        service.save_template(admin, "   ", AdhocSpec("encounters", "count"))


def test_only_admins_save_and_list_templates(doctor, billing) -> None:
    for ctx in (doctor, billing):
        with pytest.raises(PermissionDenied):
            service.save_template(ctx, "Mine", AdhocSpec("claims", "count"))
        with pytest.raises(PermissionDenied):
            service.list_templates(ctx)


TAMPERED = ('{"subject": "appointments", "measure": "count", "column": null, '
            '"dimensions": ["month; DROP TABLE patient"]}',
            '{"subject": "appointments", "measure": "sum", "column": "x.id", "dimensions": []}',
            '{"subject": "pg_authid", "measure": "count", "column": null, "dimensions": []}',
            '{"subject": "appointments", "measure": "count", "column": null, "dimensions": [], '
            '"filters": {"doctor": "1 OR 1=1"}}',
            '{"subject": "appointments", "measure": "count", "extra": "x"}',
            '["appointments"]')


@pytest.mark.parametrize("definition", TAMPERED)
def test_a_tampered_template_is_refused_on_save_and_on_run(database, admin, definition: str) -> None:
    # Written straight into the table as an administrator: the table's guard refuses it (HM065).
    with database.connect_as(admin.user.username) as conn:
        with pytest.raises(psycopg.Error) as refused:
            conn.execute("INSERT INTO report_template (name, definition) VALUES ('Tampered', %s::jsonb)",
                         (definition,))
        assert refused.value.sqlstate == "HM065"
    # Put in behind the guard's back (the owner with the trigger off): listed, but refused when run.
    with database.owner.engine.begin() as conn:
        conn.execute(text("ALTER TABLE report_template DISABLE TRIGGER template_guard"))
        template_id = conn.execute(text("INSERT INTO report_template (name, definition) "
                                        "VALUES (:n, CAST(:d AS jsonb)) RETURNING id"),
                                   {"n": f"Tampered {abs(hash(definition))}", "d": definition}).scalar_one()
        conn.execute(text("ALTER TABLE report_template ENABLE TRIGGER template_guard"))
    try:
        listed = {t.id: t for t in service.list_templates(admin)}
        assert listed[template_id].spec is None
        with pytest.raises(ValidationFailed):
            service.run_template(admin, template_id, FIRST, LAST)
    finally:
        with database.owner.engine.begin() as conn:
            conn.execute(text("DELETE FROM report_template WHERE id = :id"), {"id": template_id})


def test_the_database_sets_the_author_and_audits(database, admin) -> None:
    with database.connect_as(admin.user.username) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("INSERT INTO report_template (name, definition, created_by) "
                     "VALUES ('Forged', '{\"subject\": \"claims\", \"measure\": \"count\"}', 'someone')")
    saved = service.save_template(admin, "Claims by payer", AdhocSpec("claims", "count", None, ("payer",)))
    with database.owner.engine.connect() as conn:
        audited = conn.execute(text("SELECT count(*) FROM audit_log WHERE table_name = 'report_template' "
                                    "AND row_key = :id"), {"id": str(saved.id)}).scalar_one()
    assert audited == 1
    service.delete_template(admin, saved.id)
    with pytest.raises(NotFound):
        service.run_template(admin, saved.id, FIRST, LAST)


def owner_url(database) -> str:
    from urllib.parse import quote

    cluster, target = database.cluster, database.target
    if cluster.embedded is not None:
        return f"postgresql://{cluster.owner}@:{target.port}/{database.name}?host={target.host}"
    password = f":{quote(cluster.owner_password, safe='')}" if cluster.owner_password else ""
    return f"postgresql://{cluster.owner}{password}@{target.host}:{target.port}/{database.name}"


def test_cli_lists_and_runs_saved_reports(database, admin, known, tmp_path, capsys) -> None:
    from hms_desktop import cli

    url = owner_url(database)
    service.save_template(admin, "Appointments by doctor (CLI)", AdhocSpec("appointments", "count", None,
                                                                           ("doctor",)))
    assert cli.main(["report", "list"]) == 0
    assert "appointments-by-doctor-cli" not in capsys.readouterr().out  # plain list stays offline
    assert cli.main(["report", "list", "--saved", "--url", url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("appointments-by-doctor-cli  saved") for line in lines)
    out = tmp_path / "by-doctor.csv"
    assert cli.main(["report", "run", "appointments-by-doctor-cli", "--from", "2025-01-01", "--to", "2025-12-31",
                     "--out", str(out), "--url", url, "--show-small-counts"]) == 0
    assert "Dr Heart,6" in out.read_text(encoding="utf-8")
    assert cli.main(["report", "run", "no-such-saved-report", "--from", "2025-01-01", "--to", "2025-01-31",
                     "--out", str(tmp_path / "x.csv"), "--url", url]) == 2
    assert "no report called" in capsys.readouterr().err
