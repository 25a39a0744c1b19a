"""Drill-down (issue 12, item 7), pure: which reports have patients behind their rows and who may see them, that
migration 0033 grants each drill function to exactly those groups, that every function is capped at the
screen's 500 + 1, and the list's title."""

from __future__ import annotations

import importlib.util
import re
from datetime import date

from hms_desktop.db import sql_objects
from hms_desktop.db.migrate import migrations_dir
from hms_desktop.domain import reports
from hms_desktop.domain.reports import DRILL_CAP, DRILLS, ReportParams
from hms_desktop.domain.staff import Group
from hms_desktop.services.reports.drill import drill_function


def _module(name: str):
    path = migrations_dir() / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"migration_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Drills:
    """The drill grants of every migration that makes drill functions (0033, and 0034's patients-by-area)."""

    DRILLS = {**_module("0033_report_drill").DRILLS, **_module("0034_patient_area").DRILLS}


def _migration() -> type[_Drills]:
    return _Drills


def test_every_report_about_patients_has_a_drill_and_the_others_none() -> None:
    without = {r.name for r in reports.REPORTS if not r.drill}
    assert without == {"resource-utilisation", "stock-valuation", "stock-consumption", "expiring-batches"}
    assert {r.name for r in reports.REPORTS if r.drill} == set(DRILLS)


def test_who_may_drill_can_run_the_report_and_billing_sees_no_clinical_patients() -> None:
    for r in reports.REPORTS:
        assert r.drill <= r.groups, r.name
        assert Group.RECEPTION not in r.drill, r.name  # reception runs no report
        if r.family in ("appointments", "inpatients", "diagnoses"):
            assert r.drill == {Group.ADMIN, Group.DOCTOR}, r.name
        if r.family in ("revenue", "insurance"):
            assert r.drill == {Group.ADMIN, Group.BILLING}, r.name
        if r.family == "patients":
            assert r.drill == {Group.ADMIN}, r.name


def test_the_key_columns_are_text_or_date_columns_of_the_report() -> None:
    for name, spec in DRILLS.items():
        definition = reports.BY_NAME[name]
        assert spec.key, name
        for key in spec.key:
            assert definition.column(key).kind in ("text", "date"), (name, key)


def test_the_migration_grants_each_drill_to_the_registrys_groups() -> None:
    granted = _migration().DRILLS
    assert set(granted) == {drill_function(reports.BY_NAME[name]).removeprefix("hms_report_drill_")
                            for name in DRILLS}
    for name in DRILLS:
        definition = reports.BY_NAME[name]
        assert set(granted[drill_function(definition).removeprefix("hms_report_drill_")]) == {
            g.value for g in definition.drill}, name


def test_every_drill_function_checks_its_groups_key_and_cap() -> None:
    for name, spec in DRILLS.items():
        definition = reports.BY_NAME[name]
        function = drill_function(definition)
        sql = sql_objects.read(function, 1)
        groups = ", ".join(f"'{g}'" for g in sorted(g.value for g in definition.drill))
        assert (f"PERFORM hms_report_drill_guard('{name}', ARRAY[{groups}], p_first, p_last, p_key, "
                f"{len(spec.key)});") in sql, name
        assert re.search(rf"\bLIMIT {DRILL_CAP + 1};\s*END", sql), name
        assert "SECURITY DEFINER" in sql and "p_key text[]" in sql, name


def test_the_title_names_the_list_the_row_and_the_range() -> None:
    params = ReportParams(date(2026, 1, 1), date(2026, 3, 31))
    no_shows = reports.BY_NAME["no-show-rate"]
    assert reports.drill_title(no_shows, params, ("2026-03-01", "Cardiology")) == (
        "No-shows — March 2026, Cardiology (01 Jan 2026 – 31 Mar 2026)")
    by_day = reports.BY_NAME["revenue-by-day"]
    assert reports.drill_title(by_day, params, ("2026-02-05", "card")) == (
        "Payments — 05 Feb 2026, card (01 Jan 2026 – 31 Mar 2026)")
    volume = reports.BY_NAME["appointment-volume"]
    assert reports.drill_title(volume, params, ("Dr Amal Haddad", None)) == (
        "Appointments — Dr Amal Haddad, (none) (01 Jan 2026 – 31 Mar 2026)")
