"""Plan price overrides (issue 9, item 1: "price overrides per insurance plan") and prices that are never
back-dated.

* ``insurance_plan_price``: a plan's own price for a fee code from a date, kept like ``fee_schedule``: one row
  per plan, code and change (unique ``(plan_id, fee_code, effective_from)``), never updated or deleted (no
  grant for it), a change is a new row. The price of a charge for a patient whose policy is valid on the
  service date is the override of that policy's plan valid on that date when there is one, otherwise the fee
  schedule's (``hms_plan_price``, called from the pricing lateral ``_FEE_FOR`` in db/repositories/billing.py).
  The override is matched on the fee schedule's code that priced the line (``DRUG`` for a drug without its own
  row), so the services accept an override only for a code the fee schedule has.
* ``hms_price_not_backdated`` (BEFORE INSERT on ``fee_schedule`` and ``insurance_plan_price``): a new price
  takes effect today or later in the hospital's time zone (HM045); the owner (migrations, demo) is exempt.
* Grants: administrators INSERT (plan, code, price, date) and SELECT; billing SELECT; reception and doctors
  nothing. Authors and times are the database's (``hms_database_sets_defaults``); audited.

New SQLSTATE: HM045 (a price dated before today).

Revision ID: 0020_plan_prices
Revises: 0018_payments
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0020_plan_prices"
down_revision: str | None = "0019_discounts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GRANTS_SQL = """
GRANT SELECT ON insurance_plan_price TO hms_admin, hms_billing;
GRANT INSERT (plan_id, fee_code, price, effective_from) ON insurance_plan_price TO hms_admin;
GRANT EXECUTE ON FUNCTION hms_plan_price(bigint, text, date) TO hms_admin, hms_billing;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.create_table(
        "insurance_plan_price",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("fee_code", sa.String(length=40), nullable=False),
        sa.Column("price", sa.Numeric(12, 2), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("created_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False),
        sa.CheckConstraint("price >= 0", name=op.f("ck_insurance_plan_price_price_not_negative")),
        sa.CheckConstraint("fee_code ~ '^[A-Z0-9][A-Z0-9-]*$'", name=op.f("ck_insurance_plan_price_fee_code_format")),
        sa.ForeignKeyConstraint(["plan_id"], ["insurance_plan.id"],
                                name=op.f("fk_insurance_plan_price_plan_id_insurance_plan")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_insurance_plan_price")),
        sa.UniqueConstraint("plan_id", "fee_code", "effective_from",
                            name=op.f("uq_insurance_plan_price_plan_id_fee_code_effective_from")),
    )
    sql_objects.create("hms_plan_price", 1)
    sql_objects.create("hms_price_not_backdated", 1)
    op.execute("CREATE TRIGGER database_sets_defaults BEFORE INSERT ON insurance_plan_price "
               "FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults('{}')")
    for table in ("fee_schedule", "insurance_plan_price"):
        op.execute(f"CREATE TRIGGER not_backdated BEFORE INSERT ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION hms_price_not_backdated()")
    op.execute("CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON insurance_plan_price "
               "FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger('id')")
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute("DROP TRIGGER not_backdated ON fee_schedule")
    op.drop_table("insurance_plan_price")
    sql_objects.drop("hms_price_not_backdated")
    sql_objects.drop("hms_plan_price")
    op.execute("RESET ROLE")
