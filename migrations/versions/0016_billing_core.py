"""Billing core (issue 9, items 1-5 in part): the fee schedule with its history, invoices and their lines, gapless
document numbers, credit notes. No payments, insurance, printing or shift close yet.

* ``fee_schedule``: one row per code and price change (unique ``(code, effective_from)``); the price of a service
  on a day is the row of its code with the latest ``effective_from`` on or before that day. Rows are never
  updated (no UPDATE or DELETE grant): a price change is a new row. Drugs: a charge's fee code is
  ``DRUG-<ATC>``; a row for that exact code wins, otherwise the ``DRUG`` row prices every drug line (one default
  dispensing price, seeded below). Administrators add rows; billing reads them.
* ``invoice`` starts as a draft without a number; billing adds lines (from charges or manual) and stores the
  totals. Issuing (``UPDATE ... SET status = 'issued'``) goes through ``hms_invoice_guard``: lines needed, totals
  equal to the sums of the lines (HM020), number ``INV-<year>-<6 digits>`` from ``document_counter`` locked FOR
  UPDATE in the issuing transaction (gapless), ``issued_at``/``issued_by`` from the database, the charges marked
  ``billed`` by ``hms_invoice_bill_charges`` (HM022 if one is no longer unbilled). From then on the invoice and its lines refuse UPDATE and
  DELETE for every role, the owner included (HM019).
* ``invoice_line`` holds the rounding rule of domain/billing.py in CHECK constraints (per line, half-up to the
  cent); ``charge_id`` is unique, so a charge is on one invoice at most.
* ``credit_note`` / ``credit_note_line``: numbered ``CN-<year>-<6 digits>`` at INSERT (hms_credit_note_guard),
  only against an issued invoice, never more than a line's amount (HM023), totals checked at commit
  (hms_credit_note_totals, HM020); UPDATE and DELETE refused for everyone (HM021).
* Grants: billing creates, edits and issues drafts and issues credit notes; administrators manage the fee
  schedule and read invoices (revenue summaries to come); reception and doctors have no privilege on any
  billing table (a later function will give them a patient's balance). Nobody has a privilege on
  ``document_counter``: only the SECURITY DEFINER numbering function touches it, and it refuses to run outside
  the issuing triggers (HM024), so nobody burns a number.

Revision ID: 0016_billing_core
Revises: 0015_prescriptions
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0016_billing_core"
down_revision: str | None = "0015_prescriptions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("fee_schedule", "document_counter", "invoice", "invoice_line", "credit_note", "credit_note_line")

LINE_COLUMNS = "fee_code, description, service_date, quantity, unit_price, discount, tax_rate, line_total, tax_amount"
GRANTS_SQL = f"""
GRANT SELECT ON fee_schedule TO hms_billing, hms_admin;
GRANT INSERT (code, name, category, price, tax_rate, effective_from) ON fee_schedule TO hms_admin;
GRANT SELECT ON invoice, invoice_line, credit_note, credit_note_line TO hms_billing, hms_admin;
GRANT INSERT (patient_id, subtotal, discount, tax, total, version),
      UPDATE (status, subtotal, discount, tax, total, version) ON invoice TO hms_billing;
