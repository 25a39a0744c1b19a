"""The audit chain: checking it, and recording reads that matter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from hms_desktop.db.repositories.audit import AuditRepository
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import user_facing_errors


@dataclass(frozen=True, slots=True)
class ChainVerdict:
    checked: int
    first_broken_id: int | None
    reason: str

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def verify_chain(conn: Connection | Session, *, batch: int = 5000,
                 progress: Callable[[int], None] | None = None) -> ChainVerdict:
    """Walk the chain in id order; report the first row whose content or link does not match."""
    audit = AuditRepository(conn)
    previous_hash: str | None = None
    last_id = 0
    checked = 0
    while True:
        rows = audit.chain_batch(last_id, batch)
        if not rows:
            return ChainVerdict(checked=checked, first_broken_id=None,
                                reason=f"The audit trail is intact ({checked} entries checked).")
        for row in rows:
            if row.prev_hash != previous_hash:
                return ChainVerdict(checked, row.id, f"Entry {row.id} does not follow the entry before it: "
                                    "an entry was removed or reordered.")
            if row.hash != row.expected:
                return ChainVerdict(checked, row.id, f"Entry {row.id} was changed after it was written.")
            previous_hash = row.hash
            last_id = row.id
            checked += 1
        if progress is not None:
            progress(checked)


def verify(ctx: ServiceContext) -> ChainVerdict:
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return verify_chain(uow.session)


def record_access(ctx: ServiceContext, table: str, key: str) -> None:
    """Opening a chart is a read; the database cannot see it, so the service records it."""
    with user_facing_errors(), ctx.uow() as uow:
        uow.audit.record_access(table, key)
        uow.commit()
