"""Scheduling GRANTs, tested by connecting as each group (any SQL tool could): the database is the boundary.

Reception books, moves, cancels and checks in; doctors read every schedule and change only the status
columns (accept, decline, call, complete) and their own profile's qualifications and notes; administrators
edit hours, templates, profiles and resources; billing reads appointments and nothing else here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.staff import Group

START = datetime(2031, 3, 3, 9, tzinfo=UTC)


@pytest.fixture(scope="module")
def ids(database) -> dict[str, int]:
    doctor = database.add_user(Group.DOCTOR, stem="gdoc")
    other = database.add_user(Group.DOCTOR, stem="gother")
    with database.owner.engine.begin() as conn:
        staff = dict(conn.execute(text("SELECT username, id FROM staff WHERE username IN (:a, :b)"),
                                  {"a": doctor, "b": other}).all())
        patient = conn.execute(text("INSERT INTO patient (family_name, given_name, sex) VALUES ('Grant', 'G', 'U') "
                                    "RETURNING id")).scalar_one()
        room = conn.execute(text("INSERT INTO resource (name, kind) VALUES ('G room', 'consulting_room') "
                                 "RETURNING id")).scalar_one()
        for staff_id in staff.values():
            conn.execute(text("INSERT INTO doctor_profile (staff_id, qualifications) VALUES (:s, 'MB BS')"),
                         {"s": staff_id})
        appointment = conn.execute(text(
            "INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at) VALUES (:p, :d, :s, :e) "
            "RETURNING id"), {"p": patient, "d": staff[doctor], "s": START, "e": START + timedelta(minutes=15)}
        ).scalar_one()
    return {"doctor": staff[doctor], "other": staff[other], "patient": patient, "room": room,
            "appointment": appointment, "doctor_login": doctor}


def connect(database, group: Group) -> psycopg.Connection:
    return database.connect_as(database.add_user(group))


def refused(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)


READ_ALL = ("specialty", "doctor_specialty", "doctor_profile", "resource", "doctor_room", "work_template",
            "schedule_exception", "appointment", "resource_booking")


@pytest.mark.parametrize("group", list(Group), ids=lambda g: g.value)
def test_everyone_reads_the_schedule(database, ids, group: Group) -> None:
    with connect(database, group) as conn:
        for table in READ_ALL:
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        # Row-level security on profiles limits writing, never reading.
        assert conn.execute("SELECT count(*) FROM doctor_profile").fetchone()[0] >= 2
        if group is Group.BILLING:
            refused(conn, "SELECT count(*) FROM waiting_list")
        else:
            conn.execute("SELECT count(*) FROM waiting_list").fetchone()
        for statement in ("DELETE FROM appointment", "DELETE FROM resource_booking"):
            refused(conn, statement)


def _insert_appointment(conn: psycopg.Connection, ids: dict[str, int], minutes: int) -> int:
    start = START + timedelta(hours=1, minutes=minutes)
    return conn.execute("INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at) VALUES "
                        "(%s, %s, %s, %s) RETURNING id",
                        (ids["patient"], ids["other"], start, start + timedelta(minutes=15))).fetchone()[0]


def test_reception_books_moves_cancels_and_checks_in(database, ids) -> None:
    with connect(database, Group.RECEPTION) as conn:
        new = _insert_appointment(conn, ids, 0)
        conn.execute("INSERT INTO resource_booking (resource_id, appointment_id, starts_at, ends_at) "
                     "VALUES (%s, %s, %s, %s)", (ids["room"], new, START, START + timedelta(minutes=15)))
        conn.execute("UPDATE appointment SET status = 'checked_in', checked_in_at = now(), version = version + 1 "
                     "WHERE id = %s", (new,))
        conn.execute("UPDATE resource_booking SET cancelled = true WHERE appointment_id = %s", (new,))
        # A booking's time, doctor or patient is never edited: moving creates a new appointment.
        refused(conn, "UPDATE appointment SET starts_at = starts_at + interval '1 hour' WHERE id = %s", (new,))
        refused(conn, "UPDATE appointment SET doctor_id = doctor_id WHERE id = %s", (new,))
        refused(conn, "UPDATE resource_booking SET starts_at = starts_at")
        refused(conn, "INSERT INTO work_template (staff_id, weekday, starts, ends) VALUES (%s, 0, '09:00', '10:00')",
                (ids["doctor"],))
        refused(conn, "UPDATE doctor_profile SET qualifications = 'x'")
        refused(conn, "INSERT INTO specialty (name) VALUES ('Reception specialty')")
        conn.execute("INSERT INTO waiting_list (patient_id, doctor_id, earliest) VALUES (%s, %s, current_date)",
                     (ids["patient"], ids["doctor"]))
        conn.execute("UPDATE waiting_list SET status = 'removed'")


def test_doctors_change_status_columns_only(database, ids) -> None:
    with database.connect_as(ids["doctor_login"]) as conn:
        refused(conn, "INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at) VALUES "
                      "(%s, %s, now(), now() + interval '15 minutes')", (ids["patient"], ids["doctor"]))
        changed = conn.execute("UPDATE appointment SET status = 'confirmed', version = version + 1 WHERE id = %s",
                               (ids["appointment"],)).rowcount
        assert changed == 1  # their own appointment
        refused(conn, "UPDATE appointment SET checked_in_at = now() WHERE id = %s", (ids["appointment"],))
        refused(conn, "UPDATE appointment SET starts_at = now() WHERE id = %s", (ids["appointment"],))
        refused(conn, "INSERT INTO resource_booking (resource_id, starts_at, ends_at) VALUES (%s, now(), "
                      "now() + interval '1 hour')", (ids["room"],))
        refused(conn, "INSERT INTO schedule_exception (staff_id, starts_at, ends_at, kind) VALUES "
                      "(%s, now(), now() + interval '1 day', 'leave')", (ids["doctor"],))
        refused(conn, "INSERT INTO waiting_list (patient_id, doctor_id, earliest) VALUES (%s, %s, current_date)",
                (ids["patient"], ids["doctor"]))


def _profile(database, staff_id: int) -> tuple[str, str]:
    with database.owner.engine.connect() as conn:
        row = conn.execute(text("SELECT qualifications, availability_notes FROM doctor_profile WHERE staff_id = :s"),
                           {"s": staff_id}).one()
    return row.qualifications, row.availability_notes


def test_a_doctor_edits_only_their_own_profile(database, ids) -> None:
    with database.connect_as(ids["doctor_login"]) as conn:
        own = conn.execute("UPDATE doctor_profile SET qualifications = 'MB BS, MRCP', availability_notes = 'No "
                           "Fridays', version = version + 1 WHERE staff_id = %s", (ids["doctor"],)).rowcount
        # The policy hides the colleague's row from UPDATE: nothing changes, whatever the client says.
        other = conn.execute("UPDATE doctor_profile SET qualifications = 'forged' WHERE staff_id = %s",
                             (ids["other"],)).rowcount
        refused(conn, "UPDATE doctor_profile SET slot_minutes = 5 WHERE staff_id = %s", (ids["doctor"],))
        refused(conn, "UPDATE doctor_profile SET registration_number = 'X' WHERE staff_id = %s", (ids["doctor"],))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO doctor_profile (staff_id) VALUES (%s)", (ids["doctor"],))
        # Moving one's own row onto a colleague's id is refused by the policy's check.
        with pytest.raises(psycopg.Error):
            conn.execute("UPDATE doctor_profile SET staff_id = %s WHERE staff_id = %s", (ids["other"], ids["doctor"]))
    assert own == 1 and other == 0
    assert _profile(database, ids["doctor"]) == ("MB BS, MRCP", "No Fridays")
    assert _profile(database, ids["other"])[0] == "MB BS"


def test_admins_edit_hours_profiles_and_resources(database, ids) -> None:
    with connect(database, Group.ADMIN) as conn:
        conn.execute("INSERT INTO specialty (name) VALUES ('Admin specialty')")
        conn.execute("INSERT INTO resource (name, kind) VALUES ('Ultrasound', 'equipment')")
        template = conn.execute("INSERT INTO work_template (staff_id, weekday, starts, ends) VALUES "
                                "(%s, 1, '09:00', '12:00') RETURNING id", (ids["doctor"],)).fetchone()[0]
        conn.execute("UPDATE work_template SET valid_to = valid_from + 30 WHERE id = %s", (template,))
        conn.execute("INSERT INTO schedule_exception (staff_id, starts_at, ends_at, kind) VALUES "
                     "(NULL, now(), now() + interval '1 day', 'holiday')")
        assert conn.execute("UPDATE doctor_profile SET slot_minutes = 20 WHERE staff_id = %s",
                            (ids["other"],)).rowcount == 1
        conn.execute("DELETE FROM work_template WHERE id = %s", (template,))


def test_billing_reads_only(database, ids) -> None:
    with connect(database, Group.BILLING) as conn:
        assert conn.execute("SELECT count(*) FROM appointment").fetchone()[0] >= 1
        statements: list[Callable[[], object]] = [
            lambda: conn.execute("UPDATE appointment SET status = 'cancelled' WHERE id = %s", (ids["appointment"],)),
            lambda: _insert_appointment(conn, ids, 30),
            lambda: conn.execute("UPDATE doctor_profile SET qualifications = 'x'"),
            lambda: conn.execute("INSERT INTO resource (name, kind) VALUES ('B', 'equipment')"),
        ]
        for statement in statements:
            with pytest.raises(errors.InsufficientPrivilege):
                statement()


def test_overbook_capability_is_a_cluster_role(database) -> None:
    with database.cluster.admin_connect(database.name) as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'hms_overbook' AND NOT rolcanlogin"
                            ).fetchone()[0] == 1


def test_a_doctor_cannot_change_another_doctors_appointments(database, ids) -> None:
    """Issue 7.4: as a doctor, cancelling a colleague's appointment with psql used to succeed for good."""
    with database.owner.engine.begin() as conn:
        before = conn.execute(text("SELECT status, version FROM appointment WHERE id = :id"),
                              {"id": ids["appointment"]}).one()
    with connect(database, Group.DOCTOR) as conn:  # a colleague, not the appointment's doctor
        assert conn.execute("SELECT count(*) FROM appointment WHERE id = %s", (ids["appointment"],)).fetchone()[0] == 1
        for statement in ("UPDATE appointment SET status = 'cancelled', cancel_reason = 'x' WHERE id = %s",
                          "UPDATE appointment SET status = 'cancelled' WHERE doctor_id = doctor_id AND id = %s"):
            assert conn.execute(statement, (ids["appointment"],)).rowcount == 0
        assert conn.execute("UPDATE appointment SET status = status").rowcount == 0  # nobody's but their own
    with database.owner.engine.begin() as conn:
        after = conn.execute(text("SELECT status, version FROM appointment WHERE id = :id"),
                             {"id": ids["appointment"]}).one()
    assert after == before


def test_reception_and_admins_still_change_any_appointment(database, ids) -> None:
    for group in (Group.RECEPTION, Group.ADMIN):
        with connect(database, group) as conn:
            assert conn.execute("UPDATE appointment SET version = version + 1 WHERE id = %s",
                                (ids["appointment"],)).rowcount == 1
