"""Spreading a whole-invoice discount over the lines (issue 9, item 2): whole cents, never more than a line,
and the shares add up to the discount exactly (Hypothesis)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hms_desktop.domain.billing import CENT, LineInput, percent_of, price_line, spread_discount, totals
from hms_desktop.domain.errors import ValidationError

D = Decimal
cents = st.integers(min_value=0, max_value=10_000_000).map(lambda n: D(n) / 100)


@given(st.lists(cents, min_size=1, max_size=30), st.data())
def test_the_shares_add_up_exactly_and_never_exceed_a_line(bases: list[Decimal], data: st.DataObject) -> None:
    whole = sum(bases, D(0))
    total = data.draw(st.integers(min_value=0, max_value=int(whole * 100)).map(lambda n: D(n) / 100))
    shares = spread_discount(total, bases)
    assert len(shares) == len(bases)
    assert sum(shares, D(0)) == total
    for share, base in zip(shares, bases, strict=True):
        assert share == share.quantize(CENT) and D(0) <= share <= base
        # proportional: within a cent of the exact share
        if whole:
            assert abs(share - total * base / whole) < CENT


@given(st.lists(st.tuples(st.integers(1, 50), st.integers(0, 100_000), st.sampled_from([0, 5, 20])),
                min_size=1, max_size=15), st.integers(0, 100))
def test_a_spread_discount_keeps_the_rounding_rule_and_the_totals(lines: list[tuple[int, int, int]],
                                                                  percent: int) -> None:
    """Priced with the shares as their discounts, every line still obeys the rule and the invoice is the sum."""
    priced = [price_line(LineInput(quantity=D(q), unit_price=D(p) / 100, tax_rate=D(r))) for q, p, r in lines]
    subtotal = sum((line.gross for line in priced), D(0))
    amount = percent_of(subtotal, D(percent))
    shares = spread_discount(amount, [line.gross for line in priced])
    discounted = [price_line(LineInput(quantity=line.quantity, unit_price=line.unit_price, discount=share,
                                       tax_rate=line.tax_rate)) for line, share in zip(priced, shares, strict=True)]
    result = totals(discounted)
    assert result.discount == amount and result.subtotal == subtotal
    assert result.total == sum((line.line_total + line.tax_amount for line in discounted), D(0))


def test_the_leftover_cents_go_to_the_largest_remainders_first() -> None:
    # 10.00 over three equal lines: 3.33 each and one cent left, to the first line on a tie.
    assert spread_discount(D("10.00"), [D("5.00"), D("5.00"), D("5.00")]) == (D("3.34"), D("3.33"), D("3.33"))
    assert spread_discount(D("1.00"), [D("0.00"), D("3.00"), D("1.00")]) == (D("0.00"), D("0.75"), D("0.25"))
    assert spread_discount(D("0"), [D("1.00")]) == (D("0"),)


def test_refuses_more_than_the_lines_or_part_cents() -> None:
    with pytest.raises(ValidationError, match="more than the invoice"):
        spread_discount(D("10.01"), [D("10.00")])
    with pytest.raises(ValidationError, match="whole cents"):
        spread_discount(D("1.005"), [D("10.00")])
    with pytest.raises(ValidationError, match="between 0 and 100"):
        percent_of(D("10.00"), D(101))
    assert percent_of(D("33.33"), D("12.5")) == D("4.17")  # 4.16625, half-up
