"""Names in every script (issue 15, item 6): registered through the service, found by family name, by given
name and with a typo where the script has letters to slip on; the Python folding agrees with SQL hms_fold."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text

from hms_desktop.domain.patients import PatientDraft, fold
from hms_desktop.domain.staff import Group
from hms_desktop.services import patients
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.patients import PatientRecord

_phones = itertools.count(250_000)

# script: (family name, given name)
NAMES: dict[str, tuple[str, str]] = {
    "devanagari": ("शर्मा", "प्रियंका"),
    "thai": ("สมบูรณ์ชัย", "สมชาย"),
    "arabic": ("الحسيني", "مُحَمَّد"),  # the given name with its harakat, as some clerks type it
    "hebrew": ("כהנוביץ", "אַבְרָהָם"),  # and with niqqud
    "greek": ("Παπαδόπουλος", "Γιώργος"),
    "cyrillic": ("Кузнецова", "Алёна"),
    "chinese": ("欧阳", "小明"),
    "japanese": ("山田", "ガッコウ"),
    "korean": ("김", "민준"),
    "latin": ("Hernández", "José"),
}


@pytest.fixture(scope="module")
def desk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture(scope="module")
def registered(desk: ServiceContext) -> dict[str, PatientRecord]:
    made: dict[str, PatientRecord] = {}
    for i, (script, (family, given)) in enumerate(NAMES.items()):
        draft = PatientDraft(family_name=family, given_name=given, sex="F", birth_date=date(1970, 1, 1 + i),
                             phone=f"07911 {next(_phones)}")
        made[script] = patients.register(desk, draft)
    return made


def found(desk: ServiceContext, typed: str) -> set[str]:
    return {row.mrn for row in patients.search(desk, typed).rows}


@pytest.mark.parametrize("script", NAMES)
def test_found_by_family_name(desk, registered, script: str) -> None:
    assert registered[script].mrn in found(desk, NAMES[script][0])


@pytest.mark.parametrize("script", NAMES)
def test_found_by_given_name(desk, registered, script: str) -> None:
    assert registered[script].mrn in found(desk, NAMES[script][1])


@pytest.mark.parametrize("script", NAMES)
def test_found_by_both_in_either_order(desk, registered, script: str) -> None:
    family, given = NAMES[script]
    assert registered[script].mrn in found(desk, f"{given} {family}")
    assert registered[script].mrn in found(desk, f"{family} {given}")


@pytest.mark.parametrize(("script", "typed"), [
    ("devanagari", "शर्म"),          # the start of the name, as typed so far
    ("devanagari", "प्रियंक"),
    ("thai", "สมบูรณชัย"),           # the thanthakhat (mute mark) left out
    ("arabic", "محمد"),              # without the harakat
    ("arabic", "الحسني"),            # a letter left out
    ("hebrew", "אברהם"),             # without niqqud
    ("hebrew", "כהנוביצ"),           # the final tsadi typed as the ordinary one
    ("greek", "ΠΑΠΑΔΟΠΟΥΛΟΣ"),       # capitals, no tonos, final sigma as capital
    ("greek", "παπαδοπουλος"),
    ("greek", "Παπαδοπολος"),        # a letter left out
    ("greek", "γιωργος"),
    ("cyrillic", "Алена"),           # ё typed as е
    ("cyrillic", "Кузнецвоа"),       # two letters swapped
    ("cyrillic", "КУЗНЕЦОВА"),
    ("japanese", "ｶﾞｯｺｳ"),           # half-width katakana
    ("latin", "Jose"),
    ("latin", "HERNANDEZ jose"),
    ("latin", "Hernandes"),          # a wrong letter
])
def test_found_as_people_type_it(desk, registered, script: str, typed: str) -> None:
    assert registered[script].mrn in found(desk, typed)


def test_a_different_devanagari_word_is_not_the_same_name(desk, registered) -> None:
    """The vowel sign matters: "शर्मी" is not "शर्मा" (v1's Python side dropped the virama instead)."""
    assert fold("शर्मा") == "शर्मा"
    assert registered["devanagari"].mrn not in found(desk, "शरमी")


SAMPLES = [
    "José", "Ｊｏｓé", "Müller", "Straße", "STRASSE", "Øster", "Łódź", "Đorđević", "Æsa", "Œuvre", "İstanbul",
    "ıssız", "ΠΑΠΑΔΟΠΟΎΛΟΣ", "Παπαδόπουλος", "Ἀθῆναι", "Алёна", "Йосиф", "ЁЛКИН", "शर्मा", "प्रियंका",
    "क़ादिर", "สมบูรณ์ชัย", "มัลลิกา", "مُحَمَّد", "عبد‌الله", "الـحسيني", "אַבְרָהָם", "שָׁלוֹם", "欧阳", "小明", "ガッコウ",
    "ｶﾞｯｺｳ", "김민준", "ﬁnn", "Nguyễn Thị Minh Khai", "ǅemal", "Ǆ", "ﾊﾟ", "ĳssel", "Zoë O’Brien-Smith", "STRAUẞ", "ΑΫΛΟΣ",
]


def test_python_folding_agrees_with_sql(database) -> None:
    """The search box folds in Python (domain/patients.py) and the column in SQL (hms_fold v2): one rule."""
    with database.owner.engine.connect() as conn:
        folded = conn.execute(text("SELECT ARRAY(SELECT hms_fold(s) FROM unnest(CAST(:samples AS text[])) "
                                   "WITH ORDINALITY AS u(s, n) ORDER BY n)"), {"samples": SAMPLES}).scalar_one()
    assert dict(zip(SAMPLES, folded, strict=True)) == {s: fold(s) for s in SAMPLES}


def test_the_stored_column_is_folded_by_v2(database, registered) -> None:
    with database.owner.engine.connect() as conn:
        stored = conn.execute(text("SELECT name_search FROM patient WHERE mrn = :mrn"),
                              {"mrn": registered["devanagari"].mrn}).scalar_one()
    assert stored == "शर्मा प्रियंका"
