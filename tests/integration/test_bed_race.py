"""Two front desks, two OS processes, one free bed, the same instant: exactly one admission wins.

Each process logs in as its own receptionist (its own PostgreSQL role and connection) and waits
at a barrier; both then call ``admissions.admit`` for a different patient into the same bed. The
loser must get ``BedTaken`` — a message for people, not a crash — and the bed must have exactly
one open stay. Five beds, five rounds.
"""

from __future__ import annotations

import multiprocessing
import tempfile
import traceback
from pathlib import Path
from typing import Any

import pytest
from factories import new_patients
from helpers import DEFAULT_PASSWORD
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import admissions, demo_wards

ROUNDS = 5
PROCESSES = 2


def clerk(target: Any, username: str, password: str, rounds: list[tuple[int, int]], barrier: Any,
          results: Any) -> None:
    """Runs in a fresh interpreter (spawn): log in, then admit at the barrier, round after round."""
    from hms_desktop.services import admissions, auth

    try:
        throttle = auth.LoginThrottle(Path(tempfile.mkdtemp()) / "throttle.json")
        ctx = auth.login(target, username, password, throttle=throttle)
    except BaseException:
        results.put((username, -1, "login failed: " + traceback.format_exc()))
        barrier.abort()
        return
    try:
        for number, (patient_id, bed_id) in enumerate(rounds):
            barrier.wait(timeout=60)
            try:
                admissions.admit(ctx, patient_id, bed_id, doctor_id=None, reason="Race", expected_days=1)
                outcome = "admitted"
            except admissions.BedTaken:
                outcome = "BedTaken"
            except BaseException as error:
                outcome = f"{type(error).__name__}: {error}"
            results.put((username, number, outcome))
    finally:
        ctx.db.dispose()


@pytest.fixture(scope="module")
def beds(database) -> list[int]:
    with database.owner.engine.begin() as conn:
        demo_wards.seed_demo_wards(conn)
        return list(conn.execute(text(
            "SELECT b.id FROM bed b WHERE b.status = 'available' ORDER BY b.id LIMIT :n"), {"n": ROUNDS}).scalars())


@pytest.mark.slow
def test_two_processes_race_for_the_same_bed(database, beds) -> None:
    assert len(beds) == ROUNDS
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(PROCESSES)
    results = spawn.Queue()
    clerks = [database.add_user(Group.RECEPTION, stem=f"desk{i}") for i in range(PROCESSES)]
    workers = []
    for i, username in enumerate(clerks):
        patients = new_patients(database, ROUNDS, f"Desk{i}Patient")
        workers.append(spawn.Process(target=clerk, name=username, args=(
            database.target, username, DEFAULT_PASSWORD, list(zip(patients, beds, strict=True)), barrier,
            results)))
    for worker in workers:
        worker.start()
    outcomes: dict[int, list[str]] = {}
    try:
        for _ in range(ROUNDS * PROCESSES):
            username, number, outcome = results.get(timeout=120)
            assert number >= 0, outcome
            outcomes.setdefault(number, []).append(outcome)
    finally:
        for worker in workers:
            worker.join(timeout=30)
            if worker.is_alive():
                worker.terminate()
    assert all(worker.exitcode == 0 for worker in workers)

    for number, bed_id in enumerate(beds):
        assert sorted(outcomes[number]) == ["BedTaken", "admitted"], (number, outcomes[number])
        with database.owner.engine.connect() as conn:
            open_stays = conn.execute(text("SELECT count(*) FROM bed_stay WHERE bed_id = :b AND ends_at IS NULL"),
                                      {"b": bed_id}).scalar_one()
        assert open_stays == 1
    # Whoever lost each round is not admitted anywhere.
    owner = database.owner_context()
    occupied = {b.id: b for w in admissions.bed_board(owner) for b in w.beds if b.status == "occupied"}
    assert set(beds) <= set(occupied)
    with database.owner.engine.connect() as conn:
        open_admissions = conn.execute(text(
            "SELECT count(*) FROM admission WHERE reason = 'Race' AND discharged_at IS NULL")).scalar_one()
    assert open_admissions == ROUNDS
