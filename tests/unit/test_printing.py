"""Wristband and label PDFs, read back as a person or a scanner would: pdftotext for the words, pdftoppm
at 300 dpi and zbarimg for the barcodes, pdftotext -bbox to check that nothing runs past its box."""

from __future__ import annotations

import logging
import re
import subprocess
import unicodedata
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hms_desktop.printing import layout, wristband
from hms_desktop.printing.labels import build_label_sheet
from hms_desktop.printing.wristband import WristbandData, build_wristband

TODAY = date(2026, 11, 29)
PT_PER_MM = 72 / 25.4

FAMILY_200 = ("Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh de la Cruz y Montgomery-Ashworth "
              "Vanderbilt-Oyelaran")[:100]
GIVEN_200 = ("Maximiliana Anastasia Evangelina Bartholomea Christabel Philippa Genoveva Josephine "
             "Leocadia Rosamund")[:100]
ARABIC_FAMILY, ARABIC_GIVEN = "الحسيني", "محمد"


def band(**changes: object) -> WristbandData:
    values: dict[str, object] = {"mrn": "10000019", "family_name": "O'Brien-Smith", "given_name": "Zoë",
                                 "sex": "F", "birth_date": date(1980, 3, 12), "birth_date_estimated": False,
                                 "allergies_flag": None}
    values.update(changes)
    return WristbandData(**values)


def pdf_text(pdf: bytes, tmp_path: Path, *extra: str) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", *extra, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def readable(text: str) -> str:
    """pdftotext's words without its bidi marks, Arabic presentation forms folded to letters."""
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return unicodedata.normalize("NFKC", text)


