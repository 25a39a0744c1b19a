"""The audit chain: walking it, and recording reads the triggers cannot see."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, text
from sqlalchemy.orm import Session

_WALK_SQL = text("""
    SELECT id, hash, prev_hash,
           hms_audit_digest(at, actor, table_name, row_key, action, before, after, prev_hash) AS expected
    FROM audit_log WHERE id > :after ORDER BY id LIMIT :batch
""")


# The browser's query. A patient's entries: the patient row itself (its key is the patient id) and every row
# whose JSON names the patient (appointments, admissions, chart openings in chart_access, ...). The person is
# matched on the login name or the staff member's full name. The "? 'patient_id'" conditions match the partial
# indexes of migration 0024, so the planner can use them.
_SEARCH_SQL = text("""
    SELECT a.id, a.at, a.actor, s.full_name AS actor_name, a.table_name, a.row_key, a.action, a.before, a.after
    FROM audit_log a LEFT JOIN staff s ON s.username = a.actor
    WHERE (CAST(:before_id AS bigint) IS NULL OR a.id < :before_id)
      AND (CAST(:person AS text) IS NULL OR a.actor ILIKE :person OR s.full_name ILIKE :person)
      AND (CAST(:patient AS text) IS NULL
           OR (a.table_name = 'patient' AND a.row_key = :patient)
           OR (a.after ? 'patient_id' AND a.after ->> 'patient_id' = :patient)
           OR (a.before ? 'patient_id' AND a.before ->> 'patient_id' = :patient))
      AND (CAST(:table_name AS text) IS NULL OR a.table_name = :table_name)
      AND (CAST(:action AS text) IS NULL OR a.action = :action)
      AND (CAST(:since AS timestamptz) IS NULL OR a.at >= :since)
      AND (CAST(:until AS timestamptz) IS NULL OR a.at < :until)
    ORDER BY a.id DESC LIMIT :limit
""")


class AuditRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def chain_batch(self, after_id: int, batch: int) -> Sequence[Row[Any]]:
        """Rows after ``after_id`` in id order, each with the hash it should have (``expected``)."""
        return self._session.execute(_WALK_SQL, {"after": after_id, "batch": batch}).all()

    def record_access(self, table: str, key: str) -> None:
        self._session.execute(text("SELECT hms_audit_access(:t, :k)"), {"t": table, "k": key})

    def record_reads(self, table: str, keys: list[str]) -> None:
        """``record_access`` for many rows in one statement (a report's drill-down lists up to 500 patients),
        one audit entry each, in the order given."""
        self._session.execute(text("SELECT hms_audit_access(:t, u.k) FROM unnest(CAST(:keys AS text[])) "
                                   "WITH ORDINALITY AS u(k, n) ORDER BY u.n"), {"t": table, "keys": keys}).all()

    def search(self, *, before_id: int | None, person: str | None, patient_id: int | None, table: str | None,
               action: str | None, since: datetime | None, until: datetime | None,
               limit: int) -> Sequence[Row[Any]]:
        """Entries newest first (by id: the chain's order), older than ``before_id`` when paging on."""
        return self._session.execute(_SEARCH_SQL, {
            "before_id": before_id, "person": None if person is None else f"%{_like_escaped(person)}%",
            "patient": None if patient_id is None else str(patient_id), "table_name": table, "action": action,
            "since": since, "until": until, "limit": limit}).all()

    def patient_id_for_mrn(self, mrn: str) -> int | None:
        return self._session.execute(text("SELECT id FROM patient WHERE mrn = :mrn"),
                                     {"mrn": mrn}).scalar_one_or_none()

    def table_names(self) -> list[str]:
        return list(self._session.execute(text(
            "SELECT DISTINCT table_name FROM audit_log ORDER BY table_name")).scalars())

    def count(self) -> int:
        return int(self._session.execute(text("SELECT count(*) FROM audit_log")).scalar_one())

    def head(self) -> tuple[int, str, int] | None:
        """The newest entry's id and hash, and how many entries the chain holds; None for an empty chain."""
        row = self._session.execute(text(
            "SELECT id, hash, (SELECT count(*) FROM audit_log) AS n FROM audit_log ORDER BY id DESC LIMIT 1")).first()
        return None if row is None else (row.id, row.hash, row.n)

    def at_id(self, entry_id: int) -> tuple[str, int] | None:
        """Entry ``entry_id``'s hash and the number of entries up to it; None when it is not there."""
        row = self._session.execute(text(
            "SELECT hash, (SELECT count(*) FROM audit_log WHERE id <= :id) AS n FROM audit_log WHERE id = :id"),
            {"id": entry_id}).first()
        return None if row is None else (row.hash, row.n)


def _like_escaped(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
