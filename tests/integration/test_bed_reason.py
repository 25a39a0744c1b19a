"""A bed out of service always says why (migration 0029_bed_reason): the bed board's service asks for the
reason, and the database refuses one without it whoever writes, connecting as each group as any SQL tool
could. Reception writes the reason and expected return, doctors and billing nothing; the audit trail leaves
the free-text reason out (as 0025 does).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import psycopg
import pytest
from helpers import TODAY
from psycopg import errors
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from hms_desktop.db import migrate
from hms_desktop.domain.staff import Group
from hms_desktop.services import admissions, demo_wards
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import PermissionDenied, ValidationFailed

DB_WORDS = "Say why the bed is out of service."


@pytest.fixture(scope="module")
def wards(database) -> int:
    with database.owner.engine.begin() as conn:
        return demo_wards.seed_demo_wards(conn)


@pytest.fixture(scope="module")
def reception(database, wards) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture(scope="module")
def admin(database, wards) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def doctor(database, wards) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.DOCTOR)


def board_bed(ctx: ServiceContext, bed_id: int) -> admissions.BedDTO:
    return next(b for w in admissions.bed_board(ctx) for b in w.beds if b.id == bed_id)


def free_bed_id(ctx: ServiceContext, skip: int = 0) -> int:
    return admissions.free_beds(ctx, bed_type="general")[skip].id


def test_the_service_asks_why_and_when_back(reception) -> None:
    bed_id = free_bed_id(reception)
    for blank in ("", "   \n "):
        with pytest.raises(ValidationFailed) as no_reason:
            admissions.set_bed_status(reception, bed_id, "out_of_service", reason=blank)
        assert "Say why the bed is out of service" in no_reason.value.problems["reason"]
    with pytest.raises(ValidationFailed) as past:
        admissions.set_bed_status(reception, bed_id, "out_of_service", reason="Rail",
                                  expected_return=TODAY - timedelta(days=1))
    assert "past" in past.value.problems["expected_return"]
    assert board_bed(reception, bed_id).status == "available"  # nothing was saved

    out = admissions.set_bed_status(reception, bed_id, "out_of_service", reason="  Broken   side rail ",
                                    expected_return=TODAY + timedelta(days=2))
    assert (out.status, out.out_of_service_reason, out.out_of_service_until) == (
        "out_of_service", "Broken side rail", TODAY + timedelta(days=2))
    # Again on a bed already out: the reason and expected return are changed, the bed stays out.
    again = admissions.set_bed_status(reception, bed_id, "out_of_service", reason="Part ordered")
    assert (again.status, again.out_of_service_reason, again.out_of_service_until) == (
        "out_of_service", "Part ordered", None)
    # Back in service: the database clears them (hms_bed_structure_guard), for cleaning as for ready.
    cleaning = admissions.set_bed_status(reception, bed_id, "cleaning")
    assert (cleaning.out_of_service_reason, cleaning.out_of_service_until) == (None, None)
    admissions.set_bed_status(reception, bed_id, "out_of_service", reason="Mattress torn",
                              expected_return=TODAY)
    ready = admissions.set_bed_status(reception, bed_id, "available")
    assert (ready.status, ready.out_of_service_reason, ready.out_of_service_until) == ("available", None, None)


def test_administrators_mark_out_of_service_from_the_bed_board_too(admin) -> None:
    bed_id = free_bed_id(admin, skip=1)
    with pytest.raises(ValidationFailed):
        admissions.set_bed_status(admin, bed_id, "out_of_service")
    out = admissions.set_bed_status(admin, bed_id, "out_of_service", reason="Deep clean after isolation")
    assert out.out_of_service_reason == "Deep clean after isolation"
    admissions.set_bed_status(admin, bed_id, "available")


def test_the_demo_beds_out_of_service_have_their_reasons(reception) -> None:
    out = [b for w in admissions.bed_board(reception) for b in w.beds if b.status == "out_of_service"]
    assert out and all(b.out_of_service_reason for b in out)


def _as(database, group: Group) -> psycopg.Connection:
    return database.connect_as(database.add_user(group))


def test_the_database_refuses_out_of_service_without_a_reason(database, reception) -> None:
    bed_id = free_bed_id(reception, skip=2)
    with _as(database, Group.RECEPTION) as conn:
        for statement in ("UPDATE bed SET status = 'out_of_service' WHERE id = %s",
                          "UPDATE bed SET status = 'out_of_service', out_of_service_reason = '  ' WHERE id = %s"):
            with pytest.raises(psycopg.Error) as refused, conn.transaction():
                conn.execute(statement, (bed_id,))
            assert refused.value.sqlstate == "HM031"
            assert refused.value.diag.message_primary == DB_WORDS
        conn.execute("UPDATE bed SET status = 'out_of_service', out_of_service_reason = 'Leaking oxygen port', "
                     "out_of_service_until = current_date + 3, version = version + 1 WHERE id = %s", (bed_id,))
        # Taking the reason away from a bed that stays out is refused as well.
        with pytest.raises(psycopg.Error) as emptied, conn.transaction():
            conn.execute("UPDATE bed SET out_of_service_reason = NULL WHERE id = %s", (bed_id,))
        assert emptied.value.sqlstate == "HM031"
        # Reception's grant is the bed board's columns, nothing more of the bed.
        for column, value in (("label", "'X'"), ("active", "false"), ("out_of_service_since", "now()"),
                              ("bed_type", "'icu'"), ("room_id", "room_id")):
            with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
                conn.execute(f"UPDATE bed SET {column} = {value} WHERE id = %s", (bed_id,))
        conn.execute("UPDATE bed SET status = 'available' WHERE id = %s", (bed_id,))
        assert conn.execute("SELECT out_of_service_reason, out_of_service_until, out_of_service_since FROM bed "
                            "WHERE id = %s", (bed_id,)).fetchone() == (None, None, None)


def test_the_constraint_holds_where_no_trigger_looks(database, reception) -> None:
    """A write the guard does not see (triggers disabled, as a restore might) still meets the CHECK."""
    bed_id = free_bed_id(reception, skip=3)
    # The ALTER is rolled back with the refused UPDATE: the trigger is never off for anyone else.
    with database.owner.engine.connect() as conn, pytest.raises(sa_exc.IntegrityError) as refused, conn.begin():
        conn.execute(text("ALTER TABLE bed DISABLE TRIGGER structure_guard"))
        conn.execute(text("UPDATE bed SET status = 'out_of_service' WHERE id = :b"), {"b": bed_id})
    assert getattr(refused.value.orig, "sqlstate", None) == "23514"
    assert "ck_bed_out_of_service_has_reason" in str(refused.value)
    assert board_bed(reception, bed_id).status == "available"


@pytest.mark.parametrize("group", [Group.DOCTOR, Group.BILLING])
def test_doctors_and_billing_write_no_bed(database, reception, group: Group) -> None:
    bed_id = free_bed_id(reception)
    with _as(database, group) as conn:
        for statement in ("UPDATE bed SET status = 'out_of_service', out_of_service_reason = 'x' WHERE id = %s",
                          "UPDATE bed SET out_of_service_reason = 'x' WHERE id = %s",
                          "UPDATE bed SET out_of_service_until = current_date WHERE id = %s"):
            with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
                conn.execute(statement, (bed_id,))


def test_doctors_cannot_use_the_service(doctor, reception) -> None:
    with pytest.raises(PermissionDenied):
        admissions.set_bed_status(doctor, free_bed_id(reception), "out_of_service", reason="Broken")


def test_the_audit_trail_leaves_the_reason_out(database, reception) -> None:
    bed_id = free_bed_id(reception, skip=4)
    admissions.set_bed_status(reception, bed_id, "out_of_service", reason="Words about Mrs Example's spill",
                              expected_return=TODAY + timedelta(days=1))
    with database.owner.engine.connect() as conn:
        after = conn.execute(text("SELECT after FROM audit_log WHERE table_name = 'bed' AND row_key = :k "
                                  "ORDER BY id DESC LIMIT 1"), {"k": str(bed_id)}).scalar_one()
    assert after["status"] == "out_of_service"
    assert after["out_of_service_until"] == str(TODAY + timedelta(days=1))
    assert "out_of_service_reason" not in after
    admissions.set_bed_status(reception, bed_id, "available")


def test_the_migration_gives_existing_beds_a_reason(database, reception) -> None:
    """Beds out of service before 0029 (no reason was asked for then) come out of it with "Not recorded"."""
    bed_id = free_bed_id(reception, skip=5)
    migrate.downgrade(database.owner.engine, "0028_printing")
    try:
        with database.owner.engine.begin() as conn:
            conn.execute(text("UPDATE bed SET status = 'out_of_service' WHERE id = :b"), {"b": bed_id})
    finally:
        migrate.upgrade(database.owner.engine, "head")
    out = board_bed(reception, bed_id)
    assert (out.status, out.out_of_service_reason) == ("out_of_service", "Not recorded")
    admissions.set_bed_status(reception, bed_id, "available")
