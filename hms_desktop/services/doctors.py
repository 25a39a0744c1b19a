"""Doctors' profiles, specialties, rooms, working hours and absences.

Doctors edit their own qualifications and availability notes (a row-level security policy on
``doctor_profile`` enforces "own" in the database); administrators edit everything. Changing hours or
adding an absence never touches appointments: the change is saved and the appointments that now fall
outside the doctor's hours come back in ``ScheduleChange.affected``, for reception to move. Nothing is
dropped silently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, select, text

from hms_desktop.db.models import (
    Appointment,
    DoctorProfile,
    DoctorRoom,
    DoctorSpecialty,
    Resource,
    ScheduleException,
    Specialty,
    WorkTemplate,
)
from hms_desktop.domain.scheduling import (
    ACTIVE_STATUSES,
    EXCEPTION_KIND_LABELS,
    RESOURCE_KIND_LABELS,
    within_hours,
)
from hms_desktop.domain.staff import Group
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed, user_facing_errors
from hms_desktop.services.scheduling import (
    READERS,
    AppointmentDTO,
    SpecialtyDTO,
    _appointment,
    _appointments_select,
    _calendar,
    _clock,
    _now,
)

TEXT_MAX = 2000
STALE = "Someone else changed this profile while you were editing it. Reload it and try again."


@dataclass(frozen=True, slots=True)
class DoctorProfileDTO:
    staff_id: int
    name: str
    title: str
    department: str
    qualifications: str
    registration_number: str | None
    consultation_fee_code: str | None
    availability_notes: str
    slot_minutes: int | None
    specialties: tuple[SpecialtyDTO, ...]
    rooms: tuple[str, ...]
    has_photo: bool
    version: int  # 0: no profile saved yet


@dataclass(frozen=True, slots=True)
class ResourceDTO:
    id: int
    name: str
    kind: str
    department_id: int | None
    active: bool

    @property
    def kind_label(self) -> str:
        return RESOURCE_KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True, slots=True)
class TemplateDTO:
    id: int
    staff_id: int
    weekday: int
    starts: time
    ends: time
    resource_id: int | None
    room: str | None
    valid_from: date
    valid_to: date | None
    slot_minutes: int | None
    version: int


@dataclass(frozen=True, slots=True)
class ExceptionDTO:
    id: int
    staff_id: int | None  # None: the whole hospital
    starts_at: datetime
    ends_at: datetime
    kind: str
    note: str

    @property
    def kind_label(self) -> str:
        return EXCEPTION_KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True, slots=True)
class ScheduleChange:
    """What a change of hours saved, and the booked appointments that now need moving."""

    affected: tuple[AppointmentDTO, ...]
    template: TemplateDTO | None = None
    exception: ExceptionDTO | None = None


# --- profiles --------------------------------------------------------------------------------------------


def get_profile(ctx: ServiceContext, staff_id: int) -> DoctorProfileDTO:
    ctx.require(*READERS, action="see doctor profiles")
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        row = conn.execute(text("""
            SELECT s.id, s.full_name, s.title, coalesce(d.name, '') AS department, p.qualifications,
                   p.registration_number, p.consultation_fee_code, p.availability_notes, p.slot_minutes,
                   p.photo IS NOT NULL AS has_photo, p.version
            FROM staff s LEFT JOIN department d ON d.id = s.department_id
            LEFT JOIN doctor_profile p ON p.staff_id = s.id
            WHERE s.id = :id
        """), {"id": staff_id}).one_or_none()
        if row is None:
            raise NotFound("There is no such staff member.")
        specialties = conn.execute(select(Specialty.id, Specialty.name).join(
            DoctorSpecialty, DoctorSpecialty.specialty_id == Specialty.id).where(DoctorSpecialty.staff_id == staff_id)
            .order_by(Specialty.name)).all()
        rooms = conn.execute(select(Resource.name).join(DoctorRoom, DoctorRoom.resource_id == Resource.id)
                             .where(DoctorRoom.staff_id == staff_id).order_by(Resource.name)).scalars().all()
    return DoctorProfileDTO(
        staff_id=row.id, name=row.full_name, title=row.title, department=row.department,
        qualifications=row.qualifications or "", registration_number=row.registration_number,
        consultation_fee_code=row.consultation_fee_code, availability_notes=row.availability_notes or "",
        slot_minutes=row.slot_minutes, specialties=tuple(SpecialtyDTO(id=s.id, name=s.name) for s in specialties),
        rooms=tuple(rooms), has_photo=bool(row.has_photo), version=row.version or 0)


def _clean_block(value: str) -> str:
    return "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").split("\n")).strip()


def update_profile(ctx: ServiceContext, staff_id: int, *, qualifications: str, availability_notes: str,
                   expected_version: int, registration_number: str | None = None,
                   consultation_fee_code: str | None = None, slot_minutes: int | None = None) -> DoctorProfileDTO:
    """A doctor saves their own qualifications and notes; an administrator saves any profile, all fields."""
    is_admin = ctx.user.is_owner or ctx.user.has(Group.ADMIN)
    if not is_admin:
        ctx.require(Group.DOCTOR, action="edit doctor profiles")
        if ctx.user.staff_id != staff_id:
            raise PermissionDenied("You can only edit your own profile.")
    qualifications, availability_notes = _clean_block(qualifications), _clean_block(availability_notes)
    problems: dict[str, str] = {}
    if len(qualifications) > TEXT_MAX:
        problems["qualifications"] = f"Keep the qualifications under {TEXT_MAX} characters."
    if len(availability_notes) > TEXT_MAX:
        problems["availability_notes"] = f"Keep the notes under {TEXT_MAX} characters."
    if slot_minutes is not None and not 5 <= slot_minutes <= 240:
        problems["slot_minutes"] = "A slot is 5 to 240 minutes long."
    if problems:
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        session = uow.session
        profile = session.get(DoctorProfile, staff_id, with_for_update=True)
        if profile is None:
            if not is_admin:
                raise Conflict("Your profile has not been set up yet. Ask an administrator to create it.")
            if expected_version != 0:
                raise Conflict(STALE)
            profile = DoctorProfile(staff_id=staff_id)
            session.add(profile)
        elif profile.version != expected_version:
            raise Conflict(STALE)
        profile.qualifications = qualifications
        profile.availability_notes = availability_notes
        if is_admin:
            profile.registration_number = (registration_number or "").strip() or None
            profile.consultation_fee_code = (consultation_fee_code or "").strip() or None
            profile.slot_minutes = slot_minutes
        session.flush()
        uow.commit()
    return get_profile(ctx, staff_id)


# --- specialties and resources (administrators) ----------------------------------------------------------


def add_specialty(ctx: ServiceContext, name: str) -> SpecialtyDTO:
    ctx.require(Group.ADMIN, action="add specialties")
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise ValidationFailed({"name": "Enter the specialty's name (up to 100 characters)."})
    with user_facing_errors(), ctx.uow() as uow:
        specialty = Specialty(name=name)
        uow.session.add(specialty)
        uow.session.flush()
        result = SpecialtyDTO(id=specialty.id, name=specialty.name, slot_minutes=specialty.slot_minutes)
        uow.commit()
    return result


def set_specialty_slot_minutes(ctx: ServiceContext, lengths: Mapping[int, int | None]) -> tuple[SpecialtyDTO, ...]:
    """Set the slot length of specialties (``None``: the hospital default), in one transaction.

    A specialty's length applies to its doctors who have none of their own, in sessions without one.
    Returns every specialty, by name.
    """
    ctx.require(Group.ADMIN, action="change the slot length of specialties")
    problems = {f"slot_minutes_{sid}": "A slot is 5 to 240 minutes long."
                for sid, minutes in lengths.items() if minutes is not None and not 5 <= minutes <= 240}
    if problems:
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        session = uow.session
        found = {s.id: s for s in session.scalars(select(Specialty).where(Specialty.id.in_(list(lengths)))
                                                  .with_for_update())}
        if missing := set(lengths) - set(found):
            raise NotFound(f"{len(missing)} of these specialties no longer exist. Reload and try again.")
        for sid, minutes in lengths.items():
            if found[sid].slot_minutes != minutes:
                found[sid].slot_minutes = minutes
        session.flush()
        result = tuple(SpecialtyDTO(id=r.id, name=r.name, slot_minutes=r.slot_minutes)
                       for r in session.scalars(select(Specialty).order_by(Specialty.name)))
        uow.commit()
    return result


def set_specialties(ctx: ServiceContext, staff_id: int, specialty_ids: Sequence[int]) -> DoctorProfileDTO:
    ctx.require(Group.ADMIN, action="change a doctor's specialties")
    with user_facing_errors(), ctx.uow() as uow:
        session = uow.session
        session.execute(delete(DoctorSpecialty).where(DoctorSpecialty.staff_id == staff_id))
        session.add_all([DoctorSpecialty(staff_id=staff_id, specialty_id=s) for s in sorted(set(specialty_ids))])
        session.flush()
        uow.commit()
    return get_profile(ctx, staff_id)


def resources(ctx: ServiceContext, *, include_inactive: bool = False) -> tuple[ResourceDTO, ...]:
    ctx.require(*READERS, action="see rooms and equipment")
    query = select(Resource).order_by(Resource.kind, Resource.name)
    if not include_inactive:
        query = query.where(Resource.active)
    with user_facing_errors(), ctx.uow() as uow:
        return tuple(ResourceDTO(id=r.id, name=r.name, kind=r.kind, department_id=r.department_id, active=r.active)
                     for r in uow.session.scalars(query))


def add_resource(ctx: ServiceContext, name: str, kind: str, *, department_id: int | None = None) -> ResourceDTO:
    ctx.require(Group.ADMIN, action="add rooms and equipment")
    name = " ".join(name.split())
    problems: dict[str, str] = {}
    if not name or len(name) > 100:
        problems["name"] = "Enter a name (up to 100 characters)."
    if kind not in RESOURCE_KIND_LABELS:
        problems["kind"] = "Choose consulting room, procedure room or equipment."
    if problems:
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        resource = Resource(name=name, kind=kind, department_id=department_id)
        uow.session.add(resource)
        uow.session.flush()
        result = ResourceDTO(id=resource.id, name=name, kind=kind, department_id=department_id, active=True)
        uow.commit()
    return result


def set_rooms(ctx: ServiceContext, staff_id: int, resource_ids: Sequence[int]) -> DoctorProfileDTO:
    ctx.require(Group.ADMIN, action="change a doctor's rooms")
    with user_facing_errors(), ctx.uow() as uow:
        session = uow.session
        session.execute(delete(DoctorRoom).where(DoctorRoom.staff_id == staff_id))
        session.add_all([DoctorRoom(staff_id=staff_id, resource_id=r) for r in sorted(set(resource_ids))])
        session.flush()
        uow.commit()
    return get_profile(ctx, staff_id)


# --- working hours and absences --------------------------------------------------------------------------


def _template_dto(t: WorkTemplate, room: str | None) -> TemplateDTO:
    return TemplateDTO(id=t.id, staff_id=t.staff_id, weekday=t.weekday, starts=t.starts, ends=t.ends,
                       resource_id=t.resource_id, room=room, valid_from=t.valid_from, valid_to=t.valid_to,
                       slot_minutes=t.slot_minutes, version=t.version)


def templates(ctx: ServiceContext, staff_id: int, *, on: date | None = None) -> tuple[TemplateDTO, ...]:
    """The doctor's weekly sessions (those valid on ``on`` if given), by weekday and time."""
    ctx.require(*READERS, action="see working hours")
    query = (select(WorkTemplate, Resource.name).outerjoin(Resource, Resource.id == WorkTemplate.resource_id)
             .where(WorkTemplate.staff_id == staff_id).order_by(WorkTemplate.weekday, WorkTemplate.starts))
    if on is not None:
        query = query.where(WorkTemplate.valid_from <= on,
                            (WorkTemplate.valid_to.is_(None)) | (WorkTemplate.valid_to >= on))
    with user_facing_errors(), ctx.uow() as uow:
        return tuple(_template_dto(t, room) for t, room in uow.session.execute(query))


