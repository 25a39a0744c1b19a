"""Prescriptions as values: drugs, numbered lines, allergies and the alerts the checks raise.

Pure Python: no Qt, no database. The knowledge that drives the checks is in ``knowledge.py``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.wording import plural
from hms_desktop.formats import format_decimal
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

OVERRIDE_REASON_MIN = 5
INSTRUCTIONS_MAX = 500
DURATION_DAYS_MAX = 365


class Severity(StrEnum):
    CONTRAINDICATED = "contraindicated"
    MAJOR = "major"
    MODERATE = "moderate"

    @property
    def rank(self) -> int:
        """Higher is worse: contraindicated 3, major 2, moderate 1."""
        return _SEVERITY_RANK[self]

    @property
    def needs_override_reason(self) -> bool:
        return self in (Severity.CONTRAINDICATED, Severity.MAJOR)


_SEVERITY_RANK = {Severity.CONTRAINDICATED: 3, Severity.MAJOR: 2, Severity.MODERATE: 1}


class AlertKind(StrEnum):
    INTERACTION = "interaction"
    ALLERGY = "allergy"
    DUPLICATE = "duplicate"


class ReactionSeverity(StrEnum):
    """How bad the patient's recorded reaction was (anaphylaxis counts as severe)."""

    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Frequency:
    code: str
    meaning: str
    per_day: Fraction | None  # None: when required (no count), or a single dose
    single_dose: bool = False


FREQUENCIES: dict[str, Frequency] = {f.code: f for f in (
    Frequency("OD", QT_TRANSLATE_NOOP("domain", "once a day"), Fraction(1)),
    Frequency("OM", QT_TRANSLATE_NOOP("domain", "once a day, in the morning"), Fraction(1)),
    Frequency("ON", QT_TRANSLATE_NOOP("domain", "once a day, at night"), Fraction(1)),
    Frequency("BD", QT_TRANSLATE_NOOP("domain", "twice a day"), Fraction(2)),
    Frequency("TDS", QT_TRANSLATE_NOOP("domain", "three times a day"), Fraction(3)),
    Frequency("QDS", QT_TRANSLATE_NOOP("domain", "four times a day"), Fraction(4)),
    Frequency("5XD", QT_TRANSLATE_NOOP("domain", "five times a day"), Fraction(5)),
    Frequency("Q4H", QT_TRANSLATE_NOOP("domain", "every 4 hours"), Fraction(6)),
    Frequency("Q6H", QT_TRANSLATE_NOOP("domain", "every 6 hours"), Fraction(4)),
    Frequency("Q8H", QT_TRANSLATE_NOOP("domain", "every 8 hours"), Fraction(3)),
    Frequency("Q12H", QT_TRANSLATE_NOOP("domain", "every 12 hours"), Fraction(2)),
    Frequency("Q72H", QT_TRANSLATE_NOOP("domain", "every 72 hours"), Fraction(1, 3)),
    Frequency("WEEKLY", QT_TRANSLATE_NOOP("domain", "once a week"), Fraction(1, 7)),
    Frequency("PRN", QT_TRANSLATE_NOOP("domain", "when required"), None),
    Frequency("STAT", QT_TRANSLATE_NOOP("domain", "once, immediately"), None, single_dose=True),
)}

# Units a dose may be written in. Count units are what is handed over (a tablet); mg/kg and mg/m2 are
# calculated by the prescriber, so no quantity is computed for them.
# Each count unit with how a quantity of it reads ("1 tablet", "21 tablets"), marked as plural messages.
COUNT_UNIT_WORDS: dict[str, tuple[str, str]] = {
    "tablet": (QT_TRANSLATE_NOOP("domain", "%n tablet"), QT_TRANSLATE_NOOP("domain", "%n tablets")),
    "capsule": (QT_TRANSLATE_NOOP("domain", "%n capsule"), QT_TRANSLATE_NOOP("domain", "%n capsules")),
    "sachet": (QT_TRANSLATE_NOOP("domain", "%n sachet"), QT_TRANSLATE_NOOP("domain", "%n sachets")),
    "patch": (QT_TRANSLATE_NOOP("domain", "%n patch"), QT_TRANSLATE_NOOP("domain", "%n patches")),
    "suppository": (QT_TRANSLATE_NOOP("domain", "%n suppository"), QT_TRANSLATE_NOOP("domain", "%n suppositories")),
    "pessary": (QT_TRANSLATE_NOOP("domain", "%n pessary"), QT_TRANSLATE_NOOP("domain", "%n pessaries")),
}
COUNT_UNITS = frozenset(COUNT_UNIT_WORDS)
DOSE_UNITS = frozenset({"mg", "mcg", "g", "mL", "units", "mmol", "mg/kg", "mg/m2", "puff", "drop", "spray",
                        "application", *COUNT_UNITS})
