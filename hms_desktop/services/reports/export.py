"""Exporting a report's result: CSV, XLSX (openpyxl) and PDF (reportlab, printing/report.py).

Counts of 1-4 are written "<5" (issue 12, item 7) unless ``show_small_counts`` is asked by an administrator;
anyone else asking gets the rule anyway, not an error, so a scheduled export never fails on it.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from hms_desktop.domain.reports import ReportColumn, ReportResult, shown_value
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_date, format_date_time
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ValidationFailed, user_facing_errors
from hms_desktop.services.hospital_clock import to_hospital
from hms_desktop.services.printing import REPORT, PrintJob

FORMATS = ("csv", "xlsx", "pdf")

_XLSX_FORMATS = {"int": "#,##0", "decimal": "#,##0.0", "money": "#,##0.00", "percent": "0.0%", "date": "yyyy-mm-dd",
                 "days": "#,##0.0"}


def _csv_safe(value: str) -> str:
    """A cell a spreadsheet would run as a formula (a name starting with "=") is kept as text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _cells(result: ReportResult, show_small_counts: bool) -> list[list[Any]]:
    columns = result.definition.columns
    return [[shown_value(column, value, show_small_counts=show_small_counts)
             for column, value in zip(columns, row, strict=True)] for row in result.rows]


def filters_text(result: ReportResult, names: dict[str, str] | None = None) -> str:
    """The range and the filters used, in words: "1 Jan 2026 to 31 Jan 2026; doctor: Dr Amos"."""
    params = result.params
    parts = [translate("reports", "{first} to {last}").format(first=format_date(params.first),
                                                             last=format_date(params.last))]
    for name in result.definition.filters:
        value = params.filter_value(name)
        if value is not None:
            parts.append(f"{name}: {(names or {}).get(name, f'#{value}')}")
    return "; ".join(parts)


def _csv_value(column: ReportColumn, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _csv_safe(value)
    if isinstance(value, date):
        return value.isoformat()
    if column.kind == "percent" and isinstance(value, Decimal):
        return f"{value * 100:.1f}"
    return str(value)


def _write_csv(result: ReportResult, cells: list[list[Any]], path: Path) -> None:
    columns = result.definition.columns
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.label + (" (%)" if c.kind == "percent" else "") for c in columns])
    for row in cells:
        writer.writerow([_csv_value(c, v) for c, v in zip(columns, row, strict=True)])
    # BOM: a spreadsheet opening the file by double-click reads it as UTF-8 (names with accents).
    path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")


