"""Scheduling on a real PostgreSQL: slots, booking, moving, cancelling, the doctor's day, the queue, waiting list.

The exclusion constraints are also tested by writing to the tables directly, as a receptionist with any
SQL tool would: the database refuses a double booking of a doctor, a patient or a room whoever asks.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from itertools import count
from zoneinfo import ZoneInfo

import psycopg
import pytest
from factories import new_patient
from psycopg import errors
from sqlalchemy import event, text

from hms_desktop.domain.clock import FixedClock
from hms_desktop.domain.staff import Group, NewStaffMember
from hms_desktop.services import demo_schedule, doctors, scheduling, setup, users
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from hms_desktop.services.scheduling import SlotTaken

LONDON = ZoneInfo("Europe/London")
TODAY = datetime.now(LONDON).date()
DAY = TODAY + timedelta(days=10)
_names = count(1)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=LONDON).astimezone(UTC)


class World:
    def __init__(self, database) -> None:
        self.database = database
        self.doctor_name = database.add_user(Group.DOCTOR, full_name="Dr Ada Quill")
        self.colleague_name = database.add_user(Group.DOCTOR, full_name="Dr Ben Rowe")
        with database.owner.engine.begin() as conn:
            ids = dict(conn.execute(text("SELECT username, id FROM staff WHERE username IN (:a, :b)"),
                                    {"a": self.doctor_name, "b": self.colleague_name}).all())
            self.doctor_id, self.colleague_id = ids[self.doctor_name], ids[self.colleague_name]
            self.specialty_id = conn.execute(text(
                "INSERT INTO specialty (name) VALUES ('Cardiology') RETURNING id")).scalar_one()
            self.room_id = conn.execute(text(
                "INSERT INTO resource (name, kind) VALUES ('Room 1', 'consulting_room') RETURNING id")).scalar_one()
            self.room2_id = conn.execute(text(
                "INSERT INTO resource (name, kind) VALUES ('Room 2', 'consulting_room') RETURNING id")).scalar_one()
            self.ecg_id = conn.execute(text(
                "INSERT INTO resource (name, kind) VALUES ('ECG', 'equipment') RETURNING id")).scalar_one()
            for staff_id, room in ((self.doctor_id, self.room_id), (self.colleague_id, self.room2_id)):
                conn.execute(text("INSERT INTO doctor_specialty (staff_id, specialty_id) VALUES (:s, :p)"),
                             {"s": staff_id, "p": self.specialty_id})
                conn.execute(text("INSERT INTO doctor_profile (staff_id) VALUES (:s)"), {"s": staff_id})
                # Every day of the week, so the tests do not depend on which day they run.
                for weekday in range(7):
                    conn.execute(text(
                        "INSERT INTO work_template (staff_id, weekday, starts, ends, resource_id, valid_from) "
                        "VALUES (:s, :w, '09:00', '17:00', :r, '2020-01-01')"),
                        {"s": staff_id, "w": weekday, "r": room})


@pytest.fixture(scope="module")
def world(database) -> World:
    return World(database)


def _ctx(database, *groups: Group) -> Iterator[ServiceContext]:
    yield from database.logged_in(*groups)


@pytest.fixture(scope="module")
def reception(database, world) -> Iterator[ServiceContext]:
    yield from _ctx(database, Group.RECEPTION)


@pytest.fixture(scope="module")
def admin(database, world) -> Iterator[ServiceContext]:
    yield from _ctx(database, Group.ADMIN)


@pytest.fixture(scope="module")
def billing(database, world) -> Iterator[ServiceContext]:
    yield from _ctx(database, Group.BILLING)


@pytest.fixture(scope="module")
def doctor(database, world) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=world.doctor_name)


@pytest.fixture(scope="module")
def colleague(database, world) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=world.colleague_name)


_days = count(11)


def fresh_day() -> date:
    """Each test books on its own day, so tests never see each other's appointments."""
    return TODAY + timedelta(days=next(_days))


def insert_as_owner(database, patient_id: int, doctor_id: int, starts_at: datetime, minutes: int = 15,
                    status: str = "booked") -> int:
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text(
            "INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status) "
            "VALUES (:p, :d, :s, :e, :st) RETURNING id"),
            {"p": patient_id, "d": doctor_id, "s": starts_at, "e": starts_at + timedelta(minutes=minutes),
             "st": status}).scalar_one())


# --- finding and booking ---------------------------------------------------------------------------------


def test_find_slots_by_doctor_on_the_grid_with_the_room(reception, world) -> None:
    day = fresh_day()
    slots = scheduling.find_slots(reception, doctor_id=world.doctor_id, start=day, days=1, limit=40)
    assert len(slots) == 32  # 09:00–17:00 in quarters of an hour
    assert slots[0].starts_at == at(day, 9) and slots[-1].ends_at == at(day, 17)
    assert {s.room for s in slots} == {"Room 1"}
    assert {s.doctor_name for s in slots} == {"Dr Ada Quill"}