# The dose units that are words (the others are symbols: mg, mL...): stored as written, shown translated. A dose
# reads "1 tablet" or "2 tablet" alike, as a unit after a number does on a chart.
DOSE_UNIT_WORDS: dict[str, str] = {
    "units": QT_TRANSLATE_NOOP("domain", "units"),
    "puff": QT_TRANSLATE_NOOP("domain", "puff"),
    "drop": QT_TRANSLATE_NOOP("domain", "drop"),
    "spray": QT_TRANSLATE_NOOP("domain", "spray"),
    "application": QT_TRANSLATE_NOOP("domain", "application"),
    "tablet": QT_TRANSLATE_NOOP("domain", "tablet"),
    "capsule": QT_TRANSLATE_NOOP("domain", "capsule"),
    "sachet": QT_TRANSLATE_NOOP("domain", "sachet"),
    "patch": QT_TRANSLATE_NOOP("domain", "patch"),
    "suppository": QT_TRANSLATE_NOOP("domain", "suppository"),
    "pessary": QT_TRANSLATE_NOOP("domain", "pessary"),
}


def unit_words(unit: str) -> str:
    """A dose unit in the workstation's language: a word translated, a symbol (mg) as it is."""
    return translate("domain", DOSE_UNIT_WORDS[unit]) if unit in DOSE_UNIT_WORDS else unit


# The routes, stored as written here and shown in the workstation's language (screen and printed prescription).
ROUTE_WORDS: dict[str, str] = {
    "oral": QT_TRANSLATE_NOOP("domain", "oral"),
    "sublingual": QT_TRANSLATE_NOOP("domain", "sublingual"),
    "buccal": QT_TRANSLATE_NOOP("domain", "buccal"),
    "IV": QT_TRANSLATE_NOOP("domain", "IV"),
    "IM": QT_TRANSLATE_NOOP("domain", "IM"),
    "SC": QT_TRANSLATE_NOOP("domain", "SC"),
    "inhaled": QT_TRANSLATE_NOOP("domain", "inhaled"),
    "nebulised": QT_TRANSLATE_NOOP("domain", "nebulised"),
    "nasal": QT_TRANSLATE_NOOP("domain", "nasal"),
    "topical": QT_TRANSLATE_NOOP("domain", "topical"),
    "ophthalmic": QT_TRANSLATE_NOOP("domain", "ophthalmic"),
    "otic": QT_TRANSLATE_NOOP("domain", "otic"),
    "rectal": QT_TRANSLATE_NOOP("domain", "rectal"),
    "vaginal": QT_TRANSLATE_NOOP("domain", "vaginal"),
    "transdermal": QT_TRANSLATE_NOOP("domain", "transdermal"),
    "infiltration": QT_TRANSLATE_NOOP("domain", "infiltration"),
}
ROUTES = frozenset(ROUTE_WORDS)


def route_words(route: str) -> str:
    """``route`` (a stored ROUTES key) in the workstation's language; one not listed as it is."""
    return translate("domain", ROUTE_WORDS[route]) if route in ROUTE_WORDS else route


def counted_items(count: int, unit: str) -> str:
    """A quantity to hand over, "21 capsules", in the language's plural form; a unit not listed as "21 unit"."""
    if unit not in COUNT_UNIT_WORDS:
        return f"{count} {unit}"
    one, many = COUNT_UNIT_WORDS[unit]
    return plural(count, translate("domain", one, None, count), translate("domain", many, None, count))


