"""The patient wristband: one adult band, 25 mm x 280 mm, drawn landscape on a page of that size.

From left to right: a blank lead (the end that goes through the clasp), a QR code of the MRN, the name in
large type with sex, date of birth and age under it and the MRN in text, a Code 128 of the MRN, the
allergy box, and on a reprint a COPY tag; the rest of the band is left for the closure and the overlap.
Every element keeps at least 2 mm from the band's edges, which thermal band printers cannot reach.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hms_desktop.domain.names import display_name
from hms_desktop.domain.patients import SEX_LABELS
from hms_desktop.i18n import translate
from hms_desktop.printing.layout import (
    ALERT_RED,
    copy_title,
    draw_code128,
    draw_copy_tag,
    draw_fitted,
    draw_qr,
    draw_text,
    fit_text,
    fonts,
    format_age,
    format_birth_date,
    new_canvas,
)

BAND_WIDTH = 280 * mm
BAND_HEIGHT = 25 * mm
BAND_SIZE = (BAND_WIDTH, BAND_HEIGHT)

_EDGE = 2 * mm           # printers cannot reach the very edge of a band
_LEAD = 14 * mm          # blank: the end that passes through the clasp
_QR_SIZE = BAND_HEIGHT - 2 * _EDGE
_TEXT_X = _LEAD + _QR_SIZE + 3 * mm
_TEXT_WIDTH = 116 * mm
_BARCODE_X = _TEXT_X + _TEXT_WIDTH + 3 * mm
_BARCODE_MAX_WIDTH = 36 * mm
_ALLERGY_X = _BARCODE_X + _BARCODE_MAX_WIDTH + 3 * mm
_ALLERGY_WIDTH = 44 * mm
_COPY_X = _ALLERGY_X + _ALLERGY_WIDTH + 4 * mm
_COPY_WIDTH = 22 * mm


@dataclass(frozen=True, slots=True)
class WristbandData:
    """What a wristband or a label sheet shows. Built by services.printing from the patient row."""

    mrn: str
    family_name: str
    given_name: str
    sex: str                      # F / M / X / U (domain SEX_LABELS)
    birth_date: date | None
    birth_date_estimated: bool
    allergies_flag: bool | None   # True: has allergies; False: none known; None: not recorded (yet)
    allergies_severe: bool = False  # one of the allergies is severe: the box says SEVERE

    @property
    def display_name(self) -> str:
        """``O'BRIEN-SMITH, Zoë``: the family name in capitals, as clinical staff check it."""
        return display_name(self.family_name, self.given_name)


