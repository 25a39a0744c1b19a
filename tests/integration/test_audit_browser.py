"""The audit browser's services (issue 10.4): filters, CSV export, a patient's entries, and anchoring the chain
so that entries removed from its end are noticed (``hms audit anchor`` / ``hms audit verify --anchor``)."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from pathlib import Path

import pytest
from factories import new_patient
from sqlalchemy import text
from test_audit import owner_url

from hms_desktop import cli
from hms_desktop.domain.staff import Group
from hms_desktop.services import audit
from hms_desktop.services.audit import AuditFilter
from hms_desktop.services.errors import NotFound, PermissionDenied, ValidationFailed
from hms_desktop.services.hospital_clock import hospital_clock


@pytest.fixture(scope="module")
def admin(database):
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def clerk(database) -> str:
    return database.add_user(Group.RECEPTION, stem="auditclerk", full_name="Phoebe Phonechanger")


@pytest.fixture(scope="module")
def changed_phone(database, clerk: str) -> int:
    """A patient whose phone number the clerk changed, and whose chart the clerk then opened."""
    patient_id = new_patient(database, "Browsable")
    with database.connect_as(clerk) as conn:
        conn.execute("UPDATE patient SET phone = '555-0199' WHERE id = %s", (patient_id,))
        conn.execute("SELECT hms_audit_access('patient', %s)", (str(patient_id),))
    return patient_id


def test_who_changed_a_patients_phone_number(admin, clerk: str, changed_phone: int) -> None:
    found = audit.search_audit(admin, AuditFilter(patient_id=changed_phone, action="UPDATE"))
    assert [e.action for e in found.entries] == ["UPDATE"]
    entry = found.entries[0]
    assert entry.actor == clerk
    assert entry.who == f"Phoebe Phonechanger ({clerk})"
    # The phone, and what the database itself moves on every update (who, when, the version).
    assert "phone" in entry.changed
    assert set(entry.changed) - {"phone"} <= {"updated_at", "updated_by", "version"}
    assert entry.before is not None and entry.before["phone"] is None
    assert entry.after is not None and entry.after["phone"] == "555-0199"
    rows = {name: (old, new, changed) for name, old, new, changed in entry.field_rows()}
    assert rows["phone"] == ("", "555-0199", True)
    assert rows["family_name"] == ("Browsable", "Browsable", False)


def test_patient_audit_lists_changes_and_openings_newest_first(admin, clerk: str, changed_phone: int) -> None:
    entries = audit.patient_audit(admin, changed_phone).entries
    assert [e.action for e in entries] == ["READ", "UPDATE", "INSERT"]
    assert [e.id for e in entries] == sorted((e.id for e in entries), reverse=True)
    assert entries[0].actor == clerk and entries[0].before is None and entries[0].after is None


def test_filters_narrow_by_person_table_and_day(admin, clerk: str, changed_phone: int) -> None:
    by_name = audit.search_audit(admin, AuditFilter(person="phonechanger")).entries
    assert {e.actor for e in by_name} == {clerk}
    assert {e.action for e in by_name} >= {"UPDATE", "READ"}
    assert all(e.table == "patient" for e in audit.search_audit(admin, AuditFilter(table="patient")).entries)
    assert "patient" in audit.audit_tables(admin)

    today = hospital_clock(admin).today()
    todays = audit.search_audit(admin, AuditFilter(patient_id=changed_phone, from_day=today, to_day=today))
    assert len(todays.entries) == 3
    assert all(e.at.tzinfo is not None and e.at.date() == today for e in todays.entries)
    yesterday = today - timedelta(days=1)
    assert audit.search_audit(admin, AuditFilter(patient_id=changed_phone, to_day=yesterday)).entries == ()
    with pytest.raises(ValidationFailed, match="last day is before the first"):
        audit.search_audit(admin, AuditFilter(from_day=today, to_day=yesterday))
    # A person's name is matched as text, not as a LIKE pattern.
    assert audit.search_audit(admin, AuditFilter(person="%")).entries == ()


def test_pages_follow_on_without_gaps_or_repeats(admin, database, changed_phone: int) -> None:
    first = audit.search_audit(admin, AuditFilter(), limit=2)
    assert first.more and len(first.entries) == 2
    second = audit.search_audit(admin, AuditFilter(), before_id=first.next_before_id, limit=2)
    everything = audit.search_audit(admin, AuditFilter(), limit=4).entries
    assert [e.id for e in first.entries + second.entries] == [e.id for e in everything]


def test_csv_export_reads_back(admin, clerk: str, changed_phone: int, tmp_path: Path) -> None:
    path = tmp_path / "audit.csv"
    written = audit.export_audit_csv(admin, AuditFilter(patient_id=changed_phone), path)
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert written == len(rows) == 3
    update = next(r for r in rows if r["action"] == "UPDATE")
    assert update["login"] == clerk
    assert update["staff member"] == "Phoebe Phonechanger"
    assert "phone" in update["changed fields"].split()
    assert json.loads(update["after"])["phone"] == "555-0199"
    assert json.loads(update["before"])["phone"] is None
    assert update["row"] == str(changed_phone)


def test_only_an_administrator_browses_exports_or_anchors(database, tmp_path: Path) -> None:
    for group in (Group.RECEPTION, Group.DOCTOR, Group.BILLING):
        for ctx in database.logged_in(group):
            with pytest.raises(PermissionDenied, match="administrator"):
                audit.search_audit(ctx, AuditFilter())
            with pytest.raises(PermissionDenied):
                audit.patient_audit(ctx, 1)
            with pytest.raises(PermissionDenied):
                audit.export_audit_csv(ctx, AuditFilter(), tmp_path / "no.csv")
            with pytest.raises(PermissionDenied):
                audit.anchor(ctx)
    assert not (tmp_path / "no.csv").exists()


def test_anchor_is_recorded_and_verifies(admin, database, changed_phone: int) -> None:
    anchored = audit.anchor(admin)
    with database.owner.engine.connect() as conn:
        last_id, last_hash = conn.execute(text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")).one()
        count = conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
    # The anchor's own record of its time is the head it anchors.
    assert (anchored.head.last_id, anchored.head.hash, anchored.head.count) == (last_id, last_hash, count)
    when = audit.last_anchored(admin)
    assert when is not None and abs(when - anchored.anchored_at) < timedelta(seconds=1)
    new_patient(database, "AfterTheAnchor")  # the trail grows past the anchor: still sound
    verdict = audit.verify(admin, anchor=anchored)
    assert verdict.intact, verdict.reason
    assert f"entry {anchored.head.last_id}, unchanged" in verdict.reason


def test_verify_reports_progress(admin) -> None:
    seen: list[tuple[int, int]] = []
    verdict = audit.verify(admin, progress=lambda checked, total: seen.append((checked, total)))
    assert verdict.intact
    assert seen and seen[-1][0] == seen[-1][1] == verdict.checked


def test_anchor_file_is_refused_in_words(database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    assert cli.main(["audit", "verify", "--anchor", str(bad), "--url", owner_url(database)]) != 0
    assert "not an audit anchor" in capsys.readouterr().err


def test_removed_tail_is_reported_with_the_anchor_and_not_without(
        database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Last in the module: it removes audit rows (and puts them back)."""
    url = owner_url(database)
    anchor_file = tmp_path / "anchor.json"
    assert cli.main(["audit", "anchor", "--out", str(anchor_file), "--url", url]) == 0
    assert "Anchored the audit trail at entry" in capsys.readouterr().out
    anchored = json.loads(anchor_file.read_text(encoding="utf-8"))
    assert anchored["kind"] == "hms-audit-anchor" and anchored["anchored_at"]
    assert cli.main(["audit", "verify", "--anchor", str(anchor_file), "--url", url]) == 0
    assert "intact" in capsys.readouterr().out

    # The database owner removes the newest entry, which hides the last change: the chain still links up.
    with database.cluster.admin_connect(database.name) as owner:
        removed = owner.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log) "
                                "RETURNING id, at, actor, table_name, row_key, action, before, after, "
                                "prev_hash, hash").fetchone()
    try:
        assert removed[0] == anchored["last_id"]
        assert cli.main(["audit", "verify", "--url", url]) == 0  # a chain alone cannot tell
        capsys.readouterr()
        assert cli.main(["audit", "verify", "--anchor", str(anchor_file), "--url", url]) == 3
        out = capsys.readouterr().out
        assert f"Entry {removed[0]}, the newest entry when the chain was anchored, is missing" in out
        assert "removed from the end" in out
    finally:
        with database.cluster.admin_connect(database.name) as owner:
            owner.execute("INSERT INTO audit_log (id, at, actor, table_name, row_key, action, before, after, "
                          "prev_hash, hash) VALUES (%s, %s, %s, %s, %s, %s, %s::jsonb, %s::jsonb, %s, %s)",
                          (*removed[:6], json.dumps(removed[6]) if removed[6] is not None else None,
                           json.dumps(removed[7]) if removed[7] is not None else None, *removed[8:]))
    assert cli.main(["audit", "verify", "--anchor", str(anchor_file), "--url", url]) == 0


