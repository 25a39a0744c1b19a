"""Appointments: the facts a booking needs, the insert (with the appointment's room), locks and status changes.

A booking is the hot path of the front desk (issue 11, item 8), so it is written as few round trips:
one statement reads everything the rules need and queues behind other bookings of the same doctor and
patient (``booking_facts``), one inserts the appointment and its room booking and returns the row
as the screens show it (``insert``). The exclusion constraints of migration 0003 stay the judge of
double booking; nothing here checks for overlaps itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any, Protocol, cast
from uuid import UUID

from sqlalchemy import Row, Select, select, text, true
from sqlalchemy.orm import Session

from hms_desktop.db.column_access import ReadableColumns, readable_columns, text_or_null
from hms_desktop.db.models import Appointment, Patient, Resource, ResourceBooking, Staff
from hms_desktop.db.repositories.doctors import (
    ABSENCES_SQL,
    DOCTORS_SQL,
    SESSIONS_SQL,
    AbsenceRow,
    DoctorRow,
    SessionRow,
)
from hms_desktop.domain.scheduling import ACTIVE_STATUSES, AppointmentStatus, Interval, WorkSession
from hms_desktop.domain.settings import HospitalSettings, settings_from_stored

# Bookings of one doctor, one patient, one room queue up on transaction-level advisory locks, taken only
# through ``hms_booking_lock`` (migration 0011): staff may not call pg_advisory_* themselves, so no login can
# take these keys as a session lock and hold them. The namespaces it uses (the two-key form), for tests:
LOCK_DOCTOR, LOCK_PATIENT, LOCK_ROOM = 74301, 74302, 74303


class AppointmentRow(Protocol):
    """An appointment as the screens show it: with the patient's, the doctor's and the room's names.

    A protocol, not a class: the result rows of ``appointment_select()`` have exactly these attributes and
    are handed on as they are. Copying each into a dataclass cost 10 µs a row, 14 ms for a day view of
    40 doctors (measured, issue 11's day-view goal).
    """

    id: int
    patient_id: int
    family_name: str
    given_name: str
    mrn: str
    doctor_id: int
    doctor_name: str
    starts_at: datetime
    ends_at: datetime
    kind: str
    reason: str | None  # None: this login may not read reasons (migration 0008)
    status: str
    overbooked: bool
    overbook_reason: str | None
    cancel_reason: str | None
    rescheduled_from_id: int | None
    resource_id: int | None
    room: str | None
    checked_in_at: datetime | None
    called_at: datetime | None
    completed_at: datetime | None
    created_by: str
    version: int


def appointment_row(row: Row[Any] | Any) -> AppointmentRow:
    """A result row of ``appointment_select()`` seen as an AppointmentRow (no copy)."""
    return cast(AppointmentRow, row)


def appointment_select(readable: ReadableColumns) -> Select[*tuple[Any, ...]]:
    """Appointments with names attached; the room is the live room booking, or for a finished
    appointment the last one it had. Callers add WHERE and ORDER BY.

    ``readable`` (``readable_columns(db)``): a reason the login may not read is NULL (migration 0008)."""
    return _appointment_select(readable)


@lru_cache(maxsize=8)
def _appointment_select(readable: ReadableColumns) -> Select[*tuple[Any, ...]]:
    room = (select(ResourceBooking.resource_id)
            .where(ResourceBooking.appointment_id == Appointment.id)
            .order_by(ResourceBooking.cancelled, ResourceBooking.id.desc())
            .limit(1)
            .lateral("room"))
    return (
        select(Appointment.id, Appointment.patient_id, Patient.family_name, Patient.given_name, Patient.mrn,
               Appointment.doctor_id, Staff.full_name.label("doctor_name"), Appointment.starts_at,
               Appointment.ends_at, Appointment.kind, text_or_null(Appointment.reason, readable.appointment_reason),
               Appointment.status, Appointment.overbooked,
               text_or_null(Appointment.overbook_reason, readable.appointment_notes),
               text_or_null(Appointment.cancel_reason, readable.appointment_notes), Appointment.rescheduled_from_id,
               room.c.resource_id, Resource.name.label("room"), Appointment.checked_in_at, Appointment.called_at,
               Appointment.completed_at, Appointment.created_by, Appointment.version)
        .select_from(Appointment)
        .join(Patient, Patient.id == Appointment.patient_id)
        .join(Staff, Staff.id == Appointment.doctor_id)
        .outerjoin(room, true())
        .outerjoin(Resource, Resource.id == room.c.resource_id)
    )


@dataclass(frozen=True, slots=True)
class BookingFacts:
    """What the rules need to book one appointment, read in one round trip."""

    settings: HospitalSettings
    patient_found: bool
    patient_merged: bool
    doctor: DoctorRow | None  # None: not an active doctor
    sessions: tuple[SessionRow, ...]
    absences: tuple[AbsenceRow, ...]


# Every read of a booking in one statement. The booking locks come first in the select list (evaluated
# left to right) so that bookings of the same doctor or patient queue up here, before anything is written;
# see AppointmentRepository.booking_facts for why. The reads after the lock use the statement's snapshot,
# which is older than the lock: harmless, because nothing read here decides an overlap (the exclusion
# constraints do, on the insert, which is a later statement).
_FACTS_SQL = text(f"""
    SELECT
        CASE WHEN CAST(:lock AS boolean)
             THEN hms_booking_lock(CAST(:doctor_id AS integer), CAST(:patient_id AS bigint), NULL) END AS queued,
        (SELECT coalesce(jsonb_object_agg(key, value), '{{}}') FROM hospital_setting) AS settings,
        (SELECT jsonb_build_array(p.id, p.merged_into_id IS NOT NULL) FROM patient p WHERE p.id = :patient_id)
            AS patient,
        (SELECT to_jsonb(d) FROM ({DOCTORS_SQL} AND s.id = :doctor_id) AS d) AS doctor,
        (SELECT coalesce(jsonb_agg(t), '[]') FROM ({SESSIONS_SQL}) AS t) AS sessions,
        (SELECT coalesce(jsonb_agg(x), '[]') FROM ({ABSENCES_SQL}) AS x) AS absences
""")  # noqa: S608 (only SQL constants of this package are interpolated, never input)

_INSERT_SQL = text("""
    WITH room_lock AS (
        SELECT hms_booking_lock(NULL, NULL, CAST(:room AS integer)) WHERE CAST(:room AS integer) IS NOT NULL
    ), queued AS (
        SELECT count(*) AS n FROM room_lock  -- the insert below reads this row, so the lock is taken first
    ), a AS (
        INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, kind, reason, overbooked,
                                 overbook_reason, rescheduled_from_id, request_id)
        SELECT :patient_id, :doctor_id, :starts_at, :ends_at, :kind, :reason, :overbooked,
               :overbook_reason, :rescheduled_from_id, CAST(:request_id AS uuid)
        FROM queued
        RETURNING id, patient_id, doctor_id, starts_at, ends_at, kind, status, overbooked, rescheduled_from_id,
                  checked_in_at, called_at, completed_at, created_by, version
    ), rb AS (
        INSERT INTO resource_booking (resource_id, appointment_id, starts_at, ends_at, purpose)
        SELECT CAST(:room AS integer), a.id, a.starts_at, a.ends_at, 'appointment' FROM a
        WHERE CAST(:room AS integer) IS NOT NULL
        RETURNING resource_id
    )
    SELECT a.id, a.patient_id, p.family_name, p.given_name, p.mrn, a.doctor_id, s.full_name AS doctor_name,
           a.starts_at, a.ends_at, a.kind,
           -- What was just written, echoed only to a login that may read it (RETURNING the column itself
           -- would need SELECT on it: migration 0008). A new appointment has no cancel reason yet.
           CASE WHEN has_column_privilege('appointment', 'reason', 'SELECT') THEN CAST(:reason AS text) END
               AS reason,
           a.status, a.overbooked,
           CASE WHEN has_column_privilege('appointment', 'overbook_reason', 'SELECT')
                THEN CAST(:overbook_reason AS text) END AS overbook_reason,
           CAST(NULL AS text) AS cancel_reason, a.rescheduled_from_id,
           rb.resource_id, r.name AS room, a.checked_in_at, a.called_at, a.completed_at,
           a.created_by, a.version
    FROM a JOIN patient p ON p.id = a.patient_id JOIN staff s ON s.id = a.doctor_id
    LEFT JOIN rb ON true LEFT JOIN resource r ON r.id = rb.resource_id
