"""Predefined reports (issue 12): what each report is, who may run it, and the small-count rule. Pure.

A report is only a name the program knows: its rows come from one SQL function of migration 0030
(``hms_report_<name with underscores>``), which checks the caller's group itself (SECURITY DEFINER, EXECUTE
granted per group) and returns aggregates only. Nothing a person types reaches SQL: the function name comes
from this registry, the date range and the filters are bound parameters (ids and dates, never text).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import translate

ColumnKind = Literal["text", "int", "decimal", "money", "percent", "date", "days"]
ChartKind = Literal["bar", "line", "pie", "pyramid", "stacked_bar"]
ExportFormat = Literal["csv", "xlsx", "pdf"]

# The filters a report may offer, in the order a screen shows them.
FILTERS: tuple[str, ...] = ("department", "doctor", "specialty", "payer", "ward")

# A count below this is shown as "<5" in exported files (issue 12, item 7), unless an admin asks otherwise.
SMALL_COUNT = 5
SMALL_COUNT_TEXT = "<5"

# Five years at most (a longer range is refused in words, by the functions too: HM061): a report over more
# would scan most of the history at once.
MAX_RANGE_DAYS = 366 * 5


@dataclass(frozen=True, slots=True)
class ReportColumn:
    key: str
    label: str
    kind: ColumnKind


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """``category``: the column along the axis (or the slices); ``series``: the value columns drawn.
    A "pyramid" has two series drawn to either side (male left, female right)."""

    kind: ChartKind
    category: str
    series: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReportDefinition:
    name: str  # lowercase-hyphen, e.g. "no-show-rate" (the CLI name)
    title: str
    family: str
    description: str
    filters: tuple[str, ...]  # subset of FILTERS
    columns: tuple[ReportColumn, ...]
    chart: ChartSpec | None
    groups: frozenset[Group]  # who may run it (the database checks it too)
    # Who may see the patients behind one row (drill-down, issue 12 item 7); empty: no drill-down. Always a
    # subset of ``groups`` (a person must be able to run the report to have a row to drill into).
    drill: frozenset[Group] = frozenset()

    @property
    def function(self) -> str:
        """The SQL function returning the rows (migration 0030); only ever built from this registry."""
        return "hms_report_" + self.name.replace("-", "_")

    def column(self, key: str) -> ReportColumn:
        return next(c for c in self.columns if c.key == key)


@dataclass(frozen=True, slots=True)
class ReportParams:
    first: date
    last: date
    department_id: int | None = None
    doctor_id: int | None = None
    specialty_id: int | None = None
    payer_id: int | None = None
    ward_id: int | None = None

    def filter_value(self, name: str) -> int | None:
        return {"department": self.department_id, "doctor": self.doctor_id, "specialty": self.specialty_id,
                "payer": self.payer_id, "ward": self.ward_id}[name]


@dataclass(frozen=True, slots=True)
class ReportResult:
    definition: ReportDefinition
    params: ReportParams
    rows: tuple[tuple[Any, ...], ...]
    generated_at: datetime
    source: str = "primary"  # or "replica (N s behind)"


def validate_params(definition: ReportDefinition, params: ReportParams) -> ReportParams:
    """The range in order and not too long, filters the report has, ids that are ids: refused in words."""
    problems: dict[str, str] = {}
    if params.last < params.first:
        problems["last"] = translate("reports", "The last day is before the first. Choose a range that runs forward.")
    elif (params.last - params.first).days >= MAX_RANGE_DAYS:
        problems["last"] = translate("reports", "Choose a range of at most five years.")
    for name in FILTERS:
        value = params.filter_value(name)
        if value is None:
            continue
        if name not in definition.filters:
            problems[name] = translate("reports", "The report “{definition_title}” cannot be filtered by "
                                                  "{name}.").format(definition_title=definition.title, name=name)
        elif type(value) is not int or value <= 0:  # bool is not an id either
            problems[name] = translate("reports", "Choose a {name} from the list.").format(name=name)
    if problems:
        raise ValidationError(problems)
    return params


def is_count(column: ReportColumn) -> bool:
    """Counts of people or events: the cells the small-count rule hides."""
    return column.kind == "int"


def shown_value(column: ReportColumn, value: Any, *, show_small_counts: bool) -> Any:
    """A cell as an exported file shows it: a count of 1-4 becomes "<5" unless small counts are shown."""
    if (not show_small_counts and is_count(column) and isinstance(value, int) and not isinstance(value, bool)
            and 0 < value < SMALL_COUNT):
        return SMALL_COUNT_TEXT
    return value


# --- Drill-down (issue 12, item 7): the patients behind one row of a report. ---------------------------------

# At most this many patients are listed; the SQL returns one more, so the dialog can say the list was cut.
DRILL_CAP = 500


@dataclass(frozen=True, slots=True)
class DrillRow:
    """One patient behind a report row: an appointment, admission, diagnosis or invoice of theirs."""

    mrn: str
    patient_name: str  # "Family, Given"
    when: date | datetime | None  # a moment on the hospital's wall clock (naive), a day, or None (age pyramid)
    detail: str


@dataclass(frozen=True, slots=True)
class DrillDown:
    title: str  # e.g. "No-shows — Cardiology, March 2026"
    rows: tuple[DrillRow, ...]
    truncated: bool  # more than DRILL_CAP were found; only the first DRILL_CAP are in ``rows``


@dataclass(frozen=True, slots=True)
class DrillSpec:
    """What a row of a drillable report stands for: its key columns and the noun of the list's title."""

    key: tuple[str, ...]  # the report's columns that identify a row (passed to the drill function)
    noun: str  # "No-shows", "Admissions", ... (the dialog's title starts with it)


