"""Cold start: ``python -m hms_desktop`` to the login window, ready to log in (issue 11, item 8).

Each run is a new process on the embedded database, as a user starting the app: Python, Qt and our
imports, the login window, the private PostgreSQL started and the schema checked. The clock stops when
the app prints that the login window is ready (HMS_SMOKE_EXIT_AFTER_LOGIN=1, the same hook as the bundle
smoke check), so the app's exit and the server's shutdown are not counted. The first run, which creates
the cluster and migrates it, is reported on its own. Bytecode is warm (the runs share __pycache__).
Goal (issue 11): median <= 1000 ms. Printed, never asserted.

    HMS_BENCH_STARTUP_RUNS=20 .venv/bin/python -m pytest tests/benchmarks/test_startup.py -s -q \\
        -p no:cacheprovider --override-ini addopts=
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

RUNS = int(os.environ.get("HMS_BENCH_STARTUP_RUNS", "10"))
VISIBLE_LINE = "hms: login window visible"  # on screen; the local database may still be starting
READY_LINE = "hms: login window shown"  # ready to log in
TIMEOUT_S = 120.0


@dataclass(frozen=True, slots=True)
class Start:
    to_window_ms: float
    to_login_ms: float
    peak_rss_mib: float


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def start_once(home: Path) -> Start:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HMS_SMOKE_EXIT_AFTER_LOGIN": "1",
           "HMS_DATA_DIR": str(home / "data"), "HMS_CONFIG_DIR": str(home / "config"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    env.pop("HMS_DATABASE_URL", None)
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "hms_desktop"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    to_login_ms: float | None = None
    to_window_ms: float | None = None
    for line in process.stdout:  # the app prints the line and then quits, so this loop ends
        if line.strip() == VISIBLE_LINE and to_window_ms is None:
            to_window_ms = (time.perf_counter() - started) * 1000
        if line.strip() == READY_LINE and to_login_ms is None:
            to_login_ms = (time.perf_counter() - started) * 1000
        if time.perf_counter() - started > TIMEOUT_S:
            process.kill()
            break
    # wait4 gives this child's own peak resident set (Linux: KiB), not the sum over all children.
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0, f"hms exited with {process.returncode}"
    assert to_login_ms is not None and to_window_ms is not None, "the login window never became ready"
    return Start(to_window_ms, to_login_ms, usage.ru_maxrss / 1024)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="peak RSS from wait4 is read as Linux KiB")
def test_cold_start_to_login_window() -> None:
    # Not pytest's tmp_path: /tmp/pytest-of-root is private (0700), and as root the embedded server refuses a
    # data folder below a private one (db/embedded.py).
    home = Path(tempfile.mkdtemp(prefix="hms-startup-"))
    # As root the embedded server runs as another OS user, which must enter this folder; hms_desktop
    # refuses to open a private folder for it, so the folder is made enterable here (a test's choice).
    home.chmod(0o755)
    first = start_once(home)
    print(f"BENCH startup_first_run_creates_database ms={first.to_login_ms:.0f}", flush=True)
    starts = [start_once(home) for _ in range(RUNS)]
    shutil.rmtree(home, ignore_errors=True)
    window = [s.to_window_ms for s in starts]
    print(f"BENCH startup_to_window_visible median_ms={statistics.median(window):.1f} "
          f"p95_ms={_percentile(window, 0.95):.1f} n={RUNS}", flush=True)
    ms = [s.to_login_ms for s in starts]
    rss = [s.peak_rss_mib for s in starts]
    print(f"BENCH startup_to_login median_ms={statistics.median(ms):.1f} p95_ms={_percentile(ms, 0.95):.1f} "
          f"n={RUNS}", flush=True)
    print(f"BENCH startup_login_peak_rss median_mib={statistics.median(rss):.1f} max_mib={max(rss):.1f}",
          flush=True)
