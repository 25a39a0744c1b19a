"""Issue 15, item 4: the database's own refusals (HMxxx SQLSTATEs raised by our PL/pgSQL functions) reach
people through ``translate("database", message)``, and every fixed message a migration raises is listed for
translators in services/database_messages.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from hms_desktop import i18n
from hms_desktop.domain.staff import Group
from hms_desktop.services import audit, errors
from hms_desktop.services.database_messages import DATABASE_MESSAGES

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"
_RAISE = re.compile(r"RAISE\s+EXCEPTION\s+'((?:[^']|'')*)'(.*?);", re.S | re.IGNORECASE)


def _fixed_messages_raised_by_migrations() -> set[str]:
    found: set[str] = set()
    for path in sorted(MIGRATIONS.rglob("*")):
        if path.suffix not in (".py", ".sql"):
            continue
        for match in _RAISE.finditer(path.read_text(encoding="utf-8")):
            message = match.group(1).replace("''", "'")
            ours = re.search(r"ERRCODE\s*=\s*'HM\d+'", match.group(2))
            if ours and "%" not in message and "\\" not in message:  # "%": the server puts values in
                found.add(message)
    return found


def test_every_fixed_database_refusal_is_listed_for_translators() -> None:
    raised = _fixed_messages_raised_by_migrations()
    assert len(raised) > 100  # the scan still finds the migrations' messages
    assert sorted(raised - set(DATABASE_MESSAGES)) == []


@pytest.fixture
def brackets() -> Iterator[None]:
    i18n.install(lambda context, source, disambiguation, n: f"[{context}: {source}]")
    try:
        yield
    finally:
        i18n.install(None)


def test_a_database_refusal_is_shown_translated(database: Any, brackets: None) -> None:
    with database.connect_as(database.add_user(Group.RECEPTION)) as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("DO $$ BEGIN RAISE EXCEPTION 'Say why the bed is out of service.' USING ERRCODE = 'HM031'; "
                     "END $$")
    shown = errors.translate(refused.value)
    assert isinstance(shown, errors.ValidationFailed) and shown.sqlstate == "HM031"
    assert str(shown) == "[database: Say why the bed is out of service.]"


def test_a_permission_refusal_is_worded_in_the_language(database: Any, brackets: None) -> None:
    reception = database.context_for(Group.RECEPTION)
    try:
        with pytest.raises(errors.PermissionDenied) as refused:
            audit.audit_tables(reception)
    finally:
        reception.db.dispose()
    # the sentence, the group's word and the action, each through translate (no English fragment glued in)
    assert str(refused.value) == ("[services: Only a {who} can {action}.]"
                                  .format(who="[domain: Administrator]".lower(),
                                          action="[services: read the audit trail]"))
