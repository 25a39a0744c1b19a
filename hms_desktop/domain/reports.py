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
from hms_desktop.formats import format_date, format_month_name_year
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

ColumnKind = Literal["text", "int", "decimal", "money", "percent", "date", "days"]
ChartKind = Literal["bar", "line", "pie", "pyramid", "stacked_bar"]
ExportFormat = Literal["csv", "xlsx", "pdf"]

# The filters a report may offer, in the order a screen shows them.
FILTERS: tuple[str, ...] = ("department", "doctor", "specialty", "payer", "ward")
# Each filter as a sentence names it ("Choose a doctor from the list."): marked here, translated when refused.
FILTER_WORDS: dict[str, str] = {
    "department": QT_TRANSLATE_NOOP("reports", "department"), "doctor": QT_TRANSLATE_NOOP("reports", "doctor"),
    "specialty": QT_TRANSLATE_NOOP("reports", "specialty"), "payer": QT_TRANSLATE_NOOP("reports", "payer"),
    "ward": QT_TRANSLATE_NOOP("reports", "ward")}

# A count below this is shown as "<5" in exported files (issue 12, item 7), unless an admin asks otherwise.
SMALL_COUNT = 5
SMALL_COUNT_TEXT = "<5"

# Five years at most (a longer range is refused in words, by the functions too: HM061): a report over more
# would scan most of the history at once.
MAX_RANGE_DAYS = 366 * 5


# Titles, descriptions, column labels and drill nouns are English constants marked QT_TRANSLATE_NOOP("reports",
# ...) in the registry below (built at import, before a language is chosen); the properties translate them when
# read. Names, keys, families and kinds are identifiers: never translated.
@dataclass(frozen=True, slots=True)
class ReportColumn:
    key: str
    label_source: str  # English, as marked for translation
    kind: ColumnKind

    @property
    def label(self) -> str:
        return translate("reports", self.label_source)


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
    title_source: str  # English, as marked for translation: ``title`` is what people read
    family: str
    description_source: str
    filters: tuple[str, ...]  # subset of FILTERS
    columns: tuple[ReportColumn, ...]
    chart: ChartSpec | None
    groups: frozenset[Group]  # who may run it (the database checks it too)
    # Who may see the patients behind one row (drill-down, issue 12 item 7); empty: no drill-down. Always a
    # subset of ``groups`` (a person must be able to run the report to have a row to drill into).
    drill: frozenset[Group] = frozenset()

    @property
    def title(self) -> str:
        return translate("reports", self.title_source)

    @property
    def description(self) -> str:
        return translate("reports", self.description_source)

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
            problems[name] = translate("reports", "The report “{title}” cannot be filtered by {filter}.").format(
                title=definition.title, filter=translate("reports", FILTER_WORDS[name]))
        elif type(value) is not int or value <= 0:  # bool is not an id either
            problems[name] = translate("reports", "Choose a {filter} from the list.").format(
                filter=translate("reports", FILTER_WORDS[name]))
    if problems:
        raise ValidationError(problems)
    return params


