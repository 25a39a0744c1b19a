"""Demo insurance claims (issue 9, item 10): given the demo's issued invoices, claims for those of insured
patients, one claim batch submitted to an insurer and one already paid, so a newcomer's Claims page shows each
stage. Written as the database owner by ``hms demo`` (the lead calls ``add_demo_claims`` from
``services/demo.py`` once the demo invoices exist, after ``add_demo_insurance``).

* Each invoice given that is issued and has no claim yet gets one (``claims.claim_invoice``) by the patient's
  policy valid on ``today``; invoices issued through ``billing.issue_invoice`` already have theirs.
* Of the insurer with the most claims that can be batched (not waiting for a pre-authorisation), the first
  claim goes into a batch that is submitted and then answered in full (a paid batch, its insurance payments
  recorded); the others go into a second batch, submitted and waiting for the insurer's answer. With a single
  claim, only the paid batch is made. Claims of the other insurers, and claims waiting for a pre-authorisation,
  stay unbatched for the clerk to try.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text

from hms_desktop.db.repositories.claims import ClaimsRepository
from hms_desktop.domain.claims import RemittanceLine
from hms_desktop.services.billing.claims import batch_detail_of, claim_invoice, settle_batch

DEMO_REMITTANCE = "DEMO-REMITTANCE-1"


@dataclass(frozen=True, slots=True)
class DemoClaims:
    claims: int  # claims on the invoices given (made here or before)
    paid_batch_id: int | None
    submitted_batch_id: int | None


def add_demo_claims(conn: Connection, invoice_ids: Sequence[int], *, today: date) -> DemoClaims:
    """Claims, a paid batch and a submitted one from the demo's issued invoices (module docstring). Runs in
    the caller's transaction, as the owner; ``today`` is the hospital's date (the policies valid on it)."""
    repo = ClaimsRepository(conn)
    claim_ids: list[int] = []
    for invoice_id in invoice_ids:
        existing = repo.invoice_claim(invoice_id)
        if existing is not None:
            claim_ids.append(existing.id)
            continue
        head = conn.execute(text("SELECT status FROM invoice WHERE id = :i"), {"i": invoice_id}).scalar()
        if head == "issued":
            made = claim_invoice(conn, invoice_id, today)
            if made is not None:
                claim_ids.append(made)
    rows = [row for row in repo.claims(claim_ids)
            if row.batch_id is None and row.status == "draft" and not (row.preauth_needed and not row.preauth_number)]
    by_payer: dict[int, list[int]] = {}
    for row in rows:
        by_payer.setdefault(row.payer_id, []).append(row.id)
    if not by_payer:
        return DemoClaims(claims=len(claim_ids), paid_batch_id=None, submitted_batch_id=None)
    payer_id, batchable = max(by_payer.items(), key=lambda item: (len(item[1]), -item[0]))
    paid = _submitted_batch(repo, payer_id, batchable[:1])
    detail = batch_detail_of(repo, paid)
    settle_batch(repo, detail, {line.id: RemittanceLine(line.id, line.insurer_amount)
                                for claim in detail.claims for line in claim.lines}, DEMO_REMITTANCE)
    waiting = _submitted_batch(repo, payer_id, batchable[1:]) if len(batchable) > 1 else None
    return DemoClaims(claims=len(claim_ids), paid_batch_id=paid, submitted_batch_id=waiting)


def _submitted_batch(repo: ClaimsRepository, payer_id: int, claim_ids: Sequence[int]) -> int:
    batch_id = repo.insert_batch(payer_id)
    repo.put_in_batch(batch_id, payer_id, claim_ids)
    repo.set_batch_status(batch_id, "draft", "submitted")
    repo.submit_claims(batch_id)
    return batch_id
