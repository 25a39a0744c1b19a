"""Typed amounts and percentages in admin forms: read exactly as ``Decimal`` (never through float, so 0.1
stays 0.1), shown with two decimals."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def parse_decimal(text: str) -> Decimal | None:
    """The number typed (spaces and thousands commas ignored), or None when it is empty or not a number."""
    cleaned = text.strip().replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def amount_text(value: Decimal) -> str:
    """1,234.50"""
    return f"{value:,.2f}"


def percent_text(value: Decimal) -> str:
    """A percentage without needless decimals: 20, 7.5, 12.25."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