# --- Words the report functions write into their cells (issue 15, item 4). -------------------------------------
# A category a report function names itself ("No doctor", "0-30 days", an ICD-10 chapter, a claim's status) is
# English in the row, and stays so: it is the row's key, passed back to SQL by the drill-down (p_key). It is
# translated only where a cell is shown (the result table, the charts, printouts and exported files), a text cell
# whose whole value is one of these words. tests/unit/test_report_sql_words.py checks that every quoted word the
# latest report functions return as a value is here (or on its allow-list).
_MARKED_WORDS = (
    # Rows for what is missing (hms_report_doctors, hms_report_adhoc_fragment, the reports themselves)
    QT_TRANSLATE_NOOP("reports", "No doctor"), QT_TRANSLATE_NOOP("reports", "No specialty"),
    QT_TRANSLATE_NOOP("reports", "No department"), QT_TRANSLATE_NOOP("reports", "No diagnosis"),
    QT_TRANSLATE_NOOP("reports", "No bed"), QT_TRANSLATE_NOOP("reports", "No reason given"),
    QT_TRANSLATE_NOOP("reports", "(not recorded)"), QT_TRANSLATE_NOOP("reports", "Patients (own share)"),
    # Age bands of the balances owed (outstanding-balances)
    QT_TRANSLATE_NOOP("reports", "0-30 days"), QT_TRANSLATE_NOOP("reports", "31-60 days"),
    QT_TRANSLATE_NOOP("reports", "61-90 days"), QT_TRANSLATE_NOOP("reports", "over 90 days"),
    # Sex and unknown age (the report builder's breakdowns)
    QT_TRANSLATE_NOOP("reports", "Male"), QT_TRANSLATE_NOOP("reports", "Female"),
    QT_TRANSLATE_NOOP("reports", "Other"), QT_TRANSLATE_NOOP("reports", "Unknown"),
    # A claim's status as stored (claims-by-status)
    QT_TRANSLATE_NOOP("reports", "draft"), QT_TRANSLATE_NOOP("reports", "submitted"),
    QT_TRANSLATE_NOOP("reports", "approved"), QT_TRANSLATE_NOOP("reports", "partly approved"),
    QT_TRANSLATE_NOOP("reports", "rejected"), QT_TRANSLATE_NOOP("reports", "paid"),
    # A payment's method as stored (revenue-by-day)
    QT_TRANSLATE_NOOP("reports", "cash"),
    QT_TRANSLATE_NOOP("reports", "transfer"), QT_TRANSLATE_NOOP("reports", "insurance"),
    QT_TRANSLATE_NOOP("reports", "deposit"),
    # A service's category as stored (revenue-by-category, the builder's service category)
    QT_TRANSLATE_NOOP("reports", "consultation"), QT_TRANSLATE_NOOP("reports", "procedure"),
    QT_TRANSLATE_NOOP("reports", "lab"), QT_TRANSLATE_NOOP("reports", "drug"),
    QT_TRANSLATE_NOOP("reports", "bed_day"), QT_TRANSLATE_NOOP("reports", "other"),
    # A resource's kind, underscores as spaces (resource-utilisation)
    QT_TRANSLATE_NOOP("reports", "consulting room"), QT_TRANSLATE_NOOP("reports", "procedure room"),
    QT_TRANSLATE_NOOP("reports", "equipment"),
    # ICD-10 chapters (hms_icd10_chapter: diagnosis-chapters, the builder's diagnosis chapter)
    QT_TRANSLATE_NOOP("reports", "I Infectious and parasitic diseases"), QT_TRANSLATE_NOOP("reports", "II Neoplasms"),
    QT_TRANSLATE_NOOP("reports", "III Blood and immune disorders"),
    QT_TRANSLATE_NOOP("reports", "IV Endocrine, nutritional and metabolic"),
    QT_TRANSLATE_NOOP("reports", "V Mental and behavioural disorders"),
    QT_TRANSLATE_NOOP("reports", "VI Nervous system"), QT_TRANSLATE_NOOP("reports", "VII Eye and adnexa"),
    QT_TRANSLATE_NOOP("reports", "VIII Ear and mastoid process"), QT_TRANSLATE_NOOP("reports", "IX Circulatory system"),
    QT_TRANSLATE_NOOP("reports", "X Respiratory system"), QT_TRANSLATE_NOOP("reports", "XI Digestive system"),
    QT_TRANSLATE_NOOP("reports", "XII Skin and subcutaneous tissue"),
    QT_TRANSLATE_NOOP("reports", "XIII Musculoskeletal system"),
    QT_TRANSLATE_NOOP("reports", "XIV Genitourinary system"),
    QT_TRANSLATE_NOOP("reports", "XV Pregnancy and childbirth"),
    QT_TRANSLATE_NOOP("reports", "XVI Perinatal conditions"), QT_TRANSLATE_NOOP("reports", "XVII Congenital anomalies"),
    QT_TRANSLATE_NOOP("reports", "XVIII Symptoms and abnormal findings"),
    QT_TRANSLATE_NOOP("reports", "XIX Injury and poisoning"), QT_TRANSLATE_NOOP("reports", "XX External causes"),
    QT_TRANSLATE_NOOP("reports", "XXI Factors influencing health status"),
    QT_TRANSLATE_NOOP("reports", "XXII Codes for special purposes"), QT_TRANSLATE_NOOP("reports", "Unknown chapter"),
)
# Each word as it is in the row -> the message translated. A word that is also a name the program matches on
# (the style role "card") is marked in words of its own, so that its translation cannot restyle a widget.
REPORT_WORDS: dict[str, str] = {word: word for word in _MARKED_WORDS} | {
    "card": QT_TRANSLATE_NOOP("reports", "paid by card")}


