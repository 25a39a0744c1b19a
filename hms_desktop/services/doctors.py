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

from hms_desktop.db.models import Resource, ScheduleException, WorkTemplate
from hms_desktop.db.queries import calendars as calendar_queries
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.scheduling import EXCEPTION_KIND_LABELS, RESOURCE_KIND_LABELS, within_hours
from hms_desktop.domain.staff import Group
from hms_desktop.domain.wording import plural
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed, user_facing_errors
from hms_desktop.services.scheduling.common import READERS, HospitalTime, WorkingTime, appointment_dto
from hms_desktop.services.scheduling.dtos import AppointmentDTO, SpecialtyDTO

TEXT_MAX = 2000
# The columns' lengths (doctor_profile.registration_number, .consultation_fee_code): longer input gets a
# message next to the field, never a cut or a database error.
REGISTRATION_MAX = 60
FEE_CODE_MAX = 40
ABSENCE_NOTE_MAX = 500
STALE = QT_TRANSLATE_NOOP(
    "services",
    "Someone else changed this profile while you were editing it. Reload it and try again.")


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
        return translate("domain", RESOURCE_KIND_LABELS.get(self.kind, self.kind))


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
        return translate("domain", EXCEPTION_KIND_LABELS.get(self.kind, self.kind))


@dataclass(frozen=True, slots=True)
class ScheduleChange:
    """What a change of hours saved, and the booked appointments that now need moving."""

    affected: tuple[AppointmentDTO, ...]
    template: TemplateDTO | None = None
    exception: ExceptionDTO | None = None


# --- profiles --------------------------------------------------------------------------------------------


def _profile(uow: UnitOfWork, staff_id: int) -> DoctorProfileDTO:
    row = uow.doctors.profile(staff_id)
    if row is None:
        raise NotFound(translate("services", "There is no such staff member."))
    return DoctorProfileDTO(
        staff_id=row.staff_id, name=row.name, title=row.title, department=row.department,
        qualifications=row.qualifications, registration_number=row.registration_number,
        consultation_fee_code=row.consultation_fee_code, availability_notes=row.availability_notes,
        slot_minutes=row.slot_minutes,
        specialties=tuple(SpecialtyDTO(id=s.id, name=s.name) for s in uow.doctors.specialties_of(staff_id)),
        rooms=tuple(uow.doctors.room_names_of(staff_id)), has_photo=row.has_photo, version=row.version)


def get_profile(ctx: ServiceContext, staff_id: int) -> DoctorProfileDTO:
    ctx.require(*READERS, action=translate("services", "see doctor profiles"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return _profile(uow, staff_id)


def _clean_block(value: str) -> str:
    return "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").split("\n")).strip()


def _clean_profile(ctx: ServiceContext, staff_id: int, *, qualifications: str, availability_notes: str,
                   registration_number: str | None, consultation_fee_code: str | None,
                   slot_minutes: int | None) -> tuple[bool, str, str]:
    """Who may save (admin: True) and the cleaned text blocks; ValidationFailed with every problem."""
    is_admin = ctx.user.is_owner or ctx.user.has(Group.ADMIN)
    if not is_admin:
        ctx.require(Group.DOCTOR, action=translate("services", "edit doctor profiles"))
        if ctx.user.staff_id != staff_id:
            raise PermissionDenied(translate("services", "You can only edit your own profile."))
    qualifications, availability_notes = _clean_block(qualifications), _clean_block(availability_notes)
    problems: dict[str, str] = {}
    if len(qualifications) > TEXT_MAX:
        problems["qualifications"] = translate("services", "Keep the qualifications under {limit} characters.").format(
                                         limit=TEXT_MAX)
    if len(availability_notes) > TEXT_MAX:
        problems["availability_notes"] = translate("services", "Keep the notes under {limit} characters.").format(
                                             limit=TEXT_MAX)
    if len((registration_number or "").strip()) > REGISTRATION_MAX:
        problems["registration_number"] = (translate("services", "The registration number is too long (at most {limit} "
                                                                 "characters).").format(limit=REGISTRATION_MAX))
    if len((consultation_fee_code or "").strip()) > FEE_CODE_MAX:
        problems["consultation_fee_code"] = translate("services", "The fee code is too long (at most {limit} "
                                                                  "characters).").format(limit=FEE_CODE_MAX)
    if slot_minutes is not None and not 5 <= slot_minutes <= 240:
        problems["slot_minutes"] = translate("services", "A slot is 5 to 240 minutes long.")
    if problems:
        raise ValidationFailed(problems)
    return is_admin, qualifications, availability_notes


