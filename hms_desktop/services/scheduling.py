"""Scheduling: find free slots, book, move, cancel, accept/decline, check in, the queue, calendars, waiting list.

The exclusion constraints of migration 0003 are the truth about double booking: the services look for
free slots to show, but a booking simply tries the INSERT, and when another workstation was quicker
the constraint refuses it and the person sees ``SlotTaken`` ("This slot was just taken") with the next
free slots. Every write is one transaction; the ``notify_appointments`` trigger tells the other
workstations when it commits (channel ``appointments``).

Times: appointments are instants (aware datetimes, returned in UTC); working hours are wall-clock
times in the hospital's time zone (setting ``time_zone``, default Europe/London); a "day" is a local day.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, Row, Select, and_, func, select, text, true
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from hms_desktop.db.models import (
    Appointment,
    DoctorSpecialty,
    Patient,
    Resource,
    ResourceBooking,
    Specialty,
    Staff,
    WaitingListEntry,
)
from hms_desktop.domain.scheduling import (
    ACTIVE_STATUSES,
    KIND_LABELS,
    MAX_SLOTS_PER_APPOINTMENT,
    STATUS_LABELS,
    Interval,
    Slot,
    TransitionRefused,
    WorkSession,
    check_transition,
    free_slots,
    merge_slots,
    slot_length,
    within_hours,
)
from hms_desktop.domain.staff import Group
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
    translate,
    user_facing_errors,
)
from hms_desktop.services.settings import read_settings

READERS = (Group.RECEPTION, Group.DOCTOR, Group.BILLING, Group.ADMIN)
DESK = (Group.RECEPTION, Group.ADMIN)
REASON_MAX = 500
DEFAULT_SLOT_MINUTES = 15
DEFAULT_TIME_ZONE = "Europe/London"
# A booking a minute or two after the slot began (the patient is at the desk) is still fine.
PAST_GRACE = timedelta(minutes=5)
# Appointments are at most MAX_SLOTS × 240 minutes long: reading from this far back finds every overlap.
_LONGEST_APPOINTMENT = timedelta(minutes=MAX_SLOTS_PER_APPOINTMENT * 240)
# First-free-slot searches look at a few days first and widen only if that is not enough.
_SEARCH_CHUNKS = (2, 5, 14, 31, 62)

SLOT_TAKEN = "This slot was just taken by another booking. The next free slots are shown."
ROOM_TAKEN = "The room for this slot was just booked by someone else. The next free slots are shown."
PATIENT_BUSY = "This patient already has an appointment at this time. Choose another time."
TRY_AGAIN = "Someone else changed this appointment at the same moment; nothing was saved. Reload and try again."
STALE = "Someone else changed this appointment while you were looking at it. Reload it and try again."

_DOCTOR_CONSTRAINT = "ex_appointment_doctor_busy"
_PATIENT_CONSTRAINT = "ex_appointment_patient_busy"
_RESOURCE_CONSTRAINT = "ex_resource_booking_resource_busy"


# --- DTOs ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DoctorDTO:
    id: int
    name: str
    title: str
    department_id: int | None
    department: str
    slot_minutes: int | None  # NULL in the profile: the specialty's length or the hospital default applies
    # (specialty id, slot length) of the doctor's specialties that have a length of their own.
    specialty_slot_minutes: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class SpecialtyDTO:
    id: int
    name: str
    slot_minutes: int | None = None  # NULL: the hospital default


@dataclass(frozen=True, slots=True)
class SlotDTO:
    doctor_id: int
    doctor_name: str
    starts_at: datetime
    ends_at: datetime
    resource_id: int | None
    room: str | None


@dataclass(frozen=True, slots=True)
class AppointmentDTO:
    id: int
    patient_id: int
    patient_name: str
    patient_mrn: str
    doctor_id: int
    doctor_name: str
    starts_at: datetime
    ends_at: datetime
    kind: str
    reason: str
    status: str
    overbooked: bool
    overbook_reason: str | None
    cancel_reason: str | None  # also the reason for a decline or a no-show; "rescheduled" when moved
    rescheduled_from_id: int | None
    resource_id: int | None
    room: str | None
    checked_in_at: datetime | None
    called_at: datetime | None
    completed_at: datetime | None
    created_by: str
    version: int

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


@dataclass(frozen=True, slots=True)
class SessionDTO:
    """A working session on a given day, as instants."""

    starts_at: datetime
    ends_at: datetime
    resource_id: int | None
    room: str | None
    slot_minutes: int


@dataclass(frozen=True, slots=True)
class AwayDTO:
    starts_at: datetime
    ends_at: datetime
    kind: str
    note: str
    hospital_wide: bool


@dataclass(frozen=True, slots=True)
class DoctorDay:
    """One doctor's day: when they work, when they are away, their appointments (every status)."""

    doctor: DoctorDTO
    day: date
    sessions: tuple[SessionDTO, ...]
    away: tuple[AwayDTO, ...]
    appointments: tuple[AppointmentDTO, ...]


@dataclass(frozen=True, slots=True)
class DayView:
    day: date
    columns: tuple[DoctorDay, ...]  # one per doctor, by name


@dataclass(frozen=True, slots=True)
class WeekView:
    doctor: DoctorDTO
    monday: date
    days: tuple[DoctorDay, ...]  # Monday to Sunday


@dataclass(frozen=True, slots=True)
class QueueEntry:
    appointment: AppointmentDTO
    waiting_minutes: int  # since check-in (0 once called in)


@dataclass(frozen=True, slots=True)
class WaitingEntryDTO:
    id: int
    patient_id: int
    patient_name: str
    patient_mrn: str
    doctor_id: int | None
    doctor_name: str | None
    specialty_id: int | None
    specialty: str | None
    earliest: date
    latest: date | None
    note: str
    status: str
    created_at: datetime
    version: int


class SlotTaken(Conflict):
    """Someone else booked this time first; ``next_free`` are the doctor's next free slots."""

    def __init__(self, message: str = SLOT_TAKEN, next_free: tuple[SlotDTO, ...] = ()) -> None:
        super().__init__(message)
        self.next_free = next_free


class _Overlap(Exception):
    def __init__(self, constraint: str | None) -> None:
        super().__init__(constraint)
        self.constraint = constraint


# --- settings and helpers --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Clock:
    tz: ZoneInfo
    default_slot_minutes: int

    def day_bounds(self, first: date, last: date | None = None) -> tuple[datetime, datetime]:
        last = last or first
        return (datetime.combine(first, time(0), tzinfo=self.tz).astimezone(UTC),
                datetime.combine(last + timedelta(days=1), time(0), tzinfo=self.tz).astimezone(UTC))

    def local_day(self, instant: datetime) -> date:
        return instant.astimezone(self.tz).date()


