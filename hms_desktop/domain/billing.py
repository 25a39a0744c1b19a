"""Money on invoices and credit notes (issue 9, item 3): pure rules, no database.

Money is ``Decimal`` end to end (``NUMERIC(12,2)`` in the database). There is ONE rounding rule, in ``to_cents``:
**per line, half-up to the cent** (``ROUND_HALF_UP``: 0.005 becomes 0.01). A line is rounded twice and only
twice: its gross amount (quantity x unit price) and its tax (net x rate / 100). Invoice totals are plain sums of
the rounded line amounts, never rounded again, so the invoice is exactly the sum of its lines and no cent is lost
or invented. The database applies the same rule (``round(x, 2)``, which rounds half away from zero: the same as
half-up for the non-negative amounts lines hold) in invoice_line's CHECK constraints and in
``hms_invoice_guard``, which refuses to issue an invoice whose stored totals differ from its lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

from hms_desktop.domain.errors import ValidationError
from hms_desktop.formats import format_date
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
MAX_AMOUNT = Decimal("9999999999.99")  # NUMERIC(12,2)
MAX_QUANTITY = Decimal("9999999.999")  # NUMERIC(10,3)
QUANTITY_STEP = Decimal("0.001")


def to_cents(amount: Decimal) -> Decimal:
    """The one rounding rule of billing: half-up to the cent."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def money(value: Decimal | str | int, *, field: str = "amount") -> Decimal:
    """An amount typed or stored: at most two decimals, not negative (no silent rounding of what a person typed)."""
    try:
        amount = Decimal(str(value).strip().replace(",", ".")) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        raise ValidationError({field: translate("billing", "Enter an amount like 12.50.")}) from None
    if not amount.is_finite() or amount < 0 or amount > MAX_AMOUNT:
        raise ValidationError({field: translate("billing", "Enter an amount of zero or more.")})
    if amount != amount.quantize(CENT):
        raise ValidationError({field: translate("billing", "Enter the amount in whole cents (two decimals at most).")})
    return amount.quantize(CENT)


@dataclass(frozen=True, slots=True)
class LineInput:
    """What a line is made of before it is priced: quantity, unit price, discount (an amount off this line, in
    cents) and the tax rate in percent (20 for 20 %)."""

    quantity: Decimal
    unit_price: Decimal
    discount: Decimal = ZERO
    tax_rate: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class PricedLine:
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal
    gross: Decimal       # quantity x unit price, rounded
    discount: Decimal
    line_total: Decimal  # gross - discount: the line's amount before tax
    tax_amount: Decimal  # line_total x tax rate / 100, rounded

    @property
    def total_with_tax(self) -> Decimal:
        return self.line_total + self.tax_amount


@dataclass(frozen=True, slots=True)
class TaxBand:
    rate: Decimal
    base: Decimal  # the sum of line totals taxed at this rate
    tax: Decimal   # the sum of their tax amounts


@dataclass(frozen=True, slots=True)
class Totals:
    subtotal: Decimal  # sum of gross amounts
    discount: Decimal  # sum of line discounts
    tax: Decimal       # sum of tax amounts
    total: Decimal     # subtotal - discount + tax
    bands: tuple[TaxBand, ...]  # by rate, lowest first


def price_line(line: LineInput) -> PricedLine:
    """Price one line by the rounding rule. Refuses what the database would refuse, in the clerk's words."""
    problems: dict[str, str] = {}
    if not line.quantity.is_finite() or line.quantity <= 0 or line.quantity > MAX_QUANTITY \
            or line.quantity != line.quantity.quantize(QUANTITY_STEP):
        problems["quantity"] = translate("billing", "Enter a quantity above zero (three decimals at most).")
    for field, value in (("unit_price", line.unit_price), ("discount", line.discount)):
        if not value.is_finite() or value < 0 or value != value.quantize(CENT) or value > MAX_AMOUNT:
            problems[field] = translate("billing", "Enter an amount of zero or more, in whole cents.")
    if not line.tax_rate.is_finite() or not ZERO <= line.tax_rate <= HUNDRED \
            or line.tax_rate != line.tax_rate.quantize(CENT):
        problems["tax_rate"] = translate("billing", "Enter a tax rate between 0 and 100 percent.")
    if problems:
        raise ValidationError(problems)
    gross = to_cents(line.quantity * line.unit_price)
    if line.discount > gross:
        raise ValidationError({"discount": translate("billing", "The discount is more than the line's amount "
                                                                "({gross}).").format(gross=gross)})
    line_total = gross - line.discount
    tax_amount = to_cents(line_total * line.tax_rate / HUNDRED)
    if gross > MAX_AMOUNT:
        raise ValidationError({"quantity": translate("billing", "This line's amount is too large.")})
    return PricedLine(quantity=line.quantity, unit_price=line.unit_price.quantize(CENT),
                      tax_rate=line.tax_rate.quantize(CENT), gross=gross, discount=line.discount.quantize(CENT),
                      line_total=line_total, tax_amount=tax_amount)


