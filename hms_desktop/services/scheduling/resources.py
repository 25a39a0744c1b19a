"""Rooms and equipment booked on their own (an ultrasound for a ward round), and the rooms' day list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from hms_desktop.db.queries import calendars as calendar_queries
from hms_desktop.db.repositories.resources import ResourceBookingRow
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.names import display_name
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors
from hms_desktop.services.scheduling.common import (
    DESK,
    PASSED,
    PAST_GRACE,
    READERS,
    REASON_MAX,
    HospitalTime,
    Overlap,
    aware_utc,
    clean_text,
    write_errors,
)
from hms_desktop.services.scheduling.dtos import ResourceBookingDTO


def _dto(row: ResourceBookingRow) -> ResourceBookingDTO:
    return ResourceBookingDTO(id=row.id, resource_id=row.resource_id, resource=row.resource,
                              appointment_id=row.appointment_id, starts_at=row.starts_at, ends_at=row.ends_at,
                              purpose=row.purpose, cancelled=row.cancelled)


def _booking(uow: UnitOfWork, booking_id: int) -> ResourceBookingDTO:
    row = uow.resources.booking(booking_id)
    if row is None:
        raise NotFound(translate("services", "This booking no longer exists."))
    return _dto(row)


def book_resource(ctx: ServiceContext, resource_id: int, starts_at: datetime, ends_at: datetime, *,
                  purpose: str) -> ResourceBookingDTO:
    """Book a room or a device (ultrasound, ECG) on its own; the same exclusion constraint guards it."""
    ctx.require(*DESK, action=translate("services", "book rooms and equipment"))
    starts_at, ends_at = aware_utc(starts_at, "starts_at"), aware_utc(ends_at, "ends_at")
    purpose = clean_text(purpose)
    problems: dict[str, str] = {}
    if ends_at <= starts_at:
        problems["ends_at"] = translate("services", "The booking must end after it starts.")
    if not purpose:
        problems["purpose"] = translate("services", "Say what the room or device is booked for.")
    elif len(purpose) > REASON_MAX:
        problems["purpose"] = translate("services", "Keep the purpose under {limit} characters.").format(
                                  limit=REASON_MAX)
    if starts_at < ctx.clock.now() - PAST_GRACE:
        problems["starts_at"] = translate("services", PASSED)
    if problems:
        raise ValidationFailed(problems)
    try:
        with write_errors(), ctx.uow() as uow:
            if not uow.resources.exists(resource_id):
                raise NotFound(translate("services", "This room or device no longer exists."))
            booking_id = uow.resources.book(resource_id=resource_id, starts_at=starts_at, ends_at=ends_at,
                                            purpose=purpose)
            result = _booking(uow, booking_id)
            uow.commit()
    except Overlap:
        raise Conflict(translate("services", "This room or device is already booked at that time. Choose "
                                             "another time.")) from None
    return result


def cancel_resource_booking(ctx: ServiceContext, booking_id: int) -> ResourceBookingDTO:
    """Free a room or device booked on its own (an appointment's room is freed by cancelling the appointment)."""
    ctx.require(*DESK, action=translate("services", "book rooms and equipment"))
    with write_errors(), ctx.uow() as uow:
        booking = uow.resources.booking_for_update(booking_id)
        if booking is None:
            raise NotFound(translate("services", "This booking no longer exists."))
        if booking.appointment_id is not None:
            raise Conflict(translate("services", "This room belongs to an appointment: cancel or move the appointment "
                                                 "instead."))
        uow.resources.cancel(booking)
        result = _booking(uow, booking_id)
        uow.commit()
    return result


def resource_bookings(ctx: ServiceContext, day: date, *,
                      resource_ids: Sequence[int] | None = None) -> tuple[ResourceBookingDTO, ...]:
    """The non-cancelled bookings of rooms and devices overlapping a local day, by resource then time.

    A booking held by an appointment carries the doctor's and the patient's names; one made on its own its
    purpose."""
    ctx.require(*READERS, action=translate("services", "see rooms and equipment"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        start, end = HospitalTime.read(uow).day_bounds(day)
        rows = calendar_queries.resource_day(uow.session, start, end, resource_ids=resource_ids)
    return tuple(ResourceBookingDTO(
        id=r.id, resource_id=r.resource_id, resource=r.resource, appointment_id=r.appointment_id,
        starts_at=r.starts_at, ends_at=r.ends_at, purpose=r.purpose, cancelled=r.cancelled,
        doctor_name=r.doctor_name or "",
        patient_name=display_name(r.family_name, r.given_name) if r.family_name is not None else "")
        for r in rows)
