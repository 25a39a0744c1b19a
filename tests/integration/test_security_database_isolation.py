"""Two hospital databases on one server (issue 7, item 1): a login made for one neither connects to nor acts
in the other, although roles, and the staff groups, belong to the whole cluster.

``database`` (A) and ``other`` (B) are both copies of the migrated template, each claimed the way
``hms db upgrade`` claims a copied or restored database (``hms_claim_database``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

import psycopg
import pytest
from helpers import DEFAULT_PASSWORD
from psycopg import sql

from hms_desktop.db import migrate
from hms_desktop.db.database import Database
from hms_desktop.domain.staff import Group, NewStaffMember
from hms_desktop.services import auth, setup, users
from hms_desktop.services.context import CurrentUser, ServiceContext
from hms_desktop.services.errors import NotThisDatabase, PermissionDenied, ServiceError

if TYPE_CHECKING:  # which conftest "conftest" names depends on the folders collected: only for the type
    from conftest import TestDatabase as HospitalDatabase


@pytest.fixture(scope="module")
def other(cluster, database: HospitalDatabase) -> Iterator[HospitalDatabase]:
    """A second hospital database on the same server (say, a training copy beside production)."""
    name = f"hms_t_{uuid.uuid4().hex[:10]}"
    target = cluster.create_database(name)
    owner = cluster.owner_database(name)
    yield type(database)(cluster=cluster, name=name, target=target, owner=owner)
    owner.dispose()
    cluster.drop_database(name)


def _verifier(conn: psycopg.Connection, username: str) -> str:
    return conn.pgconn.encrypt_password(DEFAULT_PASSWORD.encode(), username.encode(), b"scram-sha-256").decode()


def _refused(conn: psycopg.Connection, statement: sql.Composable, sqlstate: str) -> str:
    """Run ``statement`` in a transaction that is rolled back; it must fail with ``sqlstate``."""
    with pytest.raises(psycopg.Error) as caught, conn.transaction(force_rollback=True):
        conn.execute(statement)
    assert caught.value.sqlstate == sqlstate, caught.value
    return caught.value.diag.message_primary or ""


def test_each_database_has_its_own_role_and_only_it_connects(database: HospitalDatabase,
                                                             other: HospitalDatabase) -> None:
    roles = []
    for db in (database, other):
        with db.cluster.admin_connect(db.name) as conn:
            role, own, groups = conn.execute(
                "SELECT hms_database_role(), has_database_privilege(hms_database_role(), current_database(), "
                "'CONNECT'), bool_or(has_database_privilege(g, current_database(), 'CONNECT')) "
                "FROM unnest(ARRAY['public', 'hms_admin', 'hms_billing', 'hms_doctor', 'hms_reception']) AS g"
            ).fetchone()
        assert own is True
        assert groups is False
        roles.append(role)
    assert roles[0] != roles[1]


def test_a_login_of_one_database_cannot_connect_to_the_other(database: HospitalDatabase, other: HospitalDatabase,
                                                             tmp_path) -> None:
    billing = database.add_user(Group.BILLING, stem="billing")
    with database.connect_as(billing) as conn:  # at home: fine
        assert conn.execute("SELECT count(*) >= 0 FROM patient").fetchone() == (True,)

    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(**other.target.connect_kwargs(billing, DEFAULT_PASSWORD))

    # Through the login window's path: words that say what is wrong, not "wrong password", and no penalty.
    throttle = auth.LoginThrottle(tmp_path / "throttle.json")
    with pytest.raises(NotThisDatabase) as caught:
        auth.login(other.target, billing, DEFAULT_PASSWORD, throttle=throttle)
    assert f"does not belong to the hospital database “{other.name}”" in str(caught.value)
    assert "server profile" in str(caught.value)
    assert throttle.seconds_to_wait() == 0
    # A wrong password at the other database is still just a wrong password.
    with pytest.raises(auth.AuthenticationFailed, match="not right"):
        auth.login(other.target, billing, "not-the-Password-2026", throttle=throttle)


def test_logins_created_in_each_database_work_there_only(database: HospitalDatabase, other: HospitalDatabase) -> None:
    in_a = database.add_user(Group.RECEPTION)
    in_b = other.add_user(Group.RECEPTION)
    for home, away, username in ((database, other, in_a), (other, database, in_b)):
        ctx = home.login(username)
        try:
            assert ctx.user.username == username
        finally:
            ctx.db.dispose()
        with pytest.raises(NotThisDatabase):
            away.login(username)


@pytest.fixture
def admin_of_a_inside_b(database: HospitalDatabase, other: HospitalDatabase,
                        request: pytest.FixtureRequest) -> Iterator[psycopg.Connection]:
    """An administrator of A connected to B by a mistake: CONNECT granted to the login itself, or the login
    made a member of B's role. Either way it is in hms_admin, which B grants its staff functions to."""
    admin = database.add_user(Group.ADMIN)
    how = request.param
    with other.cluster.admin_connect(other.name) as conn:
        if how == "connect granted":
            conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(other.name),
                                                                            sql.Identifier(admin)))
        else:
            conn.execute(sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(conn.execute("SELECT hms_database_role()").fetchone()[0]), sql.Identifier(admin)))
    with other.connect_as(admin) as conn:
        yield conn


