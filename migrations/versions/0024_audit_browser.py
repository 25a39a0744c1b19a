"""The audit browser (issue 10, item 4): finding a patient's entries without reading the whole trail.

"Who opened or changed this record" asks for the patient row's own entries (``ix_audit_log_table_name_row_key``
already serves those) and for every entry whose JSON names the patient (``patient_id`` in ``after`` or in
``before``: appointments, admissions, chart openings, ...). Without an index that is a scan of the whole trail,
which grows by every change the hospital makes; two partial expression indexes let PostgreSQL combine the three
conditions (BitmapOr). Partial: most entries (staff, settings, catalogues) name no patient.

Anchoring the chain needs no schema change: its time is a ``hospital_setting`` row (``audit_last_anchor``).

Revision ID: 0024_audit_browser
Revises: 0023_bed_days
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0024_audit_browser"
down_revision: str | None = "0023_bed_days"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute("CREATE INDEX ix_audit_log_after_patient_id ON audit_log ((after ->> 'patient_id')) "
               "WHERE after ? 'patient_id'")
    op.execute("CREATE INDEX ix_audit_log_before_patient_id ON audit_log ((before ->> 'patient_id')) "
               "WHERE before ? 'patient_id'")
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute("DROP INDEX ix_audit_log_before_patient_id")
    op.execute("DROP INDEX ix_audit_log_after_patient_id")
    op.execute("RESET ROLE")
