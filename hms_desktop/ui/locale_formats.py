"""``hms_desktop.formats`` built on QLocale: the workstation's own way of writing dates, times and numbers.

QLocale offers a locale's short numeric date ("12/2/26" in the US, ambiguous next to "2/12/26" in Britain) and
its long date with the weekday ("Wednesday, December 2, 2026"); a hospital wants the unambiguous middle one with
the month's name, "Dec 2, 2026" / "2 déc. 2026" / "2026年12月2日". It is derived from the long format: the weekday
taken out, the month's name shortened. The other kinds (without year, without day, with a short weekday) are cut
from it the same way, so every kind keeps the locale's order, words and punctuation (the "de" of Spanish, the
"г." of Russian, the 年月日 of Chinese and Japanese).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal, cast

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QDoubleSpinBox, QWidget

from hms_desktop import formats

# A Qt date pattern: quoted literals, runs of one field letter, and other literal characters.
_TOKEN = re.compile(r"'(?:[^']|'')*'|d+|M+|y+|[^'dMy]+")


def _tokens(pattern: str) -> list[str]:
    return _TOKEN.findall(pattern)


def _is_field(token: str, letter: str | None = None) -> bool:
    return bool(token) and token[0] in "dMy" and (letter is None or token[0] == letter) \
        and not token.startswith("'")


def _remove(tokens: list[str], index: int) -> list[str]:
    """Remove the field at ``index`` with the literal that joins it to the rest: the one after it, or, for the
    last field, whatever trails it (the "г." after a Russian year) and the separator before it."""
    fields = [i for i, token in enumerate(tokens) if _is_field(token)]
    kept = list(tokens)
    if index != fields[-1]:
        end = index + 1
        while end < len(kept) and not _is_field(kept[end]):
            end += 1
        del kept[index:end]
        return kept
    start = index
    while start > 0 and not _is_field(kept[start - 1]) and _is_separator(kept[start - 1]):
        start -= 1
    return kept[:start]


def _is_separator(literal: str) -> bool:
    """Spaces and punctuation join fields; a word does not (the 日 after a Chinese day stays with the day)."""
    return not literal.startswith("'") and all(ch in _SEPARATORS or ch.isspace() for ch in literal)


_SEPARATORS = ",.-/\u060c\u200f"


def _without(tokens: list[str], letter: str, width: int | None = None) -> list[str]:
    for index, token in enumerate(tokens):
        if _is_field(token, letter) and (width is None or len(token) == width):
            return _remove(tokens, index)
    return tokens


def medium_date_pattern(long_pattern: str) -> str:
    """"dddd, MMMM d, yyyy" -> "MMM d, yyyy"; "yyyy年M月d日dddd" -> "yyyy年M月d日"."""
    tokens = _tokens(long_pattern)
    tokens = _without(tokens, "d", 4)
    return "".join("MMM" if token == "MMMM" else token for token in tokens).strip(" ,\u060c")


def weekday_date_pattern(long_pattern: str) -> str:
    """The long format with a short weekday and month, without the year: "ddd, MMM d"; "M月d日ddd"."""
    tokens = ["ddd" if token == "dddd" else "MMM" if token == "MMMM" else token for token in _tokens(long_pattern)]
    return "".join(_without(tokens, "y")).strip(" ,")


def weekday_date_year_pattern(long_pattern: str) -> str:
    """The long format with a short weekday and month: "ddd, MMM d, yyyy"; "ddd d MMM yyyy"."""
    return "".join("ddd" if token == "dddd" else "MMM" if token == "MMMM" else token
                   for token in _tokens(long_pattern)).strip(" ,")


def seconds_pattern(time_pattern: str) -> str:
    """The short time with its seconds: "HH:mm" -> "HH:mm:ss", "h:mm AP" -> "h:mm:ss AP" (the long time format
    would add the zone's name)."""
    return time_pattern.replace("mm", "mm:ss", 1) if "ss" not in time_pattern else time_pattern


def day_month_pattern(long_pattern: str) -> str:
    return "".join(_without(_tokens(medium_date_pattern(long_pattern)), "y")).strip(" ,")


def month_year_pattern(long_pattern: str) -> str:
    tokens = _tokens(medium_date_pattern(long_pattern))
    for index, token in enumerate(tokens):
        if _is_field(token, "d"):
            return "".join(_remove(tokens, index)).strip(" ,")
    return "".join(tokens)


class LocaleFormats:
    """The ``formats.Formats`` of one QLocale (the system's, by default)."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self._locale = locale if locale is not None else QLocale.system()
        long_pattern = self._locale.dateFormat(QLocale.FormatType.LongFormat)
        self.date_pattern = medium_date_pattern(long_pattern)
        self.weekday_pattern = weekday_date_pattern(long_pattern)
        self.day_month_pattern = day_month_pattern(long_pattern)
        self.month_year_pattern = month_year_pattern(long_pattern)
        self.weekday_date_year_pattern = weekday_date_year_pattern(long_pattern)
        self.long_pattern = long_pattern
        self.time_pattern = self._locale.timeFormat(QLocale.FormatType.ShortFormat)
        self.seconds_pattern = seconds_pattern(self.time_pattern)

    def _date(self, value: dt.date, pattern: str) -> str:
        return self._locale.toString(QDate(value.year, value.month, value.day), pattern)

    def date(self, value: dt.date) -> str:
        return self._date(value, self.date_pattern)

    def time(self, value: dt.time | dt.datetime) -> str:
        return self._locale.toString(QTime(value.hour, value.minute), self.time_pattern)

    def date_time(self, value: dt.datetime) -> str:
        return f"{self.date(value)} {self.time(value)}"

    def weekday_date(self, value: dt.date) -> str:
        return self._date(value, self.weekday_pattern)

    def weekday_date_year(self, value: dt.date) -> str:
        return self._date(value, self.weekday_date_year_pattern)

    def weekday_date_time(self, value: dt.datetime) -> str:
        return f"{self.weekday_date_year(value)} {self.time(value)}"

    def weekday_time(self, value: dt.datetime) -> str:
        return f"{self._date(value, 'ddd')} {self.time(value)}"

    def long_date(self, value: dt.date) -> str:
        return self._date(value, self.long_pattern)

    def time_seconds(self, value: dt.time | dt.datetime) -> str:
        return self._locale.toString(QTime(value.hour, value.minute, value.second), self.seconds_pattern)

    def date_time_seconds(self, value: dt.datetime) -> str:
        return f"{self.date(value)} {self.time_seconds(value)}"

    def day_month(self, value: dt.date) -> str:
        return self._date(value, self.day_month_pattern)

    def month_year(self, value: dt.date) -> str:
        return self._date(value, self.month_year_pattern)

    def month_name_year(self, value: dt.date) -> str:
        """The month's full name as it stands alone ("декабрь 2026 г.", not the "декабря" of a date); a month
        written as a number stays one (2026年12月)."""
        name = self._locale.standaloneMonthName(value.month, QLocale.FormatType.LongFormat).replace("'", "''")
        pattern = "".join(f"'{name}'" if _is_field(token, "M") and len(token) >= 3 else token  # 12月 stays
                          for token in _tokens(self.month_year_pattern))
        return self._date(value, pattern)

    def short_month_year(self, value: dt.date) -> str:
        """The month of a chart's axis: the locale's month and year ("déc. 2026"); a two-digit year would read
        as a day in most languages ("déc. 26")."""
        return self.month_year(value)

    def number(self, value: int | float | Decimal, decimals: int = 0) -> str:
        """Grouped in the locale's way (lakhs in India), its decimal sign and digits; exact for Decimal
        amounts (no float on the way: 2.675 is "2.68", not the float's "2.67")."""
        exact = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        rounded = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        integer, _, fraction = f"{abs(rounded):f}".partition(".")
        text = self._locale.toString(int(integer))
        if decimals:
            zero = ord(self._locale.zeroDigit())
            text += self._locale.decimalPoint() + "".join(chr(zero + int(digit)) for digit in fraction)
        return (self._locale.negativeSign() + text) if rounded < 0 else text


EditKind = Literal["date", "time", "date_time", "weekday_date_year", "weekday_date_time"]
# The date fields' patterns before issue 15, in force until the UI installs the locale's formats (the tests).
_ENGLISH_EDIT_PATTERNS: dict[EditKind, str] = {
    "date": "dd MMM yyyy", "time": "HH:mm", "date_time": "dd MMM yyyy HH:mm", "weekday_date_year": "ddd dd MMM yyyy",
    "weekday_date_time": "ddd dd MMM yyyy HH:mm"}


def edit_pattern(kind: EditKind) -> str:
    """The display format of a date, time or date-and-time field (QDateEdit, QTimeEdit, QDateTimeEdit), the
    same as the formats in force write that kind: "2 déc. 2026" in a French field, "Dec 2, 2026" in a US one."""
    installed = formats.current()
    if not isinstance(installed, LocaleFormats):
        return _ENGLISH_EDIT_PATTERNS[kind]
    patterns: dict[EditKind, str] = {
        "date": installed.date_pattern, "time": installed.time_pattern,
        "date_time": f"{installed.date_pattern} {installed.time_pattern}",
        "weekday_date_year": installed.weekday_date_year_pattern,
        "weekday_date_time": f"{installed.weekday_date_year_pattern} {installed.time_pattern}"}
    return patterns[kind]


def localize_fields(root: QWidget) -> None:
    """The fields of a form under ``root`` in the workstation's way, called after ``setupUi``:

    - every date, time and date-and-time field whose display format is one of the English patterns of the forms
      (Designer's "dd MMM yyyy", "ddd dd MMM yyyy", "HH:mm", …) shows the same kind in the formats in force, so a
      form written once shows "2 déc. 2026" in France and "Dec 2, 2026" in the United States (a pattern a
      translator changed is left as translated);
    - every decimal spin box takes a point or a comma as its decimal sign (``DecimalSignKeys``): a French
      QDoubleSpinBox alone reads "12.5" as 125."""
    kinds = {pattern: kind for kind, pattern in _ENGLISH_EDIT_PATTERNS.items()}
    for field in root.findChildren(QDateTimeEdit):
        kind = kinds.get(field.displayFormat())
        if kind is not None:
            field.setDisplayFormat(edit_pattern(kind))
    for spin in root.findChildren(QDoubleSpinBox):
        if spin.findChild(DecimalSignKeys) is None:
            spin.installEventFilter(DecimalSignKeys(spin))


class DecimalSignKeys(QObject):
    """Typing a point or a comma in a decimal spin box types the box's own decimal sign, the same rule as the
    amount fields (ui/widgets/amounts.read_amount): "12.50" and "12,50" are twelve fifty on every desk. A spin box
    shows no thousands separators, so neither mark can mean one there."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QDoubleSpinBox):
            return False
        key_event = cast(QKeyEvent, event)
        sign = watched.locale().decimalPoint()
        if key_event.text() not in (".", ",") or key_event.text() == sign:
            return False
        typed = QKeyEvent(QEvent.Type.KeyPress, key_event.key(), key_event.modifiers(), sign)
        QCoreApplication.sendEvent(watched, typed)  # the box's own sign: Qt accepts or refuses it as usual
        return True


def locale_for_language(code: str, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers follow once the workstation's language is ``code``: the system's own when it
    speaks that language (a Belgian and a Canadian French-speaker keep their territory's ways); otherwise the
    language with the system's territory where Qt knows the pair (French on a Canadian system: fr_CA), else the
    language's main territory (French on a US system: fr_FR). A French screen never shows "Wed 02 Dec"."""
    system = system or QLocale.system()
    chosen = QLocale(code)
    if chosen.language() == system.language():
        return system
    if system.language() == QLocale.Language.C and chosen.language() == QLocale.Language.English:
        return system  # a machine with no locale set (C/POSIX) keeps the English formats it always had
    paired = QLocale(chosen.language(), system.territory())
    return paired if paired.language() == chosen.language() and paired.territory() == system.territory() else chosen


def install_locale_formats(locale: QLocale | None = None) -> LocaleFormats:
    """Make every layer format dates, times and numbers the workstation's way (app start-up)."""
    chosen = LocaleFormats(locale)
    formats.install(chosen)
    return chosen


__all__ = ["LocaleFormats", "edit_pattern", "install_locale_formats", "locale_for_language", "localize_fields"]