def test_book_takes_the_slot_and_the_room(database, reception, world) -> None:
    day = fresh_day()
    patient = new_patient(database)
    booked = scheduling.book(reception, patient, world.doctor_id, at(day, 10), kind="new", reason="Chest pain",
                             slots=2)
    assert booked.status == "booked" and booked.status_label == "Booked"
    assert booked.ends_at - booked.starts_at == timedelta(minutes=30)
    assert booked.room == "Room 1" and booked.reason == "Chest pain" and booked.kind_label == "New patient"
    assert booked.created_by == reception.user.username
    free = {s.starts_at for s in scheduling.find_slots(reception, doctor_id=world.doctor_id, start=day, days=1,
                                                       limit=40)}
    assert at(day, 10) not in free and at(day, 10, 15) not in free and at(day, 10, 30) in free
    # Two-slot search: 09:45 would run into 10:00.
    double = {s.starts_at for s in scheduling.find_slots(reception, doctor_id=world.doctor_id, start=day, days=1,
                                                         limit=40, slots_needed=2)}
    assert at(day, 9, 30) in double and at(day, 9, 45) not in double


def test_a_taken_slot_says_so_and_offers_the_next_free(database, reception, world) -> None:
    day = fresh_day()
    scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 9))
    with pytest.raises(SlotTaken, match="just taken") as caught:
        scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 9))
    assert caught.value.next_free
    assert caught.value.next_free[0].starts_at == at(day, 9, 15)
    assert all(s.doctor_id == world.doctor_id for s in caught.value.next_free)


def test_a_patient_cannot_be_in_two_places(database, reception, world) -> None:
    day = fresh_day()
    patient = new_patient(database)
    scheduling.book(reception, patient, world.doctor_id, at(day, 11))
    with pytest.raises(Conflict, match="already has an appointment"):
        scheduling.book(reception, patient, world.colleague_id, at(day, 11))


def test_booking_refuses_closed_hours_the_past_and_leave(database, reception, world) -> None:
    day = fresh_day()
    patient = new_patient(database)
    with pytest.raises(ValidationFailed, match="does not work at this time"):
        scheduling.book(reception, patient, world.doctor_id, at(day, 18))
    with pytest.raises(ValidationFailed, match="already passed"):
        scheduling.book(reception, patient, world.doctor_id, at(TODAY - timedelta(days=2), 10))
    with pytest.raises(ValidationFailed, match="type of appointment"):
        scheduling.book(reception, patient, world.doctor_id, at(day, 10), kind="consult")
    with database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO schedule_exception (staff_id, starts_at, ends_at, kind) "
                          "VALUES (:s, :a, :b, 'leave')"), {"s": world.doctor_id, "a": at(day, 12), "b": at(day, 14)})
    with pytest.raises(ValidationFailed, match="is away"):
        scheduling.book(reception, patient, world.doctor_id, at(day, 13))
    free = {s.starts_at for s in scheduling.find_slots(reception, doctor_id=world.doctor_id, start=day, days=1,
                                                       limit=40)}
    assert at(day, 12) not in free and at(day, 13, 45) not in free and at(day, 14) in free


def test_first_free_slot_across_a_specialty(database, reception, world) -> None:
    day = fresh_day()
    scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 9))
    slots = scheduling.find_slots(reception, specialty_id=world.specialty_id, start=day, days=14, limit=3)
    assert [(s.doctor_id, s.starts_at) for s in slots] == [
        (world.colleague_id, at(day, 9)), (world.doctor_id, at(day, 9, 15)), (world.colleague_id, at(day, 9, 15))]


def test_only_the_desk_books(database, doctor, billing, world) -> None:
    for ctx in (doctor, billing):
        with pytest.raises(PermissionDenied):
            scheduling.book(ctx, new_patient(database), world.doctor_id, at(fresh_day(), 10))


# --- moving, cancelling, no-shows ------------------------------------------------------------------------


def test_reschedule_keeps_the_history(database, reception, world) -> None:
    day = fresh_day()
    first = scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 10), slots=2,
                            reason="Review")
    # A quarter of an hour later overlaps the old time: the old one is released first.
    moved = scheduling.reschedule(reception, first.id, at(day, 10, 15), expected_version=first.version)
    assert moved.rescheduled_from_id == first.id
    assert moved.ends_at - moved.starts_at == timedelta(minutes=30) and moved.reason == "Review"
    old = scheduling.get_appointment(reception, first.id)
    assert old.status == "cancelled" and old.cancel_reason == "rescheduled"
    # To a colleague, in the colleague's room.
    again = scheduling.reschedule(reception, moved.id, at(day, 14), doctor_id=world.colleague_id)
    assert again.doctor_id == world.colleague_id and again.room == "Room 2"
    with pytest.raises(Conflict, match="changed this appointment"):
        scheduling.reschedule(reception, again.id, at(day, 15), expected_version=again.version - 1)


def test_reschedule_onto_a_taken_slot_changes_nothing(database, reception, world) -> None:
    day = fresh_day()
    a = scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 10))
    scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 11))
    with pytest.raises(SlotTaken) as caught:
        scheduling.reschedule(reception, a.id, at(day, 11))
    assert caught.value.next_free
    assert scheduling.get_appointment(reception, a.id).status == "booked"


