"""Printouts on a French workstation (issue 15, item 4): the words the services put on paper from their tables
(payment methods on the Z-report, the invoice's payment status on a receipt, a prescription's route, frequency,
duration and quantity) are printed in French, read back from the PDF with pdftotext. The shipped French catalogue
is installed as ui/language.py does at start-up (it needs the Qt application, hence a GUI test)."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from hms_desktop.printing.prescription import PrescriptionData, build_prescription
from hms_desktop.printing.receipt import ReceiptData, build_receipt
from hms_desktop.printing.z_report import ZReportData, build_z_report
from hms_desktop.services.billing.shifts import MethodTotal, _z_lines
from hms_desktop.services.prescribing.prescriptions import _print_line

CREATED = datetime(2030, 6, 2, 10, 15)


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "printout.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return " ".join(text.split())


def test_the_z_reports_payment_lines_are_french(french, tmp_path) -> None:
    payments = _z_lines((MethodTotal("cash", 2, Decimal("60.00")), MethodTotal("card", 3, Decimal("140.00"))))
    refunds = _z_lines((MethodTotal("transfer", 1, Decimal("-10.00")),))
    data = ZReportData(hospital_name="Hôpital Saint-Louis", report_number="Z-7", clerk_name="Brigitte Clerc",
                       clerk_username="bclerc", opened_at="02/06/2030 08:00", closed_at="02/06/2030 16:00",
                       opening_float=Decimal("100.00"), payments=payments, refunds=refunds, deposits=(),
                       cash_in=Decimal("60.00"), cash_refunds=Decimal("0.00"), expected_cash=Decimal("160.00"),
                       counted_cash=Decimal("160.00"), difference=Decimal("0.00"), note=None,
                       printed_at="02/06/2030 16:01")
    text = _text(build_z_report(data, created=CREATED), tmp_path)
    for words in ("Espèces (2)", "Carte (3)", "Virement bancaire (1)", "RAPPORT Z"):
        assert words in text, text
    for english in ("Cash (2)", "Card (3)", "Bank transfer"):
        assert english not in text


def test_a_receipt_prints_the_payment_status_in_french(french, tmp_path) -> None:
    data = ReceiptData(hospital_name="Hôpital Saint-Louis", receipt_number="INV-2030-000123/7",
                       taken_at="02/06/2030", taken_by="bclerc", patient_name="Durand, Marie", mrn="10000019",
                       invoice_number="INV-2030-000123", kind="payment", method="Carte", amount=Decimal("40.00"),
                       tendered=None, change=None, reference=None, invoice_total=Decimal("87.99"),
                       balance=Decimal("47.99"), status="partly paid", tax_number=None)
    text = _text(build_receipt(data, created=CREATED), tmp_path)
    assert "(payée en partie)" in text, text
    assert "partly paid" not in text


def test_a_prescription_line_prints_in_french(french, tmp_path) -> None:
    row = SimpleNamespace(line_number=1, drug_name="Amoxicilline", strength="500 mg", form="capsule",
                          dose=Decimal("500"), unit="mg", route="oral", frequency="TDS", duration_days=7,
                          quantity=Decimal("21"), quantity_unit="capsule", instructions="")
    line = _print_line(row)
    assert (line.route, line.frequency, line.duration, line.quantity) == (
        "voie orale", "trois fois par jour", "7 jours", "21 gélules")
    data = PrescriptionData(hospital_name="Hôpital Saint-Louis", hospital_lines=(), doctor_name="Dr Anne Morel",
                            registration_number="10003456789", family_name="Durand", given_name="Marie", sex="F",
                            birth_date=date(1980, 3, 12), birth_date_estimated=False, mrn="10000019",
                            prescription_number="RX-2030-000042", prescribed_on=date(2030, 6, 2), lines=(line,),
                            allergies=())
    text = _text(build_prescription(data, created=CREATED), tmp_path)
    assert "voie orale" in text and "trois fois par jour" in text and "pendant 7 jours" in text, text
    assert "21 gélules" in text
    for english in ("oral ·", "three times a day", "for 7 days", "capsules"):
        assert english not in text
