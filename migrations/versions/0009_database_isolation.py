"""Security: a login made for one hospital database neither connects to nor acts in another on the server.

Roles belong to the whole cluster, and CONNECT was granted to the four staff groups, so any staff login
reached every hospital database on the server, and an administrator of one could call ``hms_create_staff``
in another (issue 7, item 1). Now each database has its own NOLOGIN role, ``hms_database_role()``
(``hms_db_<oid>``), the only staff role with CONNECT; every staff login of the database is a member of it;
and the staff-management functions refuse a caller who is not an administrator of this database (or the
owner) and a target login that does not belong to it. ``hms_claim_database()`` sets this up, here and on
every ``hms db upgrade`` (a database copied from another has a new oid, hence its own role).

Revision ID: 0009_database_isolation
Revises: 0008_clinical_column_grants
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0009_database_isolation"
down_revision: str | None = "0008_clinical_column_grants"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ALL_GROUPS = "hms_reception, hms_doctor, hms_billing, hms_admin"

# Back to 0006: the groups connect again, and this database's role goes (with its memberships).
RELEASE_DATABASE_SQL = f"""
DO $$
DECLARE
    v_role text := hms_database_role();
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO {ALL_GROUPS}', current_database());
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
        EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM %I', current_database(), v_role);
        EXECUTE format('DROP ROLE %I', v_role);
    END IF;
END
$$;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.create("hms_database_role", 1)
    op.execute(f"GRANT EXECUTE ON FUNCTION hms_database_role() TO {ALL_GROUPS}")
    sql_objects.create("hms_claim_database", 1)
    sql_objects.create("hms_require_staff_manager", 1)
    sql_objects.create("hms_staff_role", 2)
    sql_objects.create("hms_create_staff", 3)
    sql_objects.create("hms_set_staff_active", 2)
    sql_objects.create("hms_set_staff_groups", 2)
    sql_objects.create("hms_set_staff_password", 2)
    # The rest needs the migrating user's own rights: CREATE ROLE, and GRANT/REVOKE CONNECT on the database.
    op.execute("RESET ROLE")
    op.execute("SELECT hms_claim_database()")


def downgrade() -> None:
    op.execute(RELEASE_DATABASE_SQL)
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.create("hms_set_staff_password", 1)
    sql_objects.create("hms_set_staff_groups", 1)
    sql_objects.create("hms_set_staff_active", 1)
    sql_objects.create("hms_create_staff", 2)
    sql_objects.create("hms_staff_role", 1)
    sql_objects.drop("hms_require_staff_manager")
    sql_objects.drop("hms_claim_database")
    sql_objects.drop("hms_database_role")
    op.execute("RESET ROLE")