def test_cancel_needs_a_reason_and_finished_ones_stay_finished(database, reception, world) -> None:
    day = fresh_day()
    a = scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 10))
    with pytest.raises(ValidationFailed, match="Say why"):
        scheduling.cancel(reception, a.id, "  ")
    cancelled = scheduling.cancel(reception, a.id, "Patient is travelling")
    assert cancelled.status == "cancelled" and cancelled.cancel_reason == "Patient is travelling"
    with pytest.raises(Conflict, match="already cancelled"):
        scheduling.cancel(reception, a.id, "again")
    # The room is free again.
    b = scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 10))
    assert b.room == "Room 1"
    done = insert_as_owner(database, new_patient(database), world.doctor_id, at(day, 16), status="completed")
    with pytest.raises(Conflict, match="already completed"):
        scheduling.cancel(reception, done, "Mistake")


def test_no_show_only_once_the_time_has_come(database, reception, world) -> None:
    future = scheduling.book(reception, new_patient(database), world.doctor_id, at(fresh_day(), 10))
    with pytest.raises(ValidationFailed, match="once the appointment time"):
        scheduling.mark_no_show(reception, future.id)
    past = insert_as_owner(database, new_patient(database), world.doctor_id, at(TODAY - timedelta(days=3), 10))
    assert scheduling.mark_no_show(reception, past).status == "no_show"


# --- the doctor's side -----------------------------------------------------------------------------------


def test_doctor_accepts_and_declines_own_appointments_only(database, reception, doctor, colleague,
                                                           world) -> None:
    day = fresh_day()
    a = scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 9))
    b = scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 9, 30))
    assert scheduling.accept(doctor, a.id).status == "confirmed"
    with pytest.raises(PermissionDenied, match="your own"):
        scheduling.accept(colleague, b.id)
    with pytest.raises(PermissionDenied):
        scheduling.accept(reception, b.id)
    with pytest.raises(ValidationFailed, match="Say why"):
        scheduling.decline(doctor, b.id, "")
    declined = scheduling.decline(doctor, b.id, "Needs a paediatrician")
    assert declined.status == "declined" and declined.cancel_reason == "Needs a paediatrician"
    # Back on reception's list until rebooked.
    assert b.id in {x.id for x in scheduling.declined_to_rebook(reception)}
    rebooked = scheduling.reschedule(reception, b.id, at(day, 11), doctor_id=world.colleague_id)
    assert rebooked.rescheduled_from_id == b.id
    assert scheduling.get_appointment(reception, b.id).status == "declined"
    assert b.id not in {x.id for x in scheduling.declined_to_rebook(reception)}


def test_check_in_queue_call_complete(database, reception, doctor, colleague, world) -> None:
    now = datetime.now(LONDON).replace(microsecond=0)
    # Today's appointments, written directly: the service would refuse times outside the test's hours. Both
    # on the hospital's today at any hour the suite runs (at 23:40, "in 30 minutes" is tomorrow).
    day_start = now.replace(hour=0, minute=0, second=0)
    first_at = min(max(now - timedelta(minutes=1), day_start + timedelta(minutes=1)),
                   day_start + timedelta(hours=23, minutes=20))
    first = insert_as_owner(database, new_patient(database, "Queue1"), world.doctor_id, first_at)
    second = insert_as_owner(database, new_patient(database, "Queue2"), world.doctor_id,
                             first_at + timedelta(minutes=30))
    later = insert_as_owner(database, new_patient(database), world.doctor_id, now + timedelta(days=2))
    with pytest.raises(ValidationFailed, match="on the day"):
        scheduling.check_in(reception, later)
    assert scheduling.check_in(reception, second).checked_in_at is not None
    assert scheduling.check_in(reception, first).status == "checked_in"
    with database.owner.engine.begin() as conn:  # the second patient arrived ten minutes ago
        conn.execute(text("UPDATE appointment SET checked_in_at = now() - interval '10 minutes' WHERE id = :i"),
                     {"i": second})
    waiting = scheduling.queue(doctor)
    assert [e.appointment.id for e in waiting] == [first, second]
    assert waiting[1].waiting_minutes >= 10
    with pytest.raises(PermissionDenied):
        scheduling.call_in(colleague, first)
    with pytest.raises(Conflict, match="cannot be marked"):
        scheduling.complete(doctor, first)
    called = scheduling.call_next(doctor)
    assert called is not None and called.id == first and called.status == "in_consultation"
    assert [e.appointment.status for e in scheduling.queue(doctor)] == ["in_consultation", "checked_in"]
    assert scheduling.complete(doctor, first).completed_at is not None
    assert [e.appointment.id for e in scheduling.queue(reception, world.doctor_id)] == [second]


def test_overbooking_needs_the_capability_and_a_reason(database, reception, world) -> None:
    day = fresh_day()
    scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 10))
    urgent = new_patient(database)
    assert not scheduling.can_overbook(reception)
    with pytest.raises(PermissionDenied, match="overbook"):
        scheduling.book(reception, urgent, world.doctor_id, at(day, 10), overbook_reason="Bleeding")
    trusted_name = database.add_user(Group.RECEPTION, stem="trusted")
    with database.cluster.admin_connect(database.name) as conn:
        conn.execute(f'GRANT hms_overbook TO "{trusted_name}"')
    trusted = database.login(trusted_name)
    try:
        assert scheduling.can_overbook(trusted)
        with pytest.raises(ValidationFailed, match="Say why"):
            scheduling.book(trusted, urgent, world.doctor_id, at(day, 10), overbook_reason=" ")
        extra = scheduling.book(trusted, urgent, world.doctor_id, at(day, 10), overbook_reason="Bleeding")
        assert extra.overbooked and extra.overbook_reason == "Bleeding"
        view = scheduling.day_view(trusted, day, doctor_ids=[world.doctor_id])
        assert [a.overbooked for a in view.columns[0].appointments] == [False, True]
    finally:
        trusted.db.dispose()


