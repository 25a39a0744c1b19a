"""Security: a print-log row always names who printed and when; recorded reads name real records.

``INSERT`` on ``print_log`` was granted on the whole table, so a login could write a row in another
person's name or with another time (issue 7, item 9). Staff may now insert only what a print is about;
``id``, ``at`` and ``actor`` come from the database's defaults (``now()``, ``session_user``).
``hms_audit_access`` (v2) records a read only of a real row of a table whose reads are audited, so no
login can fill the audit trail with invented entries.

Revision ID: 0006_print_log_columns
Revises: 0005_doctor_own_appointments
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0006_print_log_columns"
down_revision: str | None = "0005_doctor_own_appointments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ALL_GROUPS = "hms_reception, hms_doctor, hms_billing, hms_admin"


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute(f"REVOKE INSERT ON print_log FROM {ALL_GROUPS}")
    op.execute(f"GRANT INSERT (document, subject, is_copy, destination) ON print_log TO {ALL_GROUPS}")
    sql_objects.create("hms_audit_access", 2)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.create("hms_audit_access", 1)
    op.execute(f"REVOKE INSERT (document, subject, is_copy, destination) ON print_log FROM {ALL_GROUPS}")
    op.execute(f"GRANT INSERT ON print_log TO {ALL_GROUPS}")
    op.execute("RESET ROLE")
