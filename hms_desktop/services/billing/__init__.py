"""Billing use cases (issue 9, core): unbilled charges priced by the fee schedule, draft invoices, issuing with
gapless numbers, credit notes (docs/architecture.md, "Billing core (migration 0016)")."""

from hms_desktop.services.billing.dtos import (
    CreditLine,
    CreditNoteDTO,
    DepositDTO,
    InvoiceDTO,
    InvoiceLineDTO,
    ManualLine,
    PaymentDTO,
    UnbilledChargeDTO,
)
from hms_desktop.services.billing.payments import (
    apply_deposit,
    deposit,
    patient_balance,
    refund,
    take_deposit,
    take_payment,
)
from hms_desktop.services.billing.printing import print_invoice, print_receipt
from hms_desktop.services.billing.use_cases import (
    CREDIT_REASON_MAX,
    create_draft_invoice,
    invoice,
    issue_credit_note,
    issue_invoice,
    unbilled_charges,
)

__all__ = [
    "CREDIT_REASON_MAX",
    "CreditLine",
    "CreditNoteDTO",
    "DepositDTO",
    "InvoiceDTO",
    "InvoiceLineDTO",
    "ManualLine",
    "PaymentDTO",
    "UnbilledChargeDTO",
    "apply_deposit",
    "create_draft_invoice",
    "deposit",
    "invoice",
    "issue_credit_note",
    "issue_invoice",
    "patient_balance",
    "print_invoice",
    "print_receipt",
    "refund",
    "take_deposit",
    "take_payment",
    "unbilled_charges",
]
