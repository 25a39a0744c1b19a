"""GRANTs on the patient tables, checked by connecting as a member of each group (raw psycopg, no services).

Each statement runs in a transaction that is always rolled back. "Refused" means PostgreSQL answers
InsufficientPrivilege (42501) itself; the services' own checks play no part here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from psycopg import errors, sql

from hms_desktop.domain.staff import Group

RECEPTION, DOCTOR, BILLING, ADMIN = Group.RECEPTION, Group.DOCTOR, Group.BILLING, Group.ADMIN
EVERYONE = frozenset(Group)
NOBODY: frozenset[Group] = frozenset()
FRONT_DESK = frozenset({RECEPTION, ADMIN})
MONEY_AND_DESK = frozenset({RECEPTION, BILLING, ADMIN})


@dataclass(frozen=True)
class Op:
    sql: str
    allowed: frozenset[Group]


OPERATIONS: dict[str, Op] = {
    # demographics: everyone reads (doctors and billing need them), only the front desk writes, nobody deletes
    "select patient": Op("SELECT mrn, family_name, phone, name_search FROM patient WHERE id = {one}", EVERYONE),
    "insert patient": Op("INSERT INTO patient (family_name, given_name, sex) VALUES ('Grant', 'Test', 'U')",
                         FRONT_DESK),
    "update patient": Op("UPDATE patient SET email = 'x@example.com' WHERE id = {one}", FRONT_DESK),
    "delete patient": Op("DELETE FROM patient WHERE id = {one}", NOBODY),
    "truncate patient": Op("TRUNCATE patient CASCADE", NOBODY),
    # insurance: the desk records it, billing reads and corrects it, doctors never see it, nobody deletes
    "select insurance": Op("SELECT payer, member_number FROM patient_insurance WHERE patient_id = {one}",
                           MONEY_AND_DESK),
    "insert insurance": Op("INSERT INTO patient_insurance (patient_id, payer, member_number) "
                           "VALUES ({one}, 'Bupa', 'G1')", MONEY_AND_DESK),
    "update insurance": Op("UPDATE patient_insurance SET valid_to = DATE '2030-01-01' WHERE id = {policy}",
                           MONEY_AND_DESK),
    "delete insurance": Op("DELETE FROM patient_insurance WHERE id = {policy}", NOBODY),
    # photos: everyone sees the face (identity checks at every desk), the front desk changes it
    "select photo": Op("SELECT image FROM patient_photo WHERE patient_id = {one}", EVERYONE),
    "insert photo": Op("INSERT INTO patient_photo (patient_id, image, mime_type) "
                       "VALUES ({two}, '\\x89504e47'::bytea, 'image/png')", FRONT_DESK),
    "update photo": Op("UPDATE patient_photo SET mime_type = 'image/jpeg' WHERE patient_id = {one}", FRONT_DESK),
    "delete photo": Op("DELETE FROM patient_photo WHERE patient_id = {one}", FRONT_DESK),
    # functions the services call
    "fold text": Op("SELECT hms_fold('Müller')", EVERYONE),
    "record a read": Op("SELECT hms_audit_access('patient', '{one}')", EVERYONE),
    "merge patients": Op("SELECT hms_merge_patients({one}, {two})", frozenset({ADMIN})),
}


@dataclass
class World:
    connections: dict[Group, psycopg.Connection]
    usernames: dict[Group, str]
    values: dict[str, str]


@pytest.fixture(scope="module")
def world(database) -> Iterator[World]:
    usernames = {group: database.add_user(group) for group in Group}
    with database.cluster.admin_connect(database.name) as owner:
        one, two = (owner.execute("INSERT INTO patient (family_name, given_name, sex) VALUES (%s, 'Grant', 'F') "
                                  "RETURNING id", (name,)).fetchone()[0] for name in ("One", "Two"))
        policy = owner.execute("INSERT INTO patient_insurance (patient_id, payer, member_number) "
                               "VALUES (%s, 'AXA', 'A1') RETURNING id", (one,)).fetchone()[0]
        owner.execute("INSERT INTO patient_photo (patient_id, image, mime_type) VALUES (%s, '\\x00', 'image/png')",
                      (one,))
    connections = {group: database.connect_as(name) for group, name in usernames.items()}
    yield World(connections, usernames, {"one": str(one), "two": str(two), "policy": str(policy)})
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
    assert conn.execute("SELECT session_user").fetchone() == (world.usernames[group],)


def test_the_merge_capability_is_granted_to_a_person(world: World, database) -> None:
    """A receptionist given hms_merge_patients may merge; the grant is what makes the difference."""
    username = database.add_user(RECEPTION, stem="merger")
    with database.connect_as(username) as conn, pytest.raises(errors.InsufficientPrivilege):
        _run_rolled_back(conn, "SELECT hms_merge_patients({one}, {two})".format(**world.values))
    with database.cluster.admin_connect(database.name) as owner:
        owner.execute(sql.SQL("GRANT hms_merge_patients TO {}").format(sql.Identifier(username)))
    with database.connect_as(username) as conn:
        _run_rolled_back(conn, "SELECT hms_merge_patients({one}, {two})".format(**world.values))


def test_the_name_search_column_cannot_be_written(world: World) -> None:
    """It is computed by the database from the names; nobody can plant a search key."""
    with pytest.raises(psycopg.Error):
        _run_rolled_back(world.connections[RECEPTION],
                         "UPDATE patient SET name_search = 'smith' WHERE id = {one}".format(**world.values))
