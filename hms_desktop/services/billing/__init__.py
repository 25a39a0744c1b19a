"""Billing use cases (issue 9, core): unbilled charges priced by the fee schedule, draft invoices, issuing with
gapless numbers, credit notes (docs/architecture.md, "Billing core (migration 0016)")."""

from hms_desktop.services.billing.dtos import (
    CreditLine,
    CreditNoteDTO,
    InvoiceDTO,
    InvoiceLineDTO,
    ManualLine,
    UnbilledChargeDTO,
)
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
    "InvoiceDTO",
    "InvoiceLineDTO",
    "ManualLine",
    "UnbilledChargeDTO",
    "create_draft_invoice",
    "invoice",
    "issue_credit_note",
    "issue_invoice",
    "unbilled_charges",
]
