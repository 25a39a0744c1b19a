"""The prescription PDF read back as a pharmacist, a scanner and a printer would: pdftotext for the words
(page by page), pdftoppm at 300 dpi and zbarimg for the MRN barcode, pdfinfo for the paper and metadata,
pdftotext -bbox to check that nothing runs past the page, its column or another word."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from xml.etree import ElementTree

import pytest
from test_printing import FAMILY_200, GIVEN_200, barcodes, no_space, pdf_text, readable

from hms_desktop.domain.names import upper_name
from hms_desktop.printing import prescription
from hms_desktop.printing.prescription import PrescriptionData, PrescriptionLineData, build_prescription

TODAY = date(2026, 11, 29)
CREATED = datetime(2026, 11, 29, 10, 15, tzinfo=timezone(timedelta(hours=1)))
PT_PER_MM = 72 / 25.4

Word = tuple[str, float, float, float, float]  # text, xMin, yMin, xMax, yMax (y from the top)


def rx_line(number: int, **changes: object) -> PrescriptionLineData:
    values: dict[str, object] = {
        "number": number, "drug": f"Amoxicillin {number}00 mg capsule", "dose": "500", "unit": "mg",
        "route": "by mouth", "frequency": "three times a day", "duration": "7 days",
        "quantity": f"{20 + number} capsules",
        "instructions": f"Marker{number} take after food and finish the course even if you feel better."}
    values.update(changes)
    return PrescriptionLineData(**values)


def rx(lines: int | tuple[PrescriptionLineData, ...] = 3, **changes: object) -> PrescriptionData:
    values: dict[str, object] = {
        "hospital_name": "St Elsewhere General Hospital",
        "hospital_lines": ("12 Harbour Road, Portsmouth PO1 2AB", "Tel 023 9200 0000"),
        "doctor_name": "Dr Amara Nwosu", "registration_number": "GMC 7012345",
        "family_name": "O'Brien-Smith", "given_name": "Zoë", "sex": "F", "birth_date": date(1980, 3, 12),
        "birth_date_estimated": False, "mrn": "10000019", "prescription_number": "RX-2026-000123",
        "prescribed_on": TODAY,
        "lines": lines if isinstance(lines, tuple) else tuple(rx_line(n) for n in range(1, lines + 1)),
        "allergies": ("penicillin (severe)", "latex (mild)"), "notes": "Review in two weeks."}
    values.update(changes)
    return PrescriptionData(**values)


def build(data: PrescriptionData, **options: object) -> bytes:
    return build_prescription(data, created=CREATED, **options)


def flat(text: str) -> str:
    return " ".join(readable(text).split())


def page_texts(pdf: bytes, tmp_path: Path) -> list[str]:
    """Each page's words, in one line (pdftotext separates pages with a form feed)."""
    return [flat(page) for page in pdf_text(pdf, tmp_path).split("\f")[:-1]]