def build_wristband(data: WristbandData, *, copy: bool = False, today: date,
                    created: datetime | None = None) -> bytes:
    """The wristband PDF (one page, 280 x 25 mm). ``copy`` marks a reprint; ``today`` (the hospital's, never
    the workstation's) is for the age; ``created`` dates the PDF (default now)."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, page_size=BAND_SIZE, title=copy_title(translate("printing", "Wristband {mrn}").format(
                                                               mrn=data.mrn), copy),
                        created=created)
    regular, bold = fonts().regular, fonts().bold

    draw_qr(canvas, data.mrn, _LEAD, _EDGE, _QR_SIZE)

    # Name: shrinks from 16 pt before it wraps, to at most three lines at 6 pt; never past its box.
    name_top = BAND_HEIGHT - _EDGE
    name_box_height = 10.6 * mm
    name = fit_text(data.display_name, width=_TEXT_WIDTH, height=name_box_height, max_size=16, min_size=6,
                    max_lines=3, bold=True)
    draw_fitted(canvas, name, _TEXT_X, name_top)

    sex = translate("domain", SEX_LABELS.get(data.sex, data.sex))
    age = format_age(data.birth_date, today, estimated=data.birth_date_estimated)
    born = format_birth_date(data.birth_date, data.birth_date_estimated)
    details = (translate("printing", "{sex} · DOB {born} · Age {age}").format(sex=sex, born=born, age=age) if age
               else translate("printing", "{sex} · DOB {born}").format(sex=sex, born=born))
    details_fit = fit_text(details, width=_TEXT_WIDTH, height=3.6 * mm, max_size=10, min_size=6)
    draw_fitted(canvas, details_fit, _TEXT_X, name_top - name_box_height - 1.2 * mm)

    canvas.setFillColor(colors.black)
    draw_text(canvas, _TEXT_X, _EDGE + 0.6 * mm, translate("printing", "MRN {mrn}").format(
                                                     mrn=data.mrn), font=bold, size=11)

    bar_bottom = _EDGE + 4.2 * mm
    width = draw_code128(canvas, data.mrn, _BARCODE_X, bar_bottom, bar_height=BAND_HEIGHT - _EDGE - bar_bottom,
                         bar_width=0.33 * mm, max_width=_BARCODE_MAX_WIDTH)
    draw_text(canvas, _BARCODE_X + width / 2, _EDGE + 0.6 * mm, data.mrn, font=regular, size=8, align="centre")

    _draw_allergy_box(canvas, data.allergies_flag, severe=data.allergies_severe)
    if copy:
        draw_copy_tag(canvas, _COPY_X, _EDGE + 2 * mm, _COPY_WIDTH, BAND_HEIGHT - 2 * _EDGE - 4 * mm)

    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def allergy_box_text(flag: bool | None, *, severe: bool = False) -> tuple[str, ...]:
    """The allergy box's words, biggest first (also what a test reads back from the PDF)."""
    if flag is True:
        check = translate("printing", "Check the chart before giving anything")
        return (translate("printing", "ALLERGIES"), translate("printing", "SEVERE"), check) if severe else \
            (translate("printing", "ALLERGIES"), check)
    return ((translate("printing", "No known allergies"),) if flag is False
            else (translate("printing", "Allergies not recorded"),))


def _draw_allergy_box(canvas: Canvas, flag: bool | None, *, severe: bool = False) -> None:
    x, y, width, height = _ALLERGY_X, _EDGE, _ALLERGY_WIDTH, BAND_HEIGHT - 2 * _EDGE
    inner = width - 4 * mm
    words = allergy_box_text(flag, severe=severe)
    canvas.saveState()
    if flag is True:
        # White on red, ALLERGIES in the largest type the box takes: seen across a ward.
        canvas.setFillColor(ALERT_RED)
        canvas.setStrokeColor(ALERT_RED)
        canvas.roundRect(x, y, width, height, 1.5 * mm, stroke=1, fill=1)
        canvas.setFillColor(colors.white)
        title = fit_text(words[0], width=inner, height=7 * mm, max_size=20, min_size=8, bold=True)
        draw_fitted(canvas, title, x + 2 * mm, y + height - 2 * mm, align="centre", width=inner)
        if severe:
            # A white band across the box with SEVERE in red: it reads even on a faded thermal print.
            band_top, band_height = y + height - 9.5 * mm, 5 * mm
            canvas.rect(x + 2 * mm, band_top - band_height, inner, band_height, stroke=0, fill=1)
            canvas.setFillColor(ALERT_RED)
            label = fit_text(words[1], width=inner - 2 * mm, height=4 * mm, max_size=13, min_size=7, bold=True)
            draw_fitted(canvas, label, x + 2 * mm, band_top - 0.6 * mm, align="centre", width=inner)
            canvas.setFillColor(colors.white)
        note = fit_text(words[-1], width=inner, height=4 * mm if severe else 5 * mm, max_size=7, min_size=5,
                        max_lines=2)
        draw_fitted(canvas, note, x + 2 * mm, y + (4.5 if severe else 6) * mm, align="centre", width=inner)
    else:
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1.2 if flag is False else 0.8)
        if flag is None:
            canvas.setDash(3, 2)  # a dashed box: nothing was checked, unlike a confirmed "no known"
        canvas.roundRect(x, y, width, height, 1.5 * mm, stroke=1, fill=0)
        canvas.setFillColor(colors.black)
        label = fit_text(words[0], width=inner, height=height - 4 * mm, max_size=10, min_size=6,
                         max_lines=2, bold=flag is False)
        block = label.size + (len(label.lines) - 1) * label.leading
        draw_fitted(canvas, label, x + 2 * mm, y + (height + block) / 2, align="centre", width=inner)
    canvas.restoreState()
