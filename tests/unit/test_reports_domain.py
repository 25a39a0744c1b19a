"""The report registry and its rules (pure): names, the small-count rule, parameter checks, and that
migration 0030 grants each report function to the groups the registry names."""

from __future__ import annotations

import importlib.util
import re
from datetime import date
from decimal import Decimal

import pytest

from hms_desktop.db.migrate import migrations_dir
from hms_desktop.domain import reports
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.reports import FILTERS, ReportParams, shown_value
from hms_desktop.domain.staff import Group


def _migration(name: str = "0030_reports"):
    path = migrations_dir() / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"migration_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _granted_reports() -> dict[str, tuple[str, ...]]:
    """Report function -> groups, from 0030 and every later migration that adds reports (its ``REPORTS``)."""
    granted: dict[str, tuple[str, ...]] = {}
    for path in sorted((migrations_dir() / "versions").glob("0*.py")):
        if path.stem >= "0030":
            granted.update(getattr(_migration(path.stem), "REPORTS", {}))
    return granted


def test_names_are_lowercase_hyphen_and_unique() -> None:
    names = [r.name for r in reports.REPORTS]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", n) for n in names)


def test_every_definition_is_consistent() -> None:
    for r in reports.REPORTS:
        keys = [c.key for c in r.columns]
        assert len(set(keys)) == len(keys), r.name
        assert set(r.filters) <= set(FILTERS), r.name
        assert r.groups, r.name
        if r.chart is not None:
            assert r.chart.category in keys and set(r.chart.series) <= set(keys), r.name


def test_the_migration_grants_each_report_to_the_registrys_groups() -> None:
    granted = _granted_reports()
    assert set(granted) == {r.function.removeprefix("hms_report_") for r in reports.REPORTS}
    for r in reports.REPORTS:
        assert set(granted[r.function.removeprefix("hms_report_")]) == {g.value for g in r.groups}, r.name


def test_billing_never_gets_clinical_reports_nor_doctors_money() -> None:
    for r in reports.REPORTS:
        if r.family in ("diagnoses", "appointments", "inpatients", "patients"):
            assert Group.BILLING not in r.groups, r.name
        if r.family in ("revenue", "insurance"):
            assert Group.DOCTOR not in r.groups, r.name
        assert Group.ADMIN in r.groups and Group.RECEPTION not in r.groups


def test_find_forgives_case_and_spaces_only() -> None:
    assert reports.find("  No-Show-Rate ") is reports.BY_NAME["no-show-rate"]
    assert reports.find("no_show_rate") is None
    assert reports.find("no-show-rate; drop table patient") is None


def test_small_counts_are_hidden_in_count_columns_only() -> None:
    definition = reports.BY_NAME["no-show-rate"]
    due, rate = definition.column("due"), definition.column("rate")
    assert [shown_value(due, v, show_small_counts=False) for v in (0, 1, 4, 5, None)] == [0, "<5", "<5", 5, None]
    assert shown_value(due, 3, show_small_counts=True) == 3
    assert shown_value(rate, Decimal("0.0300"), show_small_counts=False) == Decimal("0.0300")


@pytest.mark.parametrize(("params", "field"), [
    (ReportParams(date(2025, 2, 1), date(2025, 1, 1)), "last"),
    (ReportParams(date(2019, 1, 1), date(2025, 1, 1)), "last"),
    (ReportParams(date(2025, 1, 1), date(2025, 1, 31), payer_id=1), "payer"),
    (ReportParams(date(2025, 1, 1), date(2025, 1, 31), doctor_id=0), "doctor"),
    (ReportParams(date(2025, 1, 1), date(2025, 1, 31), doctor_id=True), "doctor"),
])
def test_bad_params_are_refused_in_words(params: ReportParams, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        reports.validate_params(reports.BY_NAME["no-show-rate"], params)
    assert field in refused.value.problems


def test_good_params_pass() -> None:
    params = ReportParams(date(2025, 1, 1), date(2025, 12, 31), doctor_id=3, specialty_id=2)
    assert reports.validate_params(reports.BY_NAME["no-show-rate"], params) is params
