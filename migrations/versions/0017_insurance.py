"""Insurance: payers, their plans (coverage per service category, pre-authorisation, exclusions by fee code,
co-payment per invoice, annual limit) and patients' policies (issue 9, item 6). The rules of the split live
in ``hms_desktop.domain.insurance``; this migration only stores them.

* ``insurance_payer`` and ``insurance_plan`` carry a ``version`` for optimistic locking (administrators edit
  them); a plan's ``insurance_plan_coverage`` and ``insurance_plan_exclusion`` rows are replaced with it.
* ``patient_policy`` ties a patient to a plan with the member number and validity (both ends inclusive, the
  end open when NULL). No two policies of one patient on the same plan overlap (``ex_patient_policy_overlap``).
* Registration's ``patient_insurance`` (migration 0002) stays what the front desk types: the insurer's name as
  free text and the member number. A policy may name the reference it resolves (``patient_insurance_id``); the
  composite key (``patient_insurance_id``, ``patient_id``) makes it the same patient's. The column
  ``patient_insurance.plan_id``, which 0002 left without a target, now references ``insurance_plan``.
* Every row's author, times and first version are the database's (``hms_database_sets_defaults``,
  ``hms_touch_row``); every table is audited (the payer's contact is left out of the JSON).
* GRANTs: administrators manage payers and plans and read policies; billing reads payers and plans and
  manages policies; reception reads payers and plan names (to choose one at registration), reads policies
  and creates them; doctors have no privilege on any of these tables.

This migration does not touch the billing core's tables (0016); no new SQLSTATE is raised.

Revision ID: 0017_insurance
Revises: 0016_billing_core
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0017_insurance"
down_revision: str | None = "0016_billing_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("insurance_payer", "insurance_plan", "insurance_plan_coverage", "insurance_plan_exclusion",
          "patient_policy")
CATEGORIES = "('consultation', 'procedure', 'lab', 'drug', 'bed_day', 'other')"

GRANTS_SQL = """
GRANT SELECT ON insurance_payer, insurance_plan, insurance_plan_coverage, insurance_plan_exclusion
    TO hms_admin, hms_billing;
GRANT SELECT ON insurance_payer, insurance_plan TO hms_reception;
GRANT INSERT (code, name, contact, active) ON insurance_payer TO hms_admin;
GRANT UPDATE (code, name, contact, active, version) ON insurance_payer TO hms_admin;
GRANT INSERT (payer_id, name, copay_per_invoice, annual_limit, active) ON insurance_plan TO hms_admin;
GRANT UPDATE (payer_id, name, copay_per_invoice, annual_limit, active, version) ON insurance_plan TO hms_admin;
GRANT INSERT (plan_id, category, percent, preauth_required), DELETE ON insurance_plan_coverage TO hms_admin;
GRANT INSERT (plan_id, fee_code), DELETE ON insurance_plan_exclusion TO hms_admin;
GRANT SELECT ON patient_policy TO hms_admin, hms_billing, hms_reception;
GRANT INSERT (patient_id, plan_id, patient_insurance_id, member_number, valid_from, valid_to) ON patient_policy
    TO hms_billing, hms_reception;
GRANT UPDATE (plan_id, patient_insurance_id, member_number, valid_from, valid_to, version) ON patient_policy
    TO hms_billing;