def appointments_outside_hours(ctx: ServiceContext, staff_id: int | None, *, start: date | None = None,
                               days: int = 120) -> tuple[AppointmentDTO, ...]:
    """Active appointments from now on that no longer fit the doctor's hours or fall in an absence.

    ``staff_id`` None: every doctor (after a hospital-wide holiday was added).
    """
    ctx.require(*READERS, action="see appointments")
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        clock = _clock(conn)
        now = _now()
        first = start or clock.local_day(now)
        last = first + timedelta(days=days)
        window_start, window_end = clock.day_bounds(first, last)
        query = _appointments_select().where(
            Appointment.status.in_(sorted(ACTIVE_STATUSES)), Appointment.overbooked.is_(False),
            Appointment.starts_at >= max(window_start, now), Appointment.starts_at < window_end)
        if staff_id is not None:
            query = query.where(Appointment.doctor_id == staff_id)
        rows = conn.execute(query.order_by(Appointment.starts_at)).all()
        doctor_ids = sorted({r.doctor_id for r in rows})
        calendar = _calendar(conn, doctor_ids, first - timedelta(days=1), last, clock) if doctor_ids else None
    affected = []
    for row in rows:
        assert calendar is not None
        if within_hours(calendar.sessions.get(row.doctor_id, []), calendar.exceptions_of(row.doctor_id),
                        row.starts_at, row.ends_at, clock.tz) is None:
            affected.append(_appointment(row))
    return tuple(affected)


