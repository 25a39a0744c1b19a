"""Names in every script on paper (issue 15, item 6): a wristband, a label sheet, a prescription, an invoice
and a receipt for each, read back with pdftotext; the name must come back exactly. Each line is drawn in runs
of fonts (layout.text_runs), so a Chinese name keeps its Latin comma ("□, □□" before)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from test_appointment_slip import slip
from test_invoice_pdf import CREATED as INVOICE_CREATED
from test_invoice_pdf import invoice
from test_prescription_pdf import build, rx
from test_printing import TODAY, band, pdf_text, readable

from hms_desktop.domain.names import display_name
from hms_desktop.printing import layout
from hms_desktop.printing.appointment_slip import build_appointment_slip
from hms_desktop.printing.invoice import build_invoice
from hms_desktop.printing.labels import build_label_sheet
from hms_desktop.printing.receipt import ReceiptData, build_receipt
from hms_desktop.printing.wristband import build_wristband

NAMES = {
    "devanagari": ("शर्मा", "प्रियंका"),
    "thai": ("สมบูรณ์ชัย", "สมชาย"),
    "arabic": ("الحسيني", "محمد"),
    "hebrew": ("כהן", "אברהם"),
    "greek": ("Παπαδόπουλος", "Γιώργος"),
    "cyrillic": ("Кузнецова", "Алёна"),
    "chinese": ("欧阳", "小明"),
    "japanese": ("山田", "太郎"),
    "korean": ("김", "민준"),
}
# Only the scripts whose fonts are installed can be printed: the CI machine has them (build/setup.sh).
NEEDED = {"devanagari": "NotoSansDevanagari-Regular.ttf", "thai": "NotoSansThai-Regular.ttf"}


def words(text: str) -> str:
    return " ".join(readable(text).split())


def comes_back(name: str, text: str) -> bool:
    """The name is in pdftotext's words exactly. For a right-to-left name, pdftotext rebuilds the logical
    order of the line itself and puts the comma and space of "FAMILY, Given" where its own bidi guess says
    ("محمد,الحسيني"): each part must then come back whole, letters and order, and the comma with them."""
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in name):
        return name in text
    family, given = name.split(", ")
    return all(part in re.split(r"[\s,]+", text) for part in (family, given))


def _skip_without_fonts() -> None:
    missing = [f for f in NEEDED.values() if not any(Path(p).name == f and Path(p).is_file()
                                                       for p, _ in layout._FALLBACK_FONT_FILES)]
    if missing:
        pytest.skip(f"needs the Noto fonts (fonts-noto-core): {missing}")


@pytest.fixture(autouse=True)
def fonts_installed() -> None:
    _skip_without_fonts()


@pytest.mark.parametrize("script", NAMES)
def test_every_character_has_a_font(script: str) -> None:
    name = display_name(*NAMES[script])
    for font in (layout.fonts().regular, layout.fonts().bold):
        for run_font, piece in layout.text_runs(name, font):
            assert layout._registry.covers(run_font, piece), (run_font, piece)


def test_a_chinese_name_keeps_its_comma_in_the_main_font() -> None:
    runs = layout.text_runs("欧阳, 小明", layout.fonts().bold)
    assert [piece for _font, piece in runs] == ["欧阳", ", ", "小明"]
    assert runs[1][0] == layout.fonts().bold
    assert runs[0][0] == runs[2][0] != layout.fonts().bold


def test_a_devanagari_vowel_sign_stays_with_its_consonant() -> None:
    runs = layout.text_runs("शर्मा, Priya", layout.fonts().regular)
    assert runs[0][1] == "शर्मा" and "Devanagari" in runs[0][0]


@pytest.mark.parametrize("script", NAMES)
def test_wristband_and_labels(tmp_path: Path, script: str) -> None:
    family, given = NAMES[script]
    data = band(family_name=family, given_name=given)
    assert comes_back(data.display_name, words(pdf_text(build_wristband(data, today=TODAY), tmp_path)))
    sheet = words(pdf_text(build_label_sheet(data, count=3, today=TODAY), tmp_path))
    assert comes_back(data.display_name, sheet)
    if script not in ("arabic", "hebrew"):
        assert sheet.count(data.display_name) == 3


@pytest.mark.parametrize("script", NAMES)
def test_prescription(tmp_path: Path, script: str) -> None:
    family, given = NAMES[script]
    text = words(pdf_text(build(rx(family_name=family, given_name=given)), tmp_path))
    assert comes_back(display_name(family, given), text)


@pytest.mark.parametrize("script", NAMES)
def test_invoice_and_receipt(tmp_path: Path, script: str) -> None:
    family, given = NAMES[script]
    name = f"{family}, {given}"
    text = words(pdf_text(build_invoice(invoice(patient_name=name), created=INVOICE_CREATED), tmp_path))
    assert comes_back(name, text)
    receipt = ReceiptData(hospital_name="St Elsewhere General Hospital", receipt_number="INV-2030-000123/7",
                          taken_at="02 Jun 2030 10:15", taken_by="bclerk", patient_name=name, mrn="10000019",
                          invoice_number="INV-2030-000123", kind="payment", method="Cash", amount=Decimal("40.00"),
                          tendered=None, change=None, reference=None, invoice_total=Decimal("87.99"),
                          balance=Decimal("47.99"), status="partly paid")
    assert comes_back(name, words(pdf_text(build_receipt(receipt, created=INVOICE_CREATED), tmp_path)))


@pytest.mark.parametrize("script", NAMES)
def test_appointment_slip(tmp_path: Path, script: str) -> None:
    name = display_name(*NAMES[script])
    text = words(pdf_text(build_appointment_slip(slip(patient_name=name, doctor_name=f"Dr {NAMES[script][1]}")),
                          tmp_path))
    assert comes_back(name, text)


def test_a_mixed_line_is_as_wide_as_its_runs() -> None:
    """Fitting measures what is drawn: the width of each run in its own font, added."""
    font = layout.fonts().regular
    runs = layout.text_runs("欧阳, 小明", font)
    expected = sum(layout.pdfmetrics.stringWidth(piece, name, 10) for name, piece in runs)
    assert layout.text_width("欧阳, 小明", font, 10) == pytest.approx(expected)
    fitted = layout.fit_text("欧阳, 小明 " * 8, width=60 * layout.mm, height=12 * layout.mm, max_size=14,
                             min_size=6, max_lines=2)
    assert all(layout.text_width(line, fitted.font, fitted.size) <= 60 * layout.mm + 0.01 for line in fitted.lines)


def test_no_box_characters_in_the_pdf(tmp_path: Path) -> None:
    """pdftotext gives back what the font maps: a missing glyph would still read back, so check the fonts the
    PDF embeds instead: the CJK and Devanagari fonts are there, each used for its own script."""
    data = band(family_name="欧阳", given_name="शर्मा")
    pdf = build_wristband(data, today=TODAY)
    embedded = set(re.findall(rb"/BaseFont\s*/([A-Z]{6}\+)?([\w-]+)", pdf))
    names = {name.decode() for _prefix, name in embedded}
    assert any("Devanagari" in n for n in names), names
    assert any("WenQuanYi" in n or "Droid" in n or "wqy" in n.lower() for n in names), names
    assert replace(data).display_name == "欧阳, शर्मा"


@pytest.mark.skipif(not layout.shaping_available(), reason="needs uharfbuzz (requirements.lock)")
def test_devanagari_is_shaped_and_still_reads_back(tmp_path: Path) -> None:
    """Shaped, "शर्मा" is drawn with its reph and fewer glyphs than letters; the ActualText span around the run
    gives pdftotext (and a reader's search) the letters back."""
    (font, piece), = layout.text_runs("शर्मा", layout.fonts().bold)
    drawn, width, shaped = layout._drawn(piece, font, 12)
    assert shaped and str(drawn) != piece
    assert width == pytest.approx(layout.text_width("शर्मा", layout.fonts().bold, 12))
    data = band(family_name="शर्मा", given_name="प्रियंका")
    assert data.display_name in words(pdf_text(build_wristband(data, today=TODAY), tmp_path))


def test_latin_is_never_shaped() -> None:
    assert layout._drawn("Zoë", layout.fonts().regular, 12)[2] is False
