"""Insurance claims, batches and remittances (issue 9, item 6, second part; docs/architecture.md "Insurance
claims (migration 0021)").

* ``claim``: made in the transaction that issues an invoice of a patient with a policy valid on the invoice
  date (services/billing/claims.py), one per invoice; ``plan_id`` and ``payer_id`` are the policy's (set by the
  guard). ``claim_line``: one per invoice line, the insurer's and the patient's share of the line's amount with
  tax (they add up to it: HM036), whether the line needs pre-authorisation, and later the approved amount and
  the reason for the rest. A claim needing pre-authorisation is held (not batched, not submitted: HM035)
  until its authorisation number is recorded.
* ``claim_batch``: one payer's claims sent together. Claims and batches move draft -> submitted ->
  approved / partly approved / rejected / paid (approved -> paid), only that way (``hms_claim_guard``, HM034);
  nothing is ever deleted (HM034); claims go only into a draft batch of their own payer (HM037); an empty
  batch is not submitted, a batch is settled only when every claim has the insurer's answer (HM038).
* ``hms_patient_balance`` v2: the insurer's share of an open claim is not the patient's; once a remittance
  settles it, the rejected amount is.
* Remittances are posted by billing and administrators: both update claims, lines and batches, and record the
  insurer's payment through ``hms_record_insurance_payment`` (SECURITY DEFINER, method 'insurance' only, only
  for a submitted claim: HM039), so administrators still have no INSERT privilege on ``payment``.
* GRANTs: billing and administrators read the three tables; billing inserts claims and lines (at issue) and
  batches, batches claims, records authorisation numbers; reception and doctors nothing. Audited, free text
  (reasons) left out of the JSON.

SQLSTATEs: HM034 (kept / not that transition), HM035 (held for pre-authorisation), HM036 (amounts that do
not add up), HM037 (wrong invoice, policy or batch), HM038 (empty or unanswered batch), HM039 (an insurer's
payment outside a submitted claim's answer).

Revision ID: 0021_claims
Revises: 0018_payments
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0021_claims"
down_revision: str | None = "0020_plan_prices"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("claim_batch", "claim", "claim_line")
STATUSES = "('draft', 'submitted', 'approved', 'partly approved', 'rejected', 'paid')"

GRANTS_SQL = """
GRANT SELECT ON claim_batch, claim, claim_line TO hms_billing, hms_admin;
GRANT INSERT (payer_id) ON claim_batch TO hms_billing;
GRANT UPDATE (status, version) ON claim_batch TO hms_billing, hms_admin;
GRANT INSERT (invoice_id, policy_id, claim_date, preauth_needed) ON claim TO hms_billing;
GRANT UPDATE (batch_id, preauth_number, version) ON claim TO hms_billing;
GRANT UPDATE (status, rejection_reason, version) ON claim TO hms_billing, hms_admin;
GRANT INSERT (claim_id, invoice_line_id, insurer_amount, patient_amount, needs_preauth) ON claim_line TO hms_billing;
GRANT UPDATE (approved_amount, rejection_reason) ON claim_line TO hms_billing, hms_admin;
REVOKE ALL ON FUNCTION hms_record_insurance_payment(bigint, numeric, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_record_insurance_payment(bigint, numeric, text) TO hms_billing, hms_admin;
"""

FORCED = {
    "claim_batch": """'{"status": "draft", "submitted_at": null, "submitted_by": null, "settled_at": null,
                        "settled_by": null}'""",
    "claim": """'{"status": "draft", "batch_id": null, "preauth_number": null, "rejection_reason": null}'""",
    "claim_line": """'{"approved_amount": null, "rejection_reason": null}'""",
}
AUDITED = {"claim_batch": "'id'", "claim": "'id', 'rejection_reason'", "claim_line": "'id', 'rejection_reason'"}


