"""Doctors: who counts as one, their profiles, specialties, rooms, weekly sessions and absences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from hms_desktop.db.models import (
    DoctorProfile,
    DoctorRoom,
    DoctorSpecialty,
    Resource,
    ScheduleException,
    Specialty,
    WorkTemplate,
)
from hms_desktop.domain.scheduling import Interval, WorkSession


@dataclass(frozen=True, slots=True)
class DoctorRow:
    id: int
    name: str
    title: str
    department_id: int | None
    department: str
    slot_minutes: int | None
    # (specialty id, slot length) of the doctor's specialties that have a length of their own.
    specialty_slot_minutes: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class SpecialtyRow:
    id: int
    name: str
    slot_minutes: int | None
    active: bool = True  # False: retired (0026), not offered for anything new


@dataclass(frozen=True, slots=True)
class SessionRow:
    session: WorkSession
    room: str | None  # the name of the session's room


@dataclass(frozen=True, slots=True)
class AbsenceRow:
    doctor_id: int | None  # None: the whole hospital (a public holiday)
    interval: Interval
    kind: str
    note: str


@dataclass(frozen=True, slots=True)
class ProfileRow:
    staff_id: int
    name: str
    title: str
    department: str
    qualifications: str
    registration_number: str | None
    consultation_fee_code: str | None
    availability_notes: str
    slot_minutes: int | None
    has_photo: bool
    version: int  # 0: no profile saved yet


# A doctor is an active staff member in the doctors' group, or one with a doctor profile.
DOCTORS_SQL = """
    SELECT s.id, s.full_name, s.title, s.department_id, coalesce(dep.name, '') AS department, p.slot_minutes,
           (SELECT coalesce(array_agg(ARRAY[sp.id, sp.slot_minutes] ORDER BY sp.id), '{}')
            FROM doctor_specialty ds2 JOIN specialty sp ON sp.id = ds2.specialty_id
            WHERE ds2.staff_id = s.id AND sp.slot_minutes IS NOT NULL) AS specialty_slots
    FROM staff s
    LEFT JOIN department dep ON dep.id = s.department_id
    LEFT JOIN doctor_profile p ON p.staff_id = s.id
    WHERE s.active
      AND (p.staff_id IS NOT NULL OR 'hms_doctor' = ANY (hms_staff_groups(s.username)))
"""
_DOCTORS_FILTERED = text(DOCTORS_SQL + """
      AND (CAST(:ids AS integer[]) IS NULL OR s.id = ANY (CAST(:ids AS integer[])))
      AND (CAST(:department_id AS integer) IS NULL OR s.department_id = :department_id)
      AND (CAST(:specialty_id AS integer) IS NULL OR EXISTS (
            SELECT 1 FROM doctor_specialty ds WHERE ds.staff_id = s.id AND ds.specialty_id = :specialty_id))
    ORDER BY s.full_name, s.id
""")  # noqa: S608 (only SQL constants of this package are interpolated, never input)

SESSIONS_SQL = """
    SELECT t.staff_id, t.weekday, t.starts, t.ends, t.resource_id, r.name AS room, t.valid_from, t.valid_to,
           t.slot_minutes
    FROM work_template t LEFT JOIN resource r ON r.id = t.resource_id
    WHERE t.staff_id = ANY (:ids) AND t.valid_from <= :last AND (t.valid_to IS NULL OR t.valid_to >= :first)
"""
ABSENCES_SQL = """
    SELECT staff_id, starts_at, ends_at, kind, note FROM schedule_exception
    WHERE (staff_id = ANY (:ids) OR staff_id IS NULL) AND starts_at < :to AND ends_at > :from
