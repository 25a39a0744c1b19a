"""Reading the schedules: doctors and specialties, one appointment, the day (a column per doctor), one
doctor's week, the doctor's queue and reception's declined-to-rebook list. Each is one unit of work."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from hms_desktop.db.queries import calendars as calendar_queries
from hms_desktop.db.queries import queues
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.scheduling import AppointmentStatus
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound, ValidationFailed, user_facing_errors
from hms_desktop.services.scheduling.common import (
    READERS,
    HospitalTime,
    WorkingTime,
    appointment_dto,
    base_slot_minutes,
    doctor_dto,
)
from hms_desktop.services.scheduling.dtos import (
    AppointmentDTO,
    AwayDTO,
    DayView,
    DoctorDay,
    DoctorDTO,
    QueueEntry,
    SessionDTO,
    SpecialtyDTO,
    WeekView,
)


def active_doctors(uow: UnitOfWork, *, ids: Sequence[int] | None = None, department_id: int | None = None,
                   specialty_id: int | None = None) -> list[DoctorDTO]:
    return [doctor_dto(r) for r in uow.doctors.active(ids=ids, department_id=department_id,
                                                      specialty_id=specialty_id)]


def doctors(ctx: ServiceContext, *, specialty_id: int | None = None,
            department_id: int | None = None) -> tuple[DoctorDTO, ...]:
    """Active doctors (in the doctors' group, or with a doctor profile), by name."""
    ctx.require(*READERS, action=translate("services", "see the doctors' schedules"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(active_doctors(uow, specialty_id=specialty_id, department_id=department_id))


def specialties(ctx: ServiceContext, *, include_retired: bool = False) -> tuple[SpecialtyDTO, ...]:
    """Active specialties by name (what booking, the waiting list and filters offer); ``include_retired``:
    retired ones too (a doctor's page keeps showing one the doctor already has)."""
    ctx.require(*READERS, action=translate("services", "see the specialties"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(SpecialtyDTO(id=r.id, name=r.name, slot_minutes=r.slot_minutes, active=r.active)
                     for r in uow.doctors.specialties(include_retired=include_retired))


def hospital_time_zone(ctx: ServiceContext) -> ZoneInfo:
    """The zone of working hours and of a "day" (setting ``time_zone``), for screens that edit hours."""
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return HospitalTime.read(uow).tz


def can_overbook(ctx: ServiceContext) -> bool:
    """Whether this user may book over an existing appointment (administrators and hms_overbook members)."""
    if ctx.user.is_owner or ctx.user.has(Group.ADMIN):
        return True
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return uow.doctors.may_overbook()


def appointment_of(uow: UnitOfWork, appointment_id: int) -> AppointmentDTO:
    row = uow.appointments.by_id(appointment_id)
    if row is None:
        raise NotFound(translate("services", "This appointment no longer exists."))
    return appointment_dto(row)


def get_appointment(ctx: ServiceContext, appointment_id: int) -> AppointmentDTO:
    ctx.require(*READERS, action=translate("services", "see appointments"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return appointment_of(uow, appointment_id)


def appointments_of_patient(ctx: ServiceContext, patient_id: int, *, limit: int = 50) -> tuple[AppointmentDTO, ...]:
    """The patient's appointments, newest first."""
    ctx.require(*READERS, action=translate("services", "see appointments"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(appointment_dto(r) for r in uow.appointments.of_patient(patient_id, limit=max(1, limit)))


def _doctor_days(uow: UnitOfWork, hospital: HospitalTime, chosen: Sequence[DoctorDTO], first: date,
                 last: date) -> list[DoctorDay]:
    ids = [d.id for d in chosen]
    working = WorkingTime.read(uow, ids, first, last, hospital)
    start, end = hospital.day_bounds(first, last)
    # Every appointment of every doctor in the window, in one query.
    by_key: dict[tuple[int, date], list[AppointmentDTO]] = defaultdict(list)
    for row in calendar_queries.appointments_starting(uow.session, ids, start, end):
        by_key[(row.doctor_id, hospital.local_day(row.starts_at))].append(appointment_dto(row))
    days: list[DoctorDay] = []
    for doctor in chosen:
        day = first
        while day <= last:
            day_start, day_end = hospital.day_bounds(day)
            sessions = []
            for s in working.sessions.get(doctor.id, []):
                if s.applies_on(day):
                    s_start, s_end = s.bounds(day, hospital.tz)
                    sessions.append(SessionDTO(
                        starts_at=s_start, ends_at=s_end, resource_id=s.resource_id,
                        room=working.rooms.get(s.resource_id) if s.resource_id is not None else None,
                        slot_minutes=s.slot_minutes or base_slot_minutes(doctor, hospital)))
            away = tuple(
                AwayDTO(starts_at=a.interval.starts_at, ends_at=a.interval.ends_at, kind=a.kind, note=a.note,
                        hospital_wide=key is None)
                for key in (doctor.id, None) for a in working.away.get(key, [])
                if a.interval.overlaps(day_start, day_end))
            days.append(DoctorDay(doctor=doctor, day=day, sessions=tuple(sorted(sessions, key=lambda s: s.starts_at)),
                                  away=away, appointments=tuple(by_key.get((doctor.id, day), ()))))
            day += timedelta(days=1)
    return days


def day_view(ctx: ServiceContext, day: date, *, department_id: int | None = None, specialty_id: int | None = None,
             doctor_ids: Sequence[int] | None = None) -> DayView:
    """A column per doctor for one local day: sessions, absences and every appointment (all statuses)."""
    ctx.require(*READERS, action=translate("services", "see the doctors' schedules"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        hospital = HospitalTime.read(uow)
        chosen = active_doctors(uow, ids=doctor_ids, department_id=department_id, specialty_id=specialty_id)
        return DayView(day=day, columns=tuple(_doctor_days(uow, hospital, chosen, day, day)),
                       today=hospital.local_day(ctx.clock.now()))


def week_view(ctx: ServiceContext, doctor_id: int, monday: date) -> WeekView:
    """One doctor's week, Monday to Sunday (``monday`` may be any day; its week is shown)."""
    ctx.require(*READERS, action=translate("services", "see the doctors' schedules"))
    monday = monday - timedelta(days=monday.weekday())
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        hospital = HospitalTime.read(uow)
        chosen = active_doctors(uow, ids=[doctor_id])
        if not chosen:
            raise NotFound(translate("services", "This doctor is not in the list of active doctors."))
        days = _doctor_days(uow, hospital, chosen, monday, monday + timedelta(days=6))
    return WeekView(doctor=chosen[0], monday=monday, days=tuple(days))


def queue(ctx: ServiceContext, doctor_id: int | None = None, day: date | None = None) -> tuple[QueueEntry, ...]:
    """Patients checked in for a doctor today (or ``day``): the one in consultation first, then by time."""
    ctx.require(*READERS, action=translate("services", "see the queue"))
    doctor_id = doctor_id if doctor_id is not None else ctx.user.staff_id
    if doctor_id is None:
        raise ValidationFailed({"doctor": translate("services", "Choose whose queue to show.")})
    now = ctx.clock.now()
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        hospital = HospitalTime.read(uow)
        start, end = hospital.day_bounds(day or hospital.local_day(now))
        rows = queues.doctor_queue(uow.session, doctor_id, start, end)
    entries = []
    for row in rows:
        dto = appointment_dto(row)
        waited = (now - dto.checked_in_at if dto.status == AppointmentStatus.CHECKED_IN and dto.checked_in_at
                  else timedelta(0))
        entries.append(QueueEntry(appointment=dto, waiting_minutes=max(0, int(waited.total_seconds() // 60))))
    return tuple(entries)


def declined_to_rebook(ctx: ServiceContext) -> tuple[AppointmentDTO, ...]:
    """Appointments a doctor declined that nobody has rebooked (or closed) yet: reception's to-do list."""
    ctx.require(*READERS, action=translate("services", "see declined appointments"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(appointment_dto(r) for r in calendar_queries.declined_not_rebooked(uow.session))
