"""Exporting a report's result: CSV, XLSX (openpyxl) and PDF (reportlab, printing/report.py).

Counts of 1-4 are written "<5" (issue 12, item 7) unless ``show_small_counts`` is asked by an administrator;
anyone else asking gets the rule anyway, not an error, so a scheduled export never fails on it.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from hms_desktop.domain.reports import ReportColumn, ReportResult, shown_value
from hms_desktop.domain.staff import Group
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ValidationFailed, user_facing_errors
from hms_desktop.services.hospital_clock import to_hospital

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
    parts = [f"{params.first:%d %b %Y} to {params.last:%d %b %Y}"]
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
    info.append(["Range and filters", subtitle])
    info.append(["Generated", f"{result.generated_at:%Y-%m-%d %H:%M %Z}"])
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


def export_report(ctx: ServiceContext, result: ReportResult, fmt: Literal["csv", "xlsx", "pdf"], path: Path, *,
                  show_small_counts: bool = False, filter_names: dict[str, str] | None = None) -> Path:
    """Write ``result`` to ``path`` as ``fmt``; returns the path. ``filter_names`` (optional): the names the
    screen showed for the filters used ({"doctor": "Dr Amos"}), printed in the PDF's header."""
    if fmt not in FORMATS:
        raise ValidationFailed({"format": "Choose CSV, XLSX or PDF."})
    small_counts_shown = show_small_counts and ctx.user.has(Group.ADMIN)
    cells = _cells(result, small_counts_shown)
    if filter_names is None and any(result.params.filter_value(n) is not None for n in result.definition.filters):
        filter_names = _filter_names(ctx, result)
    subtitle = filters_text(result, filter_names)
    path = Path(path)
    with user_facing_errors():
        try:
            if fmt == "csv":
                _write_csv(result, cells, path)
            elif fmt == "xlsx":
                _write_xlsx(result, cells, path, subtitle)
            else:
                # reportlab is loaded only when a PDF is written (a screen importing this module stays light).
                from hms_desktop.printing.report import ReportPdfData, build_report_pdf

                with ctx.uow(read_only=True) as uow:
                    settings = uow.settings.read()
                    logo = uow.settings.logo_image()
                zone = ZoneInfo(settings.time_zone)
                data = ReportPdfData(hospital_name=settings.hospital_name, definition=result.definition,
                                     subtitle=subtitle, cells=tuple(tuple(r) for r in cells),
                                     generated=f"{to_hospital(result.generated_at, zone):%d %b %Y %H:%M}",
                                     source=result.source, currency=settings.currency, logo=logo)
                path.write_bytes(build_report_pdf(data, created=result.generated_at))
        except OSError as error:
            raise ValidationFailed({"path": f"The file could not be written ({error.strerror or error}). "
                                            "Choose another folder."}) from error
    return path
