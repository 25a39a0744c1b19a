"""The report builder's allow-lists (pure): choices checked, saved definitions read back strictly, the
synthetic definition the runner and exports take, and the domain's lists matching the SQL fragments of
migration 0031 (a key offered here must be one the database knows, and no more)."""

from __future__ import annotations

import re

import pytest

from hms_desktop.db.migrate import migrations_dir
from hms_desktop.domain import report_builder as builder
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.report_builder import AdhocSpec
from hms_desktop.domain.staff import Group

NO_SHOW = AdhocSpec("appointments", "rate", "no_show", ("month", "specialty"))


def fragments_sql() -> str:
    return (migrations_dir() / "sql" / "hms_report_adhoc_fragment.v1.sql").read_text(encoding="utf-8")


def test_the_domain_offers_exactly_what_the_sql_knows() -> None:
    sql = fragments_sql()
    for subject in builder.SUBJECTS.values():
        dims = re.search(rf"WHEN '{subject.key}' THEN ARRAY\[([^\]]*)\]", sql)
        assert dims is not None, subject.key
        assert tuple(re.findall(r"'(\w+)'", dims.group(1))) == subject.dimensions, subject.key
        sums = set(re.findall(rf"'{subject.key}\|sum\.(\w+)'", sql))
        bools = set(re.findall(rf"'{subject.key}\|bool\.(\w+)'", sql))
        assert sums == {c.key for c in subject.columns if not c.boolean}, subject.key
        assert bools == {c.key for c in subject.columns if c.boolean}, subject.key
        groups = re.search(rf"'{subject.key}\|groups' THEN '([\w,]*)'", sql)
        assert groups is not None and set(groups.group(1).split(",")) == {g.value for g in subject.groups}
        filters = re.search(rf"'{subject.key}\|filters' THEN '([\w,]*)'", sql)
        assert filters is not None and tuple(f for f in filters.group(1).split(",") if f) == subject.filters


def test_money_for_billing_and_admins_diagnoses_for_doctors_and_admins() -> None:
    assert {s.key for s in builder.subjects_for(frozenset({Group.BILLING}))} == {"invoices", "claims"}
    doctor = builder.subjects_for(frozenset({Group.DOCTOR}))
    assert all("payer" not in s.dimensions and "service_category" not in s.dimensions for s in doctor)
    assert builder.subjects_for(frozenset({Group.RECEPTION})) == ()
    for subject in builder.SUBJECTS.values():
        if "diagnosis_chapter" in subject.dimensions:
            assert subject.groups == builder.CLINICAL


@pytest.mark.parametrize("spec", [
    AdhocSpec("nothing", "count"),
    AdhocSpec("appointments", "median"),  # type: ignore[arg-type]
    AdhocSpec("appointments", "count", "no_show"),
    AdhocSpec("appointments", "sum", "no_show"),  # a yes/no column is a rate
    AdhocSpec("appointments", "rate", "lead_days"),  # a number is summed or averaged
    AdhocSpec("appointments", "count", None, ("month", "week")),
    AdhocSpec("appointments", "count", None, ("doctor", "doctor")),
    AdhocSpec("appointments", "count", None, ("doctor", "sex", "month")),
    AdhocSpec("appointments", "count", None, ("payer",)),
    AdhocSpec("invoices", "count", None, ("diagnosis_chapter",)),
    AdhocSpec("appointments", "count", None, (), {"payer": 1}),
    AdhocSpec("appointments", "count", None, (), {"doctor": -1}),
], ids=repr)
def test_choices_off_the_lists_are_refused(spec: AdhocSpec) -> None:
    with pytest.raises(ValidationError):
        builder.validate(spec)


def test_a_definition_reads_back_only_as_saved() -> None:
    assert builder.from_json(builder.to_json(NO_SHOW)) == NO_SHOW
    for raw in ('{"subject": "appointments", "measure": "count", "drop": 1}', "[]", "not json",
                '{"subject": "appointments", "measure": "count", "dimensions": "month"}',
                '{"measure": "count"}'):
        with pytest.raises(ValidationError):
            builder.from_json(raw)


def test_the_synthetic_definition_feeds_the_runner_and_exports() -> None:
    definition = builder.definition_for(NO_SHOW)
    assert [(c.key, c.kind) for c in definition.columns] == [("month", "date"), ("specialty", "text"),
                                                            ("count", "int"), ("value", "percent")]
    assert definition.chart is not None and (definition.chart.kind, definition.chart.category) == ("line", "month")
    assert definition.groups == builder.CLINICAL
    plain = builder.definition_for(AdhocSpec("claims", "sum", "claimed", ("payer",)))
    assert plain.chart is not None and plain.chart.kind == "bar" and plain.columns[-1].kind == "money"
    assert builder.definition_for(AdhocSpec("patients", "count")).chart is None


def test_template_names() -> None:
    assert builder.validate_template_name("  Monthly   no-shows ") == "Monthly no-shows"
    for bad in ("", "   ", "x" * 81):
        with pytest.raises(ValidationError):
            builder.validate_template_name(bad)
