"""The waiting list: patients who want an earlier slot with a doctor or any doctor of a specialty."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Row, Select, and_, select
from sqlalchemy.orm import Session

from hms_desktop.db.column_access import ReadableColumns, readable_columns, text_or_null
from hms_desktop.db.models import DoctorSpecialty, Patient, Specialty, Staff, WaitingListEntry


@dataclass(frozen=True, slots=True)
class WaitingRow:
    id: int
    patient_id: int
    family_name: str
    given_name: str
    mrn: str
    doctor_id: int | None
    doctor_name: str | None
    specialty_id: int | None
    specialty_name: str | None
    earliest: date
    latest: date | None
    note: str | None  # None: this login may not read notes (reception, as the hospital allows: 0008)
    status: str
    created_at: datetime
    version: int


@lru_cache(maxsize=4)
def _columns(readable: ReadableColumns) -> Select[*tuple[Any, ...]]:  # the columns of WaitingRow
    w = WaitingListEntry
    return (select(w.id, w.patient_id, w.doctor_id, w.specialty_id, w.earliest, w.latest,
                   text_or_null(w.note, readable.waiting_note), w.status,
                   w.created_at, w.version, Patient.family_name, Patient.given_name, Patient.mrn,
                   Staff.full_name.label("doctor_name"), Specialty.name.label("specialty_name"))
            .select_from(w)
            .join(Patient, Patient.id == w.patient_id)
            .outerjoin(Staff, Staff.id == w.doctor_id)
            .outerjoin(Specialty, Specialty.id == w.specialty_id))


def _row(r: Row[Any]) -> WaitingRow:
    return WaitingRow(**{name: getattr(r, name) for name in WaitingRow.__slots__})


class WaitingListRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _select(self) -> Select[*tuple[Any, ...]]:
        return _columns(readable_columns(self._session))

    def add(self, *, patient_id: int, doctor_id: int | None, specialty_id: int | None, earliest: date,
            latest: date | None, note: str) -> WaitingRow:
        entry = WaitingListEntry(patient_id=patient_id, doctor_id=doctor_id, specialty_id=specialty_id,
                                 earliest=earliest, latest=latest, note=note)
        self._session.add(entry)
        self._session.flush()
        found = self.by_id(entry.id)
        assert found is not None
        return found

    def by_id(self, entry_id: int) -> WaitingRow | None:
        row = self._session.execute(self._select().where(WaitingListEntry.id == entry_id)).one_or_none()
        return None if row is None else _row(row)

    def for_update(self, entry_id: int) -> WaitingListEntry | None:
        return self._session.get(WaitingListEntry, entry_id, with_for_update=True)

    def set_status(self, entry: WaitingListEntry, status: str) -> None:
        entry.status = status
        self._session.flush()  # the version column refuses a stale save

    def with_status(self, status: str) -> list[WaitingRow]:
        rows = self._session.execute(self._select().where(WaitingListEntry.status == status)
                                     .order_by(WaitingListEntry.created_at, WaitingListEntry.id))
        return [_row(r) for r in rows]

    def matching(self, *, doctor_id: int, day: date, except_patient_id: int, limit: int) -> list[WaitingRow]:
        """Who waits for a time of this doctor on ``day``: for the doctor, or for a specialty of theirs with
        no doctor named; longest waiting first."""
        w = WaitingListEntry
        specialty_ids = select(DoctorSpecialty.specialty_id).where(DoctorSpecialty.staff_id == doctor_id)
        rows = self._session.execute(self._select().where(
            w.status == "waiting", w.patient_id != except_patient_id, w.earliest <= day,
            (w.latest.is_(None)) | (w.latest >= day),
            (w.doctor_id == doctor_id) | and_(w.doctor_id.is_(None), w.specialty_id.in_(specialty_ids)))
            .order_by(w.created_at, w.id).limit(limit))
        return [_row(r) for r in rows]
