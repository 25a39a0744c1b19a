"""Billing core on a real database (issue 9, migration 0016): charges priced on their service date, drafts,
issuing with consecutive numbers, issued invoices and credit notes read-only for every role (the table owner
included), totals the database checks, charges billed once, and the GRANTs of each group."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import psycopg
import pytest
from factories import new_patient
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import billing
from hms_desktop.services.billing import CreditLine, ManualLine
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, PermissionDenied, ValidationFailed

D = Decimal
NUMBER = re.compile(r"^INV-\d{4}-(\d{6})$")
_source_ids = iter(range(1_000_000, 2_000_000))


@dataclass
class World:
    clerk_login: str


@pytest.fixture(scope="module")
def world(database) -> World:
    with database.owner.engine.begin() as conn:
        # A price change: CONS costs 90.00 from 2031-01-01 (80.00 before, seeded from 2020).
        conn.execute(text("INSERT INTO fee_schedule (code, name, category, price, tax_rate, effective_from) "
                          "VALUES ('CONS', 'Consultation with a consultant', 'consultation', 90, 0, '2031-01-01')"))
    return World(clerk_login=database.add_user(Group.BILLING, stem="bclerk"))


@pytest.fixture(scope="module")
def clerk(database, world) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=world.clerk_login)


def charge(database, patient: int, fee_code: str, day: date, description: str = "Service",
           source_kind: str = "encounter") -> int:
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text(
            "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
            "VALUES (:p, :d, :f, :t, :k, :s) RETURNING id"),
            {"p": patient, "d": day, "f": fee_code, "t": description, "k": source_kind,
             "s": next(_source_ids)}).scalar_one())


def sqlstate(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> str | None:
    try:
        conn.execute(sql, params)
    except psycopg.Error as error:
        return error.sqlstate
    return None


def issued_invoice(database, clerk: ServiceContext) -> billing.InvoiceDTO:
    patient = new_patient(database)
    consultation = charge(database, patient, "CONS", date(2030, 6, 1), "Consultation")
    draft = billing.create_draft_invoice(clerk, patient, [consultation],
                                         [ManualLine("Dressing pack", D(2), D("3.33"), D(20))])
    return billing.issue_invoice(clerk, draft.id)


def test_unbilled_charges_are_priced_with_the_fee_valid_on_their_service_date(database, clerk) -> None:
    patient = new_patient(database)
    before = charge(database, patient, "CONS", date(2030, 12, 31), "Consultation")
    after = charge(database, patient, "CONS", date(2031, 1, 1), "Consultation")
    lab = charge(database, patient, "LAB-HGB", date(2031, 1, 2), "Laboratory: Haemoglobin", "lab_order")
    drug = charge(database, patient, "DRUG-B01AA03", date(2031, 1, 2), "Warfarin 1 mg", "prescription")
    unknown = charge(database, patient, "NOPE", date(2031, 1, 2), "Unknown")
    priced = {c.charge_id: c for c in billing.unbilled_charges(clerk, patient)}
    assert (priced[before].unit_price, priced[after].unit_price) == (D("80.00"), D("90.00"))
    assert (priced[lab].unit_price, priced[lab].category) == (D("6.00"), "lab")
    # A drug without a row of its own takes the DRUG row (its price and its tax rate).
    assert (priced[drug].unit_price, priced[drug].tax_rate, priced[drug].category) == (D("6.50"), D("5.00"), "drug")
    assert not priced[unknown].priced
    with pytest.raises(ValidationFailed, match="no price for NOPE"):
        billing.create_draft_invoice(clerk, patient, [unknown])


def test_a_draft_is_issued_with_the_next_number_and_its_charges_are_billed_once(database, clerk) -> None:
    patient = new_patient(database)
    cons = charge(database, patient, "CONS", date(2030, 6, 1), "Consultation")
    drug = charge(database, patient, "DRUG-B01AA03", date(2030, 6, 1), "Warfarin 1 mg", "prescription")
    draft = billing.create_draft_invoice(clerk, patient, [cons, drug],
                                         [ManualLine("Dressing pack", D(3), D("3.33"), D(20), discount=D("1.00"),
                                                     discount_reason="Loyal patient")])
    assert draft.status == "draft" and draft.number is None
    # 80.00 + 6.50 (tax 0.33, 0.325 half-up) + 9.99 - 1.00 (tax 1.80, 1.798)
    assert (draft.subtotal, draft.discount, draft.tax, draft.total) == (D("96.49"), D("1.00"), D("2.13"),
                                                                       D("97.62"))
    assert [(b.rate, b.base, b.tax) for b in draft.tax_bands] == [
        (D("0.00"), D("80.00"), D("0.00")), (D("5.00"), D("6.50"), D("0.33")), (D("20.00"), D("8.99"), D("1.80"))]
    assert {c.charge_id: c.draft_invoice_id for c in billing.unbilled_charges(clerk, patient)} == {
        cons: draft.id, drug: draft.id}

    first = billing.issue_invoice(clerk, draft.id)
    assert first.status == "issued" and first.issued_at is not None and first.issued_by == clerk.user.username
    assert first.issued_by_name == clerk.user.full_name  # as staff know them: a login never reaches a screen
    assert billing.invoice(clerk, first.id).issued_by_name == clerk.user.full_name
    assert first.total == D("97.62")
    assert billing.unbilled_charges(clerk, patient) == ()
    with database.owner.engine.connect() as conn:
        assert set(conn.execute(text("SELECT status FROM charge WHERE id IN (:a, :b)"),
                                {"a": cons, "b": drug}).scalars()) == {"billed"}
    with pytest.raises(ValidationFailed, match="Already billed"):
        billing.create_draft_invoice(clerk, patient, [cons])
    with pytest.raises(Conflict, match="already issued"):
        billing.issue_invoice(clerk, draft.id)

    second = issued_invoice(database, clerk)
    first_match, second_match = NUMBER.match(first.number or ""), NUMBER.match(second.number or "")
    assert first_match and second_match
    assert int(second_match.group(1)) == int(first_match.group(1)) + 1
    assert billing.invoice(clerk, first.id) == first


def test_a_charge_is_on_one_draft_at_most(database, clerk) -> None:
    patient = new_patient(database)
    cons = charge(database, patient, "CONS", date(2030, 6, 2))
    billing.create_draft_invoice(clerk, patient, [cons])
    with pytest.raises(ValidationFailed, match="already on a draft invoice"):
        billing.create_draft_invoice(clerk, patient, [cons])


@pytest.mark.parametrize("statement", [
    "UPDATE invoice SET total = total + 1, subtotal = subtotal + 1 WHERE id = %(i)s",
    "UPDATE invoice SET status = 'cancelled' WHERE id = %(i)s",
    "DELETE FROM invoice WHERE id = %(i)s",
    "UPDATE invoice_line SET description = 'Changed' WHERE invoice_id = %(i)s",
    "DELETE FROM invoice_line WHERE invoice_id = %(i)s",
    "INSERT INTO invoice_line (invoice_id, description, service_date, quantity, unit_price, line_total, tax_amount) "
    "VALUES (%(i)s, 'More', current_date, 1, 1, 1, 0)",
])
def test_an_issued_invoice_is_refused_any_change_even_to_the_owner(database, clerk, statement: str) -> None:
    issued = issued_invoice(database, clerk)
    with database.owner.engine.connect() as owner:
        raw = owner.connection.dbapi_connection
        assert raw is not None
        with raw.cursor() as cursor, pytest.raises(psycopg.Error) as refused:
            cursor.execute(statement, {"i": issued.id})
        raw.rollback()
    assert refused.value.sqlstate == "HM019"
    with database.connect_as(database.add_user(Group.BILLING)) as conn, pytest.raises(psycopg.Error) as clerk_refused:
        conn.execute(statement, {"i": issued.id})
    assert clerk_refused.value.sqlstate in ("HM019", "42501")
    assert billing.invoice(clerk, issued.id) == issued


def test_the_database_refuses_to_issue_totals_that_are_not_the_sum_of_the_lines(database) -> None:
    patient = new_patient(database)
    with database.connect_as(database.add_user(Group.BILLING)) as conn:
        invoice = conn.execute("INSERT INTO invoice (patient_id, subtotal, discount, tax, total) "
                               "VALUES (%s, 10.00, 0, 0, 10.00) RETURNING id", (patient,)).fetchone()[0]
        assert sqlstate(conn, "UPDATE invoice SET status = 'issued' WHERE id = %s", (invoice,)) == "HM020"  # no lines
        conn.execute("INSERT INTO invoice_line (invoice_id, description, service_date, quantity, unit_price, "
                     "tax_rate, line_total, tax_amount) VALUES (%s, 'Pack', current_date, 3, 3.33, 20, 9.99, 2.00)",
                     (invoice,))
        # The line holds 9.99 + 2.00 tax; a total of 10.00 (or 12.00 without the right tax) is refused.
        assert sqlstate(conn, "UPDATE invoice SET status = 'issued' WHERE id = %s", (invoice,)) == "HM020"
        assert sqlstate(conn, "UPDATE invoice SET status = 'issued', subtotal = 9.99, tax = 2.01, total = 12.00 "
                              "WHERE id = %s", (invoice,)) == "HM020"
        # A line that breaks the rounding rule is refused by its own CHECK constraint.
        assert sqlstate(conn, "INSERT INTO invoice_line (invoice_id, description, service_date, quantity, "
                              "unit_price, tax_rate, line_total, tax_amount) VALUES (%s, 'Odd', current_date, 1.5, "
                              "3.33, 0, 4.99, 0)", (invoice,)) == "23514"
        # A client cannot pick the number.
        assert sqlstate(conn, "UPDATE invoice SET number = 'INV-2026-999999' WHERE id = %s", (invoice,)) == "42501"
        assert sqlstate(conn, "UPDATE invoice SET status = 'issued', subtotal = 9.99, tax = 2.00, total = 11.99 "
                              "WHERE id = %s", (invoice,)) is None
        number = conn.execute("SELECT number FROM invoice WHERE id = %s", (invoice,)).fetchone()[0]
    assert NUMBER.match(number)


def test_credit_notes_are_numbered_in_their_own_series_and_never_exceed_a_line(database, clerk) -> None:
    issued = issued_invoice(database, clerk)
    consultation, pack = issued.lines
    note = billing.issue_credit_note(clerk, issued.id, [CreditLine(pack.id, D(1))], "One pack returned unused")
    assert re.match(r"^CN-\d{4}-\d{6}$", note.number)
    assert (note.subtotal, note.tax, note.total) == (D("3.33"), D("0.67"), D("4.00"))
    second = billing.issue_credit_note(clerk, issued.id, [CreditLine(consultation.id)], "Seen free of charge")
    assert int(second.number[-6:]) == int(note.number[-6:]) + 1
    with pytest.raises(ValidationFailed, match=r"at most 3\.33 is left"):
        billing.issue_credit_note(clerk, issued.id, [CreditLine(pack.id)], "Everything returned")
    with pytest.raises(ValidationFailed, match="at least 5"):
        billing.issue_credit_note(clerk, issued.id, [CreditLine(pack.id, D(1))], "no")
    after = billing.invoice(clerk, issued.id)
    assert [n.number for n in after.credit_notes] == [note.number, second.number]
    assert after.lines[1].credited == D("3.33") and after.lines[0].credited == after.lines[0].line_total

    with database.owner.engine.connect() as owner:
        raw = owner.connection.dbapi_connection
        assert raw is not None
        for statement in ("UPDATE credit_note SET reason = 'Rewritten' WHERE id = %(n)s",
                          "DELETE FROM credit_note_line WHERE credit_note_id = %(n)s",
                          "DELETE FROM credit_note WHERE id = %(n)s"):
            with raw.cursor() as cursor, pytest.raises(psycopg.Error) as refused:
                cursor.execute(statement, {"n": note.id})
            raw.rollback()
            assert refused.value.sqlstate == "HM021", statement
    with database.connect_as(database.add_user(Group.BILLING)) as conn:
        # Totals that are not the sum of the lines are refused at commit.
        with pytest.raises(psycopg.Error) as wrong:  # noqa: SIM117 (the error comes from the COMMIT)
            with conn.transaction():
                made = conn.execute("INSERT INTO credit_note (invoice_id, reason, subtotal, tax, total) "
                                    "VALUES (%s, 'Wrong totals', 1.00, 0, 1.00) RETURNING id", (issued.id,)).fetchone()
                conn.execute("INSERT INTO credit_note_line (credit_note_id, invoice_line_id, description, "
                             "service_date, quantity, unit_price, tax_rate, line_total, tax_amount) "
                             "VALUES (%s, %s, 'x', current_date, 1, 0.50, 20, 0.50, 0.10)", (made[0], pack.id))
        assert wrong.value.sqlstate == "HM020"


def test_a_draft_is_not_credited(database, clerk) -> None:
    patient = new_patient(database)
    draft = billing.create_draft_invoice(clerk, patient, [], [ManualLine("Copy of records", D(1), D("5.00"), D(0))])
    with pytest.raises(Conflict, match="Only an issued invoice"):
        billing.issue_credit_note(clerk, draft.id, [CreditLine(draft.lines[0].id)], "Not yet issued")


BILLING_TABLES = ("invoice", "invoice_line", "credit_note", "credit_note_line")


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR], ids=lambda g: g.value)
def test_reception_and_doctors_read_no_billing_table(database, group: Group) -> None:
    with database.connect_as(database.add_user(group)) as conn:
        for table in (*BILLING_TABLES, "fee_schedule", "document_counter"):
            assert sqlstate(conn, f"SELECT * FROM {table} LIMIT 1") == "42501", table
        assert sqlstate(conn, "INSERT INTO invoice (patient_id) VALUES (1)") == "42501"


def test_billing_and_admin_grants(database) -> None:
    with database.connect_as(database.add_user(Group.BILLING)) as conn:
        for table in (*BILLING_TABLES, "fee_schedule"):
            assert sqlstate(conn, f"SELECT * FROM {table} LIMIT 1") is None, table
        assert sqlstate(conn, "SELECT * FROM document_counter") == "42501"
        assert sqlstate(conn, "UPDATE document_counter SET next_value = 1") == "42501"
        # Calling the numbering function by hand would burn a number: refused outside the issuing triggers.
        assert sqlstate(conn, "SELECT hms_next_document_number('INV')") == "HM024"
        assert sqlstate(conn, "INSERT INTO fee_schedule (code, name, category, price, effective_from) "
                              "VALUES ('X1', 'x', 'other', 1, current_date)") == "42501"
        assert sqlstate(conn, "UPDATE charge SET status = 'billed'") == "42501"
    with database.connect_as(database.add_user(Group.ADMIN)) as conn:
        assert sqlstate(conn, "INSERT INTO fee_schedule (code, name, category, price, tax_rate, effective_from) "
                              "VALUES ('XRAY-CHEST', 'Chest X-ray', 'procedure', 45.00, 0, '2031-01-01')") is None
        row = conn.execute("SELECT created_by FROM fee_schedule WHERE code = 'XRAY-CHEST'").fetchone()
        assert row is not None and row[0] != "hms_owner"
        # History is kept: a price is never edited or removed, a change is a new row.
        assert sqlstate(conn, "UPDATE fee_schedule SET price = 1 WHERE code = 'XRAY-CHEST'") == "42501"
        assert sqlstate(conn, "DELETE FROM fee_schedule WHERE code = 'XRAY-CHEST'") == "42501"
        assert sqlstate(conn, "INSERT INTO invoice (patient_id) VALUES (1)") == "42501"
        assert sqlstate(conn, "SELECT * FROM invoice LIMIT 1") is None


def test_services_refuse_other_groups(database) -> None:
    ctx = database.context_for(Group.RECEPTION)
    try:
        with pytest.raises(PermissionDenied):
            billing.unbilled_charges(ctx, 1)
        with pytest.raises(PermissionDenied):
            billing.issue_invoice(ctx, 1)
    finally:
        ctx.db.dispose()


def test_issuing_is_audited(database, clerk) -> None:
    issued = issued_invoice(database, clerk)
    with database.owner.engine.connect() as conn:
        actions = conn.execute(text("SELECT action FROM audit_log WHERE table_name = 'invoice' AND row_key = :k "
                                    "ORDER BY id"), {"k": str(issued.id)}).scalars().all()
    assert actions == ["INSERT", "UPDATE"]


def test_merging_patients_moves_an_issued_invoice_and_changes_nothing_else(database, clerk) -> None:
    from hms_desktop.services.patients import merge as merge_patients

    issued = issued_invoice(database, clerk)
    survivor = new_patient(database)
    admin = database.context_for(Group.ADMIN)
    try:
        merge_patients(admin, survivor, issued.patient_id)
    finally:
        admin.db.dispose()
    moved = billing.invoice(clerk, issued.id)
    assert moved.patient_id == survivor
    assert (moved.number, moved.total, moved.lines) == (issued.number, issued.total, issued.lines)


def test_a_cancelled_draft_lets_go_of_its_charges(database, clerk) -> None:
    patient = new_patient(database)
    cons = charge(database, patient, "CONS", date(2030, 6, 3))
    draft = billing.create_draft_invoice(clerk, patient, [cons])
    with database.connect_as(clerk.user.username) as conn:
        conn.execute("UPDATE invoice SET status = 'cancelled' WHERE id = %s", (draft.id,))
        assert sqlstate(conn, "UPDATE invoice SET status = 'draft' WHERE id = %s", (draft.id,)) == "HM019"
    assert billing.invoice(clerk, draft.id).lines == ()
    again = billing.create_draft_invoice(clerk, patient, [cons])
    assert billing.issue_invoice(clerk, again.id).status == "issued"
