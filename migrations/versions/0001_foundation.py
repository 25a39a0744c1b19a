"""Foundation: roles, staff, settings, patients, the audit chain.

Revision ID: 0001_foundation
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from hms_desktop.db import sql_objects

revision: str = "0001_foundation"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = ("hms_reception", "hms_doctor", "hms_billing", "hms_admin")
ALL_GROUPS = ", ".join(GROUPS)
AUDITED = {"department": "id", "staff": "id", "hospital_setting": "key", "patient": "id"}

ROLES_SQL = f"""
DO $$
DECLARE g text;
BEGIN
    -- Roles belong to the whole cluster: create them only once, whichever database comes first.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hms_owner') THEN
        CREATE ROLE hms_owner NOLOGIN CREATEROLE;
    END IF;
    FOREACH g IN ARRAY ARRAY['{"','".join(GROUPS)}'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
        -- ADMIN OPTION lets the owner's SECURITY DEFINER functions put staff into groups (PostgreSQL 16+).
        EXECUTE format('GRANT %I TO hms_owner WITH ADMIN OPTION', g);
    END LOOP;
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO hms_owner, {ALL_GROUPS}', current_database());
END
$$;
GRANT USAGE, CREATE ON SCHEMA public TO hms_owner;
-- Lets the owner's functions end the sessions of a deactivated account (never a superuser's).
GRANT pg_signal_backend TO hms_owner;
GRANT USAGE ON SCHEMA public TO {ALL_GROUPS};
"""

# Functions are created by hms_owner: none of them is executable by PUBLIC unless granted below.
# The sequence comes first: hms_next_mrn's body names it, and SQL function bodies are checked on creation.
PRIVILEGES_AND_MRN_SEQUENCE_SQL = """
ALTER DEFAULT PRIVILEGES FOR ROLE hms_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- Medical record numbers: 7 digits from a sequence plus a Luhn check digit, so a typo is caught.
CREATE SEQUENCE patient_mrn_seq START 1000001;
"""

GRANTS_SQL = f"""
GRANT SELECT ON department, staff, hospital_setting, patient TO {ALL_GROUPS};
GRANT INSERT, UPDATE, DELETE ON department TO hms_admin;
GRANT UPDATE (full_name, title, department_id, version) ON staff TO hms_admin;
GRANT INSERT, UPDATE ON hospital_setting TO hms_admin;
GRANT INSERT, UPDATE ON patient TO hms_reception, hms_admin;
GRANT SELECT ON audit_log TO hms_admin;
GRANT EXECUTE ON FUNCTION hms_audit_digest(timestamptz, text, text, text, text, jsonb, jsonb, text) TO hms_admin;
GRANT EXECUTE ON FUNCTION hms_next_mrn() TO hms_reception, hms_admin;
GRANT EXECUTE ON FUNCTION hms_audit_access(text, text), hms_record_login(), hms_staff_groups(text),
    hms_note_own_password_change() TO {ALL_GROUPS};
GRANT EXECUTE ON FUNCTION hms_create_staff(text, text, text, text, integer, text[]),
    hms_set_staff_password(text, text), hms_set_staff_active(text, boolean),
    hms_set_staff_groups(text, text[]) TO hms_admin;
