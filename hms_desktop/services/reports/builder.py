"""The ad-hoc report builder (issue 12, item 3): run a built report, save it as a named template, list and
run the saved ones.

A built report runs exactly as a predefined one does (its own connection, one read-only transaction, a
Cancel on the server): the only statement is ``hms_report_adhoc`` (migration 0031) with the spec's KEYS and the
range and filter ids as bound parameters; the function assembles the SQL from its own fixed fragments and
checks the caller's groups per subject. The result is the engine's ``ReportResult`` with a synthetic
definition, so the runner's table, chart and ``export_report`` take it unchanged.

Templates (``report_template``) are administrators' only (GRANTs): saved after checking the spec here and by
the table's guard (HM065), the name unique whatever its case (HM066); a template is checked again when run
(``from_json``), so a row edited by hand is refused, never run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import text

from hms_desktop.domain import report_builder as builder
from hms_desktop.domain.report_builder import AdhocSpec
from hms_desktop.domain.reports import MAX_RANGE_DAYS, ReportResult
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound, user_facing_errors
from hms_desktop.services.reports.run import CancelToken, execute_report

_CALL = text("SELECT d1, d2, n, value FROM hms_report_adhoc(CAST(:subject AS text), CAST(:measure AS text), "
             "CAST(:column AS text), CAST(:dimensions AS text[]), CAST(:first AS date), CAST(:last AS date), "
             "CAST(:zone AS text), CAST(:department AS integer), CAST(:doctor AS integer), "
             "CAST(:specialty AS integer), CAST(:payer AS integer))")


@dataclass(frozen=True, slots=True)
class ReportTemplate:
    id: int
    name: str
    spec: AdhocSpec | None  # None: the saved definition is no longer on the allow-list (shown, not run)
    created_by: str
    created_at: datetime


def builder_subjects(ctx: ServiceContext) -> tuple[builder.Subject, ...]:
    """The subjects this person may build reports on (their groups; the database checks again)."""
    return builder.subjects_for(ctx.user.acting_groups)


def _check_range(first: date, last: date) -> None:
    from hms_desktop.domain.errors import ValidationError

    if last < first:
        raise ValidationError({"last": translate("reports", "The last day is before the first. Choose a range that "
                                                            "runs forward.")})
    if (last - first).days >= MAX_RANGE_DAYS:
        raise ValidationError({"last": translate("reports", "Choose a range of at most five years.")})


def run_adhoc(ctx: ServiceContext, spec: AdhocSpec, first: date, last: date, *,
              cancel: CancelToken | None = None, name: str = "adhoc", title: str | None = None) -> ReportResult:
    """Run a built report over [first, last] (the hospital's days). Raises ``ValidationFailed`` for a choice
    not on the allow-list, ``PermissionDenied`` for a subject of another group's, ``Cancelled`` on Cancel."""
    with user_facing_errors():
        builder.validate(spec)
        _check_range(first, last)
    subject = builder.SUBJECTS[spec.subject]
    ctx.require(*subject.groups, action=f"build reports on {subject.label.lower()}")
    definition = builder.definition_for(spec, name=name, title=title)
    params = spec.params(first, last)
    binds: dict[str, Any] = {
        "subject": spec.subject, "measure": spec.measure, "column": spec.column,
        "dimensions": list(spec.dimensions), "first": first, "last": last,
        "department": params.department_id, "doctor": params.doctor_id,
        "specialty": params.specialty_id, "payer": params.payer_id}
    # The same path as the predefined reports: the replica when the profile names one, Cancel on the server.
    rows, source = execute_report(ctx, _CALL, binds, cancel or CancelToken())
    return ReportResult(definition=definition, params=params,
                        rows=tuple(_row(spec, row) for row in rows), generated_at=ctx.clock.now(), source=source)


def _row(spec: AdhocSpec, row: Any) -> tuple[Any, ...]:
    """(d1, d2, n, value) as the definition's columns: days back to dates, the value only when measured."""
    cells: list[Any] = []
    for index, key in enumerate(spec.dimensions):
        value = row[index]
        if builder.DIMENSIONS[key].kind == "date" and value is not None:
            value = date.fromisoformat(value)
        cells.append(value)
    cells.append(int(row[2]))
    if spec.measure != "count":
        cells.append(row[3])
    return tuple(cells)


def _template(row: Any) -> ReportTemplate:
    try:
        spec: AdhocSpec | None = builder.from_json(row.definition)
    except Exception:  # a definition no longer on the allow-list: listed, refused when run
        spec = None
    return ReportTemplate(id=row.id, name=row.name, spec=spec, created_by=row.created_by,
                          created_at=row.created_at)


def list_templates(ctx: ServiceContext) -> tuple[ReportTemplate, ...]:
    """The saved templates, by name (administrators only)."""
    ctx.require(Group.ADMIN, action=translate("reports", "see saved reports"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        rows = uow.connection.execute(text(
            "SELECT id, name, definition, created_by, created_at FROM report_template ORDER BY lower(name)")).all()
    return tuple(_template(row) for row in rows)


def save_template(ctx: ServiceContext, name: str, spec: AdhocSpec) -> ReportTemplate:
    """Save a built report under a name other administrators see. ``Conflict`` if the name is taken."""
    ctx.require(Group.ADMIN, action=translate("reports", "save reports"))
    with user_facing_errors():
        cleaned = builder.validate_template_name(name)
        builder.validate(spec)
        with ctx.uow() as uow:
            row = uow.connection.execute(text(
                "INSERT INTO report_template (name, definition) VALUES (:name, CAST(:definition AS jsonb)) "
                "RETURNING id, name, definition, created_by, created_at"),
                {"name": cleaned, "definition": builder.to_json(spec)}).one()
            uow.commit()
    return _template(row)


def delete_template(ctx: ServiceContext, template_id: int) -> None:
    ctx.require(Group.ADMIN, action=translate("reports", "delete saved reports"))
    with user_facing_errors(), ctx.uow() as uow:
        gone = uow.connection.execute(text("DELETE FROM report_template WHERE id = :id"),
                                      {"id": int(template_id)}).rowcount
        uow.commit()
    if not gone:
        raise NotFound(translate("reports", "That saved report is no longer there."))


def find_template(ctx: ServiceContext, name: str) -> ReportTemplate | None:
    """A saved template by name, case forgiven (the CLI's ``hms report run NAME``)."""
    ctx.require(Group.ADMIN, action=translate("reports", "see saved reports"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        row = uow.connection.execute(text(
            "SELECT id, name, definition, created_by, created_at FROM report_template "
            "WHERE lower(name) = lower(:name)"),
            {"name": " ".join(name.split())}).one_or_none()
    return _template(row) if row is not None else None


def run_template(ctx: ServiceContext, template_id: int, first: date, last: date, *,
                 cancel: CancelToken | None = None) -> ReportResult:
    """Run a saved template: its definition read and checked again (a row edited by hand is refused)."""
    ctx.require(Group.ADMIN, action=translate("reports", "run saved reports"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        row = uow.connection.execute(text(
            "SELECT id, name, definition, created_by, created_at FROM report_template WHERE id = :id"),
            {"id": int(template_id)}).one_or_none()
    if row is None:
        raise NotFound(translate("reports", "That saved report is no longer there."))
    with user_facing_errors():
        spec = builder.from_json(row.definition)
    return run_adhoc(ctx, spec, first, last, cancel=cancel, name=template_name_slug(row.name), title=row.name)


def template_name_slug(name: str) -> str:
    """A lowercase-hyphen name for a template (the definition's ``name``; file names of exports)."""
    slug = "".join(ch if ch.isalnum() else "-" for ch in name.lower())
    return "-".join(part for part in slug.split("-") if part) or "saved-report"
