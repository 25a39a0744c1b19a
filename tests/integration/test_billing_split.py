"""The insurer/patient split shown everywhere an invoice's money is (issue 9, after the claims merge): the
patient's invoice list and balance on the Billing tab's account page, the batch print's invoices, the A4
invoice PDF and the 80 mm receipt all say what ``invoice_of`` says (``domain.claims.patient_settlement``),
before and after a remittance that rejects a line."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from factories import new_insured_patient, new_patient
from sqlalchemy import event, text

from hms_desktop.domain.claims import RemittanceLine
from hms_desktop.domain.staff import Group
from hms_desktop.services import billing
from hms_desktop.services.billing import CreditLine, ManualLine, batch_print, claims
from hms_desktop.services.billing.use_cases import invoice_of
from hms_desktop.services.context import ServiceContext

D = Decimal


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


def issue(clerk: ServiceContext, patient: int, *, discounted: bool = False) -> billing.InvoiceDTO:
    """CONS 80.00 (consultation, 80 % insured), LAB-CRP 14.00 (lab, 50 %), MISC 10.00 + 20 % tax (not covered),
    the consultation 8.00 off with a reason when ``discounted``."""
    discount = D("8.00") if discounted else D(0)
    draft = billing.create_draft_invoice(clerk, patient, [], [
        ManualLine("Consultation", unit_price=D("80.00"), tax_rate=D(0), fee_code="CONS", discount=discount,
                   discount_reason="Staff courtesy" if discounted else None),
        ManualLine("CRP test", unit_price=D("14.00"), tax_rate=D(0), fee_code="LAB-CRP"),
        ManualLine("Dressing pack", unit_price=D("10.00"), tax_rate=D(20), fee_code="MISC")])
    return billing.issue_invoice(clerk, draft.id)


def sql_balance(database, patient: int) -> Decimal:
    with database.owner.engine.connect() as conn:
        return D(conn.execute(text("SELECT hms_patient_balance(:p)"), {"p": patient}).scalar_one())


def pdf_words(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "split.pdf"
    path.write_bytes(pdf)
    return " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


@contextlib.contextmanager
def statements_of(ctx: ServiceContext) -> Iterator[list[str]]:
    sent: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _many) -> None:
        sent.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", note)


def agree(database, clerk: ServiceContext, patient: int) -> billing.PatientAccountDTO:
    """The account page's list and balance, ``invoice_of`` and ``hms_patient_balance`` say the same."""
    account = billing.patient_account(clerk, patient)
    issued = [summary for summary in account.invoices if summary.status == "issued"]
    for summary in issued:
        full = billing.invoice(clerk, summary.id)
        assert (summary.balance, summary.paid, summary.payment_status, summary.insurer_share) == (
            full.balance, full.paid, full.payment_status, full.insurer_share)
    assert account.balance == sum((summary.balance for summary in issued), D(0)) == sql_balance(database, patient)
    return account


def test_the_account_list_and_balance_are_the_patients_before_and_after_a_rejection(database, clerk,
                                                                                      admin) -> None:
    ids = new_insured_patient(database)
    first = issue(clerk, ids["patient"])   # insurer 64.00 + 7.00 of 106.00
    second = issue(clerk, ids["patient"])
    billing.take_payment(clerk, second.id, "card", D("10.00"), reference="T-9")
    account = agree(database, clerk, ids["patient"])
    assert account.balance == D("35.00") + D("25.00")
    by_id = {summary.id: summary for summary in account.invoices}
    assert (by_id[first.id].balance, by_id[first.id].insurer_share, by_id[first.id].payment_status) == (
        D("35.00"), D("71.00"), "unpaid")
    assert (by_id[second.id].balance, by_id[second.id].payment_status) == (D("25.00"), "partly paid")

    claim = claims.invoice_claim(clerk, first.id)
    assert claim is not None
    batch = claims.create_batch(clerk, ids["payer"], [claim.id])
    claims.submit_batch(clerk, batch.id)
    cons, lab, misc = claim.lines
    claims.post_remittance(admin, batch.id, [RemittanceLine(cons.id, D("64.00")),
                                             RemittanceLine(lab.id, D(0), "Needs a referral"),
                                             RemittanceLine(misc.id, D(0))], reference="R-1")
    account = agree(database, clerk, ids["patient"])
    assert {summary.id: summary.balance for summary in account.invoices}[first.id] == D("42.00")  # + the 7.00
    assert account.balance == D("42.00") + D("25.00")


