"""domain/patients.py: what the front desk may type, and how the search box is read."""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.patients import (
    MAX_AGE_YEARS,
    NAME_MAX,
    InsuranceDraft,
    PatientDraft,
    age_on,
    estimated_birth_date,
    luhn_digit,
    mrn_is_valid,
    normalize_phone,
    parse_search,
    validate_patient,
)

TODAY = date(2026, 11, 29)
REGION = "GB"
BASE = PatientDraft(family_name="Smith", given_name="John", sex="M", birth_date=date(1980, 3, 12))


def problems_of(draft: PatientDraft, *, region: str = REGION) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_patient(draft, region=region, today=TODAY)
    return caught.value.problems


def valid(draft: PatientDraft) -> PatientDraft:
    return validate_patient(draft, region=REGION, today=TODAY)


# --- names ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    "Müller", "O'Brien", "O’Brien", "Smith-Jones", "St. John", "van der Berg", "Nguyễn", "Ødegård",
    "Żółć", "Дмитрий", "张伟", "محمد", "Ἀθηνᾶ", "श्रीनिवास", "Mac an tSaoir", "D'Artagnan-Lévesque",
])
def test_real_names_are_accepted(name: str) -> None:
    assert valid(replace(BASE, family_name=name)).family_name == unicodedata.normalize("NFC", name)


def test_spaces_are_trimmed_and_collapsed() -> None:
    clean = valid(replace(BASE, family_name="  van   der\u00a0Berg ", given_name=" Ann "))
    assert (clean.family_name, clean.given_name) == ("van der Berg", "Ann")


@pytest.mark.parametrize(("name", "words"), [
    ("Sm1th", "cannot contain digits"),
    ("Smith\tJones", "cannot be printed"),
    ("Smith\n", "cannot be printed"),
    ("Smith\x00", "cannot be printed"),
    ("Smith@home", "can only contain letters"),
    ("Smith$", "can only contain letters"),
    ("Smith 😀", "can only contain letters"),
    ("<script>", "can only contain letters"),
    ("--", "must contain letters"),
    ("", "Family name: required."),
    ("   ", "Family name: required."),
])
def test_bad_names_get_one_message_for_the_field(name: str, words: str) -> None:
    problems = problems_of(replace(BASE, family_name=name))
    assert set(problems) == {"family_name"}
    assert words in problems["family_name"]


def test_a_name_over_the_limit_is_too_long() -> None:
    assert valid(replace(BASE, given_name="a" * NAME_MAX)).given_name == "a" * NAME_MAX
    problems = problems_of(replace(BASE, given_name="a" * (NAME_MAX + 1)))
    assert problems == {"given_name": "Given name: too long (at most 100 characters)."}


def test_ten_thousand_characters_give_a_message_quickly() -> None:
    started = time.perf_counter()
    for junk in ("x" * 10_000, "\x00" * 10_000, "1" * 10_000, "é" * 10_000):
        problems = problems_of(replace(BASE, family_name=junk, given_name=junk, phone=junk, email=junk,
                                       address=junk, national_id=junk, kin_name=junk))
        assert "too long" in problems["family_name"]
        assert "too long" in problems["phone"]
    assert time.perf_counter() - started < 1.0


def test_every_bad_field_is_named_at_once() -> None:
    problems = problems_of(PatientDraft(family_name="", given_name="J0hn", sex="Q",
                                        birth_date=TODAY + timedelta(days=1), phone="12", email="no-at-sign",
                                        insurance=InsuranceDraft("Bupa", "", None, None)))
    assert set(problems) == {"family_name", "given_name", "sex", "birth_date", "phone", "email",
                             "insurance.member_number"}


letters = st.characters(categories=["Lu", "Ll", "Lt", "Lm", "Lo"])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=letters, min_size=1, max_size=40))
def test_any_letters_make_a_name(name: str) -> None:
    assert valid(replace(BASE, family_name=name)).family_name == unicodedata.normalize("NFC", name)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=letters, max_size=20), st.text(alphabet=letters, max_size=20),
       st.characters(categories=["Cc", "Nd"]))