def dose_words(dose: Decimal, unit: str) -> str:
    """A dose with its unit as a prescription says it: "500 mg", "2 tablets", "0.5 tablets"; in French
    "2 comprimés", "1,5 comprimé" (singular below 2). The number the workstation's way; a counted unit in the
    language's plural form, chosen for the dose's whole part (the translations' rule for n), and in English,
    without a translation, singular for exactly one."""
    number = format_decimal(dose)
    if unit not in COUNT_UNIT_WORDS:
        return f"{number} {unit_words(unit)}"
    one, many = COUNT_UNIT_WORDS[unit]
    whole = max(int(dose), 1)
    phrase = plural(1 if dose == 1 else 2, translate("domain", one, None, whole),
                    translate("domain", many, None, whole))
    return phrase.replace(str(whole), number, 1)  # the form for the whole part, then the dose as it is


_ATC_CODE = re.compile(r"[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}")
# An ATC prefix at one of the WHO levels: A, A10, A10B, A10BA, A10BA02.
_ATC_PREFIX = re.compile(r"[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?")
_SINGLE_STRENGTH = re.compile(r"(\d+(?:\.\d+)?) (mg|mcg|g|units)")


def is_atc_code(text: str) -> bool:
    """A full 7-character ATC code (chemical substance level), e.g. ``B01AA03``."""
    return _ATC_CODE.fullmatch(text) is not None


def is_atc_prefix(text: str) -> bool:
    """An ATC code at any level (1, 3, 4, 5 or 7 characters)."""
    return _ATC_PREFIX.fullmatch(text) is not None


