"""Patients: validation of what the front desk types, medical record numbers, and reading a search box.

Pure rules: no database, no Qt. Every message is meant for the receptionist at the desk, one per field.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, replace
from datetime import date

import phonenumbers

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.wording import field_named
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

# The words for each code, marked for translation (translate("domain", label) where shown); the codes are stored.
SEX_LABELS = {"F": QT_TRANSLATE_NOOP("domain", "Female"), "M": QT_TRANSLATE_NOOP("domain", "Male"),
              "X": QT_TRANSLATE_NOOP("domain", "Other"), "U": QT_TRANSLATE_NOOP("domain", "Unknown")}
# The kinds of ID document: each stored as written here (a stable English key), shown translated ("domain").
ID_TYPES = (QT_TRANSLATE_NOOP("domain", "National ID"), QT_TRANSLATE_NOOP("domain", "Passport"),
            QT_TRANSLATE_NOOP("domain", "Driving licence"), QT_TRANSLATE_NOOP("domain", "Birth certificate"),
            QT_TRANSLATE_NOOP("domain", "Other"))
MAX_AGE_YEARS = 130
NAME_MAX = 100  # per name part; longer input gets a message, never a crash
CONTACT_NAME_MAX = 200  # emergency contact and next of kin: a whole name in one field
MRN_LENGTH = 8  # 7 digits from a sequence and a Luhn check digit (see hms_next_mrn)

_ADDRESS_MAX = 500
# The locality a hospital reports on ("patients-by-area"): a town or district name, never a whole address.
# The database holds the same limit (migration 0034, hms_patient_area_guard).
AREA_MAX = 80
_EMAIL_MAX = 254
_NATIONAL_ID_MAX = 40
_PAYER_MAX = 200
_MEMBER_NUMBER_MAX = 60
_LANGUAGE_MAX = 40
_RELATION_MAX = 60
# Beyond this, text in a phone field is not a phone number; phonenumbers itself gives up at 250.
_PHONE_INPUT_MAX = 40

# Besides letters and combining marks, the marks real names carry: apostrophes (typed ' and
# typographic ’), hyphens (ASCII and U+2010), full stops ("St. John") and spaces.
_NAME_PUNCTUATION = frozenset("'’-‐. ")
# Zero-width (non-)joiners are part of correct spelling in Persian and several Indic scripts.
_JOINERS = frozenset("\u200c\u200d")

# Ranges the UK regulator (Ofcom) reserves for drama and testing. libphonenumber treats them as
# unallocated, but they are dialling-plan-correct, and demos and training use them.
_FICTIONAL_E164_PREFIXES = ("+447700900", "+441632960", "+448081570", "+449098790", "+443069990")

_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_NATIONAL_ID = re.compile(r"[A-Z0-9/]+")
_ID_SEPARATORS = re.compile(r"[\s\-]+")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_PHONE_CHARS = re.compile(r"\+?[\d\s().\-/]+")
_ID_CHARS = re.compile(r"[A-Za-z0-9\s\-/]+")
_TOKEN_SPLIT = re.compile(r"[\s,;]+")
_SEARCH_INPUT_MAX = 200
_SEARCH_TOKENS_MAX = 6


@dataclass(frozen=True, slots=True)
class InsuranceDraft:
    payer: str
    member_number: str
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True, slots=True)
class PatientDraft:
    family_name: str
    given_name: str
    sex: str  # a key of SEX_LABELS
    birth_date: date | None
    birth_date_estimated: bool = False
    national_id: str | None = None
    national_id_type: str | None = None
    phone: str | None = None
    phone_alt: str | None = None
    email: str | None = None
    address: str | None = None
    preferred_language: str | None = None
    emergency_name: str | None = None
    emergency_relation: str | None = None
    emergency_phone: str | None = None
    kin_name: str | None = None
    kin_relation: str | None = None
    kin_phone: str | None = None
    insurance: InsuranceDraft | None = None
    # The town, locality or district (migration 0034): last, so drafts built by position stay as they were.
    area: str | None = None


# --- small text helpers ------------------------------------------------------------------------------------


def _is_space(ch: str) -> bool:
    return unicodedata.category(ch) == "Zs"


def _trim(text: str | None) -> str:
    """NFC and ordinary spaces collapsed; control characters are left for the checks to see."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    # str.split() would also swallow tabs and line breaks, which we want to refuse, not hide.
    return " ".join(part for part in re.split(r"[^\S\t\n\r\x0b\x0c\x1c-\x1f\x85]+", text) if part)


