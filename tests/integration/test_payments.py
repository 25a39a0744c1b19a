"""Payments and deposits on a real database (issue 9, item 5; migration 0018): partial payments and the
status they give, cash change checked by the database, a card needs its reference, nothing paid on a draft,
payments and deposits never changed or removed (the table owner included), deposits applied up to what they
hold, the patient balance for every group through hms_patient_balance, and the GRANTs of each group."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import psycopg
import pytest
from factories import new_patient, open_cash_shift
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import billing
from hms_desktop.services.billing import CreditLine, ManualLine
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, PermissionDenied, ValidationFailed

D = Decimal
_source_ids = iter(range(3_000_000, 4_000_000))


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    username = database.add_user(Group.BILLING)
    open_cash_shift(database, username)  # cash needs an open shift (migration 0022)
    yield from database.logged_in(username=username)


@pytest.fixture(scope="module")
def receptionist(database) -> Iterator[ServiceContext]:
    username = database.add_user(Group.RECEPTION)
    open_cash_shift(database, username)
    yield from database.logged_in(username=username)


@pytest.fixture(scope="module")
def doctor(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.DOCTOR)


def draft_for(database, clerk: ServiceContext, patient: int | None = None) -> billing.InvoiceDTO:
    """A draft of 87.99: a consultation (80.00, no tax) and two dressing packs (6.66 + 20 % tax 1.33)."""
    patient = patient or new_patient(database)
    with database.owner.engine.begin() as conn:
        charge = int(conn.execute(text(
            "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
            "VALUES (:p, :d, 'CONS', 'Consultation', 'encounter', :s) RETURNING id"),
            {"p": patient, "d": date(2030, 6, 1), "s": next(_source_ids)}).scalar_one())
    return billing.create_draft_invoice(clerk, patient, [charge],
                                        [ManualLine("Dressing pack", D(2), D("3.33"), D(20))])


def issued(database, clerk: ServiceContext, patient: int | None = None) -> billing.InvoiceDTO:
    invoice = billing.issue_invoice(clerk, draft_for(database, clerk, patient).id)
    assert invoice.total == D("87.99")
    return invoice


def test_partial_payments_move_the_status_from_unpaid_to_paid(database, clerk) -> None:
    invoice = issued(database, clerk)
    assert (invoice.paid, invoice.balance, invoice.payment_status) == (D(0), D("87.99"), "unpaid")
    card = billing.take_payment(clerk, invoice.id, "card", "40.00", reference="  TRM-0042  ")
    assert (card.method, card.amount, card.reference, card.tendered, card.change) == (
        "card", D("40.00"), "TRM-0042", None, None)
    assert card.taken_by == clerk.user.username
    now = billing.invoice(clerk, invoice.id)
    assert (now.paid, now.balance, now.payment_status) == (D("40.00"), D("47.99"), "partly paid")
    billing.take_payment(clerk, invoice.id, "transfer", D("7.99"))
    cash = billing.take_payment(clerk, invoice.id, "cash", D("40.00"), tendered=D("50"))
    assert (cash.tendered, cash.change) == (D("50.00"), D("10.00"))
    done = billing.invoice(clerk, invoice.id)
    assert (done.paid, done.balance, done.payment_status) == (D("87.99"), D(0), "paid")
    assert [p.method for p in done.payments] == ["card", "transfer", "cash"]
    with pytest.raises(ValidationFailed, match="left to pay"):
        billing.take_payment(clerk, invoice.id, "cash", D("1.00"), tendered=D("1.00"))


def test_the_clerk_is_told_what_is_missing(database, clerk) -> None:
    invoice = issued(database, clerk)
    with pytest.raises(ValidationFailed, match="terminal"):
        billing.take_payment(clerk, invoice.id, "card", D("10"))
    with pytest.raises(ValidationFailed, match="handed over"):
        billing.take_payment(clerk, invoice.id, "cash", D("10"))
    with pytest.raises(ValidationFailed, match="less than the amount"):
        billing.take_payment(clerk, invoice.id, "cash", D("10"), tendered=D("5"))
    with pytest.raises(ValidationFailed, match="above zero"):
        billing.take_payment(clerk, invoice.id, "transfer", D("0"))
    with pytest.raises(ValidationFailed, match="whole cents"):
        billing.take_payment(clerk, invoice.id, "transfer", "1.005")
    with pytest.raises(ValidationFailed, match="cash, card"):
        billing.take_payment(clerk, invoice.id, "cheque", D("1"))
    assert billing.invoice(clerk, invoice.id).payments == ()


def test_no_payment_on_a_draft_in_the_service_or_the_database(database, clerk) -> None:
    draft = draft_for(database, clerk)
    with pytest.raises(Conflict, match="issued invoice"):
        billing.take_payment(clerk, draft.id, "transfer", D("1.00"))
    with database.connect_as(clerk.user.username) as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("INSERT INTO payment (invoice_id, method, amount) VALUES (%s, 'transfer', 1)", (draft.id,))
    assert refused.value.sqlstate == "HM029"


def test_the_database_checks_cash_change_and_card_references(database, clerk) -> None:
    invoice = issued(database, clerk)
    sql = ("INSERT INTO payment (invoice_id, method, amount, amount_tendered, change_given, reference) "
           "VALUES (%s, %s, %s, %s, %s, %s)")
    with database.connect_as(clerk.user.username) as conn:
        for method, amount, tendered, change, reference in (
                ("cash", 10, 20, 5, None),      # change is not tendered - amount
                ("cash", 10, 5, -5, None),      # less handed over than taken
                ("cash", 10, None, None, None),  # cash without what was handed over
                ("card", 10, None, None, None),  # card without the terminal reference
                ("card", 10, None, None, " "),
                ("transfer", 10, 10, 0, None),  # tendered belongs to cash only
                ("transfer", -10, None, None, None)):
            with pytest.raises(errors.CheckViolation):
                conn.execute(sql, (invoice.id, method, amount, tendered, change, reference))
        # The client cannot say who took the money or when.
        row = conn.execute("INSERT INTO payment (invoice_id, method, amount, amount_tendered, change_given) "
                           "VALUES (%s, 'cash', 10, 12.5, 2.5) RETURNING taken_by, taken_at > now() - "
                           "interval '1 minute'", (invoice.id,)).fetchone()
        assert row == (clerk.user.username, True)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO payment (invoice_id, method, amount, taken_by) VALUES (%s, 'transfer', 1, "
                         "'someone')", (invoice.id,))


@pytest.mark.parametrize("statement", [
    "UPDATE payment SET amount = 1 WHERE id = %(p)s",
    "UPDATE payment SET reference = 'X' WHERE id = %(p)s",
    "DELETE FROM payment WHERE id = %(p)s",
    "UPDATE deposit SET amount = 1 WHERE id = %(d)s",
    "DELETE FROM deposit WHERE id = %(d)s",
])
def test_money_taken_is_never_changed_or_removed_even_by_the_owner(database, clerk, statement: str) -> None:
    invoice = issued(database, clerk)
    payment = billing.take_payment(clerk, invoice.id, "transfer", D("5.00"))
    deposit = billing.take_deposit(clerk, invoice.patient_id, D("20.00"), "cash")
    params = {"p": payment.id, "d": deposit.id}
    with database.owner.engine.connect() as owner:
        raw = owner.connection.dbapi_connection
        assert raw is not None
        with raw.cursor() as cursor, pytest.raises(psycopg.Error) as refused:
            cursor.execute(statement, params)
        raw.rollback()
    assert refused.value.sqlstate == "HM028"
    with database.connect_as(clerk.user.username) as conn, pytest.raises(psycopg.Error) as clerk_refused:
        conn.execute(statement, params)
    assert clerk_refused.value.sqlstate in ("HM028", "42501")
    assert billing.invoice(clerk, invoice.id).payments == (payment,)


def test_a_deposit_is_applied_up_to_what_it_holds_and_the_balance_follows(database, clerk, receptionist) -> None:
    patient = new_patient(database)
    deposit = billing.take_deposit(receptionist, patient, "100.00", "card", reference="TRM-7")
    assert (deposit.amount, deposit.applied, deposit.taken_by) == (D("100.00"), D(0), receptionist.user.username)
    first = issued(database, clerk, patient)
    after_first = billing.apply_deposit(clerk, deposit.id, first.id)
    assert (after_first.paid, after_first.payment_status) == (D("87.99"), "paid")
    assert after_first.payments[0].method == "deposit" and after_first.payments[0].deposit_id == deposit.id
    assert billing.deposit(clerk, deposit.id).left == D("12.01")
    second = issued(database, clerk, patient)
    after_second = billing.apply_deposit(clerk, deposit.id, second.id)
    assert (after_second.paid, after_second.balance, after_second.payment_status) == (
        D("12.01"), D("75.98"), "partly paid")
    with pytest.raises(Conflict, match="Nothing is left"):
        billing.apply_deposit(clerk, deposit.id, second.id)
    assert billing.patient_balance(clerk, patient) == D("75.98")
    # The database holds the same limit against any client.
    with database.connect_as(clerk.user.username) as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("INSERT INTO payment (invoice_id, method, amount, deposit_id) VALUES (%s, 'deposit', 1, %s)",
                     (second.id, deposit.id))
    assert refused.value.sqlstate == "HM030"
    other = issued(database, clerk)
    with pytest.raises(Conflict, match="another patient"):
        billing.apply_deposit(clerk, deposit.id, other.id)


def test_credit_notes_and_overpayment(database, clerk) -> None:
    invoice = issued(database, clerk)
    billing.take_payment(clerk, invoice.id, "transfer", D("87.99"))
    consultation = next(line for line in invoice.lines if line.charge_id is not None)
    billing.issue_credit_note(clerk, invoice.id, [CreditLine(consultation.id)], "Consultation not held")
    now = billing.invoice(clerk, invoice.id)
    assert (now.balance, now.payment_status) == (D("-80.00"), "overpaid")
    assert billing.patient_balance(clerk, invoice.patient_id) == D("-80.00")
    with database.connect_as(clerk.user.username) as conn:
        with pytest.raises(psycopg.Error) as refused:
            conn.execute("INSERT INTO payment (invoice_id, kind, method, amount) VALUES (%s, 'refund', 'transfer', "
                         "80.01)", (invoice.id,))
        assert refused.value.sqlstate == "HM030"
        conn.execute("INSERT INTO payment (invoice_id, kind, method, amount) VALUES (%s, 'refund', 'transfer', 80)",
                     (invoice.id,))
    refunded = billing.invoice(clerk, invoice.id)
    assert (refunded.paid, refunded.balance, refunded.payment_status) == (D("7.99"), D(0), "paid")


def test_the_refund_use_case_pays_back_the_overpayment_only(database, clerk) -> None:
    invoice = issued(database, clerk)
    billing.take_payment(clerk, invoice.id, "card", D("87.99"), reference="TRM-9")
    consultation = next(line for line in invoice.lines if line.charge_id is not None)
    billing.issue_credit_note(clerk, invoice.id, [CreditLine(consultation.id)], "Consultation not held")
    with pytest.raises(ValidationFailed, match=r"overpaid by 80\.00"):
        billing.refund(clerk, invoice.id, "card", D("80.01"), reference="TRM-10")
    with pytest.raises(ValidationFailed, match="terminal"):
        billing.refund(clerk, invoice.id, "card", D("80.00"))
    back = billing.refund(clerk, invoice.id, "card", D("80.00"), reference="TRM-10")
    assert (back.kind, back.signed_amount, back.tendered) == ("refund", D("-80.00"), None)
    now = billing.invoice(clerk, invoice.id)
    assert (now.paid, now.balance, now.payment_status) == (D("7.99"), D(0), "paid")
    receipt = billing.print_receipt(clerk, back.id)
    assert receipt.subject == f"{invoice.number}/{back.id}"


def test_every_group_sees_a_balance_and_only_doctors_and_reception_through_the_function(
        database, clerk, receptionist, doctor) -> None:
    invoice = issued(database, clerk)
    billing.take_payment(clerk, invoice.id, "cash", D("7.99"), tendered=D("10"))
    for ctx in (clerk, receptionist, doctor):
        assert billing.patient_balance(ctx, invoice.patient_id) == D("80.00")
    for group in (Group.RECEPTION, Group.DOCTOR):
        with database.connect_as(database.add_user(group)) as conn:
            assert conn.execute("SELECT hms_patient_balance(%s)", (invoice.patient_id,)).fetchone() == (D("80.00"),)
            for table in ("invoice", "invoice_line", "payment", "credit_note"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(f"SELECT count(*) FROM {table}")
    with pytest.raises(PermissionDenied):
        billing.take_payment(doctor, invoice.id, "transfer", D("1"))
    with pytest.raises(PermissionDenied):
        billing.take_deposit(doctor, invoice.patient_id, D("1"), "cash")


def test_grants_per_group(database, clerk) -> None:
    invoice = issued(database, clerk)
    patient = invoice.patient_id
    deposit_sql = "INSERT INTO deposit (patient_id, method, amount) VALUES (%s, 'cash', 5) RETURNING taken_by"
    payment_sql = "INSERT INTO payment (invoice_id, method, amount) VALUES (%s, 'transfer', 1)"
    reception = database.add_user(Group.RECEPTION)
    open_cash_shift(database, reception)  # its cash deposit needs an open shift (migration 0022)
    with database.connect_as(reception) as conn:
        assert conn.execute(deposit_sql, (patient,)).fetchone() == (reception,)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(payment_sql, (invoice.id,))
    with database.connect_as(database.add_user(Group.DOCTOR)) as conn:
        for sql, param in ((deposit_sql, patient), (payment_sql, invoice.id), ("SELECT * FROM deposit", None)):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(sql, (param,) if param is not None else None)
    with database.connect_as(database.add_user(Group.ADMIN)) as conn:
        assert conn.execute("SELECT count(*) FROM payment WHERE invoice_id = %s", (invoice.id,)).fetchone() == (0,)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(payment_sql, (invoice.id,))
    with database.connect_as(clerk.user.username) as conn:
        conn.execute(payment_sql, (invoice.id,))
        conn.execute(deposit_sql, (patient,))


def test_payments_and_deposits_are_audited(database) -> None:
    with database.owner.engine.connect() as conn:
        audited = set(conn.execute(text(
            "SELECT event_object_table FROM information_schema.triggers WHERE trigger_name = 'audit' "
            "AND event_object_table IN ('payment', 'deposit')")).scalars())
    assert audited == {"payment", "deposit"}


def test_invoice_and_receipt_print_and_a_reprint_says_copy(database, clerk, tmp_path) -> None:
    from hms_desktop.services import printing

    def pdf_text(pdf: bytes, folder) -> str:
        path = folder / "doc.pdf"
        path.write_bytes(pdf)
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                              text=True).stdout

    invoice = issued(database, clerk)
    cash = billing.take_payment(clerk, invoice.id, "cash", D("40.00"), tendered=D("50.00"))
    job = billing.print_invoice(clerk, invoice.id)
    assert (job.document, job.subject, job.is_copy) == ("invoice", invoice.number, False)
    words = " ".join(pdf_text(job.pdf, tmp_path).split())
    assert invoice.number in words and invoice.mrn in words and "Total 87.99" in words
    assert "Balance (partly paid) 47.99" in words and "COPY" not in words
    printing.log_print(clerk, job, "Office printer")
    again = billing.print_invoice(clerk, invoice.id)
    assert again.is_copy and "COPY" in pdf_text(again.pdf, tmp_path)

    receipt = billing.print_receipt(clerk, cash.id)
    assert (receipt.document, receipt.subject, receipt.is_copy) == ("receipt", f"{invoice.number}/{cash.id}", False)
    words = " ".join(pdf_text(receipt.pdf, tmp_path).split())
    assert "Change 10.00" in words and "Cash tendered 50.00" in words and "Balance (partly paid) 47.99" in words
    printing.log_print(clerk, receipt, "/tmp/receipt.pdf")
    assert billing.print_receipt(clerk, cash.id).is_copy

    with pytest.raises(Conflict, match="issued invoice"):
        billing.print_invoice(clerk, draft_for(database, clerk).id)


def test_two_clerks_applying_one_deposit_at_once_never_apply_more_than_it_holds(database, clerk) -> None:
    import threading

    patient = new_patient(database)
    deposit = billing.take_deposit(clerk, patient, D("50.00"), "cash")
    first, second = issued(database, clerk, patient), issued(database, clerk, patient)
    sql = "INSERT INTO payment (invoice_id, method, amount, deposit_id) VALUES (%s, 'deposit', 30, %s)"
    outcome: list[str | None] = []
    with database.connect_as(clerk.user.username) as a, database.connect_as(clerk.user.username) as b:
        a.autocommit = b.autocommit = False
        a.execute(sql, (first.id, deposit.id))  # holds the deposit row locked until it commits

        def other() -> None:
            try:
                b.execute(sql, (second.id, deposit.id))
                b.commit()
                outcome.append(None)
            except psycopg.Error as error:
                b.rollback()
                outcome.append(error.sqlstate)

        waiting = threading.Thread(target=other)
        waiting.start()
        waiting.join(0.5)
        assert waiting.is_alive()  # the second clerk waits on the lock, not on a stale read
        a.commit()
        waiting.join(10)
    assert outcome == ["HM030"]
    assert billing.deposit(clerk, deposit.id).applied == D("30.00")
