"""The failed-login count of this workstation (kept apart from ``auth`` so the login window can use it
without loading the database drivers)."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

MAX_FAILURES = 5
LOCKOUT_SECONDS = 30


class LoginThrottle:
    """Counts failed logins on this workstation; after 5 in a row each try waits 30 s.

    Kept in a small file so closing and reopening the app does not reset it.
    """

    def __init__(self, state_file: Path, *, now: Callable[[], float] = time.time) -> None:
        self._file = state_file
        self._now = now

    def _read(self) -> tuple[int, float]:
        try:
            raw = json.loads(self._file.read_text())
            return int(raw["failures"]), float(raw["last_failure"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def _write(self, failures: int, last_failure: float) -> None:
        try:
            self._file.write_text(json.dumps({"failures": failures, "last_failure": last_failure}))
        except OSError:
            log.warning("Could not record the failed-login count in %s", self._file)

    def seconds_to_wait(self) -> int:
        failures, last = self._read()
        if failures < MAX_FAILURES:
            return 0
        remaining = LOCKOUT_SECONDS - (self._now() - last)
        return max(0, int(remaining + 0.999))

    def failed(self) -> None:
        failures, _ = self._read()
        self._write(failures + 1, self._now())

    def succeeded(self) -> None:
        self._write(0, 0.0)