@example("Ann", "Smith", "\t")
@example("", "", "\n")
def test_a_control_character_or_digit_anywhere_is_refused(before: str, after: str, bad: str) -> None:
    problems = problems_of(replace(BASE, given_name=before + bad + after))
    assert set(problems) == {"given_name"}


# --- dates ------------------------------------------------------------------------------------------------


def test_birth_dates_in_the_future_or_too_long_ago_are_refused() -> None:
    assert "future" in problems_of(replace(BASE, birth_date=TODAY + timedelta(days=1)))["birth_date"]
    assert valid(replace(BASE, birth_date=TODAY)).birth_date == TODAY
    oldest = date(TODAY.year - MAX_AGE_YEARS, TODAY.month, TODAY.day)
    assert valid(replace(BASE, birth_date=oldest)).birth_date == oldest
    assert "more than 130 years" in problems_of(replace(BASE, birth_date=oldest - timedelta(days=1)))["birth_date"]


def test_an_estimate_needs_a_date() -> None:
    assert "estimated age" in problems_of(replace(BASE, birth_date=None, birth_date_estimated=True))["birth_date"]
    assert valid(replace(BASE, birth_date=None)).birth_date is None


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=MAX_AGE_YEARS),
       st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_an_estimated_birth_date_gives_that_age(age: int, today: date) -> None:
    born = estimated_birth_date(age, today=today)
    assert born <= today
    assert (born.month, born.day) == (7, 1)
    assert age_on(born, today) == age


@settings(max_examples=500, deadline=None)
@given(st.dates(min_value=date(1890, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 60_000))
def test_age_counts_completed_years(born: date, days: int) -> None:
    today = born + timedelta(days=days)
    age = age_on(born, today)
    assert age >= 0
    assert (born.year + age, born.month, born.day) <= (today.year, today.month, today.day)
    assert (born.year + age + 1, born.month, born.day) > (today.year, today.month, today.day)


def test_age_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError):
        estimated_birth_date(MAX_AGE_YEARS + 1, today=TODAY)
    with pytest.raises(ValueError):
        estimated_birth_date(-1, today=TODAY)


def test_leap_day_birthdays() -> None:
    assert age_on(date(2000, 2, 29), date(2001, 2, 28)) == 0
    assert age_on(date(2000, 2, 29), date(2001, 3, 1)) == 1


# --- phones -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "e164"), [
    ("+44 7700 900123", "+447700900123"),
    ("07700 900123", "+447700900123"),
    ("(020) 7946 0958", "+442079460958"),
    ("0044 20 7946 0958", "+442079460958"),
    ("+44 (0)7911 123456", "+447911123456"),
    ("07911-123-456", "+447911123456"),
    ("+1 202 555 0143", "+12025550143"),
])
def test_phones_normalise_to_e164(typed: str, e164: str) -> None:
    assert normalize_phone(typed, region="GB") == e164


@pytest.mark.parametrize("typed", ["12345", "0770 090", "07911 12345", "07700 9001234567", "0000000000",
                                   "+44 1234", "+999 123456", "phone me"])
def test_undiallable_numbers_are_refused(typed: str) -> None:
    problems = problems_of(replace(BASE, phone=typed))
    assert set(problems) == {"phone"}
    assert "check the digits" in problems["phone"] or "only digits" in problems["phone"]


def test_the_message_for_an_undiallable_number() -> None:
    with pytest.raises(ValueError, match=re.escape("This phone number cannot be dialled — check the digits.")):
        normalize_phone("0770 090", region="GB")


def test_the_region_decides_numbers_without_a_country_code() -> None:
    assert normalize_phone("(202) 555-0143", region="US") == "+12025550143"
    assert valid(replace(BASE, phone="07911 123456", kin_phone="+33 6 12 34 56 78")).kin_phone == "+33612345678"


uk_mobiles = st.from_regex(r"7[4-9][0-9]{8}", fullmatch=True)