def _write_profile(uow: UnitOfWork, staff_id: int, *, is_admin: bool, qualifications: str,
                   availability_notes: str, expected_version: int, registration_number: str | None,
                   consultation_fee_code: str | None, slot_minutes: int | None) -> None:
    profile = uow.doctors.profile_for_update(staff_id)
    if profile is None:
        if not is_admin:
            raise Conflict(translate("services", "Your profile has not been set up yet. Ask an administrator to create "
                                                 "it."))
        if expected_version != 0:
            raise Conflict(translate("services", STALE))
        profile = uow.doctors.add_profile(staff_id)
    elif profile.version != expected_version:
        raise Conflict(translate("services", STALE))
    profile.qualifications = qualifications
    profile.availability_notes = availability_notes
    if is_admin:
        profile.registration_number = (registration_number or "").strip() or None
        profile.consultation_fee_code = (consultation_fee_code or "").strip() or None
        profile.slot_minutes = slot_minutes
    uow.session.flush()


def update_profile(ctx: ServiceContext, staff_id: int, *, qualifications: str, availability_notes: str,
                   expected_version: int, registration_number: str | None = None,
                   consultation_fee_code: str | None = None, slot_minutes: int | None = None) -> DoctorProfileDTO:
    """A doctor saves their own qualifications and notes; an administrator saves any profile, all fields."""
    is_admin, qualifications, availability_notes = _clean_profile(
        ctx, staff_id, qualifications=qualifications, availability_notes=availability_notes,
        registration_number=registration_number, consultation_fee_code=consultation_fee_code,
        slot_minutes=slot_minutes)
    with user_facing_errors(), ctx.uow() as uow:
        _write_profile(uow, staff_id, is_admin=is_admin, qualifications=qualifications,
                       availability_notes=availability_notes, expected_version=expected_version,
                       registration_number=registration_number, consultation_fee_code=consultation_fee_code,
                       slot_minutes=slot_minutes)
        result = _profile(uow, staff_id)
        uow.commit()
    return result


def save_doctor(ctx: ServiceContext, staff_id: int, *, qualifications: str, availability_notes: str,
                expected_version: int, registration_number: str | None, consultation_fee_code: str | None,
                slot_minutes: int | None, specialty_ids: Sequence[int], resource_ids: Sequence[int]
                ) -> DoctorProfileDTO:
    """An administrator's Save on the doctors page: the profile, its specialties and its rooms in ONE
    transaction, so a refused room (retired, or removed meanwhile) leaves the profile as it was too."""
    ctx.require(Group.ADMIN, action=translate("services", "change a doctor's specialties and rooms"))
    _is_admin, qualifications, availability_notes = _clean_profile(
        ctx, staff_id, qualifications=qualifications, availability_notes=availability_notes,
        registration_number=registration_number, consultation_fee_code=consultation_fee_code,
        slot_minutes=slot_minutes)
    with user_facing_errors(), ctx.uow() as uow:
        _write_profile(uow, staff_id, is_admin=True, qualifications=qualifications,
                       availability_notes=availability_notes, expected_version=expected_version,
                       registration_number=registration_number, consultation_fee_code=consultation_fee_code,
                       slot_minutes=slot_minutes)
        uow.doctors.set_specialties(staff_id, specialty_ids)
        uow.doctors.set_rooms(staff_id, resource_ids)
        uow.session.flush()
        result = _profile(uow, staff_id)
        uow.commit()
    return result


# --- specialties and resources (administrators) ----------------------------------------------------------


def add_specialty(ctx: ServiceContext, name: str) -> SpecialtyDTO:
    ctx.require(Group.ADMIN, action=translate("services", "add specialties"))
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise ValidationFailed({"name": translate("services", "Enter the specialty's name (up to 100 characters).")})
    with user_facing_errors(), ctx.uow() as uow:
        specialty = uow.doctors.add_specialty(name)
        result = SpecialtyDTO(id=specialty.id, name=specialty.name, slot_minutes=specialty.slot_minutes)
        uow.commit()
    return result


def set_specialty_slot_minutes(ctx: ServiceContext, lengths: Mapping[int, int | None]) -> tuple[SpecialtyDTO, ...]:
    """Set the slot length of specialties (``None``: the hospital default), in one transaction.

    A specialty's length applies to its doctors who have none of their own, in sessions without one.
    Returns every specialty, by name.
    """
    ctx.require(Group.ADMIN, action=translate("services", "change the slot length of specialties"))
    if problems := specialty_slot_problems(lengths):
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        result = write_specialty_slot_minutes(uow, lengths)
        uow.commit()
    return result