def test_a_patient_is_found_by_record_number(admin, database, changed_phone: int) -> None:
    with database.owner.engine.connect() as conn:
        mrn = conn.execute(text("SELECT mrn FROM patient WHERE id = :id"), {"id": changed_phone}).scalar_one()
    by_mrn = audit.search_audit(admin, AuditFilter(patient_mrn=f" {mrn} "))
    assert [e.id for e in by_mrn.entries] == [e.id for e in audit.patient_audit(admin, changed_phone).entries]
    with pytest.raises(NotFound, match="No patient has the record number 999"):
        audit.search_audit(admin, AuditFilter(patient_mrn="999"))
    with pytest.raises(ValidationFailed, match="at most 20 digits"):
        audit.search_audit(admin, AuditFilter(patient_mrn="1" * 10_000))


def test_a_patients_entries_are_found_through_the_indexes(database, changed_phone: int) -> None:
    """Migration 0024's partial indexes serve the patient filter (the planner is kept off a full scan, as it
    would keep itself on a trail of millions of rows)."""
    from hms_desktop.db.repositories.audit import _SEARCH_SQL

    with database.owner.engine.connect() as conn, conn.begin() as tx:
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(conn.execute(text("EXPLAIN " + _SEARCH_SQL.text), {
            "before_id": None, "person": None, "patient": str(changed_phone), "table_name": None, "action": None,
            "since": None, "until": None, "limit": 200}).scalars())
        tx.rollback()
    assert "ix_audit_log_after_patient_id" in plan and "ix_audit_log_before_patient_id" in plan, plan
