"""Demo billing data (issue 9, item 10): so a newcomer's Billing tab is not empty.

After the demo's clinical history, labs, prescriptions and insurance (``services.demo.load_demo``), on the
owner's connection and inside its transaction: invoices of yesterday's and last week's charges
(consultations, lab tests, drugs) for the demo patients, the insured ones first, each in one of these states:
paid by card, partly paid in cash (with change), credited in part by a credit note, paid in cash, left unpaid,
paid by bank transfer, and one left as a draft. Then the bed days of the current inpatients up to last night
(``hms_accrue_bed_days``). Every other charge stays unbilled, so there is something to bill today.

Written through the same statements as the billing use cases (``BillingRepository``) and priced by the same
rule (``domain.billing``); the database numbers the invoices and credit notes, stamps the times and authors
(the owner), checks every total and marks the charges billed. The table owner is exempt from the "open your
cash shift" rule, so demo cash needs no shift. Runs once: nothing is added when an invoice exists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_UP, Decimal
from typing import Any

from sqlalchemy import Connection, text

from hms_desktop.db.repositories.billing import BillingRepository
from hms_desktop.db.repositories.claims import ClaimsRepository
from hms_desktop.domain.billing import LineInput, PricedLine, price_line, totals
from hms_desktop.services.billing.claims import claim_invoice

# What happens to the n-th demo invoice (by patient, the insured patients first).
PAID_CARD, PART_CASH, CREDITED, UNPAID, PAID_CASH, PAID_TRANSFER, DRAFT = (
    "paid by card", "partly paid in cash", "credit note", "unpaid", "paid in cash", "paid by transfer", "draft")
# The first three patients hold valid policies (demo_insurance: 80 % with a co-payment, 100 %, 60 %): their
# invoices are split at issue and the patient pays their share (nothing on the 100 % plan); the credit note
# goes to the fourth (policy lapsed), whose invoice has no claim for a credit to overtake.
STORIES = (PAID_CARD, PAID_CASH, PART_CASH, CREDITED, UNPAID, DRAFT, PAID_TRANSFER, PAID_CARD, UNPAID)
LOOK_BACK_DAYS = 8  # yesterday and last week
CREDIT_REASON = "Charged twice at the desk: the duplicate line is credited (demo)."


@dataclass(frozen=True, slots=True)
class DemoBilling:
    invoices_issued: int
    drafts: int
    payments: int
    credit_notes: int
    bed_days_charged: int
    unbilled_left: int
    stories: tuple[tuple[int, str], ...] = ()  # (patient id, story) per invoice, in order
    issued_ids: tuple[int, ...] = ()  # the invoices issued, for the demo's claims (services/demo_claims.py)


def add_demo_billing(conn: Connection, patient_ids: Sequence[int], *, today: date) -> DemoBilling:
    """Invoices, payments, a credit note and a draft from recent charges, the demo patients of ``patient_ids``
    first (insured ones at the front); then others with recent charges. Nothing when an invoice exists."""
    if conn.execute(text("SELECT EXISTS (SELECT 1 FROM invoice)")).scalar():
        return DemoBilling(0, 0, 0, 0, 0, _unbilled(conn))
    repo = BillingRepository(conn)
    recent = _recent_charges(conn, today)
    order = [p for p in dict.fromkeys(patient_ids) if p in recent]
    order += [p for p in recent if p not in order]
    # Leave some patients with recent charges unbilled: what a newcomer bills today.
    order = order[:min(len(STORIES), max(0, len(order) - 2))]
    issued = drafts = payments = credits = 0
    issued_ids: list[int] = []
    stories: list[tuple[int, str]] = []
    for patient_id, story in zip(order, STORIES, strict=False):
        rows = recent[patient_id]
        lines = [(row.id, row.fee_code, row.description, row.service_date,
                  price_line(LineInput(quantity=Decimal(row.quantity), unit_price=row.price, tax_rate=row.tax_rate)))
                 for row in rows]
        invoice_id = repo.insert_invoice(patient_id, totals(line for *_, line in lines))
        repo.insert_lines(invoice_id, lines)
        stories.append((patient_id, story))
        if story == DRAFT:
            drafts += 1
            continue
        repo.issue(invoice_id, totals(line for *_, line in lines))
        issued += 1
        total = totals(line for *_, line in lines).total
        # Split as the issuing use case splits it (the claim hook): the patient pays their share only.
        if claim_invoice(conn, invoice_id, today) is not None:
            claim = ClaimsRepository(conn).invoice_claim(invoice_id)
            total -= claim.insurer_amount if claim is not None else Decimal(0)
        issued_ids.append(invoice_id)
        if story == CREDITED:
            credits += _credit_first_line(conn, repo, invoice_id)
        payments += _pay(repo, invoice_id, story, total)
    bed_days = int(conn.execute(text("SELECT hms_accrue_bed_days(NULL)")).scalar_one())
    return DemoBilling(invoices_issued=issued, drafts=drafts, payments=payments, credit_notes=credits,
                       bed_days_charged=bed_days, unbilled_left=_unbilled(conn), stories=tuple(stories),
                       issued_ids=tuple(issued_ids))


def _recent_charges(conn: Connection, today: date) -> dict[int, list[Any]]:
    """Unbilled charges with a price, from ``LOOK_BACK_DAYS`` ago to yesterday, per patient (oldest first;
    patients in the order of their latest charge, yesterday's first)."""
    rows = conn.execute(text("""
        SELECT c.id, c.patient_id, c.service_date, c.fee_code, c.description, c.quantity, f.price, f.tax_rate
        FROM charge c
        JOIN LATERAL (SELECT f.price, f.tax_rate FROM fee_schedule f
                      WHERE f.code IN (c.fee_code, CASE WHEN c.fee_code LIKE 'DRUG-%' THEN 'DRUG' END)
                        AND f.effective_from <= c.service_date
                      ORDER BY f.code = c.fee_code DESC, f.effective_from DESC LIMIT 1) f ON true
        WHERE c.status = 'unbilled' AND c.service_date BETWEEN :first AND :last
        ORDER BY c.patient_id, c.service_date, c.id
    """), {"first": today - timedelta(days=LOOK_BACK_DAYS), "last": today - timedelta(days=1)}).all()
    per_patient: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        per_patient[row.patient_id].append(row)
    return dict(sorted(per_patient.items(), key=lambda item: (-item[1][-1].service_date.toordinal(), item[0])))


def _credit_first_line(conn: Connection, repo: BillingRepository, invoice_id: int) -> int:
    line = repo.invoice_lines(invoice_id)[0]
    priced: PricedLine = price_line(LineInput(quantity=line.quantity, unit_price=line.unit_price,
                                              discount=line.discount, tax_rate=line.tax_rate))
    note = repo.insert_credit_note(invoice_id, CREDIT_REASON, totals([priced]))
    repo.insert_credit_lines(note.id, [(line.id, line.fee_code, line.description, line.service_date, priced)])
    return 1


def _pay(repo: BillingRepository, invoice_id: int, story: str, total: Decimal) -> int:
    if total <= 0:
        return 0  # the insurer pays it all
    if story == PAID_CARD:
        repo.insert_payment(invoice_id, "card", total, reference=f"TRM-{4000 + invoice_id}")
    elif story == PAID_TRANSFER:
        repo.insert_payment(invoice_id, "transfer", total, reference=f"BANK-{invoice_id:06d}")
    elif story in (PAID_CASH, PART_CASH):
        amount = total if story == PAID_CASH else max(Decimal("0.01"), (total / 2).quantize(Decimal("1")))
        tendered = (amount / 10).quantize(Decimal("1"), rounding=ROUND_UP) * 10  # a round note or two
        repo.insert_payment(invoice_id, "cash", amount, tendered=tendered, change=tendered - amount)
    else:
        return 0
    return 1


def _unbilled(conn: Connection) -> int:
    return int(conn.execute(text("SELECT count(*) FROM charge WHERE status = 'unbilled'")).scalar_one())
