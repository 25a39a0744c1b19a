"""Hospital-wide settings: the typed values and their rules (stored by db/repositories/settings.py)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hms_desktop.formats import format_number
from hms_desktop.i18n import translate

HOSPITAL_NAME_MAX = 200  # printed on slips and wristbands
# The hospital's identity on invoices, receipts and prescriptions (issue 9, item 7). The address is printed
# line by line in a header that has room for ADDRESS_LINES_MAX lines of about 60 characters.
ADDRESS_MAX = 300
ADDRESS_LINES_MAX = 4
ADDRESS_LINE_MAX = 80
PHONE_MAX = 40
EMAIL_MAX = 120
TAX_NUMBER_MAX = 40
_PHONE_CHARACTERS = frozenset("0123456789+-()./ ")
DISCOUNT_THRESHOLD_MAX = Decimal("9999999999.99")  # NUMERIC(12,2), as every amount


@dataclass(frozen=True, slots=True)
class HospitalSettings:
    hospital_name: str = "General Hospital"
    idle_lock_minutes: int = 10
    allow_remember_password: bool = False
    demo_mode: bool = False
    # Region for phone numbers typed without a country code (ISO 3166 alpha-2, as phonenumbers uses).
    phone_region: str = "GB"
    # Scheduling: the slot length where neither the session, the doctor nor the specialty sets one,
    # and the zone of working hours ("Monday 09:00") and of a "day" in the calendars (a zoneinfo key).
    default_slot_minutes: int = 15
    time_zone: str = "Europe/London"
    # Identity printed in the headers of invoices, receipts and prescriptions ("" = not printed). The address
    # keeps its line breaks ("\n"); the others are one line each.
    hospital_address: str = ""
    hospital_phone: str = ""
    hospital_email: str = ""
    hospital_tax_number: str = ""

    @property
    def address_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.hospital_address.splitlines() if line.strip())

    @property
    def contact_parts(self) -> tuple[str, ...]:
        return tuple(part for part in (translate("domain", "Phone {hospital_phone}").format(
                                           hospital_phone=self.hospital_phone) if self.hospital_phone else "",
                                       translate("domain", "E-mail {hospital_email}").format(
                                           hospital_email=self.hospital_email) if self.hospital_email else "") if part)

    @property
    def contact_lines(self) -> tuple[str, ...]:
        """The address lines, then "Phone …" and "E-mail …" on one line: what an A4/A5 header shows under the
        hospital's name (the tax number is printed apart, where the document wants it). An 80 mm receipt is
        too narrow for that line: it prints ``address_lines`` and ``contact_parts`` one under the other."""
        contact = "  ·  ".join(self.contact_parts)
        return (*self.address_lines, *((contact,) if contact else ()))
    # Billing (migration 0019): discounts on one invoice adding up to more than this, and credit notes above
    # it, need the capability role hms_billing_approver; the database reads it (hms_discount_approval).
    discount_approval_threshold: Decimal = Decimal("100.00")
    # Printing (issue 10, item 6): the hospital's currency. ``currency_code`` is ISO 4217 (printed where a
    # document names its currency); ``currency_symbol`` goes before every printed and shown amount ("£12.50"),
    # or after it with ``currency_symbol_after`` ("12.50 kr"). No symbol (the default) prints bare amounts,
    # as before the setting existed.
    currency_code: str = "GBP"
    currency_symbol: str = ""
    currency_symbol_after: bool = False

    @property
    def currency(self) -> CurrencyFormat:
        return CurrencyFormat(self.currency_code, self.currency_symbol, self.currency_symbol_after)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.hospital_name.strip():
            problems["hospital_name"] = translate("domain", "Enter the hospital's name.")
        elif len(self.hospital_name) > HOSPITAL_NAME_MAX:
            problems["hospital_name"] = translate("domain", "The name is too long (at most {limit} "
                                                            "characters).").format(limit=HOSPITAL_NAME_MAX)
        if not 1 <= self.idle_lock_minutes <= 240:
            problems["idle_lock_minutes"] = translate("domain", "The idle lock is from 1 to 240 minutes.")
        if not (len(self.phone_region) == 2 and self.phone_region.isalpha() and self.phone_region.isupper()):
            problems["phone_region"] = translate("domain", "Choose the country whose phone numbers are typed without a "
                                                           "code.")
        if not 5 <= self.default_slot_minutes <= 240:
            problems["default_slot_minutes"] = translate("domain", "A slot is 5 to 240 minutes long.")
        if not is_time_zone(self.time_zone):
            problems["time_zone"] = translate("domain", "Choose the hospital's time zone from the list (for example "
                                                        "Europe/London).")
        problems.update(self._identity_problems())
        problems.update(self.currency.problems())
        threshold = self.discount_approval_threshold
        if not threshold.is_finite() or not 0 <= threshold <= DISCOUNT_THRESHOLD_MAX \
                or threshold != threshold.quantize(Decimal("0.01")):
            problems["discount_approval_threshold"] = translate("domain", "Enter an amount of zero or more, in whole "
                                                                          "cents.")
        return problems

    def _identity_problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        lines = self.address_lines
        if len(self.hospital_address) > ADDRESS_MAX:
            problems["hospital_address"] = translate("domain", "The address is too long (at most {limit} "
                                                               "characters).").format(limit=ADDRESS_MAX)
        elif len(lines) > ADDRESS_LINES_MAX:
            problems["hospital_address"] = translate("domain", "The address has at most {limit} lines.").format(
                                               limit=ADDRESS_LINES_MAX)
        elif any(len(line) > ADDRESS_LINE_MAX for line in lines):
            problems["hospital_address"] = (translate("domain", "An address line is too long to print (at most {limit} "
                                                                "characters per line).").format(limit=ADDRESS_LINE_MAX))
        phone = self.hospital_phone
        if len(phone) > PHONE_MAX:
            problems["hospital_phone"] = translate("domain", "The phone number is too long (at most {limit} "
                                                             "characters).").format(limit=PHONE_MAX)
        elif phone and (not set(phone) <= _PHONE_CHARACTERS or sum(c.isdigit() for c in phone) < 3):
            problems["hospital_phone"] = translate("domain", "Type the phone number with digits, spaces, +, - or "
                                                             "brackets.")
        email = self.hospital_email
        if len(email) > EMAIL_MAX:
            problems["hospital_email"] = translate("domain", "The e-mail address is too long (at most {limit} "
                                                             "characters).").format(limit=EMAIL_MAX)
        elif email and not _looks_like_email(email):
            problems["hospital_email"] = translate("domain", "Type the e-mail address as name@example.org.")
        if len(self.hospital_tax_number) > TAX_NUMBER_MAX:
            problems["hospital_tax_number"] = translate("domain", "The tax number is too long (at most {limit} "
                                                                  "characters).").format(limit=TAX_NUMBER_MAX)
        elif any(c.isspace() and c != " " for c in self.hospital_tax_number):
            problems["hospital_tax_number"] = translate("domain", "The tax number is one line.")
        return problems


CURRENCY_SYMBOL_MAX = 5


@dataclass(frozen=True, slots=True)
class CurrencyFormat:
    """How an amount of money is written, everywhere it is printed or shown (``format``): two decimals, the number
    in the workstation's way (``hms_desktop.formats``: "1,234.50" in English, "1 234,50" in French), a minus in
    front for what the hospital owes, and the hospital's symbol before or after (the hospital's setting, not the
    workstation's: a French desk of a hospital in pounds still reads £)."""

    code: str = "GBP"
    symbol: str = ""
    symbol_after: bool = False

    def format(self, value: Decimal, *, signed: bool = False) -> str:
        """``£1,234.50``, ``-£3.00``, ``1,234.50 kr`` (``1 234,50 €`` in French); ``signed`` writes a plus too (a
        cash difference)."""
        sign = "-" if value < 0 else ("+" if signed and value > 0 else "")
        number = format_number(abs(value), 2)
        if not self.symbol:
            return sign + number
        if self.symbol_after:
            return f"{sign}{number} {self.symbol}"
        return f"{sign}{self.symbol}{number}"

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        code = self.code
        if not (len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()):
            problems["currency_code"] = (translate("domain", "Type the currency as its three-letter code in capitals, "
                                                             "for example GBP, EUR, USD or KES."))
        symbol = self.symbol
        if len(symbol) > CURRENCY_SYMBOL_MAX:
            problems["currency_symbol"] = (translate("domain", "The currency symbol is too long (at most {limit} "
                                                               "characters, for example £, € or KSh).").format(
                                               limit=CURRENCY_SYMBOL_MAX))
        elif symbol != symbol.strip() or any(c.isspace() or c.isdigit() or c in "-+.," for c in symbol):
            problems["currency_symbol"] = (translate("domain", "The currency symbol cannot hold spaces, digits, signs "
                                                               "or separators; type only the symbol, for example £ or "
                                                               "KSh."))
        return problems


