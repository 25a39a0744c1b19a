"""Claim GRANTs (migration 0021), tested by connecting as each group (any SQL tool could): billing files claims
(reads them, makes them at issue, batches them, records pre-authorisations) and posts remittances;
administrators read claims and post remittances (the insurer's payment through a function, no INSERT on
payment); reception and doctors
have no privilege on any claim table. The database sets authors, statuses and a claim's plan and payer."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import psycopg
import pytest
from factories import new_insured_patient
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import billing
from hms_desktop.services.billing import ManualLine, claims
from hms_desktop.services.context import ServiceContext

TABLES = ("claim_batch", "claim", "claim_line")


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def ids(database, clerk) -> dict[str, int]:
    """An issued invoice of an insured patient with its claim, unbatched, and a second invoice without one."""
    ids = new_insured_patient(database)
    draft = billing.create_draft_invoice(clerk, ids["patient"], [], [
        ManualLine("Consultation", unit_price=Decimal("80.00"), tax_rate=Decimal(0), fee_code="CONS")])
    invoice = billing.issue_invoice(clerk, draft.id)
    claim = claims.invoice_claim(clerk, invoice.id)
    assert claim is not None
    with database.owner.engine.connect() as conn:
        line = conn.execute(text("SELECT id FROM claim_line WHERE claim_id = :c"), {"c": claim.id}).scalar_one()
    return {**ids, "invoice": invoice.id, "invoice_line": invoice.lines[0].id, "claim": claim.id, "line": line}


def connect(database, group: Group) -> tuple[psycopg.Connection, str]:
    username = database.add_user(group)
    return database.connect_as(username), username


def refused(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR])
def test_reception_and_doctors_have_no_privilege_on_claims(database, ids, group) -> None:
    conn, _ = connect(database, group)
    with conn:
        for table in TABLES:
            refused(conn, f"SELECT count(*) FROM {table}")
        refused(conn, "INSERT INTO claim_batch (payer_id) VALUES (%s)", (ids["payer"],))
        refused(conn, "UPDATE claim SET preauth_number = 'X' WHERE id = %s", (ids["claim"],))
        refused(conn, "UPDATE claim_line SET approved_amount = 0 WHERE id = %s", (ids["line"],))
        # What they see of money is the one balance, and it leaves the insurer's share out.
        balance = conn.execute("SELECT hms_patient_balance(%s)", (ids["patient"],)).fetchone()
        assert balance == (Decimal("16.00"),)


def test_billing_files_claims_and_the_database_says_who_and_what(database, ids) -> None:
    conn, username = connect(database, Group.BILLING)
    with conn:
        for table in TABLES:
            conn.execute(f"SELECT * FROM {table} LIMIT 1")
        batch, author, status = conn.execute("INSERT INTO claim_batch (payer_id) VALUES (%s) "
                                             "RETURNING id, created_by, status", (ids["payer"],)).fetchone()
        assert (author, status) == (username, "draft")
        # Statuses, authors and batches are not the client's to name at insert.
        refused(conn, "INSERT INTO claim_batch (payer_id, status) VALUES (%s, 'paid')", (ids["payer"],))
        refused(conn, "INSERT INTO claim (invoice_id, policy_id, claim_date, status) VALUES (%s, %s, now(), 'paid')",
                (ids["invoice"], ids["policy"]))
        refused(conn, "INSERT INTO claim_line (claim_id, invoice_line_id, insurer_amount, patient_amount, "
                      "approved_amount) VALUES (%s, %s, 1, 1, 1)", (ids["claim"], ids["invoice_line"]))
        conn.execute("UPDATE claim SET batch_id = %s, version = version + 1 WHERE id = %s", (batch, ids["claim"]))
        assert conn.execute("SELECT updated_by, batch_id FROM claim WHERE id = %s",
                            (ids["claim"],)).fetchone() == (username, batch)
        # A claim's invoice, plan and payer are never the client's to change; nothing is deleted.
        refused(conn, "UPDATE claim SET payer_id = payer_id WHERE id = %s", (ids["claim"],))
        refused(conn, "UPDATE claim SET invoice_id = invoice_id WHERE id = %s", (ids["claim"],))
        refused(conn, "UPDATE claim_line SET insurer_amount = 0 WHERE id = %s", (ids["line"],))
        for table in TABLES:
            refused(conn, f"DELETE FROM {table}")
        conn.rollback()


def test_admins_read_claims_and_post_remittances_but_file_none(database, ids) -> None:
    conn, _ = connect(database, Group.ADMIN)
    with conn:
        for table in TABLES:
            conn.execute(f"SELECT * FROM {table} LIMIT 1")
        refused(conn, "INSERT INTO claim_batch (payer_id) VALUES (%s)", (ids["payer"],))
        refused(conn, "UPDATE claim SET batch_id = NULL WHERE id = %s", (ids["claim"],))
        refused(conn, "UPDATE claim SET preauth_number = 'A' WHERE id = %s", (ids["claim"],))
        refused(conn, "INSERT INTO claim (invoice_id, policy_id, claim_date) VALUES (%s, %s, now())",
                (ids["invoice"], ids["policy"]))
        # What posting a remittance needs: the answer on lines, claims and batches, and the insurer's payment.
        with pytest.raises(psycopg.Error) as caught:  # granted, and refused by the guard: not submitted
            conn.execute("UPDATE claim_line SET approved_amount = 0, rejection_reason = 'x' WHERE id = %s",
                         (ids["line"],))
        assert caught.value.sqlstate == "HM036"
        conn.rollback()
        # The insurer's payment goes through hms_record_insurance_payment (EXECUTE granted; HM039 here, as
        # the claim is not submitted); administrators still insert no payment row themselves.
        with pytest.raises(psycopg.Error) as caught:
            conn.execute("SELECT hms_record_insurance_payment(%s, 1, 'REM')", (ids["invoice"],))
        assert caught.value.sqlstate == "HM039"
        conn.rollback()
        refused(conn, "INSERT INTO payment (invoice_id, method, amount) VALUES (%s, 'insurance', 1)",
                (ids["invoice"],))


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR])
def test_only_billing_and_admins_record_an_insurers_payment(database, ids, group) -> None:
    conn, _ = connect(database, group)
    with conn:
        refused(conn, "SELECT hms_record_insurance_payment(%s, 1, 'REM')", (ids["invoice"],))


def test_every_claim_table_is_audited_without_its_reasons(database, ids) -> None:
    with database.owner.engine.connect() as conn:
        audited = set(conn.execute(text(
            "SELECT event_object_table FROM information_schema.triggers WHERE trigger_name = 'audit' "
            "AND event_object_table = ANY(:t)"), {"t": list(TABLES)}).scalars())
        after = conn.execute(text("SELECT after FROM audit_log WHERE table_name = 'claim' AND row_key = :id "
                                  "ORDER BY id LIMIT 1"), {"id": str(ids["claim"])}).scalar_one()
    assert audited == set(TABLES)
    assert "rejection_reason" not in after and after["status"] == "draft"
