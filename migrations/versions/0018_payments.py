"""Payments and deposits (issue 9, item 5).

* ``payment``: money on an issued invoice. ``kind`` is ``payment`` or ``refund``; ``amount`` is always above
  zero (a refund is its own row kind that counts back, never a negative amount, so every sum reads plainly).
  ``method`` cash, card, transfer, insurance, or deposit (money taken earlier as a ``deposit`` and applied to
  this invoice; ``deposit_id`` then names it). Cash keeps ``amount_tendered`` and ``change_given``, and a CHECK
  holds change = tendered - amount (not negative); a card needs the terminal ``reference``.
* ``deposit``: money taken for a patient before there is an invoice (on admission), by cash, card or
  transfer; applied later as ``payment`` rows of method ``deposit``, never more than it holds in all.
* ``hms_payment_guard`` (BEFORE INSERT OR UPDATE OR DELETE on both): UPDATE and DELETE are refused for every
  role, the table owner included (HM028); a payment only on an issued invoice, a deposit only the invoice
  patient's (HM029); a deposit never applied beyond its amount, a refund never more than the overpayment
  (HM030). ``taken_at``/``taken_by`` are set by the guard (now(), session_user) whatever the client sends.
* ``hms_patient_balance(patient_id)``: SECURITY DEFINER, what the patient owes on issued invoices (totals -
  credit notes - payments). EXECUTE for reception, doctors, billing and administrators; reception and doctors
  still read no billing table.
* GRANTs: billing reads both tables and takes payments and deposits; reception takes deposits and reads
  them (for its receipt; no invoice, line or payment); administrators read both; doctors nothing. Both tables are audited.

Revision ID: 0018_payments
Revises: 0017_insurance
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0018_payments"
down_revision: str | None = "0017_insurance"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("deposit", "payment")

GRANTS_SQL = """
GRANT SELECT ON payment, deposit TO hms_billing, hms_admin;
GRANT INSERT (invoice_id, kind, method, amount, amount_tendered, change_given, reference, deposit_id)
    ON payment TO hms_billing;
GRANT INSERT (patient_id, method, amount, reference) ON deposit TO hms_billing, hms_reception;
GRANT SELECT ON deposit TO hms_reception;
REVOKE ALL ON FUNCTION hms_patient_balance(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_patient_balance(bigint) TO hms_reception, hms_doctor, hms_billing, hms_admin;
"""


def _taken() -> list[sa.Column[object]]:
    return [sa.Column("taken_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
            sa.Column("taken_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False)]


def _create_tables() -> None:
    op.create_table(
        "deposit",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Numeric(12, 2), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=True),
        *_taken(),
        sa.CheckConstraint("method IN ('cash', 'card', 'transfer')", name=op.f("ck_deposit_method_known")),
        sa.CheckConstraint("amount > 0", name=op.f("ck_deposit_amount_positive")),
        sa.CheckConstraint("method <> 'card' OR length(btrim(coalesce(reference, ''))) > 0",
                           name=op.f("ck_deposit_card_has_reference")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_deposit_patient_id_patient")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit")),
    )
    op.create_index("ix_deposit_patient_id", "deposit", ["patient_id"])
    op.create_table(
        "payment",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("invoice_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=10), server_default="payment", nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Numeric(12, 2), nullable=False),
        sa.Column("amount_tendered", sa.Numeric(12, 2), nullable=True),
        sa.Column("change_given", sa.Numeric(12, 2), nullable=True),
        sa.Column("reference", sa.String(length=60), nullable=True),
        sa.Column("deposit_id", sa.BigInteger(), nullable=True),
        *_taken(),
        sa.CheckConstraint("kind IN ('payment', 'refund')", name=op.f("ck_payment_kind_known")),
        sa.CheckConstraint("method IN ('cash', 'card', 'transfer', 'insurance', 'deposit')",
                           name=op.f("ck_payment_method_known")),
        sa.CheckConstraint("amount > 0", name=op.f("ck_payment_amount_positive")),
        # Cash received keeps what was handed over and the change; nothing else has either.
        sa.CheckConstraint("(method = 'cash' AND kind = 'payment') = (amount_tendered IS NOT NULL) "
                           "AND (amount_tendered IS NULL) = (change_given IS NULL)",
                           name=op.f("ck_payment_cash_tendered")),
        sa.CheckConstraint("change_given IS NULL OR (change_given = amount_tendered - amount AND change_given >= 0)",
                           name=op.f("ck_payment_change_adds_up")),
        sa.CheckConstraint("method <> 'card' OR length(btrim(coalesce(reference, ''))) > 0",
                           name=op.f("ck_payment_card_has_reference")),
        sa.CheckConstraint("(method = 'deposit') = (deposit_id IS NOT NULL)", name=op.f("ck_payment_deposit_named")),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_payment_invoice_id_invoice")),
        sa.ForeignKeyConstraint(["deposit_id"], ["deposit.id"], name=op.f("fk_payment_deposit_id_deposit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    op.create_index("ix_payment_invoice_id", "payment", ["invoice_id"])
    op.create_index("ix_payment_deposit_id", "payment", ["deposit_id"])


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    _create_tables()
    sql_objects.create("hms_payment_guard", 1)
    sql_objects.create("hms_patient_balance", 1)
    for table in TABLES:
        op.execute(f"CREATE TRIGGER payment_guard BEFORE INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION hms_payment_guard()")
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger('id')")
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.drop_table("payment")
    op.drop_table("deposit")
    sql_objects.drop("hms_patient_balance")
    sql_objects.drop("hms_payment_guard")
    op.execute("RESET ROLE")