GRANT INSERT (invoice_id, charge_id, {LINE_COLUMNS}), DELETE ON invoice_line TO hms_billing;
GRANT INSERT (invoice_id, reason, subtotal, discount, tax, total) ON credit_note TO hms_billing;
GRANT INSERT (credit_note_id, invoice_line_id, {LINE_COLUMNS}) ON credit_note_line TO hms_billing;
REVOKE ALL ON FUNCTION hms_next_document_number(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_next_document_number(text) TO hms_billing;
"""

FORCED = {
    "fee_schedule": "'{}'",
    "invoice": """'{"status": "draft", "number": null, "issued_at": null, "issued_by": null}'""",
    "invoice_line": "'{}'",
    "credit_note": "'{}'",
    "credit_note_line": "'{}'",
}
# Free text stays out of the audit trail's JSON (a credit note's reason may name the patient's circumstances).
AUDITED = {
    "fee_schedule": "'id'",
    "invoice": "'id'",
    "invoice_line": "'id'",
    "credit_note": "'id', 'reason'",
    "credit_note_line": "'id'",
    "document_counter": "'series'",
}

# (code, name, category, price, tax rate): the fee codes consultation, labs and prescribing charge. The lab
# codes are migration 0014's catalogue ("LAB-<code>"); a test without a row here is priced by no row and the
# clerk is told so. DRUG prices every "DRUG-<ATC>" charge that has no row of its own.
SEED_FROM = date(2020, 1, 1)
SEED_FEES: tuple[tuple[str, str, str, str, str], ...] = (
    ("CONS", "Consultation with a consultant", "consultation", "80.00", "0"),
    ("REG", "Consultation with a registrar", "consultation", "55.00", "0"),
    ("BED-DAY", "Bed day (per night)", "bed_day", "150.00", "0"),
    ("DRUG", "Medicine dispensed (per prescribed line)", "drug", "6.50", "5"),
    ("MISC", "Other service", "other", "10.00", "20"),
)
LAB_PRICES: dict[str, str] = {
    "HGB": "6.00", "WBC": "6.00", "PLT": "6.00", "HCT": "6.00", "ESR": "5.00", "NA": "7.50", "K": "7.50",
    "CL": "7.50", "HCO3": "7.50", "CREA": "8.00", "UREA": "8.00", "CA": "8.00", "MG": "8.00", "GLUF": "5.50",
    "GLUR": "5.50", "HBA1C": "18.00", "ALT": "9.00", "AST": "9.00", "ALP": "9.00", "TBIL": "9.00", "ALB": "9.00",
    "TSH": "22.00", "FT4": "22.00", "INR": "12.00", "PT": "12.00", "CRP": "14.00", "TROP": "35.00",
    "LACT": "15.00", "CHOL": "10.00", "LDL": "10.00", "HDL": "10.00", "TRIG": "10.00", "UPRO": "4.00",
    "UGLU": "4.00", "UNIT": "4.00", "ULEU": "4.00", "UHCG": "12.00", "MAL": "25.00",
}


def _created() -> list[sa.Column[object]]:
    return [sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
            sa.Column("created_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False)]


def _money(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Numeric(12, 2), server_default=sa.text("0"), nullable=False)


def _totals(table: str) -> list[sa.Column[object] | sa.CheckConstraint]:
    return [_money("subtotal"), _money("discount"), _money("tax"), _money("total"),
            sa.CheckConstraint("subtotal >= 0 AND discount >= 0 AND tax >= 0 AND discount <= subtotal",
                               name=op.f(f"ck_{table}_totals_not_negative"))]


def _line(table: str) -> list[sa.Column[object] | sa.CheckConstraint]:
    """The columns of a priced line and the rounding rule (domain/billing.py) as constraints."""
    return [
        sa.Column("fee_code", sa.String(length=40), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Numeric(10, 3), nullable=False),
        sa.Column("unit_price", sa.Numeric(12, 2), nullable=False),
        sa.Column("discount", sa.Numeric(12, 2), server_default=sa.text("0"), nullable=False),
        sa.Column("tax_rate", sa.Numeric(5, 2), server_default=sa.text("0"), nullable=False),
        sa.Column("line_total", sa.Numeric(12, 2), nullable=False),
        sa.Column("tax_amount", sa.Numeric(12, 2), nullable=False),
        *_created(),
        sa.CheckConstraint("quantity > 0", name=op.f(f"ck_{table}_quantity_positive")),
        sa.CheckConstraint("unit_price >= 0 AND discount >= 0 AND tax_rate BETWEEN 0 AND 100",
                           name=op.f(f"ck_{table}_amounts_not_negative")),
        sa.CheckConstraint("length(btrim(description)) > 0", name=op.f(f"ck_{table}_description_present")),
        sa.CheckConstraint("line_total = round(quantity * unit_price, 2) - discount AND line_total >= 0",
                           name=op.f(f"ck_{table}_line_total_rounded")),
        sa.CheckConstraint("tax_amount = round(line_total * tax_rate / 100, 2)",
                           name=op.f(f"ck_{table}_tax_amount_rounded")),
    ]


def _create_tables() -> None:
    op.create_table(
        "fee_schedule",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("price", sa.Numeric(12, 2), nullable=False),
        sa.Column("tax_rate", sa.Numeric(5, 2), server_default=sa.text("0"), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        *_created(),
        sa.CheckConstraint("category IN ('consultation', 'procedure', 'lab', 'drug', 'bed_day', 'other')",
                           name=op.f("ck_fee_schedule_category_known")),
        sa.CheckConstraint("price >= 0", name=op.f("ck_fee_schedule_price_not_negative")),
        sa.CheckConstraint("tax_rate BETWEEN 0 AND 100", name=op.f("ck_fee_schedule_tax_rate_range")),
        sa.CheckConstraint("code ~ '^[A-Z0-9][A-Z0-9-]*$'", name=op.f("ck_fee_schedule_code_format")),
        sa.CheckConstraint("length(btrim(name)) > 0", name=op.f("ck_fee_schedule_name_present")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_schedule")),
        sa.UniqueConstraint("code", "effective_from", name=op.f("uq_fee_schedule_code_effective_from")),
    )

    op.create_table(
        "document_counter",
        sa.Column("series", sa.String(length=10), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("next_value", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("next_value BETWEEN 1 AND 1000000", name=op.f("ck_document_counter_next_value_range")),
        sa.PrimaryKeyConstraint("series", "year", name=op.f("pk_document_counter")),
    )

    op.create_table(
        "invoice",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=True),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="draft", nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("issued_by", sa.String(length=63), nullable=True),
        *_totals("invoice"),
        *_created(),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=63), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("status IN ('draft', 'issued', 'cancelled')", name=op.f("ck_invoice_status_known")),
        sa.CheckConstraint("(status = 'issued') = (number IS NOT NULL AND issued_at IS NOT NULL "
                           "AND issued_by IS NOT NULL)", name=op.f("ck_invoice_issued_complete")),
        sa.CheckConstraint("total = subtotal - discount + tax", name=op.f("ck_invoice_total_adds_up")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_invoice_patient_id_patient")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("number", name=op.f("uq_invoice_number")),
    )
    op.create_index("ix_invoice_patient_id_created_at", "invoice", ["patient_id", "created_at"])

    op.create_table(
        "invoice_line",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("invoice_id", sa.BigInteger(), nullable=False),
        sa.Column("charge_id", sa.BigInteger(), nullable=True),
        *_line("invoice_line"),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_line_invoice_id_invoice")),
        sa.ForeignKeyConstraint(["charge_id"], ["charge.id"], name=op.f("fk_invoice_line_charge_id_charge")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_line")),
        sa.UniqueConstraint("charge_id", name=op.f("uq_invoice_line_charge_id")),
    )
    op.create_index("ix_invoice_line_invoice_id", "invoice_line", ["invoice_id"])

    op.create_table(
        "credit_note",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("invoice_id", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=63), nullable=False),
        *_totals("credit_note"),
        *_created(),
        sa.CheckConstraint("length(btrim(reason)) >= 5", name=op.f("ck_credit_note_reason_given")),
        sa.CheckConstraint("total = subtotal - discount + tax", name=op.f("ck_credit_note_total_adds_up")),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_credit_note_invoice_id_invoice")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_note")),
        sa.UniqueConstraint("number", name=op.f("uq_credit_note_number")),
    )
    op.create_index("ix_credit_note_invoice_id", "credit_note", ["invoice_id"])

    op.create_table(
        "credit_note_line",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("credit_note_id", sa.BigInteger(), nullable=False),
        sa.Column("invoice_line_id", sa.BigInteger(), nullable=False),
        *_line("credit_note_line"),
        sa.ForeignKeyConstraint(["credit_note_id"], ["credit_note.id"],
                                name=op.f("fk_credit_note_line_credit_note_id_credit_note")),
        sa.ForeignKeyConstraint(["invoice_line_id"], ["invoice_line.id"],
                                name=op.f("fk_credit_note_line_invoice_line_id_invoice_line")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_note_line")),
    )
    op.create_index("ix_credit_note_line_credit_note_id", "credit_note_line", ["credit_note_id"])
    op.create_index("ix_credit_note_line_invoice_line_id", "credit_note_line", ["invoice_line_id"])


def _seed() -> None:
    fees = sa.table("fee_schedule", sa.column("code"), sa.column("name"), sa.column("category"),
                    sa.column("price", sa.Numeric()), sa.column("tax_rate", sa.Numeric()),
                    sa.column("effective_from", sa.Date()))
    rows = [dict(code=code, name=name, category=category, price=price, tax_rate=rate, effective_from=SEED_FROM)
            for code, name, category, price, rate in SEED_FEES]
    bind = op.get_bind()
    tests = dict(bind.execute(sa.text("SELECT fee_code, name FROM lab_test WHERE fee_code IS NOT NULL")).all())
    rows += [dict(code=f"LAB-{code}", name=f"Laboratory: {tests.get(f'LAB-{code}', code)}", category="lab",
                  price=price, tax_rate="0", effective_from=SEED_FROM) for code, price in LAB_PRICES.items()]
    op.bulk_insert(fees, rows)


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    _create_tables()
    sql_objects.create("hms_next_document_number", 1)
    sql_objects.create("hms_invoice_guard", 1)
    sql_objects.create("hms_invoice_bill_charges", 1)
    sql_objects.create("hms_credit_note_guard", 1)
    sql_objects.create("hms_credit_note_totals", 1)
    for table, args in FORCED.items():
        op.execute(f"CREATE TRIGGER database_sets_defaults BEFORE INSERT ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults({args})")
    op.execute("CREATE TRIGGER issued_guard BEFORE UPDATE OR DELETE ON invoice "
               "FOR EACH ROW EXECUTE FUNCTION hms_invoice_guard()")
    op.execute("CREATE TRIGGER issued_guard BEFORE INSERT OR UPDATE OR DELETE ON invoice_line "
               "FOR EACH ROW EXECUTE FUNCTION hms_invoice_guard()")
    op.execute("CREATE TRIGGER bill_charges AFTER UPDATE ON invoice FOR EACH ROW "
               "WHEN (OLD.status = 'draft' AND NEW.status = 'issued') EXECUTE FUNCTION hms_invoice_bill_charges()")
    # "issued_guard" sorts after "database_sets_defaults": the number and times set here are the last word.
    for table in ("credit_note", "credit_note_line"):
        op.execute(f"CREATE TRIGGER issued_guard BEFORE INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION hms_credit_note_guard()")
        op.execute(f"CREATE CONSTRAINT TRIGGER totals_add_up AFTER INSERT ON {table} DEFERRABLE INITIALLY DEFERRED "
                   "FOR EACH ROW EXECUTE FUNCTION hms_credit_note_totals()")
    op.execute("CREATE TRIGGER touch BEFORE UPDATE ON invoice FOR EACH ROW EXECUTE FUNCTION hms_touch_row()")
    for table, args in AUDITED.items():
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger({args})")
    _seed()
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    # Issued documents refuse DELETE through their guards; dropping the tables takes the triggers with them.
    op.execute("UPDATE charge SET status = 'unbilled' WHERE status = 'billed'")
    for table in reversed(TABLES):
        op.drop_table(table)
    sql_objects.drop("hms_credit_note_totals")
    sql_objects.drop("hms_credit_note_guard")
    sql_objects.drop("hms_invoice_bill_charges")
    sql_objects.drop("hms_invoice_guard")
    sql_objects.drop("hms_next_document_number")
    op.execute("RESET ROLE")
