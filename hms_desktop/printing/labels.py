"""Patient labels for specimen tubes, forms and folders: A4 sheets of 3 x 7 labels, 70 x 42.3 mm each.

That is the common 21-up stock: the labels touch the page's left and right edges and leave 0.45 mm at
top and bottom, so every label keeps its content 5 mm from its sides and 4 mm from its top and bottom,
clear of the margin an office printer cannot print.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hms_desktop.domain.patients import SEX_LABELS
from hms_desktop.i18n import translate
from hms_desktop.printing.layout import (
    PAGE_A4,
    FittedText,
    code128_width,
    copy_title,
    draw_code128,
    draw_copy_tag,
    draw_fitted,
    draw_text,
    fit_text,
    fonts,
    format_age,
    format_birth_date,
    new_canvas,
)
from hms_desktop.printing.wristband import WristbandData

COLUMNS = 3
ROWS = 7
LABELS_PER_SHEET = COLUMNS * ROWS
LABEL_WIDTH = 70 * mm
LABEL_HEIGHT = 42.3 * mm
_PAGE_WIDTH, _PAGE_HEIGHT = PAGE_A4
_TOP_MARGIN = (_PAGE_HEIGHT - ROWS * LABEL_HEIGHT) / 2
_LEFT_MARGIN = (_PAGE_WIDTH - COLUMNS * LABEL_WIDTH) / 2
_INSET_X = 5 * mm
_INSET_Y = 4 * mm
_INNER_WIDTH = LABEL_WIDTH - 2 * _INSET_X
_NAME_HEIGHT = 9 * mm
_DETAILS_HEIGHT = 3.2 * mm
_BAR_HEIGHT = 11 * mm
_BAR_WIDTH = 0.3 * mm
_COPY_SIZE = (13 * mm, 5 * mm)


def build_label_sheet(data: WristbandData, *, count: int = LABELS_PER_SHEET, copy: bool = False,
                      today: date, created: datetime | None = None) -> bytes:
    """``count`` identical labels, filled row by row from the top left, on as many sheets as needed.
    ``today``: the hospital's (for the age), never the workstation's; ``created`` dates the PDF (default now)."""
    if count < 1:
        raise ValueError("count must be at least 1")
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, page_size=PAGE_A4, title=copy_title(translate("printing", "Labels {mrn}").format(
                                                             mrn=data.mrn), copy),
                        created=created)
    lines = _LabelText.of(data, today)
    for index in range(count):
        position = index % LABELS_PER_SHEET
        if index and position == 0:
            canvas.showPage()
        row, column = divmod(position, COLUMNS)
        x = _LEFT_MARGIN + column * LABEL_WIDTH
        top = _PAGE_HEIGHT - _TOP_MARGIN - row * LABEL_HEIGHT
        _draw_label(canvas, lines, x, top, copy=copy)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class _LabelText:
    """Fitted once per sheet: every label is the same."""

    mrn: str
    name_plain: FittedText
    name_copy: FittedText  # on a reprint the COPY tag takes the top-right corner: the name makes room
    details: FittedText

    @classmethod
    def of(cls, data: WristbandData, today: date) -> _LabelText:
        def name(width: float) -> FittedText:
            return fit_text(data.display_name, width=width, height=_NAME_HEIGHT, max_size=11, min_size=5.5,
                            max_lines=3, bold=True)

        sex = translate("domain", SEX_LABELS.get(data.sex, data.sex))
        details = f"{sex} · DOB {format_birth_date(data.birth_date, data.birth_date_estimated)}"
        age = format_age(data.birth_date, today, estimated=data.birth_date_estimated)
        if age:
            details += f" · {age}"
        return cls(mrn=data.mrn, name_plain=name(_INNER_WIDTH),
                   name_copy=name(_INNER_WIDTH - _COPY_SIZE[0] - 1.5 * mm),
                   details=fit_text(details, width=_INNER_WIDTH, height=_DETAILS_HEIGHT, max_size=8.5,
                                    min_size=5.5))


def _draw_label(canvas: Canvas, text: _LabelText, x: float, top: float, *, copy: bool) -> None:
    left = x + _INSET_X
    content_top = top - _INSET_Y
    if copy:
        width, height = _COPY_SIZE
        draw_copy_tag(canvas, left + _INNER_WIDTH - width, content_top - height, width, height)
    name = text.name_copy if copy else text.name_plain
    draw_fitted(canvas, name, left, content_top)
    details_top = content_top - name.block_height - 1.6 * mm
    draw_fitted(canvas, text.details, left, details_top)
    draw_text(canvas, left, details_top - _DETAILS_HEIGHT - 4.5 * mm, translate("printing", "MRN {text_mrn}").format(
                                                                          text_mrn=text.mrn), font=fonts().bold,
              size=10)
    # Centred; its quiet zones may reach into the inset, never past the label.
    bar_width = code128_width(text.mrn, bar_width=_BAR_WIDTH)
    draw_code128(canvas, text.mrn, x + max(1 * mm, (LABEL_WIDTH - bar_width) / 2), top - LABEL_HEIGHT + _INSET_Y,
                 bar_height=_BAR_HEIGHT, bar_width=_BAR_WIDTH, max_width=LABEL_WIDTH - 2 * mm)