# The drillable reports (migration 0033_report_drill, one ``hms_report_drill_<name>`` each). Reports not about
# patients (rooms and equipment, pharmacy) have none.
DRILLS: dict[str, DrillSpec] = {
    "appointment-volume": DrillSpec(("doctor", "specialty"), "Appointments"),
    "no-show-rate": DrillSpec(("month", "specialty"), "No-shows"),
    "lead-time": DrillSpec(("specialty",), "Appointments"),
    "waiting-time": DrillSpec(("doctor",), "Patients seen"),
    "bed-occupancy": DrillSpec(("ward",), "Patients in the ward"),
    "length-of-stay": DrillSpec(("ward",), "Discharges"),
    "admissions-discharges": DrillSpec(("month",), "Admissions and discharges"),
    "revenue-by-day": DrillSpec(("day", "method"), "Payments"),
    "revenue-by-category": DrillSpec(("category",), "Invoices"),
    "revenue-by-doctor": DrillSpec(("doctor",), "Invoices"),
    "revenue-by-payer": DrillSpec(("payer",), "Invoices"),
    "outstanding-balances": DrillSpec(("age",), "Invoices owed"),
    "top-diagnoses": DrillSpec(("code",), "Patients diagnosed"),
    "diagnosis-chapters": DrillSpec(("month", "chapter"), "Patients diagnosed"),
    "age-pyramid": DrillSpec(("age_band",), "Patients seen"),
    "new-registrations": DrillSpec(("month",), "New registrations"),
    "patients-by-area": DrillSpec(("area",), "Patients registered or seen"),
    "claims-by-status": DrillSpec(("payer", "status"), "Claims"),
    "claim-rejection-rate": DrillSpec(("payer",), "Claims answered"),
    "claim-rejection-reasons": DrillSpec(("payer", "reason"), "Rejected claims"),
    "days-to-payment": DrillSpec(("payer",), "Paid claims"),
}


def drill_key(definition: ReportDefinition) -> tuple[str, ...]:
    return DRILLS[definition.name].key


