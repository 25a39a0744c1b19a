"""Admissions and where patients lie: ``admission``, ``bed_stay`` and the beds they occupy.

A bed is occupied when it has an open stay (``ends_at IS NULL``); ``bed.status`` only says whether a free
bed is ready, being cleaned or out of service. The exclusion constraints on ``bed_stay`` and ``admission``
make a double occupancy impossible whatever client writes; the row locks taken here make the second of two
clerks choosing the same bed wait, then see the first one's patient.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Row, Select, func, insert, select, text, true
from sqlalchemy.orm import Session

from hms_desktop.db.column_access import ReadableColumns, readable_columns, text_or_null
from hms_desktop.db.models import Admission, Bed, BedStay, Patient, Room, Staff, Ward


@lru_cache(maxsize=8)
def _admissions_select(readable: ReadableColumns) -> Select[*tuple[Any, ...]]:
    """Admission rows; a reason or summary the login may not read (billing: migration 0008) is NULL."""
    # The bed of the latest stay: the current bed, or where a discharged patient lay last.
    last_stay = (
        select(BedStay.bed_id, BedStay.ends_at)
        .where(BedStay.admission_id == Admission.id)
        .order_by(BedStay.starts_at.desc(), BedStay.id.desc())
        .limit(1)
        .lateral("last_stay")
    )
    return (
        select(Admission.id, Admission.patient_id, text_or_null(Admission.reason, readable.admission_reason),
               Admission.expected_days, Admission.admitted_at, Admission.discharged_at, Admission.disposition,
               text_or_null(Admission.discharge_summary, readable.discharge_summary), Admission.version,
               Patient.family_name, Patient.given_name,
               Patient.mrn, Staff.full_name.label("doctor"), last_stay.c.bed_id,
               last_stay.c.ends_at.label("stay_ends_at"), Bed.label, Bed.bed_type, Bed.status,
               Room.name.label("room"), Ward.name.label("ward"))
        .select_from(Admission)
        .join(Patient, Patient.id == Admission.patient_id)
        .outerjoin(Staff, Staff.id == Admission.attending_doctor_id)
        .outerjoin(last_stay, true())
        .outerjoin(Bed, Bed.id == last_stay.c.bed_id)
        .outerjoin(Room, Room.id == Bed.room_id)
        .outerjoin(Ward, Ward.id == Room.ward_id)
    )



class AdmissionRepository:
    """Needs the unit of work's session: the writes go through the mapped (version-checked) models."""

    def __init__(self, session: Session) -> None:
        self._session = session

    # --- reading: admission rows with patient, doctor and (last) bed ---

    def _select(self) -> Select[*tuple[Any, ...]]:
        return _admissions_select(readable_columns(self._session))

    def row(self, admission_id: int) -> Row[Any] | None:
        return self._session.execute(self._select().where(Admission.id == admission_id)).one_or_none()

    def current_row_of(self, patient_id: int) -> Row[Any] | None:
        return self._session.execute(self._select().where(Admission.patient_id == patient_id,
                                                       Admission.discharged_at.is_(None))).first()

    def rows_of(self, patient_id: int, *, limit: int) -> Sequence[Row[Any]]:
        """The patient's admissions, newest first."""
        return self._session.execute(self._select().where(Admission.patient_id == patient_id)
                                     .order_by(Admission.admitted_at.desc(), Admission.id.desc())
                                     .limit(limit)).all()

    def attending_doctors(self) -> Sequence[Row[Any]]:
        """Active staff in the doctors' group (``id``, ``full_name``, ``department``), by name."""
        return self._session.execute(text("""
            SELECT s.id, s.full_name, coalesce(d.name, '') AS department
            FROM staff s LEFT JOIN department d ON d.id = s.department_id
            WHERE s.active AND 'hms_doctor' = ANY (hms_staff_groups(s.username))
            ORDER BY s.full_name, s.id
        """)).all()

    def doctor_state(self, staff_id: int) -> Row[Any] | None:
        """``active`` and ``is_doctor`` of a staff member, or None if there is none with that id."""
        return self._session.execute(text(
            "SELECT active, 'hms_doctor' = ANY (hms_staff_groups(username)) AS is_doctor FROM staff WHERE id = :id"),
            {"id": staff_id}).one_or_none()

    def open_admission_id_of(self, patient_id: int) -> int | None:
        return self._session.scalar(select(Admission.id).where(Admission.patient_id == patient_id,
                                                               Admission.discharged_at.is_(None)))

    # --- locking ---

    def lock_beds(self, bed_ids: Sequence[int]) -> dict[int, Bed]:
        """Lock the beds' rows (in id order, so two transactions never wait for each other in a circle).

        FOR NO KEY UPDATE: a second admission to the same bed waits here until the first commits,
        then sees its patient; inserts that merely reference the bed (key share) are not blocked.
        """
        ids = sorted(set(bed_ids))
        beds = self._session.scalars(select(Bed).where(Bed.id.in_(ids)).order_by(Bed.id)
                                     .with_for_update(key_share=True)).all()
        return {bed.id: bed for bed in beds}

    def lock_admission(self, admission_id: int) -> Admission | None:
        return self._session.scalars(select(Admission).where(Admission.id == admission_id)
                                     .with_for_update()).first()

    # --- stays ---

    def open_stay_of_bed(self, bed_id: int) -> BedStay | None:
        return self._session.scalars(select(BedStay).where(BedStay.bed_id == bed_id,
                                                           BedStay.ends_at.is_(None))).first()

    def open_stay_of_admission(self, admission_id: int) -> BedStay | None:
        return self._session.scalars(select(BedStay).where(BedStay.admission_id == admission_id,
                                                           BedStay.ends_at.is_(None))).first()

    def ward_and_room(self, bed: Bed) -> tuple[str, str]:
        ward, room = self._session.execute(select(Ward.name, Room.name).join(Ward, Ward.id == Room.ward_id)
                                           .where(Room.id == bed.room_id)).one()
        return ward, room

    # --- writing ---

    def admit(self, *, patient_id: int, bed_id: int, doctor_id: int | None, reason: str,
              expected_days: int | None) -> int:
        """The admission and its first bed stay; returns the admission's id.

        Core inserts naming only what the desk supplies: an ORM insert would also name the columns without
        a default (discharged_at, ends_at) as NULL, and staff may not name those (migration 0010)."""
        self._session.flush()
        admission_id: int = self._session.execute(
            insert(Admission).values(patient_id=patient_id, attending_doctor_id=doctor_id, reason=reason,
                                     expected_days=expected_days).returning(Admission.id)).scalar_one()
        self._open_stay(admission_id, bed_id)
        return admission_id

    def _open_stay(self, admission_id: int, bed_id: int) -> None:
        self._session.execute(insert(BedStay).values(admission_id=admission_id, bed_id=bed_id))

    def move(self, admission_id: int, *, from_stay: BedStay | None, from_bed: Bed | None, to_bed_id: int) -> None:
        """End the open stay now (its bed needs cleaning) and open one on the new bed."""
        if from_stay is not None and from_bed is not None:
            from_stay.ends_at = func.now()
            from_bed.status = "cleaning"
            self._session.flush()
        self._open_stay(admission_id, to_bed_id)

    def discharge(self, admission: Admission, *, disposition: str, summary: str | None,
                  stay: BedStay | None, bed: Bed | None) -> None:
        # now() is the transaction's start: the stay ends at the moment of discharge, to the microsecond.
        admission.discharged_at = func.now()
        admission.disposition = disposition
        admission.discharge_summary = summary
        if stay is not None and bed is not None:
            stay.ends_at = func.now()
            bed.status = "cleaning"
        self._session.flush()

    def set_bed_status(self, bed: Bed, status: str) -> None:
        if bed.status != status:
            bed.status = status
            self._session.flush()

    def set_bed_out_of_service(self, bed: Bed, *, reason: str, until: date | None) -> None:
        """Status, reason and expected return in one UPDATE: the database refuses out of service without a
        reason (hms_bed_structure_guard v2, HM031), so they cannot be written one after the other."""
        if (bed.status, bed.out_of_service_reason, bed.out_of_service_until) != ("out_of_service", reason, until):
            bed.status = "out_of_service"
            bed.out_of_service_reason = reason
            bed.out_of_service_until = until
            self._session.flush()
