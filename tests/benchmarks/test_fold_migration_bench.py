"""What migration 0035_fold_scripts costs on a loaded register: ``patient.name_search`` is dropped and added
again (every row refolded by hms_fold v2, the table rewritten, its indexes rebuilt). Measured by going back
to 0031 and up again on the benchmark database (``HMS_BENCH_PATIENTS`` patients, 1,000,000 by default);
the figure is in docs/architecture.md, "Names in every script"."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from patient_bench import Bench, loaded_bench
from sqlalchemy import text

from hms_desktop.db import migrate

# Loading a million patients takes about three minutes before the migration is even measured.
pytestmark = pytest.mark.timeout(1800)


@pytest.fixture(scope="module")
def bench(cluster, tmp_path_factory) -> Iterator[Bench]:
    yield from loaded_bench(cluster, tmp_path_factory)


def test_refolding_every_name(bench: Bench) -> None:
    with bench.owner.engine.connect() as conn:
        rows = int(conn.execute(text("SELECT count(*) FROM patient")).scalar_one())
    started = time.perf_counter()
    migrate.downgrade(bench.owner.engine, "0031_report_templates")
    print(f"\nBENCH migration_0035_downgrade patients={rows} seconds={time.perf_counter() - started:.1f}", flush=True)
    started = time.perf_counter()
    migrate.upgrade(bench.owner.engine, "0035_fold_scripts")
    seconds = time.perf_counter() - started
    print(f"\nBENCH migration_0035 patients={rows} seconds={seconds:.1f}", flush=True)
    with bench.owner.engine.connect() as conn:
        stale = conn.execute(text("SELECT count(*) FROM patient WHERE name_search IS DISTINCT FROM "
                                  "hms_fold(family_name || ' ' || given_name)")).scalar_one()
    assert stale == 0
