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
from factories import new_patient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from hms_desktop import formats
from hms_desktop.domain.settings import HospitalSettings
from hms_desktop.domain.staff import Group
from hms_desktop.printing.invoice import build_invoice
from hms_desktop.services.billing.dtos import InvoiceDTO, InvoiceLineDTO
from hms_desktop.services.billing.printing import invoice_print_data
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.tabs.billing import C_DATE, C_DESCRIPTION, BillingTab

CREATED = datetime(2030, 6, 2, 10, 15)
ZERO = Decimal("0.00")


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


def test_an_invoice_prints_the_sql_worded_charges_in_french(french_workstation, tmp_path) -> None:
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


def test_the_bed_day_place_and_the_carried_reason_read_french(french_workstation) -> None:
    from hms_desktop.domain.billing import charge_words
    from hms_desktop.domain.scheduling import reason_words

    night = formats.format_date(date(2030, 5, 31))
    assert charge_words("Bed day, night of 31 May 2030 (North, N2, bed 4)") == \
        f"Hospitalisation, nuit du {night} (North, N2, lit 4)"
    assert charge_words("Consultation (inpatient)") == "Consultation (hospitalisation)"
    assert reason_words("From the waiting list") == "Depuis la liste d'attente"
    assert reason_words("From the waiting list: prefers mornings") == "Depuis la liste d'attente : prefers mornings"


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    login = database.add_user(Group.BILLING, stem="frcharges")
    yield from database.logged_in(username=login)


def _charge(database, patient: int, fee_code: str, description: str, source: int) -> int:
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text(
            "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
            "VALUES (:p, :d, :f, :t, 'encounter', :s) RETURNING id"),
            {"p": patient, "d": date(2030, 6, 1), "f": fee_code, "t": description, "s": source}).scalar_one())


def test_the_billing_tab_and_the_credit_note_show_french_and_store_english(qtbot, database, runner, clerk,
                                                                             french_workstation) -> None:
    patient = new_patient(database, "Francophone", "Léa")
    consultation = _charge(database, patient, "CONS", "Consultation (walk-in)", 5_000_001)
    lab = _charge(database, patient, "LAB-HGB", "Laboratory: Haemoglobin", 5_000_002)
    tab = BillingTab(ctx=clerk, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.picker.search("Francophone")
    charges = tab.ui.chargesTable
    shown = {charges.item(r, C_DATE).data(Qt.ItemDataRole.UserRole): charges.item(r, C_DESCRIPTION).text()
             for r in range(charges.rowCount())}
    assert shown == {consultation: "Consultation (sans rendez-vous)", lab: "Laboratoire : Haemoglobin"}
    assert tab.set_charge_checked(consultation, True) and tab.set_charge_checked(lab, True)
    tab.ui.createDraftButton.click()
    tab.ui.issueButton.click()
    tab.active_confirm.button(QMessageBox.StandardButton.Yes).click()
    invoice = tab.invoice
    assert invoice is not None and invoice.status == "issued"
    lines = tab.ui.linesTable
    assert sorted(lines.item(r, 1).text() for r in range(lines.rowCount())) == [
        "Consultation (sans rendez-vous)", "Laboratoire : Haemoglobin"]

    # The credit note lists the lines in French and credits the chosen one by its id.
    tab.ui.creditNoteButton.click()
    dialog = tab.active_dialog
    assert dialog is not None
    listed = [dialog.ui.linesTable.item(r, 0).text() for r in range(dialog.ui.linesTable.rowCount())]
    assert sorted(listed) == ["Consultation (sans rendez-vous)", "Laboratoire : Haemoglobin"]
    dialog.set_line_checked(listed.index("Laboratoire : Haemoglobin"), True)
    dialog.ui.reasonEdit.setPlainText("Analyse facturée par erreur")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert tab.invoice is not None and len(tab.invoice.credit_notes) == 1
    with database.owner.engine.connect() as conn:
        stored = conn.execute(text(
            "SELECT l.description, cl.description FROM credit_note_line cl "
            "JOIN invoice_line l ON l.id = cl.invoice_line_id WHERE l.invoice_id = :i"), {"i": invoice.id}).all()
        charged = conn.execute(text("SELECT description FROM charge WHERE id = ANY(:ids) ORDER BY id"),
                               {"ids": [consultation, lab]}).scalars().all()
    assert [tuple(row) for row in stored] == [("Laboratory: Haemoglobin", "Laboratory: Haemoglobin")]
    assert charged == ["Consultation (walk-in)", "Laboratory: Haemoglobin"]
