"""Amounts and percentages in forms and tables: read exactly as ``Decimal`` (``domain.fees.parse_decimal``, never
through float, so 0.1 stays 0.1), shown with two decimals.

``amount_text`` is the bare number, for a field the user edits (it reads back as typed). ``money_text`` is an
amount *shown* — in a table, a message, a total — written in the hospital's currency (issue 10, item 6): the
same ``CurrencyFormat`` the printouts use, set for the session at login and again when an administrator saves
the currency (``set_currency``), so screens and paper agree."""

from __future__ import annotations

from decimal import Decimal

from hms_desktop.domain.fees import parse_decimal
from hms_desktop.domain.settings import CurrencyFormat

__all__ = ["amount_text", "current_currency", "money_text", "parse_decimal", "percent_text", "set_currency"]

_currency = CurrencyFormat()


def set_currency(currency: CurrencyFormat) -> None:
    """The session's currency (GUI thread: screens read it when they fill in)."""
    global _currency
    _currency = currency


def current_currency() -> CurrencyFormat:
    return _currency


def amount_text(value: Decimal) -> str:
    """1,234.50"""
    return f"{value:,.2f}"


def money_text(value: Decimal | None, *, signed: bool = False) -> str:
    """£1,234.50 (or 1,234.50 without a symbol); "" for None."""
    return "" if value is None else _currency.format(value, signed=signed)


def percent_text(value: Decimal) -> str:
    """A percentage without needless decimals: 20, 7.5, 12.25."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
