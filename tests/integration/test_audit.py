"""Audit is written by the database (DESIGN.md §2.3): who, what, before/after, hash-chained."""

from __future__ import annotations

import threading
from urllib.parse import quote

import psycopg
import pytest
from factories import new_patient
from sqlalchemy import text

from hms_desktop import cli
from hms_desktop.domain.staff import Group
from hms_desktop.services import audit, setup
from hms_desktop.services.errors import PermissionDenied

PATIENTS_PER_WRITER = 50


def owner_url(database, *, encode_host: bool = False) -> str:
    """A ``--url`` for the CLI that connects as the cluster owner."""
    cluster, target = database.cluster, database.target
    if cluster.embedded is not None:
        host = quote(target.host, safe="") if encode_host else target.host
        return f"postgresql://{cluster.owner}@:{target.port}/{database.name}?host={host}"
    password = f":{quote(cluster.owner_password, safe='')}" if cluster.owner_password else ""
    return f"postgresql://{cluster.owner}{password}@{target.host}:{target.port}/{database.name}"


@pytest.fixture(scope="module")
def clerk(database) -> str:
    return database.add_user(Group.RECEPTION, stem="clerk")


@pytest.fixture(scope="module")
def admin(database):
    ctx = database.context_for(Group.ADMIN)
    yield ctx
    ctx.db.dispose()


def _audit_rows(database, row_key: str) -> list[tuple]:
    with database.cluster.admin_connect(database.name) as owner:
        return owner.execute(
            "SELECT id, actor, action, before, after FROM audit_log "
            "WHERE table_name = 'patient' AND row_key = %s ORDER BY id", (row_key,)).fetchall()


def _audit_count(database) -> int:
    with database.cluster.admin_connect(database.name) as owner:
        return owner.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def _insert_patient(conn: psycopg.Connection, family: str, given: str = "Ann") -> int:
    return conn.execute("INSERT INTO patient (family_name, given_name, sex) VALUES (%s, %s, 'F') "
                        "RETURNING id", (family, given)).fetchone()[0]


def test_insert_and_update_are_recorded_with_the_login_role(database, clerk: str) -> None:
    with database.connect_as(clerk) as conn:
        patient_id = _insert_patient(conn, "Auditson")
        conn.execute("UPDATE patient SET phone = '555-0101' WHERE id = %s", (patient_id,))

    inserted, updated = _audit_rows(database, str(patient_id))
    assert inserted[1:3] == (clerk, "INSERT")
    assert inserted[3] is None
    assert inserted[4]["family_name"] == "Auditson"
    assert inserted[4]["id"] == patient_id
    assert inserted[4]["phone"] is None
    assert updated[1:3] == (clerk, "UPDATE")
    assert updated[3]["phone"] is None
    assert updated[4]["phone"] == "555-0101"
    assert updated[3]["mrn"] == updated[4]["mrn"] == inserted[4]["mrn"]


def test_delete_is_recorded_with_the_row_as_it_was(database) -> None:
    with database.cluster.admin_connect(database.name) as owner:
        patient_id = _insert_patient(owner, "Gone")
        owner.execute("DELETE FROM patient WHERE id = %s", (patient_id,))
    *_, deleted = _audit_rows(database, str(patient_id))
    assert deleted[1:3] == (database.cluster.owner, "DELETE")
    assert deleted[3]["family_name"] == "Gone"
    assert deleted[4] is None


def test_audit_trigger_skips_an_update_that_changes_nothing(database) -> None:
    """The trigger itself, on a table with no other triggers: identical before/after writes no row."""
    admin = database.add_user(Group.ADMIN)
    with database.connect_as(admin) as conn:
        department_id = conn.execute(
            "INSERT INTO department (name) VALUES ('No-op ward') RETURNING id").fetchone()[0]
        before = _audit_count(database)
        updated = conn.execute("UPDATE department SET name = name WHERE id = %s", (department_id,)).rowcount
    assert updated == 1
    assert _audit_count(database) == before


def test_no_op_update_writes_nothing(database, clerk: str) -> None:
    with database.connect_as(clerk) as conn:
        patient_id = _insert_patient(conn, "Steady")
        before = _audit_count(database)
        updated = conn.execute("UPDATE patient SET family_name = family_name, phone = phone WHERE id = %s",
                               (patient_id,)).rowcount
    assert updated == 1
    rows = _audit_rows(database, str(patient_id))
    changed = [sorted(k for k in row[4] if row[3].get(k) != row[4][k]) for row in rows if row[2] == "UPDATE"]
    assert changed == [], f"a no-op UPDATE was audited; columns that changed anyway: {changed}"
    assert [row[2] for row in rows] == ["INSERT"]
    assert _audit_count(database) == before


def test_reading_a_chart_is_recorded_by_the_service(database, clerk: str) -> None:
    patient = str(new_patient(database, "Chartread"))
    ctx = database.login(clerk)
    try:
        audit.record_access(ctx, "patient", patient)
    finally:
        ctx.db.dispose()
    [(_, actor, action, before, after)] = [r for r in _audit_rows(database, patient) if r[2] == "READ"]
    assert (actor, action, before, after) == (clerk, "READ", None, None)


def test_chain_is_intact_after_normal_work(database, admin) -> None:
    verdict = audit.verify(admin)
    assert verdict.intact, verdict.reason
    assert verdict.checked == _audit_count(database)
    assert verdict.checked >= 5
    assert "intact" in verdict.reason


