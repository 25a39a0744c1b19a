"""Where reports run: the profile's streaming read replica when it names one, else the main server.

With a replica set, report queries (``run_report``, the dashboard) go there and never to the primary: a
replica that cannot be reached, or that is not (or no longer) in recovery, is an error in words
(``ReplicaUnavailable``), not a quiet fallback that would load the server the desks use. The replica is
asked, in the report's own transaction, how far its replay is behind: ``ReportResult.source`` says
"replica (up to date)" or "replica (N s behind)".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from hms_desktop.db.engine import ServerTarget
from hms_desktop.db.unit_of_work import CancelHook, UnitOfWork
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ReplicaUnavailable

PRIMARY = "primary"

# No WAL received and not yet replayed means the replica has everything the primary sent: "up to date",
# however long ago the last transaction was (the timestamp difference would grow on an idle primary).
# Otherwise the delay is now() minus the commit time of the last transaction replayed.
_STANDBY_STATE = text(
    "SELECT pg_is_in_recovery() AS standby, "
    "pg_last_wal_receive_lsn() IS NOT NULL AND pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn() AS caught_up, "
    "EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) AS behind")

UNREACHABLE_MESSAGE = QT_TRANSLATE_NOOP(
    "reports",
    "Reports run on the read replica {where}, which cannot be reached. They are not run on the main server "
    "instead, so the desks are never slowed by them. Try again later, or ask the administrator to check the "
    "replica (or remove it from the server profile).")
NOT_A_REPLICA_MESSAGE = QT_TRANSLATE_NOOP(
    "reports",
    "The server named as the read replica ({where}) is not a replica: it accepts writes, so it may be the main "
    "server, or a replica promoted after a failover. Reports are not run there. Ask the administrator to correct "
    "the server profile.")
RECOVERY_CONFLICT_MESSAGE = QT_TRANSLATE_NOOP(
    "reports",
    "The read replica had to stop this report to keep replaying the main server's changes. Run it again; if it "
    "keeps happening, ask the administrator to raise max_standby_streaming_delay or turn on hot_standby_feedback "
    "on the replica.")


def _where(target: ServerTarget) -> str:
    return f"{target.host}:{target.port}"


def describe_lag(caught_up: bool | None, behind: float | None) -> str:
    """The words of ``ReportResult.source`` for a replica."""
    if caught_up or behind is None:
        return "replica (up to date)"
    seconds = max(0, round(float(behind)))
    return f"replica ({seconds} s behind)"


def replica_source(connection: Connection, target: ServerTarget) -> str:
    """Check, on the report's own connection, that it is a standby, and say how far behind it is."""
    row = connection.execute(_STANDBY_STATE).one()
    if not row.standby:
        raise ReplicaUnavailable(translate("reports", NOT_A_REPLICA_MESSAGE).format(where=_where(target)))
    return describe_lag(row.caught_up, row.behind)


def is_recovery_conflict(error: BaseException) -> bool:
    """A standby cancels a query whose snapshot blocks replay (SQLSTATE 40001, "conflict with recovery")."""
    return "conflict with recovery" in str(getattr(error, "orig", error)).lower()


@contextmanager
def report_unit_of_work(ctx: ServiceContext, *, cancel: CancelHook | None = None,
                        bounded: bool = True) -> Iterator[tuple[UnitOfWork, str]]:
    """The one transaction of a report-like read and where it runs: a read-only REPEATABLE READ unit of work
    on the replica when the profile names one (never the primary then), else on the user's own server.

    Yields the unit of work and its source ("primary", or "replica (…)" after checking, in the same snapshot,
    that the replica is a standby). ``cancel`` is the report's Cancel (``CancelToken``); ``bounded=False`` frees
    a report run from the GUI's call bound (``Database.report_unit_of_work``). A replica that cannot be reached
    is ``ReplicaUnavailable``."""
    replica = ctx.db.replica()
    if replica is None:
        with ctx.db.report_unit_of_work(cancel=cancel, bounded=bounded) as uow:
            yield uow, PRIMARY
        return
    with ExitStack() as stack:
        try:  # BEGIN READ ONLY opens the connection: a replica that is down fails here
            uow = stack.enter_context(replica.report_unit_of_work(cancel=cancel, bounded=bounded))
            source = replica_source(uow.connection, replica.target)
        except ReplicaUnavailable:
            raise
        except SQLAlchemyError as error:
            if _connection_failed(error):
                raise ReplicaUnavailable(translate("reports", UNREACHABLE_MESSAGE).format(
                    where=_where(replica.target))) from error
            raise
        yield uow, source


def _connection_failed(error: Any) -> bool:
    return isinstance(error, OperationalError) or (isinstance(error, DBAPIError) and error.connection_invalidated)
