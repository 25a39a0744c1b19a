"""The dashboard's figures: a handful of small aggregates over today's rows, read in one transaction.

Each query touches only what an index already serves (appointments by start time, open bed stays, today's
payments), so the whole dashboard stays well under the 300 ms goal of issue 12 without a materialized view.
The period is given as two instants (the hospital's day, computed by the service), never as a zone name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, text
from sqlalchemy.orm import Session

APPOINTMENTS_SQL = """
SELECT count(*) FILTER (WHERE status NOT IN ('cancelled', 'declined')) AS booked,
       count(*) FILTER (WHERE checked_in_at IS NOT NULL) AS checked_in,
       count(*) FILTER (WHERE status = 'completed') AS seen,
       count(*) FILTER (WHERE status = 'no_show') AS no_shows,
       count(*) FILTER (WHERE status = 'checked_in') AS waiting,
       extract(epoch FROM avg(CAST(:now AS timestamptz) - checked_in_at)
                          FILTER (WHERE status = 'checked_in')) AS average_wait_seconds
FROM appointment
WHERE starts_at >= :starts AND starts_at < :ends
"""

# Beds in service now (not retired, not out of service) and those with an open stay, per active ward.
WARDS_SQL = """
SELECT w.id, w.name,
       count(b.id) FILTER (WHERE b.active AND r.active AND b.status <> 'out_of_service') AS beds,
       count(s.id) AS occupied
FROM ward w
JOIN room r ON r.ward_id = w.id
JOIN bed b ON b.room_id = r.id
LEFT JOIN bed_stay s ON s.bed_id = b.id AND s.ends_at IS NULL
WHERE w.active
GROUP BY w.id, w.name
ORDER BY w.name
"""

MOVEMENTS_SQL = """
SELECT (SELECT count(*) FROM admission WHERE admitted_at >= :starts AND admitted_at < :ends) AS admissions,
       (SELECT count(*) FROM admission WHERE discharged_at >= :starts AND discharged_at < :ends) AS discharges
"""

# Money taken at the desk today by how it was paid: payments less refunds, plus deposits received. A payment
# "from deposit" is left out: that money was counted the day the deposit was taken.
REVENUE_SQL = """
SELECT method, sum(amount) AS amount FROM (
    SELECT method, CASE kind WHEN 'refund' THEN -amount ELSE amount END AS amount
    FROM payment WHERE taken_at >= :starts AND taken_at < :ends AND method <> 'deposit'
    UNION ALL
    SELECT method, amount FROM deposit WHERE taken_at >= :starts AND taken_at < :ends
) taken
GROUP BY method
ORDER BY method
"""

LOW_STOCK_SQL = """
SELECT i.id, i.name, i.unit, coalesce(sum(h.quantity), 0) AS on_hand, i.reorder_level
FROM stock_item i
LEFT JOIN stock_batch sb ON sb.item_id = i.id
LEFT JOIN stock_on_hand h ON h.batch_id = sb.id
WHERE i.active AND i.reorder_level > 0
GROUP BY i.id, i.name, i.unit, i.reorder_level
HAVING coalesce(sum(h.quantity), 0) < i.reorder_level
ORDER BY coalesce(sum(h.quantity), 0)::numeric / i.reorder_level, i.name
"""


class DashboardRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> Sequence[Row[Any]]:
        return self._session.execute(text(sql), params or {}).all()

    def appointments(self, starts: datetime, ends: datetime, now: datetime) -> Row[Any]:
        return self._rows(APPOINTMENTS_SQL, {"starts": starts, "ends": ends, "now": now})[0]

    def wards(self) -> Sequence[Row[Any]]:
        return self._rows(WARDS_SQL)

    def movements(self, starts: datetime, ends: datetime) -> Row[Any]:
        return self._rows(MOVEMENTS_SQL, {"starts": starts, "ends": ends})[0]

    def revenue(self, starts: datetime, ends: datetime) -> Sequence[Row[Any]]:
        return self._rows(REVENUE_SQL, {"starts": starts, "ends": ends})

    def low_stock(self) -> Sequence[Row[Any]]:
        return self._rows(LOW_STOCK_SQL)
