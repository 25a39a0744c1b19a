"""Batch printing of invoices (issue 9, item 7): issued invoices of a period, and everything their PDFs show,
read for many invoices at once (one statement per kind of row, whatever the number of invoices), so a batch of
1,000 invoices costs a few dozen queries, not several thousand.

SELECT only; the print log is written through ``PrintLogRepository`` rules (the database sets who and when).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import BigInteger, Text

_IDS = bindparam("ids", type_=ARRAY(BigInteger))

_ISSUED = text("""
    SELECT i.id, i.number, i.issued_at, i.total, p.mrn, p.family_name, p.given_name
    FROM invoice i JOIN patient p ON p.id = i.patient_id
    WHERE i.status = 'issued' AND i.issued_at >= :start AND i.issued_at < :end
      AND (CAST(:patient AS bigint) IS NULL OR i.patient_id = :patient)
    ORDER BY i.issued_at, i.id
    LIMIT :limit
""")
_HEADS = text("""
    SELECT i.id, i.number, i.patient_id, i.status, i.issued_at, i.issued_by, i.subtotal, i.discount, i.tax,
           i.total, i.created_at, i.created_by, p.mrn, p.family_name, p.given_name,
           (SELECT s.full_name FROM staff s WHERE s.username = i.issued_by) AS issued_by_name
    FROM invoice i JOIN patient p ON p.id = i.patient_id
    WHERE i.id = ANY(:ids) AND i.status = 'issued'
""").bindparams(_IDS)
_LINES = text("""
    SELECT id, invoice_id, charge_id, fee_code, description, service_date, quantity, unit_price, discount,
           tax_rate, line_total, tax_amount, discount_reason
    FROM invoice_line WHERE invoice_id = ANY(:ids) ORDER BY invoice_id, id
""").bindparams(_IDS)
# Per invoice line, what credit notes took off it (as BillingRepository.credited, for many invoices).
_CREDITED = text("""
    SELECT n.invoice_id, cl.invoice_line_id, sum(cl.line_total) AS credited
    FROM credit_note_line cl JOIN credit_note n ON n.id = cl.credit_note_id
    WHERE n.invoice_id = ANY(:ids) GROUP BY n.invoice_id, cl.invoice_line_id
""").bindparams(_IDS)
_CREDIT_NOTES = text("""
    SELECT id, invoice_id, number, reason, issued_at, issued_by, subtotal, discount, tax, total
    FROM credit_note WHERE invoice_id = ANY(:ids) ORDER BY invoice_id, id
""").bindparams(_IDS)
_PAYMENTS = text("""
    SELECT id, invoice_id, kind, method, amount, amount_tendered, change_given, reference, deposit_id, taken_at,
           taken_by
    FROM payment WHERE invoice_id = ANY(:ids) ORDER BY invoice_id, id
""").bindparams(_IDS)
# hms_printed_before is the one way every group may ask (billing cannot read print_log): once per subject, in
# one statement.
_PRINTED_BEFORE = text("""
    SELECT s.subject FROM unnest(CAST(:subjects AS text[])) AS s(subject)
    WHERE hms_printed_before(:document, s.subject)
""").bindparams(bindparam("subjects", type_=ARRAY(Text)))
_RECORD = text("INSERT INTO print_log (document, subject, is_copy, destination) "
               "VALUES (:document, :subject, :is_copy, :destination)")


class BillingPrintRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def issued_between(self, start: datetime, end: datetime, patient_id: int | None, limit: int
                       ) -> Sequence[Row[Any]]:
        """Issued invoices with ``start <= issued_at < end`` (of one patient if given), oldest first."""
        return self._session.execute(_ISSUED, {"start": start, "end": end, "patient": patient_id,
                                               "limit": limit}).all()

    def heads(self, invoice_ids: Sequence[int]) -> Sequence[Row[Any]]:
        """The issued invoices among ``invoice_ids`` (a draft or a missing id is left out)."""
        return self._session.execute(_HEADS, {"ids": list(invoice_ids)}).all()

    def lines(self, invoice_ids: Sequence[int]) -> Sequence[Row[Any]]:
        return self._session.execute(_LINES, {"ids": list(invoice_ids)}).all()

    def credit_notes(self, invoice_ids: Sequence[int]) -> Sequence[Row[Any]]:
        return self._session.execute(_CREDIT_NOTES, {"ids": list(invoice_ids)}).all()

    def credited(self, invoice_ids: Sequence[int]) -> Sequence[Row[Any]]:
        return self._session.execute(_CREDITED, {"ids": list(invoice_ids)}).all()

    def payments(self, invoice_ids: Sequence[int]) -> Sequence[Row[Any]]:
        return self._session.execute(_PAYMENTS, {"ids": list(invoice_ids)}).all()

    def printed_before(self, document: str, subjects: Sequence[str]) -> set[str]:
        if not subjects:
            return set()
        return {row.subject for row in self._session.execute(
            _PRINTED_BEFORE, {"document": document, "subjects": list(subjects)})}

    def record_prints(self, document: str, prints: Sequence[tuple[str, bool, str]]) -> None:
        """(subject, is_copy, destination) per print, in one round trip."""
        if prints:
            self._session.execute(_RECORD, [{"document": document, "subject": subject, "is_copy": is_copy,
                                             "destination": destination} for subject, is_copy, destination in prints])