def totals(lines: Iterable[PricedLine]) -> Totals:
    """The document's totals: sums of its priced lines (no rounding here), with the tax per rate."""
    subtotal = discount = tax = ZERO
    bands: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for line in lines:
        subtotal += line.gross
        discount += line.discount
        tax += line.tax_amount
        base, band_tax = bands.get(line.tax_rate, (ZERO, ZERO))
        bands[line.tax_rate] = (base + line.line_total, band_tax + line.tax_amount)
    return Totals(subtotal=subtotal, discount=discount, tax=tax, total=subtotal - discount + tax,
                  bands=tuple(TaxBand(rate=rate, base=base, tax=band_tax)
                              for rate, (base, band_tax) in sorted(bands.items())))


# --- payments (issue 9, item 5) ---

PAYMENT_METHODS = ("cash", "card", "transfer", "insurance")
DEPOSIT_METHODS = ("cash", "card", "transfer")


@dataclass(frozen=True, slots=True)
class Settlement:
    """Where an issued invoice stands: ``due`` is its total less its credit notes, ``paid`` the payments less
    refunds, ``balance`` what is still owed (negative: overpaid, the hospital owes a refund)."""

    due: Decimal
    paid: Decimal
    balance: Decimal
    status: str  # "unpaid", "partly paid", "paid", "overpaid"


def settlement(total: Decimal, credited: Decimal, paid: Decimal) -> Settlement:
    """The one place the payment status of an invoice is decided. Nothing paid on something due is unpaid;
    anything paid short of the amount due is partly paid; exactly the amount due is paid (an invoice credited
    in full with nothing paid is settled too); more than due is overpaid."""
    due = total - credited
    balance = due - paid
    if balance < 0:
        status = "overpaid"
    elif balance == 0:
        status = "paid"
    elif paid > 0:
        status = "partly paid"
    else:
        status = "unpaid"
    return Settlement(due=due, paid=paid, balance=balance, status=status)


# The payment statuses in words, as a printout puts them after the balance: "Balance (partly paid)". The keys
# are what ``settlement`` decides and the services pass on; the words are marked here, translated when printed.
PAYMENT_STATUS_WORDS: dict[str, str] = {
    "unpaid": QT_TRANSLATE_NOOP("domain", "unpaid"),
    "partly paid": QT_TRANSLATE_NOOP("domain", "partly paid"),
    "paid": QT_TRANSLATE_NOOP("domain", "paid"),
    "overpaid": QT_TRANSLATE_NOOP("domain", "overpaid"),
}


def payment_status_words(status: str) -> str:
    """``status`` (a ``Settlement.status``) in the workstation's language; a status not listed as it is."""
    return translate("domain", PAYMENT_STATUS_WORDS[status]) if status in PAYMENT_STATUS_WORDS else status


def cash_change(amount: Decimal, tendered: Decimal) -> Decimal:
    """The change for cash: what was handed over less the amount taken; refuses too little handed over."""
    if tendered < amount:
        raise ValidationError({"tendered": translate("billing", "The amount handed over ({tendered}) is less than the "
                                                                "amount to pay ({amount}).").format(
                                               tendered=tendered, amount=amount)})
    return tendered - amount


# --- discounts (issue 9, item 2) ---

DISCOUNT_REASON_MIN = 3
DISCOUNT_REASON_MAX = 200  # invoice_line.discount_reason


def percent_of(amount: Decimal, percent: Decimal) -> Decimal:
    """``percent`` % of ``amount``, by the one rounding rule (a percent discount becomes an amount in cents)."""
    if not percent.is_finite() or not ZERO <= percent <= HUNDRED:
        raise ValidationError({"discount": translate("billing", "Enter a percentage between 0 and 100.")})
    return to_cents(amount * percent / HUNDRED)


