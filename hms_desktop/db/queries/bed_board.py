"""The bed board: every ward, room and bed, with the patient of the open stay if there is one, in one query.

Rows have ``ward_id, ward, floor, room, bed_id, label, bed_type, status, out_of_service_reason,
out_of_service_until, admission_id, admitted_at,
patient_id, family_name, given_name, mrn``; a ward without beds gives one row whose bed columns are NULL.
A bed with an open stay is occupied whatever ``status`` says (that column only describes free beds).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, Select, and_, select
from sqlalchemy.orm import Session

from hms_desktop.db.models import Admission, Bed, BedStay, Patient, Room, Ward


def _beds_select() -> Select[*tuple[Any, ...]]:
    return (
        select(Ward.id.label("ward_id"), Ward.name.label("ward"), Ward.floor, Room.name.label("room"),
               Bed.id.label("bed_id"), Bed.label, Bed.bed_type, Bed.status, Bed.out_of_service_reason,
               Bed.out_of_service_until, Admission.id.label("admission_id"),
               Admission.admitted_at, Patient.id.label("patient_id"), Patient.family_name, Patient.given_name,
               Patient.mrn)
        .select_from(Ward)
        # Retired rooms and beds are not on the board (migration 0025); retired wards are left out by the callers.
        .outerjoin(Room, and_(Room.ward_id == Ward.id, Room.active))
        .outerjoin(Bed, and_(Bed.room_id == Room.id, Bed.active))
        .outerjoin(BedStay, and_(BedStay.bed_id == Bed.id, BedStay.ends_at.is_(None)))
        .outerjoin(Admission, Admission.id == BedStay.admission_id)
        .outerjoin(Patient, Patient.id == Admission.patient_id)
    )


_BEDS = _beds_select()


def all_beds(conn: Connection | Session) -> Sequence[Row[Any]]:
    """Every ward in use with its beds in use (unordered: the service sorts "Bay 2" before "Bay 10")."""
    return conn.execute(_BEDS.where(Ward.active)).all()


def free_beds(conn: Connection | Session, *, bed_type: str | None = None) -> Sequence[Row[Any]]:
    """Beds ready for a patient now: status "available" and nobody in them; optionally of one type."""
    query = _BEDS.where(Ward.active, Bed.id.is_not(None), Bed.status == "available", BedStay.id.is_(None))
    if bed_type is not None:
        query = query.where(Bed.bed_type == bed_type)
    return conn.execute(query).all()


def one_bed(conn: Connection | Session, bed_id: int) -> Row[Any] | None:
    return conn.execute(_BEDS.where(Bed.id == bed_id)).one_or_none()