def barcodes(pdf: bytes, tmp_path: Path, *, dpi: int = 300) -> list[str]:
    """Every Code 128 and QR symbol zbarimg finds on the pages rendered at ``dpi``."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(tmp_path / "scan")], check=True)
    found: list[str] = []
    for image in sorted(tmp_path.glob("scan*.png")):
        result = subprocess.run(["zbarimg", "-q", "-Sdisable", "-Scode128.enable", "-Sqrcode.enable",
                                 str(image)], check=False, capture_output=True, text=True)
        found += result.stdout.split()
    return found


def page_count(pdf: bytes, tmp_path: Path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def words_with_boxes(pdf: bytes, tmp_path: Path) -> tuple[tuple[float, float], list[tuple[str, float, float,
                                                                                            float, float]]]:
    html = pdf_text(pdf, tmp_path, "-bbox")
    html = re.sub(r"<!DOCTYPE[^>]*>", "", html).replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
    root = ElementTree.fromstring(html)
    page = root.find(".//page")
    assert page is not None
    size = (float(page.get("width", 0)), float(page.get("height", 0)))
    words = [(w.text or "", float(w.get("xMin", 0)), float(w.get("yMin", 0)), float(w.get("xMax", 0)),
              float(w.get("yMax", 0))) for w in page.iter("word")]
    return size, words


def no_space(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- the wristband ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("family", "given_name"), [
    ("O'Brien-Smith", "Zoë"),
    (FAMILY_200, GIVEN_200),
    (ARABIC_FAMILY, ARABIC_GIVEN),
], ids=["apostrophe-hyphen-diaeresis", "200-characters", "arabic"])
def test_the_whole_name_mrn_and_birth_date_read_back(tmp_path: Path, family: str, given_name: str) -> None:
    assert len(family) + len(given_name) <= 200
    pdf = build_wristband(band(family_name=family, given_name=given_name), today=TODAY)
    text = readable(pdf_text(pdf, tmp_path))
    if family == ARABIC_FAMILY:
        # pdftotext restores each right-to-left word but lists them left to right as they stand on the
        # band; the order is checked in test_arabic_is_joined_and_drawn_right_to_left.
        assert family in text.split(",")[1] and given_name in text.split(",")[0]
    else:
        assert no_space(f"{family.upper()}, {given_name}") in no_space(text)
    assert "MRN 10000019" in text
    assert "DOB 12 Mar 1980" in text
    assert "Age 46 y" in text
    assert "Female" in text


def test_the_band_is_280_by_25_mm_landscape(tmp_path: Path) -> None:
    (width, height), _ = words_with_boxes(build_wristband(band(), today=TODAY), tmp_path)
    assert width == pytest.approx(280 * PT_PER_MM, abs=0.5)
    assert height == pytest.approx(25 * PT_PER_MM, abs=0.5)


@pytest.mark.parametrize(("family", "given_name"), [
    ("O'Brien-Smith", "Zoë"), (FAMILY_200, GIVEN_200), ("X" * 100, "Y" * 100), (ARABIC_FAMILY, ARABIC_GIVEN)])
def test_text_stays_on_the_band_and_clear_of_the_barcode(tmp_path: Path, family: str, given_name: str) -> None:
    pdf = build_wristband(band(family_name=family, given_name=given_name, allergies_flag=True), copy=True,
                          today=TODAY)
    (width, height), words = words_with_boxes(pdf, tmp_path)
    barcode_left = wristband._BARCODE_X
    for text, x_min, y_min, x_max, y_max in words:
        assert 0 <= x_min <= x_max <= width, text
        assert 0 <= y_min <= y_max <= height, text
        if x_min < barcode_left:  # the name and details block must end before the barcode's quiet zone
            assert x_max <= barcode_left, text


def test_long_names_shrink_rather_than_vanish(tmp_path: Path) -> None:
    pdf = build_wristband(band(family_name=FAMILY_200, given_name=GIVEN_200), today=TODAY)
    _, words = words_with_boxes(pdf, tmp_path)
    name_words = [w for w in words if w[0].startswith("WOLFESCHLEGEL")]
    assert name_words
    height_pt = name_words[0][4] - name_words[0][2]
    assert height_pt >= 6, "the smallest name type is 6 pt: still readable on a band"


@pytest.mark.parametrize(("flag", "severe", "shown", "absent"), [
    (True, True, ("ALLERGIES", "SEVERE"), ("No known allergies", "not recorded")),
    (True, False, ("ALLERGIES",), ("SEVERE", "No known allergies", "not recorded")),
    (False, False, ("No known allergies",), ("ALLERGIES", "SEVERE", "not recorded")),
    (None, False, ("Allergies not recorded",), ("ALLERGIES", "SEVERE", "No known allergies")),
])
def test_the_allergy_box_says_what_is_known(tmp_path: Path, flag: bool | None, severe: bool,
                                            shown: tuple[str, ...], absent: tuple[str, ...]) -> None:
    pdf = build_wristband(band(allergies_flag=flag, allergies_severe=severe), today=TODAY)
    text = " ".join(pdf_text(pdf, tmp_path).split())
    for words in shown:
        assert words in text
    for other in absent:
        assert other not in text
    # Inside the allergy box, and ALLERGIES in the largest type on the band after the name.
    _, words = words_with_boxes(pdf, tmp_path)
    box_left = wristband._ALLERGY_X
    box_right = box_left + wristband._ALLERGY_WIDTH
    for word in shown[0].split() + list(shown[1:]):
        placed = [w for w in words if w[0] == word]
        assert placed and all(box_left <= w[1] and w[3] <= box_right for w in placed), word
    if flag is True:
        title = next(w for w in words if w[0] == "ALLERGIES")
        assert title[4] - title[2] >= 5 * PT_PER_MM  # at least 5 mm tall


@pytest.mark.parametrize("data", [
    band(),
    band(family_name=FAMILY_200, given_name=GIVEN_200, mrn="10000027", allergies_flag=True),
    band(family_name=ARABIC_FAMILY, given_name=ARABIC_GIVEN, mrn="10000035", allergies_flag=False),
], ids=["short", "long", "arabic"])
@pytest.mark.parametrize("copy", [False, True], ids=["original", "copy"])
def test_code128_and_qr_both_decode_to_the_mrn(tmp_path: Path, data: WristbandData, copy: bool) -> None:
    found = barcodes(build_wristband(data, copy=copy, today=TODAY), tmp_path)
    assert sorted(found) == sorted([f"CODE-128:{data.mrn}", f"QR-Code:{data.mrn}"])


def test_a_reprint_says_copy_and_the_original_does_not(tmp_path: Path) -> None:
    assert "COPY" not in pdf_text(build_wristband(band(), today=TODAY), tmp_path)
    assert "COPY" in pdf_text(build_wristband(band(), copy=True, today=TODAY), tmp_path)


@pytest.mark.parametrize(("birth_date", "estimated", "dob", "age"), [
    (date(1980, 7, 1), True, "DOB ~1980 (estimated)", "Age ~46 y"),
    (date(2026, 3, 10), False, "DOB 10 Mar 2026", "Age 8 mo"),
    (date(2026, 11, 20), False, "DOB 20 Nov 2026", "Age 9 d"),
    (date(1980, 11, 30), False, "DOB 30 Nov 1980", "Age 45 y"),  # birthday tomorrow
    (None, False, "DOB Unknown", None),
])
def test_birth_date_and_age(tmp_path: Path, birth_date: date | None, estimated: bool, dob: str,
                            age: str | None) -> None:
    text = pdf_text(build_wristband(band(birth_date=birth_date, birth_date_estimated=estimated), today=TODAY),
                    tmp_path)
    assert dob in text
    if age:
        assert age in text
    else:
        assert "Age" not in text


def test_sex_is_spelled_out(tmp_path: Path) -> None:
    assert "Male" in pdf_text(build_wristband(band(sex="M"), today=TODAY), tmp_path)
    assert "Unknown" in pdf_text(build_wristband(band(sex="U"), today=TODAY), tmp_path)


def test_arabic_is_joined_and_drawn_right_to_left() -> None:
    font = layout.fonts().bold
    shown = layout.display_form(f"{ARABIC_FAMILY}, {ARABIC_GIVEN}", font)
    # Drawn left to right, the given name comes first and each word is reversed, in joined forms.
    assert unicodedata.normalize("NFKC", shown) == f"{ARABIC_GIVEN[::-1]} ,{ARABIC_FAMILY[::-1]}"
    assert all(0xFB50 <= ord(ch) <= 0xFEFF for ch in shown if ch not in " ,")
    assert layout.display_form("O'Brien-Smith, Zoë", font) == "O'Brien-Smith, Zoë"


def test_without_dejavu_the_documents_fall_back_to_helvetica(monkeypatch: pytest.MonkeyPatch,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(layout, "_find_font_file", lambda name: None)
    registry = layout._FontRegistry()
    with caplog.at_level(logging.WARNING, logger=layout.__name__):
        fonts = registry.fonts()
    assert (fonts.regular, fonts.unicode) == ("Helvetica", False)
    assert "DejaVu Sans" in caplog.text
    monkeypatch.setattr(layout, "_registry", registry)
    pdf = build_wristband(band(), today=TODAY)  # still prints
    assert pdf.startswith(b"%PDF")


NOTO_MONO = Path("/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf")


@pytest.mark.skipif(not NOTO_MONO.is_file(), reason="needs a second font (fonts-noto-mono) to stand in for CJK")
def test_characters_dejavu_lacks_use_an_installed_fallback_font(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    # Noto Sans Mono has Cyrillic letters DejaVu Sans lacks: the same path a CJK font takes.
    monkeypatch.setattr(layout, "_FALLBACK_FONT_FILES", ((str(NOTO_MONO), 0),))
    monkeypatch.setattr(layout, "_registry", layout._FontRegistry())
    name = "\u0526\u0527\u0528"
    fallback = "HMS-Fallback-NotoSansMono-Regular-0"
    assert layout.text_runs(name, "HMS-Sans") == [(fallback, name)]
    # The bold fallback is the font's own bold file, and the comma stays in the line's font.
    assert layout.text_runs(f"{name}, Zoë", "HMS-Sans-Bold") == [
        (f"{fallback}-Bold", name), ("HMS-Sans-Bold", ", Zoë")]
    assert layout.text_runs("Zoë", "HMS-Sans") == [("HMS-Sans", "Zoë")]
    text = pdf_text(build_wristband(band(family_name=name), today=TODAY), tmp_path)
    assert name.upper() in text


# --- fitting text ----------------------------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzÀÉÎØÜßçšœ' -"), min_size=1, max_size=220),
       st.integers(min_value=1, max_value=3))
def test_fitted_text_never_overflows_and_keeps_every_letter(name: str, max_lines: int) -> None:
    width = 100 * layout.mm
    fitted = layout.fit_text(name, width=width, height=12 * layout.mm, max_size=16, min_size=6,
                             max_lines=max_lines, bold=True)
    assert len(fitted.lines) <= max_lines
    assert fitted.block_height <= 12 * layout.mm + 0.01
    for line in fitted.lines:
        assert layout.pdfmetrics.stringWidth(line, fitted.font, fitted.size) <= width + 0.01
    if not fitted.truncated:
        assert no_space("".join(fitted.lines)) == no_space(name)
    else:
        assert fitted.lines[-1].endswith("…")


# --- labels ----------------------------------------------------------------------------------------------

def test_a_label_sheet_has_21_labels_with_name_dob_and_mrn(tmp_path: Path) -> None:
    pdf = build_label_sheet(band(), today=TODAY)
    text = pdf_text(pdf, tmp_path)
    assert page_count(pdf, tmp_path) == 1
    assert text.count("MRN 10000019") == 21
    assert text.count("O'BRIEN-SMITH, Zoë") == 21
    assert text.count("DOB 12 Mar 1980") == 21
    assert "COPY" not in text
    assert set(barcodes(pdf, tmp_path)) == {"CODE-128:10000019"}


def test_labels_stay_inside_their_own_70_by_42_mm_cell(tmp_path: Path) -> None:
    pdf = build_label_sheet(band(family_name=FAMILY_200, given_name=GIVEN_200), copy=True, today=TODAY)
    (width, height), words = words_with_boxes(pdf, tmp_path)
    assert (width, height) == pytest.approx((595.28, 841.89), abs=0.5)
    cell_w, cell_h = 70 * PT_PER_MM, 42.3 * PT_PER_MM
    top = (height - 7 * cell_h) / 2
    for text, x_min, y_min, x_max, y_max in words:
        column, row = int(x_min // cell_w), int((y_min - top) // cell_h)
        assert x_max <= (column + 1) * cell_w - 4 * PT_PER_MM, text   # 5 mm inset, 1 mm slack
        assert y_max <= top + (row + 1) * cell_h - 3 * PT_PER_MM, text


def test_label_count_and_copy(tmp_path: Path) -> None:
    five = build_label_sheet(band(), count=5, copy=True, today=TODAY)
    text = pdf_text(five, tmp_path)
    assert text.count("MRN 10000019") == 5
    assert text.count("COPY") == 5
    many = build_label_sheet(band(), count=25, today=TODAY)
    assert page_count(many, tmp_path) == 2
    assert pdf_text(many, tmp_path).count("MRN 10000019") == 25
    with pytest.raises(ValueError):
        build_label_sheet(band(), count=0, today=TODAY)


# --- the creation date (issue 13.6) -------------------------------------------------------------------


def pdf_dates(pdf: bytes, tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "dated.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", "-isodates", str(path)], check=True, capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return fields["CreationDate"].strip(), fields["ModDate"].strip()


def test_a_pdf_carries_the_creation_date_it_is_given(tmp_path) -> None:
    from zoneinfo import ZoneInfo

    from hms_desktop.printing.appointment_slip import AppointmentSlipData, build_appointment_slip

    created = datetime(2026, 11, 30, 14, 30, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    slip = AppointmentSlipData(hospital_name="St Example", patient_name="DOE, Jane", mrn="10000019",
                               doctor_name="Dr A", specialty="Cardiology", room="Room 1",
                               starts_at=created, ends_at=created, kind_label="New patient")
    for pdf in (build_wristband(band(), today=TODAY, created=created),
                build_label_sheet(band(), today=TODAY, created=created),
                build_appointment_slip(slip, created=created)):
        assert pdf_dates(pdf, tmp_path) == ("2026-11-30T14:30:05+01", "2026-11-30T14:30:05+01")
    # The same input and date give the same bytes: tests and reprints stay reproducible.
    assert build_wristband(band(), today=TODAY, created=created) == build_wristband(band(), today=TODAY,
                                                                                    created=created)


def test_a_pdf_without_a_given_date_is_dated_now_not_2000(tmp_path) -> None:
    before = datetime.now().astimezone()
    created, _ = pdf_dates(build_wristband(band(), today=TODAY), tmp_path)
    after = datetime.now().astimezone()
    # pdfinfo writes "Z" for UTC and "+01" for an hour's offset.
    stamp = datetime.fromisoformat(re.sub(r"([+-]\d\d)$", r"\1:00", created.replace("Z", "+00:00")))
    assert before.replace(microsecond=0) <= stamp <= after


def test_pdf_date_format() -> None:
    from datetime import UTC, timedelta, timezone

    assert layout.pdf_date(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "D:20260102030405+00'00'"
    west = timezone(-timedelta(hours=3, minutes=30))
    assert layout.pdf_date(datetime(2026, 1, 2, 3, 4, 5, tzinfo=west)) == "D:20260102030405-03'30'"
