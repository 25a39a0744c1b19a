"""Reports off the primary (issue 12, item 6): a profile's read replica takes every report query.

The tests marked ``needs_replica`` use a REAL streaming replica of PostgreSQL 15 (``pg_basebackup -R``),
made by build/test_pg15.sh for its pass and named by ``HMS_TEST_REPLICA_URL``; they skip elsewhere. The others
run on any server: no replica set (reports on the primary), a replica that cannot be reached, a "replica"
that is really a primary — never a quiet fallback to the primary.
"""

from __future__ import annotations

import dataclasses
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from helpers import DEFAULT_PASSWORD
from sqlalchemy import Engine, event, text

from hms_desktop.db.engine import ServerTarget
from hms_desktop.domain import reports as catalogue
from hms_desktop.domain.patients import PatientDraft
from hms_desktop.domain.report_builder import AdhocSpec
from hms_desktop.domain.reports import ReportColumn, ReportDefinition, ReportParams
from hms_desktop.domain.staff import Group
from hms_desktop.services import auth, dashboard, patients
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Cancelled, ReplicaUnavailable
from hms_desktop.services.reports import CancelToken, builder, filter_choices, run_report

REPLICA_URL = os.environ.get("HMS_TEST_REPLICA_URL", "")
needs_replica = pytest.mark.skipif(not REPLICA_URL, reason="no streaming replica here (build/test_pg15.sh makes one)")
LAG_WORDS = re.compile(r"^replica \((up to date|\d+ s behind)\)$")


def _shared_target(target: ServerTarget, replica_host: str, replica_port: int) -> ServerTarget:
    """The test server as a shared server's profile would name it (the embedded one never has a replica)."""
    return dataclasses.replace(target, embedded=False, replica_host=replica_host, replica_port=replica_port)


def _login(database, target: ServerTarget, tmp_path: Path, *groups: Group) -> ServiceContext:
    username = database.add_user(*groups)
    throttle = auth.LoginThrottle(tmp_path / f"throttle-{username}.json")
    return auth.login(target, username, DEFAULT_PASSWORD, throttle=throttle)


