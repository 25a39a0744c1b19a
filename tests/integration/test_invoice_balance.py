"""What each issued invoice is still owed, kept by the database as money moves (issue 12, migration 0036):
``invoice_balance`` follows issuing, payments, refunds and credit notes made through the billing services,
matches a recount, counts two payments taken at once on one invoice, and nobody but the owner reads it."""

from __future__ import annotations

import threading
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import text
from test_payments import clerk, draft_for, issued  # noqa: F401  (clerk is a fixture used by name)

from hms_desktop.domain.staff import Group
from hms_desktop.services import billing
from hms_desktop.services.billing import CreditLine

D = Decimal


def kept(database, invoice_id: int) -> tuple[Decimal, object]:
    with database.owner.engine.begin() as conn:
        return tuple(conn.execute(text("SELECT balance, moved_at FROM invoice_balance WHERE invoice_id = :i"),
                                  {"i": invoice_id}).one())


def test_the_balance_follows_issue_payment_credit_note_and_refund(database, clerk) -> None:  # noqa: F811
    draft = draft_for(database, clerk)
    with database.owner.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM invoice_balance WHERE invoice_id = :i"),
                            {"i": draft.id}).scalar_one() == 0  # a draft owes nothing yet
    invoice = billing.issue_invoice(clerk, draft.id)
    assert kept(database, invoice.id) == (D("87.99"), None)
    payment = billing.take_payment(clerk, invoice.id, "card", D("87.99"), reference="TRM-1")
    balance, moved = kept(database, invoice.id)
    assert (balance, moved) == (D(0), payment.taken_at)
    consultation = next(line for line in invoice.lines if line.charge_id is not None)
    billing.issue_credit_note(clerk, invoice.id, [CreditLine(consultation.id)], "Consultation not held")
    assert kept(database, invoice.id)[0] == D("-80.00") == billing.invoice(clerk, invoice.id).balance
    back = billing.refund(clerk, invoice.id, "card", D("80.00"), reference="TRM-2")
    balance, moved = kept(database, invoice.id)
    assert (balance, moved) == (D(0), back.taken_at)
    assert balance == billing.invoice(clerk, invoice.id).balance


def test_the_kept_balances_are_what_a_recount_gives(database, clerk) -> None:  # noqa: F811
    part_paid = issued(database, clerk)
    billing.take_payment(clerk, part_paid.id, "transfer", D("40.00"))
    issued(database, clerk)
    with database.owner.engine.begin() as conn:
        kept_rows = conn.execute(text("SELECT * FROM invoice_balance ORDER BY invoice_id")).all()
        assert len(kept_rows) >= 2
        conn.execute(text("SELECT hms_report_rebuild_invoice_balance()"))
        assert conn.execute(text("SELECT * FROM invoice_balance ORDER BY invoice_id")).all() == kept_rows
        conn.rollback()


def test_two_payments_taken_at_once_on_one_invoice_both_count(database, clerk) -> None:  # noqa: F811
    """The first clerk's payment is not committed when the second takes hers: the second waits on the
    invoice's balance row and then adds to it, never overwriting the first's sum."""
    invoice = issued(database, clerk)
    insert = "INSERT INTO payment (invoice_id, kind, method, amount) VALUES (%s, 'payment', 'transfer', %s)"
    second_done = threading.Event()
    errors: list[BaseException] = []
    with database.connect_as(clerk.user.username) as first, first.transaction():
        first.execute(insert, (invoice.id, D("30.00")))

        def second() -> None:
            try:
                with database.connect_as(clerk.user.username) as other:
                    other.execute(insert, (invoice.id, D("20.00")))
            except BaseException as error:  # reported below, on the test's thread
                errors.append(error)
            finally:
                second_done.set()

        thread = threading.Thread(target=second)
        thread.start()
        assert not second_done.wait(0.5)  # queued behind the first clerk's transaction
    thread.join(30)
    assert not errors
    assert kept(database, invoice.id)[0] == D("37.99") == billing.invoice(clerk, invoice.id).balance


@pytest.mark.parametrize("group", [Group.BILLING, Group.ADMIN, Group.DOCTOR, Group.RECEPTION])
def test_nobody_but_the_owner_reads_or_writes_the_kept_balances(database, group: Group) -> None:
    with database.connect_as(database.add_user(group)) as conn:
        for statement in ("SELECT * FROM invoice_balance", "UPDATE invoice_balance SET balance = 0",
                          "SELECT hms_report_rebuild_invoice_balance()"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