""")


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _time(value: str) -> time:
    return time.fromisoformat(value)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class AppointmentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- reading ---

    def by_id(self, appointment_id: int) -> AppointmentRow | None:
        query = appointment_select(readable_columns(self._session)).where(Appointment.id == appointment_id)
        row = self._session.execute(query).one_or_none()
        return None if row is None else appointment_row(row)

    def doctor_of(self, appointment_id: int) -> int | None:
        """Whose appointment it is, read without a lock: row-level security lets a doctor lock only their own
        appointments, so the services ask first and can say why instead of "no longer exists"."""
        found = self._session.execute(select(Appointment.doctor_id).where(Appointment.id == appointment_id)).scalar()
        return None if found is None else int(found)

    def of_patient(self, patient_id: int, *, limit: int) -> list[AppointmentRow]:
        """The patient's appointments, newest first."""
        query = (appointment_select(readable_columns(self._session)).where(Appointment.patient_id == patient_id)
                 .order_by(Appointment.starts_at.desc(), Appointment.id.desc()).limit(limit))
        return [appointment_row(r) for r in self._session.execute(query)]

    def upcoming_of_patient(self, patient_id: int, *, since: datetime, limit: int) -> list[AppointmentRow]:
        """The patient's appointments still to be seen (active) that start at or after ``since``, soonest first."""
        query = (appointment_select(readable_columns(self._session))
                 .where(Appointment.patient_id == patient_id, Appointment.starts_at >= since,
                        Appointment.status.in_([str(s) for s in ACTIVE_STATUSES]))
                 .order_by(Appointment.starts_at, Appointment.id).limit(limit))
        return [appointment_row(r) for r in self._session.execute(query)]

    def completed_of_patient(self, patient_id: int, *, limit: int) -> list[AppointmentRow]:
        """The patient's completed appointments (visits that happened), newest first."""
        query = (appointment_select(readable_columns(self._session))
                 .where(Appointment.patient_id == patient_id, Appointment.status == str(AppointmentStatus.COMPLETED))
                 .order_by(Appointment.starts_at.desc(), Appointment.id.desc()).limit(limit))
        return [appointment_row(r) for r in self._session.execute(query)]

    def patient_state(self, patient_id: int) -> tuple[bool, bool]:
        """(found, merged into another record) for the patient an appointment or waiting entry is for."""
        row = self._session.execute(select(Patient.merged_into_id).where(Patient.id == patient_id)).one_or_none()
        return (row is not None, row is not None and row.merged_into_id is not None)

    def was_rebooked(self, appointment_id: int) -> bool:
        return self._session.scalar(
            select(Appointment.id).where(Appointment.rescheduled_from_id == appointment_id).limit(1)) is not None

    def booking_facts(self, *, patient_id: int, doctor_id: int, first: date, last: date, start: datetime,
                      end: datetime, lock: bool) -> BookingFacts:
        """Settings, the patient, the doctor, their sessions from ``first`` to ``last`` and absences
        overlapping ``[start, end)``, in one round trip.

        ``lock``: first queue behind other bookings of the same doctor and patient (``hms_booking_lock``:
        transaction-scoped advisory locks that only it may take). The statement names that function, and
        PostgreSQL checks EXECUTE before running it, so only the booking groups (reception, admin) may run
        this, whatever ``lock`` says. Why queue: two transactions inserting overlapping rows at the same
        instant can each find the other's uncommitted index entry and wait for each other (a deadlock,
        reported after a second). In line one at a time, the second always sees the first's committed row
        and gets a clean exclusion violation ("this slot was just taken"). Always doctor, patient, then
        room (in ``insert``), and before the audit trigger's lock, so the locks cannot form a cycle.
        """
        row = self._session.execute(_FACTS_SQL, {
            "lock": lock, "doctor_id": doctor_id, "patient_id": patient_id,
            "ids": [doctor_id], "first": first, "last": last, "from": start, "to": end}).one()
        patient = _json(row.patient)
        doctor = _json(row.doctor)
        sessions = tuple(SessionRow(WorkSession(
            doctor_id=s["staff_id"], weekday=s["weekday"], starts=_time(s["starts"]), ends=_time(s["ends"]),
            resource_id=s["resource_id"], valid_from=_date(s["valid_from"]) or date.min,
            valid_to=_date(s["valid_to"]), slot_minutes=s["slot_minutes"]), s["room"])
            for s in _json(row.sessions))
        absences = tuple(AbsenceRow(doctor_id=a["staff_id"], interval=Interval(
            datetime.fromisoformat(a["starts_at"]), datetime.fromisoformat(a["ends_at"])), kind=a["kind"],
            note=a["note"]) for a in _json(row.absences))
        return BookingFacts(
            settings=settings_from_stored(_json(row.settings)), patient_found=patient is not None,
            patient_merged=bool(patient and patient[1]),
            doctor=None if doctor is None else DoctorRow(
                id=doctor["id"], name=doctor["full_name"], title=doctor["title"],
                department_id=doctor["department_id"], department=doctor["department"],
                slot_minutes=doctor["slot_minutes"],
                specialty_slot_minutes=tuple((int(k), int(m)) for k, m in doctor["specialty_slots"] or ())),
            sessions=sessions, absences=absences)

    # --- writing ---

    def lock_booking_keys(self, *, doctor_id: int, patient_id: int) -> None:
        """Queue behind other bookings of this doctor and patient (see ``booking_facts``)."""
        self._session.execute(
            text("SELECT hms_booking_lock(CAST(:doctor AS integer), CAST(:patient AS bigint), NULL)"),
            {"doctor": doctor_id, "patient": patient_id})

    def insert(self, *, patient_id: int, doctor_id: int, starts_at: datetime, ends_at: datetime, kind: str,
               reason: str, overbook_reason: str | None, rescheduled_from_id: int | None,
               room_id: int | None, request_id: UUID | None = None) -> AppointmentRow:
        """Insert the appointment and, with a room, its room booking (after queueing behind other bookings
        of that room); returns the new row as the screens show it. One round trip. The database gives it
        its first status (booked), its author and time: staff may not name them (migration 0010)."""
        self._session.flush()  # earlier ORM changes of this unit of work (a rescheduled original) go first
        row = self._session.execute(_INSERT_SQL, {
            "room": room_id, "patient_id": patient_id, "doctor_id": doctor_id,
            "starts_at": starts_at, "ends_at": ends_at, "kind": kind, "reason": reason,
            "overbooked": overbook_reason is not None, "overbook_reason": overbook_reason,
            "rescheduled_from_id": rescheduled_from_id, "request_id": request_id}).one()
        return appointment_row(row)

    def booked_by(self, request_id: UUID) -> int | None:
        """The appointment an earlier attempt with this booking form's token made, if it was committed."""
        return self._session.scalars(select(Appointment.id).where(Appointment.request_id == request_id)).first()

    def carry_reason(self, appointment_id: int, *, waiting_entry_id: int | None = None) -> None:
        """Give a new appointment whose reason is empty the reason of the appointment it was rescheduled from,
        or "From the waiting list: <note>" of the entry it was booked from, in the database: the desk may not
        be allowed to read either (migration 0008), and ``hms_carry_reason`` shows the text to no one."""
        self._session.execute(text("SELECT hms_carry_reason(:a, :w)"), {"a": appointment_id, "w": waiting_entry_id})

    def for_update(self, appointment_id: int) -> Appointment | None:
        """The appointment, locked until the end of the transaction (status changes, moves)."""
        return self._session.scalars(select(Appointment).where(Appointment.id == appointment_id)
                                     .with_for_update()).first()

    def save(self) -> None:
        """Write the changes made to loaded appointments (the version column guards against stale saves)."""
        self._session.flush()

    def patients_waiting(self, doctor_id: int, start: datetime, end: datetime) -> Sequence[int]:
        """Checked-in appointments of the doctor in ``[start, end)``, in queue order (by time, then arrival)."""
        return list(self._session.scalars(
            select(Appointment.id).where(Appointment.doctor_id == doctor_id, Appointment.starts_at >= start,
                                         Appointment.starts_at < end, Appointment.status == "checked_in")
            .order_by(Appointment.starts_at, Appointment.checked_in_at)))
