"""The reads behind the calendars and the slot finder: appointments of many doctors over some days,
busy times of doctors and rooms, the declined-to-rebook list and the rooms' day list."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session, aliased

from hms_desktop.db.column_access import readable_columns, text_or_null
from hms_desktop.db.models import Appointment, Patient, Resource, ResourceBooking, Staff
from hms_desktop.db.repositories.appointments import AppointmentRow, appointment_row, appointment_select
from hms_desktop.domain.scheduling import ACTIVE_STATUSES, AppointmentStatus, Interval, statuses_sql

# Busy times of doctors (active appointments, overbooked ones too) and of their rooms, in one round trip.
# ``reach_back`` bounds the index scan: no appointment is longer than the longest allowed, so one that
# starts earlier than that cannot reach into the window.
_BUSY_SQL = text(f"""
    SELECT 'doctor' AS what, doctor_id AS key, starts_at, ends_at FROM appointment
    WHERE doctor_id = ANY (:ids) AND status IN {statuses_sql(ACTIVE_STATUSES)}
      AND starts_at >= :reach_back AND starts_at < :to AND ends_at > :from
    UNION ALL
    SELECT 'room', resource_id, starts_at, ends_at FROM resource_booking
    WHERE resource_id = ANY (:rooms) AND NOT cancelled AND tstzrange(starts_at, ends_at) && tstzrange(:from, :to)
""")  # noqa: S608 (only SQL constants of this package are interpolated, never input)


def busy_times(db: Session | Connection, doctor_ids: Sequence[int], room_ids: Sequence[int], start: datetime,
               end: datetime, *, longest: timedelta) -> tuple[dict[int, list[Interval]], dict[int, list[Interval]]]:
    """(busy intervals per doctor, per room) overlapping ``[start, end)``."""
    doctors: dict[int, list[Interval]] = defaultdict(list)
    rooms: dict[int, list[Interval]] = defaultdict(list)
    for r in db.execute(_BUSY_SQL, {"ids": list(doctor_ids), "rooms": list(room_ids), "from": start, "to": end,
                                    "reach_back": start - longest}):
        (doctors if r.what == "doctor" else rooms)[r.key].append(Interval(r.starts_at, r.ends_at))
    return doctors, rooms


def appointments_starting(db: Session | Connection, doctor_ids: Sequence[int], start: datetime,
                          end: datetime) -> list[AppointmentRow]:
    """Every appointment (all statuses) of these doctors starting in ``[start, end)``, by time."""
    if not doctor_ids:
        return []
    rows = db.execute(appointment_select(readable_columns(db)).where(
        Appointment.doctor_id.in_(list(doctor_ids)), Appointment.starts_at >= start, Appointment.starts_at < end)
        .order_by(Appointment.starts_at, Appointment.id))
    return [appointment_row(r) for r in rows]


def active_appointments_starting(db: Session | Connection, doctor_id: int | None, start: datetime,
                                 end: datetime) -> list[AppointmentRow]:
    """Active, not overbooked appointments starting in ``[start, end)`` (of one doctor, or all), by time:
    the ones a change of hours may leave outside the doctor's sessions."""
    query = appointment_select(readable_columns(db)).where(
        Appointment.status.in_(sorted(ACTIVE_STATUSES)), Appointment.overbooked.is_(False),
        Appointment.starts_at >= start, Appointment.starts_at < end)
    if doctor_id is not None:
        query = query.where(Appointment.doctor_id == doctor_id)
    return [appointment_row(r) for r in db.execute(query.order_by(Appointment.starts_at))]


def declined_not_rebooked(db: Session | Connection) -> list[AppointmentRow]:
    """Appointments a doctor declined that nobody has rebooked (or closed) yet, by time."""
    rebooked = aliased(Appointment)
    query = appointment_select(readable_columns(db)).where(
        Appointment.status == AppointmentStatus.DECLINED,
        ~select(rebooked.id).where(rebooked.rescheduled_from_id == Appointment.id).exists())
    return [appointment_row(r) for r in db.execute(query.order_by(Appointment.starts_at))]


@dataclass(frozen=True, slots=True)
class ResourceDayRow:
    id: int
    resource_id: int
    resource: str
    appointment_id: int | None
    starts_at: datetime
    ends_at: datetime
    purpose: str | None  # None: this login may not read it (billing: migration 0008)
    cancelled: bool
    doctor_name: str | None
    family_name: str | None
    given_name: str | None


def resource_day(db: Session | Connection, start: datetime, end: datetime, *,
                 resource_ids: Sequence[int] | None) -> list[ResourceDayRow]:
    """Non-cancelled bookings of rooms and devices overlapping ``[start, end)``, by resource then time,
    with the doctor and patient of those held by an appointment."""
    b = ResourceBooking
    query = (select(b.id, b.resource_id, Resource.name.label("resource"), b.appointment_id, b.starts_at, b.ends_at,
                    text_or_null(b.purpose, readable_columns(db).booking_purpose), b.cancelled,
                    Staff.full_name.label("doctor_name"), Patient.family_name, Patient.given_name)
             .select_from(b)
             .join(Resource, Resource.id == b.resource_id)
             .outerjoin(Appointment, Appointment.id == b.appointment_id)
             .outerjoin(Staff, Staff.id == Appointment.doctor_id)
             .outerjoin(Patient, Patient.id == Appointment.patient_id)
             .where(~b.cancelled, b.starts_at < end, b.ends_at > start)
             .order_by(Resource.name, b.starts_at, b.id))
    if resource_ids is not None:
        query = query.where(b.resource_id.in_(list(resource_ids)))
    return [ResourceDayRow(**{name: getattr(r, name) for name in ResourceDayRow.__slots__}) for r in db.execute(query)]