def specialty_slot_problems(lengths: Mapping[int, int | None]) -> dict[str, str]:
    return {f"slot_minutes_{sid}": translate("services", "A slot is 5 to 240 minutes long.")
            for sid, minutes in lengths.items() if minutes is not None and not 5 <= minutes <= 240}


def write_specialty_slot_minutes(uow: UnitOfWork, lengths: Mapping[int, int | None]) -> tuple[SpecialtyDTO, ...]:
    """The write of ``set_specialty_slot_minutes`` inside a caller's transaction (the settings page's
    Save); checked by ``specialty_slot_problems`` and the caller's permission check first."""
    found = uow.doctors.specialties_for_update(list(lengths))
    if missing := set(lengths) - set(found):
        count = len(missing)
        raise NotFound(plural(count, translate("services", "%n of these specialties no longer exists. Reload and try "
                                                           "again.", None, count),
                              translate("services", "%n of these specialties no longer exist. Reload and try again.",
                                        None, count)))
    for sid, minutes in lengths.items():
        if found[sid].slot_minutes != minutes:
            found[sid].slot_minutes = minutes
    uow.session.flush()
    return tuple(SpecialtyDTO(id=r.id, name=r.name, slot_minutes=r.slot_minutes) for r in uow.doctors.specialties())


def set_specialties(ctx: ServiceContext, staff_id: int, specialty_ids: Sequence[int]) -> DoctorProfileDTO:
    ctx.require(Group.ADMIN, action=translate("services", "change a doctor's specialties"))
    with user_facing_errors(), ctx.uow() as uow:
        uow.doctors.set_specialties(staff_id, specialty_ids)
        result = _profile(uow, staff_id)
        uow.commit()
    return result


