"""Security: the audit chain serialises on a row only the owner may lock; staff logins get session limits.

A staff login could take the audit chain's advisory lock (a fixed key) and hold it, freezing every
audited write in the hospital; and no limit ended an idle open transaction or a long lock wait (issue 7).

Revision ID: 0004_security_locks
Revises: 0003_scheduling
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0004_security_locks"
down_revision: str | None = "0003_scheduling"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Existing logins get the limits too; new ones get them from hms_create_staff v2.
LIMITS_FOR_EXISTING_STAFF_SQL = """
DO $$
DECLARE
    u text;
BEGIN
    FOR u IN SELECT s.username FROM staff s JOIN pg_roles r ON r.rolname = s.username LOOP
        PERFORM hms_apply_login_limits(u);
    END LOOP;
END
$$;
"""

RESET_LIMITS_SQL = """
DO $$
DECLARE
    u text;
BEGIN
    FOR u IN SELECT s.username FROM staff s JOIN pg_roles r ON r.rolname = s.username LOOP
        EXECUTE format('ALTER ROLE %I IN DATABASE %I RESET ALL', u, current_database());
    END LOOP;
END
$$;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute("CREATE TABLE audit_head (id boolean DEFAULT true NOT NULL, "
               "CONSTRAINT pk_audit_head PRIMARY KEY (id), CONSTRAINT ck_audit_head_only_one_row CHECK (id))")
    op.execute("INSERT INTO audit_head (id) VALUES (true)")
    op.execute("REVOKE ALL ON audit_head FROM PUBLIC")
    sql_objects.create("hms_audit_append", 2)
    sql_objects.create("hms_apply_login_limits", 1)
    op.execute("REVOKE EXECUTE ON FUNCTION hms_apply_login_limits(text) FROM PUBLIC")
    sql_objects.create("hms_create_staff", 2)
    op.execute("RESET ROLE")
    op.execute(LIMITS_FOR_EXISTING_STAFF_SQL)


def downgrade() -> None:
    op.execute(RESET_LIMITS_SQL)
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.create("hms_create_staff", 1)
    sql_objects.drop("hms_apply_login_limits")
    sql_objects.create("hms_audit_append", 1)
    op.execute("DROP TABLE audit_head")
    op.execute("RESET ROLE")
