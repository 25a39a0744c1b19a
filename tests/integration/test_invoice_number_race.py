"""Twenty cash desks, twenty OS processes, one instant: each issues its own draft invoice at once.

Each process logs in as its own billing clerk (its own PostgreSQL role and connection), waits at a barrier, then
issues. The counter row of the INV series is locked FOR UPDATE in each issuing transaction, so the twenty numbers
are consecutive: no gap, no duplicate, and every issue succeeds.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

import pytest
from races import desk_processes

# Only the standard library and pytest at the top: every spawned process imports this module to find ``desk``.
PROCESSES = 20


def desk(target: Any, username: str, password: str, invoice_id: int, barrier: Any, results: Any) -> None:
    """Runs in its own process (races.desk_processes): log in, wait for everyone, issue one invoice."""
    from hms_desktop.services import auth, billing

    try:
        throttle = auth.LoginThrottle(Path(tempfile.mkdtemp()) / "throttle.json")
        ctx = auth.login(target, username, password, throttle=throttle)
    except BaseException:
        results.put((username, None, "login failed: " + traceback.format_exc()))
        barrier.abort()
        return
    try:
        barrier.wait(timeout=120)
        try:
            issued = billing.issue_invoice(ctx, invoice_id)
            results.put((username, issued.number, "issued"))
        except BaseException as error:
            results.put((username, None, f"{type(error).__name__}: {error}"))
    finally:
        ctx.db.dispose()


@pytest.mark.slow
def test_twenty_desks_issue_at_once_and_get_consecutive_numbers(database, monkeypatch: pytest.MonkeyPatch) -> None:
    from decimal import Decimal

    from factories import new_patients
    from helpers import DEFAULT_PASSWORD
    from sqlalchemy import text

    from hms_desktop.domain.staff import Group
    from hms_desktop.services import billing

    clerks = [database.add_user(Group.BILLING, stem=f"till{i}") for i in range(PROCESSES)]
    patients = new_patients(database, PROCESSES, "Till")
    preparer = database.context_for(Group.BILLING)
    try:
        drafts = [billing.create_draft_invoice(preparer, patient, [], [billing.ManualLine(
            "Medical report", Decimal(1), Decimal("25.00"), Decimal(0))]).id for patient in patients]
    finally:
        preparer.db.dispose()

    # The same bytecode cache trick as test_booking_race: twenty interpreters load compiled modules.
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "hms-test-pycache"))
    subprocess.run([sys.executable, "-c", "import pytest, hms_desktop.services.auth, hms_desktop.services.billing"],
                   check=True, timeout=120)
    spawn = desk_processes()
    barrier = spawn.Barrier(PROCESSES)
    results = spawn.Queue()
    workers = [spawn.Process(target=desk, name=username, args=(
        database.target, username, DEFAULT_PASSWORD, drafts[i], barrier, results))
        for i, username in enumerate(clerks)]
    for worker in workers:
        worker.start()
    outcomes: list[tuple[str, str | None, str]] = []
    try:
        for _ in range(PROCESSES):
            outcomes.append(results.get(timeout=180))
    finally:
        for worker in workers:
            worker.join(timeout=60)
            if worker.is_alive():
                worker.terminate()
    assert all(worker.exitcode == 0 for worker in workers)

    failed = [o for o in outcomes if o[2] != "issued"]
    assert not failed, failed[:5]
    numbers = [number for _u, number, _o in outcomes if number is not None]
    matches = [re.fullmatch(r"INV-(\d{4})-(\d{6})", number) for number in numbers]
    assert all(matches), numbers
    assert len({m.group(1) for m in matches if m}) == 1  # one year's series
    values = sorted(int(m.group(2)) for m in matches if m)
    assert values == list(range(values[0], values[0] + PROCESSES))  # consecutive: no gap, no duplicate
    with database.owner.engine.connect() as conn:
        stored = conn.execute(text("SELECT number FROM invoice WHERE id = ANY(:ids)"),
                              {"ids": drafts}).scalars().all()
        counter = conn.execute(text("SELECT next_value FROM document_counter WHERE series = 'INV'")).scalar_one()
    assert sorted(stored) == sorted(numbers)
    assert counter == values[-1] + 1  # nothing was taken and given back out of order
