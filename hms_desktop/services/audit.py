"""The audit chain: checking it, and recording reads that matter."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from hms_desktop.db.repositories.audit import AuditRepository
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.audit import AuditAnchor, ChainHead, changed_fields, compare_with_anchor, json_text
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_date_time
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound, ServiceError, ValidationFailed, user_facing_errors
from hms_desktop.services.hospital_clock import to_hospital
from hms_desktop.services.scheduling.common import HospitalTime

PAGE_SIZE = 200
MRN_MAX = 20  # patient.mrn is varchar(20)
# hospital_setting key: when the chain was last anchored (the admin page shows it).
LAST_ANCHOR_KEY = "audit_last_anchor"


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
                                reason=translate("services", "The audit trail is intact ({checked} entries "
                                                             "checked).").format(checked=checked))
        for row in rows:
            if row.prev_hash != previous_hash:
                return ChainVerdict(checked, row.id, translate("services", "Entry {id} does not follow the entry "
                                                                           "before it: an entry was removed or "
                                                                           "reordered.").format(id=row.id))
            if row.hash != row.expected:
                return ChainVerdict(checked, row.id, translate("services", "Entry {id} was changed after it was "
                                                                           "written.").format(id=row.id))
            previous_hash = row.hash
            last_id = row.id
            checked += 1
        if progress is not None:
            progress(checked)


def verify(ctx: ServiceContext, *, anchor: AuditAnchor | None = None,
           progress: Callable[[int, int], None] | None = None, batch: int = 5000) -> ChainVerdict:
    """Check the chain; with ``anchor`` also that the anchored head is still there, as it was.

    A chain alone cannot show that its newest entries were removed: the rest still links up. The anchor,
    kept outside the database, can. ``progress(checked, total)`` is called between batches."""
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        total = uow.audit.count() if progress is not None else 0
        report = None if progress is None else (lambda checked: progress(checked, total))
        verdict = verify_chain(uow.session, batch=batch, progress=report)
        if anchor is None or not verdict.intact:
            return verdict
        stored = uow.audit.at_id(anchor.head.last_id)
        at_anchor = None if stored is None else ChainHead(anchor.head.last_id, stored[0], stored[1])
        problem = compare_with_anchor(anchor.head, at_anchor)
        if problem is None:
            return replace(verdict, reason=verdict.reason + " " + translate(
                "services", "The entry anchored at {anchored_at} is still its entry {entry}, unchanged.").format(
                    anchored_at=format_date_time(anchor.anchored_at), entry=anchor.head.last_id))
        return ChainVerdict(checked=verdict.checked, first_broken_id=anchor.head.last_id, reason=problem)


def record_access(ctx: ServiceContext, table: str, key: str) -> None:
    """Opening a chart is a read; the database cannot see it, so the service records it."""
    with user_facing_errors(), ctx.uow() as uow:
        uow.audit.record_access(table, key)
        uow.commit()


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the administrator narrows the audit trail to; None (or empty) leaves a criterion out.

    ``person``: part of a login name or of a staff member's full name. A patient by ``patient_id`` or by
    record number (``patient_mrn``, what staff read on the chart). Days are the hospital's calendar days,
    both included."""

    person: str | None = None
    patient_id: int | None = None
    patient_mrn: str | None = None
    table: str | None = None
    action: str | None = None
    from_day: date | None = None
    to_day: date | None = None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime  # on the hospital's wall clock
    actor: str  # the login that made the change (session_user)
    actor_name: str | None  # that staff member's full name; None for the owner or a removed login
    table: str
    row_key: str | None
    action: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    changed: tuple[str, ...]

    @property
    def who(self) -> str:
        return f"{self.actor_name} ({self.actor})" if self.actor_name else self.actor

    def field_rows(self) -> list[tuple[str, str, str, bool]]:
        """(field, before, after, changed) for each field: the side-by-side comparison, the changed fields
        first (what the reader is looking for), then the rest as the row has them."""
        before, after = self.before or {}, self.after or {}
        names = list(self.changed) + [n for n in [*after, *(k for k in before if k not in after)]
                                      if n not in self.changed]
        return [(n, json_text(before.get(n)), json_text(after.get(n)), n in self.changed) for n in names]


@dataclass(frozen=True, slots=True)
class AuditResults:
    entries: tuple[AuditEntry, ...]
    more: bool  # another page exists: pass the last entry's id as ``before_id``

    @property
    def next_before_id(self) -> int | None:
        return self.entries[-1].id if self.more and self.entries else None