# --- calendars -------------------------------------------------------------------------------------------


def test_day_and_week_views(database, reception, billing, world) -> None:
    day = fresh_day()
    a = scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 9))
    b = scheduling.book(reception, new_patient(database), world.colleague_id, at(day, 9))
    scheduling.cancel(reception, b.id, "Unwell")
    view = scheduling.day_view(billing, day, specialty_id=world.specialty_id)
    columns = {c.doctor.id: c for c in view.columns}
    assert set(columns) == {world.doctor_id, world.colleague_id}
    assert [x.id for x in columns[world.doctor_id].appointments] == [a.id]
    assert [x.status for x in columns[world.colleague_id].appointments] == ["cancelled"]
    session = columns[world.doctor_id].sessions[0]
    assert (session.starts_at, session.ends_at, session.room, session.slot_minutes) == (
        at(day, 9), at(day, 17), "Room 1", 15)
    week = scheduling.week_view(reception, world.doctor_id, day)
    assert len(week.days) == 7 and week.monday.weekday() == 0
    assert a.id in {x.id for d in week.days for x in d.appointments}
    assert scheduling.appointments_of_patient(reception, a.patient_id)[0].id == a.id


def test_holidays_show_in_the_day_view(database, reception, world) -> None:
    day = fresh_day()
    with database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO schedule_exception (staff_id, starts_at, ends_at, kind, note) "
                          "VALUES (NULL, :a, :b, 'holiday', 'Bank holiday')"), {"a": at(day, 0), "b": at(day, 23)})
    view = scheduling.day_view(reception, day, doctor_ids=[world.doctor_id])
    assert [(w.kind, w.hospital_wide) for w in view.columns[0].away] == [("holiday", True)]
    assert scheduling.find_slots(reception, doctor_id=world.doctor_id, start=day, days=1) == ()


# --- waiting list ----------------------------------------------------------------------------------------


def test_a_cancellation_offers_the_time_to_the_waiting_list(database, reception, world) -> None:
    day = fresh_day()
    booked = scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 10))
    by_doctor = scheduling.add_to_waiting_list(reception, new_patient(database, "Waiter"), doctor_id=world.doctor_id,
                                               earliest=TODAY, note="Any morning")
    by_specialty = scheduling.add_to_waiting_list(reception, new_patient(database), specialty_id=world.specialty_id,
                                                  earliest=TODAY, latest=day)
    scheduling.add_to_waiting_list(reception, new_patient(database), doctor_id=world.doctor_id,
                                   earliest=day + timedelta(days=1))  # not yet
    with pytest.raises(ValidationFailed, match="doctor or a specialty"):
        scheduling.add_to_waiting_list(reception, new_patient(database))
    scheduling.cancel(reception, booked.id, "Moved away")
    matches = scheduling.waiting_list_matches(reception, booked.id)
    assert [m.id for m in matches] == [by_doctor.id, by_specialty.id]
    assert matches[0].patient_name.startswith("WAITER") and matches[1].specialty == "Cardiology"
    offered = scheduling.set_waiting_status(reception, by_doctor.id, "offered")
    assert offered.status == "offered"
    assert [m.id for m in scheduling.waiting_list_matches(reception, booked.id)] == [by_specialty.id]
    assert by_doctor.id in {e.id for e in scheduling.waiting_list(reception, status="offered")}
    with pytest.raises(NotFound):
        scheduling.waiting_list_matches(reception, 10**12)


# --- the database itself ---------------------------------------------------------------------------------


def test_direct_inserts_of_overlaps_are_refused(database, world) -> None:
    day = fresh_day()
    p1, p2 = new_patient(database), new_patient(database)
    clerk = database.add_user(Group.RECEPTION, stem="sqltool")
    insert = ("INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at) VALUES (%s, %s, %s, %s) "
              "RETURNING id")
    with database.connect_as(clerk) as conn:
        first = conn.execute(insert, (p1, world.doctor_id, at(day, 10), at(day, 10, 30))).fetchone()[0]
        with pytest.raises(errors.ExclusionViolation, match="ex_appointment_doctor_busy"):
            conn.execute(insert, (p2, world.doctor_id, at(day, 10, 15), at(day, 10, 45)))
        with pytest.raises(errors.ExclusionViolation, match="ex_appointment_patient_busy"):
            conn.execute(insert, (p1, world.colleague_id, at(day, 10, 15), at(day, 10, 45)))
        # Adjacent is fine: [) ranges.
        conn.execute(insert, (p2, world.doctor_id, at(day, 10, 30), at(day, 10, 45)))
        room = "INSERT INTO resource_booking (resource_id, starts_at, ends_at, purpose) VALUES (%s, %s, %s, 'ECG')"
        conn.execute(room, (world.ecg_id, at(day, 10), at(day, 11)))
        with pytest.raises(errors.ExclusionViolation, match="ex_resource_booking_resource_busy"):
            conn.execute(room, (world.ecg_id, at(day, 10, 30), at(day, 11, 30)))
        # Overbooking by SQL is refused without the capability; a cancelled one frees the time.
        with pytest.raises(psycopg.Error, match="allowed to overbook"):
            conn.execute("INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, overbooked, "
                         "overbook_reason) VALUES (%s, %s, %s, %s, true, 'x')",
                         (p2, world.doctor_id, at(day, 10), at(day, 10, 15)))
        conn.execute("UPDATE appointment SET status = 'cancelled', cancel_reason = 'x' WHERE id = %s", (first,))
        conn.execute(insert, (p2, world.doctor_id, at(day, 10), at(day, 10, 15)))
        with pytest.raises(psycopg.Error, match="already cancelled"):
            conn.execute("UPDATE appointment SET status = 'booked' WHERE id = %s", (first,))


