"""Security: a doctor may change only their own appointments (row-level security on ``appointment``).

As a doctor, ``UPDATE appointment SET status = 'cancelled'`` on another doctor's appointment succeeded,
and the status guard then made it permanent (issue 7, item 4). The column GRANTs stay as they were; the
policies add which rows: every group reads every appointment, the front desk (reception, administrators)
writes any, and a doctor updates only rows whose ``doctor_id`` is their own staff id. The table owner
(migrations, the demo loader) and SECURITY DEFINER functions (merge) are not subject to the policies.

Revision ID: 0005_doctor_own_appointments
Revises: 0004_security_locks
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005_doctor_own_appointments"
down_revision: str | None = "0004_security_locks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UPGRADE_SQL = """
ALTER TABLE appointment ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_read ON appointment FOR SELECT
    TO hms_reception, hms_doctor, hms_billing, hms_admin USING (true);
CREATE POLICY front_desk_writes ON appointment FOR ALL
    TO hms_reception, hms_admin USING (true) WITH CHECK (true);
CREATE POLICY doctor_updates_own ON appointment FOR UPDATE
    TO hms_doctor USING (doctor_id = hms_current_staff_id()) WITH CHECK (doctor_id = hms_current_staff_id());
"""

DOWNGRADE_SQL = """
DROP POLICY doctor_updates_own ON appointment;
DROP POLICY front_desk_writes ON appointment;
DROP POLICY staff_read ON appointment;
ALTER TABLE appointment DISABLE ROW LEVEL SECURITY;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute(UPGRADE_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute(DOWNGRADE_SQL)
    op.execute("RESET ROLE")
