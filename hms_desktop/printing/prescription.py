"""The printed prescription (issue 8, item 6): A5 portrait by default, A4 on request.

Every page starts with the same header: the hospital (name, then its address and phone lines from the
settings), the prescribing doctor and registration number, the date, the prescription number and "Page i
of n", and the patient (name, sex and age, date of birth, MRN in text and as a Code 128 that reception and
the pharmacy scan). On a reprint a COPY tag sits in the header's top-right corner of every page.

Under the header, on the first page, the allergy line (never cut short: it wraps), then the numbered
lines. A line (drug, dose and how to take it, quantity, instructions) is never split across pages;
instructions wrap. Notes follow the last line. The last page ends with the count of items, the signature
line and the date; the other pages end with "Continued on page i + 1". The last line always shares its
page with the signature, so nothing can be written between the two.

Every element keeps ``margin`` from the page's edges (office printers cannot print the very edge). No Qt,
no database: the services gather the data, the print preview shows and prints the bytes and logs the print
(``services/printing.py``, ``ui/dialogs/print_preview.py``), as for wristbands.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hms_desktop.domain.names import display_name
from hms_desktop.domain.patients import SEX_LABELS
from hms_desktop.domain.wording import plural
from hms_desktop.i18n import translate
from hms_desktop.printing.layout import (
    ALERT_RED,
    PAGE_A4,
    PAGE_A5,
    FittedText,
    code128_width,
    copy_title,
    draw_code128,
    draw_copy_tag,
    draw_fitted,
    draw_logo,
    draw_text,
    fit_text,
    fonts,
    format_age,
    format_birth_date,
    format_date,
    logo_size,
    new_canvas,
    wrap_text,
)

PageSize = Literal["A5", "A4"]
PAGE_SIZES: dict[str, tuple[float, float]] = {"A5": PAGE_A5, "A4": PAGE_A4}
MARGINS: dict[str, float] = {"A5": 10 * mm, "A4": 15 * mm}

INK = colors.HexColor("#14213d")
MUTED = colors.HexColor("#4a5568")
RULE = colors.HexColor("#b8c1cc")

# Header
_COPY_SIZE = (24 * mm, 10 * mm)
_RIGHT_COLUMN = 48 * mm          # date / Rx number / page, and the barcode
_GAP = 3 * mm
LOGO_MAX = (26 * mm, 14 * mm)  # left of the hospital's name; the same on A5 and A4
_BAR_HEIGHT = 9 * mm
_BAR_WIDTH = 0.33 * mm
# Body
_NUMBER_COLUMN = 8 * mm
_DRUG_SIZE = 10.0
_SIG_SIZE = 9.0
_NOTE_SIZE = 8.5
_BLOCK_PAD = 2.2 * mm            # above and below each line's text
_CONTINUED_HEIGHT = 8 * mm       # the foot of a page that is not the last
_SIGNATURE_HEIGHT = 27 * mm      # the foot of the last page


@dataclass(frozen=True, slots=True)
class PrescriptionLineData:
    """One numbered line, already in words (the service formats numbers and looks up the route's name)."""

    number: int
    drug: str                  # name, strength and form: "Amoxicillin 500 mg capsule"
    dose: str                  # "500", "1–2"
    unit: str                  # "mg", "tablet(s)"
    route: str                 # "by mouth"
    frequency: str             # in words: "three times a day"
    duration: str              # "7 days"; empty when open-ended
    quantity: str              # "21 capsules"
    instructions: str = ""     # "Take after food. Finish the course."

    @property
    def directions(self) -> str:
        """``500 mg · by mouth · three times a day · for 7 days``: the parts that are given."""
        parts = [f"{self.dose} {self.unit}".strip(), self.route.strip(), self.frequency.strip()]
        if self.duration.strip():
            parts.append(translate("printing", "for {duration}").format(duration=self.duration.strip()))
        return " · ".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class PrescriptionData:
    """What a prescription shows. Built by the consultation service from the encounter and the settings."""

    hospital_name: str
    hospital_lines: tuple[str, ...]   # address and phone lines from the settings; may be empty
    doctor_name: str                  # as people see it: "Dr Amara Nwosu"
    registration_number: str          # the doctor's medical council registration
    family_name: str
    given_name: str
    sex: str                          # F / M / X / U (domain SEX_LABELS)
    birth_date: date | None
    birth_date_estimated: bool
    mrn: str
    prescription_number: str
    prescribed_on: date               # the hospital's date, never the workstation's
    lines: tuple[PrescriptionLineData, ...]
    # None: not recorded (nobody asked yet); (): no known allergies (a clinician recorded that);
    # otherwise one entry per allergy, as it should print: "penicillin (severe)".
    allergies: tuple[str, ...] | None
    notes: str = ""
    logo: bytes | None = None  # the hospital's logo (issue 10, item 6), left of its name; None: no logo

    @property
    def display_name(self) -> str:
        """``O'BRIEN-SMITH, Zoë``: the family name in capitals, as on the wristband."""
        return display_name(self.family_name, self.given_name)

    @property
    def allergies_line(self) -> str:
        if self.allergies is None:
            return translate("printing", "Allergies not recorded")
        if not self.allergies:
            return translate("printing", "No known allergies")
        return translate("printing", "Allergies: {allergies}").format(allergies=", ".join(self.allergies))


def build_prescription(data: PrescriptionData, *, copy: bool = False, page_size: PageSize = "A5",
                       today: date | None = None, created: datetime | None = None) -> bytes:
    """The prescription PDF. ``copy`` marks a reprint on every page. ``today`` (the hospital's; by default
    the prescription's date) is for the age. ``created`` is the PDF's creation date (with its zone); by
    default now."""
    if not data.lines:
        raise ValueError("a prescription needs at least one line")
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page_size must be one of {sorted(PAGE_SIZES)}")
    page = _Page.of(page_size)
    header = _Header.of(data, page, copy=copy, today=today or data.prescribed_on)
    blocks = _body_blocks(data, page, room=page.body_top(header) - page.margin - _SIGNATURE_HEIGHT)
    pages = _paginate(blocks, regular=page.body_top(header) - page.margin - _CONTINUED_HEIGHT,
                      last=page.body_top(header) - page.margin - _SIGNATURE_HEIGHT)

    buffer = io.BytesIO()
    title = copy_title(translate("printing", "Prescription {prescription_number} MRN {mrn}").format(
                prescription_number=data.prescription_number, mrn=data.mrn), copy)
    canvas = new_canvas(buffer, page_size=(page.width, page.height), title=title,
                        created=created or datetime.now(UTC))
    canvas.setSubject("Prescription")
    for index, page_blocks in enumerate(pages, start=1):
        header.draw(canvas, page_number=index, page_count=len(pages))
        y = page.body_top(header)
        for block in page_blocks:
            block.draw(canvas, y)
            y -= block.height
        if index < len(pages):
            _draw_continued(canvas, page, data, next_page=index + 1, page_count=len(pages))
        else:
            _draw_signature(canvas, page, data, y)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- geometry -------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Page:
    width: float
    height: float
    margin: float

    @classmethod
    def of(cls, page_size: str) -> _Page:
        width, height = PAGE_SIZES[page_size]
        return cls(width, height, MARGINS[page_size])

    @property
    def inner(self) -> float:
        return self.width - 2 * self.margin

    @property
    def top(self) -> float:
        return self.height - self.margin

    def body_top(self, header: _Header) -> float:
        return self.top - header.height


# --- the header -----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Header:
    """Fitted once, drawn on every page; only the page number changes."""

    page: _Page
    data: PrescriptionData
    copy: bool
    hospital: FittedText
    contact: FittedText | None
    doctor: FittedText
    registration: FittedText
    dated: FittedText
    number: FittedText
    patient: FittedText
    details: FittedText
    height: float
    logo: tuple[float, float] = (0.0, 0.0)  # the logo's printed width and height; (0, 0): none

    @classmethod
    def of(cls, data: PrescriptionData, page: _Page, *, copy: bool, today: date) -> _Header:
        # The COPY tag's corner is kept free on the original too: a copy is laid out exactly like it.
        logo = logo_size(data.logo, max_width=LOGO_MAX[0], max_height=LOGO_MAX[1])
        head_width = page.inner - _COPY_SIZE[0] - _GAP - (logo[0] + _GAP if logo[0] else 0)
        left = page.inner - _RIGHT_COLUMN - _GAP
        hospital = fit_text(data.hospital_name, width=head_width, height=10 * mm, max_size=13, min_size=7,
                            max_lines=2, bold=True)
        contact_text = " · ".join(line.strip() for line in data.hospital_lines if line.strip())
        contact = (fit_text(contact_text, width=head_width, height=9 * mm, max_size=7.5, min_size=6, max_lines=3)
                   if contact_text else None)
        doctor = fit_text(data.doctor_name, width=left, height=9 * mm, max_size=10.5, min_size=7, max_lines=2,
                          bold=True)
        registration = fit_text(translate("printing", "Reg. no. {registration_number}").format(
                                    registration_number=data.registration_number), width=left, height=3.6 * mm,
                                max_size=8.5, min_size=6)
        dated = fit_text(translate("printing", "Date {format_date}").format(
                             format_date=format_date(data.prescribed_on)), width=_RIGHT_COLUMN, height=3.8 * mm,
                         max_size=9, min_size=6, bold=True)
        number = fit_text(translate("printing", "Rx no. {prescription_number}").format(
                              prescription_number=data.prescription_number), width=_RIGHT_COLUMN, height=3.6 * mm,
                          max_size=8.5, min_size=6)
        # The name shrinks, then wraps to six lines: 200 characters still print whole.
        patient = fit_text(data.display_name, width=left, height=24 * mm, max_size=11.5, min_size=7,
                           max_lines=6, bold=True)
        sex = translate("domain", SEX_LABELS.get(data.sex, data.sex))
        age = format_age(data.birth_date, today, estimated=data.birth_date_estimated)
        born = format_birth_date(data.birth_date, data.birth_date_estimated)
        details_text = (translate("printing", "{sex} · Age {age} · DOB {born}").format(sex=sex, age=age, born=born)
                        if age else translate("printing", "{sex} · DOB {born}").format(sex=sex, born=born))
        details = fit_text(details_text, width=left, height=3.6 * mm, max_size=8.5, min_size=6)
        header = cls(page, data, copy, hospital, contact, doctor, registration, dated, number, patient, details,
                     height=0, logo=logo)
        return replace(header, height=header._layout(None, 0, 0))

    def draw(self, canvas: Canvas, *, page_number: int, page_count: int) -> None:
        self._layout(canvas, page_number, page_count)

    def _layout(self, canvas: Canvas | None, page_number: int, page_count: int) -> float:
        """Draw (or, without a canvas, only measure) the header; return its height."""
        page, margin = self.page, self.page.margin
        right_x = page.width - margin - _RIGHT_COLUMN
        regular, bold = fonts().regular, fonts().bold
        top = page.top
        if canvas is not None and self.copy:
            draw_copy_tag(canvas, page.width - margin - _COPY_SIZE[0], top - _COPY_SIZE[1], *_COPY_SIZE)

        y = top
        head_x = margin + (self.logo[0] + _GAP if self.logo[0] else 0)
        if canvas is not None:
            draw_logo(canvas, self.data.logo, margin, top, max_width=LOGO_MAX[0], max_height=LOGO_MAX[1])
            canvas.setFillColor(INK)
            draw_fitted(canvas, self.hospital, head_x, y)
        y -= self.hospital.block_height + 1.2 * mm
        if self.contact is not None:
            if canvas is not None:
                canvas.setFillColor(MUTED)
                draw_fitted(canvas, self.contact, head_x, y)
            y -= self.contact.block_height + 1.2 * mm
        y = min(y, top - _COPY_SIZE[1] - 1.2 * mm, top - self.logo[1] - 1.2 * mm)
        y -= 1.5 * mm
        if canvas is not None:
            _rule(canvas, page, y, width=0.8)

        # Doctor on the left; date, Rx number and page on the right.
        y -= 2.2 * mm
        block_top = y
        if canvas is not None:
            canvas.setFillColor(INK)
            draw_fitted(canvas, self.doctor, margin, y)
        y -= self.doctor.block_height + 1.4 * mm
        if canvas is not None:
            canvas.setFillColor(MUTED)
            draw_fitted(canvas, self.registration, margin, y)
        y -= self.registration.block_height
        right_y = block_top
        for fitted, colour in ((self.dated, INK), (self.number, INK)):
            if canvas is not None:
                canvas.setFillColor(colour)
                draw_fitted(canvas, fitted, right_x, right_y, align="right", width=_RIGHT_COLUMN)
            right_y -= fitted.block_height + 1.4 * mm
        if canvas is not None:
            canvas.setFillColor(MUTED)
            draw_text(canvas, page.width - margin, right_y - 8 * 0.76, translate("printing", "Page {page_number} of "
                                                                                             "{page_count}").format(
                                                                           page_number=page_number,
                                                                           page_count=page_count),
                      font=regular, size=8, align="right")
        right_y -= 8
        y = min(y, right_y) - 2.2 * mm
        if canvas is not None:
            _rule(canvas, page, y, width=0.4)

        # Patient on the left, the MRN's barcode on the right.
        y -= 2.2 * mm
        block_top = y
        if canvas is not None:
            canvas.setFillColor(INK)
            draw_fitted(canvas, self.patient, margin, y)
        y -= self.patient.block_height + 1.4 * mm
        if canvas is not None:
            canvas.setFillColor(INK)
            draw_fitted(canvas, self.details, margin, y)
        y -= self.details.block_height + 1.6 * mm
        if canvas is not None:
            draw_text(canvas, margin, y - 9.5 * 0.76, translate("printing", "MRN {data_mrn}").format(
                                                          data_mrn=self.data.mrn), font=bold, size=9.5)
        y -= 9.5
        bar_bottom = block_top - _BAR_HEIGHT
        if canvas is not None:  # flush right, its quiet zones inside the column
            bar_x = page.width - margin - min(_RIGHT_COLUMN, code128_width(self.data.mrn, bar_width=_BAR_WIDTH))
            draw_code128(canvas, self.data.mrn, max(right_x, bar_x), bar_bottom, bar_height=_BAR_HEIGHT,
                         bar_width=_BAR_WIDTH, max_width=_RIGHT_COLUMN)
        y = min(y, bar_bottom) - 2.2 * mm
        if canvas is not None:
            _rule(canvas, page, y, width=1.2, colour=INK)
        return float(top - y + 1 * mm)


# --- the body -------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Block:
    """Something in the body that is never split across pages; ``draw`` takes its top."""

    height: float
    draw: Callable[[Canvas, float], None]


def _body_blocks(data: PrescriptionData, page: _Page, *, room: float) -> list[_Block]:
    """The allergy line, each numbered line, the notes. ``room`` is the most a block may take (the body of
    the last page, which also holds the signature): what is taller is cut with "…" so it cannot overflow."""
    blocks = [_allergy_block(data, page, room=room)]
    *lines, final = data.lines
    blocks += [_line_block(line, page, room=room) for line in lines]
    if not data.notes.strip():
        return [*blocks, _line_block(final, page, room=room)]
    # The notes stay with the last line, so the last line always shares the signature's page; a last
    # line taller than a page leaves one line for them.
    last = _line_block(final, page, room=room - _NOTE_SIZE - 2 * _BLOCK_PAD)
    return [*blocks, _joined(last, _notes_block(data.notes, page, room=room - last.height))]


def _joined(first: _Block, second: _Block) -> _Block:
    def draw(canvas: Canvas, top: float) -> None:
        first.draw(canvas, top)
        second.draw(canvas, top - first.height)

    return _Block(first.height + second.height, draw)


def _allergy_block(data: PrescriptionData, page: _Page, *, room: float) -> _Block:
    known = bool(data.allergies)
    fitted = _wrapped(data.allergies_line, width=page.inner, size=9.5, bold=True, room=room - 2 * _BLOCK_PAD)

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(ALERT_RED if known else INK)
        draw_fitted(canvas, fitted, page.margin, top - _BLOCK_PAD)

    return _Block(fitted.block_height + 2 * _BLOCK_PAD, draw)


def _line_block(line: PrescriptionLineData, page: _Page, *, room: float) -> _Block:
    text_x = page.margin + _NUMBER_COLUMN
    width = page.inner - _NUMBER_COLUMN
    drug = wrap_text(line.drug, width=width, size=_DRUG_SIZE, bold=True)
    directions = wrap_text(line.directions, width=width, size=_SIG_SIZE)
    quantity = wrap_text(translate("printing", "Quantity: {line_quantity}").format(
                             line_quantity=line.quantity), width=width, size=_SIG_SIZE) if line.quantity.strip() \
        else None
    parts: list[tuple[FittedText, colors.Color, float]] = [(drug, INK, 0.0), (directions, INK, 1.0 * mm)]
    if quantity is not None:
        parts.append((quantity, INK, 0.8 * mm))
    used = sum(fitted.block_height + gap for fitted, _, gap in parts)
    if line.instructions.strip():
        instructions = _wrapped(line.instructions, width=width, size=_NOTE_SIZE, bold=False,
                                room=room - 2 * _BLOCK_PAD - used - 0.8 * mm)
        parts.append((instructions, MUTED, 0.8 * mm))
    height = sum(fitted.block_height + gap for fitted, _, gap in parts) + 2 * _BLOCK_PAD
    number = fit_text(f"{line.number}.", width=_NUMBER_COLUMN - 1 * mm, height=_DRUG_SIZE, max_size=_DRUG_SIZE,
                      min_size=6, bold=True)

    def draw(canvas: Canvas, top: float) -> None:
        y = top - _BLOCK_PAD
        canvas.setFillColor(INK)
        draw_fitted(canvas, number, page.margin, y)
        for fitted, colour, gap in parts:
            y -= gap
            canvas.setFillColor(colour)
            draw_fitted(canvas, fitted, text_x, y)
            y -= fitted.block_height
        _rule(canvas, page, top - height, width=0.4)

    return _Block(height, draw)


def _notes_block(notes: str, page: _Page, *, room: float) -> _Block:
    fitted = _wrapped(translate("printing", "Notes: {notes}").format(
                          notes=notes), width=page.inner, size=_NOTE_SIZE, bold=False, room=room - 2 * _BLOCK_PAD)

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(INK)
        draw_fitted(canvas, fitted, page.margin, top - _BLOCK_PAD)

    return _Block(fitted.block_height + 2 * _BLOCK_PAD, draw)


def _wrapped(text: str, *, width: float, size: float, bold: bool, room: float) -> FittedText:
    """``text`` wrapped at ``size``; only if it is taller than ``room`` (more than a page) is it cut."""
    fitted = wrap_text(text, width=width, size=size, bold=bold)
    if fitted.block_height <= room:
        return fitted
    max_lines = max(1, int((room + size * 0.12) // (size * 1.12)))
    return fit_text(text, width=width, height=room, max_size=size, min_size=size, max_lines=max_lines, bold=bold)


def _paginate(blocks: list[_Block], *, regular: float, last: float) -> list[list[_Block]]:
    """Blocks in order onto pages of ``regular`` height; the last page has only ``last`` (the signature
    takes the rest), so its trailing blocks move to a new page when they do not leave room for it."""
    pages: list[list[_Block]] = [[]]
    used = 0.0
    for block in blocks:
        if pages[-1] and used + block.height > regular:
            pages.append([])
            used = 0.0
        pages[-1].append(block)
        used += block.height
    while sum(b.height for b in pages[-1]) > last and len(pages[-1]) > 1:
        moved: list[_Block] = []
        while sum(b.height for b in pages[-1]) > last and len(pages[-1]) > 1:
            moved.insert(0, pages[-1].pop())
        pages.append(moved)
    return pages


# --- the foot of a page ---------------------------------------------------------------------------------

def _draw_continued(canvas: Canvas, page: _Page, data: PrescriptionData, *, next_page: int,
                    page_count: int) -> None:
    canvas.setFillColor(MUTED)
    text = fit_text(translate("printing", "Continued on page {next_page} of {page_count} · Rx no. "
                                          "{prescription_number}").format(
                        next_page=next_page, page_count=page_count, prescription_number=data.prescription_number),
                    width=page.inner, height=3.5 * mm, max_size=8, min_size=6)
    draw_fitted(canvas, text, page.margin, page.margin + 4 * mm, align="centre", width=page.inner)


def _draw_signature(canvas: Canvas, page: _Page, data: PrescriptionData, body_end: float) -> None:
    """The item count, the signature line with the doctor under it, and the date, at the page's foot."""
    regular, bold = fonts().regular, fonts().bold
    margin = page.margin
    items = len(data.lines)
    canvas.setFillColor(INK)
    draw_text(canvas, margin, min(body_end, margin + _SIGNATURE_HEIGHT) - 4 * mm,
              plural(items, translate("printing", "End of prescription: %n item", None, items),
                     translate("printing", "End of prescription: %n items", None, items)), font=bold, size=8.5)
    line_y = margin + 10 * mm
    line_width = min(70 * mm, page.inner - _RIGHT_COLUMN - _GAP)
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.7)
    canvas.line(margin, line_y, margin + line_width, line_y)
    canvas.restoreState()
    canvas.setFillColor(MUTED)
    draw_text(canvas, margin, line_y - 3.2 * mm, translate("printing", "Signature"), font=regular, size=7.5)
    signer = fit_text(translate("printing", "{doctor_name} · Reg. no. {registration_number}").format(
                          doctor_name=data.doctor_name, registration_number=data.registration_number), width=line_width,
                      height=5 * mm, max_size=8, min_size=6, max_lines=2)
    canvas.setFillColor(INK)
    draw_fitted(canvas, signer, margin, line_y - 4.4 * mm)
    dated = fit_text(translate("printing", "Date {format_date}").format(
                         format_date=format_date(data.prescribed_on)), width=_RIGHT_COLUMN, height=3.8 * mm,
                     max_size=9, min_size=6, bold=True)
    draw_fitted(canvas, dated, page.width - margin - _RIGHT_COLUMN, line_y + dated.size, align="right",
                width=_RIGHT_COLUMN)


def _rule(canvas: Canvas, page: _Page, y: float, *, width: float, colour: colors.Color = RULE) -> None:
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(width)
    canvas.line(page.margin, y, page.width - page.margin, y)
    canvas.restoreState()
