"""Rooms and equipment, and their bookings (on their own; an appointment's room is booked with the
appointment, in ``appointments.py``). The exclusion constraint ``ex_resource_booking_resource_busy`` keeps
two bookings of one resource from overlapping."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from hms_desktop.db.column_access import readable_columns, text_or_null
from hms_desktop.db.models import Resource, ResourceBooking


@dataclass(frozen=True, slots=True)
class ResourceBookingRow:
    id: int
    resource_id: int
    resource: str  # its name
    appointment_id: int | None
    starts_at: datetime
    ends_at: datetime
    purpose: str | None  # None: this login may not read it (billing: migration 0008)
    cancelled: bool


class ResourceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- rooms and devices ---

    def all(self, *, include_inactive: bool) -> list[Resource]:
        query = select(Resource).order_by(Resource.kind, Resource.name)
        if not include_inactive:
            query = query.where(Resource.active)
        return list(self._session.scalars(query))

    def add(self, *, name: str, kind: str, department_id: int | None) -> Resource:
        resource = Resource(name=name, kind=kind, department_id=department_id)
        self._session.add(resource)
        self._session.flush()
        return resource

    def exists(self, resource_id: int) -> bool:
        return self._session.get(Resource, resource_id) is not None

    def names(self, ids: Sequence[int]) -> dict[int, str]:
        if not ids:
            return {}
        rows = self._session.execute(text("SELECT id, name FROM resource WHERE id = ANY (:ids)"), {"ids": list(ids)})
        return {r.id: r.name for r in rows}

    # --- bookings ---

    def book(self, *, resource_id: int, starts_at: datetime, ends_at: datetime, purpose: str) -> int:
        """Book the resource on its own, after queueing behind other bookings of it (``hms_booking_lock``, the
        same lock as an appointment's room, so the second of two clashing bookings gets a clean exclusion
        violation)."""
        self._session.execute(text("SELECT hms_booking_lock(NULL, NULL, CAST(:room AS integer))"),
                              {"room": resource_id})
        booking = ResourceBooking(resource_id=resource_id, starts_at=starts_at, ends_at=ends_at, purpose=purpose)
        self._session.add(booking)
        self._session.flush()
        return booking.id

    def booking_for_update(self, booking_id: int) -> ResourceBooking | None:
        return self._session.get(ResourceBooking, booking_id, with_for_update=True)

    def cancel(self, booking: ResourceBooking) -> None:
        booking.cancelled = True
        self._session.flush()

    def booking(self, booking_id: int) -> ResourceBookingRow | None:
        b = ResourceBooking
        purpose = text_or_null(b.purpose, readable_columns(self._session).booking_purpose)
        row = self._session.execute(
            select(b.id, b.resource_id, Resource.name.label("resource"), b.appointment_id, b.starts_at, b.ends_at,
                   purpose, b.cancelled)
            .join(Resource, Resource.id == b.resource_id).where(b.id == booking_id)).one_or_none()
        if row is None:
            return None
        return ResourceBookingRow(**{name: getattr(row, name) for name in ResourceBookingRow.__slots__})
