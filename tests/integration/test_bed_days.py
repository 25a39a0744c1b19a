"""Bed-day charges from admissions (issue 9, item 2; migration 0023), on a fixed clock: nights counted in the
hospital's time zone (Monday 14:00 to Wednesday 10:00 is two nights), a current admission accruing up to last
night, a transfer's night in the bed occupied at midnight, idempotent (also with two callers at once), priced
and invoiced through the billing service, and the GRANTs of each group."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import psycopg
import pytest
from factories import new_patient
from sqlalchemy import text

from hms_desktop.domain.clock import FixedClock
from hms_desktop.domain.staff import Group
from hms_desktop.services import billing
from hms_desktop.services.billing.bed_days import accrue_bed_days
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import PermissionDenied

LONDON = ZoneInfo("Europe/London")
D = Decimal


def london(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=LONDON)


@pytest.fixture(scope="module")
def beds(database) -> tuple[int, int]:
    with database.owner.engine.begin() as conn:
        ward = conn.execute(text("INSERT INTO ward (name) VALUES ('Bed-day Ward') RETURNING id")).scalar_one()
        room = conn.execute(text("INSERT INTO room (ward_id, name) VALUES (:w, 'Room 7') RETURNING id"),
                            {"w": ward}).scalar_one()
        first, second = (conn.execute(text("INSERT INTO bed (room_id, label) VALUES (:r, :l) RETURNING id"),
                                      {"r": room, "l": label}).scalar_one() for label in ("B1", "B2"))
    return first, second


def clerk_at(database, when: datetime) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING, clock=FixedClock(when.astimezone(UTC)))


def admit(database, patient: int, stays: list[tuple[int, datetime, datetime | None]],
          discharged: datetime | None = None) -> int:
    """An admission written as the owner (the front desk's rules are tested elsewhere): its bed stays in order."""
    with database.owner.engine.begin() as conn:
        admission = conn.execute(text(
            "INSERT INTO admission (patient_id, reason, admitted_at, discharged_at, disposition) "
            "VALUES (:p, 'Observation', :a, :d, :disp) RETURNING id"),
            {"p": patient, "a": stays[0][1], "d": discharged, "disp": "home" if discharged else None}).scalar_one()
        for bed, starts, ends in stays:
            conn.execute(text("INSERT INTO bed_stay (admission_id, bed_id, starts_at, ends_at) "
                              "VALUES (:a, :b, :s, :e)"), {"a": admission, "b": bed, "s": starts, "e": ends})
    return int(admission)


def nights(database, patient: int) -> list[tuple[date, str, str, int]]:
    with database.owner.engine.connect() as conn:
        return [(row.service_date, row.fee_code, row.description, row.quantity) for row in conn.execute(text(
            "SELECT service_date, fee_code, description, quantity FROM charge WHERE patient_id = :p "
            "AND source_kind = 'bed_night' ORDER BY service_date"), {"p": patient})]


def test_monday_afternoon_to_wednesday_morning_is_two_nights(database, beds) -> None:
    patient = new_patient(database)
    admit(database, patient, [(beds[0], london(2, 14), london(4, 10))], discharged=london(4, 10))  # Mon to Wed
    for clerk in clerk_at(database, london(10, 9)):
        assert accrue_bed_days(clerk, patient) == 2
        assert accrue_bed_days(clerk, patient) == 0  # idempotent
    assert nights(database, patient) == [
        (date(2026, 3, 2), "BED-DAY", "Bed day, night of 02 Mar 2026 (Bed-day Ward, Room 7, bed B1)", 1),
        (date(2026, 3, 3), "BED-DAY", "Bed day, night of 03 Mar 2026 (Bed-day Ward, Room 7, bed B1)", 1)]


def test_a_current_admission_accrues_up_to_last_night(database, beds) -> None:
    patient = new_patient(database)
    admit(database, patient, [(beds[1], london(16, 14), None)])
    for clerk in clerk_at(database, london(16, 23, 59)):
        assert accrue_bed_days(clerk, patient) == 0  # the first midnight has not come yet
    for clerk in clerk_at(database, london(19, 9)):
        assert accrue_bed_days(clerk, patient) == 3  # the nights of the 16th, 17th and 18th
    for clerk in clerk_at(database, london(20, 0, 30)):
        assert accrue_bed_days(clerk, patient) == 1  # last night (the 19th) is added, nothing twice
    assert [n[0].day for n in nights(database, patient)] == [16, 17, 18, 19]
    with database.owner.engine.begin() as conn:  # close the stay so the bed is free for later tests
        conn.execute(text("UPDATE bed_stay SET ends_at = :e WHERE ends_at IS NULL AND bed_id = :b"),
                     {"e": london(20, 10), "b": beds[1]})
        conn.execute(text("UPDATE admission SET discharged_at = :e, disposition = 'home' WHERE patient_id = :p"),
                     {"e": london(20, 10), "p": patient})


def test_a_clock_ahead_of_the_server_accrues_no_future_night(database, beds) -> None:
    patient = new_patient(database)
    now = datetime.now(LONDON)
    admit(database, patient, [(beds[0], now - timedelta(days=3), None)])
    with database.owner.engine.connect() as conn:
        conn.execute(text("SELECT hms_accrue_bed_days(:p, now() + interval '30 days')"), {"p": patient})
        conn.commit()
    charged = [n[0] for n in nights(database, patient)]
    assert charged and max(charged) < now.date()  # up to last night, whatever the caller's clock says
    assert len(charged) == 3
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE bed_stay SET ends_at = now() WHERE ends_at IS NULL AND bed_id = :b"), {"b": beds[0]})


def test_a_transfer_puts_the_night_in_the_bed_occupied_at_midnight(database, beds) -> None:
    evening, after_midnight = new_patient(database), new_patient(database)
    # Moved at 23:30 on the 23rd: that night is the second bed's.
    admit(database, evening, [(beds[0], london(23, 14), london(23, 23, 30)), (beds[1], london(23, 23, 30),
                                                                              london(25, 9))],
          discharged=london(25, 9))
    # Moved at 00:30 on the 27th: the night of the 26th stays in the first bed.
    admit(database, after_midnight, [(beds[0], london(26, 14), london(27, 0, 30)),
                                     (beds[1], london(27, 0, 30), london(28, 9))], discharged=london(28, 9))
    for clerk in clerk_at(database, london(30, 9)):
        assert accrue_bed_days(clerk, evening) == 2 and accrue_bed_days(clerk, after_midnight) == 2
    assert [(n[0].day, n[2][-3:-1]) for n in nights(database, evening)] == [(23, "B2"), (24, "B2")]
    assert [(n[0].day, n[2][-3:-1]) for n in nights(database, after_midnight)] == [(26, "B1"), (27, "B2")]


def test_nights_are_counted_in_the_hospitals_time_zone(database, beds) -> None:
    patient = new_patient(database)
    # 20:00 to 20:00 UTC the next day. In London the midnight between is the 1st's night; in Tokyo (UTC+9) the
    # patient arrives at 05:00 on the 2nd and the one midnight passed ends the 2nd.
    utc = ZoneInfo("UTC")
    admit(database, patient, [(beds[0], datetime(2026, 4, 1, 20, tzinfo=utc), datetime(2026, 4, 2, 20, tzinfo=utc))],
          discharged=datetime(2026, 4, 2, 20, tzinfo=utc))
    with database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO hospital_setting (key, value) VALUES ('time_zone', '\"Asia/Tokyo\"') "
                          "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"))
    try:
        for clerk in clerk_at(database, london(10, 9, month=4)):
            assert accrue_bed_days(clerk, patient) == 1
    finally:
        with database.owner.engine.begin() as conn:
            conn.execute(text("DELETE FROM hospital_setting WHERE key = 'time_zone'"))
    assert [n[0] for n in nights(database, patient)] == [date(2026, 4, 2)]


