"""Lab rules: LOINC codes, choosing a reference range by sex and age, flagging a result, reading a typed value.

Pure rules: no database, no Qt. The database applies the same rules when a result is stored
(``hms_lab_range`` and ``hms_lab_flag`` in migrations/sql, called by ``hms_lab_result_guard``), and it is the
database's flag that is kept: these functions let the screen say what a value means before and after it is
saved, and tests/integration/test_labs.py checks that both give the same answer on a table of cases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from hms_desktop.domain.errors import ValidationError
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

# LOINC codes are digits, a hyphen and a mod-10 check digit ("2823-3"); the database checks the shape, these
# rules the check digit as well.
LOINC_CODE_SQL = r"'^[0-9]{1,7}-[0-9]$'"
_LOINC = re.compile(r"([0-9]{1,7})-([0-9])")
VALUE_TEXT_MAX = 200
_MAX_DECIMALS = 6
_MAX_MAGNITUDE = Decimal("1e9")


def loinc_check_digit(body: str) -> int:
    """The LOINC check digit of the part before the hyphen (the Luhn mod-10 rule LOINC publishes)."""
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char)
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10


def is_valid_loinc(code: str) -> bool:
    found = _LOINC.fullmatch(code)
    return found is not None and loinc_check_digit(found.group(1)) == int(found.group(2))


# --- urgency and status ---------------------------------------------------------------------------------------


class Urgency(StrEnum):
    ROUTINE = "routine"
    URGENT = "urgent"
    STAT = "stat"


URGENCY_LABELS = {
    Urgency.ROUTINE: QT_TRANSLATE_NOOP("domain", "Routine"),
    Urgency.URGENT: QT_TRANSLATE_NOOP("domain", "Urgent"),
    Urgency.STAT: QT_TRANSLATE_NOOP("domain", "STAT"),
}
# The worklist's order: STAT first, then urgent, then routine; oldest first within each.
URGENCY_RANK = {Urgency.STAT: 0, Urgency.URGENT: 1, Urgency.ROUTINE: 2}


class ResultKind(StrEnum):
    NUMERIC = "numeric"
    TEXT = "text"


class Flag(StrEnum):
    NORMAL = "normal"
    LOW = "low"
    HIGH = "high"
    CRITICAL_LOW = "critical_low"
    CRITICAL_HIGH = "critical_high"
    ABNORMAL = "abnormal"  # a text answer other than the test's normal one ("Positive" for a malaria test)


FLAG_LABELS = {
    Flag.NORMAL: QT_TRANSLATE_NOOP("domain", "Normal"),
    Flag.LOW: QT_TRANSLATE_NOOP("domain", "Low"),
    Flag.HIGH: QT_TRANSLATE_NOOP("domain", "High"),
    Flag.CRITICAL_LOW: QT_TRANSLATE_NOOP("domain", "Critical low"),
    Flag.CRITICAL_HIGH: QT_TRANSLATE_NOOP("domain", "Critical high"),
    Flag.ABNORMAL: QT_TRANSLATE_NOOP("domain", "Abnormal"),
}
NO_RANGE_LABEL = QT_TRANSLATE_NOOP("domain", "No reference range")
CRITICAL_FLAGS = frozenset({Flag.CRITICAL_LOW, Flag.CRITICAL_HIGH})


def flag_label(flag: str | None) -> str:
    """The flag in words, as every screen shows it (never a colour alone)."""
    return translate("domain", FLAG_LABELS[Flag(flag)] if flag else NO_RANGE_LABEL)


def is_critical(flag: str | None) -> bool:
    return flag in CRITICAL_FLAGS


# --- reference ranges -----------------------------------------------------------------------------------------


class RangeSex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    ANY = "any"


@dataclass(frozen=True, slots=True)
class ReferenceRange:
    """A range for one sex (or any) and the age band [min_age_years, max_age_years), None: no upper age."""

    sex: str
    min_age_years: int = 0
    max_age_years: int | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    critical_low: Decimal | None = None
    critical_high: Decimal | None = None

    def covers_age(self, age: int | None) -> bool:
        if age is None:  # unknown age: only a range for every age, never an adult's by guess
            return self.min_age_years == 0 and self.max_age_years is None
        return age >= self.min_age_years and (self.max_age_years is None or age < self.max_age_years)


def choose_range(ranges: Iterable[ReferenceRange], sex: str, age: int | None) -> ReferenceRange | None:
    """The range for a patient: their own sex's (M or F) before one for any sex, in the given order (the
    database's is by id). A patient recorded as neither M nor F gets an "any" range or none."""
    own = sex if sex in (RangeSex.MALE, RangeSex.FEMALE) else RangeSex.ANY
    candidates = [r for r in ranges if r.sex in (own, RangeSex.ANY) and r.covers_age(age)]
    candidates.sort(key=lambda r: r.sex == RangeSex.ANY)  # stable: keeps the given order within each
    return candidates[0] if candidates else None


