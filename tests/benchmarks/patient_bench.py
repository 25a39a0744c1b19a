"""The generated front-desk database the patient benchmarks share (``test_patient_search``,
``test_search_recall``): a demo load of ``ROWS`` patients in a database of its own, and the reception login.

``HMS_BENCH_PATIENTS`` loads fewer patients (e.g. 100000, to iterate); the figures to report are at the
default 1,000,000. To measure again without reloading, point HMS_TEST_DATABASE_URL at a server that holds a
loaded database and name it in HMS_BENCH_REUSE_DATABASE; that database is then kept.
"""

from __future__ import annotations

import os
import random
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from psycopg import sql
from sqlalchemy import text

from hms_desktop.db.database import Database
from hms_desktop.domain.demo import DEMO_PASSWORD
from hms_desktop.services import auth, demo, setup
from hms_desktop.services.context import ServiceContext

ROWS = int(os.environ.get("HMS_BENCH_PATIENTS") or 1_000_000)
SEED = 4242
REUSED = bool(os.environ.get("HMS_BENCH_REUSE_DATABASE"))


@dataclass
class Bench:
    owner: Database
    desk: ServiceContext
    target: Any
    sample: list[Any]  # rows of real patients the queries are made from


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(measure: str, seconds: list[float], **extra: float) -> None:
    ms = [s * 1000 for s in seconds]
    more = "".join(f" {k}={v:.0f}" for k, v in extra.items())
    print(f"BENCH {measure} median_ms={statistics.median(ms):.2f} p95_ms={percentile(ms, 0.95):.2f}{more}",
          flush=True)


def time_calls(calls: list[Callable[[], Any]], *, warm: bool = True) -> list[float]:
    if warm:
        for call in calls[:10]:  # warm the pool and the caches a little
            call()
    seconds = []
    for call in calls:
        started = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - started)
    return seconds


def loaded_bench(cluster: Any, tmp_path_factory: Any) -> Iterator[Bench]:
    """The body of a module's ``bench`` fixture: load (or reuse) the database, log in at the desk."""
    reuse = os.environ.get("HMS_BENCH_REUSE_DATABASE")
    demo_names = [m.username for m in demo.staff_plan()]
    if reuse:
        name = reuse
    else:
        with cluster.admin_connect() as conn:
            taken = [n for n in demo_names
                     if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (n,)).fetchone()]
        if taken:
            pytest.skip(f"the server already has login roles named {', '.join(taken)}")
        name = f"hms_bench_{uuid.uuid4().hex[:8]}"
        cluster.create_database(name)
    owner = cluster.owner_database(name)
    try:
        if not reuse:
            started = time.perf_counter()
            demo.load_demo(ServiceContext(db=owner, user=setup.OWNER_USER), patients=ROWS)
            print(f"\nloaded {ROWS:,} patients in {time.perf_counter() - started:.0f} s", flush=True)
        with owner.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))
            # Start from a steady state: the load's WAL checkpointed, not flushed during the first measures.
            conn.execute(text("CHECKPOINT"))
            rng = random.Random(SEED)
            high = int(conn.execute(text("SELECT max(id) FROM patient")).scalar_one())
            ids = rng.sample(range(1, high + 1), 2000)
            sample = conn.execute(text(
                "SELECT id, mrn, family_name, given_name, phone FROM patient "
                "WHERE id = ANY(:ids) AND merged_into_id IS NULL ORDER BY id"), {"ids": ids}).all()
        # Other work on the machine moves every figure: say how busy it was.
        print(f"\nload average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
              f"on {os.cpu_count()} CPUs", flush=True)
        throttle = auth.LoginThrottle(tmp_path_factory.mktemp("bench") / "throttle.json")
        desk = auth.login(cluster.target(name), "reception", DEMO_PASSWORD, throttle=throttle)
        yield Bench(owner=owner, desk=desk, target=cluster.target(name), sample=list(sample))
        desk.db.dispose()
    finally:
        owner.dispose()
        if not reuse:
            cluster.drop_database(name)
            with cluster.admin_connect() as conn:
                for username in demo_names:
                    conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(username)))