"""

AUDITED = {
    "insurance_payer": "'id', 'contact'",
    "insurance_plan": "'id'",
    "insurance_plan_coverage": "'plan_id'",
    "insurance_plan_exclusion": "'plan_id'",
    "patient_policy": "'id'",
}
VERSIONED = ("insurance_payer", "insurance_plan", "patient_policy")


def _created() -> list[sa.Column[object]]:
    return [sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
            sa.Column("created_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False)]


def _updated() -> list[sa.Column[object]]:
    return [sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
            sa.Column("updated_by", sa.String(length=63), nullable=True),
            sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)]


def _create_tables() -> None:
    op.create_table(
        "insurance_payer",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=300), server_default="", nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        *_created(),
        *_updated(),
        sa.CheckConstraint("code ~ '^[A-Z0-9_-]+$'", name=op.f("ck_insurance_payer_code_format")),
        sa.CheckConstraint("length(btrim(name)) > 0", name=op.f("ck_insurance_payer_name_present")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_insurance_payer")),
        sa.UniqueConstraint("code", name=op.f("uq_insurance_payer_code")),
    )
    op.create_table(
        "insurance_plan",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("copay_per_invoice", sa.Numeric(12, 2), server_default=sa.text("0"), nullable=False),
        sa.Column("annual_limit", sa.Numeric(12, 2), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        *_created(),
        *_updated(),
        sa.CheckConstraint("copay_per_invoice >= 0", name=op.f("ck_insurance_plan_copay_not_negative")),
        sa.CheckConstraint("annual_limit IS NULL OR annual_limit > 0", name=op.f("ck_insurance_plan_limit_positive")),
        sa.CheckConstraint("length(btrim(name)) > 0", name=op.f("ck_insurance_plan_name_present")),
        sa.ForeignKeyConstraint(["payer_id"], ["insurance_payer.id"],
                                name=op.f("fk_insurance_plan_payer_id_insurance_payer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_insurance_plan")),
        sa.UniqueConstraint("payer_id", "name", name=op.f("uq_insurance_plan_payer_id_name")),
    )
    op.create_table(
        "insurance_plan_coverage",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("percent", sa.Numeric(5, 2), nullable=False),
        sa.Column("preauth_required", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        *_created(),
        sa.CheckConstraint(f"category IN {CATEGORIES}", name=op.f("ck_insurance_plan_coverage_category_known")),
        sa.CheckConstraint("percent BETWEEN 0 AND 100", name=op.f("ck_insurance_plan_coverage_percent_range")),
        sa.ForeignKeyConstraint(["plan_id"], ["insurance_plan.id"],
                                name=op.f("fk_insurance_plan_coverage_plan_id_insurance_plan")),
        sa.PrimaryKeyConstraint("plan_id", "category", name=op.f("pk_insurance_plan_coverage")),
    )
    op.create_table(
        "insurance_plan_exclusion",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("fee_code", sa.String(length=40), nullable=False),
        *_created(),
        sa.CheckConstraint("fee_code = upper(btrim(fee_code)) AND fee_code <> ''",
                           name=op.f("ck_insurance_plan_exclusion_fee_code_normal")),
        sa.ForeignKeyConstraint(["plan_id"], ["insurance_plan.id"],
                                name=op.f("fk_insurance_plan_exclusion_plan_id_insurance_plan")),
        sa.PrimaryKeyConstraint("plan_id", "fee_code", name=op.f("pk_insurance_plan_exclusion")),
    )
    # The registration reference a policy resolves must be the same patient's: a composite foreign key.
    op.create_unique_constraint(op.f("uq_patient_insurance_id_patient_id"), "patient_insurance", ["id", "patient_id"])
    op.create_foreign_key(op.f("fk_patient_insurance_plan_id_insurance_plan"), "patient_insurance",
                          "insurance_plan", ["plan_id"], ["id"])
    op.create_table(
        "patient_policy",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("patient_insurance_id", sa.BigInteger(), nullable=True),
        sa.Column("member_number", sa.String(length=60), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        *_created(),
        *_updated(),
        sa.CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_patient_policy_validity_ordered")),
        sa.CheckConstraint("length(btrim(member_number)) > 0", name=op.f("ck_patient_policy_member_number_present")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_patient_policy_patient_id_patient")),
        sa.ForeignKeyConstraint(["plan_id"], ["insurance_plan.id"],
                                name=op.f("fk_patient_policy_plan_id_insurance_plan")),
        sa.ForeignKeyConstraint(["patient_insurance_id", "patient_id"], ["patient_insurance.id",
                                                                         "patient_insurance.patient_id"],
                                name=op.f("fk_patient_policy_patient_insurance_id_patient_insurance")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient_policy")),
        postgresql.ExcludeConstraint(
            (sa.column("patient_id"), "="), (sa.column("plan_id"), "="),
            (sa.text("daterange(valid_from, valid_to, '[]')"), "&&"),
            using="gist", name="ex_patient_policy_overlap"),
    )
    op.create_index("ix_patient_policy_patient_id_valid_from", "patient_policy", ["patient_id", "valid_from"])


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    _create_tables()
    for table in TABLES:
        op.execute(f"CREATE TRIGGER database_sets_defaults BEFORE INSERT ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults('{}')")
    for table in VERSIONED:
        op.execute(f"CREATE TRIGGER touch BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION hms_touch_row()")
    for table, args in AUDITED.items():
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger({args})")
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.drop_table("patient_policy")
    op.drop_constraint(op.f("fk_patient_insurance_plan_id_insurance_plan"), "patient_insurance", type_="foreignkey")
    op.drop_constraint(op.f("uq_patient_insurance_id_patient_id"), "patient_insurance", type_="unique")
    for table in reversed(TABLES[:-1]):
        op.drop_table(table)
    op.execute("RESET ROLE")
