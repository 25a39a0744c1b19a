"""Issue 7.2: no staff login can freeze audited writes, and the server ends what a login leaves hanging.

Probed the way the attacker did: psql-like connections with a staff login's own password.
"""

from __future__ import annotations

import threading
import time

import psycopg
import pytest
from helpers import DEFAULT_PASSWORD
from psycopg import errors, sql

from hms_desktop.domain.staff import Group
from hms_desktop.services import settings
from hms_desktop.services.errors import Conflict, translate

OLD_AUDIT_LOCK_KEY = 7243512  # the fixed advisory key the chain used before migration 0004


def _audited_write_finishes(ctx, seconds: float) -> bool:
    """Change a hospital setting (an audited write) on another thread; True if it finished in time."""
    done = threading.Event()
    errors_seen: list[BaseException] = []

    def write() -> None:
        try:
            current = settings.get_settings(ctx)
            settings.save_settings(ctx, _with_new_name(current))
            done.set()
        except BaseException as error:
            errors_seen.append(error)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not errors_seen, errors_seen
    return done.is_set()


def _with_new_name(current):
    from dataclasses import replace

    return replace(current, hospital_name=f"Probe Hospital {time.monotonic_ns()}")


def test_a_held_advisory_lock_no_longer_freezes_audited_writes(database) -> None:
    attacker = database.add_user(Group.BILLING)
    admin = database.context_for(Group.ADMIN)
    try:
        # Since migration 0011 no staff login may take an advisory lock at all
        # (test_security_booking_locks.py); the chain must not depend on that, so the old key is held here
        # by a session that still may.
        with database.connect_as(attacker) as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT pg_advisory_lock(%s)", (OLD_AUDIT_LOCK_KEY,))
        with database.cluster.admin_connect(database.name) as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (OLD_AUDIT_LOCK_KEY,))  # held while connected
            assert _audited_write_finishes(admin, 10)
    finally:
        admin.db.dispose()


@pytest.mark.parametrize("statement", ["SELECT * FROM audit_head FOR UPDATE", "LOCK TABLE audit_head",
                                       "SELECT * FROM audit_head FOR SHARE"])
def test_no_staff_login_can_lock_the_chains_head(database, statement: str) -> None:
    for group in Group:
        login = database.add_user(group)
        with database.connect_as(login) as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute("BEGIN")
            conn.execute(statement)


def test_every_staff_login_gets_the_session_limits(database) -> None:
    login = database.add_user(Group.RECEPTION)
    with database.connect_as(login) as conn:
        shown = {name: conn.execute(sql.SQL("SHOW {}").format(sql.Identifier(name))).fetchone()[0]
                 for name in ("idle_in_transaction_session_timeout", "lock_timeout", "statement_timeout")}
    assert shown == {"idle_in_transaction_session_timeout": "2min", "lock_timeout": "15s",
                     "statement_timeout": "2min"}
    # Only in this database: the settings are per login and per database, so another database is untouched.
    with database.cluster.admin_connect(database.name) as owner:
        rows = owner.execute(
            "SELECT d.datname FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole "
            "JOIN pg_database d ON d.oid = s.setdatabase WHERE r.rolname = %s", (login,)).fetchall()
    assert rows == [(database.name,)]


def _shorten(database, login: str, setting: str, value: str) -> None:
    """The test's stand-in for minutes of waiting: the owner shortens one limit of one login."""
    with database.cluster.admin_connect(database.name) as owner:
        owner.execute(sql.SQL("ALTER ROLE {} IN DATABASE {} SET {} = {}").format(
            sql.Identifier(login), sql.Identifier(database.name), sql.Identifier(setting), sql.Literal(value)))


def test_an_idle_open_transaction_is_ended_by_the_server(database) -> None:
    login = database.add_user(Group.BILLING)
    _shorten(database, login, "idle_in_transaction_session_timeout", "300ms")
    conn = psycopg.connect(**database.target.connect_kwargs(login, DEFAULT_PASSWORD))
    try:
        conn.execute("SELECT 1")  # opens the transaction (psycopg is not in autocommit) and walks away
        time.sleep(1.2)  # waiting on purpose: the server's timer is what is tested
        with pytest.raises((errors.IdleInTransactionSessionTimeout, psycopg.OperationalError)):
            conn.execute("SELECT 1")
    finally:
        conn.close()


def test_a_held_row_lock_makes_others_fail_with_a_clear_message_not_hang(database) -> None:
    holder, waiter = database.add_user(Group.ADMIN), database.add_user(Group.ADMIN)
    _shorten(database, waiter, "lock_timeout", "300ms")
    with database.connect_as(holder) as held:
        held.execute("BEGIN")
        held.execute("UPDATE hospital_setting SET value = value WHERE key = 'hospital_name'")
        with database.connect_as(waiter) as conn:
            started = time.monotonic()
            with pytest.raises(errors.LockNotAvailable) as refused:
                conn.execute("UPDATE hospital_setting SET value = value WHERE key = 'hospital_name'")
            assert time.monotonic() - started < 5
        held.execute("ROLLBACK")
    message = translate(refused.value)
    assert isinstance(message, Conflict) and "Nothing was saved" in str(message)