def test_only_admin_may_verify(database) -> None:
    """verify() has no service-level check: the database refuses reception, and the error is readable."""
    ctx = database.context_for(Group.RECEPTION)
    try:
        with pytest.raises(PermissionDenied, match="not allowed"):
            audit.verify(ctx)
    finally:
        ctx.db.dispose()


def _middle_ids(database) -> tuple[int, int, int]:
    with database.owner.engine.connect() as conn:
        ids = list(conn.execute(text("SELECT id FROM audit_log ORDER BY id")).scalars())
    assert len(ids) >= 3
    middle = len(ids) // 2
    return ids[middle - 1], ids[middle], ids[middle + 1]


def test_changed_row_is_reported(database) -> None:
    _, target, _ = _middle_ids(database)
    with database.owner.engine.connect() as conn, conn.begin() as tx:
        conn.execute(text("""UPDATE audit_log SET after = coalesce(after, '{}') || '{"phone": "forged"}'
                             WHERE id = :id"""), {"id": target})
        verdict = audit.verify_chain(conn, batch=3)  # small batches: the walk crosses batch borders
        tx.rollback()
    assert verdict.first_broken_id == target
    assert "changed" in verdict.reason
    assert not verdict.intact


def test_changed_row_with_recomputed_hash_breaks_the_next_link(database) -> None:
    """Rewriting a row's hash to match hides nothing: the following row no longer points to it."""
    _, target, following = _middle_ids(database)
    with database.owner.engine.connect() as conn, conn.begin() as tx:
        conn.execute(text("""
            UPDATE audit_log SET after = '{"forged": true}',
                   hash = hms_audit_digest(at, actor, table_name, row_key, action, before,
                                           '{"forged": true}', prev_hash)
            WHERE id = :id"""), {"id": target})
        verdict = audit.verify_chain(conn)
        tx.rollback()
    assert verdict.first_broken_id == following
    assert "removed or reordered" in verdict.reason


def test_deleted_row_is_reported_at_the_next_one(database) -> None:
    _, target, following = _middle_ids(database)
    with database.owner.engine.connect() as conn, conn.begin() as tx:
        conn.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": target})
        verdict = audit.verify_chain(conn)
        tx.rollback()
    assert verdict.first_broken_id == following
    assert "removed" in verdict.reason
    with database.owner.engine.connect() as conn:
        assert audit.verify_chain(conn).intact  # the rollback put it back


def test_resolve_reads_socket_host_from_the_query(database) -> None:
    if database.cluster.embedded is None:
        pytest.skip("needs the embedded cluster's socket")
    for url in (owner_url(database), owner_url(database, encode_host=True)):
        connection = setup.resolve(url)
        assert connection.target.host == database.target.host
        assert connection.target.port == database.target.port
        assert connection.target.database == database.name
        assert connection.url_username == database.cluster.owner


def test_cli_verify_exit_codes(database, capsys: pytest.CaptureFixture[str]) -> None:
    url = owner_url(database)
    assert cli.main(["audit", "verify", "--url", url]) == 0
    assert "intact" in capsys.readouterr().out

    _, target, _ = _middle_ids(database)
    with database.cluster.admin_connect(database.name) as owner:
        original = owner.execute("SELECT after::text FROM audit_log WHERE id = %s", (target,)).fetchone()[0]
        owner.execute("""UPDATE audit_log SET after = '{"tampered": 1}' WHERE id = %s""", (target,))
        try:
            assert cli.main(["audit", "verify", "--url", url]) == 3
            assert f"Entry {target} was changed" in capsys.readouterr().out
        finally:
            owner.execute("UPDATE audit_log SET after = %s::jsonb WHERE id = %s", (original, target))

    assert cli.main(["audit", "verify", "--url", url]) == 0
    assert "intact" in capsys.readouterr().out


def test_concurrent_writers_keep_one_chain(database, clerk: str, admin) -> None:
    before = _audit_count(database)
    start = threading.Barrier(2)
    inserted: dict[int, list[int]] = {}
    failures: list[BaseException] = []

    def writer(number: int) -> None:
        try:
            with database.connect_as(clerk) as conn:
                start.wait(timeout=30)
                inserted[number] = [_insert_patient(conn, f"Concurrent{number}", f"P{i}")
                                    for i in range(PATIENTS_PER_WRITER)]
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(n,)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures
    assert sorted(inserted) == [1, 2]
    all_ids = {str(i) for ids in inserted.values() for i in ids}
    assert len(all_ids) == 2 * PATIENTS_PER_WRITER

    with database.cluster.admin_connect(database.name) as owner:
        logged = owner.execute(
            "SELECT row_key, actor FROM audit_log WHERE table_name = 'patient' AND action = 'INSERT' "
            "AND row_key = ANY(%s)", (sorted(all_ids),)).fetchall()
        forks = owner.execute(
            "SELECT count(prev_hash) - count(DISTINCT prev_hash) FROM audit_log").fetchone()[0]
    assert {key for key, _ in logged} == all_ids
    assert len(logged) == len(all_ids)
    assert {actor for _, actor in logged} == {clerk}
    assert forks == 0  # no two rows claim the same predecessor
    verdict = audit.verify(admin)
    assert verdict.intact, verdict.reason
    assert verdict.checked == before + 2 * PATIENTS_PER_WRITER
