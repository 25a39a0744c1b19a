"""Billing money rules (hms_desktop.domain.billing): the one rounding rule, and totals that are the sum of their
lines to the cent, for any lines Hypothesis can think of."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hms_desktop.domain.billing import LineInput, money, price_line, to_cents, totals
from hms_desktop.domain.errors import ValidationError

D = Decimal


@pytest.mark.parametrize(("raw", "rounded"), [
    ("0.005", "0.01"), ("0.004", "0.00"), ("2.675", "2.68"), ("1.115", "1.12"), ("10", "10.00"), ("0.0049999", "0.00"),
])
def test_half_up_to_the_cent(raw: str, rounded: str) -> None:
    assert to_cents(D(raw)) == D(rounded)


def test_a_line_is_rounded_once_for_its_amount_and_once_for_its_tax() -> None:
    line = price_line(LineInput(quantity=D("1.5"), unit_price=D("3.33"), discount=D("0.50"), tax_rate=D("7.50")))
    assert line.gross == D("5.00")  # 4.995 half-up
    assert line.line_total == D("4.50")
    assert line.tax_amount == D("0.34")  # 0.3375
    assert line.total_with_tax == D("4.84")


def test_totals_and_tax_breakdown_per_rate() -> None:
    lines = [price_line(LineInput(D(1), D("50.00"), D("5.00"), D("0"))),
             price_line(LineInput(D(3), D("2.99"), D("0"), D("20"))),
             price_line(LineInput(D(1), D("10.01"), D("0"), D("20")))]
    result = totals(lines)
    assert (result.subtotal, result.discount, result.tax, result.total) == (
        D("68.98"), D("5.00"), D("3.79"), D("67.77"))
    assert [(b.rate, b.base, b.tax) for b in result.bands] == [
        (D("0.00"), D("45.00"), D("0.00")), (D("20.00"), D("18.98"), D("3.79"))]  # 1.79 + 2.00, per line


@pytest.mark.parametrize("line", [
    LineInput(D(0), D(1)), LineInput(D("0.0001"), D(1)), LineInput(D(1), D("-1")), LineInput(D(1), D("1.001")),
    LineInput(D(1), D(1), tax_rate=D(101)), LineInput(D(1), D(1), discount=D("-0.01")),
])
def test_lines_the_database_would_refuse_are_refused_in_words(line: LineInput) -> None:
    with pytest.raises(ValidationError):
        price_line(line)


def test_a_discount_above_the_line_is_refused() -> None:
    with pytest.raises(ValidationError, match="more than the line"):
        price_line(LineInput(D(1), D("10.00"), discount=D("10.01")))


@pytest.mark.parametrize(("typed", "amount"), [("12.5", D("12.50")), ("0", D("0.00")), ("3,20", D("3.20"))])
def test_typed_amounts(typed: str, amount: Decimal) -> None:
    assert money(typed) == amount


@pytest.mark.parametrize("typed", ["abc", "-1", "1.005", "NaN"])
def test_typed_amounts_refused(typed: str) -> None:
    with pytest.raises(ValidationError):
        money(typed)


cents = st.integers(min_value=0, max_value=10_000_000).map(lambda c: D(c) / 100)
quantities = st.integers(min_value=1, max_value=100_000).map(lambda q: D(q) / 1000)
rates = st.sampled_from([D("0"), D("5"), D("7.5"), D("12.5"), D("20"), D("33.33")])


@st.composite
def line_inputs(draw: st.DrawFn) -> LineInput:
    quantity, price, rate = draw(quantities), draw(cents), draw(rates)
    gross = to_cents(quantity * price)
    discount = draw(st.integers(min_value=0, max_value=int(gross * 100))).__truediv__(100)
    return LineInput(quantity=quantity, unit_price=price, discount=D(discount).quantize(D("0.01")), tax_rate=rate)


@given(st.lists(line_inputs(), min_size=0, max_size=30))
def test_totals_are_the_sum_of_the_lines_to_the_cent(inputs: list[LineInput]) -> None:
    lines = [price_line(line) for line in inputs]
    result = totals(lines)
    assert result.total == sum((line.total_with_tax for line in lines), D("0.00"))
    assert result.subtotal - result.discount == sum((line.line_total for line in lines), D("0.00"))
    assert sum((band.base for band in result.bands), D(0)) == result.subtotal - result.discount
    assert sum((band.tax for band in result.bands), D(0)) == result.tax
    for amount in (result.subtotal, result.discount, result.tax, result.total):
        assert amount == amount.quantize(D("0.01"))  # whole cents: nothing below a cent was kept
    for line in lines:
        # No cent lost or invented: each rounded amount is within half a cent of the exact one.
        assert abs(line.gross - line.quantity * line.unit_price) <= D("0.005")
        assert abs(line.tax_amount - line.line_total * line.tax_rate / 100) <= D("0.005")
        assert line.line_total >= 0 and line.tax_amount >= 0


@given(line_inputs())
def test_pricing_is_what_postgres_round_gives(line: LineInput) -> None:
    """The database's check uses round(x, 2): half away from zero, which for these non-negative amounts is
    Python's ROUND_HALF_UP; compare against an integer-arithmetic reference that shares neither."""
    priced = price_line(line)
    exact_milli_cents = line.quantity * line.unit_price * 100_000  # exact: 3 + 2 decimals
    assert priced.gross * 100 == (int(exact_milli_cents) + 500) // 1000
