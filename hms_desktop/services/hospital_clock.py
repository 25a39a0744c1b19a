"""The hospital's wall clock for a screen: "now" and "today" from ``ctx.clock`` in the hospital's zone.

A screen reads the zone once, on the task runner (``hospital_clock(ctx)`` in its first load: no database
work on the GUI thread), and keeps the ``HospitalClock``. Until then it has ``HospitalClock.unloaded(ctx)``,
which reads ``ctx.clock`` in the workstation's zone (what every screen did before). The clock is read from
the context on each call, so a test that moves ``ctx.clock`` moves the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import user_facing_errors
from hms_desktop.services.scheduling.common import HospitalTime


@dataclass(frozen=True, slots=True)
class HospitalClock:
    ctx: ServiceContext
    zone: tzinfo | None  # None: not read yet, the workstation's zone meanwhile

    @classmethod
    def unloaded(cls, ctx: ServiceContext) -> HospitalClock:
        return cls(ctx=ctx, zone=None)

    @property
    def loaded(self) -> bool:
        return self.zone is not None

    def now(self) -> datetime:
        """The current instant, aware, in the hospital's zone."""
        instant = self.ctx.clock.now()
        return instant.astimezone(self.zone) if self.zone is not None else instant.astimezone()

    def today(self) -> date:
        return self.now().date()

    def local(self, instant: datetime) -> datetime:
        """An instant on the hospital's wall clock."""
        return instant.astimezone(self.zone) if self.zone is not None else instant.astimezone()

    def time_text(self) -> str:
        """The hospital's wall-clock time, "HH:MM:SS" (the "updated …" labels)."""
        return f"{self.now():%H:%M:%S}"


def hospital_clock(ctx: ServiceContext) -> HospitalClock:
    """Read the hospital's zone (setting ``time_zone``): call it on the task runner."""
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return HospitalClock(ctx=ctx, zone=HospitalTime.read(uow).tz)