def _write_xlsx(result: ReportResult, cells: list[list[Any]], path: Path, subtitle: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    columns = result.definition.columns
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = result.definition.name[:31]
    bold = Font(bold=True)
    sheet.append([c.label for c in columns])
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "A2"
    for row in cells:
        sheet.append([v.isoformat() if isinstance(v, datetime) else v for v in row])
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        width = max([len(column.label)] + [len(str(r[index - 1])) for r in cells[:200]]) + 2
        sheet.column_dimensions[letter].width = min(max(width, 10), 50)
        number_format = _XLSX_FORMATS.get(column.kind)
        if number_format is None:
            continue
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if not isinstance(cell.value, str):  # "<5" stays text
                cell.number_format = number_format
    info = book.create_sheet("About")
    info.append(["Report", result.definition.title])
    info.append([translate("reports", "Range and filters"), subtitle])
    info.append(["Generated", f"{result.generated_at:%Y-%m-%d %H:%M %Z}"])  # ISO: the sheet is for other programs
    info.append(["Source", result.source])
    book.save(path)


def _filter_names(ctx: ServiceContext, result: ReportResult) -> dict[str, str]:
    """The names of the filters used (the CLI gives ids), as the filter lists show them."""
    from hms_desktop.services.reports.run import filter_choices

    choices = filter_choices(ctx)
    lists = {"department": choices.departments, "doctor": choices.doctors, "specialty": choices.specialties,
             "payer": choices.payers, "ward": choices.wards}
    names: dict[str, str] = {}
    for name in result.definition.filters:
        value = result.params.filter_value(name)
        found = next((label for id_, label in lists[name] if id_ == value), None)
        if value is not None and found is not None:
            names[name] = found
    return names


def _pdf_data(ctx: ServiceContext, result: ReportResult, cells: list[list[Any]], subtitle: str) -> Any:
    """What the PDF prints: the hospital's name, logo and currency read in one read-only transaction."""
    # reportlab is loaded only when a PDF is made (a screen importing this module stays light).
    from hms_desktop.printing.report import ReportPdfData

    with ctx.uow(read_only=True) as uow:
        settings = uow.settings.read()
        logo = uow.settings.logo_image()
    zone = ZoneInfo(settings.time_zone)
    return ReportPdfData(hospital_name=settings.hospital_name, definition=result.definition, subtitle=subtitle,
                         cells=tuple(tuple(r) for r in cells),
                         generated=format_date_time(to_hospital(result.generated_at, zone)),
                         source=result.source, currency=settings.currency, logo=logo)


def _prepared(ctx: ServiceContext, result: ReportResult, show_small_counts: bool,
              filter_names: dict[str, str] | None) -> tuple[list[list[Any]], str]:
    """The cells as a file shows them ("<5" unless an administrator asked) and the range and filters in words."""
    small_counts_shown = show_small_counts and ctx.user.has(Group.ADMIN)
    cells = _cells(result, small_counts_shown)
    if filter_names is None and any(result.params.filter_value(n) is not None for n in result.definition.filters):
        filter_names = _filter_names(ctx, result)
    return cells, filters_text(result, filter_names)


def export_report(ctx: ServiceContext, result: ReportResult, fmt: Literal["csv", "xlsx", "pdf"], path: Path, *,
                  show_small_counts: bool = False, filter_names: dict[str, str] | None = None) -> Path:
    """Write ``result`` to ``path`` as ``fmt``; returns the path. ``filter_names`` (optional): the names the
    screen showed for the filters used ({"doctor": "Dr Amos"}), printed in the PDF's header."""
    if fmt not in FORMATS:
        raise ValidationFailed({"format": translate("reports", "Choose CSV, XLSX or PDF.")})
    cells, subtitle = _prepared(ctx, result, show_small_counts, filter_names)
    path = Path(path)
    with user_facing_errors():
        try:
            if fmt == "csv":
                _write_csv(result, cells, path)
            elif fmt == "xlsx":
                _write_xlsx(result, cells, path, subtitle)
            else:
                from hms_desktop.printing.report import build_report_pdf

                data = _pdf_data(ctx, result, cells, subtitle)
                path.write_bytes(build_report_pdf(data, created=result.generated_at))
        except OSError as error:
            raise ValidationFailed({"path": translate("reports", "The file could not be written ({strerror}). Choose "
                                                                 "another folder.").format(
                                                strerror=error.strerror or error)}) from error
    return path


def print_subject(result: ReportResult) -> str:
    """What a report printout is about in ``print_log.subject`` (VARCHAR(100)): the report's name, its range
    and the moment it was run, "no-show-rate 2026-01-01..2026-01-31 run 20260203T101500Z". A report names no
    patient (never an MRN, so no patient's Documents pane lists it). Each run is a document of its own: its
    numbers are those of that moment, so printing a new run is an original, and only a second print of the
    same run (from the same preview) is a COPY."""
    params = result.params
    run = result.generated_at.astimezone(UTC) if result.generated_at.tzinfo else result.generated_at
    # ISO dates in a document's title, whatever the language: titles sort, and every system reads them.
    tail = f" {params.first:%Y-%m-%d}..{params.last:%Y-%m-%d} run {run:%Y%m%dT%H%M%S}Z"
    return result.definition.name[:100 - len(tail)] + tail


def print_report(ctx: ServiceContext, result: ReportResult, *, show_small_counts: bool = False,
                 filter_names: dict[str, str] | None = None) -> PrintJob:
    """The report as a document to preview and print (issue 12, item 4): the very PDF ``export_report`` writes
    (hospital header, range and filters, chart, table, "<5" as in a file), and the same marked COPY for a second
    print from the preview. The preview logs every print (``printing.log_print``)."""
    ctx.require(*result.definition.groups, action=translate("reports", "print this report"))
    from hms_desktop.printing.report import build_report_pdf

    cells, subtitle = _prepared(ctx, result, show_small_counts, filter_names)
    with user_facing_errors():
        data = _pdf_data(ctx, result, cells, subtitle)
    created = result.generated_at
    return PrintJob(document=REPORT, subject=print_subject(result), is_copy=False,
                    pdf=build_report_pdf(data, created=created),
                    copy_pdf=build_report_pdf(data, created=created, copy=True),
                    title=f"{result.definition.title} — {subtitle}")
