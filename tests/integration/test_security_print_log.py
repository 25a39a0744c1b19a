"""Issue 7.9: a print-log row names who printed and when; a login cannot write it in another's name."""

from __future__ import annotations

from datetime import UTC, datetime

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
