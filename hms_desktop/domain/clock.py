"""What time it is, as a value services take from their context (never ``datetime.now()`` inside a rule).

Tests hand a ``FixedClock`` to the service context, so no test depends on today's date or fails near
midnight; the app uses ``SystemClock``. Instants are always time-zone aware (UTC); turning one into a
hospital-local date is the caller's business, with the hospital's zone from the settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


@dataclass(slots=True)
class FixedClock:
    """A clock that stands still until moved: ``FixedClock(datetime(2026, 3, 2, 9, tzinfo=UTC))``."""

    instant: datetime = field(default_factory=lambda: datetime(2026, 3, 2, 9, 0, tzinfo=UTC))

    def __post_init__(self) -> None:
        if self.instant.tzinfo is None:
            raise ValueError("A FixedClock needs an aware datetime")
        self.instant = self.instant.astimezone(UTC)

    def now(self) -> datetime:
        return self.instant

    def advance(self, delta: timedelta) -> None:
        self.instant += delta
