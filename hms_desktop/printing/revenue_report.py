"""The daily revenue summary on A4 (issue 9, item 8): an office report for administrators, filed with the
day's Z-reports. One table of (section, item, amount) rows as the Revenue page shows them, continued on as
many pages as it needs with the header repeated; a reprint says COPY. reportlab only (no Qt)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime

from reportlab.lib.units import mm

from hms_desktop.i18n import translate
from hms_desktop.printing.invoice import INK, MUTED, RULE, fit_line
from hms_desktop.printing.layout import (
    PAGE_A4,
    copy_title,
    draw_copy_tag,
    draw_logo,
    draw_text,
    fonts,
    format_date,
    new_canvas,
)

_MARGIN = 15 * mm
_ROW = 5.2 * mm
_TOP = 40 * mm  # from the top of the page to the first row
LOGO_MAX = (30 * mm, 14 * mm)  # left of the name and date, above the table


@dataclass(frozen=True, slots=True)
class RevenueRow:
    section: str
    item: str
    amount: str


@dataclass(frozen=True, slots=True)
class RevenueReportData:
    hospital_name: str
    day: date
    rows: tuple[RevenueRow, ...]
    printed_at: str  # on the hospital's wall clock, formatted
    currency_code: str = ""  # ISO 4217, named in the foot; "" says "the hospital's currency"
    logo: bytes | None = None


def build_revenue_report(data: RevenueReportData, *, copy: bool = False, created: datetime | None = None) -> bytes:
    width, height = PAGE_A4
    per_page = int((height - _TOP - 2 * _MARGIN) // _ROW)
    pages = [data.rows[i:i + per_page] for i in range(0, len(data.rows), per_page)] or [()]
    buffer = io.BytesIO()
    title = copy_title(translate("printing", "Daily revenue {day}").format(day=format_date(data.day)), copy)
    canvas = new_canvas(buffer, page_size=PAGE_A4, title=title, created=created or datetime.now(UTC))
    canvas.setSubject("Daily revenue")
    regular, bold = fonts().regular, fonts().bold
    right = width - _MARGIN
    for number, rows in enumerate(pages, start=1):
        canvas.setFillColor(INK)
        logo_width, _ = draw_logo(canvas, data.logo, _MARGIN, height - _MARGIN, max_width=LOGO_MAX[0],
                                  max_height=LOGO_MAX[1])
        left = _MARGIN + (logo_width + 4 * mm if logo_width else 0)
        y = height - _MARGIN - 5 * mm
        draw_text(canvas, left, y, fit_line(data.hospital_name, bold, 13, 120 * mm - (left - _MARGIN)), font=bold,
                  size=13)
        draw_text(canvas, right, y, translate("printing", "DAILY REVENUE"), font=bold, size=13, align="right")
        y -= 7 * mm
        draw_text(canvas, left, y, format_date(data.day), font=regular, size=10)
        draw_text(canvas, right, y, translate("printing", "Page {number} of {pages_count}").format(
                                        number=number, pages_count=len(pages)), font=regular, size=9, align="right")
        if copy:
            draw_copy_tag(canvas, width / 2 - 16 * mm, y - 3 * mm, 32 * mm, 11 * mm)
        y = height - _TOP
        canvas.setStrokeColor(RULE)
        canvas.line(_MARGIN, y + _ROW - 1 * mm, right, y + _ROW - 1 * mm)
        for row in rows:
            draw_text(canvas, _MARGIN, y, fit_line(row.section, bold, 9, 30 * mm), font=bold, size=9)
            draw_text(canvas, _MARGIN + 32 * mm, y, fit_line(row.item, regular, 9, 110 * mm), font=regular, size=9)
            draw_text(canvas, right, y, row.amount, font=regular, size=9, align="right")
            y -= _ROW
        canvas.setFillColor(MUTED)
        currency = data.currency_code or translate("printing", "the hospital's currency")
        draw_text(canvas, _MARGIN, _MARGIN - 5 * mm, translate("printing", "Printed {printed_at}. Amounts in "
                                                                           "{currency}; a clerk's amount is their net "
                                                                           "cash, a shift's its difference.").format(
                                                         printed_at=data.printed_at,
                                                         currency=currency), font=regular, size=7.5)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