@pytest.mark.parametrize("admin_of_a_inside_b", ["connect granted", "member of both databases' roles"],
                         indirect=True)
def test_an_administrator_of_one_database_cannot_manage_staff_of_another(
        admin_of_a_inside_b: psycopg.Connection, other: HospitalDatabase) -> None:
    conn = admin_of_a_inside_b
    victim = other.add_user(Group.ADMIN)
    newcomer = other.unique_username("planted")
    verifier = _verifier(conn, victim)
    statements = [
        sql.SQL("SELECT hms_create_staff({}, {}, 'Planted', '', NULL, ARRAY['hms_admin'])").format(
            newcomer, _verifier(conn, newcomer)),
        sql.SQL("SELECT hms_set_staff_password({}, {})").format(victim, verifier),
        sql.SQL("SELECT hms_set_staff_groups({}, ARRAY['hms_admin', 'hms_reception'])").format(victim),
        sql.SQL("SELECT hms_set_staff_active({}, false)").format(victim),
    ]
    for statement in statements:
        message = _refused(conn, statement, "HM009")
        assert "administrator of this hospital database" in message
    with other.cluster.admin_connect(other.name) as owner:
        assert owner.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (newcomer,)).fetchone() is None
    ctx = other.login(victim)  # the victim's password, groups and account are untouched
    ctx.db.dispose()


def test_an_administrator_cannot_touch_a_login_of_another_database(database: HospitalDatabase,
                                                                   other: HospitalDatabase) -> None:
    """B's own administrator, at home in B, acts only on B's logins: not on A's, even one given a staff row
    in B by a mistake, as long as it is not a member of B's role."""
    admin_b = other.add_user(Group.ADMIN)
    of_a = database.add_user(Group.ADMIN)
    with other.connect_as(admin_b) as conn:
        verifier = _verifier(conn, of_a)
        _refused(conn, sql.SQL("SELECT hms_set_staff_password({}, {})").format(of_a, verifier), "HM005")
        # A staff row in B for A's login (only the owner can write one): still not B's to manage.
        with other.cluster.admin_connect(other.name) as owner:
            owner.execute("INSERT INTO staff (username, full_name) VALUES (%s, 'Not from here')", (of_a,))
        try:
            for statement in (sql.SQL("SELECT hms_set_staff_password({}, {})").format(of_a, verifier),
                              sql.SQL("SELECT hms_set_staff_groups({}, ARRAY['hms_reception'])").format(of_a),
                              sql.SQL("SELECT hms_set_staff_active({}, false)").format(of_a)):
                assert "does not belong to this hospital database" in _refused(conn, statement, "HM005")
        finally:
            with other.cluster.admin_connect(other.name) as owner:
                owner.execute("DELETE FROM staff WHERE username = %s", (of_a,))
    ctx = database.login(of_a)
    ctx.db.dispose()


def test_the_service_says_so_in_words(database: HospitalDatabase, other: HospitalDatabase) -> None:
    """An administrator of A who reached B (CONNECT granted by mistake), calling the services with a context
    that believes they are an administrator: the database's refusal reaches them as a sentence."""
    admin = database.add_user(Group.ADMIN)
    victim = other.add_user(Group.RECEPTION)
    with other.cluster.admin_connect(other.name) as conn:
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(other.name),
                                                                        sql.Identifier(admin)))
    db = Database(other.target, admin, DEFAULT_PASSWORD, pool_size=1)
    ctx = ServiceContext(db=db, user=CurrentUser(username=admin, full_name="Visitor", groups=frozenset({Group.ADMIN}),
                                                 staff_id=None))
    try:
        with pytest.raises(PermissionDenied, match="Only an administrator of this hospital database"):
            users.add_staff(ctx, NewStaffMember(other.unique_username("planted"), "Planted", "", "",
                                                frozenset({Group.ADMIN})), DEFAULT_PASSWORD)
        with pytest.raises(PermissionDenied, match="Only an administrator of this hospital database"):
            users.reset_password(ctx, victim, "Taken-over-2026")
        with pytest.raises(PermissionDenied, match="Only an administrator of this hospital database"):
            users.set_groups(ctx, victim, frozenset({Group.ADMIN}))
    finally:
        db.dispose()
    other.login(victim).db.dispose()  # the password was not changed


