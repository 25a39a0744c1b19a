"""Dates, times and numbers as people read them where the workstation is (issue 15, item 5).

Every layer that shows or prints a date asks this module, never ``strftime`` with a pattern of its own: a
clerk in Paris reads "2 déc. 2026, 14:05", one in Boston "Dec 2, 2026, 2:05 PM", one in Beijing
"2026年12月2日 14:05". The lower layers (services and printouts) must not import Qt, so the formats are
pluggable like the translations (hms_desktop/i18n.py): the UI installs one built on ``QLocale``
(ui/locale_formats.py) at start-up; until then — the command line, the tests — the English formats the program
always used stay in force ("02 Dec 2026 14:05").

The kinds, each a whole phrase rather than a pattern a caller could combine wrongly:
    date          02 Dec 2026             the day something happened or is due
    date_time     02 Dec 2026 14:05       a moment
    time          14:05                   a time on a day already shown
    weekday_date  Wed 02 Dec              a day of a week or calendar shown with its year elsewhere
    weekday_date_year  Wed 02 Dec 2026    a day on its own where the weekday matters (an appointment)
    weekday_date_time  Wed 02 Dec 2026 14:05  a moment where the weekday matters (an appointment's start)
    weekday_time  Wed 14:05               a moment of the coming week (free slots offered)
    long_date     Wednesday 02 December 2026  a heading (the dashboard's day)
    time_seconds  14:05:07                a time to the second ("updated …")
    date_time_seconds  02 Dec 2026 14:05:07  a moment to the second (the audit trail)
    day_month     02 Dec                  a day of a range whose year is shown once
    month_year    Dec 2026                a month of a report
    month_name_year  December 2026        a month named in a title (a report's drill-down)
    short_month_year  Dec ’26             a month on a chart's crowded axis
    number        1,234,567.5             counts and amounts (the currency symbol is the hospital's setting)
    decimal       1.5                     a quantity or a rate, with the decimals it has (format_decimal)
Times are already in the hospital's zone when they get here (services/hospital_clock.py).

File names and data for other programs (CSV, spreadsheets, backups, audit anchors) keep ISO dates
(2026-12-02): they sort, and every program reads them; tests/unit/test_formats.py lists those places.
"""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from typing import Protocol


class Formats(Protocol):
    def date(self, value: dt.date) -> str: ...

    def date_time(self, value: dt.datetime) -> str: ...

    def time(self, value: dt.time | dt.datetime) -> str: ...

    def weekday_date(self, value: dt.date) -> str: ...

    def weekday_date_year(self, value: dt.date) -> str: ...

    def weekday_date_time(self, value: dt.datetime) -> str: ...

    def weekday_time(self, value: dt.datetime) -> str: ...

    def long_date(self, value: dt.date) -> str: ...

    def time_seconds(self, value: dt.time | dt.datetime) -> str: ...

    def date_time_seconds(self, value: dt.datetime) -> str: ...

    def day_month(self, value: dt.date) -> str: ...

    def month_year(self, value: dt.date) -> str: ...

    def month_name_year(self, value: dt.date) -> str: ...

    def short_month_year(self, value: dt.date) -> str: ...

    def number(self, value: int | float | Decimal, decimals: int = 0) -> str: ...


class EnglishFormats:
    """The formats before issue 15: fixed English patterns, a 24-hour clock, comma thousands."""

    def date(self, value: dt.date) -> str:
        return f"{value:%d %b %Y}"

    def date_time(self, value: dt.datetime) -> str:
        return f"{value:%d %b %Y %H:%M}"

    def time(self, value: dt.time | dt.datetime) -> str:
        return f"{value:%H:%M}"

    def weekday_date(self, value: dt.date) -> str:
        return f"{value:%a %d %b}"

    def weekday_date_year(self, value: dt.date) -> str:
        return f"{value:%a %d %b %Y}"

    def weekday_date_time(self, value: dt.datetime) -> str:
        return f"{value:%a %d %b %Y %H:%M}"

    def weekday_time(self, value: dt.datetime) -> str:
        return f"{value:%a %H:%M}"

    def long_date(self, value: dt.date) -> str:
        return f"{value:%A %d %B %Y}"

    def time_seconds(self, value: dt.time | dt.datetime) -> str:
        return f"{value:%H:%M:%S}"

    def date_time_seconds(self, value: dt.datetime) -> str:
        return f"{value:%d %b %Y %H:%M:%S}"

    def day_month(self, value: dt.date) -> str:
        return f"{value:%d %b}"

    def month_year(self, value: dt.date) -> str:
        return f"{value:%b %Y}"

    def month_name_year(self, value: dt.date) -> str:
        return f"{value:%B %Y}"

    def short_month_year(self, value: dt.date) -> str:
        return f"{value:%b} ’{value:%y}"

    def number(self, value: int | float | Decimal, decimals: int = 0) -> str:
        return f"{value:,.{decimals}f}"


_lock = threading.Lock()
_formats: Formats = EnglishFormats()


def install(formats: Formats | None) -> None:
    """Use ``formats`` from now on (the UI's QLocale formats); None for the English ones."""
    global _formats
    with _lock:
        _formats = formats or EnglishFormats()


def current() -> Formats:
    """The formats in force (the UI's date fields take their display patterns from them)."""
    return _formats


def format_date(value: dt.date) -> str:
    return _formats.date(value)


def format_date_time(value: dt.datetime) -> str:
    return _formats.date_time(value)


def format_time(value: dt.time | dt.datetime) -> str:
    return _formats.time(value)


def format_weekday_date(value: dt.date) -> str:
    return _formats.weekday_date(value)


def format_weekday_date_year(value: dt.date) -> str:
    return _formats.weekday_date_year(value)


def format_weekday_date_time(value: dt.datetime) -> str:
    return _formats.weekday_date_time(value)


def format_weekday_time(value: dt.datetime) -> str:
    return _formats.weekday_time(value)


def format_long_date(value: dt.date) -> str:
    return _formats.long_date(value)


def format_time_seconds(value: dt.time | dt.datetime) -> str:
    return _formats.time_seconds(value)


def format_date_time_seconds(value: dt.datetime) -> str:
    return _formats.date_time_seconds(value)


def format_day_month(value: dt.date) -> str:
    return _formats.day_month(value)


def format_month_year(value: dt.date) -> str:
    return _formats.month_year(value)


def format_month_name_year(value: dt.date) -> str:
    return _formats.month_name_year(value)


def format_short_month_year(value: dt.date) -> str:
    return _formats.short_month_year(value)


def format_number(value: int | float | Decimal, decimals: int = 0) -> str:
    return _formats.number(value, decimals)


def format_decimal(value: Decimal) -> str:
    """A quantity or a rate with the decimals it has and no needless zeros: 2, 1.5, 7.25 (1,5 in French)."""
    exponent = value.normalize().as_tuple().exponent
    return _formats.number(value, max(0, -exponent) if isinstance(exponent, int) else 0)
