"""The per-day appointment summary behind the appointment reports (issue 12, migration 0032): how far it
reaches, and its refresh.

The four appointment reports (volume, no-show rate, lead time, waiting time) read complete past days from the
summary and every other day from the appointments, so their numbers are exact whatever the summary's age; a
refresh only makes them faster. It runs:

* by ``hms report refresh`` (a hospital's nightly cron, on the primary);
* once a day from the desktop's start-up work (``refresh_if_behind``, beside the daily backup);

A report run does not refresh: the first refresh of a large database takes tens of seconds, and a report must
not write (it may run on a read replica). Without a refresh the reports are exact, only slower.

Always on the primary (``ctx.uow()``): the summary is written, and a replica cannot be. The database functions
are SECURITY DEFINER; administrators and doctors (the appointment reports' groups) may call them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from hms_desktop.domain.staff import Group
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import user_facing_errors

if TYPE_CHECKING:
    from hms_desktop.services.setup import Connection as Connection_

# Groups that run the appointment reports (migration 0030) and so may bring their summary up to date.
REFRESH_GROUPS = (Group.ADMIN, Group.DOCTOR)


@dataclass(frozen=True, slots=True)
class SummaryState:
    summarised_before: date | None  # the first day NOT in the summary; None before the first refresh
    refreshed_at: datetime | None
    behind: bool  # a refresh has work: the watermark is before the hospital's today (or its zone changed)


@dataclass(frozen=True, slots=True)
class SummaryRefresh:
    days: int  # days summarised (again): the new complete days and those whose appointments changed
    seconds: float
    state: SummaryState


def summary_state(ctx: ServiceContext) -> SummaryState:
    ctx.require(*REFRESH_GROUPS, action=translate("reports", "see how far the report summary reaches"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return _state(uow.connection)


def refresh_summary(ctx: ServiceContext) -> SummaryRefresh:
    """Summarise the days after the watermark up to yesterday and the days changed since (one transaction)."""
    ctx.require(*REFRESH_GROUPS, action=translate("reports", "refresh the report summary"))
    started = time.perf_counter()
    with user_facing_errors(), ctx.uow() as uow:
        days = int(uow.connection.execute(text("SELECT hms_report_refresh_summary()")).scalar_one())
        state = _state(uow.connection)
        uow.commit()
    return SummaryRefresh(days=days, seconds=time.perf_counter() - started, state=state)


def refresh_if_behind(ctx: ServiceContext) -> SummaryRefresh | None:
    """The refresh when the watermark is before today; None (one cheap read) when it is up to date. Days changed
    since the last refresh wait for the next one: the reports read them live meanwhile. One transaction: the
    check and the refresh see the same state."""
    ctx.require(*REFRESH_GROUPS, action=translate("reports", "refresh the report summary"))
    started = time.perf_counter()
    with user_facing_errors(), ctx.uow() as uow:
        if not _state(uow.connection).behind:
            return None
        days = int(uow.connection.execute(text("SELECT hms_report_refresh_summary()")).scalar_one())
        state = _state(uow.connection)
        uow.commit()
    return SummaryRefresh(days=days, seconds=time.perf_counter() - started, state=state)


def refresh_embedded_if_behind(connection: Connection_) -> SummaryRefresh | None:
    """The desktop's daily work for the embedded database (beside its daily backup, on the task runner): the
    refresh as the database owner, when the summary is behind. A shared server's refresh is its cron job's
    (``hms report refresh``)."""
    from hms_desktop.services import setup

    if connection.embedded is None:
        return None
    ctx = setup.owner_context(connection)
    try:
        return refresh_if_behind(ctx)
    finally:
        ctx.db.dispose()


def _state(connection: Connection) -> SummaryState:
    row = connection.execute(
        text("SELECT summarised_before, refreshed_at, behind FROM hms_report_summary_state()")).one()
    return SummaryState(summarised_before=row.summarised_before, refreshed_at=row.refreshed_at,
                        behind=bool(row.behind))
