"""The audit trail as people read it: which fields an entry changed, and the anchor of the chain.

Pure: no database. The chain itself is written by the database (``hms_audit_append``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hms_desktop.domain.errors import ValidationError
from hms_desktop.i18n import translate

# What the audit trail records: row changes from hms_audit_trigger, READ an opening of a chart, the rest from
# the SQL functions that manage staff and merge patients, BULK_LOAD a demo COPY.
AUDIT_ACTIONS = ("INSERT", "UPDATE", "DELETE", "READ", "MERGE", "GROUPS", "CAPABILITY", "PASSWORD", "BULK_LOAD")


def changed_fields(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> tuple[str, ...]:
    """The field names whose value differs between before and after, in a stable order.

    An insert changes every field it set (not those left empty); a delete every field the row had."""
    before = before or {}
    after = after or {}
    names = list(after) + [name for name in before if name not in after]
    return tuple(name for name in names if before.get(name) != after.get(name))


def json_text(value: Any) -> str:
    """One field's value as the browser and the CSV show it: text as is, the rest as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True, slots=True)
class ChainHead:
    """The newest entry of the chain when it was anchored, and how many entries the chain then held."""

    last_id: int
    hash: str
    count: int


@dataclass(frozen=True, slots=True)
class AuditAnchor:
    """What ``hms audit anchor`` writes to a file the hospital keeps elsewhere."""

    head: ChainHead
    anchored_at: datetime
    database: str

    def to_json(self) -> str:
        return json.dumps({
            "kind": "hms-audit-anchor", "database": self.database, "anchored_at": self.anchored_at.isoformat(),
            "last_id": self.head.last_id, "hash": self.head.hash, "count": self.head.count}, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> AuditAnchor:
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("kind") != "hms-audit-anchor":
                raise ValueError
            anchored_at = datetime.fromisoformat(str(data["anchored_at"]))
            head = ChainHead(last_id=int(data["last_id"]), hash=str(data["hash"]), count=int(data["count"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValidationError({"anchor": translate("domain", "This file is not an audit anchor written by “hms "
                                                                 "audit anchor”.")}) \
                from exc
        if anchored_at.tzinfo is None or head.last_id < 1 or head.count < 1 or len(head.hash) != 64:
            raise ValidationError({"anchor": translate("domain", "This audit anchor file is damaged: its head entry or "
                                                                 "time is not valid.")})
        return cls(head=head, anchored_at=anchored_at, database=str(data.get("database", "")))


def compare_with_anchor(anchored: ChainHead, at_anchor: ChainHead | None) -> str | None:
    """Why the chain as stored no longer matches its anchor, or None when it does.

    ``at_anchor``: the stored entry with the anchored id (its hash) and the number of entries up to it;
    None when that entry is gone."""
    if at_anchor is None:
        return (translate("domain", "Entry {anchored_last_id}, the newest entry when the chain was anchored, is "
                                    "missing: entries were removed from the end of the audit trail.").format(
                    anchored_last_id=anchored.last_id))
    if at_anchor.hash != anchored.hash:
        return (translate("domain", "Entry {anchored_last_id} is not the entry that was anchored (its hash differs): "
                                    "the end of the audit trail was removed and rewritten.").format(
                    anchored_last_id=anchored.last_id))
    if at_anchor.count != anchored.count:
        return (translate("domain", "The audit trail holds {at_anchor_count} entries up to entry {anchored_last_id}, "
                                    "but held {anchored_count} when it was anchored: entries were removed.").format(
                    at_anchor_count=at_anchor.count, anchored_last_id=anchored.last_id, anchored_count=anchored.count))
    return None
