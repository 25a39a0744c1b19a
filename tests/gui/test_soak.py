"""Soak (issue 14): the main window with the live bed board and day view through thousands of
NOTIFY-driven refreshes, then quit; the process must exit with status 0.

Runs ``hms soak`` in a child process, because the failure this guards against (a binding that drops
references) aborts the interpreter, often only while it finalises after the window closed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from urllib.parse import quote

import pytest
from helpers import DEFAULT_PASSWORD
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import demo
from hms_desktop.services.demo_schedule import seed_demo_schedule
from hms_desktop.services.demo_wards import admit_demo_patients, seed_demo_wards

# Each cycle reloads the bed board and the day view once: 3,000 refreshes (HMS_SOAK_CYCLES to try others).
CYCLES = int(os.environ.get("HMS_SOAK_CYCLES", "1500"))

pytestmark = pytest.mark.slow


def staff_url(database, username: str) -> str:
    target = database.target
    if database.cluster.embedded is not None:
        return f"postgresql://{username}@:{target.port}/{database.name}?host={quote(target.host, safe='')}"
    return f"postgresql://{username}@{target.host}:{target.port}/{database.name}"


@pytest.fixture(scope="module")
def soak_user(database) -> str:
    for _ in range(4):
        database.add_user(Group.DOCTOR)
    demo._top_up_patients(database.owner_context(), 400, lambda _message: None)
    with database.owner.engine.begin() as conn:
        beds = seed_demo_wards(conn)
        admitted = admit_demo_patients(conn, 30)
        appointments = seed_demo_schedule(conn)
        assert beds > 40 and admitted > 10 and appointments > 0
        assert conn.execute(text("SELECT count(*) FROM bed")).scalar_one() == beds
    return database.add_user(Group.RECEPTION, Group.ADMIN)


def test_the_app_survives_thousands_of_live_refreshes_and_quits_cleanly(database, soak_user) -> None:
    env = {**os.environ, "HMS_PASSWORD": DEFAULT_PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "hms_desktop", "soak", "--url", staff_url(database, soak_user), "--user", soak_user,
         "--cycles", str(CYCLES)],
        env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, f"exit status {done.returncode}\n{done.stdout}\n{done.stderr[-3000:]}"
    found = re.search(r"soak done: (\d+) cycles, (\d+) bed-board and (\d+) day-view refreshes", done.stdout)
    assert found, done.stdout
    print(done.stdout.strip())  # the figures, for `pytest -s` and the notes
    cycles, board, day = map(int, found.groups())
    assert cycles == CYCLES
    assert board >= CYCLES and day >= CYCLES  # every NOTIFY reloaded both screens