def test_the_account_reads_its_claims_in_one_statement_whatever_the_number_of_invoices(database, clerk) -> None:
    ids = new_insured_patient(database)
    issue(clerk, ids["patient"])
    with statements_of(clerk) as few:
        billing.patient_account(clerk, ids["patient"])
    for _ in range(3):
        issue(clerk, ids["patient"])
    with statements_of(clerk) as more:
        account = billing.patient_account(clerk, ids["patient"])
    assert len(account.invoices) == 4 and len(more) == len(few)


def test_the_batch_print_builds_the_same_invoice_as_invoice_of(database, clerk, tmp_path) -> None:
    ids = new_insured_patient(database)
    invoice = issue(clerk, ids["patient"], discounted=True)
    assert invoice.insured and invoice.lines[0].discount_reason == "Staff courtesy"
    billing.issue_credit_note(clerk, invoice.id, [CreditLine(invoice.lines[2].id)], "Dressing not used")
    billing.take_payment(clerk, invoice.id, "card", D("5.00"), reference="T-10")
    with clerk.uow(read_only=True) as uow:
        ((batched, _data, _copy),) = batch_print._chunk_invoices(clerk, uow, [invoice.id])
        single = invoice_of(uow, invoice.id)
    assert single.credit_notes and single.payments and single.lines[2].credited == D("10.00")
    # Field by field, nothing left out: shares, discount reasons, per-line credited amounts, the settlement.
    assert batched == single
    assert batched.insurer_share == D("64.60") and batched.payer_name.startswith("Insurer ")
    # And the PDF the batch writes says it.
    result = batch_print.write_invoice_pdfs(clerk, [invoice.id], tmp_path)
    words = pdf_words((tmp_path / result.files[0]).read_bytes(), tmp_path)
    assert f"Patient's balance ({single.payment_status}) {single.balance:,.2f}" in words
    assert "Discount: Staff courtesy" in words


def test_the_invoice_pdf_and_the_receipt_show_the_split(database, clerk, tmp_path) -> None:
    ids = new_insured_patient(database)
    invoice = issue(clerk, ids["patient"], discounted=True)
    # CONS 72.00 (80 %: 57.60), LAB 14.00 (50 %: 7.00), MISC 12.00 the patient's.
    assert (invoice.total, invoice.insurer_share, invoice.patient_share) == (D("98.00"), D("64.60"), D("33.40"))
    payment = billing.take_payment(clerk, invoice.id, "card", D("20.00"), reference="T-11")
    words = pdf_words(billing.print_invoice(clerk, invoice.id).pdf, tmp_path)
    payer = f"{invoice.payer_name} – {invoice.plan_name}, member {invoice.member_number}"
    for expected in (f"Insurer: {payer}", "Insurer's share 64.60", "Patient's share 33.40", "Total 98.00",
                     "Patient's balance (partly paid) 13.40", "Discount: Staff courtesy"):
        assert expected in words, expected
    assert payer.startswith("Insurer ") and "member M-" in payer
    receipt = pdf_words(billing.print_receipt(clerk, payment.id).pdf, tmp_path)
    for expected in ("Paid 20.00", "Insurer's share 64.60", "Your balance (partly paid) 13.40"):
        assert expected in receipt, expected


def test_an_uninsured_invoice_prints_as_before(database, clerk, tmp_path) -> None:
    invoice = issue(clerk, new_patient(database))
    assert not invoice.insured and invoice.balance == D("106.00")
    words = pdf_words(billing.print_invoice(clerk, invoice.id).pdf, tmp_path)
    assert "Balance (unpaid) 106.00" in words
    assert "Insurer" not in words and "Patient's share" not in words