"""


def doctor_row(r: object) -> DoctorRow:
    return DoctorRow(id=r.id, name=r.full_name, title=r.title,  # type: ignore[attr-defined]
                     department_id=r.department_id, department=r.department,  # type: ignore[attr-defined]
                     slot_minutes=r.slot_minutes,  # type: ignore[attr-defined]
                     specialty_slot_minutes=tuple((int(k), int(m))
                                                  for k, m in r.specialty_slots or ()))  # type: ignore[attr-defined]


def session_row(r: object) -> SessionRow:
    return SessionRow(WorkSession(doctor_id=r.staff_id, weekday=r.weekday,  # type: ignore[attr-defined]
                                  starts=r.starts, ends=r.ends, resource_id=r.resource_id,  # type: ignore[attr-defined]
                                  valid_from=r.valid_from, valid_to=r.valid_to,  # type: ignore[attr-defined]
                                  slot_minutes=r.slot_minutes), r.room)  # type: ignore[attr-defined]


def absence_row(r: object) -> AbsenceRow:
    return AbsenceRow(doctor_id=r.staff_id,  # type: ignore[attr-defined]
                      interval=Interval(r.starts_at, r.ends_at), kind=r.kind, note=r.note)  # type: ignore[attr-defined]


class DoctorRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- who is a doctor, and their working time ---

    def active(self, *, ids: Sequence[int] | None = None, department_id: int | None = None,
               specialty_id: int | None = None) -> list[DoctorRow]:
        """Active doctors, by name; filtered by id, department or specialty when given."""
        rows = self._session.execute(_DOCTORS_FILTERED, {
            "ids": list(ids) if ids is not None else None, "department_id": department_id,
            "specialty_id": specialty_id})
        return [doctor_row(r) for r in rows]

    def sessions(self, doctor_ids: Sequence[int], first: date, last: date) -> list[SessionRow]:
        """Weekly sessions of these doctors valid on some day from ``first`` to ``last``."""
        rows = self._session.execute(text(SESSIONS_SQL + " ORDER BY t.staff_id, t.weekday, t.starts"),
                                     {"ids": list(doctor_ids), "first": first, "last": last})
        return [session_row(r) for r in rows]

    def absences(self, doctor_ids: Sequence[int], start: datetime, end: datetime) -> list[AbsenceRow]:
        """Their absences and the hospital-wide ones overlapping ``[start, end)``, by start."""
        rows = self._session.execute(text(ABSENCES_SQL + " ORDER BY starts_at"),
                                     {"ids": list(doctor_ids), "from": start, "to": end})
        return [absence_row(r) for r in rows]

    def may_overbook(self) -> bool:
        """Whether the logged-in role is a member of the capability role ``hms_overbook``."""
        return bool(self._session.execute(
            text("SELECT pg_has_role(session_user, 'hms_overbook', 'MEMBER')")).scalar())

    # --- specialties ---

    def specialties(self, *, include_retired: bool = False) -> list[SpecialtyRow]:
        where = "" if include_retired else "WHERE active"
        rows = self._session.execute(text(f"SELECT id, name, slot_minutes, active FROM specialty {where} "  # noqa: S608
                                          "ORDER BY name"))
        return [SpecialtyRow(id=r.id, name=r.name, slot_minutes=r.slot_minutes, active=r.active) for r in rows]

    def specialties_of(self, staff_id: int) -> list[SpecialtyRow]:
        rows = self._session.execute(
            select(Specialty.id, Specialty.name, Specialty.slot_minutes)
            .join(DoctorSpecialty, DoctorSpecialty.specialty_id == Specialty.id)
            .where(DoctorSpecialty.staff_id == staff_id).order_by(Specialty.name))
        return [SpecialtyRow(id=r.id, name=r.name, slot_minutes=r.slot_minutes) for r in rows]

    def add_specialty(self, name: str) -> Specialty:
        specialty = Specialty(name=name)
        self._session.add(specialty)
        self._session.flush()
        return specialty

    def specialties_for_update(self, ids: Sequence[int]) -> dict[int, Specialty]:
        found = self._session.scalars(select(Specialty).where(Specialty.id.in_(list(ids))).with_for_update())
        return {s.id: s for s in found}

    def set_specialties(self, staff_id: int, specialty_ids: Sequence[int]) -> None:
        self._session.execute(delete(DoctorSpecialty).where(DoctorSpecialty.staff_id == staff_id))
        self._session.add_all([DoctorSpecialty(staff_id=staff_id, specialty_id=s) for s in sorted(set(specialty_ids))])
        self._session.flush()

    # --- profiles and rooms ---

    def profile(self, staff_id: int) -> ProfileRow | None:
        r = self._session.execute(text("""
            SELECT s.id, s.full_name, s.title, coalesce(d.name, '') AS department, p.qualifications,
                   p.registration_number, p.consultation_fee_code, p.availability_notes, p.slot_minutes,
                   p.photo IS NOT NULL AS has_photo, p.version
            FROM staff s LEFT JOIN department d ON d.id = s.department_id
            LEFT JOIN doctor_profile p ON p.staff_id = s.id
            WHERE s.id = :id
        """), {"id": staff_id}).one_or_none()
        if r is None:
            return None
        return ProfileRow(staff_id=r.id, name=r.full_name, title=r.title, department=r.department,
                          qualifications=r.qualifications or "", registration_number=r.registration_number,
                          consultation_fee_code=r.consultation_fee_code,
                          availability_notes=r.availability_notes or "", slot_minutes=r.slot_minutes,
                          has_photo=bool(r.has_photo), version=r.version or 0)

    def profile_for_update(self, staff_id: int) -> DoctorProfile | None:
        return self._session.get(DoctorProfile, staff_id, with_for_update=True)

    def add_profile(self, staff_id: int) -> DoctorProfile:
        profile = DoctorProfile(staff_id=staff_id)
        self._session.add(profile)
        return profile

    def room_names_of(self, staff_id: int) -> list[str]:
        return list(self._session.scalars(
            select(Resource.name).join(DoctorRoom, DoctorRoom.resource_id == Resource.id)
            .where(DoctorRoom.staff_id == staff_id).order_by(Resource.name)))

    def set_rooms(self, staff_id: int, resource_ids: Sequence[int]) -> None:
        self._session.execute(delete(DoctorRoom).where(DoctorRoom.staff_id == staff_id))
        self._session.add_all([DoctorRoom(staff_id=staff_id, resource_id=r) for r in sorted(set(resource_ids))])
        self._session.flush()

    # --- weekly sessions (templates) and absences, for editing ---

    def templates(self, staff_id: int, *, on: date | None = None) -> list[tuple[WorkTemplate, str | None]]:
        """A doctor's weekly sessions with their room's name (those valid on ``on`` if given)."""
        query = (select(WorkTemplate, Resource.name).outerjoin(Resource, Resource.id == WorkTemplate.resource_id)
                 .where(WorkTemplate.staff_id == staff_id).order_by(WorkTemplate.weekday, WorkTemplate.starts))
        if on is not None:
            query = query.where(WorkTemplate.valid_from <= on,
                                (WorkTemplate.valid_to.is_(None)) | (WorkTemplate.valid_to >= on))
        return [(t, room) for t, room in self._session.execute(query)]

    def add_template(self, *, staff_id: int, weekday: int, starts: time, ends: time, resource_id: int | None,
                     valid_from: date | None, valid_to: date | None, slot_minutes: int | None) -> WorkTemplate:
        template = WorkTemplate(staff_id=staff_id, weekday=weekday, starts=starts, ends=ends, resource_id=resource_id,
                                valid_to=valid_to, slot_minutes=slot_minutes)
        if valid_from is not None:  # else the column's default, today on the server
            template.valid_from = valid_from
        self._session.add(template)
        self._session.flush()
        return template

    def template_for_update(self, template_id: int) -> WorkTemplate | None:
        return self._session.get(WorkTemplate, template_id, with_for_update=True)

    def remove_template(self, template: WorkTemplate) -> None:
        self._session.delete(template)
        self._session.flush()

    def exceptions(self, *, staff_id: int | None, start: datetime | None,
                   end: datetime | None) -> list[ScheduleException]:
        query = select(ScheduleException).order_by(ScheduleException.starts_at)
        if staff_id is not None:
            query = query.where((ScheduleException.staff_id == staff_id) | ScheduleException.staff_id.is_(None))
        if start is not None:
            query = query.where(ScheduleException.ends_at > start)
        if end is not None:
            query = query.where(ScheduleException.starts_at < end)
        return list(self._session.scalars(query))

    def add_exception(self, *, staff_id: int | None, starts_at: datetime, ends_at: datetime, kind: str,
                      note: str) -> ScheduleException:
        absence = ScheduleException(staff_id=staff_id, starts_at=starts_at, ends_at=ends_at, kind=kind, note=note)
        self._session.add(absence)
        self._session.flush()
        return absence

    def remove_exception(self, exception_id: int) -> bool:
        absence = self._session.get(ScheduleException, exception_id)
        if absence is None:
            return False
        self._session.delete(absence)
        self._session.flush()
        return True