"""

DEFAULT_SETTINGS = {
    "hospital_name": '"General Hospital"',
    "idle_lock_minutes": "10",
    "allow_remember_password": "false",
    "demo_mode": "false",
}


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.execute(ROLES_SQL)
    # Everything from here on belongs to hms_owner, a role nobody logs in as.
    op.execute("SET ROLE hms_owner")

    op.create_table(
        "department",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department")),
        sa.UniqueConstraint("name", name=op.f("uq_department_name")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("username", sa.String(length=63), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=100), server_default="", nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("length(btrim(full_name)) > 0", name=op.f("ck_staff_full_name_present")),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"], name=op.f("fk_staff_department_id_department")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_username")),
    )
    op.create_table(
        "hospital_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_hospital_setting")),
    )
    op.execute(PRIVILEGES_AND_MRN_SEQUENCE_SQL)
    # migrations/sql/<name>.v1.sql, in this order: the SQL-language ones call those above them.
    sql_objects.create("hms_luhn_digit", 1)
    sql_objects.create("hms_next_mrn", 1)
    sql_objects.create("hms_audit_digest", 1)
    sql_objects.create("hms_audit_append", 1)
    sql_objects.create("hms_audit_trigger", 1)
    sql_objects.create("hms_audit_access", 1)
    sql_objects.create("hms_note_own_password_change", 1)
    sql_objects.create("hms_record_login", 1)
    sql_objects.create("hms_check_groups", 1)
    sql_objects.create("hms_is_admin", 1)
    sql_objects.create("hms_check_admin_remains", 1)
    sql_objects.create("hms_staff_role", 1)
    sql_objects.create("hms_create_staff", 1)
    sql_objects.create("hms_set_staff_password", 1)
    sql_objects.create("hms_set_staff_active", 1)
    sql_objects.create("hms_set_staff_groups", 1)
    sql_objects.create("hms_staff_groups", 1)
    op.create_table(
        "patient",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("mrn", sa.String(length=20), server_default=sa.text("hms_next_mrn()"), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("given_name", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("national_id", sa.String(length=40), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("sex IN ('F', 'M', 'X', 'U')", name=op.f("ck_patient_sex_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient")),
        sa.UniqueConstraint("mrn", name=op.f("uq_patient_mrn")),
    )
    op.create_index("ix_patient_family_name_trgm", "patient", ["family_name"], postgresql_using="gin",
                    postgresql_ops={"family_name": "gin_trgm_ops"})
    op.create_index("ix_patient_given_name_trgm", "patient", ["given_name"], postgresql_using="gin",
                    postgresql_ops={"given_name": "gin_trgm_ops"})
    op.create_index("ix_patient_phone", "patient", ["phone"])
    op.create_index("ix_patient_birth_date", "patient", ["birth_date"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=63), nullable=False),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("before", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("after", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=True),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_table_name_row_key", "audit_log", ["table_name", "row_key"])
    op.create_index("ix_audit_log_at", "audit_log", ["at"])

    for table, key in AUDITED.items():
        op.execute(
            f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger('{key}')"
        )
    op.execute(GRANTS_SQL)
    for key, value in DEFAULT_SETTINGS.items():
        op.execute(sa.text("INSERT INTO hospital_setting (key, value) VALUES (:k, CAST(:v AS jsonb))")
                   .bindparams(k=key, v=value))
    op.execute("RESET ROLE")
    op.execute(f"GRANT SELECT ON alembic_version TO {ALL_GROUPS}")


def downgrade() -> None:
    op.execute("SET ROLE hms_owner")
    for table in ("audit_log", "patient", "hospital_setting", "staff", "department"):
        op.drop_table(table)
    sql_objects.drop("hms_staff_groups")
    sql_objects.drop("hms_set_staff_groups")
    sql_objects.drop("hms_set_staff_active")
    sql_objects.drop("hms_set_staff_password")
    sql_objects.drop("hms_create_staff")
    sql_objects.drop("hms_staff_role")
    sql_objects.drop("hms_check_admin_remains")
    sql_objects.drop("hms_is_admin")
    sql_objects.drop("hms_check_groups")
    sql_objects.drop("hms_record_login")
    sql_objects.drop("hms_note_own_password_change")
    sql_objects.drop("hms_audit_access")
    sql_objects.drop("hms_audit_trigger")
    sql_objects.drop("hms_audit_append")
    sql_objects.drop("hms_audit_digest")
    sql_objects.drop("hms_next_mrn")
    sql_objects.drop("hms_luhn_digit")
    op.execute("""
        DROP SEQUENCE patient_mrn_seq;
        ALTER DEFAULT PRIVILEGES FOR ROLE hms_owner GRANT EXECUTE ON FUNCTIONS TO PUBLIC;
    """)
    op.execute("RESET ROLE")
    # Roles are shared by every database in the cluster, so they stay; extensions go.
    op.execute("DROP EXTENSION IF EXISTS btree_gist")
    op.execute("DROP EXTENSION IF EXISTS pg_trgm")