def normalise(text: str) -> str:
    """Case- and whitespace-insensitive form of a name: ``'  Amoxicillin '`` -> ``'amoxicillin'``."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True, slots=True)
class DrugDefaults:
    dose: Decimal
    unit: str
    frequency: str
    duration_days: int
    instructions: str = ""


@dataclass(frozen=True, slots=True)
class Drug:
    """A formulary entry: one generic drug in one strength and form."""

    id: str
    name: str
    strength: str
    form: str
    route: str
    atc: str
    defaults: DrugDefaults

    @property
    def label(self) -> str:
        return f"{self.name} {self.strength} {self.form}"

    @property
    def count_unit(self) -> str | None:
        """What one handed-over item is called (``tablet``), or None for liquids, creams, inhalers..."""
        for unit in ("tablet", "capsule", "sachet", "suppository", "pessary"):
            if unit in self.form:
                return unit
        return "patch" if "patch" in self.form else None

    def strength_per_item(self) -> tuple[Decimal, str] | None:
        """(500, 'mg') for a '500 mg' tablet; None for combinations, liquids and percentages."""
        match = _SINGLE_STRENGTH.fullmatch(self.strength)
        return (Decimal(match.group(1)), match.group(2)) if match else None


@dataclass(frozen=True, slots=True)
class Quantity:
    amount: int
    unit: str

    def __str__(self) -> str:
        return counted_items(self.amount, self.unit)


def administrations(frequency: str, duration_days: int) -> int | None:
    """How many doses a course holds, or None when it cannot be counted (PRN)."""
    freq = FREQUENCIES[frequency]
    if freq.single_dose:
        return 1
    if freq.per_day is None:
        return None
    return math.ceil(freq.per_day * duration_days)


def dispensed_quantity(drug: Drug, dose: Decimal, unit: str, frequency: str, duration_days: int) -> Quantity | None:
    """Items to hand over for the course (dose x frequency x duration), where that can be counted.

    Countable: a tablet, capsule, sachet, patch, suppository or pessary, dosed either in those items or in the
    unit of a single strength (20 mg from 10 mg tablets is 2; 5 mg from 10 mg tablets is half a tablet,
    whole capsules only). Liquids, creams, inhalers, mg/kg doses and PRN lines return None: the prescriber
    writes the quantity.
    """
    item = drug.count_unit
    count = administrations(frequency, duration_days)
    if item is None or count is None:
        return None
    if unit in COUNT_UNITS:
        per_dose = Fraction(dose)
    else:
        strength = drug.strength_per_item()
        if strength is None or strength[1] != unit or strength[0] <= 0:
            return None
        per_dose = Fraction(dose) / Fraction(strength[0])
        step = Fraction(1, 2) if item == "tablet" else Fraction(1)
        if per_dose % step:
            return None
    return Quantity(math.ceil(per_dose * count), item)


@dataclass(frozen=True, slots=True)
class PrescriptionLine:
    """One numbered line of a prescription. Construction validates it (``ValidationError`` by field)."""

    number: int
    drug: Drug
    dose: Decimal
    unit: str
    route: str
    frequency: str
    duration_days: int
    quantity: Quantity | None = None
    instructions: str = ""

    def __post_init__(self) -> None:
        problems = line_problems(self)
        if problems:
            raise ValidationError(problems)

    @classmethod
    def new(cls, number: int, drug: Drug, *, dose: Decimal | int | str | None = None, unit: str | None = None,
            route: str | None = None, frequency: str | None = None, duration_days: int | None = None,
            instructions: str | None = None, quantity: Quantity | None = None) -> PrescriptionLine:
        """A line with the drug's defaults for whatever is not given; the quantity is computed if countable."""
        d = drug.defaults
        try:
            dose_value = d.dose if dose is None else Decimal(str(dose))
        except InvalidOperation:
            raise ValidationError({"dose": translate("domain", "Enter the dose as a number, e.g. 500 or "
                                                               "2.5.")}) from None
        unit = d.unit if unit is None else unit
        frequency = d.frequency if frequency is None else frequency.strip().upper()
        days = d.duration_days if duration_days is None else duration_days
        if quantity is None and frequency in FREQUENCIES and unit in DOSE_UNITS and 1 <= days <= DURATION_DAYS_MAX \
                and dose_value.is_finite() and dose_value > 0:
            quantity = dispensed_quantity(drug, dose_value, unit, frequency, days)
        return cls(number=number, drug=drug, dose=dose_value, unit=unit,
                   route=drug.route if route is None else route, frequency=frequency, duration_days=days,
                   quantity=quantity, instructions=d.instructions if instructions is None else instructions.strip())

    @property
    def frequency_meaning(self) -> str:
        return translate("domain", FREQUENCIES[self.frequency].meaning)

    @property
    def summary(self) -> str:
        """``amoxicillin 500 mg capsule: 500 mg oral three times a day for 5 days``"""
        days = "" if FREQUENCIES[self.frequency].single_dose else " " + for_days(self.duration_days)
        return (f"{self.drug.label}: {dose_words(self.dose, self.unit)} {route_words(self.route)} "
                f"{self.frequency_meaning}{days}")


def day_count(days: int) -> str:
    """A duration, "7 days", in the language's plural form for ``days``."""
    return plural(days, translate("domain", "%n day", None, days), translate("domain", "%n days", None, days))


def for_days(days: int) -> str:
    """How long a line runs, "for 5 days", in the language's plural form for ``days``."""
    return plural(days, translate("domain", "for %n day", None, days), translate("domain", "for %n days", None, days))


def line_problems(line: PrescriptionLine) -> dict[str, str]:
    problems: dict[str, str] = {}
    if line.number < 1:
        problems["number"] = translate("domain", "Lines are numbered from 1.")
    if not line.dose.is_finite() or line.dose <= 0:
        problems["dose"] = translate("domain", "The dose must be more than zero.")
    if line.unit not in DOSE_UNITS:
        problems["unit"] = translate("domain", "“{line_unit}” is not a dose unit; choose one of {join}.").format(
                               line_unit=line.unit, join=', '.join(sorted(DOSE_UNITS)))
    if line.route not in ROUTES:
        problems["route"] = translate("domain", "“{line_route}” is not a route; choose one of {join}.").format(
                                line_route=line.route, join=', '.join(sorted(ROUTES)))
    if line.frequency not in FREQUENCIES:
        problems["frequency"] = (translate("domain", "“{line_frequency}” is not a frequency; use one of "
                                                     "{join}.").format(
                                     line_frequency=line.frequency, join=', '.join(FREQUENCIES)))
    if not 1 <= line.duration_days <= DURATION_DAYS_MAX:
        problems["duration_days"] = translate("domain", "The duration is 1 to {limit} days.").format(
                                        limit=DURATION_DAYS_MAX)
    if line.quantity is not None and line.quantity.amount < 1:
        problems["quantity"] = translate("domain", "The quantity must be at least 1.")
    if len(line.instructions) > INSTRUCTIONS_MAX:
        problems["instructions"] = translate("domain", "Instructions are at most {limit} characters.").format(
                                       limit=INSTRUCTIONS_MAX)
    return problems


