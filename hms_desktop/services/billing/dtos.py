"""What the billing use cases take and return: frozen dataclasses, money as ``Decimal``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from hms_desktop.domain.billing import ZERO, TaxBand


@dataclass(frozen=True, slots=True)
class UnbilledChargeDTO:
    """A charge not yet billed, priced with the fee valid on its service date (``unit_price`` None: the fee
    schedule has no price for its code on that day, and it cannot be invoiced until an administrator adds one)."""

    charge_id: int
    service_date: date
    fee_code: str
    description: str
    quantity: Decimal
    source_kind: str
    unit_price: Decimal | None
    tax_rate: Decimal | None
    category: str | None
    draft_invoice_id: int | None  # a draft already holding this charge

    @property
    def priced(self) -> bool:
        return self.unit_price is not None


@dataclass(frozen=True, slots=True)
class ManualLine:
    """A line the clerk types. ``unit_price`` None: priced from the fee schedule by ``fee_code`` on
    ``service_date`` (default: the hospital's today)."""

    description: str
    quantity: Decimal = Decimal(1)
    unit_price: Decimal | None = None
    tax_rate: Decimal | None = None
    discount: Decimal = ZERO
    fee_code: str | None = None
    service_date: date | None = None


@dataclass(frozen=True, slots=True)
class CreditLine:
    """What to credit of one invoice line: ``quantity`` units at its unit price and tax rate (None: the whole
    line, its discount included)."""

    invoice_line_id: int
    quantity: Decimal | None = None


@dataclass(frozen=True, slots=True)
class InvoiceLineDTO:
    id: int
    charge_id: int | None
    fee_code: str | None
    description: str
    service_date: date
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    line_total: Decimal
    tax_amount: Decimal
    credited: Decimal  # before tax, by credit notes so far


@dataclass(frozen=True, slots=True)
class CreditNoteDTO:
    id: int
    number: str
    invoice_id: int
    reason: str
    issued_at: datetime
    issued_by: str
    subtotal: Decimal
    discount: Decimal
    tax: Decimal
    total: Decimal


@dataclass(frozen=True, slots=True)
class PaymentDTO:
    """Money taken on an invoice (``kind`` "payment") or paid back ("refund"); ``amount`` is never negative."""

    id: int
    invoice_id: int
    kind: str
    method: str  # cash, card, transfer, insurance, deposit
    amount: Decimal
    tendered: Decimal | None  # cash only
    change: Decimal | None  # cash only: tendered - amount
    reference: str | None  # the card terminal's reference, a transfer's
    deposit_id: int | None
    taken_at: datetime
    taken_by: str

    @property
    def signed_amount(self) -> Decimal:
        return self.amount if self.kind == "payment" else -self.amount


@dataclass(frozen=True, slots=True)
class DepositDTO:
    id: int
    patient_id: int
    method: str
    amount: Decimal
    applied: Decimal  # applied to invoices so far
    reference: str | None
    taken_at: datetime
    taken_by: str

    @property
    def left(self) -> Decimal:
        return self.amount - self.applied


@dataclass(frozen=True, slots=True)
class InvoiceDTO:
    id: int
    number: str | None  # None while a draft
    status: str
    patient_id: int
    patient_name: str
    mrn: str
    issued_at: datetime | None
    issued_by: str | None
    created_at: datetime
    subtotal: Decimal
    discount: Decimal
    tax: Decimal
    total: Decimal
    lines: tuple[InvoiceLineDTO, ...]
    tax_bands: tuple[TaxBand, ...]
    credit_notes: tuple[CreditNoteDTO, ...]
    # Payments (migration 0018); defaults keep a DTO built by hand (tests, previews) valid. Computed in one
    # place: domain.billing.settlement.
    payments: tuple[PaymentDTO, ...] = ()
    paid: Decimal = ZERO
    balance: Decimal = ZERO  # what is still owed; negative when overpaid
    payment_status: str = "unpaid"  # unpaid, partly paid, paid, overpaid
    # Insurance split made at issue (claims, services/billing/claims.py): what the patient pays and the
    # insurer's share; ``balance`` above is the patient's, the insurer's share still expected taken off.
    patient_share: Decimal = ZERO
    insurer_share: Decimal = ZERO
