"""Payment status and balance of an invoice (domain.billing.settlement, cash_change): the one place they are
decided (issue 9, item 5)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hms_desktop.domain.billing import cash_change, settlement
from hms_desktop.domain.errors import ValidationError

D = Decimal


@pytest.mark.parametrize(("total", "credited", "paid", "balance", "status"), [
    ("100.00", "0", "0", "100.00", "unpaid"),
    ("100.00", "0", "0.01", "99.99", "partly paid"),
    ("100.00", "0", "99.99", "0.01", "partly paid"),
    ("100.00", "0", "100.00", "0.00", "paid"),
    ("100.00", "0", "100.01", "-0.01", "overpaid"),
    ("100.00", "30.00", "70.00", "0.00", "paid"),        # a credit note lowers what is due
    ("100.00", "30.00", "100.00", "-30.00", "overpaid"),  # credited after paying in full: a refund is owed
    ("100.00", "100.00", "0", "0.00", "paid"),           # credited in full, nothing to pay
    ("0.00", "0", "0", "0.00", "paid"),
])
def test_status_and_balance(total: str, credited: str, paid: str, balance: str, status: str) -> None:
    settled = settlement(D(total), D(credited), D(paid))
    assert (settled.balance, settled.status) == (D(balance), status)
    assert settled.due == D(total) - D(credited) and settled.paid == D(paid)
    assert settled.due - settled.paid == settled.balance


def test_cash_change_is_what_was_handed_over_less_the_amount() -> None:
    assert cash_change(D("47.99"), D("50.00")) == D("2.01")
    assert cash_change(D("10.00"), D("10.00")) == D("0.00")
    with pytest.raises(ValidationError) as refused:
        cash_change(D("10.00"), D("9.99"))
    assert "less than the amount" in refused.value.problems["tendered"]
