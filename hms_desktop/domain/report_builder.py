"""The ad-hoc report builder (issue 12, item 3): what a person may choose, checked against allow-lists. Pure.

A built report is a subject (what is counted), one measure and up to two dimensions (what it is broken down
by), plus the engine's filters. Every choice is a KEY of the allow-lists below; the SQL for each key is a fixed
fragment inside the database (``hms_report_adhoc_fragment``, migration 0031), which checks the same keys again.
So nothing a person types reaches SQL: a name that is not on a list is refused here and there, and the only
values bound into the query are dates and filter ids.

The result is the engine's ``ReportResult`` with a synthetic ``ReportDefinition`` (``definition_for``), so the
runner's table, chart and the exports work on it unchanged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.reports import (
    FILTER_WORDS,
    ChartSpec,
    ColumnKind,
    ReportColumn,
    ReportDefinition,
    ReportParams,
)
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

MeasureKind = Literal["count", "sum", "avg", "rate"]

# At most this many dimensions: a table of two keys still reads as a table and a chart (the runner's chart
# splits the second into series); a third would not.
MAX_DIMENSIONS = 2
TEMPLATE_NAME_MAX = 80


@dataclass(frozen=True, slots=True)
class Dimension:
    key: str
    label_source: str  # English, marked QT_TRANSLATE_NOOP("reports", ...): ``label`` is what people read
    kind: ColumnKind  # "date" for day/week/month, else "text"

    @property
    def label(self) -> str:
        return translate("reports", self.label_source)


@dataclass(frozen=True, slots=True)
class MeasureColumn:
    """A numeric column that may be summed/averaged, or a yes/no column whose share ("rate") is shown."""

    key: str
    label_source: str  # English, marked for translation
    kind: ColumnKind  # of its sum/average: "money", "days", "decimal", "int"
    boolean: bool = False  # only "rate" applies

    @property
    def label(self) -> str:
        return translate("reports", self.label_source)


@dataclass(frozen=True, slots=True)
class Subject:
    key: str
    label_source: str  # English, marked for translation
    counted_source: str  # what one row is, for the count column's label ("Appointments"), marked for translation
    dimensions: tuple[str, ...]
    columns: tuple[MeasureColumn, ...]
    filters: tuple[str, ...]
    groups: frozenset[Group]

    @property
    def label(self) -> str:
        return translate("reports", self.label_source)

    @property
    def counted(self) -> str:
        return translate("reports", self.counted_source)

    def column(self, key: str) -> MeasureColumn | None:
        return next((c for c in self.columns if c.key == key), None)


DIMENSIONS: dict[str, Dimension] = {d.key: d for d in (
    Dimension("day", QT_TRANSLATE_NOOP("reports", "Day"), "date"),
    Dimension("week", QT_TRANSLATE_NOOP("reports", "Week"), "date"),
    Dimension("month", QT_TRANSLATE_NOOP("reports", "Month"), "date"),
    Dimension("department", QT_TRANSLATE_NOOP("reports", "Department"), "text"),
    Dimension("doctor", QT_TRANSLATE_NOOP("reports", "Doctor"), "text"),
    Dimension("specialty", QT_TRANSLATE_NOOP("reports", "Specialty"), "text"),
    Dimension("sex", QT_TRANSLATE_NOOP("reports", "Sex"), "text"),
    Dimension("age_band", QT_TRANSLATE_NOOP("reports", "Age band"), "text"),
    Dimension("payer", QT_TRANSLATE_NOOP("reports", "Payer"), "text"),
    Dimension("service_category", QT_TRANSLATE_NOOP("reports", "Service category"), "text"),
    Dimension("diagnosis_chapter", QT_TRANSLATE_NOOP("reports", "Diagnosis chapter"), "text"),
)}
TIME_DIMENSIONS = ("day", "week", "month")

MEASURES: dict[MeasureKind, str] = {
    "count": QT_TRANSLATE_NOOP("domain", "Count"),
    "sum": QT_TRANSLATE_NOOP("domain", "Sum"),
    "avg": QT_TRANSLATE_NOOP("domain", "Average"),
    "rate": QT_TRANSLATE_NOOP("domain", "Rate"),
}

CLINICAL = frozenset({Group.ADMIN, Group.DOCTOR})
MONEY = frozenset({Group.ADMIN, Group.BILLING})
ADMIN_ONLY = frozenset({Group.ADMIN})
_PEOPLE = ("sex", "age_band")

# Mirrors hms_report_adhoc_fragment (migrations/sql/hms_report_adhoc_fragment.v1.sql): a key here without a
# fragment there is refused by the database (HM065); tests/unit/test_report_builder.py compares the two.
SUBJECTS: dict[str, Subject] = {s.key: s for s in (
    Subject("patients", QT_TRANSLATE_NOOP("reports", "Patients (registered)"), QT_TRANSLATE_NOOP("reports", "Patients"),
            TIME_DIMENSIONS + _PEOPLE,
            (MeasureColumn("age_years", QT_TRANSLATE_NOOP("reports", "Age (years)"), "decimal"),), (), ADMIN_ONLY),
    Subject("appointments", QT_TRANSLATE_NOOP("reports", "Appointments"), QT_TRANSLATE_NOOP("reports", "Appointments"),
            (*TIME_DIMENSIONS, "department", "doctor", "specialty", *_PEOPLE),
            (MeasureColumn("lead_days", QT_TRANSLATE_NOOP("reports", "Lead time (days)"), "days"),
             MeasureColumn("wait_minutes", QT_TRANSLATE_NOOP("reports", "Wait (minutes)"), "decimal"),
             MeasureColumn("no_show", QT_TRANSLATE_NOOP("reports", "No-show"), "percent", boolean=True),
             MeasureColumn("completed", QT_TRANSLATE_NOOP("reports", "Seen"), "percent", boolean=True)),
            ("department", "doctor", "specialty"), CLINICAL),
    Subject("admissions", QT_TRANSLATE_NOOP("reports", "Admissions"), QT_TRANSLATE_NOOP("reports", "Admissions"),
            (*TIME_DIMENSIONS, "department", "doctor", *_PEOPLE),
            (MeasureColumn("length_days", QT_TRANSLATE_NOOP("reports", "Length of stay (days)"), "days"),
             MeasureColumn("discharged", QT_TRANSLATE_NOOP("reports", "Discharged"), "percent", boolean=True)),
            ("department", "doctor"), CLINICAL),
    Subject("encounters", QT_TRANSLATE_NOOP("reports", "Encounters"), QT_TRANSLATE_NOOP("reports", "Encounters"),
            (*TIME_DIMENSIONS, "department", "doctor", "specialty", *_PEOPLE, "diagnosis_chapter"),
            (MeasureColumn("signed", QT_TRANSLATE_NOOP("reports", "Signed"), "percent", boolean=True),),
            ("department", "doctor", "specialty"), CLINICAL),
    Subject("invoices", QT_TRANSLATE_NOOP("reports", "Invoice lines (issued)"),
            QT_TRANSLATE_NOOP("reports", "Lines"),
            (*TIME_DIMENSIONS, "department", "doctor", "service_category", *_PEOPLE),
            (MeasureColumn("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money"),), ("department", "doctor"),
            MONEY),
    Subject("claims", QT_TRANSLATE_NOOP("reports", "Insurance claims"), QT_TRANSLATE_NOOP("reports", "Claims"),
            (*TIME_DIMENSIONS, "payer", *_PEOPLE),
            (MeasureColumn("claimed", QT_TRANSLATE_NOOP("reports", "Claimed"), "money"),
             MeasureColumn("rejected", QT_TRANSLATE_NOOP("reports", "Rejected"), "percent", boolean=True)),
            ("payer",), MONEY),
    Subject("stock_movements", QT_TRANSLATE_NOOP("reports", "Stock movements"),
            QT_TRANSLATE_NOOP("reports", "Movements"), TIME_DIMENSIONS,
            (MeasureColumn("quantity", QT_TRANSLATE_NOOP("reports", "Quantity"), "int"),), (), ADMIN_ONLY),
)}


@dataclass(frozen=True, slots=True)
class AdhocSpec:
    """What the builder asks for. ``column`` is None for "count"; ``filters`` are filter name -> id."""

    subject: str
    measure: MeasureKind
    column: str | None = None
    dimensions: tuple[str, ...] = ()
    filters: dict[str, int] = field(default_factory=dict)

    def __hash__(self) -> int:  # filters is a dict; the spec is compared, not hashed, but frozen wants one
        return hash((self.subject, self.measure, self.column, self.dimensions, tuple(sorted(self.filters.items()))))

    def params(self, first: Any, last: Any) -> ReportParams:
        return ReportParams(first=first, last=last, department_id=self.filters.get("department"),
                            doctor_id=self.filters.get("doctor"), specialty_id=self.filters.get("specialty"),
                            payer_id=self.filters.get("payer"))


def subjects_for(groups: frozenset[Group]) -> tuple[Subject, ...]:
    return tuple(s for s in SUBJECTS.values() if s.groups & groups)


def validate(spec: AdhocSpec) -> AdhocSpec:
    """Every choice from the allow-lists, or ValidationError in words. Run on build, save and run."""
    problems: dict[str, str] = {}
    subject = SUBJECTS.get(spec.subject) if isinstance(spec.subject, str) else None
    if subject is None:
        raise ValidationError({"subject": translate("reports", "Choose what to report on from the list.")})
    if spec.measure not in MEASURES:
        problems["measure"] = translate("reports", "Choose a measure from the list.")
    elif spec.measure == "count":
        if spec.column is not None:
            problems["column"] = translate("reports", "A count needs no column.")
    else:
        column = subject.column(spec.column) if isinstance(spec.column, str) else None
        if column is None:
            problems["column"] = translate("reports", "Choose a column of {subject_label} from the list.").format(
                                     subject_label=subject.label.lower())
        elif column.boolean != (spec.measure == "rate"):
            problems["column"] = (translate("reports", "A rate is the share of a yes/no column; sums and averages "
                                                       "need a number.")
                                  if spec.measure == "rate" else
                                  translate("reports", "“{column}” is a yes/no column: choose the rate.").format(
                                      column=column.label))
    dims = spec.dimensions
    if not isinstance(dims, tuple) or len(dims) > MAX_DIMENSIONS:
        problems["dimensions"] = translate("reports", "Choose at most {limit} ways to break the report down.").format(
                                     limit=MAX_DIMENSIONS)
    elif any(not isinstance(d, str) or d not in subject.dimensions for d in dims):
        problems["dimensions"] = translate("reports", "Choose how to break {subject_label} down from the list.").format(
                                     subject_label=subject.label.lower())
    elif len(set(dims)) != len(dims):
        problems["dimensions"] = translate("reports", "Choose each way to break the report down once.")
    elif sum(d in TIME_DIMENSIONS for d in dims) > 1:
        problems["dimensions"] = translate("reports", "Choose one of day, week or month.")
    if not isinstance(spec.filters, dict):
        problems["filters"] = translate("reports", "Choose the filters from the lists.")
    else:
        for name, value in spec.filters.items():
            if name not in subject.filters:
                problems["filters"] = translate("reports", "{subject_label} cannot be filtered by {filter}.").format(
                                          subject_label=subject.label, filter=_filter_word(name))
            elif type(value) is not int or value <= 0:
                problems["filters"] = translate("reports", "Choose a {filter} from the list.").format(
                                          filter=_filter_word(name))
    if problems:
        raise ValidationError(problems)
    return spec


def _filter_word(name: str) -> str:
    """A filter as a sentence names it; a name that is not a filter (refused) as it came."""
    return translate("reports", FILTER_WORDS[name]) if name in FILTER_WORDS else name


def to_json(spec: AdhocSpec) -> str:
    return json.dumps({"subject": spec.subject, "measure": spec.measure, "column": spec.column,
                       "dimensions": list(spec.dimensions), "filters": dict(spec.filters)}, sort_keys=True)


def from_json(data: str | dict[str, Any]) -> AdhocSpec:
    """A saved template's definition back as a spec, checked (a tampered row is refused, never run)."""
    try:
        raw = json.loads(data) if isinstance(data, str) else data
        if not isinstance(raw, dict) or set(raw) - {"subject", "measure", "column", "dimensions", "filters"}:
            raise ValueError
        dims = raw.get("dimensions") or []
        if not isinstance(dims, list):
            raise ValueError
        spec = AdhocSpec(subject=raw["subject"], measure=raw["measure"], column=raw.get("column"),
                         dimensions=tuple(dims), filters=raw.get("filters") or {})
    except (ValueError, KeyError, TypeError):
        raise ValidationError({"definition": translate("reports", "This saved report is not one the "
                                                                  "builder can run.")}) from None
    return validate(spec)