def test_changes_are_announced_on_the_appointments_channel(database, reception, world) -> None:
    listener = psycopg.connect(**database.target.connect_kwargs(database.owner.username, None), autocommit=True) \
        if database.cluster.embedded is not None else database.cluster.admin_connect(database.name)
    with listener:
        listener.execute("LISTEN appointments")
        booked = scheduling.book(reception, new_patient(database), world.doctor_id, at(fresh_day(), 10))
        payloads = [json.loads(n.payload) for n in listener.notifies(timeout=5, stop_after=2)]
    mine = [p for p in payloads if p.get("table") == "appointment"]
    assert mine and mine[0]["id"] == booked.id and mine[0]["doctor_id"] == world.doctor_id
    assert mine[0]["op"] == "INSERT" and mine[0]["status"] == "booked"


# --- demo data -------------------------------------------------------------------------------------------


@pytest.fixture
def demo_database(cluster) -> Iterator[ServiceContext]:
    """A database of its own: the demo fills a diary only where there are no working hours yet."""
    name = f"hms_t_{uuid.uuid4().hex[:10]}"
    cluster.create_database(name)
    owner = cluster.owner_database(name)
    try:
        yield ServiceContext(db=owner, user=setup.OWNER_USER)
    finally:
        owner.dispose()
        cluster.drop_database(name)


def test_demo_schedule(demo_database: ServiceContext) -> None:
    ctx = demo_database
    for department in ("Cardiology", "Cardiology", "Radiology"):
        users.add_staff(ctx, NewStaffMember(
            username=f"demo_{uuid.uuid4().hex[:8]}", full_name=f"Dr {department} {next(_names)}", title="Consultant",
            department=department, groups=frozenset({Group.DOCTOR})), "a-Good-pass-2026")
    with ctx.db.engine.begin() as conn:
        conn.execute(text("INSERT INTO patient (family_name, given_name, sex) "
                          "SELECT 'Demo' || n, 'Pat', 'U' FROM generate_series(1, 400) AS n"))
        now = datetime.now(UTC)
        added = demo_schedule.seed_demo_schedule(conn, now=now)
        assert demo_schedule.seed_demo_schedule(conn) == 0  # a second run adds nothing
    assert added > 50
    with ctx.db.engine.connect() as conn:
        # A diary as it would look at `now`: nothing seen in the future, nothing still booked in the past,
        # one patient at most in each room, a handful declined for reception to rebook.
        seen_ahead = conn.execute(text(
            "SELECT count(*) FROM appointment WHERE starts_at > :now "
            "AND status IN ('in_consultation', 'completed', 'no_show')"), {"now": now}).scalar_one()
        booked_behind = conn.execute(text(
            "SELECT count(*) FROM appointment WHERE ends_at <= :now AND status IN ('booked', 'confirmed', "
            "'checked_in', 'in_consultation')"), {"now": now}).scalar_one()
        stamped_ahead = conn.execute(text(
            "SELECT count(*) FROM appointment WHERE checked_in_at > :now OR called_at > :now "
            "OR completed_at > :now"), {"now": now}).scalar_one()
        most_in_a_room = conn.execute(text(
            "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM appointment "
            "WHERE status = 'in_consultation' GROUP BY doctor_id) per_doctor")).scalar_one()
        declined = conn.execute(text("SELECT count(*) FROM appointment WHERE status = 'declined'")).scalar_one()
    assert (seen_ahead, booked_behind, stamped_ahead) == (0, 0, 0)
    assert most_in_a_room <= 1
    assert 1 <= declined <= demo_schedule.DECLINED
    with ctx.db.engine.connect() as conn:
        templates = conn.execute(text("SELECT count(*) FROM work_template")).scalar_one()
        statuses = set(conn.execute(text("SELECT DISTINCT status FROM appointment")).scalars())
        specialties = set(conn.execute(text("SELECT name FROM specialty")).scalars())
        rooms = conn.execute(text("SELECT count(*) FROM resource WHERE kind = 'consulting_room'")).scalar_one()
        booked_rooms = conn.execute(text("SELECT count(*) FROM resource_booking")).scalar_one()
    assert templates == 3 * 5 * 2 and rooms == 3 and booked_rooms == added
    assert specialties == {"Cardiology", "Radiology"}
    assert {"completed", "booked"} <= statuses
    next_monday = TODAY + timedelta(days=7 - TODAY.weekday())
    view = scheduling.day_view(ctx, next_monday)
    assert len(view.columns) == 3 and all(len(c.sessions) == 2 for c in view.columns)
    assert scheduling.find_slots(ctx, specialty_id=None, start=next_monday, days=7, limit=5)


