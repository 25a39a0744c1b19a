"""Migrations (DESIGN.md §2.8): up, down, up again; models and migrations agree; the client's version
check."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from psycopg import sql
from sqlalchemy import Column, Integer, MetaData, Table, inspect, text

from hms_desktop import cli
from hms_desktop.db import migrate
from hms_desktop.db.models import Base
from hms_desktop.domain.staff import Group, NewStaffMember
from hms_desktop.services import auth, setup, users
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import SchemaMismatch

FUTURE_REVISION = "9999_from_the_future"
PASSWORD = "Migrate-pass-2026"


from hms_desktop.db.migrate import include_object  # noqa: E402 - the same rule as migrations/env.py


class EmptyDatabase:
    def __init__(self, cluster, name: str) -> None:  # type: ignore[no-untyped-def]
        self.cluster = cluster
        self.name = name
        self.target = cluster.target(name)
        self.owner = cluster.owner_database(name)

    def url(self) -> str:
        """A ``--url`` for the CLI, connecting as the cluster owner."""
        if self.cluster.embedded is not None:
            return f"postgresql://{self.cluster.owner}@:{self.target.port}/{self.name}?host={self.target.host}"
        password = f":{quote(self.cluster.owner_password, safe='')}" if self.cluster.owner_password else ""
        return f"postgresql://{self.cluster.owner}{password}@{self.target.host}:{self.target.port}/{self.name}"

    def status(self) -> migrate.SchemaStatus:
        with self.owner.engine.connect() as conn:
            return migrate.schema_status(conn)

    def set_version(self, revision: str | None) -> None:
        with self.owner.engine.begin() as conn:
            conn.execute(text("DELETE FROM alembic_version"))
            if revision is not None:
                conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:r)"), {"r": revision})


@pytest.fixture(scope="module")
def empty(cluster) -> Iterator[EmptyDatabase]:  # type: ignore[no-untyped-def]
    """A database that never saw a migration: not copied from the test template."""
    name = f"hms_m_{uuid.uuid4().hex[:10]}"
    with cluster.admin_connect() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
            sql.Identifier(name)))
    db = EmptyDatabase(cluster, name)
    yield db
    db.owner.dispose()
    cluster.drop_database(name)


def test_brand_new_database_has_no_schema(empty: EmptyDatabase) -> None:
    status = empty.status()
    assert status.current is None
    assert not status.up_to_date
    assert not status.newer_than_client
    assert "hms db upgrade" in status.explain()


def test_upgrade_downgrade_upgrade(empty: EmptyDatabase) -> None:
    migrate.upgrade(empty.owner.engine, "head")
    assert empty.status().up_to_date

    migrate.downgrade(empty.owner.engine, "base")
    with empty.owner.engine.connect() as conn:
        left = set(inspect(conn).get_table_names())
        functions = conn.execute(text(
            "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.proname LIKE 'hms\\_%'")).scalar()
        extensions = set(conn.execute(text("SELECT extname FROM pg_extension")).scalars())
    assert left == {"alembic_version"}
    assert functions == 0
    assert not extensions & {"pg_trgm", "btree_gist"}
    status = empty.status()
    assert status.current is None
    assert "hms db upgrade" in status.explain()

    migrate.upgrade(empty.owner.engine, "head")
    assert empty.status().up_to_date
    with empty.owner.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) >= {"staff", "patient", "audit_log", "hospital_setting"}


def test_models_and_migrations_agree(empty: EmptyDatabase) -> None:
    """What `alembic check` does: autogenerate against the migrated schema finds nothing to do."""
    with empty.owner.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "include_object": include_object, "compare_type": True, "target_metadata": Base.metadata})
        differences = compare_metadata(context, Base.metadata)
        # The comparison is live: a model the migrations lack is noticed.
        extended = MetaData()
        for table in Base.metadata.tables.values():
            table.to_metadata(extended)
        Table("not_migrated", extended, Column("id", Integer, primary_key=True))
        noticed = compare_metadata(context, extended)
    assert differences == []
    assert [diff[0] for diff in noticed] == ["add_table"]


def test_alembic_check_command(empty: EmptyDatabase) -> None:
    with empty.owner.engine.connect() as conn:
        command.check(migrate.alembic_config(conn))  # raises AutogenerateDiffsDetected on any difference


def test_migration_locks_the_database_to_the_staff_groups(empty: EmptyDatabase) -> None:
    """The migration itself (not the test template's copy step) revokes PUBLIC's CONNECT."""
    with empty.cluster.admin_connect(empty.name) as conn:
        public, groups = conn.execute(
            "SELECT has_database_privilege('public', current_database(), 'CONNECT'), "
            "array_agg(g ORDER BY g) FILTER (WHERE has_database_privilege(g, current_database(), 'CONNECT')) "
            "FROM unnest(ARRAY['hms_admin', 'hms_billing', 'hms_doctor', 'hms_reception']) AS g").fetchone()
        owner_of_tables = conn.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> 'alembic_version'").fetchall()
    assert public is False
    assert groups == ["hms_admin", "hms_billing", "hms_doctor", "hms_reception"]
    assert owner_of_tables == [("hms_owner",)]


def test_cli_status_and_upgrade_on_an_up_to_date_database(empty: EmptyDatabase,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["db", "status", "--url", empty.url()]) == 0
    out = capsys.readouterr().out
    assert "up to date" in out
    assert migrate.head_revision() in out
    assert cli.main(["db", "upgrade", "--url", empty.url()]) == 0
    assert "up to date" in capsys.readouterr().out
    assert empty.status().up_to_date


def test_cli_upgrade_brings_an_old_database_to_head(empty: EmptyDatabase,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    migrate.downgrade(empty.owner.engine, "base")
    assert cli.main(["db", "status", "--url", empty.url()]) == 1
    assert "hms db upgrade" in capsys.readouterr().out
    assert cli.main(["db", "upgrade", "--url", empty.url()]) == 0
    assert "up to date" in capsys.readouterr().out
    assert empty.status().up_to_date


@pytest.fixture
def staff_member(empty: EmptyDatabase) -> Iterator[str]:
    setup.upgrade_to_head(empty.owner)
    owner = ServiceContext(db=empty.owner, user=setup.OWNER_USER)
    username = f"mig_{uuid.uuid4().hex[:8]}"
    users.add_staff(owner, NewStaffMember(username, "Mig Rator", "", "", frozenset({Group.DOCTOR})), PASSWORD)
    yield username
    empty.set_version(migrate.head_revision())


def test_newer_schema_is_refused_with_advice(empty: EmptyDatabase, staff_member: str, tmp_path,
                                             capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    # Before: the same person logs in fine, so the refusal below is about the schema alone.
    ctx = auth.login(empty.target, staff_member, PASSWORD, throttle=auth.LoginThrottle(tmp_path / "t1.json"))
    ctx.db.dispose()

    empty.set_version(FUTURE_REVISION)
    status = empty.status()
    assert status.current == FUTURE_REVISION
    assert status.newer_than_client
    assert not status.up_to_date
    assert "Install the current version" in status.explain()

    throttle = auth.LoginThrottle(tmp_path / "t2.json")
    with pytest.raises(SchemaMismatch, match="Install the current version") as caught:
        auth.login(empty.target, staff_member, PASSWORD, throttle=throttle)
    assert FUTURE_REVISION in str(caught.value)
    assert throttle.seconds_to_wait() == 0  # a schema problem is not a failed password

    # An administrator's `hms db upgrade` must not try to "upgrade" a newer schema.
    assert cli.main(["db", "upgrade", "--url", empty.url()]) == 2
    assert "Install the current version" in capsys.readouterr().err
    assert empty.status().current == FUTURE_REVISION


def test_unmigrated_schema_is_refused_at_login(empty: EmptyDatabase, staff_member: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """No recorded revision (as after `downgrade base`): the client asks for `hms db upgrade`."""
    empty.set_version(None)
    with pytest.raises(SchemaMismatch, match="hms db upgrade"):
        auth.login(empty.target, staff_member, PASSWORD, throttle=auth.LoginThrottle(tmp_path / "t.json"))
