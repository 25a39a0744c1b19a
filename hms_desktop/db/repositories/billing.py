"""Billing core (migration 0016): unbilled charges priced by the fee schedule, draft invoices and their lines,
issuing, credit notes.

Core statements only, naming just the columns a client supplies: the database sets the numbers (gapless
counters locked in the issuing transaction), the issue time and author, and marks charges billed
(``hms_invoice_guard``, ``hms_invoice_bill_charges``, ``hms_credit_note_guard``).

The price of a fee code on a day: the fee_schedule row of that code with the latest ``effective_from`` on or
before the day; a drug charge (``DRUG-<ATC>``) without a row of its own takes the ``DRUG`` row.
"""

# Only this module's column lists are put into SQL text; every value is a parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import BigInteger

from hms_desktop.domain.billing import PricedLine, Totals

_PAYMENT_COLUMNS = ("id, invoice_id, kind, method, amount, amount_tendered, change_given, reference, "
                    "deposit_id, taken_at, taken_by")
# The fee valid for code :c on day :d, as a LATERAL subquery over "c.fee_code" and "c.service_date".
# The price is the patient's plan override valid on the day when there is one (billadmin, migration 0020:
# hms_plan_price, NULL without a policy or override), otherwise the fee schedule's.
_FEE_FOR = ("LEFT JOIN LATERAL (SELECT f.code AS priced_code, f.name AS fee_name, f.category, "
            "coalesce(hms_plan_price({patient}, f.code, {day}), f.price) AS price, "
            "f.tax_rate FROM fee_schedule f WHERE f.code IN ({code}, CASE WHEN {code} LIKE 'DRUG-%' THEN 'DRUG' END) "
            "AND f.effective_from <= {day} ORDER BY f.code = {code} DESC, f.effective_from DESC LIMIT 1) f ON true")
_CHARGE_COLUMNS = ("c.id, c.patient_id, c.service_date, c.fee_code, c.description, c.quantity, c.source_kind, "
                   "c.status, f.priced_code, f.fee_name, f.category, f.price, f.tax_rate")
_CHARGES_FROM = "charge c " + _FEE_FOR.format(code="c.fee_code", day="c.service_date", patient="c.patient_id")
_LINE_COLUMNS = ("fee_code, description, service_date, quantity, unit_price, discount, tax_rate, line_total, "
                 "tax_amount")
_TOTAL_COLUMNS = "subtotal, discount, tax, total"

_CHARGES_BY_ID = text(f"SELECT {_CHARGE_COLUMNS}, l.invoice_id AS draft_invoice_id FROM {_CHARGES_FROM} "
                      "LEFT JOIN invoice_line l ON l.charge_id = c.id WHERE c.id = ANY(:ids) "
                      "ORDER BY c.service_date, c.id").bindparams(bindparam("ids", type_=ARRAY(BigInteger)))


class BillingRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> Sequence[Row[Any]]:
        return self._session.execute(text(sql), params or {}).all()

    def _row(self, sql: str, params: dict[str, Any]) -> Row[Any] | None:
        return self._session.execute(text(sql), params).one_or_none()

    # --- charges and prices ---

    def patient(self, patient_id: int) -> Row[Any] | None:
        return self._row("SELECT id, mrn, family_name, given_name FROM patient WHERE id = :p", {"p": patient_id})

    def unbilled_charges(self, patient_id: int, limit: int) -> Sequence[Row[Any]]:
        """The patient's unbilled charges, oldest first, each with the fee valid on its service date (NULLs when
        the schedule has none) and the draft invoice holding it, if any."""
        return self._rows(
            f"SELECT {_CHARGE_COLUMNS}, l.invoice_id AS draft_invoice_id FROM {_CHARGES_FROM} "
            "LEFT JOIN invoice_line l ON l.charge_id = c.id "
            "WHERE c.patient_id = :p AND c.status = 'unbilled' ORDER BY c.service_date, c.id LIMIT :n",
            {"p": patient_id, "n": limit})

    def charges(self, charge_ids: Sequence[int]) -> Sequence[Row[Any]]:
        return self._session.execute(_CHARGES_BY_ID, {"ids": list(charge_ids)}).all()

    def fee(self, code: str, day: date, patient_id: int | None = None) -> Row[Any] | None:
        """The price of ``code`` on ``day``; with ``patient_id``, the patient's plan override when there is one."""
        # The casts: the code parameter appears three times, and PostgreSQL must not guess text for one and
        # varchar for another (it refused every manual line priced by its code before).
        return self._row(
            "SELECT f.priced_code, f.fee_name, f.category, f.price, f.tax_rate FROM (SELECT 1) AS one "
            + _FEE_FOR.format(code="CAST(:c AS varchar)", day="CAST(:d AS date)", patient="CAST(:p AS bigint)")
            + " WHERE f.priced_code IS NOT NULL", {"c": code, "d": day, "p": patient_id})

    # --- invoices ---

    def insert_invoice(self, patient_id: int, totals: Totals) -> int:
        return int(self._session.execute(text(
            f"INSERT INTO invoice (patient_id, {_TOTAL_COLUMNS}) VALUES (:p, :s, :d, :t, :g) RETURNING id"),
            {"p": patient_id, **_totals(totals)}).scalar_one())

    def insert_lines(self, invoice_id: int, lines: Sequence[tuple[int | None, str | None, str, date, PricedLine]],
                     reasons: Sequence[str | None] | None = None) -> None:
        """(charge id, fee code, description, service date, priced line) per line; ``reasons``: the discount
        reason of each line (migration 0019), in the same order."""
        why = list(reasons) if reasons is not None else [None] * len(lines)
        self._session.execute(text(
            f"INSERT INTO invoice_line (invoice_id, charge_id, {_LINE_COLUMNS}, discount_reason) VALUES (:i, :charge, "
            ":code, :text, :day, :q, :price, :discount, :rate, :net, :tax, :why)"),
            [{"i": invoice_id, "charge": charge, "code": code, "text": description, "day": day, **_line(line),
              "why": reason} for (charge, code, description, day, line), reason in zip(lines, why, strict=True)])

    # --- draft editing (issue 9, item 2; hms_invoice_guard refuses all of it once issued) ---

    def delete_line(self, invoice_id: int, line_id: int) -> bool:
        result = self._session.execute(text("DELETE FROM invoice_line WHERE id = :l AND invoice_id = :i"),
                                       {"l": line_id, "i": invoice_id})
        return int(getattr(result, "rowcount", 0) or 0) == 1

    def set_line_discount(self, line_id: int, line: PricedLine, reason: str | None) -> None:
        self._session.execute(text(
            "UPDATE invoice_line SET discount = :discount, discount_reason = :why, line_total = :net, "
            "tax_amount = :tax WHERE id = :l"),
            {"l": line_id, "discount": line.discount, "why": reason, "net": line.line_total,
             "tax": line.tax_amount})

    def retotal(self, invoice_id: int, totals: Totals) -> None:
        """Store a draft's totals as the sums of its lines (kept current after every edit)."""
        self._session.execute(text(
            "UPDATE invoice SET subtotal = :s, discount = :d, tax = :t, total = :g WHERE id = :i AND status = 'draft'"),
            {"i": invoice_id, **_totals(totals)})

    def cancel(self, invoice_id: int) -> bool:
        """Cancel a draft; the guard deletes its lines, so its charges are free again."""
        result = self._session.execute(text(
            "UPDATE invoice SET status = 'cancelled' WHERE id = :i AND status = 'draft'"), {"i": invoice_id})
        return int(getattr(result, "rowcount", 0) or 0) == 1

    def fees(self, day: date) -> Sequence[Row[Any]]:
        """Every fee code with its price valid on ``day``, by code."""
        return self._rows(
            "SELECT DISTINCT ON (code) code, name, category, price, tax_rate FROM fee_schedule "
            "WHERE effective_from <= :d ORDER BY code, effective_from DESC", {"d": day})

    def patient_invoices(self, patient_id: int, limit: int) -> Sequence[Row[Any]]:
        """The patient's drafts and issued invoices, newest first, with what is credited and paid on each."""
        return self._rows(
            "SELECT i.id, i.number, i.status, i.created_at, i.issued_at, i.total, "
            "coalesce((SELECT sum(n.total) FROM credit_note n WHERE n.invoice_id = i.id), 0) AS credited, "
            "coalesce((SELECT sum(CASE p.kind WHEN 'payment' THEN p.amount ELSE -p.amount END) FROM payment p "
            "WHERE p.invoice_id = i.id), 0) AS paid "
            "FROM invoice i WHERE i.patient_id = :p AND i.status <> 'cancelled' "
            "ORDER BY i.status = 'draft' DESC, coalesce(i.issued_at, i.created_at) DESC, i.id DESC LIMIT :n",
            {"p": patient_id, "n": limit})

    def patient_deposits(self, patient_id: int) -> Sequence[Row[Any]]:
        """The patient's deposits with what is applied of each (``applied``), oldest first."""
        return self._rows(
            "SELECT d.id, d.patient_id, d.method, d.amount, d.reference, d.taken_at, d.taken_by, "
            "coalesce((SELECT sum(CASE p.kind WHEN 'payment' THEN p.amount ELSE -p.amount END) FROM payment p "
            "WHERE p.deposit_id = d.id), 0) AS applied FROM deposit d WHERE d.patient_id = :p ORDER BY d.id",
            {"p": patient_id})

    def may_approve(self) -> bool:
        """Whether the logged-in role holds the capability hms_billing_approver (migration 0019)."""
        return bool(self._session.execute(
            text("SELECT pg_has_role(session_user, 'hms_billing_approver', 'MEMBER')")).scalar())

    def issue(self, invoice_id: int, totals: Totals) -> Row[Any] | None:
        """Issue a draft with the totals of its lines; the database numbers it (FOR UPDATE on the counter row),
        stamps it and marks its charges billed. None when no draft of that id exists."""
        return self._row(
            "UPDATE invoice SET status = 'issued', subtotal = :s, discount = :d, tax = :t, total = :g "
            "WHERE id = :i AND status = 'draft' RETURNING number, issued_at",
            {"i": invoice_id, **_totals(totals)})

    def invoice(self, invoice_id: int, *, lock: bool = False) -> Row[Any] | None:
        return self._row(
            "SELECT i.id, i.number, i.patient_id, i.status, i.issued_at, i.issued_by, i.subtotal, i.discount, i.tax, "
            "i.total, i.created_at, i.created_by, p.mrn, p.family_name, p.given_name, "
            "(SELECT s.full_name FROM staff s WHERE s.username = i.issued_by) AS issued_by_name "
            "FROM invoice i JOIN patient p ON p.id = i.patient_id WHERE i.id = :i"
            + (" FOR UPDATE OF i" if lock else ""), {"i": invoice_id})

    def invoice_lines(self, invoice_id: int) -> Sequence[Row[Any]]:
        return self._rows(f"SELECT id, charge_id, {_LINE_COLUMNS}, discount_reason FROM invoice_line "
                          "WHERE invoice_id = :i ORDER BY id", {"i": invoice_id})

    # --- credit notes ---

    def insert_credit_note(self, invoice_id: int, reason: str, totals: Totals) -> Row[Any]:
        return self._session.execute(text(
            f"INSERT INTO credit_note (invoice_id, reason, {_TOTAL_COLUMNS}) VALUES (:i, :r, :s, :d, :t, :g) "
            "RETURNING id, number, issued_at"), {"i": invoice_id, "r": reason, **_totals(totals)}).one()

    def insert_credit_lines(self, credit_note_id: int,
                            lines: Sequence[tuple[int, str | None, str, date, PricedLine]]) -> None:
        """(invoice line id, fee code, description, service date, priced line) per line."""
        self._session.execute(text(
            f"INSERT INTO credit_note_line (credit_note_id, invoice_line_id, {_LINE_COLUMNS}) VALUES (:n, :l, :code, "
            ":text, :day, :q, :price, :discount, :rate, :net, :tax)"),
            [{"n": credit_note_id, "l": line_id, "code": code, "text": description, "day": day, **_line(line)}
             for line_id, code, description, day, line in lines])

    def credit_notes(self, invoice_id: int) -> Sequence[Row[Any]]:
        return self._rows(f"SELECT id, number, reason, issued_at, issued_by, {_TOTAL_COLUMNS} FROM credit_note "
                          "WHERE invoice_id = :i ORDER BY id", {"i": invoice_id})

    def credited(self, invoice_id: int) -> dict[int, Any]:
        """Per invoice line, the amount already credited (before tax)."""
        return {row.invoice_line_id: row.credited for row in self._rows(
            "SELECT cl.invoice_line_id, sum(cl.line_total) AS credited FROM credit_note_line cl "
            "JOIN credit_note n ON n.id = cl.credit_note_id WHERE n.invoice_id = :i GROUP BY cl.invoice_line_id",
            {"i": invoice_id})}


    # --- payments and deposits (migration 0018; hms_payment_guard sets taken_at/taken_by) ---

    def insert_payment(self, invoice_id: int, method: str, amount: Any, *, kind: str = "payment",
                       tendered: Any = None, change: Any = None, reference: str | None = None,
                       deposit_id: int | None = None) -> int:
        return int(self._session.execute(text(
            "INSERT INTO payment (invoice_id, kind, method, amount, amount_tendered, change_given, reference, "
            "deposit_id) VALUES (:i, :k, :m, :a, :t, :c, :r, :d) RETURNING id"),
            {"i": invoice_id, "k": kind, "m": method, "a": amount, "t": tendered, "c": change, "r": reference,
             "d": deposit_id}).scalar_one())

    def payments(self, invoice_id: int) -> Sequence[Row[Any]]:
        return self._rows(f"SELECT {_PAYMENT_COLUMNS} FROM payment WHERE invoice_id = :i ORDER BY id",
                          {"i": invoice_id})

    def payment(self, payment_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_PAYMENT_COLUMNS} FROM payment WHERE id = :i", {"i": payment_id})

    def insert_deposit(self, patient_id: int, method: str, amount: Any, reference: str | None) -> Row[Any]:
        """The new deposit (reception reads deposits but no payment, so nothing is applied of it yet)."""
        return self._session.execute(text(
            "INSERT INTO deposit (patient_id, method, amount, reference) VALUES (:p, :m, :a, :r) "
            "RETURNING id, patient_id, method, amount, reference, taken_at, taken_by, 0 AS applied"),
            {"p": patient_id, "m": method, "a": amount, "r": reference}).one()

    def deposit(self, deposit_id: int) -> Row[Any] | None:
        """A deposit with what is applied of it so far (``applied``)."""
        return self._row(
            "SELECT d.id, d.patient_id, d.method, d.amount, d.reference, d.taken_at, d.taken_by, "
            "coalesce((SELECT sum(CASE p.kind WHEN 'payment' THEN p.amount ELSE -p.amount END) FROM payment p "
            "WHERE p.deposit_id = d.id), 0) AS applied FROM deposit d WHERE d.id = :i", {"i": deposit_id})

    def deposit_receipt(self, deposit_id: int) -> Row[Any] | None:
        """A deposit with its patient, for the deposit receipt: reads ``deposit`` and ``patient`` only, which
        reception may (it reads no ``payment``, so nothing here says what is applied of it; recdeposit)."""
        return self._row(
            "SELECT d.id, d.patient_id, d.method, d.amount, d.reference, d.taken_at, d.taken_by, p.mrn, "
            "p.family_name, p.given_name FROM deposit d JOIN patient p ON p.id = d.patient_id WHERE d.id = :i",
            {"i": deposit_id})

    def patient_balance(self, patient_id: int) -> Any:
        return self._session.execute(text("SELECT hms_patient_balance(:p)"), {"p": patient_id}).scalar_one()


def _totals(totals: Totals) -> dict[str, Any]:
    return {"s": totals.subtotal, "d": totals.discount, "t": totals.tax, "g": totals.total}


def _line(line: PricedLine) -> dict[str, Any]:
    return {"q": line.quantity, "price": line.unit_price, "discount": line.discount, "rate": line.tax_rate,
            "net": line.line_total, "tax": line.tax_amount}
