"""The Z-report of a closed cash shift (issue 9, item 8), for the 80 mm thermal printer at the cash desk.

80 mm rather than A4: the report is printed where the shift is closed, on the printer that already prints the
desk's receipts, and goes into the cash bag with the counted money; a roll as long as its content suits a
report of a few dozen lines, and the desk needs no A4 printer for it. What it says: the hospital, the clerk,
opened and closed, the opening float, payments, refunds and deposits by method, the cash taken, paid back and
expected, the cash counted, the difference and its note, and space for two signatures. A reprint says COPY.
reportlab only (no Qt).

No logo (issue 10, item 6): the Z-report is an internal count that goes into the cash bag, not a document a
patient or insurer reads; the thermal roll is better spent on its figures.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from reportlab.lib.units import mm

from hms_desktop.domain.settings import CurrencyFormat
from hms_desktop.i18n import translate
from hms_desktop.printing.invoice import PLAIN, fit_line
from hms_desktop.printing.layout import (
    RECEIPT_WIDTH,
    copy_title,
    draw_copy_tag,
    draw_text,
    fonts,
    new_canvas,
    text_width,
    wrap_text,
)

_MARGIN = 4 * mm
_ROW = 4.6 * mm
_SIZE = 8.5


@dataclass(frozen=True, slots=True)
class ZLine:
    label: str  # "Cash", "Card", … with the count: "Card (3)"
    amount: Decimal


@dataclass(frozen=True, slots=True)
class ZReportData:
    hospital_name: str
    report_number: str  # "Z-<shift id>"
    clerk_name: str
    clerk_username: str
    opened_at: str  # already on the hospital's wall clock, formatted
    closed_at: str
    opening_float: Decimal
    payments: tuple[ZLine, ...]
    refunds: tuple[ZLine, ...]
    deposits: tuple[ZLine, ...]
    cash_in: Decimal
    cash_refunds: Decimal
    expected_cash: Decimal
    counted_cash: Decimal
    difference: Decimal
    note: str | None
    printed_at: str
    currency: CurrencyFormat = PLAIN


def z_report_rows(data: ZReportData) -> list[tuple[str, str, bool]]:
    """(label, value, bold) rows, top to bottom, after the title; a row with an empty value is a heading."""
    money = data.currency.format
    rows: list[tuple[str, str, bool]] = [
        (translate("printing", "Report"), data.report_number, True),
        (translate("printing", "Clerk"), data.clerk_name, False),
        (translate("printing", "User name"), data.clerk_username, False),
        (translate("printing", "Opened"), data.opened_at, False),
        (translate("printing", "Closed"), data.closed_at, False),
        (translate("printing", "Opening float"), money(data.opening_float), False)]
    for heading, lines in ((translate("printing", "Payments"), data.payments),
                           (translate("printing", "Refunds"), data.refunds),
                           (translate("printing", "Deposits"), data.deposits)):
        rows.append((heading, "", True))
        rows += ([(f"  {line.label}", money(line.amount), False) for line in lines]
                 or [("  " + translate("printing", "None"), "", False)])
    rows += [(translate("printing", "Cash"), "", True),
             ("  " + translate("printing", "Opening float"), money(data.opening_float), False),
             ("  " + translate("printing", "Cash taken"), money(data.cash_in), False),
             ("  " + translate("printing", "Cash paid back"), money(-data.cash_refunds), False),
             (translate("printing", "Expected in drawer"), money(data.expected_cash), True),
             (translate("printing", "Counted"), money(data.counted_cash), True),
             (translate("printing", "Difference"), data.currency.format(data.difference, signed=True), True)]
    return rows


def build_z_report(data: ZReportData, *, copy: bool = False, created: datetime | None = None) -> bytes:
    rows = z_report_rows(data)
    width = RECEIPT_WIDTH - 2 * _MARGIN
    note = wrap_text(translate("printing", "Note: {note}").format(
                         note=data.note), width=width, size=_SIZE) if data.note else None
    note_height = (note.block_height + 3 * mm) if note else 0
    height = (2 * _MARGIN + 12 * mm + len(rows) * _ROW + (14 * mm if copy else 0) + note_height + 30 * mm)
    buffer = io.BytesIO()
    title = copy_title(translate("printing", "Z-report {report_number}").format(
                report_number=data.report_number), copy)
    canvas = new_canvas(buffer, page_size=(RECEIPT_WIDTH, height), title=title, created=created or datetime.now(UTC))
    canvas.setSubject("Z-report")
    regular, bold = fonts().regular, fonts().bold
    middle, right = RECEIPT_WIDTH / 2, RECEIPT_WIDTH - _MARGIN
    y = height - _MARGIN - 4 * mm
    draw_text(canvas, middle, y, fit_line(data.hospital_name, bold, 10.5, width), font=bold, size=10.5,
              align="centre")
    y -= 6 * mm
    draw_text(canvas, middle, y, translate("printing", "Z-REPORT (SHIFT CLOSE)"), font=bold, size=9.5, align="centre")
    y -= 2 * mm
    if copy:
        draw_copy_tag(canvas, middle - 14 * mm, y - 11 * mm, 28 * mm, 10 * mm)
        y -= 14 * mm
    y -= _ROW
    for label, value, strong in rows:
        font = bold if strong else regular
        amount = fit_line(value, font, _SIZE, 36 * mm) if value else ""
        # The label takes the room the amount leaves: a language with longer words ("Virement bancaire (1)")
        # is not cut where the English would have fitted.
        room = right - _MARGIN - (text_width(amount, font, _SIZE) + 3 * mm if amount else 0)
        draw_text(canvas, _MARGIN, y, fit_line(label, font, _SIZE, room), font=font, size=_SIZE)
        if amount:
            draw_text(canvas, right, y, amount, font=font, size=_SIZE, align="right")
        y -= _ROW
    if note is not None:
        for line in note.lines:
            draw_text(canvas, _MARGIN, y, line, font=note.font, size=_SIZE)
            y -= note.leading
        y -= 3 * mm - note.leading + _ROW
    y -= 8 * mm
    for label in (translate("printing", "Clerk"), translate("printing", "Supervisor")):
        canvas.line(_MARGIN + 22 * mm, y, right, y)
        draw_text(canvas, _MARGIN, y + 1, label, font=regular, size=_SIZE)
        y -= 9 * mm
    draw_text(canvas, middle, _MARGIN + 1 * mm, translate("printing", "Printed {printed_at}").format(
                                                    printed_at=data.printed_at), font=regular, size=7.5,
              align="centre")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
