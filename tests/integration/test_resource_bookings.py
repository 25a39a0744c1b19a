"""Reading a day's room and equipment bookings (``scheduling.resource_bookings``) on a real database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, PermissionDenied

LONDON = ZoneInfo("Europe/London")
DAY = datetime.now(LONDON).date() + timedelta(days=9)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=LONDON).astimezone(UTC)


@pytest.fixture(scope="module")
def rooms(database) -> tuple[int, int]:
    with database.owner.engine.begin() as conn:
        ids = [conn.execute(text("INSERT INTO resource (name, kind) VALUES (:n, :k) RETURNING id"),
                            {"n": name, "k": kind}).scalar_one()
               for name, kind in (("Procedure room A", "procedure_room"), ("ECG", "equipment"))]
    return ids[0], ids[1]


@pytest.fixture(scope="module")
def reception(database, rooms) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


def test_a_days_bookings_by_resource_then_time(database, reception, rooms) -> None:
    room, ecg = rooms
    late = scheduling.book_resource(reception, room, at(DAY, 14), at(DAY, 15), purpose="Minor surgery")
    early = scheduling.book_resource(reception, room, at(DAY, 10), at(DAY, 10, 30), purpose="Wound care")
    device = scheduling.book_resource(reception, ecg, at(DAY, 9), at(DAY, 9, 20), purpose="Pre-op ECG")
    next_day = DAY + timedelta(days=1)
    other_day = scheduling.book_resource(reception, room, at(next_day, 10), at(next_day, 11), purpose="Tomorrow")
    gone = scheduling.book_resource(reception, ecg, at(DAY, 11), at(DAY, 11, 20), purpose="Cancelled")
    scheduling.cancel_resource_booking(reception, gone.id)

    day = scheduling.resource_bookings(reception, DAY)
    assert [b.id for b in day] == [device.id, early.id, late.id]  # "ECG" before "Procedure room A"
    assert day[1].purpose == "Wound care" and day[1].resource == "Procedure room A"
    assert day[1].appointment_id is None and day[1].doctor_name == "" and day[1].patient_name == ""
    assert [b.id for b in scheduling.resource_bookings(reception, DAY, resource_ids=[ecg])] == [device.id]
    assert other_day.id not in {b.id for b in day} and gone.id not in {b.id for b in day}

    with pytest.raises(Conflict, match="already booked"):
        scheduling.book_resource(reception, room, at(DAY, 10, 15), at(DAY, 10, 45), purpose="Overlap")


def test_an_appointments_room_names_the_doctor_and_patient(database, reception, rooms) -> None:
    room, _ecg = rooms
    username = database.add_user(Group.DOCTOR, full_name="Dr Ruth Okoye")
    with database.owner.engine.begin() as conn:
        doctor = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one()
        patient = conn.execute(text("INSERT INTO patient (family_name, given_name, sex) "
                                    "VALUES ('Mensah', 'Kofi', 'M') RETURNING id")).scalar_one()
        conn.execute(text("INSERT INTO work_template (staff_id, weekday, starts, ends, valid_from) "
                          "VALUES (:s, :w, '08:00', '18:00', CURRENT_DATE - 1)"),
                     {"s": doctor, "w": DAY.weekday()})
    appointment = scheduling.book(reception, patient, doctor, at(DAY, 16), kind="procedure", reason="Biopsy",
                                  resource_id=room)
    booking = next(b for b in scheduling.resource_bookings(reception, DAY) if b.appointment_id == appointment.id)
    assert booking.doctor_name == "Dr Ruth Okoye" and booking.patient_name == "MENSAH, Kofi"
    scheduling.cancel(reception, appointment.id, "test over")
    assert appointment.id not in {b.appointment_id for b in scheduling.resource_bookings(reception, DAY)}


@pytest.mark.parametrize("group", [Group.DOCTOR, Group.BILLING])
def test_doctors_and_billing_read_but_do_not_book(database, rooms, group) -> None:
    ctx = database.context_for(group)
    try:
        scheduling.resource_bookings(ctx, DAY)
        with pytest.raises(PermissionDenied):
            scheduling.book_resource(ctx, rooms[0], at(DAY, 17), at(DAY, 17, 30), purpose="Not allowed")
    finally:
        ctx.db.dispose()
