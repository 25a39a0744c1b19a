"""Drill-down (issue 12, item 7): the patients behind one row of a predefined report, for the groups that may
read their names.

Each drillable report has a second SQL function (migration 0033_report_drill), ``hms_report_drill_<name>``,
taking the report's own eight arguments and the row's key (the values of the report's key columns, as text,
taken from the result's row by column key; never typed by anyone). It re-applies the report's own selection
to that one group and returns the patients: SECURITY DEFINER, EXECUTE granted to ``ReportDefinition.drill``
only, the caller's groups checked again inside (HM062), a row key of the wrong shape refused (HM063). It runs
the way every report runs (``execute_report``: read-only, REPEATABLE READ, on the replica when there is one,
cancellable), and returns at most ``DRILL_CAP`` + 1 rows, so the dialog can say the list was cut.

Reading patients' names is a read of patient data: every patient listed gets a "READ" entry in the audit chain,
exactly as opening a patient's record does (``hms_audit_access('patient', id)``, ``uow.audit.record_access``),
written on the main server in a transaction of its own after the read (the report's transaction is read-only
and may be on a replica). If that trace cannot be written, nothing is shown.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from sqlalchemy import text

from hms_desktop.domain import reports as catalogue
from hms_desktop.domain.reports import DRILL_CAP, DrillDown, DrillRow, ReportDefinition, ReportResult
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound, user_facing_errors
from hms_desktop.services.reports.run import CancelToken, execute_report

_FUNCTION_NAME = re.compile(r"^hms_report_drill_[a-z0-9_]+$")

# Every drill function takes the report's arguments and the row's key; only the name varies (from the registry).
_CALL = ("SELECT patient_id, mrn, patient_name, at, on_day, detail "
         "FROM {function}(CAST(:first AS date), CAST(:last AS date), CAST(:zone AS text), "
         "CAST(:department AS integer), CAST(:doctor AS integer), CAST(:specialty AS integer), "
         "CAST(:payer AS integer), CAST(:ward AS integer), CAST(:key AS text[]))")

NO_DRILL_MESSAGE = QT_TRANSLATE_NOOP("reports", "The report “{title}” has no list of patients behind its rows.")
NO_ROW_MESSAGE = QT_TRANSLATE_NOOP(
    "reports",
    "That row is not in the report any more. Run the report again and choose the row.")


def drill_function(definition: ReportDefinition) -> str:
    """The SQL function listing a row's patients (migration 0033); only ever built from the registry."""
    return "hms_report_drill_" + definition.name.replace("-", "_")


def can_drill(ctx: ServiceContext, definition: ReportDefinition) -> bool:
    """Whether this person may see the patients behind a row of ``definition`` (and so may run it)."""
    groups = ctx.user.acting_groups
    return bool(definition.drill & groups) and bool(definition.groups & groups)


def _key_text(value: Any) -> str | None:
    """A key cell as the drill function receives it: dates in ISO form, text as it is, no value as NULL."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def row_key(result: ReportResult, row_index: int) -> tuple[str | None, ...]:
    """The key of row ``row_index`` of ``result``: its key columns' values, by column key."""
    definition = result.definition
    if not 0 <= row_index < len(result.rows):
        raise NotFound(translate("reports", NO_ROW_MESSAGE))
    row = result.rows[row_index]
    keys = [column.key for column in definition.columns]
    return tuple(_key_text(row[keys.index(name)]) for name in catalogue.drill_key(definition))


def drill_down(ctx: ServiceContext, result: ReportResult, row_index: int, *,
               cancel: CancelToken | None = None) -> DrillDown:
    """The patients behind row ``row_index`` of ``result`` (at most ``DRILL_CAP``; ``truncated`` when there were
    more), each listed patient's read recorded in the audit chain. Raises ``PermissionDenied`` for a group that
    may not see them, ``NotFound`` for a report without drill-down or a row that is not there, ``Cancelled``."""
    definition = result.definition
    if not definition.drill:
        raise NotFound(translate("reports", NO_DRILL_MESSAGE).format(title=definition.title))
    ctx.require(*(definition.drill & definition.groups), action=f"see the patients behind “{definition.title}”")
    key = row_key(result, row_index)
    function = drill_function(definition)
    if not _FUNCTION_NAME.match(function):  # the registry's names only; never reached by user text
        raise NotFound(translate("reports", NO_DRILL_MESSAGE).format(title=definition.title))
    params = result.params
    binds = {"first": params.first, "last": params.last, "department": params.department_id,
             "doctor": params.doctor_id, "specialty": params.specialty_id, "payer": params.payer_id,
             "ward": params.ward_id, "key": list(key)}
    rows, _source = execute_report(ctx, text(_CALL.format(function=function)), binds, cancel or CancelToken())
    truncated = len(rows) > DRILL_CAP
    shown = rows[:DRILL_CAP]
    _record_reads(ctx, sorted({int(row.patient_id) for row in shown}))
    return DrillDown(
        title=catalogue.drill_title(definition, result.params, key),
        rows=tuple(DrillRow(mrn=row.mrn, patient_name=row.patient_name,
                            when=row.at if row.at is not None else row.on_day, detail=row.detail or "")
                   for row in shown),
        truncated=truncated)


def _record_reads(ctx: ServiceContext, patient_ids: list[int]) -> None:
    """One audit "READ" entry per patient shown, on the main server (as opening a record does)."""
    if not patient_ids:
        return
    with user_facing_errors(), ctx.uow() as uow:
        uow.audit.record_reads("patient", [str(patient_id) for patient_id in patient_ids])
        uow.commit()
