"""Deposits taken by reception (issue 9: "reception may take a deposit", "deposits taken on admission") on a
real database: a card deposit needs no shift, a cash deposit without one is refused naming where this person
opens it (Registration > My shift for reception, Billing > My shift for billing), the deposit receipt is
printed by reception (80 mm, cash handed over and change on the first print, COPY once logged), and reception
calls everything the Registration tab calls (shift, deposit, receipt, balance) while still refused the
payment table."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from factories import new_patient, open_cash_shift
from psycopg import errors

from hms_desktop.domain.permissions import cash_shift_place, may_see_balance, may_take_deposit
from hms_desktop.domain.staff import Group
from hms_desktop.services import billing, printing
from hms_desktop.services.billing import shifts
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, PermissionDenied, ValidationFailed

D = Decimal


@pytest.fixture(scope="module")
def receptionist(database) -> Iterator[ServiceContext]:
    username = database.add_user(Group.RECEPTION, stem="recdep", full_name="Rita Reception-Desk")
    yield from database.logged_in(username=username)


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


def pdf_text(pdf: bytes, folder: Path, name: str) -> str:
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    return " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


def pdf_width_mm(pdf: bytes, folder: Path) -> float:
    path = folder / "width.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    return float(size.split()[2]) / 72 * 25.4


def test_the_predicates_agree_with_the_services() -> None:
    assert may_take_deposit({Group.RECEPTION}) and may_take_deposit({Group.BILLING})
    assert not may_take_deposit({Group.ADMIN}) and not may_take_deposit({Group.DOCTOR})
    assert may_see_balance({Group.RECEPTION}) and not may_see_balance({Group.DOCTOR})
    assert cash_shift_place({Group.RECEPTION}) == "Registration > My shift"
    assert cash_shift_place({Group.BILLING}) == "Billing > My shift"
    assert cash_shift_place({Group.RECEPTION, Group.BILLING}) == "Billing > My shift"


def test_cash_without_a_shift_is_refused_in_each_persons_words(database, receptionist, clerk) -> None:
    patient = new_patient(database)
    with pytest.raises(Conflict) as refused:
        billing.take_deposit(receptionist, patient, D("50.00"), "cash")
    assert str(refused.value) == ("Open your cash shift first (Registration > My shift), or take the deposit by "
                                  "card or transfer.")
    with pytest.raises(Conflict) as refused_billing:
        billing.take_deposit(clerk, patient, D("50.00"), "cash")
    assert "(Billing > My shift)" in str(refused_billing.value)
    # Card needs no shift; nothing of the refused cash was kept.
    card = billing.take_deposit(receptionist, patient, D("30.00"), "card", "TRM-1")
    assert card.method == "card" and card.amount == D("30.00")
    with database.owner.engine.connect() as conn:
        count = conn.exec_driver_sql(f"SELECT count(*) FROM deposit WHERE patient_id = {patient}").scalar_one()
    assert count == 1


def test_reception_opens_a_shift_takes_cash_prints_the_receipt_and_closes(database, receptionist, clerk,
                                                                          tmp_path) -> None:
    patient = new_patient(database, "Depositor", "Ada")
    shift = shifts.open_shift(receptionist, "20.00")
    deposit = billing.take_deposit(receptionist, patient, D("150.00"), "cash")
    assert deposit.taken_by == receptionist.user.username

    job = billing.print_deposit_receipt(receptionist, deposit.id, tendered=D("200.00"))
    assert job.document == "deposit_receipt" and job.subject == f"DEP-{deposit.id}" and not job.is_copy
    words = pdf_text(job.pdf, tmp_path, "first")
    for expected in ("DEPOSIT RECEIPT", f"DEP-{deposit.id}", "DEPOSITOR, Ada", "Deposit 150.00", "Method Cash",
                     "Cash tendered 200.00", "Change 50.00", "Rita Reception-Desk", "applied to an invoice"):
        assert expected in words, (expected, words)
    assert "COPY" not in words
    assert 79 < pdf_width_mm(job.pdf, tmp_path) < 81
    with pytest.raises(ValidationFailed):
        billing.print_deposit_receipt(receptionist, deposit.id, tendered=D("100.00"))

    printing.log_print(receptionist, job, "Desk printer")
    again = billing.print_deposit_receipt(receptionist, deposit.id)
    assert again.is_copy
    copy_words = pdf_text(again.pdf, tmp_path, "copy")
    assert "COPY" in copy_words and "Cash tendered" not in copy_words and "Deposit 150.00" in copy_words
    # Billing prints the same receipt (and sees it was printed).
    assert billing.print_deposit_receipt(clerk, deposit.id).is_copy

    summary = shifts.shift_summary(receptionist, shift.id)
    assert summary.expected_cash == D("170.00")
    closed = shifts.close_shift(receptionist, shift.id, D("170.00"))
    assert closed.difference == D("0.00")
    assert shifts.print_z_report(receptionist, shift.id).pdf.startswith(b"%PDF")


def test_the_balance_and_who_may_call_what(database, receptionist) -> None:
    patient = new_patient(database)
    assert billing.patient_balance(receptionist, patient) == D("0.00")
    doctor = database.context_for(Group.DOCTOR)
    admin = database.context_for(Group.ADMIN)
    card = billing.take_deposit(receptionist, patient, D("10.00"), "transfer")
    for refused in (doctor, admin):
        with pytest.raises(PermissionDenied):
            billing.take_deposit(refused, patient, D("10.00"), "card", "TRM-2")
    with pytest.raises(PermissionDenied):
        billing.print_deposit_receipt(doctor, card.id)
    # Reception reads deposits and the balance function, never the payment table.
    with database.connect_as(receptionist.user.username) as conn:
        assert conn.execute("SELECT amount FROM deposit WHERE id = %s", (card.id,)).fetchone() == (D("10.00"),)
        assert conn.execute("SELECT hms_patient_balance(%s)", (patient,)).fetchone() == (D("0.00"),)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT amount FROM payment LIMIT 1")


def test_reception_cannot_write_a_deposits_author_or_shift(database, receptionist) -> None:
    patient = new_patient(database)
    open_cash_shift(database, receptionist)
    with database.connect_as(receptionist.user.username) as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("INSERT INTO deposit (patient_id, method, amount, taken_by) VALUES (%s, 'cash', 5, 'x')",
                     (patient,))
    assert isinstance(refused.value, errors.InsufficientPrivilege)
