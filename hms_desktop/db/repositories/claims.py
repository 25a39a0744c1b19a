"""Insurance claims, their lines and batches (migration 0021).

Core statements only, naming just the columns a client supplies: the database sets ids, authors, times, the
first status, and a claim's plan and payer (from its policy); ``hms_claim_guard`` refuses any status move
outside the allowed ones. Updates of a batch say ``WHERE status = :expected`` so that two clerks acting on
the same batch at once do not both succeed: the second gets nothing back and the service says so.
"""

# Only this module's column lists are put into SQL text; every value is a parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Row, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import BigInteger

_IDS = bindparam("ids", type_=ARRAY(BigInteger))
# One row per claim with its totals; "open" statuses still expect the insurer's money (domain/claims.py).
_CLAIM_COLUMNS = (
    "c.id, c.invoice_id, c.policy_id, c.plan_id, c.payer_id, c.claim_date, c.status, c.batch_id, "
    "c.preauth_needed, c.preauth_number, c.rejection_reason, c.version, i.number AS invoice_number, "
    "i.patient_id, p.mrn, p.family_name, p.given_name, po.member_number, py.name AS payer_name, "
    "pl.name AS plan_name, t.insurer_amount, t.patient_amount, t.approved_amount")
_CLAIM_FROM = (
    "claim c JOIN invoice i ON i.id = c.invoice_id JOIN patient p ON p.id = i.patient_id "
    "JOIN patient_policy po ON po.id = c.policy_id JOIN insurance_payer py ON py.id = c.payer_id "
    "JOIN insurance_plan pl ON pl.id = c.plan_id "
    "JOIN LATERAL (SELECT sum(l.insurer_amount) AS insurer_amount, sum(l.patient_amount) AS patient_amount, "
    "sum(l.approved_amount) AS approved_amount FROM claim_line l WHERE l.claim_id = c.id) t ON true")
_BATCH_COLUMNS = (
    "b.id, b.payer_id, py.name AS payer_name, py.code AS payer_code, b.status, b.submitted_at, b.submitted_by, "
    "b.settled_at, b.settled_by, b.created_at, b.created_by, b.version, "
    "(SELECT count(*) FROM claim c WHERE c.batch_id = b.id) AS claims, "
    "(SELECT coalesce(sum(l.insurer_amount), 0) FROM claim c JOIN claim_line l ON l.claim_id = c.id "
    " WHERE c.batch_id = b.id) AS insurer_amount, "
    "(SELECT coalesce(sum(l.approved_amount), 0) FROM claim c JOIN claim_line l ON l.claim_id = c.id "
    " WHERE c.batch_id = b.id) AS approved_amount")
_BATCH_FROM = "claim_batch b JOIN insurance_payer py ON py.id = b.payer_id"


class ClaimsRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> Sequence[Row[Any]]:
        return self._session.execute(text(sql), params or {}).all()

    def _row(self, sql: str, params: dict[str, Any]) -> Row[Any] | None:
        return self._session.execute(text(sql), params).one_or_none()

    # --- at issue ---

    def lock_policy(self, policy_id: int) -> None:
        """Two invoices of one patient issued at once wait for each other here, so the second sees what the
        first used of the annual limit (the limit is read after this lock, in the same transaction)."""
        self._session.execute(text("SELECT id FROM patient_policy WHERE id = :id FOR UPDATE"), {"id": policy_id})

    def used_this_year(self, patient_id: int, plan_id: int, first: date, last: date) -> Decimal:
        """What the insurer pays on this patient's claims on this plan dated ``first`` to ``last``: the share
        claimed, or once answered the approved amount (a rejected amount is not used)."""
        return Decimal(self._session.execute(text(
            "SELECT coalesce(sum(coalesce(l.approved_amount, l.insurer_amount)), 0) FROM claim c "
            "JOIN claim_line l ON l.claim_id = c.id JOIN patient_policy po ON po.id = c.policy_id "
            "WHERE po.patient_id = :p AND c.plan_id = :plan AND c.claim_date BETWEEN :first AND :last"),
            {"p": patient_id, "plan": plan_id, "first": first, "last": last}).scalar_one())

    def fee_category(self, code: str, day: date) -> str | None:
        """The category of the fee valid for ``code`` on ``day`` (a drug code without a row of its own takes
        the ``DRUG`` row's), or None when the schedule does not know the code."""
        return self._session.execute(text(
            "SELECT category FROM fee_schedule WHERE code IN (CAST(:c AS text), CASE WHEN CAST(:c AS text) "
            "LIKE 'DRUG-%' THEN 'DRUG' END) AND effective_from <= :d ORDER BY code = CAST(:c AS text) DESC, "
            "effective_from DESC LIMIT 1"), {"c": code, "d": day}).scalar_one_or_none()

    def insert_claim(self, *, invoice_id: int, policy_id: int, claim_date: date, preauth_needed: bool) -> int:
        return int(self._session.execute(text(
            "INSERT INTO claim (invoice_id, policy_id, claim_date, preauth_needed) VALUES (:i, :p, :d, :a) "
            "RETURNING id"), {"i": invoice_id, "p": policy_id, "d": claim_date, "a": preauth_needed}).scalar_one())

    def insert_lines(self, claim_id: int, lines: Sequence[tuple[int, Decimal, Decimal, bool]]) -> None:
        """(invoice line id, insurer's share, patient's share, needs pre-authorisation) per line."""
        self._session.execute(text(
            "INSERT INTO claim_line (claim_id, invoice_line_id, insurer_amount, patient_amount, needs_preauth) "
            "VALUES (:c, :l, :ins, :pat, :pre)"),
            [{"c": claim_id, "l": line, "ins": insurer, "pat": patient, "pre": preauth}
             for line, insurer, patient, preauth in lines])

    # --- reading ---

    def invoice_claim(self, invoice_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_CLAIM_COLUMNS} FROM {_CLAIM_FROM} WHERE c.invoice_id = :i", {"i": invoice_id})

    def invoice_claims(self, invoice_ids: Sequence[int]) -> Sequence[Row[Any]]:
        """The claims of many invoices in one statement (batch printing, the patient's invoice list)."""
        return self._session.execute(text(
            f"SELECT {_CLAIM_COLUMNS} FROM {_CLAIM_FROM} WHERE c.invoice_id = ANY(:ids)").bindparams(_IDS),
            {"ids": list(invoice_ids)}).all()

    def claim(self, claim_id: int, *, lock: bool = False) -> Row[Any] | None:
        return self._row(f"SELECT {_CLAIM_COLUMNS} FROM {_CLAIM_FROM} WHERE c.id = :c"
                         + (" FOR UPDATE OF c" if lock else ""), {"c": claim_id})

    def unbatched(self, limit: int) -> Sequence[Row[Any]]:
        return self._rows(f"SELECT {_CLAIM_COLUMNS} FROM {_CLAIM_FROM} WHERE c.batch_id IS NULL "
                          "AND c.status = 'draft' ORDER BY py.name, c.claim_date, c.id LIMIT :n", {"n": limit})

    def claims(self, claim_ids: Sequence[int]) -> Sequence[Row[Any]]:
        return self._session.execute(text(
            f"SELECT {_CLAIM_COLUMNS} FROM {_CLAIM_FROM} WHERE c.id = ANY(:ids) ORDER BY c.id").bindparams(_IDS),
            {"ids": list(claim_ids)}).all()

    def batch_claims(self, batch_id: int) -> Sequence[Row[Any]]:
        return self._rows(f"SELECT {_CLAIM_COLUMNS} FROM {_CLAIM_FROM} WHERE c.batch_id = :b "
                          "ORDER BY c.claim_date, c.id", {"b": batch_id})

    def claim_lines(self, claim_ids: Sequence[int]) -> Sequence[Row[Any]]:
        return self._session.execute(text(
            "SELECT l.id, l.claim_id, l.invoice_line_id, l.insurer_amount, l.patient_amount, l.needs_preauth, "
            "l.approved_amount, l.rejection_reason, il.fee_code, il.description, il.service_date "
            "FROM claim_line l JOIN invoice_line il ON il.id = l.invoice_line_id WHERE l.claim_id = ANY(:ids) "
            "ORDER BY l.claim_id, il.id").bindparams(_IDS), {"ids": list(claim_ids)}).all()

    def batches(self, limit: int) -> Sequence[Row[Any]]:
        """Newest first: a clerk works on the open ones, the settled ones scroll down."""
        return self._rows(f"SELECT {_BATCH_COLUMNS} FROM {_BATCH_FROM} ORDER BY b.id DESC LIMIT :n", {"n": limit})

    def batch(self, batch_id: int, *, lock: bool = False) -> Row[Any] | None:
        if lock:
            # Locked first on its own: FOR UPDATE cannot take the aggregate subqueries of the full row.
            self._session.execute(text("SELECT id FROM claim_batch WHERE id = :b FOR UPDATE"), {"b": batch_id})
        return self._row(f"SELECT {_BATCH_COLUMNS} FROM {_BATCH_FROM} WHERE b.id = :b", {"b": batch_id})

    # --- changes ---

    def insert_batch(self, payer_id: int) -> int:
        return int(self._session.execute(text("INSERT INTO claim_batch (payer_id) VALUES (:p) RETURNING id"),
                                         {"p": payer_id}).scalar_one())

    def put_in_batch(self, batch_id: int, payer_id: int, claim_ids: Sequence[int]) -> list[int]:
        """The claims still unbatched drafts of this payer go into the batch; returns those that did."""
        return [int(found) for found in self._session.execute(text(
            "UPDATE claim SET batch_id = :b, version = version + 1 WHERE id = ANY(:ids) AND batch_id IS NULL "
            "AND status = 'draft' AND payer_id = :p RETURNING id").bindparams(_IDS),
            {"b": batch_id, "p": payer_id, "ids": list(claim_ids)}).scalars()]

    def set_batch_status(self, batch_id: int, expected: str, status: str) -> bool:
        return self._session.execute(text(
            "UPDATE claim_batch SET status = :s, version = version + 1 WHERE id = :b AND status = :e RETURNING id"),
            {"b": batch_id, "e": expected, "s": status}).one_or_none() is not None

    def submit_claims(self, batch_id: int) -> None:
        self._session.execute(text("UPDATE claim SET status = 'submitted', version = version + 1 "
                                   "WHERE batch_id = :b AND status = 'draft'"), {"b": batch_id})

    def set_preauth(self, claim_id: int, number: str) -> bool:
        return self._session.execute(text(
            "UPDATE claim SET preauth_number = :n, version = version + 1 WHERE id = :c AND status = 'draft' "
            "RETURNING id"), {"c": claim_id, "n": number}).one_or_none() is not None

    def answer_line(self, line_id: int, approved: Decimal, reason: str | None) -> None:
        self._session.execute(text(
            "UPDATE claim_line SET approved_amount = :a, rejection_reason = :r WHERE id = :l"),
            {"l": line_id, "a": approved, "r": reason})

    def settle_claim(self, claim_id: int, status: str, reason: str | None) -> None:
        self._session.execute(text(
            "UPDATE claim SET status = :s, rejection_reason = :r, version = version + 1 WHERE id = :c"),
            {"c": claim_id, "s": status, "r": reason})

    def insert_insurance_payment(self, invoice_id: int, amount: Decimal, reference: str | None) -> int:
        """The insurer's payment on an invoice (method 'insurance'), through the one function both billing and
        administrators may call (administrators have no INSERT privilege on payment: migration 0021)."""
        return int(self._session.execute(text("SELECT hms_record_insurance_payment(:i, :a, :r)"),
                                         {"i": invoice_id, "a": amount, "r": reference}).scalar_one())