def search_audit(ctx: ServiceContext, audit_filter: AuditFilter, *, before_id: int | None = None,
                 limit: int = PAGE_SIZE) -> AuditResults:
    """One page of the audit trail, newest first (administrators)."""
    ctx.require(Group.ADMIN, action=translate("services", "read the audit trail"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        entries = list(_entries(uow, audit_filter, before_id=before_id, limit=limit + 1))
    return AuditResults(entries=tuple(entries[:limit]), more=len(entries) > limit)


def audit_tables(ctx: ServiceContext) -> tuple[str, ...]:
    """The tables that have entries: the choices of the browser's table filter."""
    ctx.require(Group.ADMIN, action=translate("services", "read the audit trail"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(uow.audit.table_names())


def patient_audit(ctx: ServiceContext, patient_id: int, *, limit: int = 1000) -> AuditResults:
    """Who opened or changed this patient's record: the patient row, and rows naming the patient (visits,
    admissions, chart openings, ...), newest first (administrators)."""
    return search_audit(ctx, AuditFilter(patient_id=patient_id), limit=limit)


def export_audit_csv(ctx: ServiceContext, audit_filter: AuditFilter, path: Path) -> int:
    """Every entry the filter selects, newest first, to a CSV file; returns how many were written."""
    ctx.require(Group.ADMIN, action=translate("services", "export the audit trail"))
    written = 0
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        try:
            with path.open("w", newline="", encoding="utf-8") as out:
                writer = csv.writer(out)
                writer.writerow(["id", "time", "login", "staff member", "table", "row", "action",
                                 "changed fields", "before", "after"])
                before_id: int | None = None
                while True:
                    page = list(_entries(uow, audit_filter, before_id=before_id, limit=PAGE_SIZE * 10))
                    for e in page:
                        writer.writerow([e.id, e.at.isoformat(timespec="seconds"), e.actor, e.actor_name or "",
                                         e.table, e.row_key or "", e.action, " ".join(e.changed),
                                         json_text(dict(e.before)) if e.before is not None else "",
                                         json_text(dict(e.after)) if e.after is not None else ""])
                    written += len(page)
                    if len(page) < PAGE_SIZE * 10:
                        return written
                    before_id = page[-1].id
        except OSError as exc:
            raise ServiceError(translate("services", "Could not write {path}: {strerror}.").format(
                                   path=path, strerror=exc.strerror or exc)) from exc


def anchor(ctx: ServiceContext) -> AuditAnchor:
    """Note the chain's head to keep outside the database, and record in the database when that was done.

    The time is written first: its own audit entry is then part of the head, and the row lock the audit
    append takes keeps anyone else from extending the chain until we commit, so the head read is final."""
    ctx.require(Group.ADMIN, action=translate("services", "anchor the audit trail"))
    now = ctx.clock.now()
    with user_facing_errors(), ctx.uow() as uow:
        uow.settings.write_value(LAST_ANCHOR_KEY, {"at": now.isoformat()})
        head = uow.audit.head()
        if head is None:
            raise NotFound(translate("services", "The audit trail is empty: there is nothing to anchor."))
        uow.commit()
    return AuditAnchor(head=ChainHead(*head), anchored_at=now, database=ctx.db.target.database)


def last_anchored(ctx: ServiceContext) -> datetime | None:
    """When the chain was last anchored, on the hospital's wall clock; None if never."""
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        stored = uow.settings.value(LAST_ANCHOR_KEY)
        zone = HospitalTime.read(uow).tz
    if not isinstance(stored, dict) or not isinstance(stored.get("at"), str):
        return None
    try:
        return to_hospital(datetime.fromisoformat(stored["at"]), zone)
    except ValueError:
        return None


def read_anchor_file(path: Path) -> AuditAnchor:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ServiceError(translate("services", "Could not read the anchor file {path}: {strerror}.").format(
                               path=path, strerror=exc.strerror or exc)) from exc
    with user_facing_errors():
        return AuditAnchor.from_json(text)


def write_anchor_file(anchored: AuditAnchor, path: Path) -> None:
    try:
        path.write_text(anchored.to_json(), encoding="utf-8")
    except OSError as exc:
        raise ServiceError(translate("services", "Could not write the anchor file {path}: {strerror}.").format(
                               path=path, strerror=exc.strerror or exc)) from exc


def _entries(uow: UnitOfWork, audit_filter: AuditFilter, *, before_id: int | None,
             limit: int) -> Iterator[AuditEntry]:
    f = audit_filter
    if f.from_day and f.to_day and f.from_day > f.to_day:
        raise ValidationError({"to_day": translate("services", "The last day is before the first day.")})
    patient_id = f.patient_id
    mrn = (f.patient_mrn or "").strip()
    if len(mrn) > MRN_MAX:
        raise ValidationFailed({"patient_mrn": translate("services", "A record number has at most {limit} "
                                                                     "digits.").format(limit=MRN_MAX)})
    if mrn:
        patient_id = uow.audit.patient_id_for_mrn(mrn)
        if patient_id is None:
            raise NotFound(translate("services", "No patient has the record number {mrn}.").format(mrn=mrn))
    hospital = HospitalTime.read(uow)
    zone = hospital.tz
    since = hospital.day_bounds(f.from_day)[0] if f.from_day else None
    until = hospital.day_bounds(f.to_day)[1] if f.to_day else None
    rows = uow.audit.search(before_id=before_id, person=(f.person or "").strip() or None, patient_id=patient_id,
                            table=f.table or None, action=f.action or None, since=since, until=until, limit=limit)
    for row in rows:
        yield AuditEntry(
            id=row.id, at=to_hospital(row.at, zone), actor=row.actor, actor_name=row.actor_name,
            table=row.table_name, row_key=row.row_key, action=row.action,
            before=None if row.before is None else MappingProxyType(row.before),
            after=None if row.after is None else MappingProxyType(row.after),
            changed=changed_fields(row.before, row.after))