def report_word(value: Any) -> Any:
    """A cell as shown: a word a report function wrote (REPORT_WORDS) in the workstation's language; any other
    value (a name, a number, a date) as it is. Never applied to the row itself, whose value is its key."""
    if isinstance(value, str) and value in REPORT_WORDS:
        source = REPORT_WORDS[value]
        translated = translate("reports", source)
        return value if translated == source else translated  # untranslated: the word as the row has it
    return value


def is_count(column: ReportColumn) -> bool:
    """Counts of people or events: the cells the small-count rule hides."""
    return column.kind == "int"


def shown_value(column: ReportColumn, value: Any, *, show_small_counts: bool) -> Any:
    """A cell as an exported file shows it: a count of 1-4 becomes "<5" unless small counts are shown."""
    if (not show_small_counts and is_count(column) and isinstance(value, int) and not isinstance(value, bool)
            and 0 < value < SMALL_COUNT):
        return SMALL_COUNT_TEXT
    return report_word(value) if column.kind == "text" else value


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
    noun_source: str  # "No-shows", "Admissions", ... (the dialog's title starts with it), marked for translation

    @property
    def noun(self) -> str:
        return translate("reports", self.noun_source)


# The drillable reports (migration 0033_report_drill, one ``hms_report_drill_<name>`` each). Reports not about
# patients (rooms and equipment, pharmacy) have none.
DRILLS: dict[str, DrillSpec] = {
    "appointment-volume": DrillSpec(("doctor", "specialty"), QT_TRANSLATE_NOOP("reports", "Appointments")),
    "no-show-rate": DrillSpec(("month", "specialty"), QT_TRANSLATE_NOOP("reports", "No-shows")),
    "lead-time": DrillSpec(("specialty",), QT_TRANSLATE_NOOP("reports", "Appointments")),
    "waiting-time": DrillSpec(("doctor",), QT_TRANSLATE_NOOP("reports", "Patients seen")),
    "bed-occupancy": DrillSpec(("ward",), QT_TRANSLATE_NOOP("reports", "Patients in the ward")),
    "length-of-stay": DrillSpec(("ward",), QT_TRANSLATE_NOOP("reports", "Discharges")),
    "admissions-discharges": DrillSpec(("month",), QT_TRANSLATE_NOOP("reports", "Admissions and discharges")),
    "revenue-by-day": DrillSpec(("day", "method"), QT_TRANSLATE_NOOP("reports", "Payments")),
    "revenue-by-category": DrillSpec(("category",), QT_TRANSLATE_NOOP("reports", "Invoices")),
    "revenue-by-doctor": DrillSpec(("doctor",), QT_TRANSLATE_NOOP("reports", "Invoices")),
    "revenue-by-payer": DrillSpec(("payer",), QT_TRANSLATE_NOOP("reports", "Invoices")),
    "outstanding-balances": DrillSpec(("age",), QT_TRANSLATE_NOOP("reports", "Invoices owed")),
    "top-diagnoses": DrillSpec(("code",), QT_TRANSLATE_NOOP("reports", "Patients diagnosed")),
    "diagnosis-chapters": DrillSpec(("month", "chapter"), QT_TRANSLATE_NOOP("reports", "Patients diagnosed")),
    "age-pyramid": DrillSpec(("age_band",), QT_TRANSLATE_NOOP("reports", "Patients seen")),
    "new-registrations": DrillSpec(("month",), QT_TRANSLATE_NOOP("reports", "New registrations")),
    "patients-by-area": DrillSpec(("area",), QT_TRANSLATE_NOOP("reports", "Patients registered or seen")),
    "claims-by-status": DrillSpec(("payer", "status"), QT_TRANSLATE_NOOP("reports", "Claims")),
    "claim-rejection-rate": DrillSpec(("payer",), QT_TRANSLATE_NOOP("reports", "Claims answered")),
    "claim-rejection-reasons": DrillSpec(("payer", "reason"), QT_TRANSLATE_NOOP("reports", "Rejected claims")),
    "days-to-payment": DrillSpec(("payer",), QT_TRANSLATE_NOOP("reports", "Paid claims")),
}