def test_unbilled_charges_lists_the_nights_priced_and_they_invoice(database, beds) -> None:
    patient = new_patient(database)
    admit(database, patient, [(beds[0], london(5, 14, month=5), london(7, 10, month=5))],
          discharged=london(7, 10, month=5))
    for clerk in clerk_at(database, london(8, 9, month=5)):
        charges = billing.unbilled_charges(clerk, patient)  # the hook accrues first
        assert [(c.fee_code, c.source_kind, c.unit_price, c.category) for c in charges] == [
            ("BED-DAY", "bed_night", D("150.00"), "bed_day")] * 2
        draft = billing.create_draft_invoice(clerk, patient, [c.charge_id for c in charges])
        issued = billing.issue_invoice(clerk, draft.id)
        assert issued.total == D("300.00") and "night of 05 May 2026" in issued.lines[0].description
        assert billing.unbilled_charges(clerk, patient) == ()  # billed nights are not charged again


def test_two_clerks_at_once_never_charge_a_night_twice(database, beds) -> None:
    patient = new_patient(database)
    admit(database, patient, [(beds[1], london(1, 14, month=6), london(11, 10, month=6))],
          discharged=london(11, 10, month=6))
    login = database.add_user(Group.BILLING, stem="bedrace")
    results: list[int] = []
    barrier = threading.Barrier(4)

    def call() -> None:
        with database.connect_as(login) as conn:
            barrier.wait()
            results.append(conn.execute("SELECT hms_accrue_bed_days(%s)", (patient,)).fetchone()[0])

    threads = [threading.Thread(target=call) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sum(results) == 10  # each night created by exactly one of the four callers
    assert len(nights(database, patient)) == 10


def test_grants_per_group(database, beds) -> None:
    for group in (Group.RECEPTION, Group.DOCTOR, Group.ADMIN):
        with database.connect_as(database.add_user(group)) as conn, \
                pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT hms_accrue_bed_days(NULL)")
        with pytest.raises(PermissionDenied):
            accrue_bed_days(database.context_for(group), None)
    with database.connect_as(database.add_user(Group.RECEPTION)) as conn, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM bed_night")
    for group in (Group.BILLING, Group.ADMIN):
        with database.connect_as(database.add_user(group)) as conn:
            conn.execute("SELECT count(*) FROM bed_night")
            for statement in ("INSERT INTO bed_night (admission_id, night) VALUES (1, current_date)",
                              "UPDATE bed_night SET night = night", "DELETE FROM bed_night"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
                conn.rollback()


def test_bed_nights_are_audited(database) -> None:
    with database.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'bed_night'::regclass "
                                 "AND tgname = 'audit'")).scalar_one() == 1