def renumbered(lines: tuple[PrescriptionLine, ...]) -> tuple[PrescriptionLine, ...]:
    """The lines numbered 1, 2, 3... in their order (after one was removed or moved)."""
    from dataclasses import replace

    return tuple(line if line.number == i else replace(line, number=i) for i, line in enumerate(lines, start=1))


@dataclass(frozen=True, slots=True)
class Allergy:
    """A recorded allergy: a drug (``amoxicillin``), a class (``penicillin``, ``sulfa``, ``NSAIDs``) or other."""

    substance: str
    reaction: ReactionSeverity = ReactionSeverity.UNKNOWN

    def __post_init__(self) -> None:
        if not normalise(self.substance):
            raise ValidationError({"substance": translate("domain", "Name the substance the patient is allergic to.")})


@dataclass(frozen=True, slots=True)
class Alert:
    kind: AlertKind
    severity: Severity
    drugs: tuple[str, ...]  # the drugs involved, as the prescriber knows them (labels)
    reason: str  # in a doctor's words
    rule_id: str
    source: str  # id of the source in the knowledge base's sources block
    line_numbers: tuple[int, ...] = ()  # the prescription lines involved (a current drug has none)
    allergy: str | None = None

    @property
    def needs_override_reason(self) -> bool:
        return self.severity.needs_override_reason

    @property
    def key(self) -> str:
        """Stable identity of the alert, to store with an override (same drugs and rule -> same key)."""
        return f"{self.kind}:{self.rule_id}:{'|'.join(sorted(self.drugs))}:{self.allergy or ''}"


@dataclass(frozen=True, slots=True)
class Override:
    """What is stored with a signed prescription when alerts were overridden (and audited with it)."""

    reason: str
    alert_keys: tuple[str, ...]
    knowledge_base_version: str | None  # None: signed while the checks were off
    checks_off: bool = False
    severities: tuple[Severity, ...] = field(default=())


def override_required(alerts: list[Alert] | tuple[Alert, ...]) -> tuple[Alert, ...]:
    """The alerts that may only be overridden with a reason: contraindicated and major."""
    return tuple(a for a in alerts if a.needs_override_reason)


def validate_override(alerts: list[Alert] | tuple[Alert, ...], reason: str | None, *,
                      knowledge_base_version: str | None, checks_off: bool = False) -> Override | None:
    """The override to store, None when none is needed, or ``ValidationError`` when the reason is missing.

    A reason of at least five characters is required for any contraindicated or major alert, and for signing
    while the checks are off (the knowledge base is missing or invalid): that is never a silent pass.
    """
    needing = override_required(alerts)
    if not needing and not checks_off:
        return None
    text = " ".join((reason or "").split())
    if len(text) < OVERRIDE_REASON_MIN:
        count = len(needing)
        if checks_off and not needing:
            message = translate("domain", "Give a reason (at least {minimum} characters) for prescribing although "
                                          "the safety checks are off.")
        else:
            message = plural(count,
                             translate("domain", "Give a reason (at least {minimum} characters) for prescribing "
                                                 "although %n serious alert.", None, count),
                             translate("domain", "Give a reason (at least {minimum} characters) for prescribing "
                                                 "although %n serious alerts.", None, count))
        raise ValidationError({"override_reason": message.format(minimum=OVERRIDE_REASON_MIN)})
    return Override(reason=text, alert_keys=tuple(a.key for a in needing),
                    knowledge_base_version=knowledge_base_version, checks_off=checks_off,
                    severities=tuple(a.severity for a in needing))