def _day_text(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def drill_title(definition: ReportDefinition, params: ReportParams, key: tuple[str | None, ...]) -> str:
    """"No-shows — March 2026, Cardiology (1 Jan – 31 Mar 2026)": the list, the row, the report's range."""
    spec = DRILLS[definition.name]
    parts: list[str] = []
    for name, value in zip(spec.key, key, strict=True):
        column = definition.column(name)
        if value is None:
            parts.append("(none)")
        elif column.kind == "date" and name == "month":
            parts.append(f"{date.fromisoformat(value):%B %Y}")
        elif column.kind == "date":
            parts.append(_day_text(date.fromisoformat(value)))
        else:
            parts.append(value)
    return f"{spec.noun} — {', '.join(parts)} ({_day_text(params.first)} – {_day_text(params.last)})"


def _c(key: str, label: str, kind: ColumnKind) -> ReportColumn:
    return ReportColumn(key, label, kind)


CLINICAL = frozenset({Group.ADMIN, Group.DOCTOR})
MONEY = frozenset({Group.ADMIN, Group.BILLING})
ADMIN_ONLY = frozenset({Group.ADMIN})
# Who may see the patients behind a row (drill-down). Reception runs no report, so drills none; billing never
# sees who had which diagnosis or appointment, doctors never whose invoices are owed.
DRILL_CLINICAL = CLINICAL
DRILL_MONEY = MONEY
DRILL_ADMIN = ADMIN_ONLY

APPOINTMENT_FILTERS = ("department", "doctor", "specialty")

REPORTS: tuple[ReportDefinition, ...] = (
    # --- appointments ---
    ReportDefinition(
        "appointment-volume", "Appointment volume by doctor and specialty", "appointments",
        "Appointments starting in the range, by doctor and specialty, and what became of them.",
        APPOINTMENT_FILTERS,
        (_c("doctor", "Doctor", "text"), _c("specialty", "Specialty", "text"), _c("booked", "Booked", "int"),
         _c("seen", "Seen", "int"), _c("no_shows", "No-shows", "int"), _c("cancelled", "Cancelled", "int")),
        ChartSpec("stacked_bar", "doctor", ("seen", "no_shows", "cancelled")), CLINICAL, drill=DRILL_CLINICAL),
    ReportDefinition(
        "no-show-rate", "No-show rate by specialty by month", "appointments",
        "Of the appointments due in each month, the share marked a no-show, by specialty.",
        APPOINTMENT_FILTERS,
        (_c("month", "Month", "date"), _c("specialty", "Specialty", "text"), _c("due", "Due", "int"),
         _c("no_shows", "No-shows", "int"), _c("rate", "No-show rate", "percent")),
        ChartSpec("line", "month", ("rate",)), CLINICAL, drill=DRILL_CLINICAL),
    ReportDefinition(
        "lead-time", "Lead time from booking to appointment", "appointments",
        "Days between booking and the appointment, by specialty.",
        APPOINTMENT_FILTERS,
        (_c("specialty", "Specialty", "text"), _c("appointments", "Appointments", "int"),
         _c("average_days", "Average (days)", "days"), _c("median_days", "Median (days)", "days")),
        ChartSpec("bar", "specialty", ("average_days", "median_days")), CLINICAL, drill=DRILL_CLINICAL),
    ReportDefinition(
        "waiting-time", "Waiting time from check-in to the doctor", "appointments",
        "Minutes between check-in and being called, by doctor.",
        APPOINTMENT_FILTERS,
        (_c("doctor", "Doctor", "text"), _c("seen", "Seen", "int"),
         _c("average_minutes", "Average wait (min)", "decimal"), _c("longest_minutes", "Longest (min)", "decimal")),
        ChartSpec("bar", "doctor", ("average_minutes",)), CLINICAL, drill=DRILL_CLINICAL),
    # --- inpatients ---
    ReportDefinition(
        "bed-occupancy", "Bed occupancy by ward", "inpatients",
        "Bed-days used over bed-days available in the range, by ward.",
        ("department", "ward"),
        (_c("ward", "Ward", "text"), _c("beds", "Beds", "int"), _c("bed_days", "Bed-days used", "decimal"),
         _c("occupancy", "Occupancy", "percent")),
        ChartSpec("bar", "ward", ("occupancy",)), CLINICAL, drill=DRILL_CLINICAL),
    ReportDefinition(
        "length-of-stay", "Average length of stay", "inpatients",
        "Admissions discharged in the range: how many days they stayed, by ward of discharge.",
        ("department", "ward", "doctor"),
        (_c("ward", "Ward", "text"), _c("discharges", "Discharges", "int"),
         _c("average_days", "Average stay (days)", "days"), _c("longest_days", "Longest (days)", "days")),
        ChartSpec("bar", "ward", ("average_days",)), CLINICAL, drill=DRILL_CLINICAL),
    ReportDefinition(
        "admissions-discharges", "Admissions and discharges by disposition", "inpatients",
        "Admissions and discharges per month; discharges by where the patient went.",
        ("doctor",),
        (_c("month", "Month", "date"), _c("admissions", "Admissions", "int"), _c("home", "Home", "int"),
         _c("referred", "Referred", "int"), _c("against_advice", "Against advice", "int"),
         _c("deceased", "Deceased", "int")),
        ChartSpec("stacked_bar", "month", ("home", "referred", "against_advice", "deceased")), CLINICAL,
        drill=DRILL_CLINICAL),
    # --- revenue ---
    ReportDefinition(
        "revenue-by-day", "Revenue by day and payment method", "revenue",
        "Payments taken each day, by method (refunds subtracted).",
        (),
        (_c("day", "Day", "date"), _c("method", "Method", "text"), _c("payments", "Payments", "int"),
         _c("amount", "Amount", "money")),
        ChartSpec("stacked_bar", "day", ("amount",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "revenue-by-category", "Revenue by service category", "revenue",
        "Invoiced amounts (invoices issued in the range) by the fee schedule's category.",
        ("department",),
        (_c("category", "Category", "text"), _c("lines", "Lines", "int"), _c("amount", "Amount", "money")),
        ChartSpec("pie", "category", ("amount",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "revenue-by-doctor", "Revenue by doctor", "revenue",
        "Invoiced amounts (invoices issued in the range) by the doctor whose service the line bills.",
        ("department", "doctor"),
        (_c("doctor", "Doctor", "text"), _c("lines", "Lines", "int"), _c("amount", "Amount", "money")),
        ChartSpec("bar", "doctor", ("amount",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "revenue-by-payer", "Revenue by payer", "revenue",
        "Invoiced amounts in the range: what patients owe themselves and what each insurer covers.",
        ("payer",),
        (_c("payer", "Payer", "text"), _c("invoices", "Invoices", "int"), _c("amount", "Amount", "money")),
        ChartSpec("bar", "payer", ("amount",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "outstanding-balances", "Outstanding balances by age", "revenue",
        "Issued invoices still owed on the last day of the range, by days since issue.",
        (),
        (_c("age", "Age", "text"), _c("invoices", "Invoices", "int"), _c("amount", "Owed", "money")),
        ChartSpec("bar", "age", ("amount",)), MONEY, drill=DRILL_MONEY),
    # --- resources ---
    ReportDefinition(
        "resource-utilisation", "Utilisation of rooms and equipment", "resources",
        "Bookings of each room and device in the range (cancelled ones left out) and the hours they hold.",
        ("department",),
        (_c("resource", "Resource", "text"), _c("kind", "Kind", "text"), _c("bookings", "Bookings", "int"),
         _c("hours", "Hours booked", "decimal"), _c("hours_per_day", "Hours a day", "decimal")),
        ChartSpec("bar", "resource", ("hours",)), ADMIN_ONLY),
    # --- pharmacy ---
    ReportDefinition(
        "stock-valuation", "Stock valuation", "pharmacy",
        "What is in stock now, at each batch's cost, by item.",
        (),
        (_c("item", "Item", "text"), _c("quantity", "Quantity", "int"), _c("value", "Value", "money")),
        ChartSpec("bar", "item", ("value",)), ADMIN_ONLY),
    ReportDefinition(
        "stock-consumption", "Stock consumption", "pharmacy",
        "Quantities dispensed, issued or written off in the range, by item.",
        (),
        (_c("item", "Item", "text"), _c("dispensed", "Dispensed", "int"), _c("other", "Other use", "int"),
         _c("value", "Value", "money")),
        ChartSpec("bar", "item", ("dispensed", "other")), ADMIN_ONLY),
    ReportDefinition(
        "expiring-batches", "Expiring batches", "pharmacy",
        "Batches in stock whose expiry falls in the range.",
        (),
        (_c("item", "Item", "text"), _c("batch", "Batch", "text"), _c("expires", "Expires", "date"),
         _c("quantity", "Quantity", "int"), _c("value", "Value", "money")),
        None, ADMIN_ONLY),
    # --- diagnoses ---
    ReportDefinition(
        "top-diagnoses", "Top diagnoses (ICD-10)", "diagnoses",
        "The most frequent ICD-10 codes on encounters in the range.",
        ("department", "doctor", "specialty"),
        (_c("code", "ICD-10", "text"), _c("encounters", "Encounters", "int"), _c("patients", "Patients", "int")),
        ChartSpec("bar", "code", ("encounters",)), CLINICAL, drill=DRILL_CLINICAL),
    ReportDefinition(
        "diagnosis-chapters", "Diagnoses by ICD-10 chapter over time", "diagnoses",
        "Diagnoses per month by ICD-10 chapter.",
        ("department", "doctor", "specialty"),
        (_c("month", "Month", "date"), _c("chapter", "Chapter", "text"), _c("diagnoses", "Diagnoses", "int")),
        ChartSpec("stacked_bar", "month", ("diagnoses",)), CLINICAL, drill=DRILL_CLINICAL),
    # --- patients ---
    ReportDefinition(
        "age-pyramid", "Age pyramid by sex", "patients",
        "Patients seen in the range (an appointment or an admission), by age band and sex.",
        (),
        (_c("age_band", "Age", "text"), _c("male", "Male", "int"), _c("female", "Female", "int"),
         _c("other", "Other", "int")),
        ChartSpec("pyramid", "age_band", ("male", "female")), ADMIN_ONLY, drill=DRILL_ADMIN),
    ReportDefinition(
        "new-registrations", "New registrations over time", "patients",
        "Patients registered per month.",
        (),
        (_c("month", "Month", "date"), _c("registrations", "Registrations", "int")),
        ChartSpec("line", "month", ("registrations",)), ADMIN_ONLY, drill=DRILL_ADMIN),
    ReportDefinition(
        "patients-by-area", "Patients by area", "patients",
        "Per area (the locality recorded at registration): patients registered in the range, patients on "
        "record on its last day, and visits (appointments attended) in the range.",
        (),
        (_c("area", "Area", "text"), _c("registered", "Registered", "int"), _c("on_record", "On record", "int"),
         _c("visits", "Visits", "int")),
        ChartSpec("bar", "area", ("registered", "visits")), ADMIN_ONLY, drill=DRILL_ADMIN),
    # --- insurance ---
    ReportDefinition(
        "claims-by-status", "Claims by status and payer", "insurance",
        "Claims created in the range, by payer and status.",
        ("payer",),
        (_c("payer", "Payer", "text"), _c("status", "Status", "text"), _c("claims", "Claims", "int"),
         _c("amount", "Claimed", "money")),
        ChartSpec("stacked_bar", "payer", ("claims",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "claim-rejection-rate", "Claim rejection rate", "insurance",
        "Of the claims answered in the range, the share rejected (wholly or in part), by payer.",
        ("payer",),
        (_c("payer", "Payer", "text"), _c("answered", "Answered", "int"), _c("rejected", "Rejected", "int"),
         _c("rate", "Rejection rate", "percent")),
        ChartSpec("bar", "payer", ("rate",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "claim-rejection-reasons", "Claim rejection reasons", "insurance",
        "Claims dated in the range that the insurer rejected wholly or in part, by payer and reason.",
        ("payer",),
        (_c("payer", "Payer", "text"), _c("reason", "Reason", "text"), _c("claims", "Claims", "int")),
        ChartSpec("bar", "reason", ("claims",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "days-to-payment", "Days to payment", "insurance",
        "Claims paid in the range: days from submission to the insurer's payment, by payer.",
        ("payer",),
        (_c("payer", "Payer", "text"), _c("paid", "Paid claims", "int"),
         _c("average_days", "Average (days)", "days"), _c("longest_days", "Longest (days)", "days")),
        ChartSpec("bar", "payer", ("average_days",)), MONEY, drill=DRILL_MONEY),
)

BY_NAME: dict[str, ReportDefinition] = {r.name: r for r in REPORTS}
FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(r.family for r in REPORTS))


def find(name: str) -> ReportDefinition | None:
    """The report of that name (as typed on a command line: case and spaces forgiven), or None."""
    return BY_NAME.get(name.strip().lower())


def runnable_by(groups: frozenset[Group]) -> tuple[ReportDefinition, ...]:
    return tuple(r for r in REPORTS if r.groups & groups)