# --- doctors: profiles, hours, absences ------------------------------------------------------------------


def test_doctors_edit_their_own_profile_admins_any(database, doctor, colleague, admin, reception,
                                                   world) -> None:
    mine = doctors.get_profile(reception, world.doctor_id)
    updated = doctors.update_profile(doctor, world.doctor_id, qualifications="MB BS\nMRCP  ",
                                     availability_notes="No Friday afternoons", expected_version=mine.version,
                                     slot_minutes=5)  # ignored: only an administrator sets the slot length
    assert (updated.qualifications, updated.availability_notes) == ("MB BS\nMRCP", "No Friday afternoons")
    assert updated.slot_minutes is None and updated.specialties[0].name == "Cardiology"
    with pytest.raises(PermissionDenied, match="your own profile"):
        doctors.update_profile(colleague, world.doctor_id, qualifications="x", availability_notes="",
                               expected_version=updated.version)
    with pytest.raises(Conflict, match="changed this profile"):
        doctors.update_profile(doctor, world.doctor_id, qualifications="y", availability_notes="",
                               expected_version=mine.version)
    with pytest.raises(PermissionDenied):
        doctors.update_profile(reception, world.doctor_id, qualifications="x", availability_notes="",
                               expected_version=updated.version)
    by_admin = doctors.update_profile(admin, world.colleague_id, qualifications="MB ChB", availability_notes="",
                                      expected_version=doctors.get_profile(admin, world.colleague_id).version,
                                      registration_number="GMC 1234567", consultation_fee_code="CONS")
    assert by_admin.registration_number == "GMC 1234567" and by_admin.slot_minutes is None


def test_changing_hours_lists_the_appointments_to_move(database, admin, reception, world) -> None:
    day = fresh_day()
    early = scheduling.book(reception, new_patient(database), world.colleague_id, at(day, 9))
    late = scheduling.book(reception, new_patient(database), world.colleague_id, at(day, 16))
    template = next(t for t in doctors.templates(admin, world.colleague_id, on=day) if t.weekday == day.weekday())
    ended = doctors.end_template(admin, template.id, day - timedelta(days=1), expected_version=template.version)
    assert {a.id for a in ended.affected} >= {early.id, late.id}
    morning = doctors.add_template(admin, world.colleague_id, day.weekday(), time(8), time(12),
                                   resource_id=world.room2_id, valid_from=day)
    assert morning.template is not None and morning.template.room == "Room 2"
    affected = {a.id for a in morning.affected}
    assert late.id in affected and early.id not in affected
    # Nothing was dropped: both appointments are still booked.
    assert scheduling.get_appointment(reception, late.id).status == "booked"
    leave = doctors.add_exception(admin, world.colleague_id, at(day, 8), at(day, 10), kind="training",
                                  note="Course")
    assert early.id in {a.id for a in leave.affected}
    assert leave.exception is not None and leave.exception.kind_label == "Training"
    assert [e.id for e in doctors.exceptions(reception, staff_id=world.colleague_id, start=at(day, 0),
                                             end=at(day, 23))] == [leave.exception.id]
    with pytest.raises(PermissionDenied):
        doctors.add_template(reception, world.colleague_id, 0, time(8), time(9))
    with pytest.raises(ValidationFailed, match="end after it starts"):
        doctors.add_template(admin, world.colleague_id, 0, time(9), time(8))
    room = doctors.add_resource(admin, "Ultrasound 2", "equipment")
    assert room.id in {r.id for r in doctors.resources(reception)}
    specialty = doctors.add_specialty(admin, "Sports  medicine")
    assert doctors.set_specialties(admin, world.colleague_id, [world.specialty_id, specialty.id]).specialties[1].name \
        == "Sports medicine"
    assert doctors.set_rooms(admin, world.colleague_id, [world.room2_id]).rooms == ("Room 2",)


def test_rooms_and_equipment_booked_on_their_own(database, reception, doctor, world) -> None:
    day = fresh_day()
    ecg = scheduling.book_resource(reception, world.ecg_id, at(day, 10), at(day, 10, 30), purpose="ECG for ward 3")
    assert (ecg.resource, ecg.cancelled, ecg.appointment_id) == ("ECG", False, None)
    with pytest.raises(Conflict, match="already booked"):
        scheduling.book_resource(reception, world.ecg_id, at(day, 10, 15), at(day, 11), purpose="Clinic ECG")
    with pytest.raises(ValidationFailed, match="what the room or device"):
        scheduling.book_resource(reception, world.ecg_id, at(day, 11), at(day, 12), purpose=" ")
    with pytest.raises(PermissionDenied):
        scheduling.book_resource(doctor, world.ecg_id, at(day, 11), at(day, 12), purpose="Mine")
    assert scheduling.cancel_resource_booking(reception, ecg.id).cancelled
    assert scheduling.book_resource(reception, world.ecg_id, at(day, 10, 15), at(day, 11), purpose="Clinic ECG")
    # A room held by someone else makes the doctor's slot unavailable too.
    scheduling.book_resource(reception, world.room_id, at(day, 12), at(day, 13), purpose="Teaching")
    free = {s.starts_at for s in scheduling.find_slots(reception, doctor_id=world.doctor_id, start=day, days=1,
                                                       limit=40)}
    assert at(day, 12) not in free and at(day, 12, 45) not in free and at(day, 13) in free
    with pytest.raises(SlotTaken, match="room"):
        scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 12, 30))


