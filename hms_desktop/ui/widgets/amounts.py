"""Amounts and percentages in forms and tables: read exactly as ``Decimal`` (``domain.fees.parse_decimal``, never
through float, so 0.1 stays 0.1), shown with two decimals in the workstation's way (issue 15, item 5).

``amount_text`` is the bare number as shown ("1,234.50"; "1 234,50" in French). ``input_text`` is an amount put
into a field the user edits: no thousands separators, the locale's decimal sign ("1234,50"). ``money_text`` is
an amount *shown* — in a table, a message, a total — written in the hospital's currency (issue 10, item 6): the
same ``CurrencyFormat`` the printouts use, set for the session at login and again when an administrator saves
the currency (``set_currency``), so screens and paper agree.

What people type is read by ``read_amount`` before the domain sees it: the domain's parsers
(``domain.billing.money``, ``domain.fees.parse_decimal``) know only "1234.50" and stay free of locales."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from hms_desktop.domain.fees import parse_decimal
from hms_desktop.domain.settings import CurrencyFormat
from hms_desktop.formats import format_number

__all__ = ["amount_problem", "amount_text", "current_currency", "input_text", "money_text", "parse_decimal",
           "percent_text", "read_amount", "set_currency"]

_currency = CurrencyFormat()


def set_currency(currency: CurrencyFormat) -> None:
    """The session's currency (GUI thread: screens read it when they fill in)."""
    global _currency
    _currency = currency


def current_currency() -> CurrencyFormat:
    return _currency


def amount_text(value: Decimal) -> str:
    """1,234.50 (1 234,50 in French): an amount shown without the currency."""
    return format_number(value, 2)


def input_text(value: Decimal, decimals: int = 2, locale: QLocale | None = None) -> str:
    """An amount put into a field the user edits: "1234.50", "1234,50" in French — no thousands separator, so
    that what is read back (``read_amount``) is never in doubt."""
    decimal_sign = (locale or QLocale()).decimalPoint()
    return f"{value:.{decimals}f}".replace(".", decimal_sign)


# Characters that only group digits: spaces of every width and the Swiss apostrophes.
_GROUPING = frozenset(" \u00a0\u202f\u2009'\u2019")


def read_amount(text: str, locale: QLocale | None = None) -> tuple[str, str | None]:
    """What a person typed as an amount, written the domain's way ("1 234,50" -> "1234.50"), and the problem when
    it cannot be read with certainty (None when clear). The rule, whatever the workstation's language:

    - spaces and apostrophes only group digits, and so does the locale's own thousands separator when it is not
      a point or a comma; the locale's digits and decimal sign are read too ("١٢٫٥٠");
    - a point or a comma followed by one or two digits (or none) is the decimal sign: "12,50" and "12.50" are
      both twelve fifty on every desk; "0,125" too, a thousands separator never follows a lone 0;
    - points and commas together: the last one is the decimal sign, the others group by thousands
      ("1,234.50", "1.234,50", "12,34,567.50");
    - the same one several times groups by thousands ("1.234.567");
    - one point or comma followed by exactly three digits ("1,234") is a thousands separator to some and a
      decimal sign to others: never guessed, the person is asked to type it without a thousands separator.

    The hospital's currency symbol or code around the number is left out ("€12,50"). Text that is not a number
    at all is returned as typed (trimmed), for the domain to say what it expects."""
    locale = locale or QLocale()
    typed = text.strip()
    bare = typed
    for currency in (_currency.symbol, _currency.code):  # "€12,50", "12,50 EUR": the hospital's own currency
        if currency:
            bare = bare.removeprefix(currency).removesuffix(currency).strip()
    decimal_sign, group_sign = locale.decimalPoint(), locale.groupSeparator()
    cleaned: list[str] = []
    for char in bare:
        if char in _GROUPING or (char == group_sign and group_sign not in ".,"):
            continue
        if char == decimal_sign and char not in ".,":
            cleaned.append(".")
        elif char.isdecimal():
            cleaned.append(str(unicodedata.decimal(char)))
        elif char in (locale.negativeSign(), "\u2212"):
            cleaned.append("-")
        else:
            cleaned.append(char)
    compact = "".join(cleaned)
    sign, digits = ("-", compact[1:]) if compact.startswith("-") else ("", compact.removeprefix("+"))
    if not digits or not all(c.isdigit() or c in ".," for c in digits) or not any(c.isdigit() for c in digits):
        return typed, None
    marks = [c for c in digits if c in ".,"]
    if not marks:
        return sign + digits, None
    last = max(digits.rfind("."), digits.rfind(","))
    whole, fraction = digits[:last], digits[last + 1:]
    if len(set(marks)) == 2:  # "1,234.50": the last mark is the decimal sign, the other groups
        if digits.count(digits[last]) != 1 or not _grouped(whole, "," if digits[last] == "." else "."):
            return typed, _unclear(typed)
        return f"{sign}{whole.replace(',', '').replace('.', '')}.{fraction}", None
    if len(marks) > 1:  # "1.234.567": only grouping
        return (sign + digits.replace(marks[0], ""), None) if _grouped(digits, marks[0]) else (typed, _unclear(typed))
    if len(fraction) == 3 and whole.lstrip("0"):
        return typed, _unclear(typed)
    return f"{sign}{whole or '0'}.{fraction}".rstrip("."), None


def amount_problem(text: str) -> str | None:
    """Why ``text`` cannot be read as an amount with certainty ("1,234"), or None: said before any generic
    "enter an amount like 12.50"."""
    return read_amount(text)[1]


def _grouped(number: str, mark: str) -> bool:
    """Whether ``mark`` groups ``number``'s digits by thousands (or in the Indian lakhs: 12,34,567)."""
    groups = number.split(mark)
    return (1 <= len(groups[0]) <= 3 and groups[0].isdigit() and len(groups[-1]) == 3
            and all(len(group) in (2, 3) and group.isdigit() for group in groups[1:]))


def _unclear(typed: str) -> str:
    return QCoreApplication.translate(
        "Amounts", "“%1” can be read two ways: is the point or comma a decimal sign or a thousands separator? "
                   "Type the amount without thousands separators, for example 1234 or 12.50.").replace("%1", typed)


def money_text(value: Decimal | None, *, signed: bool = False) -> str:
    """£1,234.50 (or 1,234.50 without a symbol); "" for None."""
    return "" if value is None else _currency.format(value, signed=signed)


def percent_text(value: Decimal) -> str:
    """A percentage without needless decimals: 20, 7.5, 12.25 (7,5 in French; read back by ``read_amount``)."""
    text = f"{value:f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return text.replace(".", QLocale().decimalPoint())
