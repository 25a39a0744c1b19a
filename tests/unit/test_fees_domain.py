"""The fee schedule's input rules (domain/fees.py) and the admin forms' number reading (ui/widgets/amounts.py
is Qt-free): codes, names, prices in cents, tax rates 0-100, and no price dated before today."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.fees import (
    PriceDraft,
    ServiceDraft,
    code_problem,
    normal_code,
    validate_price,
    validate_service,
)
from hms_desktop.domain.insurance import Category
from hms_desktop.ui.widgets.amounts import amount_text, parse_decimal, percent_text

TODAY = date(2026, 12, 2)
D = Decimal


@pytest.mark.parametrize(("typed", "ok"), [("XRAY-CHEST", True), ("LAB-CBC", True), ("9A", True), ("-X", False),
                                           ("X RAY", False), ("", False), ("A" * 41, False), ("x_ray", False)])
def test_codes(typed: str, ok: bool) -> None:
    assert (code_problem(normal_code(typed)) is None) is ok


def test_a_service_is_normalised_and_every_problem_named() -> None:
    clean = validate_service(ServiceDraft(code=" ecg-12 ", name="  12-lead   ECG ", category=Category.PROCEDURE,
                                          price=D("35.00"), tax_rate=D("7.5"), effective_from=TODAY), TODAY)
    assert (clean.code, clean.name) == ("ECG-12", "12-lead ECG")
    with pytest.raises(ValidationError) as caught:
        validate_service(ServiceDraft(code="", name="", category="nonsense", price=D("1.001"),  # type: ignore[arg-type]
                                      tax_rate=D("100.5"), effective_from=date(2026, 12, 1)), TODAY)
    assert set(caught.value.problems) == {"code", "name", "category", "price", "tax_rate", "effective_from"}
    assert "today or later" in caught.value.problems["effective_from"]


@pytest.mark.parametrize(("price", "rate", "key"), [(D(-1), D(0), "price"), (D("0.001"), D(0), "price"),
                                                     (D("1E+12"), D(0), "price"), (D(1), D(-1), "tax_rate"),
                                                     (D(1), D("12.345"), "tax_rate"), (D("NaN"), D(0), "price")])
def test_bad_prices_and_rates(price: Decimal, rate: Decimal, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_price(PriceDraft(price=price, tax_rate=rate, effective_from=TODAY), TODAY)
    assert key in caught.value.problems


def test_a_price_from_today_or_later_is_fine_and_free_is_a_price() -> None:
    assert validate_price(PriceDraft(price=D(0), tax_rate=D(0), effective_from=TODAY), TODAY).price == 0


def test_typed_numbers_are_read_exactly() -> None:
    assert parse_decimal(" 1,234.50 ") == D("1234.50")
    assert parse_decimal("0.1") == D("0.1")
    assert parse_decimal("") is None and parse_decimal("12a") is None and parse_decimal("inf") is None
    assert amount_text(D("1234.5")) == "1,234.50"
    assert (percent_text(D("20.00")), percent_text(D("7.50")), percent_text(D("12.25"))) == ("20", "7.5", "12.25")
