"""The invoice on A4 (issue 9, item 7): hospital header and tax number, patient and MRN, the invoice number
with its Code 128 and date, the lines (a discounted line's reason under it, small), tax per rate, totals,
credit notes, payments and the balance. An invoice with an insurance claim names the insurer, plan and member
number and shows the insurer's and the patient's shares; its balance is then the patient's (the insurer's share
still expected taken off, as everywhere else: ``domain.claims.patient_settlement``).

A long invoice runs over several pages: every page repeats the header (with "page i of n" and the barcode), a
page that is not the last says where the invoice continues, and the totals, payments and balance come once,
on the last page. A reprint says COPY on every page. reportlab only (no Qt): the service builds it off the GUI
thread and the print preview shows the bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hms_desktop.domain.billing import payment_status_words
from hms_desktop.domain.settings import CurrencyFormat
from hms_desktop.formats import format_decimal
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.printing.layout import (
    copy_title,
    draw_code128,
    draw_copy_tag,
    draw_logo,
    draw_text,
    fonts,
    format_date,
    new_canvas,
)
from hms_desktop.printing.layout import text_width as text_width_of  # "text_width" names a local below

INK = colors.HexColor("#14213d")
MUTED = colors.HexColor("#4a5568")
RULE = colors.HexColor("#b8c1cc")

_MARGIN = 15 * mm
_ROW = 5.2 * mm
_HEADER = 72 * mm   # from the top of the page to the first line of the table
_CONTINUED = 10 * mm
_BAR_HEIGHT = 11 * mm
# Table columns: (title, right edge from the left margin, alignment)
# Headings marked here and translated as they are drawn ("Description" also names the column that wraps).
_COLUMNS = ((QT_TRANSLATE_NOOP("printing", "Date"), 22 * mm, "left"),
            (QT_TRANSLATE_NOOP("printing", "Description"), 96 * mm, "left"),
            (QT_TRANSLATE_NOOP("printing", "Qty"), 110 * mm, "right"),
            (QT_TRANSLATE_NOOP("printing", "Unit price"), 131 * mm, "right"),
            (QT_TRANSLATE_NOOP("printing", "Discount"), 148 * mm, "right"),
            (QT_TRANSLATE_NOOP("printing", "Tax %"), 161 * mm, "right"),
            (QT_TRANSLATE_NOOP("printing", "Amount"), 180 * mm, "right"))
_DESCRIPTION_LEFT = 24 * mm
# The logo sits left of the hospital's name and address; they move right by its width.
LOGO_MAX = (30 * mm, 18 * mm)
_HEADER_TEXT = 105 * mm  # the name and address lines' width without a logo
_BARCODE_LEFT = 120 * mm  # from the left margin: the header text stays left of the invoice's barcode
PLAIN = CurrencyFormat()


def amount(value: Decimal, currency: CurrencyFormat = PLAIN) -> str:
    """Money as printed: two decimals, thousands separated, a minus for what the hospital owes, and the
    hospital's currency symbol (``domain.settings.CurrencyFormat``; none by default)."""
    return currency.format(value)


@dataclass(frozen=True, slots=True)
class InvoicePrintLine:
    service_date: date
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    line_total: Decimal
    discount_reason: str = ""  # printed under the line, small, when the line is discounted

    @property
    def rows(self) -> int:
        """Table rows the line takes: one, and one more for its discount reason."""
        return 2 if self.discount_reason else 1


@dataclass(frozen=True, slots=True)
class InvoicePrintPayment:
    taken_on: date
    label: str  # "Cash", "Card TRM-42", "Refund (transfer)"
    amount: Decimal  # negative for a refund


@dataclass(frozen=True, slots=True)
class InvoicePrintData:
    hospital_name: str
    hospital_lines: tuple[str, ...]
    tax_number: str  # "" when the settings have none
    number: str
    issued_on: date
    patient_name: str
    mrn: str
    lines: tuple[InvoicePrintLine, ...]
    bands: tuple[tuple[Decimal, Decimal, Decimal], ...]  # (rate, base, tax)
    subtotal: Decimal
    discount: Decimal
    tax: Decimal
    total: Decimal
    credited: Decimal  # credit notes' totals
    payments: tuple[InvoicePrintPayment, ...]
    paid: Decimal
    balance: Decimal  # the patient's when insured
    status: str
    # Insurance claim made at issue: "" / 0.00 without one. ``insurer`` is "<payer> – <plan>, member <number>".
    insurer: str = ""
    insurer_share: Decimal = Decimal(0)
    patient_share: Decimal = Decimal(0)
    # Printing settings (issue 10, item 6): the hospital's currency and logo (None: no logo).
    currency: CurrencyFormat = PLAIN
    logo: bytes | None = None


