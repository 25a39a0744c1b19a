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

Each row's detail comes as its parts (migration 0038_sql_words): ``detail_kind`` names the sentence and
``detail_values`` holds its values as text (numbers, amounts, ISO dates and times, stored codes); ``detail_text``
words it here, in the workstation's language, numbers and dates through formats.py. Without a translation the
English reads as the functions wrote it before (amounts now with thousands separators, "1 day" not "1 days").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from hms_desktop.domain import reports as catalogue
from hms_desktop.domain.reports import DRILL_CAP, DrillDown, DrillRow, ReportDefinition, ReportResult, report_word
from hms_desktop.domain.wording import plural
from hms_desktop.formats import format_date, format_date_time, format_number
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound, user_facing_errors
from hms_desktop.services.reports.run import CancelToken, execute_report

_FUNCTION_NAME = re.compile(r"^hms_report_drill_[a-z0-9_]+$")

# Every drill function takes the report's arguments and the row's key; only the name varies (from the registry).
_CALL = ("SELECT patient_id, mrn, patient_name, at, on_day, detail_kind, detail_values "
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
                            when=row.at if row.at is not None else row.on_day,
                            detail=detail_text(row.detail_kind, row.detail_values or ()))
                   for row in shown),
        truncated=truncated)


def _record_reads(ctx: ServiceContext, patient_ids: list[int]) -> None:
    """One audit "READ" entry per patient shown, on the main server (as opening a record does)."""
    if not patient_ids:
        return
    with user_facing_errors(), ctx.uow() as uow:
        uow.audit.record_reads("patient", [str(patient_id) for patient_id in patient_ids])
        uow.commit()


# --- A row's detail in words ---------------------------------------------------------------------------------

# What became of an appointment (appointment-volume), by its stored status.
APPOINTMENT_WORDS: dict[str, str] = {
    "completed": QT_TRANSLATE_NOOP("reports", "Seen (one appointment)"),
    "no_show": QT_TRANSLATE_NOOP("reports", "No-show"),
    "cancelled": QT_TRANSLATE_NOOP("reports", "Cancelled"), "declined": QT_TRANSLATE_NOOP("reports", "Declined"),
    "checked_in": QT_TRANSLATE_NOOP("reports", "Checked in"),
    "in_consultation": QT_TRANSLATE_NOOP("reports", "With the doctor"),
    "confirmed": QT_TRANSLATE_NOOP("reports", "Confirmed")}
BOOKED = QT_TRANSLATE_NOOP("reports", "Booked")
# Marked apart from the report's column "Seen" (a count: "Vus" in French); untranslated it reads "Seen".
_ONE_SEEN_ENGLISH = {"Seen (one appointment)": QT_TRANSLATE_NOOP("reports", "Seen")}
# Where a discharged patient went (admissions-discharges), by the stored disposition.
DISPOSITION_WORDS: dict[str, str] = {
    "home": QT_TRANSLATE_NOOP("reports", "home"), "referred": QT_TRANSLATE_NOOP("reports", "referred"),
    "against_advice": QT_TRANSLATE_NOOP("reports", "against advice"),
    "deceased": QT_TRANSLATE_NOOP("reports", "deceased")}
NOT_RECORDED = QT_TRANSLATE_NOOP("reports", "not recorded")
# A patient's sex as stored (age-pyramid); the words are REPORT_WORDS too.
SEX_WORDS: dict[str, str] = {"M": QT_TRANSLATE_NOOP("reports", "Male"), "F": QT_TRANSLATE_NOOP("reports", "Female")}
OTHER_SEX = QT_TRANSLATE_NOOP("reports", "Other")


def _amount(text_value: str | None) -> str:
    return format_number(Decimal(text_value or "0"), 2)


def _tenths(text_value: str | None) -> str:
    return format_number(Decimal(text_value or "0"), 1)


def _r(source: str) -> str:
    return translate("reports", source)


def _admitted(_v: Sequence[str | None]) -> str:
    return translate("reports", "Admitted")


def _discharged(v: Sequence[str | None]) -> str:
    where = DISPOSITION_WORDS.get(v[0] or "", NOT_RECORDED)
    return translate("reports", "Discharged: {disposition}").format(disposition=_r(where))


def _sex_age(v: Sequence[str | None]) -> str:
    return translate("reports", "{sex}, {age} on {day}").format(
        sex=_r(SEX_WORDS.get(v[0] or "", OTHER_SEX)), age=v[1], day=format_date(date.fromisoformat(v[2] or "")))


def _appointment(v: Sequence[str | None]) -> str:
    source = APPOINTMENT_WORDS.get(v[0] or "", BOOKED)
    translated = _r(source)
    return _ONE_SEEN_ENGLISH.get(source, source) if translated == source else translated


def _bed(v: Sequence[str | None]) -> str:
    if v[1] is None:
        return translate("reports", "Bed {bed}, still there").format(bed=v[0])
    until = format_date_time(datetime.fromisoformat(v[1]))
    return translate("reports", "Bed {bed}, until {time}").format(bed=v[0], time=until)


