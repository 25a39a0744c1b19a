"""The database is the security boundary (DESIGN.md §2.2): check the GRANTs by connecting as each group.

Every statement runs with raw psycopg as a member of one group role, inside a transaction that is
always rolled back, so "allowed" statements leave nothing behind. "Refused" means PostgreSQL itself
answers InsufficientPrivilege (SQLSTATE 42501) — the client's own checks play no part here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from psycopg import errors, sql

from hms_desktop.domain.staff import Group
from hms_desktop.services import auth
from hms_desktop.services.errors import PermissionDenied

RECEPTION, DOCTOR, BILLING, ADMIN = Group.RECEPTION, Group.DOCTOR, Group.BILLING, Group.ADMIN
EVERYONE = frozenset(Group)
NOBODY: frozenset[Group] = frozenset()


@dataclass(frozen=True)
class Op:
    """One statement and the groups that may run it. ``{patient}``, ``{staff}``, ``{audit}``, ``{me}``,
    ``{verifier}`` and ``{new}`` are filled in from fixture data."""

    sql: str
    allowed: frozenset[Group]


OPERATIONS: dict[str, Op] = {
    # patients: everyone reads, the front desk (and admin) writes, nobody deletes.
    "select patient": Op("SELECT * FROM patient WHERE id = {patient}", EVERYONE),
    "insert patient": Op("INSERT INTO patient (family_name, given_name, sex) VALUES ('Grant', 'Test', 'U')",
                         frozenset({RECEPTION, ADMIN})),
    "update patient": Op("UPDATE patient SET phone = '555-0100' WHERE id = {patient}",
                         frozenset({RECEPTION, ADMIN})),
    "delete patient": Op("DELETE FROM patient WHERE id = {patient}", NOBODY),
    "truncate patient": Op("TRUNCATE patient CASCADE", NOBODY),
    "next mrn": Op("SELECT hms_next_mrn()", frozenset({RECEPTION, ADMIN})),
    # the audit trail: append-only for everyone, readable by admin only.
    "select audit_log": Op("SELECT * FROM audit_log ORDER BY id DESC LIMIT 5", frozenset({ADMIN})),
    "insert audit_log": Op("INSERT INTO audit_log (at, actor, table_name, action, hash) "
                           "VALUES (now(), 'x', 'patient', 'INSERT', 'x')", NOBODY),
    "update audit_log": Op("UPDATE audit_log SET after = '{{}}' WHERE id = {audit}", NOBODY),
    "delete audit_log": Op("DELETE FROM audit_log WHERE id = {audit}", NOBODY),
    "truncate audit_log": Op("TRUNCATE audit_log", NOBODY),
    "call hms_audit_append": Op("SELECT hms_audit_append('patient', '1', 'INSERT', NULL, NULL)", NOBODY),
    "audit digest": Op("SELECT hms_audit_digest(now(), 'a', 't', 'k', 'INSERT', NULL, NULL, NULL)",
                       frozenset({ADMIN})),
    "record chart access": Op("SELECT hms_audit_access('patient', '{patient}')", EVERYONE),
    # turning the audit triggers off
    "disable audit trigger": Op("ALTER TABLE patient DISABLE TRIGGER audit", NOBODY),
    "replica mode skips triggers": Op("SET LOCAL session_replication_role = replica", NOBODY),
    # staff accounts: read by all; names editable by admin; everything else only through the functions.
    "select staff": Op("SELECT username, full_name FROM staff", EVERYONE),
    "update staff details": Op("UPDATE staff SET title = 'Changed' WHERE username = '{staff}'",
                               frozenset({ADMIN})),
    "update staff active": Op("UPDATE staff SET active = false WHERE username = '{staff}'", NOBODY),
    "update staff username": Op("UPDATE staff SET username = 'renamed_x' WHERE username = '{staff}'", NOBODY),
    "insert staff": Op("INSERT INTO staff (username, full_name) VALUES ('ghost_x', 'Ghost')", NOBODY),
    "create staff": Op("SELECT hms_create_staff('{new}', '{verifier}', 'New Person', '', NULL, "
                       "ARRAY['hms_reception'])", frozenset({ADMIN})),
    "set staff password": Op("SELECT hms_set_staff_password('{staff}', '{verifier}')", frozenset({ADMIN})),
    "set staff active": Op("SELECT hms_set_staff_active('{staff}', false)", frozenset({ADMIN})),
    "set staff groups": Op("SELECT hms_set_staff_groups('{staff}', ARRAY['hms_doctor'])", frozenset({ADMIN})),
    # settings and reference data
    "update setting": Op("UPDATE hospital_setting SET value = '\"X\"' WHERE key = 'hospital_name'",
                         frozenset({ADMIN})),
    "insert department": Op("INSERT INTO department (name) VALUES ('Grant test ward')", frozenset({ADMIN})),
    "read schema version": Op("SELECT version_num FROM alembic_version", EVERYONE),
    "change schema version": Op("UPDATE alembic_version SET version_num = 'x'", NOBODY),
    # escalation
    "create role": Op("CREATE ROLE sneaky_x LOGIN", NOBODY),
    "create table in public": Op("CREATE TABLE public.sneaky (i int)", NOBODY),
    "become hms_owner": Op("SET LOCAL ROLE hms_owner", NOBODY),
    "become hms_admin": Op("SET LOCAL ROLE hms_admin", frozenset({ADMIN})),
    "become postgres": Op("SET LOCAL ROLE postgres", NOBODY),
}


@dataclass
class World:
    connections: dict[Group, psycopg.Connection]
    usernames: dict[Group, str]
    values: dict[str, str]


@pytest.fixture(scope="module")
def world(database) -> Iterator[World]:
    usernames = {group: database.add_user(group) for group in Group}
    target_staff = database.add_user(Group.RECEPTION, stem="target")
    with database.cluster.admin_connect(database.name) as owner:
        patient = owner.execute("INSERT INTO patient (family_name, given_name, sex) "
                                "VALUES ('Owner', 'Made', 'F') RETURNING id").fetchone()[0]
        audit = owner.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        new_name = database.unique_username("newbie")
        verifier = owner.pgconn.encrypt_password(b"x-Long-password-1", new_name.encode(),
                                                 b"scram-sha-256").decode()
    connections = {group: database.connect_as(name) for group, name in usernames.items()}
    yield World(connections, usernames, {"patient": str(patient), "audit": str(audit), "staff": target_staff,
                                         "new": new_name, "verifier": verifier})
    for conn in connections.values():
        conn.close()


def _run_rolled_back(conn: psycopg.Connection, statement: str) -> None:
    with conn.transaction(force_rollback=True):
        conn.execute(statement)


@pytest.mark.parametrize("operation", list(OPERATIONS))
@pytest.mark.parametrize("group", list(Group), ids=lambda g: g.value)
def test_group_privileges(world: World, group: Group, operation: str) -> None:
    op = OPERATIONS[operation]
    statement = op.sql.format(**world.values)
    conn = world.connections[group]
    if group in op.allowed:
        _run_rolled_back(conn, statement)
    else:
        with pytest.raises(errors.InsufficientPrivilege):
            _run_rolled_back(conn, statement)
    # Either way the connection is usable again and still acts as the staff member.
    assert conn.execute("SELECT session_user, current_user").fetchone() == (world.usernames[group],) * 2


def test_every_group_is_covered_by_both_outcomes() -> None:
    """The table is not lopsided: each group is both allowed and refused something."""
    for group in Group:
        assert any(group in op.allowed for op in OPERATIONS.values())
        assert any(group not in op.allowed for op in OPERATIONS.values())


def test_allowed_write_really_takes_effect(world: World, database) -> None:
    """Guard against a vacuous 'allowed': the reception's committed update is visible to the owner."""
    conn = world.connections[RECEPTION]
    conn.execute("UPDATE patient SET phone = '555-0199' WHERE id = %s", (int(world.values["patient"]),))
    with database.cluster.admin_connect(database.name) as owner:
        phone = owner.execute("SELECT phone FROM patient WHERE id = %s",
                              (int(world.values["patient"]),)).fetchone()[0]
    assert phone == "555-0199"


