"""Running a report: permission, one read-only unit of work (where reports run), a Cancel on the server."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, TextClause, text

from hms_desktop import i18n
from hms_desktop.domain import reports as catalogue
from hms_desktop.domain.reports import ReportDefinition, ReportParams, ReportResult
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import (
    Cancelled,
    NotFound,
    ReplicaUnavailable,
    ServiceError,
    translate,
    user_facing_errors,
)
from hms_desktop.services.reports.source import (
    RECOVERY_CONFLICT_MESSAGE,
    is_recovery_conflict,
    report_unit_of_work,
)
from hms_desktop.services.settings import read_settings

# A report may take longer than a screen's save (the GUI's statement_timeout): it runs in the background
# and has its own Cancel. Five minutes bounds a report nobody cancels.
REPORT_STATEMENT_TIMEOUT = "300s"

_FUNCTION_NAME = re.compile(r"^hms_report_[a-z0-9_]+$")

# The one statement shape: every report function takes the same arguments (migration 0030), whichever
# filters it uses. Only the function name varies, and it comes from the registry (checked against the pattern).
_CALL = ("SELECT * FROM {function}(CAST(:first AS date), CAST(:last AS date), CAST(:zone AS text), "
         "CAST(:department AS integer), CAST(:doctor AS integer), CAST(:specialty AS integer), "
         "CAST(:payer AS integer), CAST(:ward AS integer))")

CANCELLED_MESSAGE = i18n.QT_TRANSLATE_NOOP("reports", "The report was cancelled.")


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """(id, name) pairs for each filter, by name."""

    departments: tuple[tuple[int, str], ...]
    doctors: tuple[tuple[int, str], ...]
    specialties: tuple[tuple[int, str], ...]
    payers: tuple[tuple[int, str], ...]
    wards: tuple[tuple[int, str], ...]


class CancelToken:
    """Handed to ``run_report``; ``cancel()`` from any thread (the GUI's Cancel button) asks the server to
    stop the running query (libpq's cancel request, on a connection of its own, as ``pg_cancel_backend``).

    A cancel before the query starts stops it from starting; a cancel that reaches the server between two
    statements is caught by the check after the query: the result is thrown away either way."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._connection: Any = None

    @property
    def cancelled(self) -> bool:
        with self._lock:
            return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            connection = self._connection
        if connection is not None:
            _cancel_on_server(connection)

    def attach(self, connection: Any) -> None:
        """The unit of work's ``CancelHook``: the query about to run is on ``connection``."""
        with self._lock:
            if self._cancelled:
                raise Cancelled(i18n.translate("reports", CANCELLED_MESSAGE))
            self._connection = connection

    def detach(self) -> None:
        with self._lock:
            self._connection = None


def _cancel_on_server(connection: Any) -> None:
    """psycopg's cancel: a separate connection to the server naming the backend. ``cancel_safe`` (3.2+)
    waits for the server's answer without blocking the caller's other work on this connection."""
    try:
        if hasattr(connection, "cancel_safe"):
            connection.cancel_safe(timeout=5.0)
        else:  # pragma: no cover - psycopg < 3.2
            connection.cancel()
    except Exception:  # the query ended meanwhile, or the server is gone: nothing left to cancel
        return


def _definition(ctx: ServiceContext, name: str) -> ReportDefinition:
    definition = catalogue.find(name)
    if definition is None:
        raise NotFound(i18n.translate("reports", "There is no report called “{name}”. `hms report list` lists "
                                                 "them.").format(name=name.strip()))
    ctx.require(*definition.groups, action=f"run the report “{definition.title}”")
    return definition


def available_reports(ctx: ServiceContext) -> tuple[ReportDefinition, ...]:
    """The reports this person may run, in the registry's order (family by family)."""
    return catalogue.runnable_by(ctx.user.acting_groups)


def filter_choices(ctx: ServiceContext) -> FilterChoices:
    """Names for the filter lists: only names of departments, doctors, specialties, payers and wards, which
    every group may see (``hms_report_filter_choices``, migration 0030). Read where the reports run."""
    with user_facing_errors(), report_unit_of_work(ctx) as (uow, _source):
        rows = uow.connection.execute(text("SELECT kind, id, name FROM hms_report_filter_choices()")).all()
    by_kind: dict[str, list[tuple[int, str]]] = {k: [] for k in catalogue.FILTERS}
    for row in rows:
        by_kind[row.kind].append((row.id, row.name))
    return FilterChoices(departments=tuple(by_kind["department"]), doctors=tuple(by_kind["doctor"]),
                         specialties=tuple(by_kind["specialty"]), payers=tuple(by_kind["payer"]),
                         wards=tuple(by_kind["ward"]))


def run_report(ctx: ServiceContext, name: str, params: ReportParams, *,
               cancel: CancelToken | None = None) -> ReportResult:
    """Run one report: its rows for the range and filters. Raises ``Cancelled`` when ``cancel`` was used,
    ``PermissionDenied`` for a report of another group's, ``ValidationFailed`` for a bad range or filter."""
    definition = _definition(ctx, name)
    with user_facing_errors():
        catalogue.validate_params(definition, params)
    function = definition.function
    if not _FUNCTION_NAME.match(function):  # the registry's own names only; never reached by user text
        raise NotFound(i18n.translate("reports", "There is no report called “{name}”.").format(name=name.strip()))
    token = cancel or CancelToken()
    statement = text(_CALL.format(function=function))
    binds = {"first": params.first, "last": params.last, "department": params.department_id,
             "doctor": params.doctor_id, "specialty": params.specialty_id, "payer": params.payer_id,
             "ward": params.ward_id}
    rows, source = execute_report(ctx, statement, binds, token)
    generated_at: datetime = ctx.clock.now()
    return ReportResult(definition=definition, params=params,
                        rows=tuple(tuple(row) for row in rows), generated_at=generated_at, source=source)


def execute_report(ctx: ServiceContext, statement: TextClause, binds: dict[str, Any],
                   token: CancelToken) -> tuple[Sequence[Row[Any]], str]:
    """Run one report statement the way every report runs (the predefined ones and the builder's): in the
    report unit of work (``report_unit_of_work``: on the replica when the profile names one, never the primary
    then; one REPEATABLE READ read-only transaction) with the report's statement timeout instead of the GUI's
    call bound, the hospital's zone bound as ``:zone``, and ``token`` able to cancel it on the server. Returns
    the rows and where they were read ("primary" or "replica (…)", ``ReportResult.source``)."""
    on_replica = ctx.db.replica() is not None
    try:
        with report_unit_of_work(ctx, cancel=token, bounded=False) as (uow, source):
            uow.connection.exec_driver_sql(f"SET LOCAL statement_timeout = '{REPORT_STATEMENT_TIMEOUT}'")
            zone = read_settings(uow.connection).time_zone
            rows = uow.connection.execute(statement, {**binds, "zone": zone}).all()
    except Cancelled:
        raise
    except Exception as error:
        if token.cancelled:
            raise Cancelled(i18n.translate("reports", CANCELLED_MESSAGE)) from error
        if isinstance(error, ServiceError):  # ReplicaUnavailable, said in words already
            raise
        if on_replica and is_recovery_conflict(error):
            raise ReplicaUnavailable(i18n.translate("reports", RECOVERY_CONFLICT_MESSAGE)) from error
        raise translate(error) from error
    if token.cancelled:
        raise Cancelled(i18n.translate("reports", CANCELLED_MESSAGE))
    return rows, source