def _free_port() -> int:
    with socket.socket() as probe:  # bound and closed: nothing listens there
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def _statements(engine: Engine) -> Iterator[list[str]]:
    """Every statement sent through ``engine`` meanwhile."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _registrations(ctx: ServiceContext) -> tuple[int, str]:
    today = date.today()  # the hospital's today is within a day of it: the range has room either side
    result = run_report(ctx, "new-registrations", ReportParams(first=today - timedelta(days=40),
                                                              last=today + timedelta(days=2)))
    return sum(int(row[1]) for row in result.rows), result.source


# --- on any server ---------------------------------------------------------------------------------------------

def test_without_a_replica_reports_run_on_the_primary(database) -> None:
    admin = database.context_for(Group.ADMIN)
    try:
        assert admin.db.replica() is None
        _count, source = _registrations(admin)
        assert source == "primary"
        assert dashboard.dashboard(admin).source == "primary"
        built = builder.run_adhoc(admin, AdhocSpec(subject="appointments", measure="count", column=None,
                                                   dimensions=("month",)), date(2026, 1, 1), date(2026, 1, 31))
        assert built.source == "primary"
    finally:
        admin.db.dispose()


def test_an_unreachable_replica_is_said_in_words_and_the_primary_is_not_used(database, tmp_path) -> None:
    port = _free_port()
    admin = _login(database, _shared_target(database.target, "127.0.0.1", port), tmp_path, Group.ADMIN)
    try:
        with _statements(admin.db.engine) as on_primary:
            with pytest.raises(ReplicaUnavailable) as refused:
                _registrations(admin)
            message = str(refused.value)
            assert f"127.0.0.1:{port}" in message and "cannot be reached" in message
            assert "not run on the main server" in message
            with pytest.raises(ReplicaUnavailable):
                dashboard.dashboard(admin)
            with pytest.raises(ReplicaUnavailable):
                filter_choices(admin)
            with pytest.raises(ReplicaUnavailable):  # the builder's reports take the same path
                builder.run_adhoc(admin, AdhocSpec(subject="appointments", measure="count", column=None,
                                                   dimensions=("month",)), date(2026, 1, 1), date(2026, 1, 31))
        assert on_primary == []
    finally:
        admin.db.dispose()


def test_a_replica_that_accepts_writes_is_refused(database, tmp_path) -> None:
    # The profile names the primary itself as its replica (or a replica promoted after a failover).
    target = database.target
    admin = _login(database, _shared_target(target, target.host, target.port), tmp_path, Group.ADMIN)
    try:
        with pytest.raises(ReplicaUnavailable, match="is not a replica"):
            _registrations(admin)
        with pytest.raises(ReplicaUnavailable, match="is not a replica"):
            dashboard.dashboard(admin)
    finally:
        admin.db.dispose()


def test_the_cli_names_no_fallback_either(database, tmp_path, capsys) -> None:
    from test_audit import owner_url

    from hms_desktop import cli

    url = owner_url(database)
    url += ("&" if "?" in url else "?") + f"replica=127.0.0.1:{_free_port()}"
    out = tmp_path / "monthly.csv"
    assert cli.main(["report", "run", "new-registrations", "--from", "2025-01-01", "--to", "2025-01-31",
                     "--out", str(out), "--url", url]) != 0
    assert "cannot be reached" in capsys.readouterr().err
    assert not out.exists()


# --- on a real streaming replica (PostgreSQL 15 pass) ----------------------------------------------------------

def _replica_target(database) -> ServerTarget:
    parts = urlsplit(REPLICA_URL)
    assert parts.hostname and parts.port
    return _shared_target(database.target, parts.hostname, parts.port)


def _replica_superuser(database) -> psycopg.Connection:
    parts = urlsplit(REPLICA_URL)
    return psycopg.connect(host=parts.hostname, port=parts.port, user=parts.username, password=parts.password,
                           dbname="postgres", sslmode="disable", autocommit=True)


def _primary_lsn(database) -> str:
    with database.cluster.admin_connect() as primary:
        return str(primary.execute("SELECT pg_current_wal_lsn()::text").fetchone()[0])


def _wait_until(replica: psycopg.Connection, query: str, lsn: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not replica.execute(query, (lsn,)).fetchone()[0]:
        assert time.monotonic() < deadline, f"the replica did not get to {lsn} in {timeout} s"
        time.sleep(0.05)


def _register(desk: ServiceContext, family: str) -> None:
    patients.register(desk, PatientDraft(family_name=family, given_name="Rep", sex="F",
                                         birth_date=date(1980, 1, 2)), confirmed_new=True)


@needs_replica
def test_a_registration_on_the_primary_is_seen_in_a_report_on_the_replica(database, tmp_path, capsys) -> None:
    desk = database.context_for(Group.RECEPTION)
    admin = _login(database, _replica_target(database), tmp_path, Group.ADMIN)
    try:
        with _replica_superuser(database) as replica:
            _wait_until(replica, "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", _primary_lsn(database))
            before, source = _registrations(admin)
            assert LAG_WORDS.match(source), source
            _register(desk, "Replicaseen")
            _wait_until(replica, "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", _primary_lsn(database))
            replica_db = admin.db.replica()
            assert replica_db is not None
            with _statements(admin.db.engine) as on_primary, _statements(replica_db.engine) as on_replica:
                after, source = _registrations(admin)
                board = dashboard.dashboard(admin)
            assert after == before + 1
            assert LAG_WORDS.match(source) and LAG_WORDS.match(board.source), (source, board.source)
            assert on_primary == []  # not one statement of the report or the dashboard reached the primary
            assert any("hms_report_new_registrations" in s for s in on_replica)
            assert any("pg_is_in_recovery" in s for s in on_replica)
        # `hms report run` with ?replica= in its URL (a scheduled monthly report) runs there too.
        from test_audit import owner_url

        from hms_desktop import cli

        parts = urlsplit(REPLICA_URL)
        url = owner_url(database)
        url += ("&" if "?" in url else "?") + f"replica={parts.hostname}:{parts.port}"
        out = tmp_path / "monthly.csv"
        assert cli.main(["report", "run", "new-registrations", "--from", str(date.today() - timedelta(days=40)),
                         "--to", str(date.today() + timedelta(days=2)), "--out", str(out), "--url", url]) == 0
        said = capsys.readouterr().out
        assert "rows written" in said and "(from the replica (" in said and out.exists()
    finally:
        admin.db.dispose()
        desk.db.dispose()


@needs_replica
def test_the_report_says_how_far_behind_the_replica_is(database, tmp_path) -> None:
    desk = database.context_for(Group.RECEPTION)
    admin = _login(database, _replica_target(database), tmp_path, Group.ADMIN)
    with _replica_superuser(database) as replica:
        _wait_until(replica, "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", _primary_lsn(database))
        before, _source = _registrations(admin)
        replica.execute("SELECT pg_wal_replay_pause()")
        try:
            time.sleep(1.1)  # the last transaction replayed is now more than a second old
            _register(desk, "Replicalate")
            # Received, not replayed: the replica has WAL pending.
            _wait_until(replica, "SELECT pg_last_wal_receive_lsn() >= %s::pg_lsn", _primary_lsn(database))
            count, source = _registrations(admin)
            assert count == before  # the replica does not have it yet ...
            seconds = re.fullmatch(r"replica \((\d+) s behind\)", source)
            assert seconds is not None, source  # ... and the report says so
            assert int(seconds.group(1)) >= 1
        finally:
            replica.execute("SELECT pg_wal_replay_resume()")
            admin.db.dispose()
            desk.db.dispose()
        _wait_until(replica, "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", _primary_lsn(database))


# --- Cancel on the replica (item 5's check, where the reports run) ------------------------------------------------

SLOW = ReportDefinition("slow-replica-test", "Slow test", "test", "pg_sleep, for the cancel test", (),
                        (ReportColumn("n", "N", "int"),), None, frozenset({Group.ADMIN}))
_SLOW_ARGS = "date, date, text, integer, integer, integer, integer, integer"


def _active_slow_reports(connection: psycopg.Connection) -> int:
    return int(connection.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%hms_report_slow_replica_test(%' "
        "AND pid <> pg_backend_pid()").fetchone()[0])


@needs_replica
def test_cancel_stops_the_query_on_the_replica(database, tmp_path, monkeypatch) -> None:
    with database.owner.engine.begin() as conn:  # made on the primary, replayed on the replica
        conn.execute(text(f"CREATE OR REPLACE FUNCTION hms_report_slow_replica_test({_SLOW_ARGS}) "
                          "RETURNS TABLE (n integer) LANGUAGE sql AS $$ SELECT 1 FROM pg_sleep(60) $$"))
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION hms_report_slow_replica_test({_SLOW_ARGS}) TO hms_admin"))
    monkeypatch.setitem(catalogue.BY_NAME, SLOW.name, SLOW)
    admin = _login(database, _replica_target(database), tmp_path, Group.ADMIN)
    token = CancelToken()
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(run_report(admin, SLOW.name, ReportParams(first=date(2025, 1, 1), last=date(2025, 12, 31)),
                                      cancel=token))
        except BaseException as error:
            outcome.append(error)

    try:
        with _replica_superuser(database) as replica, database.cluster.admin_connect() as primary:
            _wait_until(replica, "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", _primary_lsn(database))
            worker = threading.Thread(target=run)
            started = time.monotonic()
            worker.start()
            deadline = time.monotonic() + 20
            while _active_slow_reports(replica) == 0:
                assert time.monotonic() < deadline, "the slow report never started on the replica"
                time.sleep(0.05)
            assert _active_slow_reports(primary) == 0  # running on the replica, not the primary
            token.cancel()
            worker.join(15)
            assert not worker.is_alive()
            assert isinstance(outcome[0], Cancelled)
            assert time.monotonic() - started < 30  # not the 60 s of pg_sleep
            assert _active_slow_reports(replica) == 0  # pg_stat_activity on the replica: no query left
    finally:
        admin.db.dispose()
        with database.owner.engine.begin() as conn:
            conn.execute(text(f"DROP FUNCTION hms_report_slow_replica_test({_SLOW_ARGS})"))
