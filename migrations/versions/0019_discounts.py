"""Discounts with a reason, and the approval they need above a threshold (issue 9, items 2 and 9).

* ``invoice_line.discount_reason``: why a line was discounted (required with any discount: a CHECK, NOT VALID
  so lines written before this migration keep what they have). Not clinical (a reason such as "staff
  discount" or "hardship"); it is in the audit trail's JSON like the rest of the line.
* Billing may now UPDATE a draft line's discount, reason and the two amounts the rounding rule derives from it
  (``hms_invoice_guard`` still refuses any change once the invoice is issued).
* The capability role ``hms_billing_approver`` (NOLOGIN, like ``hms_merge_patients``): granted to the clerks
  trusted to give large discounts and credit notes. The hospital setting ``discount_approval_threshold`` (an
  amount; administrators change it on the settings page) says what "large" is.
* ``hms_set_billing_approver(username, granted)``: administrators grant or take back the capability from the
  Users page (SECURITY DEFINER: only hms_owner holds the role WITH ADMIN OPTION; audited, the staff row's
  version moves).
* ``hms_discount_approval`` (trigger function): an invoice whose line discounts add up to more than the
  threshold (**HM025**, a deferred constraint trigger: checked at COMMIT, on the lines as they then stand,
  so spreading a whole-invoice discount over several lines is judged once) and a credit note whose total
  is above it (**HM026**, at INSERT) are refused unless the person logged in is a member of
  ``hms_billing_approver`` (superusers count as members, so the table owner's demo loader is not held up).

Revision ID: 0019_discounts
Revises: 0018_payments
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0019_discounts"
down_revision: str | None = "0018_payments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SETTING_KEY = "discount_approval_threshold"
DEFAULT_THRESHOLD = "100.00"

CAPABILITY_ROLE_SQL = """
DO $$
BEGIN
    -- A capability, not a job: granted to the billing clerks trusted with large discounts and credit notes.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hms_billing_approver') THEN
        CREATE ROLE hms_billing_approver NOLOGIN;
    END IF;
    GRANT hms_billing_approver TO hms_owner WITH ADMIN OPTION;
END
$$;
"""

GRANTS_SQL = """
GRANT INSERT (discount_reason), UPDATE (discount, discount_reason, line_total, tax_amount)
    ON invoice_line TO hms_billing;
REVOKE ALL ON FUNCTION hms_set_billing_approver(text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_set_billing_approver(text, boolean) TO hms_admin;
"""


def upgrade() -> None:
    op.execute(CAPABILITY_ROLE_SQL)
    op.execute("SET LOCAL ROLE hms_owner")
    op.add_column("invoice_line", sa.Column("discount_reason", sa.String(length=200), nullable=True))
    op.execute("ALTER TABLE invoice_line ADD CONSTRAINT ck_invoice_line_discount_has_reason CHECK "
               "(discount = 0 OR length(btrim(coalesce(discount_reason, ''))) >= 3) NOT VALID")
    op.execute(sa.text("INSERT INTO hospital_setting (key, value) VALUES (:k, CAST(:v AS jsonb)) "
                       "ON CONFLICT (key) DO NOTHING").bindparams(k=SETTING_KEY, v=f'"{DEFAULT_THRESHOLD}"'))
    sql_objects.create("hms_discount_approval", 1)
    sql_objects.create("hms_set_billing_approver", 1)
    op.execute("CREATE CONSTRAINT TRIGGER discount_approval AFTER INSERT OR UPDATE ON invoice_line "
               "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.discount > 0) "
               "EXECUTE FUNCTION hms_discount_approval()")
    op.execute("CREATE TRIGGER discount_approval BEFORE INSERT ON credit_note "
               "FOR EACH ROW EXECUTE FUNCTION hms_discount_approval()")
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute("REVOKE INSERT (discount_reason), UPDATE (discount, discount_reason, line_total, tax_amount) "
               "ON invoice_line FROM hms_billing")
    op.execute("DROP TRIGGER discount_approval ON credit_note")
    op.execute("DROP TRIGGER discount_approval ON invoice_line")
    sql_objects.drop("hms_discount_approval")
    sql_objects.drop("hms_set_billing_approver")
    op.execute(sa.text("DELETE FROM hospital_setting WHERE key = :k").bindparams(k=SETTING_KEY))
    op.execute("ALTER TABLE invoice_line DROP CONSTRAINT ck_invoice_line_discount_has_reason")
    op.drop_column("invoice_line", "discount_reason")
    op.execute("RESET ROLE")
    # hms_billing_approver stays: roles belong to the whole cluster and other databases may use it.