def _clock(conn: Connection | Session) -> _Clock:
    """The hospital's time zone and default slot length, read as the settings page writes them."""
    stored = read_settings(conn)
    try:
        tz = ZoneInfo(stored.time_zone or DEFAULT_TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        tz = ZoneInfo(DEFAULT_TIME_ZONE)
    minutes = stored.default_slot_minutes
    return _Clock(tz=tz, default_slot_minutes=minutes if 5 <= minutes <= 240 else DEFAULT_SLOT_MINUTES)


def _base_minutes(doctor: DoctorDTO, clock: _Clock, specialty_id: int | None = None) -> int:
    """The doctor's slot length where a session does not set one (see ``domain.scheduling.slot_length``)."""
    return slot_length(doctor_minutes=doctor.slot_minutes, specialty_minutes=dict(doctor.specialty_slot_minutes),
                       hospital_minutes=clock.default_slot_minutes, specialty_id=specialty_id)


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime, field: str) -> datetime:
    if value.tzinfo is None:
        raise ValidationFailed({field: "The time has no time zone; this is a bug in the calling screen."})
    return value.astimezone(UTC)


def _clean_reason(reason: str) -> str:
    return " ".join(reason.split())


def display_name(family_name: str, given_name: str) -> str:
    return f"{family_name.upper()}, {given_name}"


def _sqlstate_and_constraint(error: BaseException) -> tuple[str | None, str | None]:
    orig = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    diag = getattr(orig, "diag", None)
    return getattr(orig, "sqlstate", None), getattr(diag, "constraint_name", None)


@contextlib.contextmanager
def _write_errors() -> Iterator[None]:
    """``user_facing_errors`` for writes: overlaps are raised as ``_Overlap`` for the caller to explain."""
    try:
        yield
    except (ServiceError, _Overlap):
        raise
    except TransitionRefused as error:
        raise Conflict(str(error)) from error
    except Exception as error:
        state, constraint = _sqlstate_and_constraint(error)
        if state == "23P01":
            raise _Overlap(constraint) from error
        if state == "HM007":  # the database's own guard on finished appointments
            diag = getattr(getattr(error, "orig", None), "diag", None)
            raise Conflict(getattr(diag, "message_primary", None) or TRY_AGAIN) from error
        if state in ("40P01", "40001"):
            raise Conflict(TRY_AGAIN) from error
        raise translate(error) from error


# --- reading: doctors, specialties -----------------------------------------------------------------------

_DOCTORS_SQL = text("""
    SELECT s.id, s.full_name, s.title, s.department_id, coalesce(dep.name, '') AS department, p.slot_minutes,
           (SELECT coalesce(array_agg(ARRAY[sp.id, sp.slot_minutes] ORDER BY sp.id), '{}')
            FROM doctor_specialty ds2 JOIN specialty sp ON sp.id = ds2.specialty_id
            WHERE ds2.staff_id = s.id AND sp.slot_minutes IS NOT NULL) AS specialty_slots
    FROM staff s
    LEFT JOIN department dep ON dep.id = s.department_id
    LEFT JOIN doctor_profile p ON p.staff_id = s.id
    WHERE s.active
      AND (p.staff_id IS NOT NULL OR 'hms_doctor' = ANY (hms_staff_groups(s.username)))
      AND (CAST(:ids AS integer[]) IS NULL OR s.id = ANY (CAST(:ids AS integer[])))
      AND (CAST(:department_id AS integer) IS NULL OR s.department_id = :department_id)
      AND (CAST(:specialty_id AS integer) IS NULL OR EXISTS (
            SELECT 1 FROM doctor_specialty ds WHERE ds.staff_id = s.id AND ds.specialty_id = :specialty_id))
    ORDER BY s.full_name, s.id
""")


def _doctors(conn: Connection, *, ids: Sequence[int] | None = None, department_id: int | None = None,
             specialty_id: int | None = None) -> list[DoctorDTO]:
    rows = conn.execute(_DOCTORS_SQL, {"ids": list(ids) if ids is not None else None,
                                       "department_id": department_id, "specialty_id": specialty_id}).all()
    return [DoctorDTO(id=r.id, name=r.full_name, title=r.title, department_id=r.department_id,
                      department=r.department, slot_minutes=r.slot_minutes,
                      specialty_slot_minutes=tuple((int(k), int(m)) for k, m in r.specialty_slots or ()))
            for r in rows]


def doctors(ctx: ServiceContext, *, specialty_id: int | None = None,
            department_id: int | None = None) -> tuple[DoctorDTO, ...]:
    """Active doctors (in the doctors' group, or with a doctor profile), by name."""
    ctx.require(*READERS, action="see the doctors' schedules")
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        return tuple(_doctors(conn, specialty_id=specialty_id, department_id=department_id))


def specialties(ctx: ServiceContext) -> tuple[SpecialtyDTO, ...]:
    ctx.require(*READERS, action="see the specialties")
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, name, slot_minutes FROM specialty ORDER BY name")).all()
    return tuple(SpecialtyDTO(id=r.id, name=r.name, slot_minutes=r.slot_minutes) for r in rows)


def can_overbook(ctx: ServiceContext) -> bool:
    """Whether this user may book over an existing appointment (administrators and hms_overbook members)."""
    if ctx.user.is_owner or ctx.user.has(Group.ADMIN):
        return True
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        return bool(conn.execute(text("SELECT pg_has_role(session_user, 'hms_overbook', 'MEMBER')")).scalar())


# --- reading: calendars ----------------------------------------------------------------------------------

_SESSIONS_SQL = text("""
    SELECT t.staff_id, t.weekday, t.starts, t.ends, t.resource_id, r.name AS room, t.valid_from, t.valid_to,
           t.slot_minutes
    FROM work_template t LEFT JOIN resource r ON r.id = t.resource_id
    WHERE t.staff_id = ANY (:ids) AND t.valid_from <= :last AND (t.valid_to IS NULL OR t.valid_to >= :first)
    ORDER BY t.staff_id, t.weekday, t.starts
""")

_AWAY_SQL = text("""
    SELECT staff_id, starts_at, ends_at, kind, note FROM schedule_exception
    WHERE (staff_id = ANY (:ids) OR staff_id IS NULL) AND starts_at < :to AND ends_at > :from
    ORDER BY starts_at
""")

# Busy times of doctors (active appointments, overbooked ones too) and of their rooms, in one round trip.
_BUSY_SQL = text("""
    SELECT 'doctor' AS what, doctor_id AS key, starts_at, ends_at FROM appointment
    WHERE doctor_id = ANY (:ids) AND status IN ('requested', 'booked', 'confirmed', 'checked_in', 'in_consultation')
      AND starts_at >= :reach_back AND starts_at < :to AND ends_at > :from
    UNION ALL
    SELECT 'room', resource_id, starts_at, ends_at FROM resource_booking
    WHERE resource_id = ANY (:rooms) AND NOT cancelled AND tstzrange(starts_at, ends_at) && tstzrange(:from, :to)
""")