def _has_unprintable(text: str, *, allow_newlines: bool = False) -> bool:
    for ch in text:
        if allow_newlines and ch == "\n":
            continue
        if ch in _JOINERS:
            continue
        if unicodedata.category(ch)[0] == "C":
            return True
    return False


def _optional(text: str | None) -> str | None:
    trimmed = _trim(text)
    return trimmed or None


def name_problem(value: str, *, label: str, max_length: int = NAME_MAX) -> str | None:
    """Why ``value`` (already trimmed) is not acceptable as a name, or None.

    The length is checked first so that pasting a whole document costs one ``len``.
    """
    if not value:
        return translate("domain", "{label}: required.").format(label=field_named(label))
    if len(value) > max_length:
        return translate("domain", "{label}: too long (at most {max_length} characters).").format(
                   label=field_named(label), max_length=max_length)
    if _has_unprintable(value):
        return translate("domain", "{label}: remove the characters that cannot be printed, such as a tab or a line "
                                   "break.").format(label=field_named(label))
    has_letter = False
    for ch in value:
        category = unicodedata.category(ch)
        if category[0] == "L":
            has_letter = True
        elif category[0] == "N":
            return translate("domain", "{label}: cannot contain digits.").format(label=field_named(label))
        elif category[0] != "M" and ch not in _NAME_PUNCTUATION and ch not in _JOINERS:
            return translate("domain", "{label}: can only contain letters, spaces, hyphens, apostrophes and full "
                                       "stops.").format(label=field_named(label))
    if not has_letter:
        return translate("domain", "{label}: must contain letters.").format(label=field_named(label))
    return None


def _text_problem(value: str, *, label: str, max_length: int, allow_newlines: bool = False) -> str | None:
    if len(value) > max_length:
        return translate("domain", "{label}: too long (at most {max_length} characters).").format(
                   label=field_named(label), max_length=max_length)
    if _has_unprintable(value, allow_newlines=allow_newlines):
        return translate("domain", "{label}: remove the characters that cannot be printed.").format(
                   label=field_named(label))
    return None


# --- dates -------------------------------------------------------------------------------------------------


