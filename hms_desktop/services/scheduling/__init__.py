"""Scheduling: find free slots, book, move, cancel, accept/decline, check in, the queue, calendars, rooms
and equipment, the waiting list. One module per use case; every public name is importable from here
(``from hms_desktop.services import scheduling; scheduling.book(...)``).

- ``calendars``: doctors, specialties, one appointment, the day and week views, the queue, declined ones
- ``slots``: free slots (by doctor, across a specialty), the next free ones after a lost race
- ``booking``: book, reschedule, cancel and every other status change
- ``resources``: rooms and equipment booked on their own, the rooms' day list
- ``waiting_list``: the list, the patients to offer a freed time to, booking a freed time for one of them
- ``dtos``: what the screens receive

Times: appointments are instants (aware datetimes, returned in UTC); working hours are wall-clock times in
the hospital's time zone (setting ``time_zone``, default Europe/London); a "day", and "today", are the
hospital's (``ctx.clock`` says what time it is).
"""

from __future__ import annotations

from hms_desktop.services.scheduling.booking import (
    accept,
    book,
    call,
    call_in,
    call_next,
    cancel,
    check_in,
    close_declined,
    complete,
    decline,
    mark_no_show,
    reschedule,
)
from hms_desktop.services.scheduling.calendars import (
    appointments_of_patient,
    can_overbook,
    day_view,
    declined_to_rebook,
    doctors,
    get_appointment,
    hospital_time_zone,
    queue,
    specialties,
    week_view,
)
from hms_desktop.services.scheduling.common import DESK, READERS, REASON_MAX
from hms_desktop.services.scheduling.dtos import (
    AppointmentDTO,
    AwayDTO,
    DayView,
    DoctorDay,
    DoctorDTO,
    QueueEntry,
    ResourceBookingDTO,
    SessionDTO,
    SlotDTO,
    SlotTaken,
    SpecialtyDTO,
    WaitingEntryDTO,
    WeekView,
)
from hms_desktop.services.scheduling.resources import book_resource, cancel_resource_booking, resource_bookings
from hms_desktop.services.scheduling.slots import find_slots
from hms_desktop.services.scheduling.waiting_list import (
    WAITING_STATUSES,
    add_to_waiting_list,
    book_from_waiting_list,
    set_waiting_status,
    waiting_list,
    waiting_list_matches,
)

__all__ = [
    "DESK",
    "READERS",
    "REASON_MAX",
    "WAITING_STATUSES",
    "AppointmentDTO",
    "AwayDTO",
    "DayView",
    "DoctorDTO",
    "DoctorDay",
    "QueueEntry",
    "ResourceBookingDTO",
    "SessionDTO",
    "SlotDTO",
    "SlotTaken",
    "SpecialtyDTO",
    "WaitingEntryDTO",
    "WeekView",
    "accept",
    "add_to_waiting_list",
    "appointments_of_patient",
    "book",
    "book_from_waiting_list",
    "book_resource",
    "call",
    "call_in",
    "call_next",
    "can_overbook",
    "cancel",
    "cancel_resource_booking",
    "check_in",
    "close_declined",
    "complete",
    "day_view",
    "decline",
    "declined_to_rebook",
    "doctors",
    "find_slots",
    "get_appointment",
    "hospital_time_zone",
    "mark_no_show",
    "queue",
    "reschedule",
    "resource_bookings",
    "set_waiting_status",
    "specialties",
    "waiting_list",
    "waiting_list_matches",
    "week_view",
]
