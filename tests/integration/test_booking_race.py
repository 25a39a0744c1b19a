"""Twenty front desks, twenty OS processes, the same ten slots of one doctor, the same instant.

Each process logs in as its own receptionist (its own PostgreSQL role and connection), waits at a
barrier, then tries to book every one of the ten slots, in its own random order, for its own patient.
Exactly ten bookings survive, none overlap, every other attempt ends in ``SlotTaken`` (the "just taken"
message with the next free slots) and nothing else fails.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import traceback
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from races import desk_processes

# Only the standard library and pytest at the top: every spawned process imports this module to find
# ``clerk``, and twenty interpreters importing Qt (through ``helpers``) would take most of the test's time.
PROCESSES = 20
SLOTS = 10
LONDON = ZoneInfo("Europe/London")


def clerk(target: Any, username: str, password: str, patient_id: int, doctor_id: int, slots: list[datetime],
          seed: int, barrier: Any, results: Any) -> None:
    """Runs in its own process (races.desk_processes): log in, wait for everyone, then try every slot."""
    from hms_desktop.services import auth, scheduling

    try:
        throttle = auth.LoginThrottle(Path(tempfile.mkdtemp()) / "throttle.json")
        ctx = auth.login(target, username, password, throttle=throttle)
    except BaseException:
        results.put((username, None, "login failed: " + traceback.format_exc()))
        barrier.abort()
        return
    try:
        order = list(slots)
        random.Random(seed).shuffle(order)
        barrier.wait(timeout=120)
        for starts_at in order:
            try:
                scheduling.book(ctx, patient_id, doctor_id, starts_at, kind="follow_up", reason="Race")
                outcome = "booked"
            except scheduling.SlotTaken as taken:
                outcome = "SlotTaken" if "just taken" in str(taken) else f"SlotTaken without the message: {taken}"
            except BaseException as error:
                outcome = f"{type(error).__name__}: {error}"
            results.put((username, starts_at.isoformat(), outcome))
    finally:
        ctx.db.dispose()


def _share_compiled_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the twenty interpreters load compiled modules instead of each compiling SQLAlchemy from source.

    With PYTHONDONTWRITEBYTECODE set (as on the build machines) every spawned process would compile
    every module again, which on two cores takes half a minute before the race even starts. The
    bytecode goes to a cache folder outside the source tree (PYTHONPYCACHEPREFIX), filled once here.
    """
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "hms-test-pycache"))
    subprocess.run([sys.executable, "-c", "import pytest, hms_desktop.services.auth, hms_desktop.services.scheduling"],
                   check=True, timeout=120)


@pytest.mark.slow
def test_twenty_desks_race_for_ten_slots(database, monkeypatch: pytest.MonkeyPatch) -> None:
    from helpers import DEFAULT_PASSWORD
    from sqlalchemy import text

    from hms_desktop.domain.staff import Group

    day = datetime.now(LONDON).date() + timedelta(days=3)
    doctor = database.add_user(Group.DOCTOR, full_name="Dr Race Track")
    clerks = [database.add_user(Group.RECEPTION, stem=f"racer{i}") for i in range(PROCESSES)]
    with database.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": doctor}).scalar_one()
        room = conn.execute(text("INSERT INTO resource (name, kind) VALUES ('Race room', 'consulting_room') "
                                 "RETURNING id")).scalar_one()
        conn.execute(text("INSERT INTO work_template (staff_id, weekday, starts, ends, resource_id, valid_from) "
                          "VALUES (:s, :w, '09:00', '11:30', :r, '2020-01-01')"),
                     {"s": doctor_id, "w": day.weekday(), "r": room})
        patients = [int(conn.execute(text("INSERT INTO patient (family_name, given_name, sex) "
                                          "VALUES (:f, 'Racer', 'U') RETURNING id"), {"f": f"Desk{i}"}).scalar_one())
                    for i in range(PROCESSES)]
    first = datetime.combine(day, time(9), tzinfo=LONDON).astimezone(UTC)
    slots = [first + timedelta(minutes=15 * i) for i in range(SLOTS)]

    _share_compiled_modules(monkeypatch)
    spawn = desk_processes()
    barrier = spawn.Barrier(PROCESSES)
    results = spawn.Queue()
    workers = [spawn.Process(target=clerk, name=username, args=(
        database.target, username, DEFAULT_PASSWORD, patients[i], doctor_id, slots, i, barrier, results))
        for i, username in enumerate(clerks)]
    for worker in workers:
        worker.start()
    outcomes: list[tuple[str, str, str]] = []
    try:
        for _ in range(PROCESSES * SLOTS):
            username, slot, outcome = results.get(timeout=180)
            assert slot is not None, outcome
            outcomes.append((username, slot, outcome))
    finally:
        for worker in workers:
            worker.join(timeout=60)
            if worker.is_alive():
                worker.terminate()
    assert all(worker.exitcode == 0 for worker in workers)

    unexpected = [o for o in outcomes if o[2] not in ("booked", "SlotTaken")]
    assert not unexpected, unexpected[:5]
    winners = {slot for _u, slot, outcome in outcomes if outcome == "booked"}
    assert len([o for o in outcomes if o[2] == "booked"]) == SLOTS
    assert winners == {s.isoformat() for s in slots}
    with database.owner.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT starts_at, ends_at FROM appointment WHERE doctor_id = :d AND status = 'booked' "
            "ORDER BY starts_at"), {"d": doctor_id}).all()
        overlapping = conn.execute(text(
            "SELECT count(*) FROM appointment a JOIN appointment b ON a.id < b.id AND a.doctor_id = b.doctor_id "
            "AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at) "
            "WHERE a.doctor_id = :d"), {"d": doctor_id}).scalar_one()
        rooms = conn.execute(text("SELECT count(*) FROM resource_booking WHERE resource_id = :r AND NOT cancelled"),
                             {"r": room}).scalar_one()
    assert [r.starts_at for r in rows] == slots
    assert overlapping == 0
    assert rooms == SLOTS
