"""The hospital's logo and currency on printouts (issue 10, item 6), read back from the PDFs: ``pdfimages -list`` for
the logo's image on every page, pdftotext (with word boxes) for the amounts and for text kept clear of the logo;
``prepare_logo`` refuses what is not a PNG or JPEG, or too large, in the user's words, and scales the rest down."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QLocale
from test_invoice_pdf import CREATED, invoice, pages
from test_prescription_pdf import PT_PER_MM, build, page_texts, pages_with_words, rx

from hms_desktop import formats
from hms_desktop.domain.settings import CurrencyFormat, HospitalSettings
from hms_desktop.printing import invoice as invoice_pdf
from hms_desktop.printing import prescription as prescription_pdf
from hms_desktop.printing.invoice import InvoicePrintLine, build_invoice
from hms_desktop.printing.layout import logo_size
from hms_desktop.printing.receipt import ReceiptData, build_receipt
from hms_desktop.printing.revenue_report import RevenueReportData, RevenueRow, build_revenue_report
from hms_desktop.printing.z_report import ZLine, ZReportData, build_z_report
from hms_desktop.services.errors import ValidationFailed
from hms_desktop.services.hospital_logo import FILE_MAX_BYTES, STORED_MAX_SIDE, prepare_logo
from hms_desktop.ui.locale_formats import install_locale_formats

D = Decimal
POUNDS = CurrencyFormat("GBP", "£")


def image_bytes(size: tuple[int, int] = (300, 120), kind: str = "PNG", mode: str = "RGBA") -> bytes:
    picture = Image.new(mode, size, (20, 60, 140, 255) if mode == "RGBA" else (20, 60, 140))
    out = io.BytesIO()
    picture.save(out, kind)
    return out.getvalue()


LOGO = image_bytes()


def images(pdf: bytes, tmp_path: Path) -> list[tuple[int, int, int]]:
    """(page, width px, height px) of every image drawn, as ``pdfimages -list`` reports them (soft masks left
    out: a PNG's transparency is a second image of the same size)."""
    path = tmp_path / "images.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    found = []
    for line in listing.splitlines()[2:]:
        parts = line.split()
        if parts[2] == "image":
            found.append((int(parts[0]), int(parts[3]), int(parts[4])))
    return found


# --- the logo -------------------------------------------------------------------------------------------

def test_the_invoice_prints_the_logo_on_every_page_and_its_header_beside_it(tmp_path: Path) -> None:
    pdf = build_invoice(invoice(lines=90, logo=LOGO), created=CREATED)
    texts = pages(pdf, tmp_path)
    assert len(texts) >= 3
    assert images(pdf, tmp_path) == [(page, 300, 120) for page in range(1, len(texts) + 1)]
    assert all("St Elsewhere General Hospital" in text for text in texts)


def test_without_a_logo_nothing_is_drawn(tmp_path: Path) -> None:
    assert images(build_invoice(invoice(), created=CREATED), tmp_path) == []
    assert images(build(rx()), tmp_path) == []


@pytest.mark.parametrize("page_size", ["A5", "A4"])
def test_the_prescription_prints_the_logo_and_keeps_its_words_clear_of_it(tmp_path: Path, page_size: str) -> None:
    pdf = build(rx(lines=12, logo=LOGO), page_size=page_size)
    texts = page_texts(pdf, tmp_path)
    assert images(pdf, tmp_path) == [(page, 300, 120) for page in range(1, len(texts) + 1)]
    width, height = logo_size(LOGO, max_width=prescription_pdf.LOGO_MAX[0], max_height=prescription_pdf.LOGO_MAX[1])
    margin = prescription_pdf.MARGINS[page_size]
    for (_page_width, page_height), words in pages_with_words(pdf, tmp_path):
        # pdftotext's boxes run from the top of the page down; the logo's corner is the margin's.
        logo_right, logo_bottom = margin + width, margin + height
        for text, x_min, y_min, _x_max, _y_max in words:
            if y_min < logo_bottom - 0.5 * PT_PER_MM:
                assert x_min >= logo_right, (text, x_min, logo_right)
        assert page_height > 0
    assert "St Elsewhere General Hospital" in texts[0]


def test_the_daily_revenue_prints_the_logo_and_names_the_currency(tmp_path: Path) -> None:
    data = RevenueReportData(hospital_name="St Elsewhere", day=date(2030, 6, 2),
                             rows=(RevenueRow("Invoiced", "3 issued invoices", POUNDS.format(D("1234.5"))),),
                             printed_at="02 Jun 2030 18:00", currency_code="GBP", logo=LOGO)
    pdf = build_revenue_report(data)
    (text,) = pages(pdf, tmp_path)
    assert images(pdf, tmp_path) == [(1, 300, 120)]
    assert "£1,234.50" in text and "Amounts in GBP" in text


def receipt(**changes: object) -> ReceiptData:
    values: dict[str, object] = {
        "hospital_name": "St Elsewhere", "receipt_number": "INV-1/2", "taken_at": "02 Jun 2030 10:00",
        "taken_by": "clerk", "patient_name": "Zoë", "mrn": "10000019", "invoice_number": "INV-1", "kind": "payment",
        "method": "cash", "amount": D("50"), "tendered": D("60"), "change": D("10"), "reference": None,
        "invoice_total": D("87.99"), "balance": D("37.99"), "status": "partly paid"}
    values.update(changes)
    return ReceiptData(**values)


def test_the_80mm_receipt_prints_a_small_logo_and_grows_to_make_room_for_it(tmp_path: Path) -> None:
    plain = build_receipt(receipt())
    with_logo = build_receipt(receipt(logo=LOGO, currency=POUNDS))
    assert images(with_logo, tmp_path) == [(1, 300, 120)]
    (text,) = pages(with_logo, tmp_path)
    assert "Paid £50.00" in text and "Change £10.00" in text
    assert "St Elsewhere" in text
    plain_height = float(subprocess.run(["pdfinfo", "-"], input=plain, capture_output=True, check=True)
                         .stdout.decode().split("Page size:")[1].split("x")[1].split()[0])
    logo_height = float(subprocess.run(["pdfinfo", "-"], input=with_logo, capture_output=True, check=True)
                        .stdout.decode().split("Page size:")[1].split("x")[1].split()[0])
    assert logo_height > plain_height


def test_a_damaged_logo_prints_the_document_without_it(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    pdf = build_invoice(invoice(logo=b"\x89PNG\r\n\x1a\nnot really"), created=CREATED)
    assert images(pdf, tmp_path) == []
    assert "INVOICE" in pages(pdf, tmp_path)[0]


# --- the currency ---------------------------------------------------------------------------------------

def test_by_default_amounts_print_as_before() -> None:
    currency = HospitalSettings().currency
    assert (currency.code, currency.symbol) == ("GBP", "")
    assert invoice_pdf.amount(D("1234.5")) == invoice_pdf.amount(D("1234.5"), currency) == "1,234.50"
    assert currency.format(D("-3")) == "-3.00"


def test_amounts_take_the_symbol_before_or_after() -> None:
    assert POUNDS.format(D("1234.5")) == "£1,234.50"
    assert POUNDS.format(D("-3")) == "-£3.00"
    assert POUNDS.format(D("2.5"), signed=True) == "+£2.50"
    assert POUNDS.format(D("0"), signed=True) == "£0.00"
    assert CurrencyFormat("SEK", "kr", symbol_after=True).format(D("12")) == "12.00 kr"


def test_the_invoice_prints_every_amount_in_the_currency(tmp_path: Path) -> None:
    (text,) = pages(build_invoice(invoice(currency=POUNDS), created=CREATED), tmp_path)
    for words in ("£80.00", "Tax 20 % on £6.66 £1.33", "Total £87.99", "Card TRM-42 -£40.00",
                  "Balance (partly paid) £47.99"):
        assert words in text


def test_the_z_report_prints_its_amounts_in_the_currency_and_no_logo(tmp_path: Path) -> None:
    data = ZReportData(hospital_name="St Elsewhere", report_number="Z-7", clerk_name="Clerk", clerk_username="clerk",
                       opened_at="08:00", closed_at="16:00", opening_float=D("50"),
                       payments=(ZLine("Cash (2)", D("120")),), refunds=(), deposits=(), cash_in=D("120"),
                       cash_refunds=D(0), expected_cash=D("170"), counted_cash=D("172.5"), difference=D("2.5"),
                       note="Found coins", printed_at="16:05", currency=CurrencyFormat("EUR", "€"))
    pdf = build_z_report(data)
    (text,) = pages(pdf, tmp_path)
    assert "Expected in drawer €170.00" in text and "Difference +€2.50" in text
    assert images(pdf, tmp_path) == []


@pytest.mark.parametrize(("code", "symbol", "field", "words"), [
    ("gbp", "£", "currency_code", "three-letter code in capitals"),
    ("POUND", "£", "currency_code", "three-letter code"),
    ("GBP", "£ 1", "currency_symbol", "cannot hold spaces, digits"),
    ("GBP", "POUNDS", "currency_symbol", "too long"),
])
def test_a_wrong_currency_is_explained(code: str, symbol: str, field: str, words: str) -> None:
    problems = HospitalSettings(currency_code=code, currency_symbol=symbol).problems()
    assert words in problems[field]


# --- preparing the logo ---------------------------------------------------------------------------------

def test_a_large_png_is_scaled_down_and_keeps_its_transparency() -> None:
    prepared = prepare_logo(image_bytes((2400, 1200)))
    assert (prepared.media_type, prepared.width_px, prepared.height_px) == ("image/png", STORED_MAX_SIDE, 300)
    with Image.open(io.BytesIO(prepared.image)) as stored:
        assert stored.format == "PNG" and stored.mode == "RGBA"
    assert len(prepared.sha256) == 64


def test_a_jpeg_stays_a_jpeg_and_a_small_image_is_not_enlarged() -> None:
    prepared = prepare_logo(image_bytes((200, 80), "JPEG", "RGB"))
    assert (prepared.media_type, prepared.width_px, prepared.height_px) == ("image/jpeg", 200, 80)


@pytest.mark.parametrize(("data", "words"), [
    (b"", "The file is empty"),
    (b"%PDF-1.4 not an image", "not a PNG or JPEG image"),
    (image_bytes(kind="GIF", mode="RGB"), "Choose a PNG or JPEG image"),
    (image_bytes((8001, 10), "PNG", "RGB"), "too large (8001 × 10 pixels)"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "not a PNG or JPEG image"),
    (b"x" * (FILE_MAX_BYTES + 1), "The file is too large"),
])
def test_what_cannot_be_a_logo_is_refused_in_words(data: bytes, words: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        prepare_logo(data)
    assert words in refused.value.problems["logo"]


def test_a_french_workstation_prints_amounts_quantities_and_rates_in_french(tmp_path: Path) -> None:
    """Issue 15, item 5: the number in the workstation's way, the symbol where the hospital's setting puts it."""
    euros = CurrencyFormat("EUR", "€", symbol_after=True)
    lines = (InvoicePrintLine(date(2030, 6, 1), "Pansements", D("1.5"), D("823.00"), D(0), D("5.5"), D("1234.50")),)
    try:
        install_locale_formats(QLocale("fr_FR"))
        pdf = build_invoice(invoice(lines=lines, currency=euros, bands=((D("5.5"), D("1234.50"), D("67.90")),),
                                    subtotal=D("1234.50"), tax=D("67.90"), total=D("1302.40"),
                                    balance=D("1262.40")), created=CREATED)
    finally:
        formats.install(None)
    (text,) = pages(pdf, tmp_path)
    text = text.replace("\u202f", " ").replace("\u00a0", " ")  # the French thousands space reads back as one
    for words in ("Date 2 juin 2030", "Pansements 1,5", "823,00 €", "Tax 5,5 % on 1 234,50 €", "1 302,40 €",
                  "Card TRM-42 -40,00 €", "Balance (partly paid) 1 262,40 €"):
        assert words in text, words
    assert "1,234.50" not in text and "1234.50" not in text
