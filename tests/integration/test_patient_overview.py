"""The patient overview on a real PostgreSQL: upcoming appointments, past visits (completed appointments and
stays together) and the last visit, as each group that opens it."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from hms_desktop.domain.clock import FixedClock
from hms_desktop.domain.patients import PatientDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import patients
from hms_desktop.services.context import ServiceContext

# The module (the package re-exports the function under the same name).
overview_module = importlib.import_module("hms_desktop.services.patients.overview")

# 11:00 in London (BST): the hospital's today is 6 May 2030.
NOW = datetime(2030, 5, 6, 10, 0, tzinfo=UTC)
COMPLETED_AT = datetime(2030, 4, 1, 9, 20, tzinfo=UTC)
DISCHARGED_AT = datetime(2030, 2, 4, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def desk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


def at_now(ctx: ServiceContext) -> ServiceContext:
    return dataclasses.replace(ctx, clock=FixedClock(NOW))


@pytest.fixture(scope="module")
def world(database, desk) -> dict[str, int]:
    doctor = database.add_user(Group.DOCTOR, full_name="Ada Lovelace")
    record = patients.register(desk, PatientDraft(family_name="Visitor", given_name="Vera", sex="F",
                                                  birth_date=date(1970, 7, 7)))
    with database.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": doctor}).scalar_one()

        def book(starts: datetime, status: str = "booked", **more: object) -> int:
            columns = {"patient_id": record.id, "doctor_id": doctor_id, "starts_at": starts,
                       "ends_at": starts + timedelta(minutes=15), "status": status, **more}
            names = ", ".join(columns)
            values = ", ".join(f":{name}" for name in columns)
            return int(conn.execute(text(f"INSERT INTO appointment ({names}) VALUES ({values}) RETURNING id"),
                                    columns).scalar_one())

        ids = {
            "done": book(datetime(2030, 4, 1, 9, 0, tzinfo=UTC), "completed", reason="Knee pain",
                         checked_in_at=datetime(2030, 4, 1, 8, 55, tzinfo=UTC), completed_at=COMPLETED_AT),
            "late_today": book(datetime(2030, 5, 6, 8, 0, tzinfo=UTC)),  # 09:00 local, not yet seen
            "upcoming": book(datetime(2030, 5, 8, 13, 30, tzinfo=UTC), "confirmed", reason="Follow-up"),
            "cancelled": book(datetime(2030, 5, 9, 9, 0, tzinfo=UTC), "cancelled", cancel_reason="ill"),
            "yesterday": book(datetime(2030, 5, 5, 9, 0, tzinfo=UTC)),
        }
        conn.execute(text("INSERT INTO admission (patient_id, reason, admitted_at, discharged_at, disposition) "
                          "VALUES (:p, 'Pneumonia', :a, :d, 'home')"),
                     {"p": record.id, "a": datetime(2030, 2, 1, 9, 0, tzinfo=UTC), "d": DISCHARGED_AT})
    return {"patient": record.id, **ids}


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.ADMIN, Group.DOCTOR, Group.BILLING])
def test_the_overview_lists_upcoming_appointments_and_past_visits(database, world, group) -> None:
    ctx = at_now(database.context_for(group))
    try:
        seen = patients.overview(ctx, world["patient"])
    finally:
        ctx.db.dispose()
    # Every group reads appointments (tests/integration/test_scheduling_grants.py), so every group sees them.
    assert seen.upcoming_appointments is not None
    assert [a.id for a in seen.upcoming_appointments] == [world["late_today"], world["upcoming"]]
    assert seen.upcoming_appointments[1].doctor_name == "Ada Lovelace"
    assert seen.upcoming_appointments[1].status_label == "Confirmed"
    assert seen.time_zone == "Europe/London"
    # Billing reads no clinical text (migration 0008): the visits are there, their reasons are not.
    billing = group is Group.BILLING
    assert [(v.kind, v.started_at, v.ended_at, v.reason) for v in seen.visits] == [
        ("appointment", datetime(2030, 4, 1, 9, 0, tzinfo=UTC), COMPLETED_AT, None if billing else "Knee pain"),
        ("admission", datetime(2030, 2, 1, 9, 0, tzinfo=UTC), DISCHARGED_AT, None if billing else "Pneumonia"),
    ]
    assert seen.visits[0].doctor == "Ada Lovelace"
    assert seen.last_visit == COMPLETED_AT


def test_last_visit_is_the_latest_discharge_or_the_current_stay(database, desk) -> None:
    record = patients.register(desk, PatientDraft(family_name="Lastvisit", given_name="Lee", sex="M",
                                                  birth_date=date(1980, 8, 8)))
    assert patients.overview(at_now(desk), record.id).last_visit is None
    later = datetime(2030, 4, 20, 15, 0, tzinfo=UTC)
    with database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO admission (patient_id, reason, admitted_at, discharged_at, disposition) "
                          "VALUES (:p, 'Fall', :a, :d, 'home')"),
                     {"p": record.id, "a": later - timedelta(days=2), "d": later})
    seen = patients.overview(at_now(desk), record.id)
    assert seen.last_visit == later
    assert seen.upcoming_appointments == ()
    assert [(v.kind, v.ended_at) for v in seen.visits] == [("admission", later)]
    # The search list's "Last visit" says the same.
    assert patients.search(desk, record.mrn).rows[0].last_visit == later
    # In hospital now: the last visit is the current stay, which began later.
    again = later + timedelta(days=5)
    with database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO admission (patient_id, reason, admitted_at) VALUES (:p, 'Again', :a)"),
                     {"p": record.id, "a": again})
    seen = patients.overview(at_now(desk), record.id)
    assert seen.last_visit == again == patients.search(desk, record.mrn).rows[0].last_visit
    assert [(v.kind, v.ended_at) for v in seen.visits] == [("admission", None), ("admission", later)]


def test_the_search_list_shows_the_completed_appointment_as_last_visit(world, desk) -> None:
    record = patients.get(desk, world["patient"])
    assert patients.search(desk, record.mrn).rows[0].last_visit == COMPLETED_AT


def test_a_group_that_may_not_read_appointments_gets_no_appointment_section(
        database, world, desk, monkeypatch) -> None:
    monkeypatch.setattr(overview_module, "may_see_appointments", lambda groups: False)
    seen = patients.overview(at_now(desk), world["patient"])
    assert seen.upcoming_appointments is None
    assert [v.kind for v in seen.visits] == ["admission"]


def test_the_record_says_who_changed_it_in_words_staff_know(database) -> None:
    """Issue 13.6: never a database role name such as "postgres"; a colleague's name, else "the system"."""
    with database.owner.engine.begin() as conn:  # as the database owner does for demo loads
        loaded = conn.execute(text("INSERT INTO patient (family_name, given_name, sex) VALUES ('Owner', 'O', 'U') "
                                   "RETURNING id")).scalar_one()
    clerk_name = "Rosa Parkes"
    clerk = database.login(database.add_user(Group.RECEPTION, full_name=clerk_name))
    try:
        assert patients.overview(clerk, loaded).changed_by == "the system"
        record = patients.get(clerk, loaded)
        changed = dataclasses.replace(record.draft, given_name="Olive")
        patients.update(clerk, loaded, changed, expected_version=record.version)
        assert patients.overview(clerk, loaded).changed_by == clerk_name
    finally:
        clerk.db.dispose()
