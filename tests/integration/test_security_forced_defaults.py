"""Issue 7.9: the database, not the client, says who wrote a row, when, and the state it starts in; the
audit trail records only password changes that happened, and notices those made outside the app.

Two lines of defence (migration 0010):

* **Refused.** INSERT is granted only on the columns a client supplies, so naming ``id``, ``created_by``,
  ``created_at``, ``updated_*`` or a later state (an appointment's ``status``, ``checked_in_at``; an
  admission's ``admitted_at``) fails with InsufficientPrivilege (42501), whatever the group.
* **Overridden.** A BEFORE INSERT trigger sets those columns again for every staff session: ``version``,
  which the ORM names in its INSERTs and so stays granted, is always 1; and were a GRANT ever widened by
  mistake, the author, time and first status are still the database's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg
import pytest
from psycopg import errors, sql

from hms_desktop.db import server_checks
from hms_desktop.domain.staff import Group
from hms_desktop.services import auth, users

RECEPTION, DOCTOR, BILLING, ADMIN = Group.RECEPTION, Group.DOCTOR, Group.BILLING, Group.ADMIN
FRONT_DESK = frozenset({RECEPTION, ADMIN})
LONG_AGO = "2020-01-01 08:00+00"

# (table, column named) -> a statement naming that column; the other values are filled from fixture data.
FORGED: dict[str, str] = {
    "appointment id": "INSERT INTO appointment (id, patient_id, doctor_id, starts_at, ends_at) "
                      "VALUES (987654, {patient}, {doctor}, now(), now() + interval '15 minutes')",
    "appointment created_by": "INSERT INTO appointment (created_by, patient_id, doctor_id, starts_at, ends_at) "
                              "VALUES ('{someone}', {patient}, {doctor}, now(), now() + interval '15 minutes')",
    "appointment created_at": f"INSERT INTO appointment (created_at, patient_id, doctor_id, starts_at, ends_at) "
                              f"VALUES ('{LONG_AGO}', {{patient}}, {{doctor}}, now(), now() + interval '15 minutes')",
    "appointment status": "INSERT INTO appointment (status, patient_id, doctor_id, starts_at, ends_at) "
                          "VALUES ('completed', {patient}, {doctor}, now(), now() + interval '15 minutes')",
    "appointment checked_in_at": "INSERT INTO appointment (checked_in_at, patient_id, doctor_id, starts_at, "
                                 "ends_at) VALUES (now(), {patient}, {doctor}, now(), now() + interval '15 minutes')",
    "appointment version": "INSERT INTO appointment (version, patient_id, doctor_id, starts_at, ends_at) "
                           "VALUES (7, {patient}, {doctor}, now(), now() + interval '15 minutes')",
    "resource_booking created_by": "INSERT INTO resource_booking (created_by, resource_id, starts_at, ends_at) "
                                   "VALUES ('{someone}', {resource}, now(), now() + interval '1 hour')",
    "resource_booking cancelled": "INSERT INTO resource_booking (cancelled, resource_id, starts_at, ends_at) "
                                  "VALUES (true, {resource}, now(), now() + interval '1 hour')",
    "waiting_list status": "INSERT INTO waiting_list (status, patient_id, doctor_id, earliest) "
                           "VALUES ('booked', {patient}, {doctor}, current_date)",
    "waiting_list created_by": "INSERT INTO waiting_list (created_by, patient_id, doctor_id, earliest) "
                               "VALUES ('{someone}', {patient}, {doctor}, current_date)",
    "waiting_list created_at": f"INSERT INTO waiting_list (created_at, patient_id, doctor_id, earliest) "
                               f"VALUES ('{LONG_AGO}', {{patient}}, {{doctor}}, current_date)",
    "waiting_list id": "INSERT INTO waiting_list (id, patient_id, doctor_id, earliest) "
                       "VALUES (987654, {patient}, {doctor}, current_date)",
    "admission id": "INSERT INTO admission (id, patient_id, reason) VALUES (987654, {patient}, 'x')",
    "admission admitted_at": f"INSERT INTO admission (admitted_at, patient_id, reason) "
                             f"VALUES ('{LONG_AGO}', {{patient}}, 'x')",
    "admission discharged_at": "INSERT INTO admission (discharged_at, disposition, patient_id, reason) "
                               "VALUES (now(), 'home', {patient}, 'x')",
    "bed_stay starts_at": f"INSERT INTO bed_stay (starts_at, admission_id, bed_id) "
                          f"VALUES ('{LONG_AGO}', {{admission}}, {{bed}})",
    "bed_stay id": "INSERT INTO bed_stay (id, admission_id, bed_id) VALUES (987654, {admission}, {bed})",
    "patient id": "INSERT INTO patient (id, family_name, given_name, sex) VALUES (987654, 'F', 'G', 'U')",
    "patient mrn": "INSERT INTO patient (mrn, family_name, given_name, sex) VALUES ('1', 'F', 'G', 'U')",
    "patient created_at": f"INSERT INTO patient (created_at, family_name, given_name, sex) "
                          f"VALUES ('{LONG_AGO}', 'F', 'G', 'U')",
    "patient updated_by": "INSERT INTO patient (updated_by, family_name, given_name, sex) "
                          "VALUES ('{someone}', 'F', 'G', 'U')",
    "patient_insurance id": "INSERT INTO patient_insurance (id, patient_id, payer, member_number) "
                            "VALUES (987654, {patient}, 'P', 'M1')",
    "patient_insurance created_at": f"INSERT INTO patient_insurance (created_at, patient_id, payer, member_number) "
                                    f"VALUES ('{LONG_AGO}', {{patient}}, 'P', 'M1')",
    "patient_photo updated_at": f"INSERT INTO patient_photo (updated_at, patient_id, image, mime_type) "
                                f"VALUES ('{LONG_AGO}', {{patient}}, '\\x00', 'image/png')",
    "department id": "INSERT INTO department (id, name) VALUES (987654, 'Forged dept')",
    "department created_at": f"INSERT INTO department (created_at, name) VALUES ('{LONG_AGO}', 'Forged dept')",
    "hospital_setting version": "INSERT INTO hospital_setting (key, value, version) VALUES ('forged', '1', 9)",
    "ward id": "INSERT INTO ward (id, name) VALUES (987654, 'Forged ward')",
    "room id": "INSERT INTO room (id, ward_id, name) VALUES (987654, {ward}, 'Forged room')",
    "bed id": "INSERT INTO bed (id, room_id, label) VALUES (987654, {room}, 'F1')",
    "specialty id": "INSERT INTO specialty (id, name) VALUES (987654, 'Forged specialty')",
    "resource id": "INSERT INTO resource (id, name, kind) VALUES (987654, 'Forged room', 'equipment')",
    "work_template id": "INSERT INTO work_template (id, staff_id, weekday, starts, ends) "
                        "VALUES (987654, {doctor}, 1, '09:00', '12:00')",
    "schedule_exception id": "INSERT INTO schedule_exception (id, staff_id, starts_at, ends_at, kind) "
                             "VALUES (987654, {doctor}, now(), now() + interval '1 day', 'leave')",
}

# What each group's own inserts look like (the columns the app names; ORM inserts name ``version``).
HONEST: dict[str, tuple[str, frozenset[Group]]] = {
    "appointment": ("INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, kind, reason, overbooked, "
                    "overbook_reason, rescheduled_from_id) VALUES ({patient}, {doctor}, now() + interval '3 days', "
                    "now() + interval '3 days 15 minutes', 'new', '', false, NULL, NULL)", FRONT_DESK),
    "resource_booking": ("INSERT INTO resource_booking (resource_id, appointment_id, starts_at, ends_at, purpose) "
                         "VALUES ({resource}, NULL, now(), now() + interval '1 hour', 'x')", FRONT_DESK),
    "waiting_list": ("INSERT INTO waiting_list (patient_id, doctor_id, specialty_id, earliest, latest, note, "
                     "version) VALUES ({patient}, {doctor}, NULL, current_date, NULL, '', 1)", FRONT_DESK),
    "admission": ("INSERT INTO admission (patient_id, attending_doctor_id, reason, expected_days, version) "
                  "VALUES ({free_patient}, {doctor}, 'x', 2, 1)", FRONT_DESK),
    "bed_stay": ("INSERT INTO bed_stay (admission_id, bed_id) VALUES ({admission}, {bed})", FRONT_DESK),
    "patient_insurance": ("INSERT INTO patient_insurance (patient_id, payer, member_number, valid_from, valid_to) "
                          "VALUES ({patient}, 'P', 'M1', NULL, NULL)", frozenset({RECEPTION, BILLING, ADMIN})),
    "patient_photo": ("INSERT INTO patient_photo (patient_id, image, mime_type) "
                      "VALUES ({patient}, '\\x00', 'image/png')", FRONT_DESK),
    "department": ("INSERT INTO department (name) VALUES ('Honest dept')", frozenset({ADMIN})),
    "hospital_setting": ("INSERT INTO hospital_setting (key, value) VALUES ('honest', '1')", frozenset({ADMIN})),
    "ward": ("INSERT INTO ward (name, department_id, floor) VALUES ('Honest ward', NULL, '')", frozenset({ADMIN})),
    "room": ("INSERT INTO room (ward_id, name) VALUES ({ward}, 'Honest room')", frozenset({ADMIN})),
    # Not out of service: that needs a reason (0029), which a new bed's INSERT does not carry.
    "bed": ("INSERT INTO bed (room_id, label, bed_type, status, version) "
            "VALUES ({room}, 'H1', 'general', 'cleaning', 1)", frozenset({ADMIN})),
    "specialty": ("INSERT INTO specialty (name, slot_minutes) VALUES ('Honest specialty', 20)", frozenset({ADMIN})),
    "resource": ("INSERT INTO resource (name, kind, department_id, active) "
                 "VALUES ('Honest scanner', 'equipment', NULL, true)", frozenset({ADMIN})),
    "work_template": ("INSERT INTO work_template (staff_id, weekday, starts, ends, resource_id, valid_from, "
                      "valid_to, slot_minutes, version) VALUES ({doctor}, 1, '09:00', '12:00', NULL, current_date, "
                      "NULL, NULL, 1)", frozenset({ADMIN})),
    "schedule_exception": ("INSERT INTO schedule_exception (staff_id, starts_at, ends_at, kind, note) "
                           "VALUES ({doctor}, now(), now() + interval '1 day', 'leave', '')", frozenset({ADMIN})),
}


@dataclass
class World:
    connections: dict[Group, psycopg.Connection]
    values: dict[str, str]


def _staff_id(owner: psycopg.Connection, username: str) -> int:
    return int(owner.execute("SELECT id FROM staff WHERE username = %s", (username,)).fetchone()[0])


@pytest.fixture(scope="module")
def world(database) -> Iterator[World]:
    usernames = {group: database.add_user(group) for group in Group}
    doctor = database.add_user(DOCTOR, stem="seen")
    with database.cluster.admin_connect(database.name) as owner:
        patient = owner.execute("INSERT INTO patient (family_name, given_name, sex) "
                                "VALUES ('Forge', 'Target', 'F') RETURNING id").fetchone()[0]
        ward = owner.execute("INSERT INTO ward (name) VALUES ('Forge ward') RETURNING id").fetchone()[0]
        room = owner.execute("INSERT INTO room (ward_id, name) VALUES (%s, 'F') RETURNING id", (ward,)).fetchone()[0]
        bed = owner.execute("INSERT INTO bed (room_id, label) VALUES (%s, 'F1') RETURNING id", (room,)).fetchone()[0]
        resource = owner.execute("INSERT INTO resource (name, kind) VALUES ('Forge scanner', 'equipment') "
                                 "RETURNING id").fetchone()[0]
        admission = owner.execute("INSERT INTO admission (patient_id, reason) VALUES (%s, 'x') RETURNING id",
                                  (patient,)).fetchone()[0]
        free_patient = owner.execute("INSERT INTO patient (family_name, given_name, sex) "
                                     "VALUES ('Forge', 'Not admitted', 'M') RETURNING id").fetchone()[0]
        values = {"patient": str(patient), "free_patient": str(free_patient),
                  "doctor": str(_staff_id(owner, doctor)), "ward": str(ward),
                  "room": str(room), "bed": str(bed), "resource": str(resource), "admission": str(admission),
                  "someone": usernames[ADMIN]}
    connections = {group: database.connect_as(name) for group, name in usernames.items()}
    yield World(connections, values)
    for conn in connections.values():
        conn.close()


def _run_rolled_back(conn: psycopg.Connection, statement: str) -> None:
    with conn.transaction(force_rollback=True):
        conn.execute(statement)


@pytest.mark.parametrize("forged", list(FORGED))
@pytest.mark.parametrize("group", list(Group), ids=lambda g: g.value)
def test_naming_a_column_the_database_sets_is_refused(world: World, group: Group, forged: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        _run_rolled_back(world.connections[group], FORGED[forged].format(**world.values))


@pytest.mark.parametrize("table", list(HONEST))
@pytest.mark.parametrize("group", list(Group), ids=lambda g: g.value)
def test_the_columns_a_client_supplies_are_still_granted(world: World, group: Group, table: str) -> None:
    """The refusals above are about the columns: the same groups still insert rows the way the app does."""
    statement, allowed = HONEST[table]
    if group in allowed:
        _run_rolled_back(world.connections[group], statement.format(**world.values))
    else:
        with pytest.raises(errors.InsufficientPrivilege):
            _run_rolled_back(world.connections[group], statement.format(**world.values))


def test_a_version_the_orm_names_is_overridden(world: World, database) -> None:
    conn = world.connections[RECEPTION]
    with conn.transaction():
        entry = conn.execute("INSERT INTO waiting_list (patient_id, doctor_id, earliest, version) "
                             "VALUES (%s, %s, current_date, 99) RETURNING id, version, status",
                             (int(world.values["patient"]), int(world.values["doctor"]))).fetchone()
        insurance = conn.execute("INSERT INTO patient_insurance (patient_id, payer, member_number) "
                                 "VALUES (%s, 'P', 'M2') RETURNING version", (int(world.values["patient"]),)
                                 ).fetchone()
    assert entry[1:] == (1, "waiting") and insurance == (1,)


def test_a_widened_grant_still_cannot_forge_author_time_or_status(world: World, database) -> None:
    """Were INSERT granted on the whole table again, the trigger would still set what the database sets."""
    login = database.add_user(RECEPTION, stem="widened")
    victim = world.values["someone"]
    with database.cluster.admin_connect(database.name) as owner:
        owner.execute(sql.SQL("GRANT INSERT ON appointment, waiting_list, admission TO {}").format(
            sql.Identifier(login)))
    try:
        with database.connect_as(login) as conn, conn.transaction(force_rollback=True):
            appointment = conn.execute(
                "INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, created_by, created_at, "
                "checked_in_at, completed_at, version) VALUES (%s, %s, now() + interval '5 days', "
                "now() + interval '5 days 15 minutes', 'completed', %s, %s, now(), now(), 5) "
                "RETURNING status, created_by, created_at, checked_in_at, completed_at, version",
                (int(world.values["patient"]), int(world.values["doctor"]), victim, LONG_AGO)).fetchone()
            entry = conn.execute("INSERT INTO waiting_list (patient_id, doctor_id, earliest, status, created_by) "
                                 "VALUES (%s, %s, current_date, 'booked', %s) RETURNING status, created_by",
                                 (int(world.values["patient"]), int(world.values["doctor"]), victim)).fetchone()
            admission = conn.execute(
                "INSERT INTO admission (patient_id, reason, admitted_at) VALUES (%s, 'x', %s) "
                "RETURNING admitted_at", (int(world.values["free_patient"]), LONG_AGO)).fetchone()
            now = conn.execute("SELECT now()").fetchone()[0]
    finally:
        with database.cluster.admin_connect(database.name) as owner:
            owner.execute(sql.SQL("REVOKE INSERT ON appointment, waiting_list, admission FROM {}").format(
                sql.Identifier(login)))
    assert appointment == ("booked", login, now, None, None, 1)
    assert entry == ("waiting", login)
    assert admission == (now,)


def test_the_table_owner_may_still_write_history(world: World, database) -> None:
    """The demo loader (the owner) writes past appointments: the trigger leaves the owner alone."""
    with database.cluster.admin_connect(database.name) as owner, owner.transaction(force_rollback=True):
        row = owner.execute(
            "INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, completed_at) "
            "VALUES (%s, %s, %s, %s, 'completed', %s) RETURNING status, created_at",
            (int(world.values["patient"]), int(world.values["doctor"]), datetime(2020, 1, 1, 9, tzinfo=UTC),
             datetime(2020, 1, 1, 9, 15, tzinfo=UTC), datetime(2020, 1, 1, 9, 15, tzinfo=UTC))).fetchone()
    assert row[0] == "completed"


# --- password changes ---------------------------------------------------------------------------------------


def _password_entries(database, username: str) -> list[dict | None]:
    with database.cluster.admin_connect(database.name) as owner:
        return [row[0] for row in owner.execute(
            "SELECT after FROM audit_log WHERE table_name = 'staff' AND action = 'PASSWORD' AND row_key = %s "
            "ORDER BY id", (username,))]


def _outside(entries: list[dict | None]) -> list[dict]:
    return [e for e in entries if e and e.get("note") == "password changed outside the app"]


def test_a_password_change_that_did_not_happen_is_refused(database) -> None:
    login = database.add_user(BILLING)
    with database.connect_as(login) as conn:
        for _ in range(3):
            with pytest.raises(psycopg.Error) as refused:
                conn.execute("SELECT hms_note_own_password_change()")
            assert refused.value.sqlstate == "HM005"
    assert _password_entries(database, login) == []


def test_a_role_that_is_not_staff_cannot_note_a_change(database) -> None:
    name = database.unique_username("stranger")
    with database.cluster.admin_connect(database.name) as owner:
        # A member of the database's own role too (migration 0009), or it could not even connect.
        database_role = owner.execute("SELECT hms_database_role()").fetchone()[0]
        owner.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD 'stranger-Pass-2026' IN ROLE hms_doctor, {}").format(
            sql.Identifier(name), sql.Identifier(database_role)))
    try:
        with database.connect_as(name, "stranger-Pass-2026") as conn, pytest.raises(psycopg.Error) as refused:
            conn.execute("SELECT hms_note_own_password_change()")
        assert refused.value.sqlstate == "HM005"
    finally:
        with database.cluster.admin_connect(database.name) as owner:
            owner.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def test_a_change_through_the_app_is_recorded_once_and_not_again_at_login(database) -> None:
    login = database.add_user(RECEPTION)
    ctx = database.login(login)
    try:
        auth.change_own_password(ctx, "a-Good-pass-2026", "an-Other-pass-2027")
        with database.connect_as(login, "an-Other-pass-2027") as conn, pytest.raises(psycopg.Error) as again:
            conn.execute("SELECT hms_note_own_password_change()")
        assert again.value.sqlstate == "HM005"
    finally:
        ctx.db.dispose()
    database.login(login, "an-Other-pass-2027").db.dispose()
    assert _password_entries(database, login) == [None]


@pytest.mark.parametrize("group", list(Group), ids=lambda g: g.value)
def test_alter_role_password_outside_the_app_is_audited_at_the_next_login(database, group: Group) -> None:
    login = database.add_user(group)
    database.login(login).db.dispose()  # a first login: nothing to report
    with database.connect_as(login) as conn:
        # What any SQL tool lets a login do: the server only sees a verifier, so no policy can refuse it.
        conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(login), "x"))
    assert _outside(_password_entries(database, login)) == []  # nothing can notice it yet
    database.login(login, "x").db.dispose()
    entries = _password_entries(database, login)
    assert len(_outside(entries)) == 1 and _outside(entries)[0]["detected"] == "at login"
    with database.cluster.admin_connect(database.name) as owner:
        actor = owner.execute("SELECT actor FROM audit_log WHERE table_name = 'staff' AND action = 'PASSWORD' "
                              "AND row_key = %s ORDER BY id DESC LIMIT 1", (login,)).fetchone()[0]
    assert actor == login
    database.login(login, "x").db.dispose()  # reported once, not at every login
    assert len(_password_entries(database, login)) == len(entries)


def test_an_administrators_reset_is_not_reported_as_outside_the_app(database) -> None:
    login = database.add_user(DOCTOR)
    users.reset_password(database.owner_context(), login, "reset-By-admin-2026")
    database.login(login, "reset-By-admin-2026").db.dispose()
    assert _outside(_password_entries(database, login)) == []


def test_without_a_superuser_owner_changes_are_recorded_unchecked(database) -> None:
    """A server where verifiers cannot be read (hms_verifier_digest owned by hms_owner): changes through
    the app are still recorded, marked unchecked; nothing is reported at login."""
    login = database.add_user(RECEPTION)
    with database.cluster.admin_connect(database.name) as owner:
        superuser = owner.execute("SELECT p.proowner::regrole::text FROM pg_proc p "
                                  "WHERE p.proname = 'hms_verifier_digest'").fetchone()[0]
        owner.execute("ALTER FUNCTION hms_verifier_digest(text) OWNER TO hms_owner")
    try:
        with database.connect_as(login) as conn:
            conn.execute("SELECT hms_note_own_password_change()")
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(login), "y"))
        database.login(login, "y").db.dispose()
        with database.owner.unit_of_work(read_only=True) as uow:
            state = server_checks.server_state(uow.connection)
        assert not state.verifiers_readable and any("ALTER ROLE" in w for w in state.warnings())
    finally:
        with database.owner.unit_of_work() as uow:  # what "hms db upgrade" as a superuser does
            assert server_checks.configure_verifier_reading(uow.connection)
            uow.commit()
    assert _password_entries(database, login) == [{"checked": False}]
    with database.cluster.admin_connect(database.name) as owner:
        assert owner.execute("SELECT p.proowner::regrole::text FROM pg_proc p "
                             "WHERE p.proname = 'hms_verifier_digest'").fetchone()[0] == superuser
    # Checked again: the next login remembers the verifier, and a change that did not happen is refused.
    database.login(login, "y").db.dispose()
    with database.connect_as(login, "y") as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("SELECT hms_note_own_password_change()")
    assert refused.value.sqlstate == "HM005"


def test_no_staff_group_reads_the_remembered_verifiers(world: World) -> None:
    for conn in world.connections.values():
        with pytest.raises(errors.InsufficientPrivilege):
            _run_rolled_back(conn, "SELECT * FROM staff_verifier")
        with pytest.raises(errors.InsufficientPrivilege):
            _run_rolled_back(conn, "SELECT hms_verifier_digest(session_user)")