@dataclass(slots=True)
class _Calendar:
    sessions: dict[int, list[WorkSession]]
    rooms: dict[int, str]
    away: dict[int | None, list[tuple[Interval, str, str]]]

    def exceptions_of(self, doctor_id: int) -> list[Interval]:
        return [i for i, _k, _n in self.away.get(doctor_id, [])] + [i for i, _k, _n in self.away.get(None, [])]


def _calendar(conn: Connection, doctor_ids: Sequence[int], first: date, last: date, clock: _Clock) -> _Calendar:
    ids = list(doctor_ids)
    sessions: dict[int, list[WorkSession]] = defaultdict(list)
    rooms: dict[int, str] = {}
    for r in conn.execute(_SESSIONS_SQL, {"ids": ids, "first": first, "last": last}):
        sessions[r.staff_id].append(WorkSession(
            doctor_id=r.staff_id, weekday=r.weekday, starts=r.starts, ends=r.ends, resource_id=r.resource_id,
            valid_from=r.valid_from, valid_to=r.valid_to, slot_minutes=r.slot_minutes))
        if r.resource_id is not None:
            rooms[r.resource_id] = r.room
    start, end = clock.day_bounds(first, last)
    away: dict[int | None, list[tuple[Interval, str, str]]] = defaultdict(list)
    for r in conn.execute(_AWAY_SQL, {"ids": ids, "from": start, "to": end}):
        away[r.staff_id].append((Interval(r.starts_at, r.ends_at), r.kind, r.note))
    return _Calendar(sessions=sessions, rooms=rooms, away=away)


def _busy(conn: Connection, doctor_ids: Sequence[int], room_ids: Sequence[int], start: datetime,
          end: datetime) -> tuple[dict[int, list[Interval]], dict[int, list[Interval]]]:
    doctors_busy: dict[int, list[Interval]] = defaultdict(list)
    rooms_busy: dict[int, list[Interval]] = defaultdict(list)
    for r in conn.execute(_BUSY_SQL, {"ids": list(doctor_ids), "rooms": list(room_ids), "from": start, "to": end,
                                      "reach_back": start - _LONGEST_APPOINTMENT}):
        (doctors_busy if r.what == "doctor" else rooms_busy)[r.key].append(Interval(r.starts_at, r.ends_at))
    return doctors_busy, rooms_busy


def _appointments_select() -> Select[Any]:
    # The room: the appointment's live room booking, or for a finished one the last it had.
    room = (select(ResourceBooking.resource_id)
            .where(ResourceBooking.appointment_id == Appointment.id)
            .order_by(ResourceBooking.cancelled, ResourceBooking.id.desc())
            .limit(1)
            .lateral("room"))
    return (
        select(Appointment.id, Appointment.patient_id, Patient.family_name, Patient.given_name, Patient.mrn,
               Appointment.doctor_id, Staff.full_name.label("doctor_name"), Appointment.starts_at,
               Appointment.ends_at, Appointment.kind, Appointment.reason, Appointment.status, Appointment.overbooked,
               Appointment.overbook_reason, Appointment.cancel_reason, Appointment.rescheduled_from_id,
               room.c.resource_id, Resource.name.label("room"), Appointment.checked_in_at, Appointment.called_at,
               Appointment.completed_at, Appointment.created_by, Appointment.version)
        .select_from(Appointment)
        .join(Patient, Patient.id == Appointment.patient_id)
        .join(Staff, Staff.id == Appointment.doctor_id)
        .outerjoin(room, true())
        .outerjoin(Resource, Resource.id == room.c.resource_id)
    )


def _appointment(row: Row[Any]) -> AppointmentDTO:
    return AppointmentDTO(
        id=row.id, patient_id=row.patient_id, patient_name=display_name(row.family_name, row.given_name),
        patient_mrn=row.mrn, doctor_id=row.doctor_id, doctor_name=row.doctor_name, starts_at=row.starts_at,
        ends_at=row.ends_at, kind=row.kind, reason=row.reason, status=row.status, overbooked=row.overbooked,
        overbook_reason=row.overbook_reason, cancel_reason=row.cancel_reason,
        rescheduled_from_id=row.rescheduled_from_id, resource_id=row.resource_id, room=row.room,
        checked_in_at=row.checked_in_at, called_at=row.called_at, completed_at=row.completed_at,
        created_by=row.created_by, version=row.version)


def get_appointment(ctx: ServiceContext, appointment_id: int) -> AppointmentDTO:
    ctx.require(*READERS, action="see appointments")
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        row = conn.execute(_appointments_select().where(Appointment.id == appointment_id)).one_or_none()
    if row is None:
        raise NotFound("This appointment no longer exists.")
    return _appointment(row)


def appointments_of_patient(ctx: ServiceContext, patient_id: int, *, limit: int = 50) -> tuple[AppointmentDTO, ...]:
    """The patient's appointments, newest first."""
    ctx.require(*READERS, action="see appointments")
    query = (_appointments_select().where(Appointment.patient_id == patient_id)
             .order_by(Appointment.starts_at.desc(), Appointment.id.desc()).limit(max(1, limit)))
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        return tuple(_appointment(r) for r in conn.execute(query))


def _doctor_days(conn: Connection, clock: _Clock, doctors_: Sequence[DoctorDTO], first: date,
                 last: date) -> list[DoctorDay]:
    ids = [d.id for d in doctors_]
    calendar = _calendar(conn, ids, first, last, clock)
    start, end = clock.day_bounds(first, last)
    # Every appointment of every doctor in the window, in one query.
    rows = conn.execute(_appointments_select().where(
        Appointment.doctor_id.in_(ids), Appointment.starts_at >= start, Appointment.starts_at < end)
        .order_by(Appointment.starts_at, Appointment.id)).all() if ids else []
    by_key: dict[tuple[int, date], list[AppointmentDTO]] = defaultdict(list)
    for row in rows:
        by_key[(row.doctor_id, clock.local_day(row.starts_at))].append(_appointment(row))
    days: list[DoctorDay] = []
    for doctor in doctors_:
        day = first
        while day <= last:
            day_start, day_end = clock.day_bounds(day)
            sessions = []
            for s in calendar.sessions.get(doctor.id, []):
                if s.applies_on(day):
                    s_start, s_end = s.bounds(day, clock.tz)
                    sessions.append(SessionDTO(
                        starts_at=s_start, ends_at=s_end, resource_id=s.resource_id,
                        room=calendar.rooms.get(s.resource_id) if s.resource_id is not None else None,
                        slot_minutes=s.slot_minutes or _base_minutes(doctor, clock)))
            away = tuple(
                AwayDTO(starts_at=i.starts_at, ends_at=i.ends_at, kind=kind, note=note, hospital_wide=key is None)
                for key in (doctor.id, None) for i, kind, note in calendar.away.get(key, [])
                if i.overlaps(day_start, day_end))
            days.append(DoctorDay(doctor=doctor, day=day, sessions=tuple(sorted(sessions, key=lambda s: s.starts_at)),
                                  away=away, appointments=tuple(by_key.get((doctor.id, day), ()))))
            day += timedelta(days=1)
    return days


