"""Issue 7: no staff login can take or hold the locks bookings queue on (migration 0011).

Probed the way the attacker did: psql-like connections with a staff login's own password. Before 0011,
``SELECT pg_advisory_lock(74301, <doctor>)`` held in psql made every booking of that doctor fail after
its 15 s lock wait, for as long as the session stayed connected.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

import psycopg
import pytest
from helpers import DEFAULT_PASSWORD
from psycopg import errors, sql
from sqlalchemy import text

from hms_desktop.db import server_checks
from hms_desktop.db.repositories.appointments import LOCK_DOCTOR, LOCK_PATIENT, LOCK_ROOM
from hms_desktop.domain.staff import Group
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext

LONDON = ZoneInfo("Europe/London")
DAY = datetime.now(LONDON).date() + timedelta(days=11)
BOOKING_LOCK = "hms_booking_lock(integer, bigint, integer)"


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, clock_time(hh, mm), tzinfo=LONDON).astimezone(UTC)


@pytest.fixture(scope="module")
def doctor(database) -> int:
    """A doctor who works all day on DAY."""
    username = database.add_user(Group.DOCTOR)
    with database.owner.engine.begin() as conn:
        staff_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one()
        conn.execute(text("INSERT INTO work_template (staff_id, weekday, starts, ends, valid_from) "
                          "VALUES (:s, :w, '07:00', '20:00', CURRENT_DATE - 1)"), {"s": staff_id, "w": DAY.weekday()})
    return int(staff_id)


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


def new_patient(database) -> int:
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text("INSERT INTO patient (family_name, given_name, sex) "
                                     "VALUES ('Lockprobe', 'Pat', 'F') RETURNING id")).scalar_one())


def _shorten(database, login: str, setting: str, value: str) -> None:
    """The test's stand-in for minutes of waiting: the owner shortens one limit of one login."""
    with database.cluster.admin_connect(database.name) as owner:
        owner.execute(sql.SQL("ALTER ROLE {} IN DATABASE {} SET {} = {}").format(
            sql.Identifier(login), sql.Identifier(database.name), sql.Identifier(setting), sql.Literal(value)))


def _calls(doctor: int) -> list[str]:
    """Every built-in advisory lock function, called on the doctor's booking key."""
    return [f"SELECT {function.split('(')[0]}({LOCK_DOCTOR}, {doctor})" if "integer, integer" in function
            else f"SELECT {function.split('(')[0]}({(LOCK_DOCTOR << 32) | doctor})"
            for function in server_checks.ADVISORY_LOCK_FUNCTIONS]


def _advisory_locks_held(conn: psycopg.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                            "AND pid = pg_backend_pid()").fetchone()[0])


@pytest.mark.parametrize("group", list(Group))
def test_no_staff_group_can_call_an_advisory_lock_function(database, doctor, group) -> None:
    login = database.add_user(group)
    calls = _calls(doctor)
    assert len(calls) == 16  # session and transaction level, shared, try; bigint and (integer, integer)
    with database.connect_as(login) as conn:
        for call in calls:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(call)
        assert _advisory_locks_held(conn) == 0


@pytest.mark.parametrize("group", [Group.DOCTOR, Group.BILLING])
def test_groups_that_do_not_book_cannot_take_the_booking_lock(database, doctor, group) -> None:
    with database.connect_as(database.add_user(group)) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT hms_booking_lock(%s, NULL, NULL)", (doctor,))


def test_the_booking_lock_is_a_definer_function_with_a_pinned_search_path(database) -> None:
    with database.cluster.admin_connect(database.name) as owner:
        row = owner.execute("SELECT prosecdef, proconfig, pg_get_userbyid(proowner) FROM pg_proc "
                            "WHERE oid = to_regprocedure(%s)", (BOOKING_LOCK,)).fetchone()
        granted = owner.execute(
            "SELECT array_agg(g ORDER BY g) FROM unnest(ARRAY['hms_reception', 'hms_doctor', 'hms_billing', "
            "'hms_admin', 'public']) AS g WHERE has_function_privilege(g, %s, 'EXECUTE')", (BOOKING_LOCK,)).fetchone()
    assert row == (True, ["search_path=pg_catalog, pg_temp"], "hms_owner")
    assert granted == (["hms_admin", "hms_reception"],)


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.ADMIN])
def test_the_booking_lock_lives_only_as_long_as_the_transaction(database, doctor, group) -> None:
    with database.connect_as(database.add_user(group)) as conn:
        conn.execute("BEGIN")
        conn.execute("SELECT hms_booking_lock(%s, %s, %s)", (doctor, 2**40 + 5, 1))
        assert _advisory_locks_held(conn) == 3  # doctor, patient, room
        keys = conn.execute("SELECT classid, objid FROM pg_locks WHERE locktype = 'advisory' "
                            "AND pid = pg_backend_pid() ORDER BY classid").fetchall()
        assert keys == [(LOCK_DOCTOR, doctor), (LOCK_PATIENT, (2**40 + 5) % 2_147_483_647), (LOCK_ROOM, 1)]
        conn.execute("COMMIT")
        assert _advisory_locks_held(conn) == 0
        conn.execute("SELECT hms_booking_lock(%s, NULL, NULL)", (doctor,))  # autocommit: gone at once
        assert _advisory_locks_held(conn) == 0


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.ADMIN])
def test_the_booking_groups_still_book(database, doctor, group) -> None:
    ctx = database.context_for(group)
    try:
        booked = scheduling.book(ctx, new_patient(database), doctor, at(DAY, 9 if group is Group.RECEPTION else 10))
        assert booked.doctor_id == doctor
        scheduling.cancel(ctx, booked.id, "test over")
    finally:
        ctx.db.dispose()


