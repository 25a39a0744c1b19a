"""Amounts and percentages in admin forms: read exactly as ``Decimal`` (``domain.fees.parse_decimal``, never
through float, so 0.1 stays 0.1), shown with two decimals."""

from __future__ import annotations

from decimal import Decimal

from hms_desktop.domain.fees import parse_decimal

__all__ = ["amount_text", "parse_decimal", "percent_text"]


def amount_text(value: Decimal) -> str:
    """1,234.50"""
    return f"{value:,.2f}"


def percent_text(value: Decimal) -> str:
    """A percentage without needless decimals: 20, 7.5, 12.25."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