@pytest.mark.parametrize("protected", ["postgres", "hms_owner", "hms_admin"])
def test_admin_functions_touch_only_staff_roles(world: World, protected: str) -> None:
    """hms_admin may call the account functions, but never on a role that is not a staff member."""
    conn = world.connections[ADMIN]
    verifier = world.values["verifier"]
    for statement in (sql.SQL("SELECT hms_set_staff_password({}, {})").format(protected, verifier),
                      sql.SQL("SELECT hms_set_staff_active({}, false)").format(protected),
                      sql.SQL("SELECT hms_set_staff_groups({}, ARRAY['hms_reception'])").format(protected)):
        with pytest.raises(psycopg.Error) as caught:
            _run_rolled_back(conn, statement.as_string(conn))
        assert caught.value.sqlstate == "HM005"


@pytest.mark.parametrize("username", ["postgres", "hms_sneaky", "pg_sneaky", "public", "Upper", "x;drop"])
def test_create_staff_refuses_reserved_or_odd_names(world: World, username: str) -> None:
    conn = world.connections[ADMIN]
    statement = sql.SQL("SELECT hms_create_staff({}, {}, 'N', '', NULL, ARRAY['hms_reception'])").format(
        username, world.values["verifier"])
    with pytest.raises(psycopg.Error) as caught:
        _run_rolled_back(conn, statement.as_string(conn))
    assert caught.value.sqlstate == "HM004"


def test_create_staff_refuses_unknown_group_and_plain_password(world: World) -> None:
    conn = world.connections[ADMIN]
    name = world.values["new"]
    for groups, verifier in ((["hms_owner"], world.values["verifier"]), (["pg_read_server_files"],
                                                                         world.values["verifier"]),
                             (["hms_reception"], "plain-text-password")):
        statement = sql.SQL("SELECT hms_create_staff({}, {}, 'N', '', NULL, {})").format(
            name, verifier, groups)
        with pytest.raises(psycopg.Error) as caught:
            _run_rolled_back(conn, statement.as_string(conn))
        assert caught.value.sqlstate == "HM004"


def test_role_outside_every_group_cannot_connect(database) -> None:
    """PUBLIC's CONNECT is revoked, and the groups' too (migration 0009): a login role that is not a member of
    this database's staff role is refused at the door, even in a group."""
    name = database.unique_username("stranger")
    password = "stranger-Pass-2026"
    with database.cluster.admin_connect(database.name) as owner:
        owner.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(name), password))
        owner.execute(sql.SQL("GRANT hms_doctor TO {}").format(sql.Identifier(name)))
        public_can_connect, database_role = owner.execute(
            "SELECT has_database_privilege('public', current_database(), 'CONNECT'), hms_database_role()").fetchone()
    try:
        assert public_can_connect is False
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            database.connect_as(name, password)
        with pytest.raises(PermissionDenied, match="does not belong to the hospital database"):
            auth.check_credentials(database.target, name, password)
        # The same role, once given this database's role, gets in: the refusal above was CONNECT, not the password.
        with database.cluster.admin_connect(database.name) as owner:
            owner.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(database_role), sql.Identifier(name)))
        with database.connect_as(name, password) as conn:
            assert conn.execute("SELECT session_user").fetchone() == (name,)
    finally:
        with database.cluster.admin_connect(database.name) as owner:
            owner.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
