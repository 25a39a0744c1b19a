"""Crash on quit after a long session (issue 13.1): ``hms soak --session`` logs four people in and out through
the real login window, locks and unlocks, switches user from the lock screen, saves a wristband as PDF, books,
cancels a password change, adds a user, resizes, then quits with the Quit action; the process must exit 0.

A child process, like the soak, because a teardown in the wrong order aborts the interpreter while it
finalises, after every assertion in this process could have passed. (The issue asks for ten runs in a row;
`make test` runs it once, HMS_SESSION_RUNS=10 repeats it.)
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from helpers import DEFAULT_PASSWORD
from sqlalchemy import text
from test_soak import staff_url

from hms_desktop.domain.staff import Group
from hms_desktop.services import demo
from hms_desktop.services.demo_schedule import seed_demo_schedule

RUNS = int(os.environ.get("HMS_SESSION_RUNS", "1"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def session_users(database) -> list[str]:
    users = [database.add_user(Group.ADMIN), database.add_user(Group.RECEPTION),
             database.add_user(Group.BILLING), database.add_user(Group.DOCTOR)]
    database.add_user(Group.DOCTOR)
    demo._top_up_patients(database.owner_context(), 60, lambda _message: None)
    with database.owner.engine.begin() as conn:
        assert seed_demo_schedule(conn) > 0  # the doctors' hours: free slots to book
    return users


@pytest.mark.parametrize("run", range(RUNS))
def test_a_long_session_then_quit_exits_cleanly(database, session_users, tmp_path, run) -> None:
    env = {**os.environ, "HMS_PASSWORD": DEFAULT_PASSWORD, "QT_QPA_PLATFORM": "offscreen",
           "HMS_CONFIG_DIR": str(tmp_path / "config"), "HMS_DATA_DIR": str(tmp_path / "data"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    done = subprocess.run(
        [sys.executable, "-m", "hms_desktop", "soak", "--session", "--url", staff_url(database, session_users[0]),
         "--users", ",".join(session_users), "--pdf-dir", str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, f"exit status {done.returncode}\n{done.stdout}\n{done.stderr[-3000:]}"
    print(done.stdout.strip())
    found = re.search(r"session done: 4 logins, (\d+) steps, user (\w+) added, wristband saved to (\S+), "
                      r"appointment (\d+) booked", done.stdout)
    assert found, done.stdout
    assert (tmp_path / "wristband.pdf").read_bytes().startswith(b"%PDF")
    with database.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM staff WHERE username = :u"),
                            {"u": found.group(2)}).scalar_one() == 1
        assert conn.execute(text("SELECT status FROM appointment WHERE id = :i"),
                            {"i": int(found.group(4))}).scalar_one() == "booked"
        # The quit ended every session: no connection of these logins is left on the server.
        assert conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE usename = ANY(:u)"),
                            {"u": session_users}).scalar_one() == 0
