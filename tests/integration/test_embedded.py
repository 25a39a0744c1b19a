"""The private embedded server (db/embedded.py, DESIGN.md §7): secured pg_hba.conf, shared between processes.

One fresh cluster for the whole module (initdb takes about a second). The sharing test stops it, so it
comes last in the file.

The data directories are made with tempfile, not pytest's tmp_path: as root the server runs as
``embedded_postgres``, which must traverse the parents, and every pytest session that starts (another
run on the same machine) resets /tmp/pytest-of-root to mode 0700 — initdb then fails half-way.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from hms_desktop.db import migrate
from hms_desktop.db.embedded import (
    AUTH_DELAY_MS,
    HBA_MARKER,
    IDENT_MAP,
    OWNER_ROLE,
    EmbeddedServer,
    EmbeddedServerRefused,
    app_os_user,
    check_location,
)
from hms_desktop.services import auth, setup
from hms_desktop.services.errors import AuthenticationFailed, ServiceError

DATABASE = "hms_embedded_check"
ADMIN_PASSWORD = "Embedded-pass-2026"
REPO = Path(__file__).resolve().parents[2]


def _postmaster_pid(data_dir: Path) -> int | None:
    pid_file = data_dir / "postmaster.pid"
    if not pid_file.exists():
        return None
    return int(pid_file.read_text().splitlines()[0])


def _private_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="hms-embedded-"))


@pytest.fixture(scope="module")
def embedded() -> Iterator[setup.Connection]:
    parent = _private_dir()
    connection = setup.start_embedded_database(parent / "pgdata", database=DATABASE)
    try:
        yield connection
    finally:
        connection.close()
        shutil.rmtree(parent, ignore_errors=True)


def _data_dir(connection: setup.Connection) -> Path:
    assert connection.embedded is not None
    return connection.embedded.data_dir


def test_start_embedded_database_creates_and_migrates(embedded: setup.Connection) -> None:
    assert embedded.target.embedded
    assert embedded.target.database == DATABASE
    owner = embedded.owner_database()
    try:
        with owner.engine.connect() as conn:
            status = migrate.schema_status(conn)
    finally:
        owner.dispose()
    assert status.up_to_date, status.explain()
    assert setup.embedded_state(embedded).needs_first_admin


def test_starting_again_is_idempotent(embedded: setup.Connection) -> None:
    """A second start on the same data dir finds the database there and the schema current."""
    setup.create_database_if_missing(embedded.target)  # no error: it exists
    owner = embedded.owner_database()
    try:
        setup.upgrade_to_head(owner)  # nothing to do
    finally:
        owner.dispose()
    maintenance = embedded.target.with_database("postgres")
    with psycopg.connect(**maintenance.connect_kwargs(OWNER_ROLE, None)) as conn:
        count = conn.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone()[0]
    assert count == 1


def test_pg_hba_is_rewritten(embedded: setup.Connection) -> None:
    hba = (_data_dir(embedded) / "pg_hba.conf").read_text(encoding="utf-8")
    assert hba.startswith(HBA_MARKER)
    rules = [line.split() for line in hba.splitlines() if line.strip() and not line.startswith("#")]
    # Nothing is "trust": the owner only by peer authentication from the app's OS account, over the socket.
    assert not [rule for rule in rules if "trust" in rule]
    owner_rules = [rule for rule in rules if rule[2] == OWNER_ROLE]
    assert owner_rules == [["local", "all", OWNER_ROLE, "peer", f"map={IDENT_MAP}"]]
    assert all(rule[-1] == "scram-sha-256" for rule in rules if rule[2] != OWNER_ROLE)
    ident = (_data_dir(embedded) / "pg_ident.conf").read_text(encoding="utf-8")
    assert [line.split() for line in ident.splitlines() if line.strip() and not line.startswith("#")] == [
        [IDENT_MAP, app_os_user(), OWNER_ROLE]]


def test_the_socket_is_in_the_private_data_folder(embedded: setup.Connection) -> None:
    data_dir = _data_dir(embedded)
    assert Path(embedded.target.host).resolve() == data_dir.resolve()
    assert (data_dir / f".s.PGSQL.{embedded.target.port}").is_socket()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another OS user of this computer")
def test_another_os_user_cannot_connect_as_the_owner(embedded: setup.Connection) -> None:
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    done = subprocess.run([str(POSTGRES_BIN_PATH / "psql"), "-h", embedded.target.host, "-p",
                           str(embedded.target.port), "-U", OWNER_ROLE, "-d", "postgres", "-w", "-c", "SELECT 1"],
                          user="nobody", capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode != 0
    assert "Permission denied" in done.stderr or "authentication failed" in done.stderr, done.stderr


def test_a_failed_login_costs_a_second(embedded: setup.Connection) -> None:
    started = time.monotonic()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(**embedded.target.connect_kwargs("nobody_by_that_name", "Wrong-password-1")).close()
    assert time.monotonic() - started >= AUTH_DELAY_MS / 1000 * 0.95


def test_a_data_folder_whose_socket_path_is_too_long_is_refused() -> None:
    deep = Path(tempfile.gettempdir()) / ("x" * 60) / ("y" * 60) / "pgdata"
    with pytest.raises(EmbeddedServerRefused, match="too long"):
        check_location(deep)


@pytest.mark.skipif(os.geteuid() != 0, reason="the rule is about running as root")
def test_as_root_a_private_folder_is_refused_not_opened() -> None:
    home = _private_dir()
    private = home / "private"
    private.mkdir(mode=0o700)
    private.chmod(0o700)
    try:
        with pytest.raises(ServiceError, match="will not open"):
            setup.start_embedded_database(private / "data" / "pgdata")
        assert stat.S_IMODE(private.stat().st_mode) == 0o700  # not loosened
    finally:
        shutil.rmtree(home, ignore_errors=True)


def test_owner_connects_over_the_socket_without_a_password(embedded: setup.Connection) -> None:
    with psycopg.connect(**embedded.target.connect_kwargs(OWNER_ROLE, None)) as conn:
        user, superuser, encryption = conn.execute(
            "SELECT current_user, rolsuper, current_setting('password_encryption') FROM pg_roles "
            "WHERE rolname = current_user").fetchone()
    assert (user, superuser, encryption) == (OWNER_ROLE, True, "scram-sha-256")


def test_staff_need_their_own_password(embedded: setup.Connection, tmp_path: Path) -> None:
    username = "embedded_admin"
    setup.create_first_administrator(embedded, username=username, full_name="Emma Bedded",
                                     password=ADMIN_PASSWORD)
    assert not setup.embedded_state(embedded).needs_first_admin
    with pytest.raises(ServiceError, match="already exists"):
        setup.create_first_administrator(embedded, username="another_admin", full_name="Second",
                                         password=ADMIN_PASSWORD)

    with pytest.raises(AuthenticationFailed):
        auth.check_credentials(embedded.target, username, "Wrong-password-1")
    with pytest.raises(psycopg.OperationalError):  # no password at all: not trusted like the owner
        psycopg.connect(**embedded.target.connect_kwargs(username, None)).close()
    throttle = auth.LoginThrottle(tmp_path / "t.json")
    ctx = auth.login(embedded.target, username, ADMIN_PASSWORD, throttle=throttle)
    try:
        assert ctx.user.username == username
        assert not ctx.user.is_owner
    finally:
        ctx.db.dispose()

    # A role created by hand with no password cannot get in either: trust is for the owner only.
    with psycopg.connect(**embedded.target.connect_kwargs(OWNER_ROLE, None), autocommit=True) as owner:
        owner.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier("no_password_role")))
        owner.execute(sql.SQL("GRANT hms_doctor TO {}").format(sql.Identifier("no_password_role")))
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(**embedded.target.connect_kwargs("no_password_role", "anything")).close()


def test_two_handles_in_one_process_share_the_server() -> None:
    parent = _private_dir()
    data_dir = parent / "pgdata"
    first, second = EmbeddedServer(data_dir), EmbeddedServer(data_dir)
    try:
        first.start()
        second.start()
        second.stop()
        assert _postmaster_pid(data_dir) is not None
    finally:
        second.stop()
        first.stop()
        shutil.rmtree(parent, ignore_errors=True)


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from hms_desktop.db.embedded import EmbeddedServer

    data_dir = Path(sys.argv[1])
    server = EmbeddedServer(data_dir)
    server.start()
    print((data_dir / "postmaster.pid").read_text().splitlines()[0], flush=True)
    sys.stdin.readline()
    server.stop()
    print("stopped", flush=True)
""")


def test_another_process_shares_the_server_until_the_last_one_stops(embedded: setup.Connection) -> None:
    """Runs last: it stops the module's server."""
    data_dir = _data_dir(embedded)
    ours = _postmaster_pid(data_dir)
    assert ours is not None
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)], cwd=REPO, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert child.stdout is not None and child.stdin is not None
        seen_by_child = child.stdout.readline().strip()
        assert seen_by_child == str(ours), child.stderr.read() if child.stderr else ""

        embedded.close()  # we let go first: the child still uses the server
        assert _postmaster_pid(data_dir) == ours
        with psycopg.connect(**embedded.target.connect_kwargs(OWNER_ROLE, None)) as conn:
            assert conn.execute("SELECT pg_backend_pid() > 0").fetchone() == (True,)

        out, err = child.communicate("\n", timeout=60)  # the child lets go: it was the last one
        assert child.returncode == 0, err
        assert out.strip() == "stopped"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert _postmaster_pid(data_dir) is None
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(**embedded.target.connect_kwargs(OWNER_ROLE, None)).close()
