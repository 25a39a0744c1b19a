"""What every scheduling use case shares: the hospital's time, the groups allowed, DTOs from rows, and
turning database refusals (overlaps, stale versions, the guard on finished appointments) into words."""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import exc as sa_exc

from hms_desktop import i18n
from hms_desktop.db.repositories.appointments import AppointmentRow
from hms_desktop.db.repositories.doctors import AbsenceRow, DoctorRow, SessionRow
from hms_desktop.db.repositories.waiting_list import WaitingRow
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.names import display_name
from hms_desktop.domain.permissions import FRONT_DESK, SCHEDULE_READERS
from hms_desktop.domain.scheduling import (
    MAX_SLOTS_PER_APPOINTMENT,
    Interval,
    TransitionRefused,
    WorkSession,
    slot_length,
)
from hms_desktop.domain.settings import HospitalSettings
from hms_desktop.services.errors import Conflict, ServiceError, ValidationFailed, translate
from hms_desktop.services.scheduling.dtos import AppointmentDTO, DoctorDTO, WaitingEntryDTO

READERS = SCHEDULE_READERS
DESK = FRONT_DESK
REASON_MAX = 500
DEFAULT_SLOT_MINUTES = 15
DEFAULT_TIME_ZONE = "Europe/London"
# A booking a minute or two after the slot began (the patient is at the desk) is still fine.
PAST_GRACE = timedelta(minutes=5)
# Appointments are at most MAX_SLOTS × 240 minutes long: reading from this far back finds every overlap.
LONGEST_APPOINTMENT = timedelta(minutes=MAX_SLOTS_PER_APPOINTMENT * 240)

TRY_AGAIN = i18n.QT_TRANSLATE_NOOP(
    "services",
    "Someone else changed this appointment at the same moment; nothing was saved. Reload and try again.")
STALE = i18n.QT_TRANSLATE_NOOP(
    "services",
    "Someone else changed this appointment while you were looking at it. Reload it and try again.")
PASSED = i18n.QT_TRANSLATE_NOOP("services", "This time has already passed. Choose a time from now on.")


@dataclass(frozen=True, slots=True)
class HospitalTime:
    """The hospital's time zone and default slot length: a "day" and "today" are the hospital's, never
    the workstation's."""

    tz: ZoneInfo
    default_slot_minutes: int

    @classmethod
    def of(cls, settings: HospitalSettings) -> HospitalTime:
        try:
            tz = ZoneInfo(settings.time_zone or DEFAULT_TIME_ZONE)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            tz = ZoneInfo(DEFAULT_TIME_ZONE)
        minutes = settings.default_slot_minutes
        return cls(tz=tz, default_slot_minutes=minutes if 5 <= minutes <= 240 else DEFAULT_SLOT_MINUTES)

    @classmethod
    def read(cls, uow: UnitOfWork) -> HospitalTime:
        return cls.of(uow.settings.read())

    def day_bounds(self, first: date, last: date | None = None) -> tuple[datetime, datetime]:
        """The instants at which local day ``first`` starts and local day ``last`` (default ``first``) ends."""
        last = last or first
        return (datetime.combine(first, time(0), tzinfo=self.tz).astimezone(UTC),
                datetime.combine(last + timedelta(days=1), time(0), tzinfo=self.tz).astimezone(UTC))

    def local_day(self, instant: datetime) -> date:
        return instant.astimezone(self.tz).date()


def base_slot_minutes(doctor: DoctorDTO, hospital: HospitalTime, specialty_id: int | None = None) -> int:
    """The doctor's slot length where a session does not set one (see ``domain.scheduling.slot_length``)."""
    return slot_length(doctor_minutes=doctor.slot_minutes, specialty_minutes=dict(doctor.specialty_slot_minutes),
                       hospital_minutes=hospital.default_slot_minutes, specialty_id=specialty_id)


def aware_utc(value: datetime, field_name: str) -> datetime:
    if value.tzinfo is None:
        raise ValidationFailed({field_name: i18n.translate("services", "The time has no time zone; this is a bug in "
                                                                       "the calling screen.")})
    return value.astimezone(UTC)


def clean_text(value: str) -> str:
    return " ".join(value.split())


def required_reason(reason: str, what: str) -> str:
    reason = clean_text(reason)
    if not reason:
        raise ValidationFailed({"reason": i18n.translate("services", "Say why the appointment is {what}.").format(
                                              what=what)})
    if len(reason) > REASON_MAX:
        raise ValidationFailed({"reason": i18n.translate("services", "Keep the reason under {limit} "
                                                                     "characters.").format(limit=REASON_MAX)})
    return reason