def test_merging_patients_moves_appointments_but_never_into_two_places(database, reception, world) -> None:
    day = fresh_day()
    survivor, duplicate, clash = new_patient(database), new_patient(database), new_patient(database)
    kept = scheduling.book(reception, survivor, world.doctor_id, at(day, 9))
    moved = scheduling.book(reception, duplicate, world.colleague_id, at(day, 10))
    scheduling.book(reception, clash, world.colleague_id, at(day, 9))
    with database.owner.engine.begin() as conn:
        conn.execute(text("SELECT hms_merge_patients(:s, :d)"), {"s": survivor, "d": duplicate})
    assert {a.id for a in scheduling.appointments_of_patient(reception, survivor)} == {kept.id, moved.id}
    with pytest.raises(Exception, match="ex_appointment_patient_busy"), database.owner.engine.begin() as conn:
        conn.execute(text("SELECT hms_merge_patients(:s, :d)"), {"s": survivor, "d": clash})


# --- slot length: session > doctor > specialty > hospital ------------------------------------------------


def _lengths(slots) -> set[int]:
    return {int((s.ends_at - s.starts_at).total_seconds() // 60) for s in slots}


def test_slot_length_comes_from_session_doctor_specialty_then_hospital(database, admin, reception,
                                                                     world) -> None:
    day = fresh_day()
    suffix = uuid.uuid4().hex[:8]
    derm = doctors.add_specialty(admin, f"Dermatology {suffix}")
    neuro = doctors.add_specialty(admin, f"Neurology {suffix}")
    stored = {s.id: s.slot_minutes for s in doctors.set_specialty_slot_minutes(admin, {derm.id: 20, neuro.id: 30})}
    assert (stored[derm.id], stored[neuro.id], stored[world.specialty_id]) == (20, 30, None)
    assert {s.id: s.slot_minutes for s in scheduling.specialties(reception)}[neuro.id] == 30
    owner = database.owner.engine
    with owner.begin() as conn:
        for sid in (derm.id, neuro.id):
            conn.execute(text("INSERT INTO doctor_specialty (staff_id, specialty_id) VALUES (:s, :p)"),
                         {"s": world.colleague_id, "p": sid})
    try:
        by_doctor = scheduling.find_slots(reception, doctor_id=world.colleague_id, start=day, days=1, limit=3)
        # Several specialties with a length and none searched for: the shortest.
        assert [s.starts_at for s in by_doctor] == [at(day, 9), at(day, 9, 20), at(day, 9, 40)]
        assert _lengths(by_doctor) == {20}
        by_specialty = scheduling.find_slots(reception, specialty_id=neuro.id, start=day, days=1, limit=2)
        assert [s.starts_at for s in by_specialty] == [at(day, 9), at(day, 9, 30)] and _lengths(by_specialty) == {30}
        # A doctor without specialty lengths keeps the hospital default.
        assert _lengths(scheduling.find_slots(reception, doctor_id=world.doctor_id, start=day, days=1,
                                              limit=3)) == {15}
        # Booking from a specialty search takes that specialty's length; otherwise the doctor's (shortest).
        patient = new_patient(database)
        booked = scheduling.book(reception, patient, world.colleague_id, at(day, 10), specialty_id=neuro.id)
        assert booked.ends_at == at(day, 10, 30)
        booked = scheduling.book(reception, patient, world.colleague_id, at(day, 11))
        assert booked.ends_at == at(day, 11, 20)
        week = scheduling.week_view(reception, world.colleague_id, day)
        assert {s.slot_minutes for d in week.days for s in d.sessions} == {20}
        # The doctor's own length beats the specialty's; the session's beats the doctor's.
        with owner.begin() as conn:
            conn.execute(text("UPDATE doctor_profile SET slot_minutes = 10 WHERE staff_id = :s"),
                         {"s": world.colleague_id})
        assert _lengths(scheduling.find_slots(reception, specialty_id=neuro.id, start=day, days=1, limit=2)) == {10}
        with owner.begin() as conn:
            conn.execute(text("UPDATE work_template SET slot_minutes = 25 WHERE staff_id = :s AND weekday = :w"),
                         {"s": world.colleague_id, "w": day.weekday()})
        assert _lengths(scheduling.find_slots(reception, specialty_id=neuro.id, start=day, days=1, limit=2)) == {25}
    finally:
        with owner.begin() as conn:
            conn.execute(text("UPDATE work_template SET slot_minutes = NULL WHERE staff_id = :s"),
                         {"s": world.colleague_id})
            conn.execute(text("UPDATE doctor_profile SET slot_minutes = NULL WHERE staff_id = :s"),
                         {"s": world.colleague_id})
            conn.execute(text("DELETE FROM doctor_specialty WHERE specialty_id IN (:a, :b)"),
                         {"a": derm.id, "b": neuro.id})


def test_only_admins_set_a_specialty_slot_length_within_range(database, admin, reception, world) -> None:
    with pytest.raises(PermissionDenied):
        doctors.set_specialty_slot_minutes(reception, {world.specialty_id: 20})
    with pytest.raises(ValidationFailed):
        doctors.set_specialty_slot_minutes(admin, {world.specialty_id: 4})
    with pytest.raises(NotFound):
        doctors.set_specialty_slot_minutes(admin, {2_000_000_000: 20})
    with database.owner.engine.begin() as conn, pytest.raises(Exception, match="slot_minutes_range"):
        conn.execute(text("UPDATE specialty SET slot_minutes = 241 WHERE id = :s"), {"s": world.specialty_id})
    assert {s.id: s.slot_minutes for s in scheduling.specialties(admin)}[world.specialty_id] is None


# --- one unit of work per use case ---------------------------------------------------------------------


@contextlib.contextmanager
def statements_of(ctx: ServiceContext) -> Iterator[list[str]]:
    """Every SQL statement the context's engine sends (pool pings included), for counting round trips."""
    sent: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _many) -> None:
        sent.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", note)


def test_a_booking_is_two_statements_in_one_transaction(database, reception, world) -> None:
    """The reads and the doctor/patient locks are one statement, the room lock, the insert of the appointment
    and its room and the read-back another (issue 11, item 8): nothing else, and no second transaction."""
    day, patient = fresh_day(), new_patient(database)
    scheduling.find_slots(reception, doctor_id=world.doctor_id, start=day, days=1, limit=1)  # settings, pool warm
    with statements_of(reception) as sent:
        booked = scheduling.book(reception, patient, world.doctor_id, at(day, 11), reason="Counted")
    assert booked.room == "Room 1" and booked.patient_name.startswith("TESTFAMILY")
    assert len(sent) == 2, sent
    assert "hms_booking_lock" in sent[0] and "INSERT INTO appointment" in sent[1]


def test_booking_from_the_waiting_list_is_one_transaction(database, reception, world) -> None:
    day = fresh_day()
    freed = scheduling.book(reception, new_patient(database), world.doctor_id, at(day, 14), slots=2)
    scheduling.cancel(reception, freed.id, "Patient unwell")
    entry = scheduling.add_to_waiting_list(reception, new_patient(database, "Patient"), doctor_id=world.doctor_id,
                                           note="Mornings preferred")
    with statements_of(reception) as sent:
        booked = scheduling.book_from_waiting_list(reception, entry.id, freed.doctor_id, freed.starts_at,
                                                   ends_at=freed.ends_at, kind=freed.kind)
    assert sum(1 for s in sent if s.strip().upper().startswith("SELECT 1")) <= 1  # one pool checkout
    assert booked.starts_at == freed.starts_at and booked.ends_at == freed.ends_at  # two slots, as freed
    assert booked.reason == "From the waiting list: Mornings preferred" and booked.room == "Room 1"
    assert entry.id not in {e.id for e in scheduling.waiting_list(reception)}
    # Taken meanwhile: nothing is booked and the entry stays waiting (the same transaction rolled back).
    second = scheduling.add_to_waiting_list(reception, new_patient(database), doctor_id=world.doctor_id)
    with pytest.raises(SlotTaken):
        scheduling.book_from_waiting_list(reception, second.id, freed.doctor_id, freed.starts_at,
                                          ends_at=freed.ends_at)
    assert second.id in {e.id for e in scheduling.waiting_list(reception)}


def test_today_is_the_hospitals_and_comes_from_the_clock(database, world) -> None:
    """At 23:30 UTC on a summer evening it is already tomorrow in London: the waiting list starts there."""
    late = ServiceContext(db=database.owner, user=setup.OWNER_USER,
                          clock=FixedClock(datetime(2031, 7, 1, 23, 30, tzinfo=UTC)))
    entry = scheduling.add_to_waiting_list(late, new_patient(database), doctor_id=world.doctor_id)
    assert entry.earliest == date(2031, 7, 2)
    assert scheduling.day_view(late, date(2031, 7, 2), doctor_ids=[world.doctor_id]).is_today


def test_a_retried_booking_with_its_request_id_returns_the_earlier_appointment(database, reception, world) -> None:
    """Issue 7.10: the client gave up (the server did not answer) but the booking committed late; the retry
    from the same window, with the same request id, must not book twice."""
    day = fresh_day()
    patient = new_patient(database)
    request = uuid.uuid4()
    first = scheduling.book(reception, patient, world.doctor_id, at(day, 11), kind="new", request_id=request)
    again = scheduling.book(reception, patient, world.doctor_id, at(day, 11), kind="new", request_id=request)
    assert again.id == first.id
    with pytest.raises(Conflict, match="earlier attempt from this window booked"):
        scheduling.book(reception, patient, world.doctor_id, at(day, 11, 30), kind="new", request_id=request)
    with database.cluster.admin_connect(database.name) as conn:
        rows = conn.execute("SELECT count(*) FROM appointment WHERE patient_id = %s", (patient,)).fetchone()
    assert rows == (1,)
    # Another window (another request id) books the patient again as before.
    other = scheduling.book(reception, patient, world.doctor_id, at(day, 11, 30), kind="new",
                            request_id=uuid.uuid4())
    assert other.id != first.id
