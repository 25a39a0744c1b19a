"""``hms demo --patients 1000000`` on a fresh database: it must finish in under 5 minutes.

Not part of the default run; the result is printed, never asserted against a clock. Run it with
    .venv/bin/python -m pytest tests/benchmarks/test_demo_load.py -s -q -p no:cacheprovider \\
        --override-ini addopts=
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest
from psycopg import sql
from sqlalchemy import text

from hms_desktop.services import demo, setup
from hms_desktop.services.audit import verify_chain
from hms_desktop.services.context import ServiceContext

ROWS = 1_000_000


@pytest.fixture
def fresh_database(cluster) -> Iterator[str]:
    """A fresh migrated database; the demo's login roles go with it (roles are cluster-wide)."""
    names = [m.username for m in demo.staff_plan()]
    with cluster.admin_connect() as conn:
        taken = [n for n in names
                 if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (n,)).fetchone()]
    if taken:
        pytest.skip(f"the server already has login roles named {', '.join(taken)}")
    name = f"hms_bench_{uuid.uuid4().hex[:8]}"
    cluster.create_database(name)
    try:
        yield name
    finally:
        cluster.drop_database(name)
        with cluster.admin_connect() as conn:
            for username in names:
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(username)))


def test_demo_load_1m(cluster, fresh_database: str) -> None:
    db = cluster.owner_database(fresh_database)
    try:
        ctx = ServiceContext(db=db, user=setup.OWNER_USER)
        started = time.perf_counter()

        def progress(message: str) -> None:
            print(f"[{time.perf_counter() - started:6.1f} s] {message}", flush=True)

        report = demo.load_demo(ctx, patients=ROWS, progress=progress)
        seconds = time.perf_counter() - started
        assert report.patients_added == ROWS and report.audit_summarised
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM patient")).scalar() == ROWS
            assert verify_chain(conn).intact
        print(f"BENCH demo_load_1m seconds={seconds:.1f} rows_per_s={ROWS / seconds:.0f}", flush=True)
    finally:
        db.dispose()
