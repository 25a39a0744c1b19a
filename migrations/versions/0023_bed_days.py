"""Bed-day charges from admissions (issue 9, item 2): one unbilled charge per night a patient spent admitted.

* ``bed_night``: one row per (admission, night), unique; ``night`` is the day whose evening begins it, ``bed_id``
  the bed occupied at the hospital's midnight that ends it (NULL when the admission had no bed then). It is the
  source of the night's charge (``charge.source_kind = 'bed_night'``, ``source_id`` its id): the charge table's
  unique (source_kind, source_id, fee_code) then holds one charge per night, and the other charging functions'
  ``ON CONFLICT (source_kind, source_id, fee_code)`` stay as they are. An admission id alone could not be the
  source of one charge per night under that key.
* ``hms_accrue_bed_days(patient_id)`` (SECURITY DEFINER, EXECUTE for billing only) creates the missing nights
  and their charges up to last night, in the hospital's time zone; idempotent (migrations/sql).
  ``billing.unbilled_charges`` calls it first (services/billing/bed_days.py).
* ``ck_charge_source_kind_known`` widened with 'bed_night'.
* GRANTs: billing and administrators read ``bed_night``; nobody writes it but the function (no INSERT, UPDATE
  or DELETE for any group). Audited (``hms_audit_trigger``; it has no free text).

Revision ID: 0023_bed_days
Revises: 0018_payments
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0023_bed_days"
down_revision: str | None = "0022_cash_shifts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SOURCE_KINDS_BEFORE = "source_kind IN ('encounter', 'lab_order', 'prescription')"
SOURCE_KINDS = "source_kind IN ('encounter', 'lab_order', 'prescription', 'bed_night')"

GRANTS_SQL = """
GRANT SELECT ON bed_night TO hms_billing, hms_admin;
REVOKE ALL ON FUNCTION hms_accrue_bed_days(bigint, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_accrue_bed_days(bigint, timestamptz) TO hms_billing;
"""


def _charge_sources(check: str) -> None:
    op.execute("ALTER TABLE charge DROP CONSTRAINT ck_charge_source_kind_known")
    op.execute(f"ALTER TABLE charge ADD CONSTRAINT ck_charge_source_kind_known CHECK ({check})")


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.create_table(
        "bed_night",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("admission_id", sa.BigInteger(), nullable=False),
        sa.Column("night", sa.Date(), nullable=False),
        sa.Column("bed_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(["admission_id"], ["admission.id"], name=op.f("fk_bed_night_admission_id_admission")),
        sa.ForeignKeyConstraint(["bed_id"], ["bed.id"], name=op.f("fk_bed_night_bed_id_bed")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bed_night")),
        sa.UniqueConstraint("admission_id", "night", name=op.f("uq_bed_night_admission_id_night")),
    )
    _charge_sources(SOURCE_KINDS)
    sql_objects.create("hms_accrue_bed_days", 1)
    op.execute("CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON bed_night "
               "FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger('id')")
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.drop("hms_accrue_bed_days")
    op.execute("DELETE FROM charge WHERE source_kind = 'bed_night' AND status <> 'billed'")
    _charge_sources(SOURCE_KINDS_BEFORE)
    op.drop_table("bed_night")
    op.execute("RESET ROLE")