def drill_key(definition: ReportDefinition) -> tuple[str, ...]:
    return DRILLS[definition.name].key


def _day_text(day: date) -> str:
    return format_date(day)


def drill_title(definition: ReportDefinition, params: ReportParams, key: tuple[str | None, ...]) -> str:
    """"No-shows — March 2026, Cardiology (1 Jan – 31 Mar 2026)": the list, the row, the report's range."""
    spec = DRILLS[definition.name]
    parts: list[str] = []
    for name, value in zip(spec.key, key, strict=True):
        column = definition.column(name)
        if value is None:
            parts.append(translate("reports", "(none)"))
        elif column.kind == "date" and name == "month":
            parts.append(format_month_name_year(date.fromisoformat(value)))
        elif column.kind == "date":
            parts.append(_day_text(date.fromisoformat(value)))
        else:
            parts.append(str(report_word(value)))  # the key as the table shows it
    return translate("reports", "{noun} — {row} ({first} – {last})").format(
        noun=spec.noun, row=", ".join(parts), first=_day_text(params.first), last=_day_text(params.last))


def _c(key: str, label_source: str, kind: ColumnKind) -> ReportColumn:
    return ReportColumn(key, label_source, kind)


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
        "appointment-volume", QT_TRANSLATE_NOOP("reports", "Appointment volume by doctor and specialty"),
        "appointments",
        QT_TRANSLATE_NOOP("reports", "Appointments starting in the range, by doctor and specialty, and what "
                                     "became of them."),
        APPOINTMENT_FILTERS,
        (_c("doctor", QT_TRANSLATE_NOOP("reports", "Doctor"), "text"),
         _c("specialty", QT_TRANSLATE_NOOP("reports", "Specialty"), "text"),
         _c("booked", QT_TRANSLATE_NOOP("reports", "Booked"), "int"),
         _c("seen", QT_TRANSLATE_NOOP("reports", "Seen"), "int"),
         _c("no_shows", QT_TRANSLATE_NOOP("reports", "No-shows"), "int"),
         _c("cancelled", QT_TRANSLATE_NOOP("reports", "Cancelled"), "int")),
        ChartSpec("stacked_bar", "doctor", ("seen", "no_shows", "cancelled")), CLINICAL, drill=DRILL_CLINICAL),
    ReportDefinition(
        "no-show-rate", QT_TRANSLATE_NOOP("reports", "No-show rate by specialty by month"), "appointments",
        QT_TRANSLATE_NOOP("reports", "Of the appointments due in each month, the share marked a no-show, by "
                                     "specialty."),
        APPOINTMENT_FILTERS,
        (_c("month", QT_TRANSLATE_NOOP("reports", "Month"), "date"),
         _c("specialty", QT_TRANSLATE_NOOP("reports", "Specialty"), "text"),
         _c("due", QT_TRANSLATE_NOOP("reports", "Due"), "int"),
         _c("no_shows", QT_TRANSLATE_NOOP("reports", "No-shows"), "int"),
         _c("rate", QT_TRANSLATE_NOOP("reports", "No-show rate"), "percent")),
        ChartSpec("line", "month", ("rate",)), CLINICAL, drill=DRILL_CLINICAL),
    ReportDefinition(
        "lead-time", QT_TRANSLATE_NOOP("reports", "Lead time from booking to appointment"), "appointments",
        QT_TRANSLATE_NOOP("reports", "Days between booking and the appointment, by specialty."),
        APPOINTMENT_FILTERS,
        (_c("specialty", QT_TRANSLATE_NOOP("reports", "Specialty"), "text"),
         _c("appointments", QT_TRANSLATE_NOOP("reports", "Appointments"), "int"),
         _c("average_days", QT_TRANSLATE_NOOP("reports", "Average (days)"), "days"),
         _c("median_days", QT_TRANSLATE_NOOP("reports", "Median (days)"), "days")),
        ChartSpec("bar", "specialty", ("average_days", "median_days")), CLINICAL, drill=DRILL_CLINICAL),
    ReportDefinition(
        "waiting-time", QT_TRANSLATE_NOOP("reports", "Waiting time from check-in to the doctor"), "appointments",
        QT_TRANSLATE_NOOP("reports", "Minutes between check-in and being called, by doctor."),
        APPOINTMENT_FILTERS,
        (_c("doctor", QT_TRANSLATE_NOOP("reports", "Doctor"), "text"),
         _c("seen", QT_TRANSLATE_NOOP("reports", "Seen"), "int"),
         _c("average_minutes", QT_TRANSLATE_NOOP("reports", "Average wait (min)"), "decimal"),
         _c("longest_minutes", QT_TRANSLATE_NOOP("reports", "Longest (min)"), "decimal")),
        ChartSpec("bar", "doctor", ("average_minutes",)), CLINICAL, drill=DRILL_CLINICAL),
    # --- inpatients ---
    ReportDefinition(
        "bed-occupancy", QT_TRANSLATE_NOOP("reports", "Bed occupancy by ward"), "inpatients",
        QT_TRANSLATE_NOOP("reports", "Bed-days used over bed-days available in the range, by ward."),
        ("department", "ward"),
        (_c("ward", QT_TRANSLATE_NOOP("reports", "Ward"), "text"),
         _c("beds", QT_TRANSLATE_NOOP("reports", "Beds"), "int"),
         _c("bed_days", QT_TRANSLATE_NOOP("reports", "Bed-days used"), "decimal"),
         _c("occupancy", QT_TRANSLATE_NOOP("reports", "Occupancy"), "percent")),
        ChartSpec("bar", "ward", ("occupancy",)), CLINICAL, drill=DRILL_CLINICAL),
    ReportDefinition(
        "length-of-stay", QT_TRANSLATE_NOOP("reports", "Average length of stay"), "inpatients",
        QT_TRANSLATE_NOOP("reports", "Admissions discharged in the range: how many days they stayed, by ward of "
                                     "discharge."),
        ("department", "ward", "doctor"),
        (_c("ward", QT_TRANSLATE_NOOP("reports", "Ward"), "text"),
         _c("discharges", QT_TRANSLATE_NOOP("reports", "Discharges"), "int"),
         _c("average_days", QT_TRANSLATE_NOOP("reports", "Average stay (days)"), "days"),
         _c("longest_days", QT_TRANSLATE_NOOP("reports", "Longest (days)"), "days")),
        ChartSpec("bar", "ward", ("average_days",)), CLINICAL, drill=DRILL_CLINICAL),
    ReportDefinition(
        "admissions-discharges", QT_TRANSLATE_NOOP("reports", "Admissions and discharges by disposition"), "inpatients",
        QT_TRANSLATE_NOOP("reports", "Admissions and discharges per month; discharges by where the patient went."),
        ("doctor",),
        (_c("month", QT_TRANSLATE_NOOP("reports", "Month"), "date"),
         _c("admissions", QT_TRANSLATE_NOOP("reports", "Admissions"), "int"),
         _c("home", QT_TRANSLATE_NOOP("reports", "Home"), "int"),
         _c("referred", QT_TRANSLATE_NOOP("reports", "Referred"), "int"),
         _c("against_advice", QT_TRANSLATE_NOOP("reports", "Against advice"), "int"),
         _c("deceased", QT_TRANSLATE_NOOP("reports", "Deceased"), "int")),
        ChartSpec("stacked_bar", "month", ("home", "referred", "against_advice", "deceased")), CLINICAL,
        drill=DRILL_CLINICAL),
    # --- revenue ---
    ReportDefinition(
        "revenue-by-day", QT_TRANSLATE_NOOP("reports", "Revenue by day and payment method"), "revenue",
        QT_TRANSLATE_NOOP("reports", "Payments taken each day, by method (refunds subtracted)."),
        (),
        (_c("day", QT_TRANSLATE_NOOP("reports", "Day"), "date"),
         _c("method", QT_TRANSLATE_NOOP("reports", "Method"), "text"),
         _c("payments", QT_TRANSLATE_NOOP("reports", "Payments"), "int"),
         _c("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money")),
        ChartSpec("stacked_bar", "day", ("amount",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "revenue-by-category", QT_TRANSLATE_NOOP("reports", "Revenue by service category"), "revenue",
        QT_TRANSLATE_NOOP("reports", "Invoiced amounts (invoices issued in the range) by the fee schedule's category."),
        ("department",),
        (_c("category", QT_TRANSLATE_NOOP("reports", "Category"), "text"),
         _c("lines", QT_TRANSLATE_NOOP("reports", "Lines"), "int"),
         _c("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money")),
        ChartSpec("pie", "category", ("amount",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "revenue-by-doctor", QT_TRANSLATE_NOOP("reports", "Revenue by doctor"), "revenue",
        QT_TRANSLATE_NOOP("reports", "Invoiced amounts (invoices issued in the range) by the doctor whose service "
                                     "the line bills."),
        ("department", "doctor"),
        (_c("doctor", QT_TRANSLATE_NOOP("reports", "Doctor"), "text"),
         _c("lines", QT_TRANSLATE_NOOP("reports", "Lines"), "int"),
         _c("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money")),
        ChartSpec("bar", "doctor", ("amount",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "revenue-by-payer", QT_TRANSLATE_NOOP("reports", "Revenue by payer"), "revenue",
        QT_TRANSLATE_NOOP("reports", "Invoiced amounts in the range: what patients owe themselves and what each "
                                     "insurer covers."),
        ("payer",),
        (_c("payer", QT_TRANSLATE_NOOP("reports", "Payer"), "text"),
         _c("invoices", QT_TRANSLATE_NOOP("reports", "Invoices"), "int"),
         _c("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money")),
        ChartSpec("bar", "payer", ("amount",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "outstanding-balances", QT_TRANSLATE_NOOP("reports", "Outstanding balances by age"), "revenue",
        QT_TRANSLATE_NOOP("reports", "Issued invoices still owed on the last day of the range, by days since issue."),
        (),
        (_c("age", QT_TRANSLATE_NOOP("reports", "Age"), "text"),
         _c("invoices", QT_TRANSLATE_NOOP("reports", "Invoices"), "int"),
         _c("amount", QT_TRANSLATE_NOOP("reports", "Owed"), "money")),
        ChartSpec("bar", "age", ("amount",)), MONEY, drill=DRILL_MONEY),
    # --- resources ---
    ReportDefinition(
        "resource-utilisation", QT_TRANSLATE_NOOP("reports", "Utilisation of rooms and equipment"), "resources",
        QT_TRANSLATE_NOOP("reports", "Bookings of each room and device in the range (cancelled ones left out) and "
                                     "the hours they hold."),
        ("department",),
        (_c("resource", QT_TRANSLATE_NOOP("reports", "Resource"), "text"),
         _c("kind", QT_TRANSLATE_NOOP("reports", "Kind"), "text"),
         _c("bookings", QT_TRANSLATE_NOOP("reports", "Bookings"), "int"),
         _c("hours", QT_TRANSLATE_NOOP("reports", "Hours booked"), "decimal"),
         _c("hours_per_day", QT_TRANSLATE_NOOP("reports", "Hours a day"), "decimal")),
        ChartSpec("bar", "resource", ("hours",)), ADMIN_ONLY),
    # --- pharmacy ---
    ReportDefinition(
        "stock-valuation", QT_TRANSLATE_NOOP("reports", "Stock valuation"), "pharmacy",
        QT_TRANSLATE_NOOP("reports", "What is in stock now, at each batch's cost, by item."),
        (),
        (_c("item", QT_TRANSLATE_NOOP("reports", "Item"), "text"),
         _c("quantity", QT_TRANSLATE_NOOP("reports", "Quantity"), "int"),
         _c("value", QT_TRANSLATE_NOOP("reports", "Value"), "money")),
        ChartSpec("bar", "item", ("value",)), ADMIN_ONLY),
    ReportDefinition(
        "stock-consumption", QT_TRANSLATE_NOOP("reports", "Stock consumption"), "pharmacy",
        QT_TRANSLATE_NOOP("reports", "Quantities dispensed, issued or written off in the range, by item."),
        (),
        (_c("item", QT_TRANSLATE_NOOP("reports", "Item"), "text"),
         _c("dispensed", QT_TRANSLATE_NOOP("reports", "Dispensed"), "int"),
         _c("other", QT_TRANSLATE_NOOP("reports", "Other use"), "int"),
         _c("value", QT_TRANSLATE_NOOP("reports", "Value"), "money")),
        ChartSpec("bar", "item", ("dispensed", "other")), ADMIN_ONLY),
    ReportDefinition(
        "expiring-batches", QT_TRANSLATE_NOOP("reports", "Expiring batches"), "pharmacy",
        QT_TRANSLATE_NOOP("reports", "Batches in stock whose expiry falls in the range."),
        (),
        (_c("item", QT_TRANSLATE_NOOP("reports", "Item"), "text"),
         _c("batch", QT_TRANSLATE_NOOP("reports", "Batch"), "text"),
         _c("expires", QT_TRANSLATE_NOOP("reports", "Expires"), "date"),
         _c("quantity", QT_TRANSLATE_NOOP("reports", "Quantity"), "int"),
         _c("value", QT_TRANSLATE_NOOP("reports", "Value"), "money")),
        None, ADMIN_ONLY),
    # --- diagnoses ---
    ReportDefinition(
        "top-diagnoses", QT_TRANSLATE_NOOP("reports", "Top diagnoses (ICD-10)"), "diagnoses",
        QT_TRANSLATE_NOOP("reports", "The most frequent ICD-10 codes on encounters in the range."),
        ("department", "doctor", "specialty"),
        (_c("code", QT_TRANSLATE_NOOP("reports", "ICD-10"), "text"),
         _c("encounters", QT_TRANSLATE_NOOP("reports", "Encounters"), "int"),
         _c("patients", QT_TRANSLATE_NOOP("reports", "Patients"), "int")),
        ChartSpec("bar", "code", ("encounters",)), CLINICAL, drill=DRILL_CLINICAL),
    ReportDefinition(
        "diagnosis-chapters", QT_TRANSLATE_NOOP("reports", "Diagnoses by ICD-10 chapter over time"), "diagnoses",
        QT_TRANSLATE_NOOP("reports", "Diagnoses per month by ICD-10 chapter."),
        ("department", "doctor", "specialty"),
        (_c("month", QT_TRANSLATE_NOOP("reports", "Month"), "date"),
         _c("chapter", QT_TRANSLATE_NOOP("reports", "Chapter"), "text"),
         _c("diagnoses", QT_TRANSLATE_NOOP("reports", "Diagnoses"), "int")),
        ChartSpec("stacked_bar", "month", ("diagnoses",)), CLINICAL, drill=DRILL_CLINICAL),
    # --- patients ---
    ReportDefinition(
        "age-pyramid", QT_TRANSLATE_NOOP("reports", "Age pyramid by sex"), "patients",
        QT_TRANSLATE_NOOP("reports", "Patients seen in the range (an appointment or an admission), by age band "
                                     "and sex."),
        (),
        (_c("age_band", QT_TRANSLATE_NOOP("reports", "Age"), "text"),
         _c("male", QT_TRANSLATE_NOOP("reports", "Male"), "int"),
         _c("female", QT_TRANSLATE_NOOP("reports", "Female"), "int"),
         _c("other", QT_TRANSLATE_NOOP("reports", "Other"), "int")),
        ChartSpec("pyramid", "age_band", ("male", "female")), ADMIN_ONLY, drill=DRILL_ADMIN),
    ReportDefinition(
        "new-registrations", QT_TRANSLATE_NOOP("reports", "New registrations over time"), "patients",
        QT_TRANSLATE_NOOP("reports", "Patients registered per month."),
        (),
        (_c("month", QT_TRANSLATE_NOOP("reports", "Month"), "date"),
         _c("registrations", QT_TRANSLATE_NOOP("reports", "Registrations"), "int")),
        ChartSpec("line", "month", ("registrations",)), ADMIN_ONLY, drill=DRILL_ADMIN),
    ReportDefinition(
        "patients-by-area", QT_TRANSLATE_NOOP("reports", "Patients by area"), "patients",
        QT_TRANSLATE_NOOP("reports", "Per area (the locality recorded at registration): patients registered in "
                                     "the range, patients on record on its last day, and visits (appointments "
                                     "attended) in the range."),
        (),
        (_c("area", QT_TRANSLATE_NOOP("reports", "Area"), "text"),
         _c("registered", QT_TRANSLATE_NOOP("reports", "Registered"), "int"),
         _c("on_record", QT_TRANSLATE_NOOP("reports", "On record"), "int"),
         _c("visits", QT_TRANSLATE_NOOP("reports", "Visits"), "int")),
        ChartSpec("bar", "area", ("registered", "visits")), ADMIN_ONLY, drill=DRILL_ADMIN),
    # --- insurance ---
    ReportDefinition(
        "claims-by-status", QT_TRANSLATE_NOOP("reports", "Claims by status and payer"), "insurance",
        QT_TRANSLATE_NOOP("reports", "Claims created in the range, by payer and status."),
        ("payer",),
        (_c("payer", QT_TRANSLATE_NOOP("reports", "Payer"), "text"),
         _c("status", QT_TRANSLATE_NOOP("reports", "Status"), "text"),
         _c("claims", QT_TRANSLATE_NOOP("reports", "Claims"), "int"),
         _c("amount", QT_TRANSLATE_NOOP("reports", "Claimed"), "money")),
        ChartSpec("stacked_bar", "payer", ("claims",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "claim-rejection-rate", QT_TRANSLATE_NOOP("reports", "Claim rejection rate"), "insurance",
        QT_TRANSLATE_NOOP("reports", "Of the claims answered in the range, the share rejected (wholly or in "
                                     "part), by payer."),
        ("payer",),
        (_c("payer", QT_TRANSLATE_NOOP("reports", "Payer"), "text"),
         _c("answered", QT_TRANSLATE_NOOP("reports", "Answered"), "int"),
         _c("rejected", QT_TRANSLATE_NOOP("reports", "Rejected"), "int"),
         _c("rate", QT_TRANSLATE_NOOP("reports", "Rejection rate"), "percent")),
        ChartSpec("bar", "payer", ("rate",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "claim-rejection-reasons", QT_TRANSLATE_NOOP("reports", "Claim rejection reasons"), "insurance",
        QT_TRANSLATE_NOOP("reports", "Claims dated in the range that the insurer rejected wholly or in part, by "
                                     "payer and reason."),
        ("payer",),
        (_c("payer", QT_TRANSLATE_NOOP("reports", "Payer"), "text"),
         _c("reason", QT_TRANSLATE_NOOP("reports", "Reason"), "text"),
         _c("claims", QT_TRANSLATE_NOOP("reports", "Claims"), "int")),
        ChartSpec("bar", "reason", ("claims",)), MONEY, drill=DRILL_MONEY),
    ReportDefinition(
        "days-to-payment", QT_TRANSLATE_NOOP("reports", "Days to payment"), "insurance",
        QT_TRANSLATE_NOOP("reports", "Claims paid in the range: days from submission to the insurer's payment, by "
                                     "payer."),
        ("payer",),
        (_c("payer", QT_TRANSLATE_NOOP("reports", "Payer"), "text"),
         _c("paid", QT_TRANSLATE_NOOP("reports", "Paid claims"), "int"),
         _c("average_days", QT_TRANSLATE_NOOP("reports", "Average (days)"), "days"),
         _c("longest_days", QT_TRANSLATE_NOOP("reports", "Longest (days)"), "days")),
        ChartSpec("bar", "payer", ("average_days",)), MONEY, drill=DRILL_MONEY),
)

BY_NAME: dict[str, ReportDefinition] = {r.name: r for r in REPORTS}
FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(r.family for r in REPORTS))


def find(name: str) -> ReportDefinition | None:
    """The report of that name (as typed on a command line: case and spaces forgiven), or None."""
    return BY_NAME.get(name.strip().lower())


def runnable_by(groups: frozenset[Group]) -> tuple[ReportDefinition, ...]:
    return tuple(r for r in REPORTS if r.groups & groups)