def day_view(ctx: ServiceContext, day: date, *, department_id: int | None = None, specialty_id: int | None = None,
             doctor_ids: Sequence[int] | None = None) -> DayView:
    """A column per doctor for one local day: sessions, absences and every appointment (all statuses)."""
    ctx.require(*READERS, action="see the doctors' schedules")
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        clock = _clock(conn)
        chosen = _doctors(conn, ids=doctor_ids, department_id=department_id, specialty_id=specialty_id)
        return DayView(day=day, columns=tuple(_doctor_days(conn, clock, chosen, day, day)))


def week_view(ctx: ServiceContext, doctor_id: int, monday: date) -> WeekView:
    """One doctor's week, Monday to Sunday (``monday`` may be any day; its week is shown)."""
    ctx.require(*READERS, action="see the doctors' schedules")
    monday = monday - timedelta(days=monday.weekday())
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        clock = _clock(conn)
        chosen = _doctors(conn, ids=[doctor_id])
        if not chosen:
            raise NotFound("This doctor is not in the list of active doctors.")
        days = _doctor_days(conn, clock, chosen, monday, monday + timedelta(days=6))
    return WeekView(doctor=chosen[0], monday=monday, days=tuple(days))


def queue(ctx: ServiceContext, doctor_id: int | None = None, day: date | None = None) -> tuple[QueueEntry, ...]:
    """Patients checked in for a doctor today (or ``day``): the one in consultation first, then by time."""
    ctx.require(*READERS, action="see the queue")
    doctor_id = doctor_id if doctor_id is not None else ctx.user.staff_id
    if doctor_id is None:
        raise ValidationFailed({"doctor": "Choose whose queue to show."})
    now = _now()
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        clock = _clock(conn)
        start, end = clock.day_bounds(day or clock.local_day(now))
        rows = conn.execute(_appointments_select().where(
            Appointment.doctor_id == doctor_id, Appointment.starts_at >= start, Appointment.starts_at < end,
            Appointment.status.in_(("checked_in", "in_consultation")))
            .order_by((Appointment.status == "in_consultation").desc(), Appointment.starts_at,
                      Appointment.checked_in_at)).all()
    entries = []
    for row in rows:
        dto = _appointment(row)
        waited = (now - dto.checked_in_at) if dto.status == "checked_in" and dto.checked_in_at else timedelta(0)
        entries.append(QueueEntry(appointment=dto, waiting_minutes=max(0, int(waited.total_seconds() // 60))))
    return tuple(entries)


def declined_to_rebook(ctx: ServiceContext) -> tuple[AppointmentDTO, ...]:
    """Appointments a doctor declined that nobody has rebooked (or closed) yet: reception's to-do list."""
    ctx.require(*READERS, action="see declined appointments")
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        ids = conn.execute(text("""
            SELECT a.id FROM appointment a
            WHERE a.status = 'declined'
              AND NOT EXISTS (SELECT 1 FROM appointment n WHERE n.rescheduled_from_id = a.id)
        """)).scalars().all()
        rows = conn.execute(_appointments_select().where(Appointment.id.in_(ids))
                            .order_by(Appointment.starts_at)).all() if ids else []
    return tuple(_appointment(r) for r in rows)


# --- finding slots ---------------------------------------------------------------------------------------


def _slots_for(conn: Connection, clock: _Clock, chosen: Sequence[DoctorDTO], first: date, last: date, *,
               slots_needed: int, limit: int, now: datetime, specialty_id: int | None = None) -> list[Slot]:
    calendar = _calendar(conn, [d.id for d in chosen], first, last, clock)
    working = [d for d in chosen if calendar.sessions.get(d.id)]
    if not working:
        return []
    start, end = clock.day_bounds(first, last)
    busy, rooms_busy = _busy(conn, [d.id for d in working], list(calendar.rooms), start, end)
    per_doctor = []
    for doctor in working:
        per_doctor.append(free_slots(
            calendar.sessions[doctor.id], calendar.exceptions_of(doctor.id), busy.get(doctor.id, []),
            day_from=first, day_to=last, slot_minutes=_base_minutes(doctor, clock, specialty_id), now=now,
            tz=clock.tz, slots_needed=slots_needed, resource_busy=rooms_busy, limit=limit))
    return merge_slots(per_doctor, limit)


def _find(conn: Connection, *, doctor_ids: Sequence[int] | None, specialty_id: int | None, start: date, days: int,
          limit: int, slots_needed: int, now: datetime, clock: _Clock,
          after: datetime | None = None) -> tuple[SlotDTO, ...]:
    chosen = _doctors(conn, ids=doctor_ids, specialty_id=specialty_id)
    names = {d.id: d.name for d in chosen}
    if not chosen:
        return ()
    earliest = max(now, after) if after is not None else now
    last_day = start + timedelta(days=days - 1)
    found: list[Slot] = []
    first = start
    # Most searches are answered by the next day or two: read only those first, widen if needed.
    for span in (*_SEARCH_CHUNKS, days):
        if first > last_day:
            break
        chunk_last = min(last_day, start + timedelta(days=span - 1))
        if chunk_last < first:
            continue
        found += _slots_for(conn, clock, chosen, first, chunk_last, slots_needed=slots_needed,
                            limit=limit - len(found), now=earliest, specialty_id=specialty_id)
        if len(found) >= limit:
            break
        first = chunk_last + timedelta(days=1)
    rooms = dict(conn.execute(text("SELECT id, name FROM resource WHERE id = ANY (:ids)"),
                              {"ids": list({s.resource_id for s in found if s.resource_id is not None})}).all()
                 ) if found else {}
    return tuple(SlotDTO(doctor_id=s.doctor_id, doctor_name=names[s.doctor_id], starts_at=s.starts_at,
                         ends_at=s.ends_at, resource_id=s.resource_id,
                         room=rooms.get(s.resource_id) if s.resource_id is not None else None)
                 for s in found[:limit])


def find_slots(ctx: ServiceContext, *, specialty_id: int | None = None, doctor_id: int | None = None,
               start: date | None = None, days: int = 14, limit: int = 20,
               slots_needed: int = 1) -> tuple[SlotDTO, ...]:
    """Free slots from ``start`` (default today) for ``days`` days, earliest first.

    By doctor, or across every doctor of a specialty ("first free slot"), or across all doctors.
    ``slots_needed`` consecutive slots for longer appointment types.
    """
    ctx.require(*READERS, action="look for free slots")
    problems = {}
    if not 1 <= days <= 366:
        problems["days"] = "Search between 1 and 366 days ahead."
    if not 1 <= slots_needed <= MAX_SLOTS_PER_APPOINTMENT:
        problems["slots"] = f"An appointment takes 1 to {MAX_SLOTS_PER_APPOINTMENT} slots."
    if problems:
        raise ValidationFailed(problems)
    now = _now()
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        clock = _clock(conn)
        return _find(conn, doctor_ids=[doctor_id] if doctor_id is not None else None, specialty_id=specialty_id,
                     start=start or clock.local_day(now), days=days, limit=max(1, limit), slots_needed=slots_needed,
                     now=now, clock=clock)


def _next_free(ctx: ServiceContext, doctor_id: int, after: datetime, slots_needed: int,
               specialty_id: int | None = None) -> tuple[SlotDTO, ...]:
    """For ``SlotTaken``: the doctor's next free slots from the taken one on. Never fails the caller."""
    try:
        now = _now()
        with ctx.db.engine.connect() as conn:
            clock = _clock(conn)
            return _find(conn, doctor_ids=[doctor_id], specialty_id=specialty_id,
                         start=clock.local_day(max(after, now)),
                         days=14, limit=5, slots_needed=slots_needed, now=now, clock=clock, after=after)
    except Exception:
        return ()


# --- booking ---------------------------------------------------------------------------------------------


def _check_patient(session: Session, patient_id: int) -> None:
    patient = session.execute(select(Patient.id, Patient.merged_into_id).where(Patient.id == patient_id)).one_or_none()
    if patient is None:
        raise NotFound("This patient record no longer exists.")
    if patient.merged_into_id is not None:
        raise Conflict("This record was merged into another one. Book on the record it was merged into.")


def _doctor_for_booking(session: Session, doctor_id: int) -> DoctorDTO:
    found = _doctors(session.connection(), ids=[doctor_id])
    if not found:
        raise ValidationFailed({"doctor": "Choose an active doctor from the list."})
    return found[0]


def _overlap_error(ctx: ServiceContext, overlap: _Overlap, doctor_id: int, starts_at: datetime,
                   slots_needed: int, *, specialty_id: int | None = None) -> ServiceError:
    if overlap.constraint == _PATIENT_CONSTRAINT:
        return Conflict(PATIENT_BUSY)
    message = ROOM_TAKEN if overlap.constraint == _RESOURCE_CONSTRAINT else SLOT_TAKEN
    return SlotTaken(message, _next_free(ctx, doctor_id, starts_at, slots_needed, specialty_id))


@dataclass(frozen=True, slots=True)
class _Plan:
    doctor: DoctorDTO
    patient_id: int
    starts_at: datetime
    ends_at: datetime
    room: int | None


# Advisory lock namespaces (the two-key form): bookings of one doctor, one patient, one room queue up.
_LOCK_DOCTOR, _LOCK_PATIENT, _LOCK_ROOM = 74301, 74302, 74303


def _plan_appointment(session: Session, clock: _Clock, doctor: DoctorDTO, patient_id: int, starts_at: datetime,
                      *, duration: timedelta | None, slots: int, resource_id: int | None,
                      overbook: bool, specialty_id: int | None = None) -> _Plan:
    """Work out the end and the room, check the hours, and queue behind other bookings of the same
    doctor, patient and room. Call before any other write of the transaction.

    Why the locks: two transactions inserting overlapping rows at the same instant can each find the
    other's uncommitted index entry and wait for each other (a deadlock, reported after a second). In
    line one at a time, the second always sees the first's committed row and gets a clean exclusion
    violation, i.e. "this slot was just taken". Always taken in the order doctor, patient, room, and
    before the audit trigger's lock, so they cannot form a cycle.
    """
    conn = session.connection()
    day = clock.local_day(starts_at)
    calendar = _calendar(conn, [doctor.id], day - timedelta(days=1), day, clock)
    sessions = calendar.sessions.get(doctor.id, [])
    # The session the start falls in decides the slot length (a session may have its own).
    step_minutes = _base_minutes(doctor, clock, specialty_id)
    for s in sessions:
        if s.applies_on(day):
            s_start, s_end = s.bounds(day, clock.tz)
            if s_start <= starts_at < s_end:
                step_minutes = s.slot_minutes or step_minutes
                break
    ends_at = starts_at + (duration if duration is not None else timedelta(minutes=step_minutes * slots))
    session_held = within_hours(sessions, calendar.exceptions_of(doctor.id), starts_at, ends_at, clock.tz)
    if session_held is None and not overbook:
        raise ValidationFailed({"starts_at": f"{doctor.name} does not work at this time, or is away. "
                                             "Choose one of the free slots."})
    room = resource_id if resource_id is not None else (session_held.resource_id if session_held else None)
    # An overbooked appointment shares the doctor's time with another one, and so its room: no room booking.
    if overbook:
        room = None
    # One round trip; the select list is evaluated left to right, so the order is always the same.
    session.execute(text(
        "SELECT pg_advisory_xact_lock(:d_ns, :doctor), pg_advisory_xact_lock(:p_ns, :patient), "
        "CASE WHEN CAST(:room AS integer) IS NOT NULL THEN pg_advisory_xact_lock(:r_ns, :room) END"),
        {"d_ns": _LOCK_DOCTOR, "doctor": doctor.id, "p_ns": _LOCK_PATIENT, "patient": patient_id % 2_147_483_647,
         "r_ns": _LOCK_ROOM, "room": room})
    return _Plan(doctor=doctor, patient_id=patient_id, starts_at=starts_at, ends_at=ends_at, room=room)


def _write_appointment(session: Session, plan: _Plan, *, kind: str, reason: str, overbook_reason: str | None,
                       rescheduled_from_id: int | None) -> int:
    appointment = Appointment(
        patient_id=plan.patient_id, doctor_id=plan.doctor.id, starts_at=plan.starts_at, ends_at=plan.ends_at,
        kind=kind, reason=reason, status="booked", overbooked=overbook_reason is not None,
        overbook_reason=overbook_reason, rescheduled_from_id=rescheduled_from_id)
    session.add(appointment)
    session.flush()
    if plan.room is not None:
        session.add(ResourceBooking(resource_id=plan.room, appointment_id=appointment.id, starts_at=plan.starts_at,
                                    ends_at=plan.ends_at, purpose="appointment"))
        session.flush()
    return appointment.id


def _validate_booking(kind: str, reason: str, slots: int) -> None:
    problems: dict[str, str] = {}
    if kind not in KIND_LABELS:
        problems["kind"] = "Choose the type of appointment: new patient, follow-up or procedure."
    if len(reason) > REASON_MAX:
        problems["reason"] = f"Keep the reason under {REASON_MAX} characters."
    if not 1 <= slots <= MAX_SLOTS_PER_APPOINTMENT:
        problems["slots"] = f"An appointment takes 1 to {MAX_SLOTS_PER_APPOINTMENT} slots."
    if problems:
        raise ValidationFailed(problems)


def book(ctx: ServiceContext, patient_id: int, doctor_id: int, starts_at: datetime, *, kind: str = "follow_up",
         reason: str = "", slots: int = 1, resource_id: int | None = None,
         overbook_reason: str | None = None, specialty_id: int | None = None) -> AppointmentDTO:
    """Book the patient with the doctor at ``starts_at`` for ``slots`` slot lengths.

    ``specialty_id``: the specialty the slot was found in, whose slot length then applies (as in
    ``find_slots``) when neither the session nor the doctor has one of their own.

    Raises ``SlotTaken`` (with ``next_free``) when another booking was quicker. ``overbook_reason``
    books over an existing appointment (administrators and members of ``hms_overbook`` only); the
    appointment is marked overbooked and the doctor's exclusion constraint does not apply to it.
    """
    ctx.require(*DESK, action="book appointments")
    starts_at = _aware(starts_at, "starts_at")
    reason = _clean_reason(reason)
    _validate_booking(kind, reason, slots)
    if overbook_reason is not None:
        overbook_reason = _clean_reason(overbook_reason)
        if not overbook_reason:
            raise ValidationFailed({"overbook_reason": "Say why this patient must be seen although the slot is taken."})
        if not can_overbook(ctx):
            raise PermissionDenied("Only an administrator or a user allowed to overbook can book over another "
                                   "appointment.")
    if starts_at < _now() - PAST_GRACE:
        raise ValidationFailed({"starts_at": "This time has already passed. Choose a time from now on."})
    try:
        with _write_errors(), ctx.uow() as uow:
            session = uow.session
            clock = _clock(session)
            _check_patient(session, patient_id)
            doctor = _doctor_for_booking(session, doctor_id)
            plan = _plan_appointment(session, clock, doctor, patient_id, starts_at, duration=None, slots=slots,
                                     resource_id=resource_id, overbook=overbook_reason is not None,
                                     specialty_id=specialty_id)
            appointment_id = _write_appointment(session, plan, kind=kind, reason=reason,
                                                overbook_reason=overbook_reason, rescheduled_from_id=None)
            uow.commit()
    except _Overlap as overlap:
        raise _overlap_error(ctx, overlap, doctor_id, starts_at, slots, specialty_id=specialty_id) from None
    return get_appointment(ctx, appointment_id)


def _lock(session: Session, appointment_id: int, expected_version: int | None) -> Appointment:
    appointment = session.scalars(select(Appointment).where(Appointment.id == appointment_id)
                                  .with_for_update()).first()
    if appointment is None:
        raise NotFound("This appointment no longer exists.")
    if expected_version is not None and appointment.version != expected_version:
        raise Conflict(STALE)
    return appointment


def reschedule(ctx: ServiceContext, appointment_id: int, new_start: datetime, *, doctor_id: int | None = None,
               expected_version: int | None = None) -> AppointmentDTO:
    """Move an appointment, keeping its history: the old one is cancelled with reason "rescheduled" and the
    new one (same patient, type, reason and length) points to it through ``rescheduled_from_id``.

    A declined appointment is rebooked the same way; it stays "declined" in the history.
    """
    ctx.require(*DESK, action="move appointments")
    new_start = _aware(new_start, "starts_at")
    if new_start < _now() - PAST_GRACE:
        raise ValidationFailed({"starts_at": "This time has already passed. Choose a time from now on."})
    target_doctor = doctor_id
    duration = timedelta(0)
    try:
        with _write_errors(), ctx.uow() as uow:
            session = uow.session
            clock = _clock(session)
            old = _lock(session, appointment_id, expected_version)
            target_doctor = doctor_id if doctor_id is not None else old.doctor_id
            duration = old.ends_at - old.starts_at
            if old.status == "declined":
                if session.scalar(select(Appointment.id).where(Appointment.rescheduled_from_id == old.id)):
                    raise Conflict("This declined appointment has already been rebooked.")
            else:
                check_transition(old.status, "cancelled")
            doctor = _doctor_for_booking(session, target_doctor)
            plan = _plan_appointment(session, clock, doctor, old.patient_id, new_start, duration=duration, slots=1,
                                     resource_id=None, overbook=False)
            if old.status != "declined":
                old.status = "cancelled"
                old.cancel_reason = "rescheduled"
                # Flushed first, so the old time is free for the new one (moving by a quarter of an hour).
                session.flush()
            new_id = _write_appointment(session, plan, kind=old.kind, reason=old.reason, overbook_reason=None,
                                        rescheduled_from_id=old.id)
            uow.commit()
    except _Overlap as overlap:
        slots = max(1, int(duration.total_seconds() // 60) // DEFAULT_SLOT_MINUTES)
        raise _overlap_error(ctx, overlap, target_doctor or 0, new_start, slots) from None
    return get_appointment(ctx, new_id)


def _set_status(ctx: ServiceContext, appointment_id: int, new_status: str, *, groups: tuple[Group, ...],
                action: str, doctor_own: bool = False, expected_version: int | None = None,
                reason: str | None = None, stamp: str | None = None, has_started: bool = False,
                today_only: bool = False) -> AppointmentDTO:
    ctx.require(*groups, action=action)
    with _write_errors(), ctx.uow() as uow:
        session = uow.session
        appointment = _lock(session, appointment_id, expected_version)
        if doctor_own and not (ctx.user.is_owner or ctx.user.has(Group.ADMIN)) \
                and ctx.user.staff_id != appointment.doctor_id:
            raise PermissionDenied(f"You can only {action} for your own appointments.")
        check_transition(appointment.status, new_status)
        now = _now()
        if has_started and appointment.starts_at > now:
            raise ValidationFailed({"status": "A no-show can be recorded only once the appointment time has come."})
        if today_only:
            clock = _clock(session)
            if clock.local_day(appointment.starts_at) != clock.local_day(now):
                raise ValidationFailed({"status": "Patients can be checked in only on the day of their appointment."})
        appointment.status = new_status
        if reason is not None:
            appointment.cancel_reason = reason
        if stamp is not None:
            setattr(appointment, stamp, func.now())
        session.flush()
        uow.commit()
    return get_appointment(ctx, appointment_id)


def _required_reason(reason: str, what: str) -> str:
    reason = _clean_reason(reason)
    if not reason:
        raise ValidationFailed({"reason": f"Say why the appointment is {what}."})
    if len(reason) > REASON_MAX:
        raise ValidationFailed({"reason": f"Keep the reason under {REASON_MAX} characters."})
    return reason


def cancel(ctx: ServiceContext, appointment_id: int, reason: str, *,
           expected_version: int | None = None) -> AppointmentDTO:
    """Cancel with a reason. Afterwards ``waiting_list_matches`` gives the patients to offer the time to."""
    reason = _required_reason(reason, "cancelled")
    return _set_status(ctx, appointment_id, "cancelled", groups=DESK, action="cancel appointments",
                       expected_version=expected_version, reason=reason)


def mark_no_show(ctx: ServiceContext, appointment_id: int, *, expected_version: int | None = None) -> AppointmentDTO:
    return _set_status(ctx, appointment_id, "no_show", groups=DESK, action="record no-shows",
                       expected_version=expected_version, has_started=True)


def check_in(ctx: ServiceContext, appointment_id: int, *, expected_version: int | None = None) -> AppointmentDTO:
    return _set_status(ctx, appointment_id, "checked_in", groups=DESK, action="check patients in",
                       expected_version=expected_version, stamp="checked_in_at", today_only=True)


_DOCTOR_ACTS = (Group.DOCTOR, Group.ADMIN)


def accept(ctx: ServiceContext, appointment_id: int, *, expected_version: int | None = None) -> AppointmentDTO:
    """The doctor confirms the appointment."""
    return _set_status(ctx, appointment_id, "confirmed", groups=_DOCTOR_ACTS, action="accept appointments",
                       doctor_own=True, expected_version=expected_version)


def decline(ctx: ServiceContext, appointment_id: int, reason: str, *,
            expected_version: int | None = None) -> AppointmentDTO:
    """The doctor declines; the appointment goes to reception's ``declined_to_rebook`` list."""
    reason = _required_reason(reason, "declined")
    return _set_status(ctx, appointment_id, "declined", groups=_DOCTOR_ACTS, action="decline appointments",
                       doctor_own=True, expected_version=expected_version, reason=reason)


def call(ctx: ServiceContext, appointment_id: int, *, expected_version: int | None = None) -> AppointmentDTO:
    """The doctor calls the patient in: status "in consultation"."""
    return _set_status(ctx, appointment_id, "in_consultation", groups=_DOCTOR_ACTS, action="call patients in",
                       doctor_own=True, expected_version=expected_version, stamp="called_at")


def call_next(ctx: ServiceContext, doctor_id: int | None = None) -> AppointmentDTO | None:
    """Call the first waiting patient of the doctor's queue today; None when nobody is waiting."""
    waiting = [e for e in queue(ctx, doctor_id) if e.appointment.status == "checked_in"]
    if not waiting:
        return None
    return call(ctx, waiting[0].appointment.id)


def complete(ctx: ServiceContext, appointment_id: int, *, expected_version: int | None = None) -> AppointmentDTO:
    return _set_status(ctx, appointment_id, "completed", groups=_DOCTOR_ACTS, action="complete consultations",
                       doctor_own=True, expected_version=expected_version, stamp="completed_at")


def close_declined(ctx: ServiceContext, appointment_id: int, reason: str) -> AppointmentDTO:
    """Take a declined appointment off the to-rebook list when the patient wants no new one."""
    reason = _required_reason(reason, "closed")
    return _set_status(ctx, appointment_id, "cancelled", groups=DESK, action="close declined appointments",
                       reason=reason)


# --- rooms and equipment on their own ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResourceBookingDTO:
    id: int
    resource_id: int
    resource: str
    appointment_id: int | None
    starts_at: datetime
    ends_at: datetime
    purpose: str
    cancelled: bool
    doctor_name: str = ""   # for a room held by an appointment (filled by ``resource_bookings``)
    patient_name: str = ""


def _resource_booking(session: Session, booking_id: int) -> ResourceBookingDTO:
    row = session.execute(select(ResourceBooking, Resource.name)
                          .join(Resource, Resource.id == ResourceBooking.resource_id)
                          .where(ResourceBooking.id == booking_id)).one()
    b: ResourceBooking = row[0]
    return ResourceBookingDTO(id=b.id, resource_id=b.resource_id, resource=row[1], appointment_id=b.appointment_id,
                              starts_at=b.starts_at, ends_at=b.ends_at, purpose=b.purpose, cancelled=b.cancelled)


def book_resource(ctx: ServiceContext, resource_id: int, starts_at: datetime, ends_at: datetime, *,
                  purpose: str) -> ResourceBookingDTO:
    """Book a room or a device (ultrasound, ECG) on its own; the same exclusion constraint guards it."""
    ctx.require(*DESK, action="book rooms and equipment")
    starts_at, ends_at = _aware(starts_at, "starts_at"), _aware(ends_at, "ends_at")
    purpose = _clean_reason(purpose)
    problems: dict[str, str] = {}
    if ends_at <= starts_at:
        problems["ends_at"] = "The booking must end after it starts."
    if not purpose:
        problems["purpose"] = "Say what the room or device is booked for."
    if starts_at < _now() - PAST_GRACE:
        problems["starts_at"] = "This time has already passed. Choose a time from now on."
    if problems:
        raise ValidationFailed(problems)
    try:
        with _write_errors(), ctx.uow() as uow:
            session = uow.session
            if session.get(Resource, resource_id) is None:
                raise NotFound("This room or device no longer exists.")
            session.execute(text("SELECT pg_advisory_xact_lock(:ns, :room)"), {"ns": _LOCK_ROOM, "room": resource_id})
            booking = ResourceBooking(resource_id=resource_id, starts_at=starts_at, ends_at=ends_at, purpose=purpose)
            session.add(booking)
            session.flush()
            result = _resource_booking(session, booking.id)
            uow.commit()
    except _Overlap:
        raise Conflict("This room or device is already booked at that time. Choose another time.") from None
    return result


def cancel_resource_booking(ctx: ServiceContext, booking_id: int) -> ResourceBookingDTO:
    """Free a room or device booked on its own (an appointment's room is freed by cancelling the appointment)."""
    ctx.require(*DESK, action="book rooms and equipment")
    with _write_errors(), ctx.uow() as uow:
        session = uow.session
        booking = session.get(ResourceBooking, booking_id, with_for_update=True)
        if booking is None:
            raise NotFound("This booking no longer exists.")
        if booking.appointment_id is not None:
            raise Conflict("This room belongs to an appointment: cancel or move the appointment instead.")
        booking.cancelled = True
        session.flush()
        result = _resource_booking(session, booking_id)
        uow.commit()
    return result


def resource_bookings(ctx: ServiceContext, day: date, *,
                      resource_ids: Sequence[int] | None = None) -> tuple[ResourceBookingDTO, ...]:
    """The non-cancelled bookings of rooms and devices overlapping a local day, by resource then time.

    A booking held by an appointment carries the doctor's and the patient's names; one made on its own its
    purpose."""
    ctx.require(*READERS, action="see rooms and equipment")
    b = ResourceBooking
    query = (select(b.id, b.resource_id, Resource.name.label("resource"), b.appointment_id, b.starts_at, b.ends_at,
                    b.purpose, b.cancelled, Staff.full_name.label("doctor_name"), Patient.family_name,
                    Patient.given_name)
             .select_from(b)
             .join(Resource, Resource.id == b.resource_id)
             .outerjoin(Appointment, Appointment.id == b.appointment_id)
             .outerjoin(Staff, Staff.id == Appointment.doctor_id)
             .outerjoin(Patient, Patient.id == Appointment.patient_id)
             .where(~b.cancelled)
             .order_by(Resource.name, b.starts_at, b.id))
    if resource_ids is not None:
        query = query.where(b.resource_id.in_(list(resource_ids)))
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        start, end = _clock(conn).day_bounds(day)
        rows = conn.execute(query.where(b.starts_at < end, b.ends_at > start)).all()
    return tuple(ResourceBookingDTO(
        id=r.id, resource_id=r.resource_id, resource=r.resource, appointment_id=r.appointment_id,
        starts_at=r.starts_at, ends_at=r.ends_at, purpose=r.purpose, cancelled=r.cancelled,
        doctor_name=r.doctor_name or "",
        patient_name=display_name(r.family_name, r.given_name) if r.family_name is not None else "")
        for r in rows)


# --- waiting list ----------------------------------------------------------------------------------------


def _waiting_select() -> Select[Any]:
    w = WaitingListEntry
    return (select(w.id, w.patient_id, w.doctor_id, w.specialty_id, w.earliest, w.latest, w.note, w.status,
                   w.created_at, w.version, Patient.family_name, Patient.given_name, Patient.mrn,
                   Staff.full_name.label("doctor_name"), Specialty.name.label("specialty_name"))
            .select_from(WaitingListEntry)
            .join(Patient, Patient.id == WaitingListEntry.patient_id)
            .outerjoin(Staff, Staff.id == WaitingListEntry.doctor_id)
            .outerjoin(Specialty, Specialty.id == WaitingListEntry.specialty_id))


def _waiting(row: Row[Any]) -> WaitingEntryDTO:
    return WaitingEntryDTO(
        id=row.id, patient_id=row.patient_id, patient_name=display_name(row.family_name, row.given_name),
        patient_mrn=row.mrn, doctor_id=row.doctor_id, doctor_name=row.doctor_name, specialty_id=row.specialty_id,
        specialty=row.specialty_name, earliest=row.earliest, latest=row.latest, note=row.note, status=row.status,
        created_at=row.created_at, version=row.version)


def add_to_waiting_list(ctx: ServiceContext, patient_id: int, *, doctor_id: int | None = None,
                        specialty_id: int | None = None, earliest: date | None = None, latest: date | None = None,
                        note: str = "") -> WaitingEntryDTO:
    """Put a patient on the list for an earlier slot with a doctor or any doctor of a specialty."""
    ctx.require(*DESK, action="manage the waiting list")
    problems: dict[str, str] = {}
    if doctor_id is None and specialty_id is None:
        problems["doctor"] = "Choose a doctor or a specialty."
    if earliest is not None and latest is not None and latest < earliest:
        problems["latest"] = "The last acceptable day is before the first one."
    note = note.strip()
    if len(note) > REASON_MAX:
        problems["note"] = f"Keep the note under {REASON_MAX} characters."
    if problems:
        raise ValidationFailed(problems)
    with _write_errors(), ctx.uow() as uow:
        session = uow.session
        _check_patient(session, patient_id)
        entry = WaitingListEntry(patient_id=patient_id, doctor_id=doctor_id, specialty_id=specialty_id,
                                 earliest=earliest or _clock(session).local_day(_now()), latest=latest, note=note)
        session.add(entry)
        session.flush()
        entry_id = entry.id
        uow.commit()
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        return _waiting(conn.execute(_waiting_select().where(WaitingListEntry.id == entry_id)).one())


def waiting_list(ctx: ServiceContext, *, status: str = "waiting") -> tuple[WaitingEntryDTO, ...]:
    ctx.require(Group.RECEPTION, Group.DOCTOR, Group.ADMIN, action="see the waiting list")
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        rows = conn.execute(_waiting_select().where(WaitingListEntry.status == status)
                            .order_by(WaitingListEntry.created_at, WaitingListEntry.id)).all()
    return tuple(_waiting(r) for r in rows)


def waiting_list_matches(ctx: ServiceContext, appointment_id: int, *, limit: int = 5) -> tuple[WaitingEntryDTO, ...]:
    """The first patients waiting for the time an appointment freed: same doctor, or a specialty of that
    doctor, whose acceptable dates include the day; longest waiting first. Nothing is changed."""
    ctx.require(*DESK, action="offer freed slots")
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        clock = _clock(conn)
        freed = conn.execute(select(Appointment.doctor_id, Appointment.starts_at, Appointment.patient_id)
                             .where(Appointment.id == appointment_id)).one_or_none()
        if freed is None:
            raise NotFound("This appointment no longer exists.")
        day = clock.local_day(freed.starts_at)
        specialty_ids = select(DoctorSpecialty.specialty_id).where(DoctorSpecialty.staff_id == freed.doctor_id)
        rows = conn.execute(
            _waiting_select().where(
                WaitingListEntry.status == "waiting",
                WaitingListEntry.patient_id != freed.patient_id,
                WaitingListEntry.earliest <= day,
                (WaitingListEntry.latest.is_(None)) | (WaitingListEntry.latest >= day),
                (WaitingListEntry.doctor_id == freed.doctor_id)
                | and_(WaitingListEntry.doctor_id.is_(None), WaitingListEntry.specialty_id.in_(specialty_ids)))
            .order_by(WaitingListEntry.created_at, WaitingListEntry.id).limit(max(1, limit))).all()
    return tuple(_waiting(r) for r in rows)


WAITING_STATUSES = ("waiting", "offered", "booked", "removed")


def set_waiting_status(ctx: ServiceContext, entry_id: int, status: str, *,
                       expected_version: int | None = None) -> WaitingEntryDTO:
    """Mark a waiting-list entry offered, booked or removed (or waiting again)."""
    ctx.require(*DESK, action="manage the waiting list")
    if status not in WAITING_STATUSES:
        raise ValidationFailed({"status": "Choose waiting, offered, booked or removed."})
    with _write_errors(), ctx.uow() as uow:
        entry = uow.session.get(WaitingListEntry, entry_id, with_for_update=True)
        if entry is None:
            raise NotFound("This waiting-list entry no longer exists.")
        if expected_version is not None and entry.version != expected_version:
            raise Conflict("Someone else changed this waiting-list entry. Reload it and try again.")
        entry.status = status
        uow.session.flush()
        uow.commit()
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        return _waiting(conn.execute(_waiting_select().where(WaitingListEntry.id == entry_id)).one())


__all__ = [
    "AppointmentDTO",
    "AwayDTO",
    "DayView",
    "DoctorDTO",
    "DoctorDay",
    "QueueEntry",
    "ResourceBookingDTO",
    "SessionDTO",
    "SlotDTO",
    "SlotTaken",
    "SpecialtyDTO",
    "WaitingEntryDTO",
    "WeekView",
    "accept",
    "add_to_waiting_list",
    "appointments_of_patient",
    "book",
    "book_resource",
    "call",
    "call_next",
    "can_overbook",
    "cancel",
    "cancel_resource_booking",
    "check_in",
    "close_declined",
    "complete",
    "day_view",
    "decline",
    "declined_to_rebook",
    "doctors",
    "find_slots",
    "get_appointment",
    "mark_no_show",
    "queue",
    "reschedule",
    "resource_bookings",
    "set_waiting_status",
    "specialties",
    "waiting_list",
    "waiting_list_matches",
    "week_view",
]
