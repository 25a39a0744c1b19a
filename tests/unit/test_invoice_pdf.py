"""The invoice (A4) and receipt (80 mm) PDFs read back: pdftotext for the words page by page, zbarimg for the
invoice number's Code 128, pdfinfo for the pages; a long invoice repeats its header and carries the totals on
the last page only; a reprint says COPY."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from test_printing import barcodes, page_count, pdf_text, readable

from hms_desktop.printing.invoice import InvoicePrintData, InvoicePrintLine, InvoicePrintPayment, build_invoice
from hms_desktop.printing.receipt import ReceiptData, build_receipt

D = Decimal
CREATED = datetime(2030, 6, 2, 9, 0, tzinfo=UTC)


def invoice(lines: int | tuple[InvoicePrintLine, ...] = 2, **changes: object) -> InvoicePrintData:
    printed = (InvoicePrintLine(date(2030, 6, 1), "Consultation with a consultant", D(1), D("80.00"), D(0), D(0),
                                D("80.00")),
               *(InvoicePrintLine(date(2030, 6, 1), f"Dressing pack Marker{n}", D(2), D("3.33"), D(0), D(20),
                                  D("6.66")) for n in range(1, lines if isinstance(lines, int) else 0)))
    values: dict[str, object] = {
        "hospital_name": "St Elsewhere General Hospital", "hospital_lines": ("12 Harbour Road",),
        "tax_number": "GB123456789", "number": "INV-2030-000123", "issued_on": date(2030, 6, 2),
        "patient_name": "O'Brien-Smith, Zoë", "mrn": "10000019",
        "lines": printed if isinstance(lines, int) else lines,
        "bands": ((D(0), D("80.00"), D(0)), (D(20), D("6.66"), D("1.33"))), "subtotal": D("86.66"),
        "discount": D(0), "tax": D("1.33"), "total": D("87.99"), "credited": D(0),
        "payments": (InvoicePrintPayment(date(2030, 6, 2), "Card TRM-42", D("40.00")),), "paid": D("40.00"),
        "balance": D("47.99"), "status": "partly paid"}
    values.update(changes)
    return InvoicePrintData(**values)


def pages(pdf: bytes, tmp_path: Path) -> list[str]:
    return [" ".join(readable(page).split()) for page in pdf_text(pdf, tmp_path).split("\f")[:-1]]


def test_an_invoice_reads_back_with_its_number_patient_lines_totals_and_barcode(tmp_path: Path) -> None:
    pdf = build_invoice(invoice(), created=CREATED)
    (text,) = pages(pdf, tmp_path)
    for words in ("St Elsewhere General Hospital", "Tax number GB123456789", "INVOICE", "INV-2030-000123",
                  "Date 02 Jun 2030", "O'Brien-Smith, Zoë", "MRN 10000019", "Consultation with a consultant",
                  "Dressing pack Marker1", "Tax 20 % on 6.66 1.33", "Total 87.99", "Card TRM-42 -40.00",
                  "Balance (partly paid) 47.99", "Page 1 of 1"):
        assert words in text
    assert "COPY" not in text
    assert barcodes(pdf, tmp_path) == ["CODE-128:INV-2030-000123"]


def test_a_long_invoice_repeats_its_header_and_totals_come_on_the_last_page(tmp_path: Path) -> None:
    pdf = build_invoice(invoice(lines=90), copy=True, created=CREATED)
    texts = pages(pdf, tmp_path)
    count = page_count(pdf, tmp_path)
    assert count == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert "INV-2030-000123" in text and "MRN 10000019" in text and "COPY" in text
        assert f"Page {number} of {count}" in text
        assert ("Total 87.99" in text) == (number == count)
        assert ("Balance (partly paid)" in text) == (number == count)
        if number < count:
            assert f"Continued on page {number + 1} of {count}" in text
    everything = " ".join(texts)
    assert all(f"Marker{n} " in everything + " " for n in range(1, 90))
    assert barcodes(pdf, tmp_path, dpi=200).count("CODE-128:INV-2030-000123") == count


def test_an_invoice_without_lines_is_a_bug() -> None:
    with pytest.raises(ValueError, match="at least one line"):
        build_invoice(invoice(lines=()))


def test_a_receipt_is_80_mm_wide_and_shows_the_change_and_the_balance(tmp_path: Path) -> None:
    data = ReceiptData(hospital_name="St Elsewhere General Hospital", receipt_number="INV-2030-000123/7",
                       taken_at="02 Jun 2030 10:15", taken_by="bclerk", patient_name="O'Brien-Smith, Zoë",
                       mrn="10000019", invoice_number="INV-2030-000123", kind="payment", method="Cash",
                       amount=D("40.00"), tendered=D("50.00"), change=D("10.00"), reference=None,
                       invoice_total=D("87.99"), balance=D("47.99"), status="partly paid")
    pdf = build_receipt(data, created=CREATED)
    (text,) = pages(pdf, tmp_path)
    for words in ("PAYMENT RECEIPT", "Receipt INV-2030-000123/7", "MRN 10000019", "Paid 40.00", "Method Cash",
                  "Cash tendered 50.00", "Change 10.00", "Balance (partly paid) 47.99", "Taken by bclerk"):
        assert words in text
    assert "COPY" not in text
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    width = float(info.split("Page size:")[1].split("x")[0])
    assert abs(width - 80 * 72 / 25.4) < 0.5
    assert "COPY" in pages(build_receipt(data, copy=True, created=CREATED), tmp_path)[0]


def test_the_hospitals_address_contact_and_tax_number_print_whole_on_a_copy_too(tmp_path: Path) -> None:
    email = "accounts-receivable.department@st-elsewhere-general-hospital.example.org"
    lines = ("St Elsewhere Campus", "12 Harbour Road", "Port Elsewhere", "PE1 2AB United Kingdom",
             "Phone +44 20 7946 0018", f"E-mail {email}")
    (text,) = pages(build_invoice(invoice(hospital_lines=lines), copy=True, created=CREATED), tmp_path)
    for words in (*lines, "Tax number GB123456789", "COPY", "Bill to"):
        assert words in text, words  # the long e-mail is set smaller, not cut short


# --- the insurer/patient split and discount reasons (issue 9, the split shown everywhere) ---

INSURER = "Northwind Mutual Health Insurance Society – Gold 80 Family, member M-00012"


def test_an_insured_invoice_names_the_insurer_and_both_shares_on_the_last_page(tmp_path: Path) -> None:
    data = invoice(lines=90, insurer=INSURER, insurer_share=D("64.00"), patient_share=D("23.99"),
                   balance=D("-16.01"), status="overpaid")
    texts = pages(build_invoice(data, created=CREATED), tmp_path)
    *before, last = texts
    for words in (f"Insurer: {INSURER}", "Insurer's share 64.00", "Patient's share 23.99",
                  "Patient's balance (overpaid) -16.01"):
        assert words in last, words
        assert not any(words in page for page in before)
    assert "Balance (" not in last


def test_discount_reasons_print_under_their_lines_and_every_line_still_prints(tmp_path: Path) -> None:
    lines = tuple(InvoicePrintLine(date(2030, 6, 1), f"Visit Marker{n}", D(1), D("10.00"), D("1.00"), D(0),
                                   D("9.00"), discount_reason=f"Reason{n} courtesy" if n % 2 else "")
                  for n in range(1, 80))
    pdf = build_invoice(invoice(lines=lines), created=CREATED)
    texts = pages(pdf, tmp_path)
    everything = " ".join(texts) + " "
    assert all(f"Marker{n} " in everything for n in range(1, 80))
    assert all(f"Discount: Reason{n} courtesy" in everything for n in range(1, 80, 2))
    assert "Reason2 " not in everything
    # A reason takes a row: these 79 lines need more pages than 79 lines without reasons.
    plain = tuple(InvoicePrintLine(line.service_date, line.description, line.quantity, line.unit_price,
                                   line.discount, line.tax_rate, line.line_total) for line in lines)
    assert page_count(pdf, tmp_path) > page_count(build_invoice(invoice(lines=plain), created=CREATED), tmp_path)
    # Each reason is on the page of its line.
    for page in texts:
        for n in range(1, 80, 2):
            assert (f"Marker{n} " in page + " ") == (f"Reason{n} courtesy" in page)


def test_an_insured_receipt_shows_the_insurers_share_and_the_patients_balance(tmp_path: Path) -> None:
    data = ReceiptData(hospital_name="St Elsewhere", receipt_number="INV-2030-000123/5", taken_at="02 Jun 2030",
                       taken_by="clerk", patient_name="Doe, Jane", mrn="10000019", invoice_number="INV-2030-000123",
                       kind="payment", method="card", amount=D("20.00"), tendered=None, change=None,
                       reference="T-11", invoice_total=D("98.00"), balance=D("13.40"), status="partly paid",
                       insurer_share=D("64.60"))
    text = " ".join(readable(pdf_text(build_receipt(data, created=CREATED), tmp_path)).split())
    assert "Insurer's share 64.60" in text and "Your balance (partly paid) 13.40" in text