def spread_discount(total: Decimal, bases: Sequence[Decimal]) -> tuple[Decimal, ...]:
    """A whole-invoice discount spread over the lines in proportion to ``bases`` (each line's gross): every
    share in whole cents, never more than its line's base, and the shares add up to ``total`` exactly.

    Largest remainder: each line first gets its exact share rounded down to the cent; the cents left over
    (fewer than the number of lines) go one each to the lines whose exact share lost the most, earlier
    lines first on a tie, so the result does not depend on anything but the inputs."""
    if not total.is_finite() or total < 0 or total != total.quantize(CENT):
        raise ValidationError({"discount": translate("billing", "Enter a discount of zero or more, in whole cents.")})
    whole = sum(bases, ZERO)
    if total > whole:
        raise ValidationError({"discount": translate("billing", "The discount is more than the invoice's lines "
                                                                "({whole}).").format(whole=whole)})
    if total == 0 or whole == 0:
        return tuple(ZERO for _ in bases)
    exact = [total * base / whole for base in bases]
    shares = [share.quantize(CENT, rounding=ROUND_DOWN) for share in exact]
    left = int((total - sum(shares, ZERO)) / CENT)
    order = sorted(range(len(bases)), key=lambda i: (-(exact[i] - shares[i]), i))
    for i in order:
        if left == 0:
            break
        if shares[i] + CENT <= bases[i]:
            shares[i] += CENT
            left -= 1
    return tuple(shares)


# --- Charge descriptions written by SQL, read in the desk's language (issue 15, item 4) ------------------
# hms_charge_encounter, hms_charge_lab_order and hms_accrue_bed_days store English descriptions on the charge,
# and invoice lines copy them. The stored text stays as it is (the records are not rewritten); screens and
# printouts show it through charge_words. tests/unit/test_charge_words.py scans those SQL files, so a new
# version that words a charge differently fails there until charge_words knows the new form.
CONSULTATION_WORDS: dict[str, str] = {
    "Consultation": QT_TRANSLATE_NOOP("domain", "Consultation"),
    "Consultation (inpatient)": QT_TRANSLATE_NOOP("domain", "Consultation (inpatient)"),
    "Consultation (walk-in)": QT_TRANSLATE_NOOP("domain", "Consultation (walk-in)")}
LAB_PREFIX = "Laboratory: "  # hms_charge_lab_order: 'Laboratory: ' || the test's name
BED_DAY_PREFIX = "Bed day, night of "  # hms_accrue_bed_days: ... || to_char(night, 'DD Mon YYYY') || place
# to_char's 'Mon' is English whatever the server's locale (only 'TMMon' would follow lc_time): parsed here by
# this table, never by strptime, whose %b follows the process's locale.
_ENGLISH_MONTHS = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}
_BED_DAY = re.compile(r"Bed day, night of (\d{2}) ([A-Z][a-z]{2}) (\d{4})(.*)", re.DOTALL)
# ' (ward, room, bed label)': the names may hold commas themselves; any split rebuilds the same English.
_BED_PLACE = re.compile(r" \((.+?), (.+?), bed (.+)\)", re.DOTALL)


def charge_words(description: str) -> str:
    """An invoice line's or a charge's description as shown and printed: a form the charging SQL functions
    write, in the workstation's language; any other text (a line a clerk typed, a fee's own name) unchanged.
    Never applied to what is stored or compared (credit notes match lines by id)."""
    if description in CONSULTATION_WORDS:
        source = CONSULTATION_WORDS[description]
        translated = translate("domain", source)
        return description if translated == source else translated
    if description.startswith(LAB_PREFIX) and len(description) > len(LAB_PREFIX):
        return translate("domain", "Laboratory: {test}").format(test=description[len(LAB_PREFIX):])
    bed_day = _BED_DAY.fullmatch(description)
    if bed_day is not None:
        return _bed_day_words(description, *bed_day.groups())
    return description


def _bed_day_words(description: str, day: str, month: str, year: str, rest: str) -> str:
    if month not in _ENGLISH_MONTHS:
        return description
    try:
        night = format_date(date(int(year), _ENGLISH_MONTHS[month], int(day)))
    except ValueError:  # not a date: not a form the SQL writes
        return description
    if not rest:
        return translate("domain", "Bed day, night of {date}").format(date=night)
    place = _BED_PLACE.fullmatch(rest)
    if place is not None:
        ward, room, bed = place.groups()
        return translate("domain", "Bed day, night of {date} ({ward}, {room}, bed {bed})").format(
            date=night, ward=ward, room=room, bed=bed)
    # The SQL cuts the description at 200 characters, which can cut the place short: the night in words and
    # the rest as stored.
    return translate("domain", "Bed day, night of {date}").format(date=night) + rest