def _check_template(weekday: int, starts: time, ends: time, *, valid_from: date | None, valid_to: date | None,
                    slot_minutes: int | None) -> None:
    problems: dict[str, str] = {}
    if not 0 <= weekday <= 6:
        problems["weekday"] = "Choose a day of the week."
    if ends <= starts:
        problems["ends"] = "The session must end after it starts."
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        problems["valid_to"] = "The last day is before the first day."
    if slot_minutes is not None and not 5 <= slot_minutes <= 240:
        problems["slot_minutes"] = "A slot is 5 to 240 minutes long."
    if problems:
        raise ValidationFailed(problems)


def add_template(ctx: ServiceContext, staff_id: int, weekday: int, starts: time, ends: time, *,
                 resource_id: int | None = None, valid_from: date | None = None, valid_to: date | None = None,
                 slot_minutes: int | None = None) -> ScheduleChange:
    ctx.require(Group.ADMIN, action="change working hours")
    _check_template(weekday, starts, ends, valid_from=valid_from, valid_to=valid_to, slot_minutes=slot_minutes)
    with user_facing_errors(), ctx.uow() as uow:
        template = WorkTemplate(staff_id=staff_id, weekday=weekday, starts=starts, ends=ends, resource_id=resource_id,
                                valid_to=valid_to, slot_minutes=slot_minutes)
        if valid_from is not None:
            template.valid_from = valid_from
        uow.session.add(template)
        uow.session.flush()
        template_id = template.id
        uow.commit()
    saved = next(t for t in templates(ctx, staff_id) if t.id == template_id)
    return ScheduleChange(affected=appointments_outside_hours(ctx, staff_id), template=saved)


