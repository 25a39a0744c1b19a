"""What the billing use cases take and return: frozen dataclasses, money as ``Decimal``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from hms_desktop.domain.billing import ZERO, TaxBand, charge_words


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

    @property
    def shown_description(self) -> str:
        """The description as screens show it: a charge the SQL worded, in the workstation's language."""
        return charge_words(self.description)


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
    discount_reason: str | None = None  # required with a discount (migration 0019)


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
    discount_reason: str | None = None  # why the line was discounted (migration 0019)

    @property
    def gross(self) -> Decimal:
        """Quantity x unit price before the discount (the line total plus its discount)."""
        return self.line_total + self.discount

    @property
    def shown_description(self) -> str:
        """The description as screens and printouts show it: a charge the SQL worded ("Consultation",
        "Laboratory: ...", "Bed day, night of ..."), in the workstation's language; a typed line as typed."""
        return charge_words(self.description)


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
    issued_by: str | None  # the login (a database role)
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
    # Who the claim is on (issue 9, the split shown everywhere): "" when the invoice has no claim.
    payer_name: str = ""
    plan_name: str = ""
    member_number: str = ""
    # Who issued it as staff know them (a login name never reaches a screen): the full name, "the system" for a
    # role that is no staff member (the demo loader); None while a draft.
    issued_by_name: str | None = None

    @property
    def insured(self) -> bool:
        """Whether a claim was made at issue: the insurer pays part of this invoice."""
        return self.insurer_share > 0


# --- the cash desk (issue 9, items 2 and 5 from the screen) ---

@dataclass(frozen=True, slots=True)
class Discount:
    """A discount as the clerk gives it: an ``amount`` off, or a ``percent`` of the line (or of the whole
    invoice), with the reason stored on each discounted line. Exactly one of amount and percent."""

    reason: str
    amount: Decimal | None = None
    percent: Decimal | None = None


@dataclass(frozen=True, slots=True)
class FeeDTO:
    """A fee code with the price valid on the day asked for."""

    code: str
    name: str
    category: str
    price: Decimal
    tax_rate: Decimal


@dataclass(frozen=True, slots=True)
class InvoiceSummaryDTO:
    """One row of a patient's invoice list: a draft (no number) or an issued invoice with where it stands."""

    id: int
    number: str | None
    status: str
    created_at: datetime
    issued_at: datetime | None
    total: Decimal
    due: Decimal  # total less credit notes
    paid: Decimal
    balance: Decimal  # the patient's: the insurer's share still expected taken off
    payment_status: str
    insurer_share: Decimal = ZERO  # the split made at issue (0.00: no claim)


@dataclass(frozen=True, slots=True)
class PatientAccountDTO:
    """Everything the cash desk shows for one patient: what is not billed yet, their invoices, what they owe
    on issued invoices (``balance``, the patient's, insurers' expected shares taken off, as
    ``hms_patient_balance``; negative: the hospital owes them) and deposits not yet used up."""

    patient_id: int
    charges: tuple[UnbilledChargeDTO, ...]
    invoices: tuple[InvoiceSummaryDTO, ...]
    balance: Decimal
    deposits: tuple[DepositDTO, ...]  # only those with something left
    discount_threshold: Decimal  # discounts and credit notes above it need hms_billing_approver
    can_approve: bool  # whether the person logged in holds hms_billing_approver

    @property
    def held(self) -> Decimal:
        """Deposits taken and not yet applied: money held, not paid."""
        return sum((d.left for d in self.deposits), ZERO)
