"""Cash shifts (issue 9, item 8): a clerk's drawer from opening float to the counted close, and which shift
took each payment and deposit.

* ``cash_shift``: the person (``staff_id``, set by the database from the login), ``opened_at``,
  ``opening_float``; at the close ``closed_at``, ``counted_cash``, ``expected_cash`` (float + cash payments -
  cash refunds + cash deposits of the shift, computed by the database), ``difference`` (counted - expected)
  and a ``note``, required when the difference is not zero. One open shift per person
  (``uq_cash_shift_one_open``, a partial unique index). ``hms_cash_shift_guard``: the client writes only the
  float, then the count and the note; a closed shift is read-only and no shift is ever deleted, for every
  role, the table owner included (HM041).
* ``payment.shift_id`` and ``deposit.shift_id``: set by ``hms_cash_shift_stamp`` (BEFORE INSERT) to the
  taker's open shift; cash without an open shift is refused (HM040, "Open your cash shift first (Billing >
  My shift)."), other methods get the shift when one is open. The table owner (demo loader, merge) is exempt.
  The trigger is named ``cash_shift`` so it fires before ``payment_guard`` (triggers fire in name order):
  a refused cash payment is refused before the payment guard locks its invoice.
* ``hms_cash_shift_totals(shift_id)``: the shift's money grouped by source, kind and method, for the shift's
  own person and administrators (SECURITY DEFINER: reception keeps a shift but reads no payment).
* GRANTs and row-level security: billing and reception open (INSERT the float) and close (UPDATE the count
  and the note) their own shifts and read only their own; administrators read all. Doctors nothing. Audited,
  the note left out of the JSON (free text).

Revision ID: 0022_cash_shifts
Revises: 0018_payments
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0022_cash_shifts"
down_revision: str | None = "0021_claims"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TAKEN = ("payment", "deposit")

GRANTS_SQL = """
GRANT SELECT ON cash_shift TO hms_billing, hms_reception, hms_admin;
GRANT INSERT (opening_float), UPDATE (counted_cash, note) ON cash_shift TO hms_billing, hms_reception;
ALTER TABLE cash_shift ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_shift ON cash_shift FOR ALL TO hms_billing, hms_reception
    USING (staff_id = hms_current_staff_id()) WITH CHECK (staff_id = hms_current_staff_id());
CREATE POLICY admin_reads ON cash_shift FOR SELECT TO hms_admin USING (true);
REVOKE ALL ON FUNCTION hms_cash_shift_totals(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_cash_shift_totals(bigint) TO hms_billing, hms_reception, hms_admin;
"""


def _create_table() -> None:
    op.create_table(
        "cash_shift",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("opening_float", sa.Numeric(12, 2), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("counted_cash", sa.Numeric(12, 2), nullable=True),
        sa.Column("expected_cash", sa.Numeric(12, 2), nullable=True),
        sa.Column("difference", sa.Numeric(12, 2), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("opening_float >= 0 AND counted_cash >= 0",
                           name=op.f("ck_cash_shift_amounts_not_negative")),
        # A shift is open (nothing of the close) or closed (all of it), and the difference adds up.
        sa.CheckConstraint("(closed_at IS NULL) = (counted_cash IS NULL) AND (closed_at IS NULL) = "
                           "(expected_cash IS NULL) AND (closed_at IS NULL) = (difference IS NULL)",
                           name=op.f("ck_cash_shift_closed_complete")),
        sa.CheckConstraint("difference = counted_cash - expected_cash", name=op.f("ck_cash_shift_difference_adds_up")),
        sa.CheckConstraint("closed_at >= opened_at", name=op.f("ck_cash_shift_closed_after_opened")),
        sa.CheckConstraint("difference = 0 OR length(btrim(note)) > 0", name=op.f("ck_cash_shift_difference_noted")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_cash_shift_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_shift")),
    )
    op.create_index("ix_cash_shift_staff_id_opened_at", "cash_shift", ["staff_id", "opened_at"])
    op.create_index("uq_cash_shift_one_open", "cash_shift", ["staff_id"], unique=True,
                    postgresql_where=sa.text("closed_at IS NULL"))
    for table in TAKEN:
        op.add_column(table, sa.Column("shift_id", sa.BigInteger(), nullable=True))
        op.create_foreign_key(op.f(f"fk_{table}_shift_id_cash_shift"), table, "cash_shift", ["shift_id"], ["id"])
        op.create_index(f"ix_{table}_shift_id", table, ["shift_id"])


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    _create_table()
    sql_objects.create("hms_cash_shift_guard", 1)
    sql_objects.create("hms_cash_shift_stamp", 1)
    sql_objects.create("hms_cash_shift_totals", 1)
    op.execute("CREATE TRIGGER shift_guard BEFORE INSERT OR UPDATE OR DELETE ON cash_shift "
               "FOR EACH ROW EXECUTE FUNCTION hms_cash_shift_guard()")
    op.execute("CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON cash_shift "
               "FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger('id', 'note')")
    for table in TAKEN:
        op.execute(f"CREATE TRIGGER cash_shift BEFORE INSERT ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION hms_cash_shift_stamp()")
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    for table in TAKEN:
        op.execute(f"DROP TRIGGER cash_shift ON {table}")
        op.drop_index(f"ix_{table}_shift_id", table_name=table)
        op.drop_constraint(op.f(f"fk_{table}_shift_id_cash_shift"), table, type_="foreignkey")
        # payment_guard refuses UPDATE, not a dropped column: the rows stay, without their shift.
        op.drop_column(table, "shift_id")
    op.drop_table("cash_shift")
    sql_objects.drop("hms_cash_shift_totals")
    sql_objects.drop("hms_cash_shift_stamp")
    sql_objects.drop("hms_cash_shift_guard")
    op.execute("RESET ROLE")