def end_template(ctx: ServiceContext, template_id: int, last_day: date | None, *,
                 expected_version: int | None = None) -> ScheduleChange:
    """Stop a weekly session after ``last_day`` (None: remove it entirely). Lists what needs moving."""
    ctx.require(Group.ADMIN, action="change working hours")
    with user_facing_errors(), ctx.uow() as uow:
        template = uow.session.get(WorkTemplate, template_id, with_for_update=True)
        if template is None:
            raise NotFound("This session no longer exists.")
        if expected_version is not None and template.version != expected_version:
            raise Conflict("Someone else changed these hours. Reload them and try again.")
        staff_id = template.staff_id
        if last_day is None or last_day < template.valid_from:
            uow.session.delete(template)
        else:
            template.valid_to = last_day
        uow.session.flush()
        uow.commit()
    return ScheduleChange(affected=appointments_outside_hours(ctx, staff_id))


def exceptions(ctx: ServiceContext, *, staff_id: int | None = None, start: datetime | None = None,
               end: datetime | None = None) -> tuple[ExceptionDTO, ...]:
    """Absences of a doctor (and the hospital-wide ones) overlapping ``start``–``end``."""
    ctx.require(*READERS, action="see absences")
    query = select(ScheduleException).order_by(ScheduleException.starts_at)
    if staff_id is not None:
        query = query.where((ScheduleException.staff_id == staff_id) | ScheduleException.staff_id.is_(None))
    if start is not None:
        query = query.where(ScheduleException.ends_at > start)
    if end is not None:
        query = query.where(ScheduleException.starts_at < end)
    with user_facing_errors(), ctx.uow() as uow:
        return tuple(ExceptionDTO(id=e.id, staff_id=e.staff_id, starts_at=e.starts_at, ends_at=e.ends_at, kind=e.kind,
                                  note=e.note) for e in uow.session.scalars(query))


def add_exception(ctx: ServiceContext, staff_id: int | None, starts_at: datetime, ends_at: datetime, *, kind: str,
                  note: str = "") -> ScheduleChange:
    """Record leave, training or a public holiday (``staff_id`` None: the whole hospital)."""
    ctx.require(Group.ADMIN, action="record absences")
    problems: dict[str, str] = {}
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        problems["starts_at"] = "The times have no time zone; this is a bug in the calling screen."
    elif ends_at <= starts_at:
        problems["ends_at"] = "The absence must end after it starts."
    if kind not in EXCEPTION_KIND_LABELS:
        problems["kind"] = "Choose leave, training, public holiday or other."
    if problems:
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        absence = ScheduleException(staff_id=staff_id, starts_at=starts_at, ends_at=ends_at, kind=kind,
                                    note=note.strip())
        uow.session.add(absence)
        uow.session.flush()
        saved = ExceptionDTO(id=absence.id, staff_id=staff_id, starts_at=starts_at, ends_at=ends_at, kind=kind,
                             note=absence.note)
        uow.commit()
    return ScheduleChange(affected=appointments_outside_hours(ctx, staff_id), exception=saved)


def remove_exception(ctx: ServiceContext, exception_id: int) -> None:
    ctx.require(Group.ADMIN, action="record absences")
    with user_facing_errors(), ctx.uow() as uow:
        absence = uow.session.get(ScheduleException, exception_id)
        if absence is None:
            raise NotFound("This absence no longer exists.")
        uow.session.delete(absence)
        uow.session.flush()
        uow.commit()
