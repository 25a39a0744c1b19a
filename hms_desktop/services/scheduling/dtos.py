"""What the scheduling services hand to screens: frozen DTOs, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from hms_desktop.domain.scheduling import ACTIVE_STATUSES, KIND_LABELS, STATUS_LABELS, reason_words
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.errors import Conflict

SLOT_TAKEN = QT_TRANSLATE_NOOP(
    "services",
    "This slot was just taken by another booking. The next free slots are shown.")


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
    active: bool = True  # False: retired (Administration > Specialties), listed only when asked for


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
    reason: str | None  # None: this login may not read reasons (migration 0008); the screens show "—"
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
        return translate("domain", STATUS_LABELS.get(self.status, self.status))

    @property
    def kind_label(self) -> str:
        return translate("domain", KIND_LABELS.get(self.kind, self.kind))

    @property
    def shown_reason(self) -> str | None:
        """The reason as screens show it: the one booking from the waiting list writes (hms_carry_reason) in
        the workstation's language; a typed reason as typed; None when this login may not read reasons."""
        return None if self.reason is None else reason_words(self.reason)

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
    # The hospital's date when the view was read: patients are checked in only on their appointment's day.
    today: date | None = None

    @property
    def is_today(self) -> bool:
        return self.day == self.today


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
    note: str | None  # None: this login may not read it (reception, as the hospital allows: 0008)
    status: str
    created_at: datetime
    version: int


class SlotTaken(Conflict):
    """Someone else booked this time first; ``next_free`` are the doctor's next free slots."""

    def __init__(self, message: str | None = None, next_free: tuple[SlotDTO, ...] = ()) -> None:
        super().__init__(message or translate("services", SLOT_TAKEN))
        self.next_free = next_free


@dataclass(frozen=True, slots=True)
class ResourceBookingDTO:
    id: int
    resource_id: int
    resource: str
    appointment_id: int | None
    starts_at: datetime
    ends_at: datetime
    purpose: str | None  # None: this login may not read it (billing: migration 0008)
    cancelled: bool
    doctor_name: str = ""   # for a room held by an appointment (filled by ``resource_bookings``)
    patient_name: str = ""