def age_on(birth_date: date, today: date) -> int:
    """Completed years on ``today`` (someone born on 29 February has a birthday on 1 March)."""
    years = today.year - birth_date.year
    if (today.month, today.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def estimated_birth_date(age_years: int, *, today: date) -> date:
    """1 July of the year that gives ``age_years`` today: mid-year keeps the error within six months."""
    if not 0 <= age_years <= MAX_AGE_YEARS:
        raise ValueError(translate("domain", "An age is from 0 to {limit} years.").format(limit=MAX_AGE_YEARS))
    candidate = date(today.year - age_years, 7, 1)
    if candidate > today or age_on(candidate, today) != age_years:
        candidate = date(today.year - age_years - 1, 7, 1)
    return candidate


def _years_before(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February in a year that has none
        return today.replace(year=today.year - years, day=28)


def birth_date_problem(birth_date: date, *, today: date) -> str | None:
    if birth_date > today:
        return translate("domain", "The date of birth is in the future — check the year.")
    if birth_date < _years_before(today, MAX_AGE_YEARS):
        return translate("domain", "The date of birth is more than {limit} years ago — check the year.").format(
                   limit=MAX_AGE_YEARS)
    return None


# --- phones ------------------------------------------------------------------------------------------------


def normalize_phone(text: str, *, region: str) -> str:
    """The number in E.164 (``+447700900123``), or ValueError with a message for the desk."""
    text = text.strip()
    if len(text) > _PHONE_INPUT_MAX:
        raise ValueError(translate("domain", "This is too long for a phone number — check the digits."))
    if any(ch.isalpha() for ch in text.lower().replace("ext", "").replace("x", "")):
        raise ValueError(translate("domain", "A phone number has only digits, spaces, brackets, dashes and a leading "
                                             "+."))
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise ValueError(translate("domain", "This phone number cannot be dialled — check the digits.")) from None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if phonenumbers.is_valid_number(number):
        return e164
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == phonenumbers.ValidationResult.IS_POSSIBLE and e164.startswith(_FICTIONAL_E164_PREFIXES):
        return e164
    raise ValueError(translate("domain", "This phone number cannot be dialled — check the digits."))


# --- medical record numbers ----------------------------------------------------------------------------------


def luhn_digit(digits: str) -> str:
    """The Luhn check digit for ``digits``; the same algorithm as ``hms_luhn_digit`` in SQL."""
    if not digits or not digits.isascii() or not digits.isdigit():
        raise ValueError(translate("domain", "A check digit is computed from digits only."))
    total = 0
    # From the right, every other digit is doubled, starting with the rightmost.
    for position, ch in enumerate(reversed(digits)):
        value = ord(ch) - 48
        if position % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def mrn_is_valid(mrn: str) -> bool:
    """True if ``mrn`` is digits whose last one is the Luhn check digit of the others."""
    return len(mrn) >= 2 and mrn.isascii() and mrn.isdigit() and luhn_digit(mrn[:-1]) == mrn[-1]


# --- other identifiers ---------------------------------------------------------------------------------------


def normalize_national_id(text: str) -> str:
    """Upper case, without spaces or hyphens: "943 476 5919" and "9434765919" are the same ID."""
    return _ID_SEPARATORS.sub("", unicodedata.normalize("NFKC", text)).upper()


# --- the whole record ----------------------------------------------------------------------------------------


def validate_patient(draft: PatientDraft, *, region: str, today: date) -> PatientDraft:
    """The normalised draft, or ValidationError naming every field that is wrong (one message each)."""
    problems: dict[str, str] = {}
    values: dict[str, object] = {f.name: getattr(draft, f.name) for f in fields(PatientDraft)}

    for field, label in (("family_name", QT_TRANSLATE_NOOP("domain", "family name")),
                         ("given_name", QT_TRANSLATE_NOOP("domain", "given name"))):
        value = _trim(getattr(draft, field))
        values[field] = value
        if (problem := name_problem(value, label=translate("domain", label))) is not None:
            problems[field] = problem

    sex = (draft.sex or "").strip().upper()
    values["sex"] = sex
    if sex not in SEX_LABELS:
        problems["sex"] = translate("domain", "Choose the sex: {choices}.").format(
            choices=", ".join(translate("domain", label) for label in SEX_LABELS.values()))

    if draft.birth_date is None:
        values["birth_date_estimated"] = False
        if draft.birth_date_estimated:
            problems["birth_date"] = translate("domain", "Enter the date of birth or an estimated age.")
    elif (problem := birth_date_problem(draft.birth_date, today=today)) is not None:
        problems["birth_date"] = problem

    national_id = normalize_national_id(draft.national_id or "") or None
    values["national_id"] = national_id
    id_type = _optional(draft.national_id_type)
    if national_id is None:
        id_type = None  # a type chosen in a drop-down means nothing without the number
    else:
        if len(national_id) > _NATIONAL_ID_MAX:
            problems["national_id"] = translate("domain", "The ID number is too long (at most {limit} "
                                                          "characters).").format(limit=_NATIONAL_ID_MAX)
        elif not _NATIONAL_ID.fullmatch(national_id):
            problems["national_id"] = translate("domain", "The ID number can only contain letters, digits and /.")
        if id_type is not None and id_type not in ID_TYPES:
            problems["national_id_type"] = translate("domain", "Choose the kind of ID: {kinds}.").format(
                                               kinds=", ".join(translate("domain", kind) for kind in ID_TYPES))
    values["national_id_type"] = id_type

    for field in ("phone", "phone_alt", "emergency_phone", "kin_phone"):
        raw = _optional(getattr(draft, field))
        values[field] = raw
        if raw is not None:
            try:
                values[field] = normalize_phone(raw, region=region)
            except ValueError as error:
                problems[field] = str(error)

    email = _optional(draft.email)
    if email is not None:
        if len(email) > _EMAIL_MAX:
            problems["email"] = translate("domain", "The e-mail address is too long (at most {limit} "
                                                    "characters).").format(limit=_EMAIL_MAX)
        elif not _EMAIL.fullmatch(email) or _has_unprintable(email):
            problems["email"] = translate("domain", "This is not an e-mail address — it should look like "
                                                    "name@example.com.")
        else:
            local, _, domain = email.rpartition("@")
            email = f"{local}@{domain.lower()}"  # the domain is case-blind; the local part may not be
    values["email"] = email

    address = (draft.address or "").replace("\r\n", "\n").strip() or None
    if address is not None:
        address = "\n".join(" ".join(line.split(" ")).strip() for line in address.split("\n"))
        if (problem := _text_problem(address, label=translate("domain", "address"), max_length=_ADDRESS_MAX,
                                     allow_newlines=True)) is not None:
            problems["address"] = problem
    values["address"] = address

    for field, label, limit in (("area", QT_TRANSLATE_NOOP("domain", "area"), AREA_MAX),
                                ("preferred_language", QT_TRANSLATE_NOOP("domain", "language"), _LANGUAGE_MAX),
                                ("emergency_relation", QT_TRANSLATE_NOOP("domain", "relationship"), _RELATION_MAX),
                                ("kin_relation", QT_TRANSLATE_NOOP("domain", "relationship"), _RELATION_MAX)):
        optional = _optional(getattr(draft, field))
        values[field] = optional
        if optional is not None and (problem := _text_problem(optional, label=translate("domain", label),
                                                              max_length=limit)) is not None:
            problems[field] = problem

    for field, label in (("emergency_name", QT_TRANSLATE_NOOP("domain", "emergency contact's name")),
                         ("kin_name", QT_TRANSLATE_NOOP("domain", "next of kin's name"))):
        contact = _optional(getattr(draft, field))
        values[field] = contact
        if contact is not None and (problem := name_problem(contact, label=translate("domain", label),
                                                            max_length=CONTACT_NAME_MAX)) is not None:
            problems[field] = problem

    values["insurance"] = _validate_insurance(draft.insurance, problems)

    if problems:
        raise ValidationError(problems)
    return replace(draft, **values)  # type: ignore[arg-type]


def _validate_insurance(insurance: InsuranceDraft | None, problems: dict[str, str]) -> InsuranceDraft | None:
    if insurance is None:
        return None
    payer = _trim(insurance.payer)
    member = _trim(insurance.member_number)
    if not payer and not member:
        if insurance.valid_from is not None or insurance.valid_to is not None:
            problems["insurance.payer"] = translate("domain", "Enter the insurer and member number, or clear the "
                                                              "policy dates.")
        return None
    if not payer:
        problems["insurance.payer"] = translate("domain", "Enter the insurer, or clear the member number.")
    elif (problem := _text_problem(payer, label=translate("domain", "insurer's name"),
                                   max_length=_PAYER_MAX)) is not None:
        problems["insurance.payer"] = problem
    if not member:
        problems["insurance.member_number"] = translate("domain", "Enter the member number, or clear the insurer.")
    elif (problem := _text_problem(member, label=translate("domain", "member number"),
                                   max_length=_MEMBER_NUMBER_MAX)) is not None:
        problems["insurance.member_number"] = problem
    if (insurance.valid_from is not None and insurance.valid_to is not None
            and insurance.valid_to < insurance.valid_from):
        problems["insurance.valid_to"] = translate("domain", "The policy cannot end before it starts — check the "
                                                             "dates.")
    return InsuranceDraft(payer=payer, member_number=member, valid_from=insurance.valid_from,
                          valid_to=insurance.valid_to)


# --- reading the search box ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What the receptionist typed, understood.

    ``kind``: "mrn" (8 digits with a valid check digit), "phone" (E.164), "date" (ISO), "national_id"
    (normalised), "name" (``tokens`` are folded fragments), or "empty".
    """

    kind: str
    value: str
    tokens: tuple[str, ...] = ()


# --- folding names for search (the same rules as SQL hms_fold v2, migrations/sql/hms_fold.v2.sql) ----------
# Only what is an accent in its script goes: the combining diacritics of Latin, Greek and Cyrillic (the
# Unicode blocks below), and the optional vowel points of Arabic (harakat, tatweel) and Hebrew (niqqud),
# which most people never type. The vowel signs and viramas of Devanagari, Thai and the other Indic and
# South-East Asian scripts are letters of the word ("शर्मा" without its virama is another word), and CJK, kana
# and Hangul are left whole (compatibility forms such as full-width letters become ordinary ones).
FOLDED_MARKS = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # combining diacritics
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"  # Arabic harakat, Qur'anic marks, tatweel
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")  # Hebrew cantillation and niqqud
# Letters that are "a letter with a stroke" rather than a letter and an accent (no decomposition), and the
# Greek final sigma, which is only the shape of sigma at a word's end ("Παπαδόπουλος" / "ΠΑΠΑΔΟΠΟΥΛΟΣ").
FOLDED_LETTERS = {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "ς": "σ", "ß": "ss", "æ": "ae",
                  "œ": "oe"}
_FOLDED_LETTERS_TABLE = str.maketrans(FOLDED_LETTERS)


def fold(text: str) -> str:
    """Lower case without accents, exactly as SQL ``hms_fold`` (v2) folds ``patient.name_search``.

    Compatibility forms first (full-width "Ｊｏｓé" is "José"), accents and optional vowel points off (see
    ``FOLDED_MARKS``), recomposed (Hangul syllables and voiced kana come back whole), lower case, then the
    few letters of ``FOLDED_LETTERS``. tests/integration/test_name_scripts.py compares it with the SQL.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = unicodedata.normalize("NFC", FOLDED_MARKS.sub("", decomposed))
    return stripped.lower().translate(_FOLDED_LETTERS_TABLE)


def _parse_date(text: str, today: date) -> date | None:
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
        candidates = [(year, month, day)]
    elif match := _DAY_FIRST.fullmatch(text):
        first, second, year_text = match.groups()
        year = int(year_text)
        if len(year_text) == 2:  # "12/03/80": the most recent year that is not in the future
            year += 2000 if year <= today.year % 100 else 1900
        # Day first, as written in most of the world; 03/25/1980 can only be month first.
        candidates = [(year, int(second), int(first)), (year, int(first), int(second))]
    else:
        return None
    for year, month, day in candidates:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _looks_like_phone(text: str) -> bool:
    # Whether it *is* one is for normalize_phone: "943 476 5919" has a phone's shape but, in the UK,
    # no dialling plan behind it, so it falls through to be read as an ID (an NHS number).
    return bool(_PHONE_CHARS.fullmatch(text)) and sum(ch.isdigit() for ch in text) >= 6


def parse_search(text: str, *, region: str, today: date) -> SearchQuery:
    """Decide what the search box holds: MRN, phone, date of birth, national ID, or name fragments."""
    text = unicodedata.normalize("NFKC", text or "")
    # Control characters (a NUL pasted inside "Smi\0th") mean nothing in a search and PostgreSQL refuses NUL
    # in text: drop them; tabs and line breaks count as spaces.
    text = "".join(" " if ch in "\t\n\r" else ch for ch in text if ch in "\t\n\r" or unicodedata.category(ch) != "Cc")
    if len(text) > _SEARCH_INPUT_MAX:  # a paste gone wrong: keep whole words up to the limit
        text = text[:_SEARCH_INPUT_MAX + 1].rsplit(None, 1)[0] if " " in text[:_SEARCH_INPUT_MAX] \
            else text[:_SEARCH_INPUT_MAX]
    text = text.strip()
    if not text:
        return SearchQuery("empty", "")
    # A date first: "1965-12-31" without its hyphens could pass for an MRN (one in ten does).
    if (born := _parse_date(text, today)) is not None:
        return SearchQuery("date", born.isoformat())
    compact = re.sub(r"[\s\-]", "", text)
    if len(compact) == MRN_LENGTH and mrn_is_valid(compact):
        return SearchQuery("mrn", compact)
    if _looks_like_phone(text):
        try:
            return SearchQuery("phone", normalize_phone(text, region=region))
        except ValueError:
            pass
    if any(ch.isdigit() for ch in text) and _ID_CHARS.fullmatch(text):
        return SearchQuery("national_id", normalize_national_id(text))
    tokens: list[str] = []
    for raw in _TOKEN_SPLIT.split(fold(text)):
        token = raw.strip("'’-‐.")
        if token and any(ch.isalnum() for ch in token) and token not in tokens:
            tokens.append(token[:NAME_MAX])
    if not tokens:
        return SearchQuery("empty", "")
    tokens = tokens[:_SEARCH_TOKENS_MAX]
    return SearchQuery("name", " ".join(tokens), tuple(tokens))