def _created() -> list[sa.Column[object]]:
    return [sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
            sa.Column("created_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False)]


def _updated() -> list[sa.Column[object]]:
    return [sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
            sa.Column("updated_by", sa.String(length=63), nullable=True),
            sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)]


def _create_tables() -> None:
    op.create_table(
        "claim_batch",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="draft", nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("submitted_by", sa.String(length=63), nullable=True),
        sa.Column("settled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("settled_by", sa.String(length=63), nullable=True),
        *_created(),
        *_updated(),
        sa.CheckConstraint(f"status IN {STATUSES}", name=op.f("ck_claim_batch_status_known")),
        sa.ForeignKeyConstraint(["payer_id"], ["insurance_payer.id"], name=op.f("fk_claim_batch_payer_id_insurance_payer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_batch")),
    )
    op.create_index("ix_claim_batch_payer_id", "claim_batch", ["payer_id"])
    op.create_table(
        "claim",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("invoice_id", sa.BigInteger(), nullable=False),
        sa.Column("policy_id", sa.BigInteger(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=False),
        sa.Column("claim_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="draft", nullable=False),
        sa.Column("batch_id", sa.BigInteger(), nullable=True),
        sa.Column("preauth_needed", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("preauth_number", sa.String(length=60), nullable=True),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        *_created(),
        *_updated(),
        sa.CheckConstraint(f"status IN {STATUSES}", name=op.f("ck_claim_status_known")),
        sa.CheckConstraint("status NOT IN ('rejected', 'partly approved') "
                           "OR length(btrim(coalesce(rejection_reason, ''))) > 0",
                           name=op.f("ck_claim_rejection_has_reason")),
        sa.CheckConstraint("preauth_number IS NULL OR length(btrim(preauth_number)) > 0",
                           name=op.f("ck_claim_preauth_number_present")),
        sa.CheckConstraint("status = 'draft' OR batch_id IS NOT NULL", name=op.f("ck_claim_submitted_in_batch")),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_claim_invoice_id_invoice")),
        sa.ForeignKeyConstraint(["policy_id"], ["patient_policy.id"], name=op.f("fk_claim_policy_id_patient_policy")),
        sa.ForeignKeyConstraint(["plan_id"], ["insurance_plan.id"], name=op.f("fk_claim_plan_id_insurance_plan")),
        sa.ForeignKeyConstraint(["payer_id"], ["insurance_payer.id"], name=op.f("fk_claim_payer_id_insurance_payer")),
        sa.ForeignKeyConstraint(["batch_id"], ["claim_batch.id"], name=op.f("fk_claim_batch_id_claim_batch")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim")),
        sa.UniqueConstraint("invoice_id", name=op.f("uq_claim_invoice_id")),
    )
    op.create_index("ix_claim_batch_id", "claim", ["batch_id"])
    op.create_index("ix_claim_policy_id_claim_date", "claim", ["policy_id", "claim_date"])
    op.create_index("ix_claim_plan_id_claim_date", "claim", ["plan_id", "claim_date"])
    op.create_index("ix_claim_unbatched_payer_id", "claim", ["payer_id"], postgresql_where=sa.text("batch_id IS NULL"))
    op.create_table(
        "claim_line",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("claim_id", sa.BigInteger(), nullable=False),
        sa.Column("invoice_line_id", sa.BigInteger(), nullable=False),
        sa.Column("insurer_amount", sa.Numeric(12, 2), nullable=False),
        sa.Column("patient_amount", sa.Numeric(12, 2), nullable=False),
        sa.Column("needs_preauth", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("approved_amount", sa.Numeric(12, 2), nullable=True),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        *_created(),
        sa.CheckConstraint("insurer_amount >= 0 AND patient_amount >= 0", name=op.f("ck_claim_line_shares_not_negative")),
        sa.CheckConstraint("approved_amount IS NULL OR approved_amount BETWEEN 0 AND insurer_amount",
                           name=op.f("ck_claim_line_approved_range")),
        sa.CheckConstraint("approved_amount IS NULL OR approved_amount = insurer_amount "
                           "OR length(btrim(coalesce(rejection_reason, ''))) > 0",
                           name=op.f("ck_claim_line_rejection_has_reason")),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name=op.f("fk_claim_line_claim_id_claim")),
        sa.ForeignKeyConstraint(["invoice_line_id"], ["invoice_line.id"],
                                name=op.f("fk_claim_line_invoice_line_id_invoice_line")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_line")),
        sa.UniqueConstraint("invoice_line_id", name=op.f("uq_claim_line_invoice_line_id")),
    )
    op.create_index("ix_claim_line_claim_id", "claim_line", ["claim_id"])


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    _create_tables()
    sql_objects.create("hms_claim_guard", 1)
    sql_objects.create("hms_patient_balance", 2)
    sql_objects.create("hms_record_insurance_payment", 1)
    for table in TABLES:
        op.execute(f"CREATE TRIGGER database_sets_defaults BEFORE INSERT ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults({FORCED[table]})")
        # "guard" sorts after "database_sets_defaults": the statuses it sets are the last word.
        op.execute(f"CREATE TRIGGER guard BEFORE INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION hms_claim_guard()")
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger({AUDITED[table]})")
    for table in ("claim_batch", "claim"):
        op.execute(f"CREATE TRIGGER touch BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION hms_touch_row()")
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    for table in reversed(TABLES):
        op.drop_table(table)
    sql_objects.drop("hms_record_insurance_payment")
    sql_objects.create("hms_patient_balance", 1)
    sql_objects.drop("hms_claim_guard")
    op.execute("RESET ROLE")
