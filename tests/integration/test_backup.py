"""Backups (issue 10, item 5): a dump restored into a fresh database holds every row, the audit chain is
intact there, staff can log in to it, and a database with tables is refused without force."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from factories import new_patients
from helpers import DEFAULT_PASSWORD
from sqlalchemy import text

from hms_desktop import cli
from hms_desktop.db.database import Database
from hms_desktop.domain.staff import Group
from hms_desktop.services import backup as backups
from hms_desktop.services.audit import verify_chain
from hms_desktop.services.errors import ServiceError


def row_counts(conn: psycopg.Connection) -> dict[str, int]:
    tables = [str(r[0]) for r in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}  # type: ignore[index]


@pytest.fixture(scope="module")
def filled(database):  # type: ignore[no-untyped-def]
    new_patients(database, 25, "Backupfamily")
    admin = database.add_user(Group.ADMIN)
    database.add_user(Group.RECEPTION)
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE patient SET phone = '0123 456' WHERE family_name = 'Backupfamily3'"))
    return admin


@pytest.fixture
def fresh_name(cluster) -> Iterator[str]:  # type: ignore[no-untyped-def]
    name = f"hms_r_{uuid.uuid4().hex[:10]}"
    yield name
    cluster.drop_database(name)


def credentials(cluster) -> backups.Credentials:  # type: ignore[no-untyped-def]
    return backups.Credentials(cluster.owner, cluster.owner_password)


def test_backup_restores_every_row_and_an_intact_chain(database, cluster, filled, fresh_name,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    reports: list[tuple[int, str]] = []
    # Counted before: the backup records itself in hospital_setting afterwards, which its file cannot hold.
    with cluster.admin_connect(database.name) as source:
        source_counts = row_counts(source)
    when = datetime(2026, 12, 2, 3, 4).astimezone()
    path = backups.backup(database.target, tmp_path, lambda pct, msg: reports.append((pct, msg)),
                          who=credentials(cluster), now=when)
    assert path.parent == tmp_path and path.name.endswith(".dump")
    assert "_2026-12-02_0304_" in path.name
    assert list(tmp_path.iterdir()) == [path], "no partial file is left behind"
    percents = [pct for pct, _ in reports]
    assert percents == sorted(percents) and percents[-1] == 100
    assert any("table patient" in msg for _, msg in reports), "progress names the tables"
    recorded = backups.last_backup(database.target, credentials(cluster))
    assert recorded is not None and recorded.path.name == path.name and recorded.size == path.stat().st_size

    restored_target = cluster.target(fresh_name)
    report = backups.restore(path, restored_target, who=credentials(cluster))
    assert report.logins_missing == ()  # same server: the logins are there

    with cluster.admin_connect(fresh_name) as copy:
        copy_counts = row_counts(copy)
    assert source_counts["patient"] >= 25 and source_counts["audit_log"] > 0
    assert copy_counts == source_counts
    assert report.tables == len(source_counts)

    restored = Database(restored_target, cluster.owner, cluster.owner_password, pool_size=1)
    try:
        with restored.engine.connect() as conn:
            verdict = verify_chain(conn)
        assert verdict.intact, verdict.reason
        assert verdict.checked == source_counts["audit_log"]
    finally:
        restored.dispose()
    # hms_claim_database ran: the restored database's staff can log in to it.
    with psycopg.connect(**restored_target.connect_kwargs(filled, DEFAULT_PASSWORD)) as conn:
        assert conn.execute("SELECT count(*) FROM patient").fetchone()[0] == source_counts["patient"]  # type: ignore[index]


def test_a_database_with_tables_is_refused_unless_forced(database, cluster, filled, fresh_name,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    with cluster.admin_connect(database.name) as source:
        source_counts = row_counts(source)
    path = backups.backup(database.target, tmp_path, who=credentials(cluster))
    with pytest.raises(ServiceError, match="not empty"):
        backups.restore(path, database.target, who=credentials(cluster))
    # Refused before anything was touched.
    with cluster.admin_connect(database.name) as conn:
        assert row_counts(conn)["patient"] >= 25

    target = cluster.target(fresh_name)
    backups.restore(path, target, who=credentials(cluster))
    with cluster.admin_connect(fresh_name) as conn:
        conn.execute("INSERT INTO department (name) VALUES ('Added after the backup')")
    backups.restore(path, target, who=credentials(cluster), force=True)
    with cluster.admin_connect(fresh_name) as conn:
        assert row_counts(conn) == source_counts
        assert conn.execute("SELECT count(*) FROM department WHERE name = 'Added after the backup'"
                            ).fetchone()[0] == 0  # type: ignore[index]


def test_a_file_that_is_not_a_backup_is_refused(cluster, fresh_name, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "notes.dump"
    bogus.write_text("not a dump", encoding="utf-8")
    with pytest.raises(ServiceError, match="not a backup"):
        backups.restore(bogus, cluster.target(fresh_name), who=credentials(cluster))


def test_prune_keeps_the_newest(tmp_path: Path) -> None:
    names = [f"st-mary-s_2026-11-{day:02d}_0200_0023.dump" for day in range(1, 8)]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "unrelated.txt").write_text("mine", encoding="utf-8")
    removed = backups.prune_backups(tmp_path, 3)
    assert sorted(p.name for p in removed) == names[:4]
    assert sorted(p.name for p in tmp_path.iterdir()) == [*names[4:], "unrelated.txt"]


def test_file_names_carry_hospital_date_and_revision() -> None:
    when = datetime(2026, 1, 5, 7, 9)
    name = backups.backup_file_name("St Mary's Hospital", when, "0023")
    assert name == "st-mary-s-hospital_2026-01-05_0709_0023.dump"
    assert backups.slug("***") == "hospital"


def test_cli_backup_and_restore(database, cluster, filled, fresh_name, tmp_path: Path,  # type: ignore[no-untyped-def]
                                capsys: pytest.CaptureFixture[str]) -> None:
    if cluster.embedded is None:
        pytest.skip("the CLI's default target is the embedded database")
    url = f"postgresql://{cluster.owner}@/{database.name}?host={cluster.base.host}&port={cluster.base.port}"
    assert cli.main(["backup", "--url", url, "--out", str(tmp_path), "--keep", "2"]) == 0
    out = capsys.readouterr().out
    written = list(tmp_path.glob("*.dump"))
    assert len(written) == 1 and written[0].name in out
    target_url = f"postgresql://{cluster.owner}@/{fresh_name}?host={cluster.base.host}&port={cluster.base.port}"
    assert cli.main(["restore", str(written[0]), "--url", target_url]) == 0
    assert "Restored" in capsys.readouterr().out
    assert cli.main(["restore", str(written[0]), "--url", target_url]) == 2
    assert "not empty" in capsys.readouterr().err


def test_the_daily_backup_runs_when_the_last_is_a_day_old(database, cluster, filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if cluster.embedded is None:
        pytest.skip("daily backups are for the embedded database")
    first = datetime(2030, 1, 1, 8, 0).astimezone()
    made = backups.daily_backup_if_due(database.target, tmp_path, keep=2, now=first)
    assert made is not None and made.exists()
    assert backups.daily_backup_if_due(database.target, tmp_path, keep=2, now=first + timedelta(hours=23)) is None
    for day in (1, 2):
        assert backups.daily_backup_if_due(database.target, tmp_path, keep=2,
                                           now=first + timedelta(days=day, minutes=1)) is not None
    kept = sorted(p.name for p in tmp_path.glob("*.dump"))
    assert len(kept) == 2 and made.name not in kept  # the oldest went: keep 2
