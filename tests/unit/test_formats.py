"""Dates, times and numbers the workstation's way (issue 15, item 5): hms_desktop.formats and its QLocale
implementation. Without one installed (the CLI, the tests), the program's English formats stay."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from hms_desktop import formats
from hms_desktop.ui.locale_formats import LocaleFormats, install_locale_formats

MOMENT = datetime(2026, 12, 2, 14, 5)


def test_the_english_formats_are_the_default() -> None:
    assert formats.format_date(MOMENT.date()) == "02 Dec 2026"
    assert formats.format_date_time(MOMENT) == "02 Dec 2026 14:05"
    assert formats.format_time(time(9, 30)) == "09:30"
    assert formats.format_weekday_date(MOMENT.date()) == "Wed 02 Dec"
    assert formats.format_day_month(MOMENT.date()) == "02 Dec"
    assert formats.format_month_year(MOMENT.date()) == "Dec 2026"
    assert formats.format_number(Decimal("1234567.5"), 2) == "1,234,567.50"


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
