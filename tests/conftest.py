"""Test fixtures on a real PostgreSQL: the embedded server, or HMS_TEST_DATABASE_URL (a superuser URL).

One cluster per test session; a migrated template database is copied for each test
module, so modules never see each other's rows. Roles belong to the cluster, so
helpers give every staff account a unique name.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Set before anything imports Qt or keyring: an empty QT_QPA_PLATFORM also aborts.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
# One default UI font on every machine, DejaVu Sans, before Qt reads fontconfig (why: tests/fonts.conf).
os.environ.setdefault("FONTCONFIG_FILE", str(Path(__file__).with_name("fonts.conf")))
_SCRATCH = Path(tempfile.mkdtemp(prefix="hms-tests-"))
# As root the embedded server runs as another OS user, which must enter this folder; hms_desktop
# refuses to open a private folder for it, so the folder is made enterable here (a test's choice).
_SCRATCH.chmod(0o755)
os.environ["HMS_DATA_DIR"] = str(_SCRATCH / "data")
os.environ["HMS_CONFIG_DIR"] = str(_SCRATCH / "config")
os.environ.pop("HMS_DATABASE_URL", None)


def _remove_scratch() -> None:
    # Each run made a folder of several hundred MB (the cluster, backups, PDFs); hundreds of runs filled the
    # disk. A server still running (a test process killed half-way) keeps its folder: it is not ours to pull.
    # The server stops in the background once the session fixture lets it go: give it a few seconds.
    pid_file = _SCRATCH / "pgdata" / "postmaster.pid"
    deadline = time.monotonic() + 15
    while pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    if not pid_file.exists():
        shutil.rmtree(_SCRATCH, ignore_errors=True)


atexit.register(_remove_scratch)

import psycopg
import pytest
from psycopg import sql

from hms_desktop.db.database import Database
from hms_desktop.db.embedded import OWNER_ROLE, EmbeddedServer
from hms_desktop.db.engine import ServerTarget
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.staff import Group, NewStaffMember
from hms_desktop.services import auth, setup, users
from hms_desktop.services.context import ServiceContext

# Under pytest-xdist each worker process imports this file: it gets its own scratch folder (above), so its own
# embedded cluster, and on a shared server (HMS_TEST_DATABASE_URL) its own template database.
TEMPLATE = "hms_test_template" + (f"_{os.environ['PYTEST_XDIST_WORKER']}" if "PYTEST_XDIST_WORKER" in os.environ
                                  else "")
from helpers import DEFAULT_PASSWORD


@dataclass
class Cluster:
    """A PostgreSQL server the tests may create databases on, as a superuser."""

    base: ServerTarget
    owner: str
    owner_password: str | None
    embedded: EmbeddedServer | None
    template: str = TEMPLATE  # the migrated database each test module's database is copied from

    def target(self, database: str) -> ServerTarget:
        return self.base.with_database(database)

    def admin_connect(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(**self.target(database).connect_kwargs(self.owner, self.owner_password),
                               autocommit=True)

    def owner_database(self, database: str) -> Database:
        return Database(self.target(database), self.owner, self.owner_password, pool_size=2)

    def create_database(self, name: str) -> ServerTarget:
        with self.admin_connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name),
                                                                          sql.Identifier(TEMPLATE)))
        # A copy has the template's schema but neither its ACL nor its oid: it gets its own staff role and
        # CONNECT grants the way `hms db upgrade` gives them to a restored or copied database.
        with self.admin_connect(name) as conn:
            conn.execute("SELECT hms_claim_database()")
        return self.target(name)

    def drop_database(self, name: str) -> None:
        with self.admin_connect() as conn:
            found = conn.execute("SELECT 'hms_db_' || oid FROM pg_database WHERE datname = %s", (name,)).fetchone()
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            if found is not None:  # its staff role (migration 0009), which would outlive it in the cluster
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(found[0])))


def _start_cluster() -> Cluster:
    url = os.environ.get("HMS_TEST_DATABASE_URL")
    if url:
        connection = setup.resolve(url)
        return Cluster(base=connection.target, owner=connection.url_username or "postgres",
                       owner_password=connection.url_password, embedded=None)
    server = EmbeddedServer(_SCRATCH / "pgdata")
    endpoint = server.start()
    cluster = Cluster(base=ServerTarget.for_embedded(endpoint.socket_dir, endpoint.port, "postgres"),
                      owner=OWNER_ROLE, owner_password=None, embedded=server)
    # A cluster thrown away after the run: nothing in it must outlive a power cut, so no flush to disk at each
    # commit and each CREATE DATABASE (one per test module). A stopped or crashed server process loses nothing
    # by this (only the machine going down would), so the tests that stop and restart it test the same.
    with cluster.admin_connect() as conn:
        conn.execute("ALTER SYSTEM SET fsync = off")
        conn.execute("ALTER SYSTEM SET full_page_writes = off")
        # A failed login waits auth_delay.milliseconds before its answer (1 s, set by EmbeddedServer), and the tests
        # fail logins on purpose in many places (the throttle alone, nine). test_embedded checks the full second on
        # a server of its own; here a tenth of it takes the same path.
        conn.execute("ALTER SYSTEM SET auth_delay.milliseconds = 100")
        conn.execute("SELECT pg_reload_conf()")
    return cluster


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    cluster = _start_cluster()
    cluster.drop_database(TEMPLATE)
    with cluster.admin_connect() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
            sql.Identifier(TEMPLATE)))
    owner = cluster.owner_database(TEMPLATE)
    try:
        setup.upgrade_to_head(owner)
    finally:
        owner.dispose()
    yield cluster
    if cluster.embedded is not None:
        cluster.embedded.stop()


_user_numbers = itertools.count(1)
_RUN = uuid.uuid4().hex[:6]


@dataclass
class TestDatabase:
    """A freshly migrated database for one test module, and helpers to act in it as any role."""

    cluster: Cluster
    name: str
    target: ServerTarget
    owner: Database

    def unique_username(self, stem: str) -> str:
        return f"{stem}_{_RUN}_{next(_user_numbers)}"

    def owner_context(self) -> ServiceContext:
        return ServiceContext(db=self.owner, user=setup.OWNER_USER)

    def add_user(self, *groups: Group, stem: str | None = None, password: str = DEFAULT_PASSWORD,
                 full_name: str | None = None) -> str:
        username = self.unique_username(stem or (groups[0].value.removeprefix("hms_") if groups else "user"))
        users.add_staff(self.owner_context(), NewStaffMember(
            username=username, full_name=full_name or f"Test {username}", title="", department="Testing",
            groups=frozenset(groups)), password)
        return username

    def login(self, username: str, password: str = DEFAULT_PASSWORD) -> ServiceContext:
        throttle = auth.LoginThrottle(_SCRATCH / f"throttle-{uuid.uuid4().hex}.json")
        return auth.login(self.target, username, password, throttle=throttle)

    def context_for(self, *groups: Group, clock: Clock | None = None) -> ServiceContext:
        ctx = self.login(self.add_user(*groups))
        if clock is not None:
            ctx.clock = clock
        return ctx

    def logged_in(self, *groups: Group, username: str | None = None,
                  clock: Clock | None = None) -> Iterator[ServiceContext]:
        """For fixtures: ``yield from database.logged_in(Group.RECEPTION)`` logs in, then out afterwards.

        ``clock``: the context's clock (``helpers.fixed_clock()``), so the test does not depend on the hour."""
        ctx = self.login(username) if username is not None else self.context_for(*groups)
        if clock is not None:
            ctx.clock = clock
        try:
            yield ctx
        finally:
            ctx.db.dispose()

    def connect_as(self, username: str, password: str = DEFAULT_PASSWORD) -> psycopg.Connection:
        return psycopg.connect(**self.target.connect_kwargs(username, password), autocommit=True)


@pytest.fixture(scope="module")
def database(cluster: Cluster, request: pytest.FixtureRequest) -> Iterator[TestDatabase]:
    name = f"hms_t_{uuid.uuid4().hex[:10]}"
    target = cluster.create_database(name)
    owner = cluster.owner_database(name)
    yield TestDatabase(cluster=cluster, name=name, target=target, owner=owner)
    owner.dispose()
    cluster.drop_database(name)



def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files with a slow test (the soak, the desks' races: minutes between them) first, each file kept whole and in
    its order. `make test` runs on pytest-xdist workers (``-n auto --dist loadfile --no-loadscope-reorder``), which
    are dealt whole files in this order: a long file dealt last would keep one worker busy alone at the end."""
    slow_files = {item.path for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: item.path not in slow_files)