def build_invoice(data: InvoicePrintData, *, copy: bool = False, created: datetime | None = None) -> bytes:
    """The invoice PDF; ``copy`` marks a reprint on every page; ``created`` is the PDF's date (default now)."""
    if not data.lines:
        raise ValueError("an invoice has at least one line")
    width, height = A4
    body_top = height - _HEADER - _ROW  # below the column titles
    summary = _summary_rows(data)
    regular = int((body_top - _MARGIN - _CONTINUED) // _ROW)
    last = max(1, int((body_top - _MARGIN - len(summary) * _ROW - 4 * mm) // _ROW))
    pages = _paginate([line.rows for line in data.lines], regular=regular, last=last)

    buffer = io.BytesIO()
    title = copy_title(translate("printing", "Invoice {number} MRN {mrn}").format(number=data.number, mrn=data.mrn),
                       copy)
    canvas = new_canvas(buffer, page_size=A4, title=title, created=created or datetime.now(UTC))
    canvas.setSubject("Invoice")
    start = 0
    for index, count in enumerate(pages, start=1):
        _header(canvas, data, width, height, page=index, pages=len(pages), copy=copy)
        y = body_top
        for line in data.lines[start:start + count]:
            _line(canvas, line, y, data.currency)
            y -= _ROW * line.rows
        start += count
        if index < len(pages):
            draw_text(canvas, width - _MARGIN, _MARGIN, translate("printing", "Continued on page {value} of "
                                                                              "{pages_count}").format(
                                                            value=index + 1, pages_count=len(pages)),
                      font=fonts().regular, size=8.5, align="right")
        else:
            _summary(canvas, summary, y - 2 * mm, width)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _paginate(heights: list[int], *, regular: int, last: int) -> list[int]:
    """Lines per page, from each line's height in rows (a discount reason takes a second row): full pages while
    what is left does not fit above the totals of the last page."""
    pages: list[int] = []
    start, count = 0, len(heights)
    while sum(heights[start:]) > last:
        take = used = 0
        while start + take < count and used + heights[start + take] <= regular:
            used += heights[start + take]
            take += 1
        if start + take == count and take > 1:
            take -= 1  # all fit on a regular page but not with the totals: leave one for the last page
        take = max(take, 1)
        pages.append(take)
        start += take
    pages.append(count - start)
    return pages


def _header(canvas: Canvas, data: InvoicePrintData, width: float, height: float, *, page: int, pages: int,
            copy: bool) -> None:
    regular, bold = fonts().regular, fonts().bold
    canvas.setFillColor(INK)
    top = height - _MARGIN
    logo_width, _ = draw_logo(canvas, data.logo, _MARGIN, top, max_width=LOGO_MAX[0], max_height=LOGO_MAX[1])
    left = _MARGIN + (logo_width + 4 * mm if logo_width else 0)
    text_width = min(_HEADER_TEXT, _MARGIN + _BARCODE_LEFT - left)
    draw_text(canvas, left, top - 5 * mm, fit_line(data.hospital_name, bold, 14, text_width), font=bold, size=14)
    y = top - 10 * mm
    canvas.setFillColor(MUTED)
    for text in (*data.hospital_lines, *( (translate("printing", "Tax number {tax_number}").format(
                                               tax_number=data.tax_number),) if data.tax_number else ())):
        # A long line (an e-mail address) is set smaller before it is cut short.
        size = 8.5
        while size > 6.5 and text_width_of(text, regular, size) > text_width:
            size -= 0.5
        draw_text(canvas, left, y, fit_line(text, regular, size, text_width), font=regular, size=size)
        y -= 4 * mm
    canvas.setFillColor(INK)
    right = width - _MARGIN
    draw_text(canvas, right, top - 5 * mm, translate("printing", "INVOICE"), font=bold, size=16, align="right")
    draw_text(canvas, right, top - 11 * mm, data.number, font=bold, size=11, align="right")
    draw_text(canvas, right, top - 16 * mm, translate("printing", "Date {format_date}").format(
                                                format_date=format_date(data.issued_on)), font=regular, size=9,
              align="right")
    draw_text(canvas, right, top - 20.5 * mm, translate("printing", "Page {page} of {pages}").format(
                                                  page=page, pages=pages), font=regular, size=9, align="right")
    draw_code128(canvas, data.number, right - 60 * mm, top - 34 * mm, bar_height=_BAR_HEIGHT, max_width=60 * mm)
    if copy:
        # Under the barcode, beside the patient: the left of the header is the hospital's address and contact
        # lines (up to seven), which the tag would otherwise cover.
        draw_copy_tag(canvas, right - 26 * mm, top - 48 * mm, 26 * mm, 11 * mm)
    # The patient.
    y = top - 40 * mm
    draw_text(canvas, _MARGIN, y, translate("printing", "Bill to"), font=regular, size=8.5)
    draw_text(canvas, _MARGIN, y - 5 * mm, fit_line(data.patient_name, bold, 11, 120 * mm), font=bold, size=11)
    draw_text(canvas, _MARGIN, y - 10 * mm, translate("printing", "MRN {mrn}").format(
                                                mrn=data.mrn), font=regular, size=9.5)
    # The column titles.
    y = height - _HEADER
    canvas.setStrokeColor(RULE)
    canvas.line(_MARGIN, y - 1.5 * mm, right, y - 1.5 * mm)
    for title, edge, align in _COLUMNS:
        x = _MARGIN + (_DESCRIPTION_LEFT if title == "Description" else 0) if align == "left" else _MARGIN + edge
        draw_text(canvas, x, y, translate("printing", title), font=bold, size=8.5, align=align)


def _line(canvas: Canvas, line: InvoicePrintLine, y: float, currency: CurrencyFormat) -> None:
    regular = fonts().regular
    canvas.setFillColor(INK)
    cells = (format_date(line.service_date), line.description, format_decimal(line.quantity),
             amount(line.unit_price, currency), amount(line.discount, currency) if line.discount else "",
             format_decimal(line.tax_rate), amount(line.line_total, currency))
    for (title, edge, align), cell in zip(_COLUMNS, cells, strict=True):
        if title == "Description":
            shown = fit_line(cell, regular, 8.5, edge - _DESCRIPTION_LEFT - 3 * mm)
            draw_text(canvas, _MARGIN + _DESCRIPTION_LEFT, y, shown, font=regular, size=8.5)
        else:
            draw_text(canvas, _MARGIN + (0 if align == "left" else edge), y, cell, font=regular, size=8.5,
                      align=align)
    if line.discount_reason:
        canvas.setFillColor(MUTED)
        width = _COLUMNS[-2][1] - _DESCRIPTION_LEFT - 3 * mm  # under the description, up to the tax column
        draw_text(canvas, _MARGIN + _DESCRIPTION_LEFT, y - _ROW + 1 * mm,
                  fit_line(translate("printing", "Discount: {line_discount_reason}").format(
                               line_discount_reason=line.discount_reason), regular, 7, width), font=regular, size=7)
        canvas.setFillColor(INK)


def _summary_rows(data: InvoicePrintData) -> list[tuple[str, str, bool]]:
    """(label, amount, bold) rows of the last page's foot: totals, tax per rate, credit notes, payments."""
    def money(value: Decimal) -> str:
        return amount(value, data.currency)

    rows: list[tuple[str, str, bool]] = [(translate("printing", "Subtotal"), money(data.subtotal), False)]
    if data.discount:
        rows.append((translate("printing", "Discount"), money(-data.discount), False))
    rows += [(translate("printing", "Tax {rate} % on {money}").format(rate=format_decimal(rate), money=money(base)),
              money(tax), False) for rate, base, tax in data.bands]
    rows.append((translate("printing", "Total"), money(data.total), True))
    if data.insurer:
        # The split made at issue; the label row has no amount and takes the whole width of the foot.
        rows += [(translate("printing", "Insurer: {insurer}").format(insurer=data.insurer), "", False),
                 (translate("printing", "Insurer's share"), money(data.insurer_share), False),
                 (translate("printing", "Patient's share"), money(data.patient_share), False)]
    if data.credited:
        rows.append((translate("printing", "Credit notes"), money(-data.credited), False))
    rows += [(f"{format_date(p.taken_on)} {p.label}", money(-p.amount), False) for p in data.payments]
    label = translate("printing", "Patient's balance") if data.insurer else translate("printing", "Balance")
    status = payment_status_words(data.status)
    rows.append((translate("printing", "{label} ({status})").format(label=label, status=status), money(data.balance),
                 True))
    return rows


def _summary(canvas: Canvas, rows: list[tuple[str, str, bool]], y: float, width: float) -> None:
    regular, bold = fonts().regular, fonts().bold
    right = width - _MARGIN
    canvas.setStrokeColor(RULE)
    canvas.line(right - 85 * mm, y + _ROW - 1 * mm, right, y + _ROW - 1 * mm)
    canvas.setFillColor(INK)
    for label, value, strong in rows:
        font = bold if strong else regular
        if value:
            draw_text(canvas, right - 85 * mm, y, fit_line(label, font, 9, 60 * mm), font=font, size=9)
            draw_text(canvas, right, y, value, font=font, size=9, align="right")
        else:
            # A row of words only (the insurer, plan and member number): right-aligned, and free to run left of
            # the foot's column, so a long payer or plan name is printed whole.
            draw_text(canvas, right, y, fit_line(label, font, 9, width - 2 * _MARGIN), font=font, size=9,
                      align="right")
        y -= _ROW


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (a long description must not run into the next column)."""
    if text_width_of(text, font, size) <= width:
        return text
    while text and text_width_of(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
