"""Cash shifts (migration 0022_cash_shifts) and the day's revenue for administrators.

Core statements naming only what a client writes: the float at the opening, the count and the note at the
close. The person, the times, the expected cash and the difference are the database's
(``hms_cash_shift_guard``); which shift took a payment or deposit is too (``hms_cash_shift_stamp``). Row-level
security shows billing and reception only their own shifts; a shift's money is read through
``hms_cash_shift_totals``, which reception (no SELECT on payment) may call for its own shift.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Row, text
from sqlalchemy.orm import Session

_SHIFT = ("SELECT s.id, s.staff_id, st.username, st.full_name, s.opened_at, s.opening_float, s.closed_at, "
          "s.counted_cash, s.expected_cash, s.difference, s.note "
          "FROM cash_shift s JOIN staff st ON st.id = s.staff_id ")


class ShiftRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> Sequence[Row[Any]]:
        return self._session.execute(text(sql), params or {}).all()

    def _row(self, sql: str, params: dict[str, Any] | None = None) -> Row[Any] | None:
        return self._session.execute(text(sql), params or {}).one_or_none()

    # --- shifts ---

    def open(self, opening_float: Decimal) -> int:
        return int(self._session.execute(text("INSERT INTO cash_shift (opening_float) VALUES (:f) RETURNING id"),
                                         {"f": opening_float}).scalar_one())

    def shift(self, shift_id: int) -> Row[Any] | None:
        """The shift if the caller may see it (row-level security: their own, or any for administrators)."""
        return self._row(_SHIFT + "WHERE s.id = :id", {"id": shift_id})

    def current(self) -> Row[Any] | None:
        """The login's open shift, if any."""
        return self._row(_SHIFT + "WHERE s.staff_id = hms_current_staff_id() AND s.closed_at IS NULL")

    def mine(self, limit: int) -> Sequence[Row[Any]]:
        """The login's shifts, newest first."""
        return self._rows(_SHIFT + "WHERE s.staff_id = hms_current_staff_id() ORDER BY s.opened_at DESC, s.id DESC "
                          "LIMIT :n", {"n": limit})

    def closed_between(self, start: datetime, end: datetime) -> Sequence[Row[Any]]:
        """Shifts closed in [start, end) (administrators see everyone's)."""
        return self._rows(_SHIFT + "WHERE s.closed_at >= :a AND s.closed_at < :b ORDER BY s.closed_at, s.id",
                          {"a": start, "b": end})

    def totals(self, shift_id: int) -> Sequence[Row[Any]]:
        """(source, kind, method, items, amount) rows of what the shift took."""
        return self._rows("SELECT source, kind, method, items, amount FROM hms_cash_shift_totals(:id)",
                          {"id": shift_id})

    def close(self, shift_id: int, counted_cash: Decimal, note: str | None) -> int:
        """Write the count and the note; the guard closes the shift. Returns the rows changed (0: not visible)."""
        result = self._session.execute(text("UPDATE cash_shift SET counted_cash = :c, note = :n WHERE id = :id"),
                                       {"c": counted_cash, "n": note, "id": shift_id})
        return int(result.rowcount)  # type: ignore[attr-defined]

    # --- one day's revenue (administrators read every billing table) ---

    def invoiced(self, start: datetime, end: datetime) -> Row[Any]:
        return self._session.execute(text(
            "SELECT count(*) AS items, coalesce(sum(total), 0) AS amount FROM invoice "
            "WHERE status = 'issued' AND issued_at >= :a AND issued_at < :b"), {"a": start, "b": end}).one()

    def credited(self, start: datetime, end: datetime) -> Row[Any]:
        return self._session.execute(text(
            "SELECT count(*) AS items, coalesce(sum(total), 0) AS amount FROM credit_note "
            "WHERE issued_at >= :a AND issued_at < :b"), {"a": start, "b": end}).one()

    def money_taken(self, start: datetime, end: datetime) -> Sequence[Row[Any]]:
        """(source, kind, method, items, amount) of payments and deposits taken in [start, end)."""
        return self._rows(
            "SELECT 'payment' AS source, kind, method, count(*) AS items, sum(amount) AS amount FROM payment "
            "WHERE taken_at >= :a AND taken_at < :b GROUP BY kind, method "
            "UNION ALL SELECT 'deposit', 'payment', method, count(*), sum(amount) FROM deposit "
            "WHERE taken_at >= :a AND taken_at < :b GROUP BY method ORDER BY 1, 2, 3", {"a": start, "b": end})

    def per_clerk(self, start: datetime, end: datetime) -> Sequence[Row[Any]]:
        """Per person who took money in [start, end): payments, refunds, deposits and the net cash."""
        return self._rows(
            "WITH money AS ("
            " SELECT taken_by, kind, method, amount, false AS is_deposit FROM payment "
            "  WHERE taken_at >= :a AND taken_at < :b "
            " UNION ALL SELECT taken_by, 'payment', method, amount, true FROM deposit "
            "  WHERE taken_at >= :a AND taken_at < :b) "
            "SELECT m.taken_by, st.full_name, "
            " coalesce(sum(m.amount) FILTER (WHERE m.kind = 'payment' AND NOT m.is_deposit), 0) AS payments, "
            " coalesce(sum(m.amount) FILTER (WHERE m.kind = 'refund'), 0) AS refunds, "
            " coalesce(sum(m.amount) FILTER (WHERE m.is_deposit), 0) AS deposits, "
            " coalesce(sum(CASE m.kind WHEN 'payment' THEN m.amount ELSE -m.amount END) "
            "  FILTER (WHERE m.method = 'cash'), 0) AS cash_net "
            "FROM money m LEFT JOIN staff st ON st.username = m.taken_by "
            "GROUP BY m.taken_by, st.full_name ORDER BY coalesce(st.full_name, m.taken_by)", {"a": start, "b": end})