def age_in_years(birth_date: date | None, on: date) -> int | None:
    """Whole years on a day, as PostgreSQL's ``extract(year FROM age(on, birth))``."""
    if birth_date is None:
        return None
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def flag_for(value: Decimal | None, reference: ReferenceRange | None) -> Flag | None:
    """Critical beyond the critical limits, else low or high outside the (inclusive) range, else normal.
    A missing bound is no limit; no range, or a range without any bound, gives None."""
    if value is None or reference is None:
        return None
    bounds = (reference.low, reference.high, reference.critical_low, reference.critical_high)
    if all(bound is None for bound in bounds):
        return None
    if reference.critical_low is not None and value < reference.critical_low:
        return Flag.CRITICAL_LOW
    if reference.critical_high is not None and value > reference.critical_high:
        return Flag.CRITICAL_HIGH
    if reference.low is not None and value < reference.low:
        return Flag.LOW
    if reference.high is not None and value > reference.high:
        return Flag.HIGH
    return Flag.NORMAL


def text_flag(value: str, normal_text: str | None) -> Flag | None:
    """A text answer against the test's normal answer ("Negative"), whatever the case; None: no normal answer."""
    if normal_text is None:
        return None
    return Flag.NORMAL if value.strip().lower() == normal_text.lower() else Flag.ABNORMAL


def describe_range(low: Decimal | None, high: Decimal | None, unit: str = "") -> str:
    """ "3.5–5.1 mmol/L", "≤ 5.2 mmol/L", "≥ 1.0 mmol/L", or "" without bounds."""
    suffix = f" {unit}" if unit else ""
    if low is not None and high is not None:
        return f"{format_lab_number(low)}–{format_lab_number(high)}{suffix}"
    if high is not None:
        return f"≤ {format_lab_number(high)}{suffix}"
    if low is not None:
        return f"≥ {format_lab_number(low)}{suffix}"
    return ""


def format_lab_number(value: Decimal) -> str:
    """A stored number as typed: no exponent, no trailing zeros beyond what was entered."""
    return f"{value:f}"


# --- reading a typed value ------------------------------------------------------------------------------------


def _unit_key(unit: str) -> str:
    """Units compared as a person means them: case, spaces, µ/u and the ^ of 10^9 do not matter."""
    return unit.replace("µ", "u").replace("μ", "u").replace("^", "").replace(" ", "").lower()


_NUMBER_THEN_UNIT = re.compile(r"\s*([+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+))\s*(.*?)\s*")


@dataclass(frozen=True, slots=True)
class LabValue:
    numeric: Decimal | None = None
    text: str | None = None


def parse_value(typed: str, *, result_kind: str, unit: str, test_name: str = "this test") -> LabValue:
    """What was typed in the result field, checked: a number (a decimal comma is accepted) optionally followed
    by the test's own unit ("7.1", "7,1 mmol/L"), or a word for a text result ("Negative"). Raises
    ``ValidationError({"value": …})`` with a sentence for the person entering it."""
    cleaned = " ".join(typed.split())
    if not cleaned:
        raise ValidationError({"value": translate("domain", "Enter the result of {test_name}.").format(
                                            test_name=test_name)})
    if result_kind == ResultKind.TEXT:
        if len(cleaned) > VALUE_TEXT_MAX:
            raise ValidationError({"value": translate("domain", "Keep the result under {limit} characters.").format(
                                                limit=VALUE_TEXT_MAX)})
        return LabValue(text=cleaned)
    found = _NUMBER_THEN_UNIT.fullmatch(cleaned)
    if found is None:
        expected = f" in {unit}" if unit else ""
        raise ValidationError({"value": translate("domain", "Enter the result of {test_name} as a number{expected}, "
                                                            "for example 4.2.").format(
                                            test_name=test_name, expected=expected)})
    number, typed_unit = found.group(1).replace(",", "."), found.group(2)
    if typed_unit and _unit_key(typed_unit) != _unit_key(unit):
        if unit:
            raise ValidationError({"value": translate("domain", "Enter {test_name} in {unit}, the laboratory's unit "
                                                                "for this test (not {typed_unit}).").format(
                                                test_name=test_name, unit=unit, typed_unit=typed_unit)})
        raise ValidationError({"value": translate("domain", "{test_name} has no unit; enter the number alone.").format(
                                            test_name=test_name)})
    try:
        value = Decimal(number)
    except InvalidOperation:
        raise ValidationError({"value": translate("domain", "Enter the result of {test_name} as a number.").format(
                                            test_name=test_name)}) from None
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > _MAX_DECIMALS:
        raise ValidationError({"value": translate("domain", "Enter at most {limit} decimals.").format(
                                            limit=_MAX_DECIMALS)})
    if abs(value) >= _MAX_MAGNITUDE:
        raise ValidationError({"value": translate("domain", "{number} is not a plausible result; check the "
                                                            "number.").format(number=number)})
    return LabValue(numeric=value)
