"""The audit chain: walking it, and recording reads the triggers cannot see."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, text
from sqlalchemy.orm import Session

_WALK_SQL = text("""
    SELECT id, hash, prev_hash,
           hms_audit_digest(at, actor, table_name, row_key, action, before, after, prev_hash) AS expected
    FROM audit_log WHERE id > :after ORDER BY id LIMIT :batch
""")


class AuditRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def chain_batch(self, after_id: int, batch: int) -> Sequence[Row[Any]]:
        """Rows after ``after_id`` in id order, each with the hash it should have (``expected``)."""
        return self._session.execute(_WALK_SQL, {"after": after_id, "batch": batch}).all()

    def record_access(self, table: str, key: str) -> None:
        self._session.execute(text("SELECT hms_audit_access(:t, :k)"), {"t": table, "k": key})
