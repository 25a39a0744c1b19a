"""The hospital's wall clock for a screen: "now" and "today" from ``ctx.clock`` in the hospital's zone.

A screen reads the zone once, on the task runner (``hospital_clock(ctx)`` in its first load: no database
work on the GUI thread), and keeps the ``HospitalClock``. Until then it has ``HospitalClock.unloaded(ctx)``,
which reads ``ctx.clock`` in the workstation's zone (what every screen did before). The clock is read from
the context on each call, so a test that moves ``ctx.clock`` moves the screen.

Times shown or typed on a screen are on the hospital's wall clock too: ``to_hospital`` turns an instant into
the hospital's wall-clock time, ``from_hospital`` turns a day and a wall-clock time typed or clicked on a
screen into an instant. They are the one place a screen converts; widgets that know only the zone (the time
grid) call the module functions, screens call the ``HospitalClock`` methods.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from hms_desktop.formats import format_time_seconds
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import user_facing_errors
from hms_desktop.services.scheduling.common import HospitalTime


def to_hospital(instant: datetime, zone: tzinfo | None) -> datetime:
    """``instant`` on the wall clock of ``zone`` (aware); ``zone`` None: the workstation's, until it is read.

    A naive ``instant`` is taken as already on that wall clock and given the zone."""
    if instant.tzinfo is None:
        return from_hospital(instant.date(), instant.time(), zone)
    return instant.astimezone(zone)


def from_hospital(day: date, wall: time, zone: tzinfo | None) -> datetime:
    """The instant at which the wall clock of ``zone`` reads ``wall`` on ``day`` (aware).

    In the hour a clock goes back, the earlier of the two; in the hour it skips, the time after the gap."""
    if zone is None:
        return datetime.combine(day, wall).astimezone()
    return datetime.combine(day, wall, tzinfo=zone)


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
        return to_hospital(self.ctx.clock.now(), self.zone)

    def today(self) -> date:
        return self.now().date()

    def local(self, instant: datetime) -> datetime:
        """An instant on the hospital's wall clock (``to_hospital``)."""
        return to_hospital(instant, self.zone)

    def at(self, day: date, wall: time) -> datetime:
        """The instant the hospital's wall clock reads ``wall`` on ``day`` (``from_hospital``)."""
        return from_hospital(day, wall, self.zone)

    def time_text(self) -> str:
        """The hospital's wall-clock time to the second, the workstation's way (the "updated …" labels)."""
        return format_time_seconds(self.now())


def hospital_clock(ctx: ServiceContext) -> HospitalClock:
    """Read the hospital's zone (setting ``time_zone``): call it on the task runner."""
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return HospitalClock(ctx=ctx, zone=HospitalTime.read(uow).tz)