def _looks_like_email(text: str) -> bool:
    """One @ with something before it and a dotted domain after it, no spaces: enough to catch a slip of the
    keyboard; whether the mailbox exists is not ours to check."""
    local, at, domain = text.partition("@")
    return (bool(at and local) and "@" not in domain and "." in domain.strip(".")
            and not any(c.isspace() for c in text) and ".." not in domain)


def is_time_zone(key: str) -> bool:
    """Whether ``key`` names a zone of the time zone database (``Europe/London``; not a file path)."""
    if not key or key != key.strip() or key.startswith("/") or ".." in key:
        return False
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def settings_from_stored(stored: dict[str, Any]) -> HospitalSettings:
    """Typed settings from stored JSON values; a missing or damaged value falls back to its default."""
    values: dict[str, Any] = {}
    defaults = HospitalSettings()
    for field in fields(HospitalSettings):
        if field.name in stored:
            kind = type(getattr(defaults, field.name))
            try:
                # An amount is stored as text ("100.00"): JSON numbers are floats, and money never is.
                value = stored[field.name]
                values[field.name] = Decimal(str(value)) if kind is Decimal else kind(value)
            except (TypeError, ValueError, InvalidOperation):
                continue  # a damaged value falls back to the default rather than stopping the app
    return HospitalSettings(**values)


def settings_to_store(settings: HospitalSettings) -> dict[str, Any]:
    return {field.name: _storable(getattr(settings, field.name)) for field in fields(HospitalSettings)}


def _storable(value: Any) -> Any:
    return f"{value:.2f}" if isinstance(value, Decimal) else value
