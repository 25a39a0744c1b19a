"""The hospital's identity from the settings (postal address, phone, e-mail, tax number) printed in the headers
of the invoice, the receipt and the prescription, read back from the PDFs; the lengths are checked."""

from __future__ import annotations

import dataclasses
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from factories import new_patient
from helpers import fixed_clock
from sqlalchemy import text

from hms_desktop.domain.prescribing import PrescriptionLine
from hms_desktop.domain.settings import ADDRESS_LINES_MAX, HospitalSettings
from hms_desktop.domain.staff import Group
from hms_desktop.services import billing, consultation, prescribing, settings
from hms_desktop.services.billing import ManualLine
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ValidationFailed

D = Decimal
IDENTITY = {"hospital_address": "12 Harbour Road\nPort Elsewhere PE1 2AB", "hospital_phone": "+44 20 7946 0018",
            "hospital_email": "billing@st-elsewhere.example", "hospital_tax_number": "GB 123 4567 89"}


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def clerk(database, admin) -> Iterator[ServiceContext]:
    settings.save_settings(admin, dataclasses.replace(settings.get_settings(admin), **IDENTITY))
    yield from database.logged_in(Group.BILLING)


def words(pdf: bytes, folder: Path) -> str:
    path = folder / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


def issued_invoice(database, clerk: ServiceContext) -> billing.InvoiceDTO:
    patient = new_patient(database)
    draft = billing.create_draft_invoice(clerk, patient, [], [ManualLine("Dressing pack", D(2), D("3.33"), D(20))])
    return billing.issue_invoice(clerk, draft.id)


def test_the_invoice_and_receipt_headers_carry_address_phone_email_and_tax_number(database, clerk,
                                                                                  tmp_path) -> None:
    invoice = issued_invoice(database, clerk)
    card = billing.take_payment(clerk, invoice.id, "card", D("2.00"), reference="TRM-7")
    for pdf in (billing.print_invoice(clerk, invoice.id).pdf, billing.print_receipt(clerk, card.id).pdf):
        text_ = words(pdf, tmp_path)
        for expected in ("12 Harbour Road", "Port Elsewhere PE1 2AB", "Phone +44 20 7946 0018",
                         "E-mail billing@st-elsewhere.example", "Tax number GB 123 4567 89"):
            assert expected in text_, (expected, text_)


def test_without_identity_nothing_extra_is_printed(database, clerk, admin, tmp_path) -> None:
    saved = settings.get_settings(admin)
    settings.save_settings(admin, dataclasses.replace(saved, hospital_address="", hospital_phone="",
                                                      hospital_email="", hospital_tax_number=""))
    try:
        text_ = words(billing.print_invoice(clerk, issued_invoice(database, clerk).id).pdf, tmp_path)
        assert "Tax number" not in text_ and "Phone" not in text_ and "Harbour" not in text_
    finally:
        settings.save_settings(admin, saved)


def test_the_prescription_header_carries_the_address_and_contact(database, clerk, tmp_path) -> None:
    doctor_login = database.add_user(Group.DOCTOR, stem="idrx", full_name="Dr Id Writer")
    with database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO doctor_profile (staff_id, registration_number) SELECT id, 'GMC 1234567' "
                          "FROM staff WHERE username = :u"), {"u": doctor_login})
    prescribing.use_knowledge_folder(None)
    for doctor in database.logged_in(username=doctor_login, clock=fixed_clock()):
        patient = new_patient(database)
        encounter = consultation.start_encounter(doctor, patient).id
        source = prescribing.knowledge_source()
        drug = source.drug("aspirin-75-mg-dispersible-tablet")  # type: ignore[union-attr]
        assert drug is not None
        prescribing.issue_prescription(doctor, encounter, [PrescriptionLine.new(1, drug)])
        rx = prescribing.prescriptions_of(doctor, patient)[0]
        text_ = words(prescribing.print_prescription(doctor, rx.id).pdf, tmp_path)
        assert "12 Harbour Road" in text_ and "Phone +44 20 7946 0018" in text_


def test_identity_lengths_and_shapes_are_checked(admin) -> None:
    base = HospitalSettings()
    assert base.contact_lines == ()
    assert HospitalSettings(**IDENTITY).contact_lines == (
        "12 Harbour Road", "Port Elsewhere PE1 2AB", "Phone +44 20 7946 0018  ·  E-mail billing@st-elsewhere.example")
    refused = {
        "hospital_address": "\n".join(f"Line {n}" for n in range(ADDRESS_LINES_MAX + 1)),
        "hospital_phone": "call us",
        "hospital_email": "billing at example.org",
        "hospital_tax_number": "GB1\nGB2",
    }
    for field, value in refused.items():
        assert field in dataclasses.replace(base, **{field: value}).problems(), field
        with pytest.raises(ValidationFailed) as caught:
            settings.save_settings(admin, dataclasses.replace(settings.get_settings(admin), **{field: value}))
        assert field in caught.value.problems
    assert dataclasses.replace(base, **IDENTITY).problems() == {}