@settings(max_examples=300, deadline=None)
@given(uk_mobiles)
def test_any_uk_mobile_in_any_usual_format_gives_one_e164(national: str) -> None:
    import phonenumbers

    if not phonenumbers.is_valid_number(phonenumbers.parse("+44" + national)):
        return  # an unallocated block: not a number anyone could give us
    a, b = national[:4], national[4:]
    formats = [f"0{a} {b}", f"+44 {a} {b}", f"0044{national}", f"+44 (0){a} {b}", f"0{a}-{b[:3]}-{b[3:]}",
               f"(0{a}) {b}", f"+44{national}", f"0{national}", f" 0{a} {b[:3]} {b[3:]} "]
    assert {normalize_phone(f, region="GB") for f in formats} == {"+44" + national}


# --- other fields -----------------------------------------------------------------------------------------


def test_email_national_id_and_empty_strings() -> None:
    clean = valid(replace(BASE, email=" Ann.Smith@Example.COM ", national_id=" 943 476-5919 ",
                          national_id_type="National ID", address="  ", phone="", preferred_language=" "))
    assert clean.email == "Ann.Smith@example.com"
    assert clean.national_id == "9434765919"
    assert (clean.address, clean.phone, clean.preferred_language) == (None, None, None)
    assert problems_of(replace(BASE, email="ann@"))["email"].startswith("This is not an e-mail address")
    assert "letters, digits" in problems_of(replace(BASE, national_id="AB#12"))["national_id"]
    assert "kind of ID" in problems_of(replace(BASE, national_id="AB12", national_id_type="Library card"))[
        "national_id_type"]
    # A type chosen in a drop-down with no number means nothing.
    assert valid(replace(BASE, national_id_type="Passport")).national_id_type is None


def test_insurance_payer_and_member_number_go_together() -> None:
    assert valid(replace(BASE, insurance=InsuranceDraft(" Bupa ", " X1 ", None, None))).insurance == \
        InsuranceDraft("Bupa", "X1", None, None)
    assert valid(replace(BASE, insurance=InsuranceDraft("", "", None, None))).insurance is None
    assert set(problems_of(replace(BASE, insurance=InsuranceDraft("Bupa", "", None, None)))) == \
        {"insurance.member_number"}
    assert set(problems_of(replace(BASE, insurance=InsuranceDraft("", "X1", None, None)))) == {"insurance.payer"}
    backwards = InsuranceDraft("Bupa", "X1", date(2026, 1, 2), date(2026, 1, 1))
    assert "before it starts" in problems_of(replace(BASE, insurance=backwards))["insurance.valid_to"]
    same_day = InsuranceDraft("Bupa", "X1", date(2026, 1, 1), date(2026, 1, 1))
    assert valid(replace(BASE, insurance=same_day)).insurance == same_day


def test_sex_is_one_of_the_labels() -> None:
    assert valid(replace(BASE, sex="f")).sex == "F"
    assert "Female, Male, Other, Unknown" in problems_of(replace(BASE, sex=""))["sex"]


# --- MRNs -------------------------------------------------------------------------------------------------


def test_known_luhn_values() -> None:
    assert luhn_digit("7992739871") == "3"  # the textbook example
    assert mrn_is_valid("79927398713")
    assert not mrn_is_valid("79927398710")
    assert not mrn_is_valid("") and not mrn_is_valid("1") and not mrn_is_valid("１２３４５６７８")


@settings(max_examples=500)
@given(st.from_regex(r"[0-9]{7}", fullmatch=True))
def test_a_check_digit_validates(digits: str) -> None:
    assert mrn_is_valid(digits + luhn_digit(digits))


@settings(max_examples=500)
@given(st.from_regex(r"[0-9]{7}", fullmatch=True), st.integers(0, 7), st.integers(1, 9))
def test_any_single_digit_change_is_caught(digits: str, position: int, shift: int) -> None:
    mrn = digits + luhn_digit(digits)
    changed = mrn[:position] + str((int(mrn[position]) + shift) % 10) + mrn[position + 1:]
    assert not mrn_is_valid(changed)


# --- the search box ---------------------------------------------------------------------------------------


def parse(text: str) -> tuple[str, str, tuple[str, ...]]:
    query = parse_search(text, region=REGION, today=TODAY)
    return query.kind, query.value, query.tokens


