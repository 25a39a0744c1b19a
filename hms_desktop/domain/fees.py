"""The fee schedule's rules for what an administrator types (issue 9, item 1): service codes, names, prices,
tax rates and the day a price takes effect. Pure: no database, no Qt.

A price is never edited: a change is a new row that takes effect on a day, today or later (an invoice already
made for an earlier day was priced with the row valid then, and the history must keep saying so). The same holds
for a plan's own price for a code (migration 0020). The database checks the same rules (migrations 0016, 0020).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from hms_desktop.domain.billing import CENT, HUNDRED, MAX_AMOUNT
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.insurance import Category
from hms_desktop.domain.wording import field_named
from hms_desktop.formats import format_date
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

MAX_CODE = 40  # fee_schedule.code
MAX_NAME = 200  # fee_schedule.name
_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]*")
TYPED_NUMBER_MAX = 20  # characters of a typed amount or percentage ("9,999,999,999.99" is 16)
EXCLUDED_TEXT_MAX = 2000  # characters of a plan's typed list of excluded fee codes
PAST_DATE = QT_TRANSLATE_NOOP(
    "billing", "A new price takes effect today or later ({today}); past prices stay as they were charged.")


@dataclass(frozen=True, slots=True)
class PriceDraft:
    """A new price for a code: ``tax_rate`` is a percentage (0-100)."""

    price: Decimal
    tax_rate: Decimal
    effective_from: date


@dataclass(frozen=True, slots=True)
class ServiceDraft:
    code: str
    name: str
    category: Category
    price: Decimal
    tax_rate: Decimal
    effective_from: date


def parse_decimal(text: str) -> Decimal | None:
    """The number typed (spaces and thousands commas ignored), or None when it is empty or not a number. Read
    exactly as ``Decimal``, never through float."""
    cleaned = text.strip().replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def read_number(text: str, label: str, example: str) -> tuple[Decimal | None, str | None]:
    """A typed amount or percentage: (the number or None when empty, the problem or None)."""
    typed = text.strip()
    if not typed:
        return None, None
    if len(typed) > TYPED_NUMBER_MAX:
        return None, translate("billing", "{label}: too many characters; type a number such as {example}.").format(
                         label=field_named(label), example=example)
    value = parse_decimal(typed)
    if value is None:
        return None, translate("billing", "{label}: type a number, e.g. {example}.").format(
                         label=field_named(label), example=example)
    return value, None


def name_problem(name: str) -> str | None:
    cleaned = " ".join(name.split())
    if not cleaned:
        return translate("billing", "Enter the service's name as it is printed on an invoice.")
    if len(cleaned) > MAX_NAME:
        return translate("billing", "A name has at most {limit} characters.").format(limit=MAX_NAME)
    return None


def read_fee_codes(text: str) -> tuple[frozenset[str], str | None]:
    """A typed list of fee codes (commas or semicolons between them): the codes, and the problem or None."""
    if len(text) > EXCLUDED_TEXT_MAX:
        return frozenset(), translate("billing", "The list is too long (at most {limit} characters).").format(
                                limit=EXCLUDED_TEXT_MAX)
    codes = frozenset(normal_code(part) for part in text.replace(";", ",").split(",") if part.strip())
    bad = sorted(code for code in codes if code_problem(code))
    if bad:
        shown = bad[0] if len(bad[0]) <= 20 else bad[0][:20] + "…"
        return codes, translate("billing", "Not a fee code: {shown} ({code_problem}) Separate codes with "
                                           "commas.").format(shown=shown, code_problem=code_problem(bad[0]))
    return codes, None


def normal_code(code: str) -> str:
    return code.strip().upper()


def code_problem(code: str) -> str | None:
    """The problem of a typed fee code (already ``normal_code``), or None."""
    if not code:
        return translate("billing", "Enter the service's code.")
    if len(code) > MAX_CODE:
        return translate("billing", "A code has at most {limit} characters.").format(limit=MAX_CODE)
    if not _CODE.fullmatch(code):
        return translate("billing", "A code has letters, digits and '-' only, and starts with a letter or digit (e.g. "
                                    "XRAY-CHEST).")
    return None


def price_problem(value: Decimal | None, label: str | None = None) -> str | None:
    """``label``: the field's name, translated ("co-payment"); the price's by default."""
    named = field_named(label if label is not None else translate("billing", "price"))
    if value is None:
        return translate("billing", "{label}: required.").format(label=named)
    if not value.is_finite() or value < 0:
        return translate("billing", "{label}: cannot be negative.").format(label=named)
    if value != value.quantize(CENT):
        return translate("billing", "{label}: two decimals at most (cents).").format(label=named)
    if value > MAX_AMOUNT:
        return translate("billing", "{label}: too large.").format(label=named)
    return None


def tax_rate_problem(value: Decimal | None) -> str | None:
    if value is None:
        return translate("billing", "Enter the tax rate (0 when the service is not taxed).")
    if not value.is_finite() or not Decimal(0) <= value <= HUNDRED:
        return translate("billing", "The tax rate is a percentage from 0 to 100.")
    if value != value.quantize(CENT):
        return translate("billing", "A tax rate has at most two decimals.")
    return None


def date_problem(effective_from: date, today: date) -> str | None:
    return translate("billing", PAST_DATE).format(today=format_date(today)) if effective_from < today else None


def validate_price(draft: PriceDraft, today: date) -> PriceDraft:
    problems = {key: problem for key, problem in (
        ("price", price_problem(draft.price)), ("tax_rate", tax_rate_problem(draft.tax_rate)),
        ("effective_from", date_problem(draft.effective_from, today))) if problem}
    if problems:
        raise ValidationError(problems)
    return draft


def validate_service(draft: ServiceDraft, today: date) -> ServiceDraft:
    code = normal_code(draft.code)
    name = " ".join(draft.name.split())
    problems: dict[str, str] = {}
    if problem := code_problem(code):
        problems["code"] = problem
    if problem := name_problem(name):
        problems["name"] = problem
    try:
        category = Category(draft.category)
    except ValueError:
        problems["category"] = translate("billing", "Choose the service's category.")
        category = Category.OTHER
    try:
        validate_price(PriceDraft(draft.price, draft.tax_rate, draft.effective_from), today)
    except ValidationError as error:
        problems.update(error.problems)
    if problems:
        raise ValidationError(problems)
    return ServiceDraft(code=code, name=name, category=category, price=draft.price, tax_rate=draft.tax_rate,
                        effective_from=draft.effective_from)
