"""Lab rules (domain.labs): LOINC check digits, choosing a range by sex and age, flags at and around every
bound, and reading what is typed in the result field. The database applies the same rules;
tests/integration/test_labs.py checks that both agree."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.labs import (
    Flag,
    ReferenceRange,
    age_in_years,
    choose_range,
    describe_range,
    flag_for,
    flag_label,
    is_valid_loinc,
    parse_value,
    text_flag,
)

D = Decimal
POTASSIUM = ReferenceRange("any", 18, None, D("3.5"), D("5.1"), D("2.8"), D("6.2"))
HB_MALE = ReferenceRange("M", 18, None, D("13.0"), D("17.0"), D("7.0"), D("20.0"))
HB_FEMALE = ReferenceRange("F", 18, None, D("12.0"), D("15.5"), D("7.0"), D("20.0"))
HB_CHILD = ReferenceRange("any", 1, 18, D("11.0"), D("14.5"), D("7.0"), D("20.0"))
EVERY_AGE = ReferenceRange("any", 0, None, D("0"), D("5"))


@pytest.mark.parametrize(("code", "valid"), [
    ("2823-3", True), ("718-7", True), ("89579-7", True), ("70569-9", True),
    ("2823-4", False), ("2823", False), ("A823-3", False), ("12345678-9", False), ("", False)])
def test_loinc_codes_are_checked_with_their_check_digit(code: str, valid: bool) -> None:
    assert is_valid_loinc(code) is valid


@pytest.mark.parametrize(("value", "flag"), [
    ("2.7", Flag.CRITICAL_LOW), ("2.8", Flag.LOW), ("3.4", Flag.LOW), ("3.5", Flag.NORMAL), ("4.2", Flag.NORMAL),
    ("5.1", Flag.NORMAL), ("5.2", Flag.HIGH), ("6.2", Flag.HIGH), ("6.21", Flag.CRITICAL_HIGH),
    ("7.1", Flag.CRITICAL_HIGH)])
def test_potassium_is_flagged_around_every_bound(value: str, flag: Flag) -> None:
    assert flag_for(D(value), POTASSIUM) == flag


def test_missing_bounds_are_no_limit_and_no_range_is_no_flag() -> None:
    only_high = ReferenceRange("any", high=D("5.2"))
    assert flag_for(D("0.1"), only_high) == Flag.NORMAL and flag_for(D("5.3"), only_high) == Flag.HIGH
    only_low = ReferenceRange("M", low=D("1.0"))
    assert flag_for(D("0.9"), only_low) == Flag.LOW and flag_for(D("9"), only_low) == Flag.NORMAL
    assert flag_for(D("1"), ReferenceRange("any")) is None
    assert flag_for(D("1"), None) is None and flag_for(None, POTASSIUM) is None
    assert flag_label(None) == "No reference range" and flag_label("critical_high") == "Critical high"


def test_the_range_is_chosen_by_sex_then_age() -> None:
    ranges = [HB_CHILD, HB_MALE, HB_FEMALE]
    assert choose_range(ranges, "M", 40) == HB_MALE
    assert choose_range(ranges, "F", 18) == HB_FEMALE  # the band includes its lower age …
    assert choose_range(ranges, "F", 17) == HB_CHILD  # … and excludes its upper one
    assert choose_range(ranges, "U", 40) is None  # no "any" range for adults: unknown sex gets none
    assert choose_range(ranges, "X", 10) == HB_CHILD
    assert choose_range(ranges, "F", 0) is None
    assert choose_range(ranges, "M", None) is None  # unknown age: never an adult range by guess
    assert choose_range([EVERY_AGE, POTASSIUM], "F", None) == EVERY_AGE
    # The patient's own sex before "any", whatever the order.
    assert choose_range([ReferenceRange("any", 18, None, D("1")), HB_FEMALE], "F", 30) == HB_FEMALE


def test_age_in_whole_years_as_the_database_counts_them() -> None:
    assert age_in_years(date(1985, 6, 15), date(2026, 6, 14)) == 40
    assert age_in_years(date(1985, 6, 15), date(2026, 6, 15)) == 41
    assert age_in_years(date(2000, 2, 29), date(2026, 2, 28)) == 25
    assert age_in_years(None, date(2026, 1, 1)) is None


def test_text_results_against_the_normal_answer() -> None:
    assert text_flag(" negative ", "Negative") == Flag.NORMAL
    assert text_flag("Positive", "Negative") == Flag.ABNORMAL
    assert text_flag("Positive", None) is None


@pytest.mark.parametrize(("typed", "value"), [
    ("7.1", D("7.1")), (" 7,1 ", D("7.1")), ("7.1 mmol/L", D("7.1")), ("7.1mmol/l", D("7.1")), (".5", D("0.5")),
    ("-2", D("-2"))])
def test_numbers_are_read_with_an_optional_unit(typed: str, value: Decimal) -> None:
    assert parse_value(typed, result_kind="numeric", unit="mmol/L").numeric == value


def test_the_units_own_spelling_variants_are_accepted() -> None:
    assert parse_value("98 umol/L", result_kind="numeric", unit="µmol/L").numeric == D("98")
    assert parse_value("250 10^9/l", result_kind="numeric", unit="10^9/L").numeric == D("250")
    assert parse_value("250 109/L", result_kind="numeric", unit="10^9/L").numeric == D("250")


@pytest.mark.parametrize(("typed", "words"), [
    ("", "Enter the result of Potassium"), ("high", "as a number in mmol/L"), ("7.1 mg/dL", "in mmol/L"),
    ("1.1234567", "at most 6 decimals"), ("99999999999", "not a plausible result")])
def test_bad_numbers_get_a_sentence(typed: str, words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_value(typed, result_kind="numeric", unit="mmol/L", test_name="Potassium")
    assert words in refused.value.problems["value"]


def test_text_results_are_kept_as_typed_within_limits() -> None:
    assert parse_value("  Positive   (P. falciparum) ", result_kind="text", unit="").text == \
        "Positive (P. falciparum)"
    with pytest.raises(ValidationError):
        parse_value("x" * 201, result_kind="text", unit="")
    with pytest.raises(ValidationError, match="no unit"):
        parse_value("1.1 mmol/L", result_kind="numeric", unit="", test_name="INR")


def test_ranges_are_described_in_words() -> None:
    assert describe_range(D("3.5"), D("5.1"), "mmol/L") == "3.5–5.1 mmol/L"
    assert describe_range(None, D("5.2"), "mmol/L") == "≤ 5.2 mmol/L"
    assert describe_range(D("1.0"), None) == "≥ 1.0"
    assert describe_range(None, None, "g/L") == ""
