"""Issue 7.6: on a shared server, a read of patient records outside the app leaves a trace (pgAudit).

Runs in the PostgreSQL 15 pass of ``make test`` (build/test_pg15.sh preloads pgaudit and auth_delay and
names its log file in HMS_TEST_SERVER_LOG). The embedded server has no pgAudit: there, only the app's own
records of chart openings exist, as the docs say.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

import pytest

from hms_desktop.db import server_checks
from hms_desktop.domain.staff import Group
from hms_desktop.services import setup

SERVER_LOG = os.environ.get("HMS_TEST_SERVER_LOG", "")


def test_a_bare_server_gets_a_warning_for_each_missing_setting() -> None:
    bare = server_checks.ServerState(ssl=False, preloaded=frozenset(), pgaudit_available=False,
                                     pgaudit_installed=False, read_audit_role="")
    warnings = bare.warnings()
    assert len(warnings) == 3
    assert any("TLS" in w for w in warnings) and any("auth_delay" in w for w in warnings)
    assert any("pgAudit" in w for w in warnings)
    ready = server_checks.ServerState(ssl=True, preloaded=frozenset({"auth_delay", "pgaudit"}),
                                      pgaudit_available=True, pgaudit_installed=True,
                                      read_audit_role=server_checks.AUDITOR_ROLE)
    assert ready.warnings() == []


@pytest.fixture(scope="module")
def read_audit(database) -> None:
    if not SERVER_LOG:
        pytest.skip("needs the PostgreSQL 15 pass of make test (a server with pgAudit and a log file)")
    owner = database.cluster.owner_database(database.name)
    try:
        with owner.unit_of_work() as uow:
            state = server_checks.server_state(uow.connection)
            if "pgaudit" not in state.preloaded:
                pytest.skip("pgAudit is not installed on this server (Debian: postgresql-15-pgaudit)")
            assert server_checks.configure_read_audit(uow.connection)
            uow.commit()
        assert setup.server_warnings(owner) == []  # TLS on, auth_delay and pgAudit loaded, reads logged
    finally:
        owner.dispose()


def test_a_read_of_patients_with_psql_is_logged_with_who_did_it(database, read_audit) -> None:
    snooper = database.add_user(Group.BILLING)
    marker = f"probe_{uuid.uuid4().hex[:10]}"
    with database.connect_as(snooper) as conn:
        conn.execute(f"SELECT family_name /* {marker} */ FROM patient LIMIT 5").fetchall()
    deadline = time.monotonic() + 5
    lines: list[str] = []
    while time.monotonic() < deadline and not lines:  # the server writes its log asynchronously
        lines = [line for line in Path(SERVER_LOG).read_text(errors="replace").splitlines() if marker in line]
        time.sleep(0.1)
    audited = [line for line in lines if "AUDIT: OBJECT" in line and "public.patient" in line]
    assert audited, lines
    assert f"{snooper}@{database.name}" in audited[0]


def test_every_audited_table_is_granted_to_the_auditor_role(database, read_audit) -> None:
    with database.cluster.admin_connect(database.name) as conn:
        granted = {row[0] for row in conn.execute(
            "SELECT table_name FROM information_schema.role_table_grants "
            "WHERE grantee = %s AND privilege_type = 'SELECT'", (server_checks.AUDITOR_ROLE,))}
    assert granted == set(server_checks.READ_AUDITED_TABLES)
