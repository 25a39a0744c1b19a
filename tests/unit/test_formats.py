"""Dates, times and numbers the workstation's way (issue 15, item 5): hms_desktop.formats and its QLocale
implementation. Without one installed (the CLI, the tests), the program's English formats stay."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QDoubleSpinBox, QWidget

from hms_desktop import formats
from hms_desktop.domain.billing import money
from hms_desktop.domain.fees import parse_decimal
from hms_desktop.domain.settings import CurrencyFormat
from hms_desktop.ui.locale_formats import (
    DecimalSignKeys,
    LocaleFormats,
    edit_pattern,
    install_locale_formats,
    localize_fields,
)
from hms_desktop.ui.widgets import amounts
from hms_desktop.ui.widgets.amounts import input_text, read_amount

MOMENT = datetime(2026, 12, 2, 14, 5)
SECONDS = datetime(2026, 12, 2, 14, 5, 7)


def test_the_english_formats_are_the_default() -> None:
    assert formats.format_date(MOMENT.date()) == "02 Dec 2026"
    assert formats.format_date_time(MOMENT) == "02 Dec 2026 14:05"
    assert formats.format_time(time(9, 30)) == "09:30"
    assert formats.format_weekday_date(MOMENT.date()) == "Wed 02 Dec"
    assert formats.format_day_month(MOMENT.date()) == "02 Dec"
    assert formats.format_month_year(MOMENT.date()) == "Dec 2026"
    assert formats.format_number(Decimal("1234567.5"), 2) == "1,234,567.50"
    assert formats.format_weekday_date_year(MOMENT.date()) == "Wed 02 Dec 2026"
    assert formats.format_weekday_date_time(MOMENT) == "Wed 02 Dec 2026 14:05"
    assert formats.format_weekday_time(MOMENT) == "Wed 14:05"
    assert formats.format_long_date(MOMENT.date()) == "Wednesday 02 December 2026"
    assert formats.format_time_seconds(SECONDS) == "14:05:07"
    assert formats.format_date_time_seconds(SECONDS) == "02 Dec 2026 14:05:07"
    assert formats.format_month_name_year(MOMENT.date()) == "December 2026"
    assert formats.format_short_month_year(MOMENT.date()) == "Dec ’26"


def test_installing_the_locales_formats_reaches_every_layer_and_can_be_undone() -> None:
    try:
        install_locale_formats(QLocale("fr_FR"))
        assert formats.format_date(date(2026, 12, 2)) == "2 déc. 2026"
        assert formats.format_number(Decimal("1234.5"), 2) == "1\u202f234,50"
    finally:
        formats.install(None)
    assert formats.format_date(date(2026, 12, 2)) == "02 Dec 2026"


# locale: date, date and time, weekday and date, day and month, month and year
CASES = {
    "en_GB": ("2 Dec 2026", "2 Dec 2026 14:05", "Wed, 2 Dec", "2 Dec", "Dec 2026"),
    "en_US": ("Dec 2, 2026", "Dec 2, 2026 2:05\u202fPM", "Wed, Dec 2", "Dec 2", "Dec 2026"),
    "fr_FR": ("2 déc. 2026", "2 déc. 2026 14:05", "mer. 2 déc.", "2 déc.", "déc. 2026"),
    "de_DE": ("2. Dez. 2026", "2. Dez. 2026 14:05", "Mi., 2. Dez.", "2. Dez.", "Dez. 2026"),
    "zh_CN": ("2026年12月2日", "2026年12月2日 14:05", "12月2日周三", "12月2日", "2026年12月"),
    "ru_RU": ("2 дек. 2026\u202fг.", "2 дек. 2026\u202fг. 14:05", "ср, 2 дек.", "2 дек.", "дек. 2026\u202fг."),
    "ar_EG": ("٢ ديسمبر ٢٠٢٦", None, "الأربعاء، ٢ ديسمبر", "٢ ديسمبر", "ديسمبر ٢٠٢٦"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_locale_keeps_its_order_words_and_punctuation(name: str) -> None:
    locale_formats = LocaleFormats(QLocale(name))
    expected = CASES[name]
    got = (locale_formats.date(MOMENT), locale_formats.date_time(MOMENT), locale_formats.weekday_date(MOMENT),
           locale_formats.day_month(MOMENT), locale_formats.month_year(MOMENT))
    for want, have in zip(expected, got, strict=True):
        if want is not None:
            assert have == want


# locale: weekday with year, weekday with year and time, weekday with time, long date, time to the second,
# date and time to the second, month named, month on a chart
MORE_CASES = {
    "en_GB": ("Wed, 2 Dec 2026", "Wed, 2 Dec 2026 14:05", "Wed 14:05", "Wednesday, 2 December 2026", "14:05:07",
              "2 Dec 2026 14:05:07", "December 2026", "Dec 2026"),
    "en_US": ("Wed, Dec 2, 2026", "Wed, Dec 2, 2026 2:05\u202fPM", "Wed 2:05\u202fPM", "Wednesday, December 2, 2026",
              "2:05:07\u202fPM", "Dec 2, 2026 2:05:07\u202fPM", "December 2026", "Dec 2026"),
    "fr_FR": ("mer. 2 déc. 2026", "mer. 2 déc. 2026 14:05", "mer. 14:05", "mercredi 2 décembre 2026", "14:05:07",
              "2 déc. 2026 14:05:07", "décembre 2026", "déc. 2026"),
    "zh_CN": ("2026年12月2日周三", "2026年12月2日周三 14:05", "周三 14:05", "2026年12月2日星期三", "14:05:07",
              "2026年12月2日 14:05:07", "2026年12月", "2026年12月"),
    "ru_RU": ("ср, 2 дек. 2026\u202fг.", "ср, 2 дек. 2026\u202fг. 14:05", "ср 14:05", "среда, 2 декабря 2026\u202fг.",
              "14:05:07", "2 дек. 2026\u202fг. 14:05:07", "декабрь 2026\u202fг.", "дек. 2026\u202fг."),
}


@pytest.mark.parametrize("name", sorted(MORE_CASES))
def test_the_weekday_long_seconds_and_month_kinds_in_each_locale(name: str) -> None:
    locale_formats = LocaleFormats(QLocale(name))
    got = (locale_formats.weekday_date_year(SECONDS), locale_formats.weekday_date_time(SECONDS),
           locale_formats.weekday_time(SECONDS), locale_formats.long_date(SECONDS),
           locale_formats.time_seconds(SECONDS), locale_formats.date_time_seconds(SECONDS),
           locale_formats.month_name_year(SECONDS), locale_formats.short_month_year(SECONDS))
    assert got == MORE_CASES[name]


def test_numbers_are_exact_and_grouped_as_the_locale_groups() -> None:
    india = LocaleFormats(QLocale("hi_IN"))
    assert india.number(Decimal("1234567.5"), 2) == "12,34,567.50"
    britain = LocaleFormats(QLocale("en_GB"))
    assert britain.number(Decimal("2.675"), 2) == "2.68"  # a float would give 2.67
    assert britain.number(2.675, 2) == "2.68"
    assert britain.number(-1234, 0) == "-1,234"
    assert britain.number(Decimal("0.05"), 1) == "0.1"
    egypt = LocaleFormats(QLocale("ar_EG"))
    assert egypt.number(Decimal("12.5"), 2) == "١٢٫٥٠"


# --- money (issue 15, item 5): written the workstation's way in the hospital's currency, read back either way ---

def test_money_is_written_in_the_workstations_way_with_the_hospitals_currency() -> None:
    euros, pounds = CurrencyFormat("EUR", "€", symbol_after=True), CurrencyFormat("GBP", "£")
    assert euros.format(Decimal("1234.5")) == "1,234.50 €"  # the English default, below the UI
    try:
        install_locale_formats(QLocale("fr_FR"))
        assert euros.format(Decimal("1234.5")) == "1\u202f234,50 €"
        assert euros.format(Decimal("-3"), signed=True) == "-3,00 €"
        assert pounds.format(Decimal("0.5"), signed=True) == "+£0,50"  # the symbol stays the hospital's
        install_locale_formats(QLocale("de_DE"))
        assert euros.format(Decimal("1234567.89")) == "1.234.567,89 €"
    finally:
        formats.install(None)


FRENCH, ENGLISH = QLocale("fr_FR"), QLocale("en_GB")

# typed -> read the domain's way, on a French and on an English desk alike
CLEAR = {
    "12,50": "12.50", "12.50": "12.50", "12,5": "12.5", "12": "12", "0,125": "0.125", "-3,5": "-3.5",
    "1 234,50": "1234.50", "1\u202f234,50": "1234.50", "1\u00a0234": "1234",  # spaces group, whatever their width
    "1,234.50": "1234.50", "1.234,50": "1234.50", "12,34,567.50": "1234567.50",  # both marks: the last is decimal
    "1,234,567": "1234567", "1.234.567": "1234567",  # one mark again and again: it groups
    "1’234.50": "1234.50",  # Swiss
}


@pytest.mark.parametrize("locale", [FRENCH, ENGLISH], ids=["fr_FR", "en_GB"])
@pytest.mark.parametrize("typed", sorted(CLEAR))
def test_a_typed_amount_is_read_with_either_decimal_sign(locale: QLocale, typed: str) -> None:
    assert read_amount(typed, locale) == (CLEAR[typed], None)
    if not typed.startswith("-") and len(CLEAR[typed].partition(".")[2]) <= 2:  # an amount the domain takes
        assert money(CLEAR[typed]) == Decimal(CLEAR[typed])


@pytest.mark.parametrize("locale", [FRENCH, ENGLISH], ids=["fr_FR", "en_GB"])
@pytest.mark.parametrize("typed", ["1,234", "1.234", "12,345", "1,2,3", "1,234,56.78", "1.234.5"])
def test_an_amount_that_reads_two_ways_is_never_guessed(locale: QLocale, typed: str) -> None:
    text, problem = read_amount(typed, locale)
    assert text == typed
    assert problem is not None and f"“{typed}” can be read two ways" in problem and "1234" in problem


def test_what_is_not_a_number_is_left_for_the_domain_to_refuse() -> None:
    assert read_amount(" twelve ", FRENCH) == ("twelve", None)
    assert read_amount("", FRENCH) == ("", None)
    assert parse_decimal(read_amount("12,50", FRENCH)[0]) == Decimal("12.50")  # not 1250, as the domain alone reads


def test_the_locales_own_digits_signs_and_the_hospitals_currency_are_read() -> None:
    assert read_amount("١٢٫٥٠", QLocale("ar_EG")) == ("12.50", None)
    previous = amounts.current_currency()
    try:
        amounts.set_currency(CurrencyFormat("EUR", "€", symbol_after=True))
        assert read_amount("12,50 €", FRENCH) == ("12.50", None)
        assert read_amount("€ 1 234", FRENCH) == ("1234", None)
        assert read_amount("12,50 EUR", FRENCH) == ("12.50", None)
    finally:
        amounts.set_currency(previous)


def test_an_amount_put_into_a_field_reads_back_as_it_was() -> None:
    for locale, expected in ((FRENCH, "1234,50"), (ENGLISH, "1234.50"), (QLocale("de_DE"), "1234,50")):
        written = input_text(Decimal("1234.5"), locale=locale)
        assert written == expected
        assert read_amount(written, locale) == ("1234.50", None)


def test_date_fields_show_the_kind_the_formats_in_force_write() -> None:
    assert edit_pattern("date") == "dd MMM yyyy" and edit_pattern("time") == "HH:mm"
    try:
        installed = install_locale_formats(QLocale("en_US"))
        assert edit_pattern("date") == installed.date_pattern == "MMM d, yyyy"
        assert edit_pattern("date_time") == f"{installed.date_pattern} {installed.time_pattern}"
        assert QLocale("en_US").toString(QDate(2026, 12, 2), edit_pattern("weekday_date_year")) == "Wed, Dec 2, 2026"
    finally:
        formats.install(None)
    assert edit_pattern("date_time") == "dd MMM yyyy HH:mm"


def test_a_forms_english_date_fields_take_the_installed_formats(qapp) -> None:
    root = QWidget()
    root.setLocale(QLocale("fr_FR"))  # app.py makes the language's locale every widget's default
    day, moment, translated = QDateEdit(root), QDateTimeEdit(root), QDateEdit(root)
    day.setDisplayFormat("dd MMM yyyy")
    moment.setDisplayFormat("ddd dd MMM yyyy HH:mm")
    translated.setDisplayFormat("d/M/yy")  # a pattern a translator chose stays
    for field in (day, moment, translated):
        field.setDateTime(QDateTime(QDate(2026, 12, 2), QTime(14, 5)))
    try:
        install_locale_formats(QLocale("fr_FR"))
        localize_fields(root)
    finally:
        formats.install(None)
    assert day.text() == "2 déc. 2026"
    assert moment.text() == "mer. 2 déc. 2026 14:05"
    assert translated.displayFormat() == "d/M/yy"


@pytest.mark.parametrize(("locale", "typed"), [("fr_FR", "12.5"), ("fr_FR", "12,5"), ("en_GB", "12,5"),
                                               ("en_GB", "12.5"), ("de_DE", "12.5")])
def test_a_decimal_spin_box_takes_a_point_or_a_comma_as_its_decimal_sign(qapp, locale: str, typed: str) -> None:
    root = QWidget()
    root.setLocale(QLocale(locale))
    spin = QDoubleSpinBox(root)
    spin.setRange(0, 100000)
    localize_fields(root)
    localize_fields(root)  # twice: one filter still
    assert len(spin.findChildren(DecimalSignKeys)) == 1
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin, typed)
    spin.interpretText()
    assert spin.value() == 12.5  # not 125, as a French spin box alone reads "12.5"
