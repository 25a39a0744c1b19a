"""Outstanding balances at hospital scale (issue 12): what each issued invoice is still owed, kept as it changes.

* ``invoice_balance`` (invoice_id, issued_at, balance, moved_at): one row per issued invoice, its total less
  its credit notes and payments (refunds back), and when money last moved on it; kept by
  ``hms_invoice_balance_note`` (AFTER triggers on invoice issue, payment and credit note inserts; increments,
  so concurrent payments never overwrite each other). Two indexes serve the report: the partial covering
  ``ix_invoice_balance_owed`` holds only the invoices owed now; the GiST ``ix_invoice_balance_moving`` finds
  the invoices issued before an instant with money moving on them from then on (what they were owed at that
  instant differs from what they are owed now).
* ``hms_report_rebuild_invoice_balance()``: recounts the table from the invoices (run here to fill it, and after
  any load that bypassed the triggers). Owner only.
* ``hms_report_outstanding_balances`` version 3: the invoices owed now with no money moved since the end of the
  range count with their balance now; those with money moved since are recounted from their own payments and
  credit notes. Neither part reads a settled invoice. Its drill-down (version 2) lists the same invoices.
* Nobody but the owner reads or writes ``invoice_balance`` (no GRANTs; the report is SECURITY DEFINER): derived
  numbers, written by triggers whose rows (payments, credit notes, invoices) are audited themselves.

New SQLSTATE: none.

Revision ID: 0036_report_balances
Revises: 0035_fold_scripts
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0036_report_balances"
down_revision: str | None = "0035_fold_scripts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE_SQL = """
CREATE TABLE invoice_balance (
    invoice_id bigint NOT NULL,
    issued_at timestamptz NOT NULL,
    balance numeric(12, 2) NOT NULL,
    moved_at timestamptz,
    CONSTRAINT pk_invoice_balance PRIMARY KEY (invoice_id),
    CONSTRAINT fk_invoice_balance_invoice_id_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
CREATE INDEX ix_invoice_balance_owed ON invoice_balance (issued_at) INCLUDE (balance, moved_at) WHERE balance > 0;
-- The invoices "open at" an instant T: issued before T, money moved on them at T or later. greatest(): a payment
-- stamped a moment before the issue (its transaction began first: now() is the transaction's start) makes an
-- empty range, not an error.
CREATE INDEX ix_invoice_balance_moving ON invoice_balance
    USING gist (tstzrange(issued_at, greatest(moved_at, issued_at), '(]'));
REVOKE ALL ON invoice_balance FROM PUBLIC;
"""

TRIGGERS_SQL = """
CREATE TRIGGER balance_note_issue AFTER INSERT OR UPDATE OF status ON invoice FOR EACH ROW
    WHEN (NEW.status = 'issued') EXECUTE FUNCTION hms_invoice_balance_note();
CREATE TRIGGER balance_note_payment AFTER INSERT ON payment FOR EACH ROW
    EXECUTE FUNCTION hms_invoice_balance_note();
CREATE TRIGGER balance_note_credit AFTER INSERT ON credit_note FOR EACH ROW
    EXECUTE FUNCTION hms_invoice_balance_note();
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute(TABLE_SQL)
    sql_objects.create("hms_invoice_balance_note", 1)
    sql_objects.create("hms_report_rebuild_invoice_balance", 1)
    op.execute("REVOKE ALL ON FUNCTION hms_invoice_balance_note() FROM PUBLIC")
    op.execute("REVOKE ALL ON FUNCTION hms_report_rebuild_invoice_balance() FROM PUBLIC")
    op.execute(TRIGGERS_SQL)
    op.execute("SELECT hms_report_rebuild_invoice_balance()")
    sql_objects.create("hms_report_outstanding_balances", 3)
    sql_objects.create("hms_report_drill_outstanding_balances", 2)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.create("hms_report_drill_outstanding_balances", 1)
    sql_objects.create("hms_report_outstanding_balances", 2)
    op.execute("DROP TRIGGER balance_note_credit ON credit_note")
    op.execute("DROP TRIGGER balance_note_payment ON payment")
    op.execute("DROP TRIGGER balance_note_issue ON invoice")
    sql_objects.drop("hms_report_rebuild_invoice_balance")
    sql_objects.drop("hms_invoice_balance_note")
    op.execute("DROP TABLE invoice_balance")
    op.execute("RESET ROLE")
