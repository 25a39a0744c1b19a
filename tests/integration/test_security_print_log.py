"""Issue 7.9: a print-log row names who printed and when; a login cannot write it in another's name."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg
import pytest
from psycopg import errors

from hms_desktop.domain.staff import Group


@pytest.mark.parametrize("group", list(Group), ids=lambda g: g.value)
def test_the_database_sets_who_and_when(database, group: Group) -> None:
    login = database.add_user(group)
    with database.connect_as(login) as conn:
        for statement, value in (
                ("INSERT INTO print_log (actor, document, subject) VALUES (%s, 'wristband', 'forged')", "admin"),
                ("INSERT INTO print_log (at, document, subject) VALUES (%s, 'wristband', 'forged')",
                 datetime(2020, 1, 1, tzinfo=UTC)),
                ("INSERT INTO print_log (id, document, subject) VALUES (%s, 'wristband', 'forged')", 999_999)):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement, (value,))
        conn.execute("INSERT INTO print_log (document, subject, is_copy, destination) "
                     "VALUES ('wristband', %s, false, 'desk 1')", (f"honest-{login}",))
    with database.cluster.admin_connect(database.name) as owner:
        actor, at = owner.execute("SELECT actor, at FROM print_log WHERE subject = %s",
                                  (f"honest-{login}",)).fetchone()
    assert actor == login and abs((datetime.now(UTC) - at).total_seconds()) < 60


@pytest.mark.parametrize(("table", "key"), [("staff", "1"), ("audit_log", "1"), ("patient", "0"),
                                             ("patient", "x" * 5000), ("patient", None), (None, "1")])
def test_a_read_is_recorded_only_for_a_real_record(database, table: str | None, key: str | None) -> None:
    login = database.add_user(Group.BILLING)
    with database.connect_as(login) as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("SELECT hms_audit_access(%s, %s)", (table, key))
    assert refused.value.sqlstate in ("HM004", "HM005")


def test_a_real_read_is_recorded_in_the_readers_name(database) -> None:
    login = database.add_user(Group.RECEPTION)
    with database.cluster.admin_connect(database.name) as owner:
        patient = owner.execute("INSERT INTO patient (family_name, given_name, sex) VALUES ('Read', 'R', 'U') "
                                "RETURNING id").fetchone()[0]
    with database.connect_as(login) as conn:
        conn.execute("SELECT hms_audit_access('patient', %s)", (str(patient),))
    with database.cluster.admin_connect(database.name) as owner:
        actor = owner.execute("SELECT actor FROM audit_log WHERE action = 'READ' AND row_key = %s",
                              (str(patient),)).fetchone()[0]
    assert actor == login
