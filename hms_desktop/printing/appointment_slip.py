"""The appointment slip handed to a patient: A6 portrait (105 x 148 mm), read at arm's length.

Top to bottom: the hospital's name, "Appointment" with the date in large type and the time beside it, the
doctor (and specialty), the room, the kind of visit, then the patient's name and MRN with a Code 128 of the
MRN that reception scans at check-in, and a line asking the patient to arrive early. On a reprint a COPY
tag sits in the top-right corner. Every element keeps 7 mm from the page's edges (office printers cannot
print the very edge). No Qt: the UI previews the bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hms_desktop.formats import format_time
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.printing.layout import (
    code128_width,
    copy_title,
    draw_code128,
    draw_copy_tag,
    draw_fitted,
    draw_text,
    fit_text,
    fonts,
    format_date,
    new_canvas,
)

SLIP_SIZE: tuple[float, float] = A6
_WIDTH, _HEIGHT = SLIP_SIZE
_MARGIN = 7 * mm
_INNER = _WIDTH - 2 * _MARGIN
_COPY_SIZE = (18 * mm, 7 * mm)
_BAR_HEIGHT = 12 * mm
_BAR_WIDTH = 0.33 * mm
_WEEKDAYS = (QT_TRANSLATE_NOOP("printing", "Monday"), QT_TRANSLATE_NOOP("printing", "Tuesday"),
             QT_TRANSLATE_NOOP("printing", "Wednesday"), QT_TRANSLATE_NOOP("printing", "Thursday"),
             QT_TRANSLATE_NOOP("printing", "Friday"), QT_TRANSLATE_NOOP("printing", "Saturday"),
             QT_TRANSLATE_NOOP("printing", "Sunday"))
INK = colors.HexColor("#14213d")
MUTED = colors.HexColor("#4a5568")
RULE = colors.HexColor("#b8c1cc")


@dataclass(frozen=True, slots=True)
class AppointmentSlipData:
    """What a slip shows. ``starts_at`` / ``ends_at`` are already in the hospital's local time."""

    hospital_name: str
    patient_name: str         # "O'BRIEN-SMITH, Zoë" (family name in capitals)
    mrn: str
    doctor_name: str
    specialty: str            # may be empty
    room: str                 # may be empty ("to be told at the desk")
    starts_at: datetime
    ends_at: datetime
    kind_label: str           # "New patient", "Follow-up", "Procedure"
    arrive_minutes: int = 15


def format_slip_date(moment: datetime) -> str:
    """``Monday 30 Nov 2026``: the weekday and the month in words, never 30/11 or 11/30."""
    return translate("printing", "{weekday} {date}").format(weekday=translate("printing", _WEEKDAYS[moment.weekday()]),
                                                             date=format_date(moment.date()))


def format_slip_time(starts_at: datetime, ends_at: datetime) -> str:
    return translate("printing", "{start} – {end}", "a time range").format(start=format_time(starts_at),
                                                                           end=format_time(ends_at))


def build_appointment_slip(data: AppointmentSlipData, *, copy: bool = False,
                           created: datetime | None = None) -> bytes:
    """The slip PDF (one A6 page); ``copy`` marks a reprint; ``created`` dates the PDF (default now)."""
    buffer = io.BytesIO()
    title = copy_title(translate("printing", "Appointment slip {mrn} {starts_at:%Y-%m-%d %H:%M}").format(
                mrn=data.mrn, starts_at=data.starts_at), copy)
    canvas = new_canvas(buffer, page_size=SLIP_SIZE, title=title, created=created)
    regular, bold = fonts().regular, fonts().bold
    top = _HEIGHT - _MARGIN
    head_width = _INNER - (_COPY_SIZE[0] + 2 * mm if copy else 0)
    if copy:
        draw_copy_tag(canvas, _WIDTH - _MARGIN - _COPY_SIZE[0], top - _COPY_SIZE[1], *_COPY_SIZE)

    canvas.setFillColor(MUTED)
    hospital = fit_text(data.hospital_name, width=head_width, height=4.5 * mm, max_size=11, min_size=6)
    draw_fitted(canvas, hospital, _MARGIN, top)
    canvas.setFillColor(INK)
    y = top - 10 * mm
    draw_text(canvas, _MARGIN, y, translate("printing", "APPOINTMENT"), font=bold, size=9)
    y -= 9 * mm
    when = fit_text(format_slip_date(data.starts_at), width=_INNER, height=7 * mm, max_size=17, min_size=9,
                    bold=True)
    draw_fitted(canvas, when, _MARGIN, y + when.size * 0.76)
    y -= 9 * mm
    draw_text(canvas, _MARGIN, y, format_slip_time(data.starts_at, data.ends_at), font=bold, size=20)
    y -= 4 * mm
    _rule(canvas, y)

    y -= 7 * mm
    for label, value in ((translate("printing", "Doctor"), data.doctor_name),
                         (translate("printing", "Specialty"), data.specialty),
                         (translate("printing", "Room"), data.room or translate("printing", "Ask at the front desk")),
                         (translate("printing", "Visit"), data.kind_label)):
        if not value:
            continue
        canvas.setFillColor(MUTED)
        draw_text(canvas, _MARGIN, y, label, font=regular, size=8)
        canvas.setFillColor(INK)
        fitted = fit_text(value, width=_INNER - 22 * mm, height=4.6 * mm, max_size=11, min_size=6,
                          bold=label in ("Doctor", "Room"))
        draw_fitted(canvas, fitted, _MARGIN + 22 * mm, y + fitted.size * 0.76)
        y -= 7 * mm
    y += 2 * mm
    _rule(canvas, y)

    y -= 7 * mm
    canvas.setFillColor(MUTED)
    draw_text(canvas, _MARGIN, y, translate("printing", "Patient"), font=regular, size=8)
    canvas.setFillColor(INK)
    name = fit_text(data.patient_name, width=_INNER - 22 * mm, height=9.5 * mm, max_size=12, min_size=6,
                    max_lines=2, bold=True)
    draw_fitted(canvas, name, _MARGIN + 22 * mm, y + name.size * 0.76)
    y -= name.block_height + 3.5 * mm
    draw_text(canvas, _MARGIN + 22 * mm, y, translate("printing", "MRN {mrn}").format(mrn=data.mrn), font=bold, size=11)

    # The barcode sits on the bottom band, centred, with its human-readable MRN under it.
    foot = _MARGIN + 6 * mm
    bar_width = code128_width(data.mrn, bar_width=_BAR_WIDTH)
    bar_x = max(_MARGIN - 3 * mm, (_WIDTH - bar_width) / 2)
    draw_code128(canvas, data.mrn, bar_x, foot + 4 * mm, bar_height=_BAR_HEIGHT, bar_width=_BAR_WIDTH,
                 max_width=_WIDTH - 2 * _MARGIN + 6 * mm)
    canvas.setFillColor(INK)
    draw_text(canvas, _WIDTH / 2, foot + 0.5 * mm, data.mrn, font=regular, size=8, align="centre")
    canvas.setFillColor(MUTED)
    note = fit_text(translate("printing", "Please arrive {arrive_minutes} minutes early and bring this slip.").format(
                        arrive_minutes=data.arrive_minutes), width=_INNER,
                    height=3.5 * mm, max_size=8, min_size=5.5)
    draw_fitted(canvas, note, _MARGIN, _MARGIN + 2.6 * mm, align="centre", width=_INNER)

    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _rule(canvas: Canvas, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(_MARGIN, y, _WIDTH - _MARGIN, y)
    canvas.restoreState()