def _book_on_a_thread(ctx: ServiceContext, patient: int, doctor: int, starts_at: datetime) -> tuple[
        threading.Thread, threading.Event, list[BaseException]]:
    done, failed = threading.Event(), []

    def book() -> None:
        try:
            scheduling.book(ctx, patient, doctor, starts_at)
            done.set()
        except BaseException as error:
            failed.append(error)

    thread = threading.Thread(target=book, daemon=True)
    thread.start()
    return thread, done, failed


def test_a_booking_queues_behind_a_booking_transaction_of_the_same_doctor(database, doctor, admin) -> None:
    """The function takes the very keys bookings queue on: serialisation is unchanged."""
    with database.connect_as(database.add_user(Group.RECEPTION)) as held:
        held.execute("BEGIN")
        held.execute("SELECT hms_booking_lock(%s, NULL, NULL)", (doctor,))
        thread, done, failed = _book_on_a_thread(admin, new_patient(database), doctor, at(DAY, 11))
        assert not done.wait(1.0) and not failed  # queued behind the open booking transaction
        held.execute("ROLLBACK")
        thread.join(10)
    assert done.is_set(), failed


def test_a_transaction_left_open_after_the_lock_is_ended_by_the_idle_timeout(database, doctor, admin) -> None:
    login = database.add_user(Group.RECEPTION)
    _shorten(database, login, "idle_in_transaction_session_timeout", "300ms")
    conn = psycopg.connect(**database.target.connect_kwargs(login, DEFAULT_PASSWORD))
    try:
        conn.execute("SELECT hms_booking_lock(%s, NULL, NULL)", (doctor,))  # opens the transaction, walks away
        time.sleep(1.2)  # waiting on purpose: the server's timer is what is tested
        with pytest.raises((errors.IdleInTransactionSessionTimeout, psycopg.OperationalError)):
            conn.execute("SELECT 1")
    finally:
        conn.close()
    started = time.monotonic()
    scheduling.book(admin, new_patient(database), doctor, at(DAY, 12))
    assert time.monotonic() - started < 5  # the lock went with the session


def test_hms_db_status_warns_until_a_superuser_revokes_the_lock_functions(database, doctor) -> None:
    """A server where the migration ran without a superuser: the functions are still PUBLIC's."""
    functions = ", ".join(server_checks.ADVISORY_LOCK_FUNCTIONS)
    login = database.add_user(Group.BILLING)
    with database.cluster.admin_connect(database.name) as superuser:
        superuser.execute(f"GRANT EXECUTE ON FUNCTION {functions} TO PUBLIC")
    try:
        with database.connect_as(login) as conn:
            conn.execute("SELECT pg_advisory_lock(%s, %s)", (LOCK_DOCTOR, doctor))  # the hole, as it was
        with database.owner.unit_of_work() as uow:
            state = server_checks.server_state(uow.connection)
            assert not state.booking_locks_private
            assert any("advisory locks" in w and "superuser" in w for w in state.warnings())
            uow.session.execute(text("SET LOCAL ROLE hms_owner"))  # not a superuser: nothing it can do
            assert not server_checks.configure_booking_locks(uow.connection)
    finally:
        with database.owner.unit_of_work() as uow:  # what "hms db upgrade" as a superuser does
            assert server_checks.configure_booking_locks(uow.connection)
            uow.commit()
    with database.owner.unit_of_work(read_only=True) as uow:
        state = server_checks.server_state(uow.connection)
    assert state.booking_locks_private and not any("advisory" in w for w in state.warnings())
    with database.connect_as(login) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT pg_advisory_lock(%s, %s)", (LOCK_DOCTOR, doctor))