def _status(value: str | None) -> str:
    """A claim's status inside a sentence: the report's word for it (REPORT_WORDS), starting in lower case."""
    word = str(report_word(value))
    return word[:1].lower() + word[1:]


def _claim_answer(v: Sequence[str | None]) -> str:
    if v[2] is None:
        return _claim_status(v)
    return translate("reports", "Invoice {number}, {status}: {reason}").format(
        number=v[0], status=_status(v[1]), reason=v[2])


def _claim_status(v: Sequence[str | None]) -> str:
    return translate("reports", "Invoice {number}, {status}").format(number=v[0], status=_status(v[1]))


def _claimed(v: Sequence[str | None]) -> str:
    return translate("reports", "Invoice {number}, claimed {amount}").format(number=v[0], amount=_amount(v[1]))


def _paid_after(v: Sequence[str | None]) -> str:
    return translate("reports", "Invoice {number}, paid after {days} days").format(number=v[0], days=_tenths(v[1]))


def _diagnosis(v: Sequence[str | None]) -> str:
    if v[2] == "true":
        return translate("reports", "{code} (primary), {doctor}").format(code=v[0], doctor=v[1])
    return translate("reports", "{code}, {doctor}").format(code=v[0], doctor=v[1])


def _booked_before(v: Sequence[str | None]) -> str:
    return translate("reports", "Booked {days} days before, with {doctor}").format(days=_tenths(v[0]), doctor=v[1])


def _stayed(v: Sequence[str | None]) -> str:
    return translate("reports", "Stayed {days} days").format(days=_tenths(v[0]))


def _merged_into(v: Sequence[str | None]) -> str:
    return translate("reports", "Merged into {mrn}").format(mrn=v[0])


def _no_show_with(v: Sequence[str | None]) -> str:
    return translate("reports", "No-show with {doctor}").format(doctor=v[0])


def _owed(v: Sequence[str | None]) -> str:
    days = int(v[2] or 0)
    sentence = plural(days, translate("reports", "Invoice {number}: {owed} owed, %n day", None, days),
                      translate("reports", "Invoice {number}: {owed} owed, %n days", None, days))
    return sentence.format(number=v[0], owed=_amount(v[1]))


def _area(v: Sequence[str | None]) -> str:
    visits = int(v[1] or 0)
    parts = [translate("reports", "Registered in the range")] if v[0] == "true" else []
    if visits:
        parts.append(plural(visits, translate("reports", "%n visit", None, visits),
                            translate("reports", "%n visits", None, visits)))
    return " · ".join(parts)


def _invoice_lines(v: Sequence[str | None]) -> str:
    lines = int(v[1] or 0)
    sentence = plural(lines, translate("reports", "Invoice {number}: %n line, {amount}", None, lines),
                      translate("reports", "Invoice {number}: %n lines, {amount}", None, lines))
    return sentence.format(number=v[0], amount=_amount(v[2]))


def _payment(v: Sequence[str | None]) -> str:
    refund = v[0] == "refund"
    if v[2] is None:  # money taken as a deposit, on no invoice
        sentence = (translate("reports", "Refund of {amount}, deposit") if refund
                    else translate("reports", "Payment of {amount}, deposit"))
    else:
        sentence = (translate("reports", "Refund of {amount}, invoice {number}") if refund
                    else translate("reports", "Payment of {amount}, invoice {number}"))
    return sentence.format(amount=_amount(v[1]), number=v[2])


def _invoice_amount(v: Sequence[str | None]) -> str:
    return translate("reports", "Invoice {number}: {amount}").format(number=v[0], amount=_amount(v[1]))


def _waited(v: Sequence[str | None]) -> str:
    return translate("reports", "Waited {minutes} min").format(minutes=_tenths(v[0]))


DETAILS: dict[str, Callable[[Sequence[str | None]], str]] = {
    "admitted": _admitted, "discharged": _discharged, "sex_age": _sex_age, "appointment": _appointment,
    "bed": _bed, "claim_answer": _claim_answer, "claim_status": _claim_status, "claimed": _claimed,
    "paid_after": _paid_after, "diagnosis": _diagnosis, "booked_before": _booked_before, "stayed": _stayed,
    "merged_into": _merged_into, "no_show_with": _no_show_with, "owed": _owed, "area": _area,
    "invoice_lines": _invoice_lines, "payment": _payment, "invoice_amount": _invoice_amount, "waited": _waited}


def detail_text(kind: str | None, values: Sequence[str | None]) -> str:
    """A drill row's detail in words, from the kind and values its function returned ("" for none). A kind this
    program does not know (a newer server) shows its values as they are rather than nothing."""
    if not kind:
        return ""
    words = DETAILS.get(kind)
    if words is None:
        return ", ".join(value for value in values if value)
    return words(values)