def test_a_copied_database_gets_its_own_role_at_upgrade(cluster, database: HospitalDatabase) -> None:
    """A copy of a hospital database (CREATE DATABASE ... TEMPLATE, or a restored dump) is at the newest
    schema but is not yet its own: ``hms db upgrade`` (setup.upgrade_to_head) claims it, and the source's
    logins, being its staff rows, become its staff. Nobody else gets in, and nothing changes in the source."""
    member = database.add_user(Group.DOCTOR)
    name = f"hms_c_{uuid.uuid4().hex[:10]}"
    with cluster.admin_connect() as conn:
        conn.execute(sql.SQL("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = {}").format(
            sql.Literal(database.name)))
        database.owner.engine.dispose()
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name),
                                                                      sql.Identifier(database.name)))
    try:
        owner = cluster.owner_database(name)
        try:
            setup.upgrade_to_head(owner)
        finally:
            owner.dispose()
        copy = cluster.target(name)
        with cluster.admin_connect(name) as conn:
            role, public = conn.execute("SELECT hms_database_role(), "
                                        "has_database_privilege('public', current_database(), 'CONNECT')").fetchone()
        with cluster.admin_connect(database.name) as conn:
            source_role = conn.execute("SELECT hms_database_role()").fetchone()[0]
        assert role != source_role
        assert public is False
        with psycopg.connect(**copy.connect_kwargs(member, DEFAULT_PASSWORD)) as conn:
            assert conn.execute("SELECT session_user").fetchone() == (member,)
    finally:
        cluster.drop_database(name)


def test_existing_staff_keep_working_after_the_migration(cluster) -> None:
    """Logins made before migration 0009 become members of their database's role, and of no other."""
    names = [f"hms_m_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    created: list[str] = []
    try:
        for name in names:
            with cluster.admin_connect() as conn:
                conn.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
                    sql.Identifier(name)))
            owner = cluster.owner_database(name)
            try:
                migrate.upgrade(owner.engine, "0006_print_log_columns")
                username = f"pre_{uuid.uuid4().hex[:8]}"
                users.add_staff(ServiceContext(db=owner, user=setup.OWNER_USER), NewStaffMember(
                    username, "Before Isolation", "", "", frozenset({Group.ADMIN})), DEFAULT_PASSWORD)
                created.append(username)
                migrate.upgrade(owner.engine, "head")
            finally:
                owner.dispose()
        for name, home_user, away_user in ((names[0], created[0], created[1]), (names[1], created[1], created[0])):
            target = cluster.target(name)
            with psycopg.connect(**target.connect_kwargs(home_user, DEFAULT_PASSWORD)) as conn:
                assert conn.execute("SELECT session_user").fetchone() == (home_user,)
            with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
                psycopg.connect(**target.connect_kwargs(away_user, DEFAULT_PASSWORD))
    finally:
        for name in names:
            cluster.drop_database(name)
        with cluster.admin_connect() as conn:
            for username in created:
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(username)))


def test_a_shared_server_owner_need_not_be_a_superuser(cluster, other: HospitalDatabase) -> None:
    """README, "A shared server": the database's owner with CREATEROLE, a member of hms_owner (and of
    pg_read_all_settings, for the server checks `hms db upgrade` makes on a shared server), can run
    ``hms db upgrade`` (which claims the database) and add the first administrator; without CREATEROLE the
    claim is refused with advice."""
    dba = f"dba_{uuid.uuid4().hex[:8]}"
    name = f"hms_o_{uuid.uuid4().hex[:10]}"
    first_admin = f"first_{uuid.uuid4().hex[:8]}"
    with cluster.admin_connect() as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(sql.Identifier(dba),
                                                                                   DEFAULT_PASSWORD))
        conn.execute(sql.SQL("GRANT hms_owner, pg_read_all_settings TO {}").format(sql.Identifier(dba)))
        conn.execute(sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE {}").format(
            sql.Identifier(name), sql.Identifier(dba), sql.Identifier(cluster.template)))
    target = cluster.target(name)
    db = Database(target, dba, DEFAULT_PASSWORD, pool_size=1)
    try:
        setup.upgrade_to_head(db)
        ctx = ServiceContext(db=db, user=setup.OWNER_USER)
        users.add_staff(ctx, NewStaffMember(first_admin, "First Admin", "", "", frozenset({Group.ADMIN})),
                        DEFAULT_PASSWORD)
        with psycopg.connect(**target.connect_kwargs(first_admin, DEFAULT_PASSWORD)) as conn:
            assert conn.execute("SELECT hms_staff_groups(session_user)").fetchone() == (["hms_admin"],)
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(**other.target.connect_kwargs(first_admin, DEFAULT_PASSWORD))
        # Without CREATEROLE the owner cannot give a new copy its role: a sentence says what to do.
        with cluster.admin_connect() as conn:
            conn.execute(sql.SQL("ALTER ROLE {} NOCREATEROLE").format(sql.Identifier(dba)))
        db.dispose()
        with cluster.admin_connect(name) as conn:
            role = conn.execute("SELECT hms_database_role()").fetchone()[0]
            conn.execute(sql.SQL("REVOKE CONNECT ON DATABASE {} FROM {}").format(sql.Identifier(name),
                                                                                sql.Identifier(role)))
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
        with pytest.raises(ServiceError, match="CREATEROLE"):
            setup.upgrade_to_head(db)
    finally:
        db.dispose()
        cluster.drop_database(name)
        with cluster.admin_connect() as conn:
            for role in (first_admin, dba):
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