def measure_column(spec: AdhocSpec) -> ReportColumn | None:
    """The value column besides the count, or None for a plain count."""
    if spec.measure == "count" or spec.column is None:
        return None
    column = SUBJECTS[spec.subject].column(spec.column)
    assert column is not None
    # The label is worded now, in the workstation's language (ReportColumn.label translates it again: no entry,
    # so it stays as worded here).
    if spec.measure == "rate":
        return ReportColumn("value", translate("reports", "{column} rate").format(column=column.label), "percent")
    kind: ColumnKind = column.kind if spec.measure == "sum" or column.kind != "int" else "decimal"
    worded = (translate("reports", "Sum of {column}") if spec.measure == "sum"
              else translate("reports", "Average of {column}"))
    return ReportColumn("value", worded.format(column=column.label.lower()), kind)


def title_for(spec: AdhocSpec) -> str:
    subject = SUBJECTS[spec.subject]
    value = measure_column(spec)
    what = value.label if value is not None else subject.counted
    title = translate("reports", "{what} ({subject})").format(what=what, subject=subject.label.lower())
    for dimension in spec.dimensions:
        title = translate("reports", "{title} by {dimension}").format(title=title,
                                                                      dimension=DIMENSIONS[dimension].label.lower())
    return title


def definition_for(spec: AdhocSpec, *, name: str = "adhoc", title: str | None = None) -> ReportDefinition:
    """The synthetic definition: the dimensions' columns, the count, the measure; a chart over the first
    dimension (a line over time, else bars), the second dimension split into series by the runner's chart."""
    subject = SUBJECTS[spec.subject]
    columns = [ReportColumn(d, DIMENSIONS[d].label, DIMENSIONS[d].kind) for d in spec.dimensions]
    columns.append(ReportColumn("count", subject.counted, "int"))
    value = measure_column(spec)
    if value is not None:
        columns.append(value)
    series = ("value",) if value is not None else ("count",)
    chart: ChartSpec | None = None
    if spec.dimensions:
        first = spec.dimensions[0]
        chart = ChartSpec("line" if first in TIME_DIMENSIONS else "bar", first, series)
    return ReportDefinition(
        name=name, title_source=title or title_for(spec), family="built",
        description_source=translate("reports", "Built in the report builder: {title}.").format(title=title_for(spec)),
        filters=subject.filters, columns=tuple(columns), chart=chart, groups=subject.groups)


def validate_template_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError({"name": translate("reports", "Give the report a name.")})
    if len(cleaned) > TEMPLATE_NAME_MAX:
        raise ValidationError({"name": translate("reports", "Use at most {limit} characters for the name.").format(
                                           limit=TEMPLATE_NAME_MAX)})
    return cleaned