def pdf_info(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfinfo", "-isodates", str(path)], check=True, capture_output=True, text=True).stdout


def page_size(pdf: bytes, tmp_path: Path) -> tuple[float, float]:
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", pdf_info(pdf, tmp_path))
    assert match is not None
    return float(match.group(1)), float(match.group(2))


def pages_with_words(pdf: bytes, tmp_path: Path) -> list[tuple[tuple[float, float], list[Word]]]:
    """Like test_printing.words_with_boxes, for every page."""
    html = pdf_text(pdf, tmp_path, "-bbox")
    html = re.sub(r"<!DOCTYPE[^>]*>", "", html).replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
    pages = []
    for page in ElementTree.fromstring(html).iter("page"):
        size = (float(page.get("width", 0)), float(page.get("height", 0)))
        words = [(w.text or "", float(w.get("xMin", 0)), float(w.get("yMin", 0)), float(w.get("xMax", 0)),
                  float(w.get("yMax", 0))) for w in page.iter("word")]
        pages.append((size, words))
    return pages


def assert_inside_and_apart(pdf: bytes, tmp_path: Path, *, margin_mm: float) -> None:
    """Every word inside the page's margins (0.5 mm slack) and no two words on top of each other."""
    margin = margin_mm * PT_PER_MM - 0.5 * PT_PER_MM
    for number, ((width, height), words) in enumerate(pages_with_words(pdf, tmp_path), start=1):
        for text, x_min, y_min, x_max, y_max in words:
            assert margin <= x_min <= x_max <= width - margin, (number, text)
            assert margin <= y_min <= y_max <= height - margin, (number, text)
        for i, first in enumerate(words):
            for second in words[i + 1:]:
                across = min(first[3], second[3]) - max(first[1], second[1])
                down = min(first[4], second[4]) - max(first[2], second[2])
                # Line boxes of wrapped text touch (the font's ascent and descent exceed the leading).
                assert across <= 0.5 or down <= 1.2, (number, first, second)


# --- what it says ---------------------------------------------------------------------------------------

def test_everything_a_pharmacist_needs_reads_back(tmp_path: Path) -> None:
    data = rx()
    text = page_texts(build(data), tmp_path)
    assert len(text) == 1
    page = text[0]
    for expected in ("St Elsewhere General Hospital", "12 Harbour Road, Portsmouth PO1 2AB", "Tel 023 9200 0000",
                     "Dr Amara Nwosu", "Reg. no. GMC 7012345", "O'BRIEN-SMITH, Zoë", "Female", "Age 46 y",
                     "DOB 12 Mar 1980", "MRN 10000019", "Date 29 Nov 2026", "Rx no. RX-2026-000123",
                     "Page 1 of 1", "Allergies: penicillin (severe), latex (mild)", "Notes: Review in two weeks.",
                     "End of prescription: 3 items", "Signature"):
        assert expected in page, expected
    for line in data.lines:
        assert f"{line.number}. {line.drug}" in page
        assert "500 mg · by mouth · three times a day · for 7 days" in page
        assert f"Quantity: {line.quantity}" in page
        assert no_space(line.instructions) in no_space(page)
    assert "COPY" not in page
    assert "Continued" not in page


@pytest.mark.parametrize(("allergies", "shown", "absent"), [
    (("penicillin (severe)",), "Allergies: penicillin (severe)", ("No known allergies", "not recorded")),
    ((), "No known allergies", ("Allergies:", "not recorded")),
    (None, "Allergies not recorded", ("Allergies:", "No known allergies")),
], ids=["known", "none-known", "not-recorded"])
def test_the_allergy_line_says_what_is_known(tmp_path: Path, allergies: tuple[str, ...] | None, shown: str,
                                             absent: tuple[str, ...]) -> None:
    text = page_texts(build(rx(allergies=allergies)), tmp_path)[0]
    assert shown in text
    for other in absent:
        assert other not in text


def test_many_allergies_wrap_rather_than_being_cut(tmp_path: Path) -> None:
    allergies = tuple(f"allergen{n} (moderate)" for n in range(40))
    pdf = build(rx(allergies=allergies))
    assert no_space("Allergies: " + ", ".join(allergies)) in no_space(page_texts(pdf, tmp_path)[0])
    assert_inside_and_apart(pdf, tmp_path, margin_mm=10)


@pytest.mark.parametrize(("birth_date", "estimated", "shown", "absent"), [
    (date(1980, 7, 1), True, ("Age ~46 y", "DOB ~1980 (estimated)"), ()),
    (date(2026, 3, 10), False, ("Age 8 mo",), ()),
    (date(1980, 11, 30), False, ("Age 45 y",), ()),  # birthday tomorrow
    (None, False, ("DOB Unknown",), ("Age",)),
])
def test_age_is_computed_for_the_day_given(tmp_path: Path, birth_date: date | None, estimated: bool,
                                           shown: tuple[str, ...], absent: tuple[str, ...]) -> None:
    text = page_texts(build(rx(birth_date=birth_date, birth_date_estimated=estimated)), tmp_path)[0]
    for expected in shown:
        assert expected in text
    for other in absent:
        assert other not in text


def test_age_uses_today_when_it_differs_from_the_prescription_date(tmp_path: Path) -> None:
    pdf = build(rx(birth_date=date(1980, 11, 30)), today=date(2026, 12, 1))
    assert "Age 46 y" in page_texts(pdf, tmp_path)[0]


@pytest.mark.parametrize(("family", "given_name", "hospital", "doctor"), [
    ("Åström", "Łucja", "Hôpital Saint-Éloi", "Dr Ñuñez Gómez"),
    ("Müller-Lüdenscheidt", "Zoë Anaïs", "Szpital Świętej Łucji", "Dr Øyvind Ødegård"),
    ("Παπαδοπούλου", "Ελένη", "Городская клиническая больница", "Dr Ιωάννης Κωνσταντίνου"),
], ids=["latin", "more-latin", "greek-cyrillic"])
def test_accented_names_survive(tmp_path: Path, family: str, given_name: str, hospital: str,
                                doctor: str) -> None:
    line = rx_line(1, drug="Paracétamol 500 mg comprimé", instructions="À prendre après le repas, même si ça va.")
    pdf = build(rx(family_name=family, given_name=given_name, hospital_name=hospital, doctor_name=doctor,
                   lines=(line,)))
    text = page_texts(pdf, tmp_path)[0]
    for expected in (f"{upper_name(family)}, {given_name}", hospital, doctor, line.drug, line.instructions):
        assert expected in text, expected
    assert barcodes(pdf, tmp_path) == ["CODE-128:10000019"]


# --- paper, barcode, metadata ---------------------------------------------------------------------------

def test_a5_by_default_a4_on_request(tmp_path: Path) -> None:
    assert page_size(build(rx()), tmp_path) == pytest.approx((419.53, 595.28), abs=0.5)
    assert page_size(build(rx(), page_size="A4"), tmp_path) == pytest.approx((595.28, 841.89), abs=0.5)
    with pytest.raises(ValueError):
        build(rx(), page_size="Letter")  # type: ignore[arg-type]


@pytest.mark.parametrize("page", ["A5", "A4"])
@pytest.mark.parametrize("copy", [False, True], ids=["original", "copy"])
@pytest.mark.parametrize("mrn", ["10000019", "HX-0042-7731"])
def test_the_mrn_barcode_scans(tmp_path: Path, page: str, copy: bool, mrn: str) -> None:
    assert barcodes(build(rx(mrn=mrn), copy=copy, page_size=page), tmp_path) == [f"CODE-128:{mrn}"]


def test_metadata_has_the_creation_date_and_no_patient_name(tmp_path: Path) -> None:
    info = pdf_info(build(rx()), tmp_path)
    assert re.search(r"^CreationDate:\s+2026-11-29T10:15:00\+01(:00)?$", info, re.M), info
    assert re.search(r"^Title:\s+Prescription RX-2026-000123 MRN 10000019$", info, re.M), info
    assert "BRIEN" not in info and "Zo" not in info
    assert re.search(r"^Title:.*\(COPY\)$", pdf_info(build(rx(), copy=True), tmp_path), re.M)


def test_without_a_date_given_the_creation_date_is_now(tmp_path: Path) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    info = pdf_info(build_prescription(rx()), tmp_path)
    match = re.search(r"^CreationDate:\s+(\S+)$", info, re.M)
    assert match is not None
    stamp = datetime.fromisoformat(match.group(1).replace("Z", "+00:00"))
    assert before - timedelta(seconds=1) <= stamp <= datetime.now(UTC) + timedelta(seconds=1)


def test_the_same_input_gives_the_same_bytes() -> None:
    assert build(rx()) == build(rx())


def test_a_prescription_needs_a_line() -> None:
    with pytest.raises(ValueError):
        build(rx(lines=0))


# --- pages ----------------------------------------------------------------------------------------------

def test_25_lines_flow_onto_more_pages_with_the_header_on_each(tmp_path: Path) -> None:
    data = rx(lines=25)
    pdf = build(data)
    pages = page_texts(pdf, tmp_path)
    count = len(pages)
    assert count >= 2
    for number, page in enumerate(pages, start=1):
        for header in ("St Elsewhere General Hospital", "Dr Amara Nwosu", "Reg. no. GMC 7012345",
                       "O'BRIEN-SMITH, Zoë", "MRN 10000019", "Date 29 Nov 2026", "Rx no. RX-2026-000123",
                       f"Page {number} of {count}"):
            assert header in page, (number, header)
        last = number == count
        assert ("Signature" in page) is last, number
        assert ("End of prescription: 25 items" in page) is last, number
        assert (f"Continued on page {number + 1} of {count}" in page) is not last, number
    # The allergy line once, on the first page; the notes after the last line.
    assert "Allergies: penicillin (severe)" in pages[0]
    assert sum("Allergies:" in page for page in pages) == 1
    assert "Notes: Review in two weeks." in pages[-1]
    assert barcodes(pdf, tmp_path) == ["CODE-128:10000019"] * count
    assert_inside_and_apart(pdf, tmp_path, margin_mm=10)


@pytest.mark.parametrize("count", [5, 6, 7, 12, 13, 25, 40])
def test_a_line_is_never_split_and_the_last_shares_the_signature_page(tmp_path: Path, count: int) -> None:
    # Every third line has long instructions, so the lines differ in height and page breaks move about.
    lines = tuple(rx_line(n, instructions=f"Marker{n} " + "with plenty of water " * (6 if n % 3 == 0 else 1))
                  for n in range(1, count + 1))
    pages = page_texts(build(rx(lines=lines)), tmp_path)
    for line in lines:
        holding = [i for i, page in enumerate(pages) if f"{line.number}. {line.drug}" in page]
        assert len(holding) == 1, line.number
        page = pages[holding[0]]
        assert f"Marker{line.number} " in page and f"Quantity: {line.quantity}" in page, line.number
        assert no_space(line.instructions) in no_space(page), line.number
    assert f"{count}. Amoxicillin" in pages[-1]
    assert "Signature" in pages[-1]


def test_a_copy_says_copy_on_every_page_and_is_otherwise_the_same(tmp_path: Path) -> None:
    copy = page_texts(build(rx(lines=25), copy=True), tmp_path)
    original = page_texts(build(rx(lines=25)), tmp_path)
    assert len(copy) == len(original) >= 2
    assert all("COPY" in page for page in copy)
    assert not any("COPY" in page for page in original)
    assert [page.replace("COPY ", "") for page in copy] == original


# --- long text stays in its box -------------------------------------------------------------------------

LONG_INSTRUCTIONS = ("Dissolve one sachet in a full glass of water and drink it straight away; take it in the "
                     "morning before breakfast, at least thirty minutes before any other medicine, food or "
                     "drink, and stay upright for thirty minutes afterwards. Stop and seek advice at once if "
                     "you notice difficulty swallowing, pain on swallowing, new or worsening heartburn. ") * 2


@pytest.mark.parametrize("page", ["A5", "A4"])
@pytest.mark.parametrize("copy", [False, True], ids=["original", "copy"])
def test_long_names_and_instructions_wrap_and_stay_in_their_boxes(tmp_path: Path, page: str,
                                                                  copy: bool) -> None:
    lines = (
        rx_line(1, drug="Co-amoxiclav 875 mg/125 mg film-coated tablet " * 3, instructions=LONG_INSTRUCTIONS),
        rx_line(2, drug="X" * 120, instructions="Y" * 300, quantity="Q" * 90),
        rx_line(3),
    )
    data = rx(family_name=FAMILY_200, given_name=GIVEN_200, lines=lines,
              doctor_name="Dr Maximiliana Anastasia Evangelina Bartholomea Wolfeschlegelsteinhausenbergerdorff",
              hospital_name="The Royal Wolfeschlegelsteinhausenbergerdorff Memorial Teaching Hospital "
                            "and Regional Infirmary of the Northern Counties",
              hospital_lines=("Building 7, Long Street " * 6, "Tel +44 23 9200 0000 · Fax +44 23 9200 0001"))
    pdf = build(data, copy=copy, page_size=page)
    text = "".join(page_texts(pdf, tmp_path))
    # The patient's whole name, the whole of every line's text: nothing cut. (pdftotext drops the hyphen
    # of a word broken after one at a line's end: "Co-" / "amoxiclav" reads "Coamoxiclav".)
    def bare(value: str) -> str:
        return no_space(value).replace("-", "")

    assert bare(data.display_name) in bare(text)
    assert "..." not in text
    for line in lines:
        for part in (line.drug, line.instructions, f"Quantity: {line.quantity}"):
            assert bare(part) in bare(text)
    assert_inside_and_apart(pdf, tmp_path, margin_mm=prescription.MARGINS[page] / prescription.mm)
    # The header's left column (doctor, patient) ends before the date and barcode column.
    for (width, _), words in pages_with_words(pdf, tmp_path):
        right_column = width - prescription.MARGINS[page] - prescription._RIGHT_COLUMN
        for word in words:
            if word[0].startswith(("WOLFESCHLEGEL", "Maximiliana")):
                assert word[3] <= right_column, word
    assert barcodes(pdf, tmp_path).count("CODE-128:10000019") == len(pages_with_words(pdf, tmp_path))


def test_a_line_taller_than_a_page_is_cut_with_an_ellipsis_rather_than_overflow(tmp_path: Path) -> None:
    pdf = build(rx(lines=(rx_line(1, instructions="word " * 3000),)))
    text = "".join(page_texts(pdf, tmp_path))
    assert "..." in text  # the ellipsis, as readable() folds it
    assert "Signature" in text
    assert_inside_and_apart(pdf, tmp_path, margin_mm=10)


def test_pages_hold_what_fits_and_the_last_leaves_room_for_the_signature() -> None:
    def block(height: float) -> prescription._Block:
        return prescription._Block(height, lambda canvas, top: None)

    blocks = [block(h) for h in (30, 40, 50, 20, 60, 45, 45)]
    pages = prescription._paginate(blocks, regular=100, last=70)
    assert [b for page in pages for b in page] == blocks  # in order, none lost
    assert all(sum(b.height for b in page) <= 100 for page in pages)
    assert sum(b.height for b in pages[-1]) <= 70