def test_search_box_kinds() -> None:
    mrn = "1000001" + luhn_digit("1000001")
    assert parse(mrn) == ("mrn", mrn, ())
    assert parse(f" {mrn[:4]} {mrn[4:]} ")[0:2] == ("mrn", mrn)
    assert parse("12/03/1980")[0:2] == ("date", "1980-03-12")
    assert parse("1980-03-12")[0:2] == ("date", "1980-03-12")
    assert parse("12.03.80")[0:2] == ("date", "1980-03-12")
    assert parse("03/25/1980")[0:2] == ("date", "1980-03-25")  # only month-first makes sense
    assert parse("07911 123456")[0:2] == ("phone", "+447911123456")
    assert parse("+44 7911 123456")[0:2] == ("phone", "+447911123456")
    assert parse("943 476 5919")[0:2] == ("national_id", "9434765919")  # no trunk 0: an NHS number
    assert parse("ab123456c")[0:2] == ("national_id", "AB123456C")
    assert parse("  ") == ("empty", "", ())
    assert parse("Smith, John") == ("name", "smith john", ("smith", "john"))
    assert parse("MÜLLER") == ("name", "muller", ("muller",))
    assert parse("o'brien") == ("name", "o'brien", ("o'brien",))
    assert parse("%%%") == ("empty", "", ())


def test_a_date_is_never_read_as_an_mrn() -> None:
    # 19651231 happens to carry a valid Luhn digit: typed with hyphens it is a date of birth.
    assert mrn_is_valid("19651231")
    assert parse("1965-12-31")[0:2] == ("date", "1965-12-31")
    assert parse("19651231")[0:2] == ("mrn", "19651231")


def test_phone_shaped_numbers_follow_the_region() -> None:
    assert parse_search("202-555-0143", region="US", today=TODAY).kind == "phone"
    assert parse_search("202-555-0143", region="GB", today=TODAY).kind == "national_id"


def test_an_mrn_with_a_wrong_check_digit_is_not_an_mrn() -> None:
    mrn = "1000001" + luhn_digit("1000001")
    wrong = mrn[:-1] + str((int(mrn[-1]) + 1) % 10)
    assert parse(wrong)[0] != "mrn"


def test_a_huge_search_is_cut_short() -> None:
    kind, _value, tokens = parse("smith " * 5000)
    assert kind == "name" and tokens == ("smith",)
    assert len(parse("a b c d e f g h i j k")[2]) <= 6


def test_control_characters_in_a_pasted_search_are_dropped() -> None:
    # Issue 7.10: "Smi<NUL>th" used to reach PostgreSQL, which refuses NUL in text ("Something unexpected").
    assert parse_search("Smi\x00th", region=REGION, today=TODAY).tokens == ("smith",)
    assert parse_search("smith\tjo\x07", region=REGION, today=TODAY).tokens == ("smith", "jo")
    assert parse_search("\x00", region=REGION, today=TODAY).kind == "empty"


@pytest.mark.parametrize(("typed", "tokens"), [
    ("शर्मा प्रियंका", ("शर्मा", "प्रियंका")),      # the virama and vowel signs are letters: kept
    ("สมบูรณ์ชัย", ("สมบูรณ์ชัย",)),                # Thai tone and vowel marks kept
    ("مُحَمَّد الحسيني", ("محمد", "الحسيني")),       # Arabic harakat are optional vowel points: off
    ("אַבְרָהָם", ("אברהם",)),                      # Hebrew niqqud too
    ("ΠΑΠΑΔΌΠΟΥΛΟΣ", ("παπαδοπουλοσ",)),          # tonos off, final sigma folds to σ
    ("김민준 ガッコウ", ("김민준", "ガッコウ")),         # Hangul and voiced kana stay whole
    ("José Müller", ("jose", "muller")),
])
def test_search_fragments_keep_every_letter_of_their_script(typed: str, tokens: tuple[str, ...]) -> None:
    assert parse_search(typed, region="GB", today=date(2026, 1, 1)).tokens == tokens