def resources(ctx: ServiceContext, *, include_inactive: bool = False) -> tuple[ResourceDTO, ...]:
    ctx.require(*READERS, action=translate("services", "see rooms and equipment"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_resource_dto(r) for r in uow.resources.all(include_inactive=include_inactive))


def add_resource(ctx: ServiceContext, name: str, kind: str, *, department_id: int | None = None) -> ResourceDTO:
    ctx.require(Group.ADMIN, action=translate("services", "add rooms and equipment"))
    name = " ".join(name.split())
    problems: dict[str, str] = {}
    if not name or len(name) > 100:
        problems["name"] = translate("services", "Enter a name (up to 100 characters).")
    if kind not in RESOURCE_KIND_LABELS:
        problems["kind"] = translate("services", "Choose consulting room, procedure room or equipment.")
    if problems:
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        resource = uow.resources.add(name=name, kind=kind, department_id=department_id)
        result = ResourceDTO(id=resource.id, name=name, kind=kind, department_id=department_id, active=True)
        uow.commit()
    return result


def set_rooms(ctx: ServiceContext, staff_id: int, resource_ids: Sequence[int]) -> DoctorProfileDTO:
    ctx.require(Group.ADMIN, action=translate("services", "change a doctor's rooms"))
    with user_facing_errors(), ctx.uow() as uow:
        uow.doctors.set_rooms(staff_id, resource_ids)
        result = _profile(uow, staff_id)
        uow.commit()
    return result


# --- working hours and absences --------------------------------------------------------------------------


def _resource_dto(r: Resource) -> ResourceDTO:
    return ResourceDTO(id=r.id, name=r.name, kind=r.kind, department_id=r.department_id, active=r.active)


def _exception_dto(e: ScheduleException) -> ExceptionDTO:
    return ExceptionDTO(id=e.id, staff_id=e.staff_id, starts_at=e.starts_at, ends_at=e.ends_at, kind=e.kind,
                        note=e.note)


def _template_dto(t: WorkTemplate, room: str | None) -> TemplateDTO:
    return TemplateDTO(id=t.id, staff_id=t.staff_id, weekday=t.weekday, starts=t.starts, ends=t.ends,
                       resource_id=t.resource_id, room=room, valid_from=t.valid_from, valid_to=t.valid_to,
                       slot_minutes=t.slot_minutes, version=t.version)


def templates(ctx: ServiceContext, staff_id: int, *, on: date | None = None) -> tuple[TemplateDTO, ...]:
    """The doctor's weekly sessions (those valid on ``on`` if given), by weekday and time."""
    ctx.require(*READERS, action=translate("services", "see working hours"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_template_dto(t, room) for t, room in uow.doctors.templates(staff_id, on=on))


def _outside_hours(ctx: ServiceContext, uow: UnitOfWork, staff_id: int | None, *, start: date | None = None,
                   days: int = 120) -> tuple[AppointmentDTO, ...]:
    hospital = HospitalTime.read(uow)
    now = ctx.clock.now()
    first = start or hospital.local_day(now)
    last = first + timedelta(days=days)
    window_start, window_end = hospital.day_bounds(first, last)
    rows = calendar_queries.active_appointments_starting(uow.session, staff_id, max(window_start, now), window_end)
    doctor_ids = sorted({r.doctor_id for r in rows})
    if not doctor_ids:
        return ()
    working = WorkingTime.read(uow, doctor_ids, first - timedelta(days=1), last, hospital)
    return tuple(appointment_dto(row) for row in rows
                 if within_hours(working.sessions.get(row.doctor_id, []), working.exceptions_of(row.doctor_id),
                                 row.starts_at, row.ends_at, hospital.tz) is None)


def appointments_outside_hours(ctx: ServiceContext, staff_id: int | None, *, start: date | None = None,
                               days: int = 120) -> tuple[AppointmentDTO, ...]:
    """Active appointments from now on that no longer fit the doctor's hours or fall in an absence.

    ``staff_id`` None: every doctor (after a hospital-wide holiday was added).
    """
    ctx.require(*READERS, action=translate("services", "see appointments"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return _outside_hours(ctx, uow, staff_id, start=start, days=days)


def _check_template(weekday: int, starts: time, ends: time, *, valid_from: date | None, valid_to: date | None,
                    slot_minutes: int | None) -> None:
    problems: dict[str, str] = {}
    if not 0 <= weekday <= 6:
        problems["weekday"] = translate("services", "Choose a day of the week.")
    if ends <= starts:
        problems["ends"] = translate("services", "The session must end after it starts.")
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        problems["valid_to"] = translate("services", "The last day is before the first day.")
    if slot_minutes is not None and not 5 <= slot_minutes <= 240:
        problems["slot_minutes"] = translate("services", "A slot is 5 to 240 minutes long.")
    if problems:
        raise ValidationFailed(problems)


def add_template(ctx: ServiceContext, staff_id: int, weekday: int, starts: time, ends: time, *,
                 resource_id: int | None = None, valid_from: date | None = None, valid_to: date | None = None,
                 slot_minutes: int | None = None) -> ScheduleChange:
    ctx.require(Group.ADMIN, action=translate("services", "change working hours"))
    _check_template(weekday, starts, ends, valid_from=valid_from, valid_to=valid_to, slot_minutes=slot_minutes)
    with user_facing_errors(), ctx.uow() as uow:
        template = uow.doctors.add_template(staff_id=staff_id, weekday=weekday, starts=starts, ends=ends,
                                            resource_id=resource_id, valid_from=valid_from, valid_to=valid_to,
                                            slot_minutes=slot_minutes)
        saved = next(_template_dto(t, room) for t, room in uow.doctors.templates(staff_id) if t.id == template.id)
        change = ScheduleChange(affected=_outside_hours(ctx, uow, staff_id), template=saved)
        uow.commit()
    return change


def end_template(ctx: ServiceContext, template_id: int, last_day: date | None, *,
                 expected_version: int | None = None) -> ScheduleChange:
    """Stop a weekly session after ``last_day`` (None: remove it entirely). Lists what needs moving."""
    ctx.require(Group.ADMIN, action=translate("services", "change working hours"))
    with user_facing_errors(), ctx.uow() as uow:
        template = uow.doctors.template_for_update(template_id)
        if template is None:
            raise NotFound(translate("services", "This session no longer exists."))
        if expected_version is not None and template.version != expected_version:
            raise Conflict(translate("services", "Someone else changed these hours. Reload them and try again."))
        staff_id = template.staff_id
        if last_day is None or last_day < template.valid_from:
            uow.doctors.remove_template(template)
        else:
            template.valid_to = last_day
            uow.session.flush()
        change = ScheduleChange(affected=_outside_hours(ctx, uow, staff_id))
        uow.commit()
    return change


@dataclass(frozen=True, slots=True)
class NewSession:
    weekday: int
    starts: time
    ends: time
    resource_id: int | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    slot_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class NewAbsence:
    starts_at: datetime
    ends_at: datetime
    kind: str
    hospital_wide: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class HoursEdit:
    """One Save of the hours dialog: sessions removed (id, the version the screen showed), sessions added,
    absences removed (ids) and added."""

    remove_sessions: tuple[tuple[int, int], ...] = ()
    add_sessions: tuple[NewSession, ...] = ()
    remove_absences: tuple[int, ...] = ()
    add_absences: tuple[NewAbsence, ...] = ()


def save_hours(ctx: ServiceContext, staff_id: int, edit: HoursEdit) -> ScheduleChange:
    """Apply a whole edit of a doctor's hours in ONE transaction (nothing half-saved when a part is refused:
    a session changed meanwhile, an absence gone, a room the database refuses). ``affected``: the booked
    appointments now outside the hours — the doctor's, and every doctor's when a hospital-wide absence was
    added."""
    ctx.require(Group.ADMIN, action=translate("services", "change working hours"))
    for session in edit.add_sessions:
        _check_template(session.weekday, session.starts, session.ends, valid_from=session.valid_from,
                        valid_to=session.valid_to, slot_minutes=session.slot_minutes)
    for absence in edit.add_absences:
        _check_absence(absence.starts_at, absence.ends_at, absence.kind, absence.note)
    with user_facing_errors(), ctx.uow() as uow:
        for template_id, version in edit.remove_sessions:
            template = uow.doctors.template_for_update(template_id)
            if template is None:
                raise NotFound(translate("services", "A session you changed no longer exists. Nothing was saved; "
                                                     "reload the hours."))
            if template.version != version:
                raise Conflict(translate("services", "Someone else changed these hours. Nothing was saved; reload them "
                                                     "and try again."))
            uow.doctors.remove_template(template)
        for session in edit.add_sessions:
            uow.doctors.add_template(staff_id=staff_id, weekday=session.weekday, starts=session.starts,
                                     ends=session.ends, resource_id=session.resource_id,
                                     valid_from=session.valid_from, valid_to=session.valid_to,
                                     slot_minutes=session.slot_minutes)
        for absence_id in edit.remove_absences:
            if not uow.doctors.remove_exception(absence_id):
                raise NotFound(translate("services", "An absence you removed was already gone. Nothing was saved; "
                                                     "reload the hours."))
        for absence in edit.add_absences:
            uow.doctors.add_exception(staff_id=None if absence.hospital_wide else staff_id,
                                      starts_at=absence.starts_at, ends_at=absence.ends_at, kind=absence.kind,
                                      note=absence.note.strip())
        uow.session.flush()
        found = {a.id: a for a in _outside_hours(ctx, uow, staff_id)}
        if any(a.hospital_wide for a in edit.add_absences):
            found.update({a.id: a for a in _outside_hours(ctx, uow, None)})
        change = ScheduleChange(affected=tuple(sorted(found.values(), key=lambda a: a.starts_at)))
        uow.commit()
    return change


def exceptions(ctx: ServiceContext, *, staff_id: int | None = None, start: datetime | None = None,
               end: datetime | None = None) -> tuple[ExceptionDTO, ...]:
    """Absences of a doctor (and the hospital-wide ones) overlapping ``start``–``end``."""
    ctx.require(*READERS, action=translate("services", "see absences"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_exception_dto(e) for e in uow.doctors.exceptions(staff_id=staff_id, start=start, end=end))


def _check_absence(starts_at: datetime, ends_at: datetime, kind: str, note: str) -> None:
    problems: dict[str, str] = {}
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        problems["starts_at"] = translate("services", "The times have no time zone; this is a bug in the calling "
                                                      "screen.")
    elif ends_at <= starts_at:
        problems["ends_at"] = translate("services", "The absence must end after it starts.")
    if kind not in EXCEPTION_KIND_LABELS:
        problems["kind"] = translate("services", "Choose leave, training, public holiday or other.")
    if len(note.strip()) > ABSENCE_NOTE_MAX:
        problems["note"] = translate("services", "Keep the note under {limit} characters.").format(
                               limit=ABSENCE_NOTE_MAX)
    if problems:
        raise ValidationFailed(problems)


def add_exception(ctx: ServiceContext, staff_id: int | None, starts_at: datetime, ends_at: datetime, *, kind: str,
                  note: str = "") -> ScheduleChange:
    """Record leave, training or a public holiday (``staff_id`` None: the whole hospital)."""
    ctx.require(Group.ADMIN, action=translate("services", "record absences"))
    _check_absence(starts_at, ends_at, kind, note)
    with user_facing_errors(), ctx.uow() as uow:
        absence = uow.doctors.add_exception(staff_id=staff_id, starts_at=starts_at, ends_at=ends_at, kind=kind,
                                            note=note.strip())
        change = ScheduleChange(affected=_outside_hours(ctx, uow, staff_id), exception=_exception_dto(absence))
        uow.commit()
    return change


def remove_exception(ctx: ServiceContext, exception_id: int) -> None:
    ctx.require(Group.ADMIN, action=translate("services", "record absences"))
    with user_facing_errors(), ctx.uow() as uow:
        if not uow.doctors.remove_exception(exception_id):
            raise NotFound(translate("services", "This absence no longer exists."))
        uow.commit()