# --- DTOs from rows --------------------------------------------------------------------------------------


def doctor_dto(row: DoctorRow) -> DoctorDTO:
    return DoctorDTO(id=row.id, name=row.name, title=row.title, department_id=row.department_id,
                     department=row.department, slot_minutes=row.slot_minutes,
                     specialty_slot_minutes=row.specialty_slot_minutes)


def appointment_dto(row: AppointmentRow) -> AppointmentDTO:
    return AppointmentDTO(
        id=row.id, patient_id=row.patient_id, patient_name=display_name(row.family_name, row.given_name),
        patient_mrn=row.mrn, doctor_id=row.doctor_id, doctor_name=row.doctor_name, starts_at=row.starts_at,
        ends_at=row.ends_at, kind=row.kind, reason=row.reason, status=row.status, overbooked=row.overbooked,
        overbook_reason=row.overbook_reason, cancel_reason=row.cancel_reason,
        rescheduled_from_id=row.rescheduled_from_id, resource_id=row.resource_id, room=row.room,
        checked_in_at=row.checked_in_at, called_at=row.called_at, completed_at=row.completed_at,
        created_by=row.created_by, version=row.version)


def waiting_dto(row: WaitingRow) -> WaitingEntryDTO:
    return WaitingEntryDTO(
        id=row.id, patient_id=row.patient_id, patient_name=display_name(row.family_name, row.given_name),
        patient_mrn=row.mrn, doctor_id=row.doctor_id, doctor_name=row.doctor_name, specialty_id=row.specialty_id,
        specialty=row.specialty_name, earliest=row.earliest, latest=row.latest, note=row.note, status=row.status,
        created_at=row.created_at, version=row.version)


# --- working time of doctors -----------------------------------------------------------------------------


@dataclass(slots=True)
class WorkingTime:
    """Doctors' weekly sessions, the names of the sessions' rooms, and absences (key None: hospital-wide)."""

    sessions: dict[int, list[WorkSession]] = field(default_factory=lambda: defaultdict(list))
    rooms: dict[int, str] = field(default_factory=dict)
    away: dict[int | None, list[AbsenceRow]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, sessions: Sequence[SessionRow], absences: Sequence[AbsenceRow]) -> WorkingTime:
        found = cls()
        for row in sessions:
            found.sessions[row.session.doctor_id].append(row.session)
            if row.session.resource_id is not None and row.room is not None:
                found.rooms[row.session.resource_id] = row.room
        for absence in absences:
            found.away[absence.doctor_id].append(absence)
        return found

    @classmethod
    def read(cls, uow: UnitOfWork, doctor_ids: Sequence[int], first: date, last: date,
             hospital: HospitalTime) -> WorkingTime:
        start, end = hospital.day_bounds(first, last)
        return cls.of(uow.doctors.sessions(doctor_ids, first, last), uow.doctors.absences(doctor_ids, start, end))

    def exceptions_of(self, doctor_id: int) -> list[Interval]:
        return [a.interval for a in self.away.get(doctor_id, [])] + [a.interval for a in self.away.get(None, [])]


# --- errors ----------------------------------------------------------------------------------------------


class Overlap(Exception):
    """An exclusion constraint refused the write; ``constraint`` says whose time was taken."""

    def __init__(self, constraint: str | None) -> None:
        super().__init__(constraint)
        self.constraint = constraint


def _sqlstate_and_constraint(error: BaseException) -> tuple[str | None, str | None]:
    orig = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    diag = getattr(orig, "diag", None)
    return getattr(orig, "sqlstate", None), getattr(diag, "constraint_name", None)


@contextlib.contextmanager
def write_errors() -> Iterator[None]:
    """``user_facing_errors`` for writes: overlaps are raised as ``Overlap`` for the caller to explain."""
    try:
        yield
    except (ServiceError, Overlap):
        raise
    except TransitionRefused as error:
        raise Conflict(str(error)) from error
    except Exception as error:
        state, constraint = _sqlstate_and_constraint(error)
        if state == "23P01":
            raise Overlap(constraint) from error
        if state == "HM007":  # the database's own guard on finished appointments
            diag = getattr(getattr(error, "orig", None), "diag", None)
            worded = getattr(diag, "message_primary", None)
            raise Conflict(i18n.translate("database", worded) if worded
                           else i18n.translate("services", TRY_AGAIN)) from error
        if state in ("40P01", "40001"):
            raise Conflict(i18n.translate("services", TRY_AGAIN)) from error
        raise translate(error) from error
