"""Charge descriptions the SQL functions write in English (hms_charge_encounter, hms_charge_lab_order,
hms_accrue_bed_days) print in French on a French workstation (issue 15, item 4): an invoice built by the
service's own print data (services/billing/printing.invoice_print_data) from lines stored in English, read back
from the PDF with pdftotext. A typed line prints as typed. The stored description is never changed."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from hms_desktop import formats, i18n
from hms_desktop.domain.settings import HospitalSettings
from hms_desktop.printing.invoice import build_invoice
from hms_desktop.services.billing.dtos import InvoiceDTO, InvoiceLineDTO
from hms_desktop.services.billing.printing import invoice_print_data
from hms_desktop.ui.language import install_language
from hms_desktop.ui.locale_formats import LocaleFormats

CREATED = datetime(2030, 6, 2, 10, 15)
ZERO = Decimal("0.00")


@pytest.fixture
def french(qapp) -> Iterator[None]:
    assert install_language(qapp, "fr") == "fr"
    formats.install(LocaleFormats(QLocale("fr_FR")))
    try:
        yield
    finally:
        formats.install(None)
        install_language(qapp, "en")
        i18n.install(None)


def _line(number: int, description: str, price: str) -> InvoiceLineDTO:
    amount = Decimal(price)
    return InvoiceLineDTO(id=number, charge_id=number, fee_code=None, description=description,
                          service_date=date(2030, 6, 1), quantity=Decimal(1), unit_price=amount, discount=ZERO,
                          tax_rate=ZERO, line_total=amount, tax_amount=ZERO, credited=ZERO)


def _invoice(*lines: InvoiceLineDTO) -> InvoiceDTO:
    total = sum((line.line_total for line in lines), ZERO)
    return InvoiceDTO(id=1, number="INV-2030-000123", status="issued", patient_id=1, patient_name="Durand, Marie",
                      mrn="10000019", issued_at=datetime(2030, 6, 2, 9, tzinfo=UTC), issued_by="bclerc",
                      created_at=datetime(2030, 6, 2, 8, tzinfo=UTC), subtotal=total, discount=ZERO, tax=ZERO,
                      total=total, lines=lines, tax_bands=(), credit_notes=(), balance=total)


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return " ".join(text.split())


def test_an_invoice_prints_the_sql_worded_charges_in_french(french, tmp_path) -> None:
    invoice = _invoice(_line(1, "Consultation (walk-in)", "40.00"), _line(2, "Laboratory: Urea", "12.50"),
                       _line(3, "Bed day, night of 31 May 2030", "150.00"), _line(4, "Dressing change", "8.00"))
    data = invoice_print_data(invoice, HospitalSettings(hospital_name="Hôpital Saint-Louis"), ZoneInfo("UTC"))
    night = formats.format_date(date(2030, 5, 31))
    assert night != "31 May 2030"  # the desk's own date format, not the stored English one
    text = _text(build_invoice(data, created=CREATED), tmp_path)
    for words in ("Consultation (sans rendez-vous)", "Laboratoire : Urea",
                  f"Hospitalisation, nuit du {night}", "Dressing change"):
        assert words in text, text
    for english in ("walk-in", "Laboratory", "Bed day", "night of", "May 2030"):
        assert english not in text, text
    # What is stored (and what credit notes and claims compare) stays English.
    assert [line.description for line in invoice.lines][:3] == [
        "Consultation (walk-in)", "Laboratory: Urea", "Bed day, night of 31 May 2030"]


def test_the_bed_day_place_and_the_carried_reason_read_french(french) -> None:
    from hms_desktop.domain.billing import charge_words
    from hms_desktop.domain.scheduling import reason_words

    night = formats.format_date(date(2030, 5, 31))
    assert charge_words("Bed day, night of 31 May 2030 (North, N2, bed 4)") == \
        f"Hospitalisation, nuit du {night} (North, N2, lit 4)"
    assert charge_words("Consultation (inpatient)") == "Consultation (hospitalisation)"
    assert reason_words("From the waiting list") == "Depuis la liste d'attente"
    assert reason_words("From the waiting list: prefers mornings") == "Depuis la liste d'attente : prefers mornings"
