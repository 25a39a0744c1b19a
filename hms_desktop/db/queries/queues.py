"""A doctor's queue: patients checked in (or in consultation) for a day."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from hms_desktop.db.column_access import readable_columns
from hms_desktop.db.models import Appointment
from hms_desktop.db.repositories.appointments import AppointmentRow, appointment_row, appointment_select
from hms_desktop.domain.scheduling import IN_QUEUE_STATUSES, AppointmentStatus


def doctor_queue(db: Session | Connection, doctor_id: int, start: datetime, end: datetime) -> list[AppointmentRow]:
    """The one in consultation first, then the waiting ones by appointment time and arrival."""
    rows = db.execute(appointment_select(readable_columns(db)).where(
        Appointment.doctor_id == doctor_id, Appointment.starts_at >= start, Appointment.starts_at < end,
        Appointment.status.in_(sorted(IN_QUEUE_STATUSES)))
        .order_by((Appointment.status == AppointmentStatus.IN_CONSULTATION).desc(), Appointment.starts_at,
                  Appointment.checked_in_at))
    return [appointment_row(r) for r in rows]
