"""The services' side of "times in the hospital's zone" (issue 10, item 7), with the process (the
workstation) in Auckland and the hospital in London: the hospital clock's now and today, the audit trail's
times, "today" for the front desk, and what the appointment slip prints.
"""

from __future__ import annotations

import os
import time as time_module
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from factories import new_patient
from sqlalchemy import text

from hms_desktop.domain.clock import FixedClock
from hms_desktop.domain.staff import Group
from hms_desktop.services import audit, scheduling, slips
from hms_desktop.services import settings as settings_service
from hms_desktop.services.hospital_clock import hospital_clock
from hms_desktop.services.patients.front_desk import front_desk_settings, local_today

LONDON = ZoneInfo("Europe/London")
AUCKLAND = ZoneInfo("Pacific/Auckland")
DAY = datetime.now(LONDON).date() + timedelta(days=3)
AFTERNOON = FixedClock(datetime.combine(DAY, time(14), tzinfo=LONDON))  # already DAY + 1 in Auckland


@pytest.fixture(autouse=True)
def auckland_workstation() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Auckland"
    time_module.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time_module.tzset()


@pytest.fixture(scope="module", autouse=True)
def london_hospital(database) -> Iterator[None]:
    owner = database.owner_context()
    before = settings_service.get_settings(owner)
    settings_service.save_settings(owner, replace(before, time_zone="Europe/London"))
    yield
    settings_service.save_settings(owner, before)


def test_the_hospital_clock_is_londons_whatever_the_workstation(database) -> None:
    for ctx in database.logged_in(Group.RECEPTION, clock=AFTERNOON):
        assert AFTERNOON.now().astimezone().date() == DAY + timedelta(days=1)  # the workstation's today
        clock = hospital_clock(ctx)
        assert clock.zone == LONDON
        assert clock.today() == DAY and clock.now().hour == 14 and clock.time_text() == "14:00:00"
        assert clock.local(datetime.combine(DAY, time(13), tzinfo=ZoneInfo("UTC"))).hour in (13, 14)
        assert clock.at(DAY, time(9)) == datetime.combine(DAY, time(9), tzinfo=LONDON)
        with ctx.uow(read_only=True) as uow:
            assert local_today(ctx, front_desk_settings(ctx, uow)) == DAY


def test_audit_entries_come_on_the_hospitals_clock(database) -> None:
    new_patient(database, "Audited", "Ida")
    for admin in database.logged_in(Group.ADMIN):
        entry = audit.search_audit(admin, audit.AuditFilter(), limit=1).entries[0]
        assert entry.at.utcoffset() == entry.at.astimezone(LONDON).utcoffset()
        assert entry.at.utcoffset() != entry.at.astimezone(AUCKLAND).utcoffset()


def test_the_slip_prints_the_hospitals_time(database) -> None:
    username = database.add_user(Group.DOCTOR, full_name="Dr Slip Zone")
    with database.owner.engine.begin() as conn:
        staff_id = int(conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one())
        conn.execute(text("INSERT INTO doctor_profile (staff_id, slot_minutes) VALUES (:s, 15)"), {"s": staff_id})
        conn.execute(text("INSERT INTO work_template (staff_id, weekday, starts, ends, valid_from) "
                          "VALUES (:s, :w, '08:00', '18:00', :f)"),
                     {"s": staff_id, "w": DAY.weekday(), "f": DAY - timedelta(days=7)})
    for desk in database.logged_in(Group.RECEPTION, clock=FixedClock(datetime.combine(DAY, time(8), tzinfo=LONDON))):
        appointment = scheduling.book(desk, new_patient(database, "Slipped", "Sam"), staff_id,
                                      datetime.combine(DAY, time(9, 30), tzinfo=LONDON), kind="new", reason="Check")
        job = slips.appointment_slip(desk, appointment.id)
        assert f"{DAY:%d %b %Y} 09:30" in job.title
