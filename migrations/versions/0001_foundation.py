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

FUNCTIONS_SQL = r"""
ALTER DEFAULT PRIVILEGES FOR ROLE hms_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- Medical record numbers: 7 digits from a sequence plus a Luhn check digit, so a typo is caught.
CREATE SEQUENCE patient_mrn_seq START 1000001;

CREATE FUNCTION hms_luhn_digit(p_digits text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    total integer := 0;
    d integer;
    i integer;
BEGIN
    -- A loop, not generate_series: this runs once per new patient (1M in a demo load).
    -- From the right, every digit in an odd position is doubled, as the check digit goes after it.
    FOR i IN 1 .. length(p_digits) LOOP
        d := ascii(substr(p_digits, length(p_digits) - i + 1, 1)) - 48;
        IF i % 2 = 1 THEN
            d := d * 2;
            IF d > 9 THEN d := d - 9; END IF;
        END IF;
        total := total + d;
    END LOOP;
    RETURN ((10 - total % 10) % 10)::text;
END
$$;

CREATE FUNCTION hms_next_mrn() RETURNS text
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT n || hms_luhn_digit(n) FROM (SELECT lpad(nextval('patient_mrn_seq')::text, 7, '0') AS n) AS x
$$;

-- The audit chain. Every row's hash covers its content and the previous row's hash.
CREATE FUNCTION hms_audit_digest(p_at timestamptz, p_actor text, p_table text, p_key text, p_action text,
                                 p_before jsonb, p_after jsonb, p_prev text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
        to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), p_actor, p_table,
        coalesce(p_key, ''), p_action, coalesce(p_before::text, ''), coalesce(p_after::text, ''),
        coalesce(p_prev, '')), 'UTF8')), 'hex')
$$;

CREATE FUNCTION hms_audit_append(p_table text, p_key text, p_action text, p_before jsonb, p_after jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_prev text;
    v_at timestamptz := clock_timestamp();
    v_actor text := session_user;
BEGIN
    -- One writer at a time extends the chain; the lock is held to commit, so the next
    -- writer's fresh snapshot sees this row as the previous one. Under REPEATABLE READ or
    -- SERIALIZABLE the snapshot is older than the lock and the chain would fork: refuse.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'Audited changes must run at READ COMMITTED isolation.' USING ERRCODE = 'HM006';
    END IF;
    PERFORM pg_advisory_xact_lock(7243512);
    SELECT hash INTO v_prev FROM audit_log ORDER BY id DESC LIMIT 1;
    INSERT INTO audit_log (at, actor, table_name, row_key, action, before, after, prev_hash, hash)
    VALUES (v_at, v_actor, p_table, p_key, p_action, p_before, p_after, v_prev,
            hms_audit_digest(v_at, v_actor, p_table, p_key, p_action, p_before, p_after, v_prev));
END
$$;

CREATE FUNCTION hms_audit_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_before jsonb;
    v_after jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN v_before := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN v_after := to_jsonb(NEW); END IF;
    IF TG_OP = 'UPDATE' AND v_before = v_after THEN
        RETURN NULL;
    END IF;
    PERFORM hms_audit_append(TG_TABLE_NAME, coalesce(v_after, v_before) ->> TG_ARGV[0], TG_OP, v_before, v_after);
    RETURN NULL;
END
$$;

-- The service layer records reads that matter (opening a chart) through this.
CREATE FUNCTION hms_audit_access(p_table text, p_key text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT hms_audit_append(p_table, p_key, 'READ', NULL, NULL)
$$;

CREATE FUNCTION hms_note_own_password_change() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT hms_audit_append('staff', session_user, 'PASSWORD', NULL, NULL)
$$;

CREATE FUNCTION hms_record_login() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE staff SET last_login_at = now() WHERE username = session_user
$$;

-- Staff accounts. The client sends a SCRAM verifier, never the password.
CREATE FUNCTION hms_check_groups(p_groups text[]) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_groups IS NULL OR cardinality(p_groups) = 0 THEN
        RAISE EXCEPTION 'Choose at least one group.' USING ERRCODE = 'HM004';
    END IF;
    IF NOT p_groups <@ ARRAY['hms_reception', 'hms_doctor', 'hms_billing', 'hms_admin'] THEN
        RAISE EXCEPTION 'Unknown group in %', p_groups USING ERRCODE = 'HM004';
    END IF;
END
$$;

CREATE FUNCTION hms_is_admin(p_username text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_username)
       AND pg_has_role(p_username, 'hms_admin', 'MEMBER')
$$;

CREATE FUNCTION hms_check_admin_remains(p_username text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM staff s
                   WHERE s.active AND s.username <> p_username AND hms_is_admin(s.username)) THEN
        RAISE EXCEPTION 'At least one active administrator must remain.' USING ERRCODE = 'HM002';
    END IF;
END
$$;

CREATE FUNCTION hms_staff_role(p_username text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    -- Only roles that belong to a staff row may be touched: never postgres, hms_owner or a group.
    IF NOT EXISTS (SELECT 1 FROM staff WHERE username = p_username) THEN
        RAISE EXCEPTION 'There is no staff member called %', p_username USING ERRCODE = 'HM005';
    END IF;
    RETURN p_username;
END
$$;

CREATE FUNCTION hms_create_staff(p_username text, p_verifier text, p_full_name text, p_title text,
                                 p_department_id integer, p_groups text[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    g text;
    v_id integer;
BEGIN
    IF p_username !~ '^[a-z][a-z0-9_.]{2,40}$' OR p_username LIKE 'pg\_%' OR p_username LIKE 'hms\_%'
       OR p_username IN ('postgres', 'public') THEN
        RAISE EXCEPTION 'This user name is not allowed.' USING ERRCODE = 'HM004';
    END IF;
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'A SCRAM-SHA-256 verifier is required.' USING ERRCODE = 'HM004';
    END IF;
    PERFORM hms_check_groups(p_groups);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
        RAISE EXCEPTION 'The user name % is already taken.', p_username USING ERRCODE = 'HM001';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
    FOREACH g IN ARRAY p_groups LOOP
        EXECUTE format('GRANT %I TO %I', g, p_username);
    END LOOP;
    INSERT INTO staff (username, full_name, title, department_id)
    VALUES (p_username, p_full_name, coalesce(p_title, ''), p_department_id)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

CREATE FUNCTION hms_set_staff_password(p_username text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'A SCRAM-SHA-256 verifier is required.' USING ERRCODE = 'HM004';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', hms_staff_role(p_username), p_verifier);
    PERFORM hms_audit_append('staff', p_username, 'PASSWORD', NULL, NULL);
END
$$;

CREATE FUNCTION hms_set_staff_active(p_username text, p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM hms_staff_role(p_username);
    IF NOT p_active THEN
        IF p_username = session_user THEN
            RAISE EXCEPTION 'You cannot deactivate your own account.' USING ERRCODE = 'HM003';
        END IF;
        IF hms_is_admin(p_username) THEN
            PERFORM hms_check_admin_remains(p_username);
        END IF;
    END IF;
    -- NOLOGIN makes the database itself refuse the person, whatever client they use; their open
    -- sessions are ended too, so a deactivated account stops working at once, not at next login.
    EXECUTE format('ALTER ROLE %I %s', p_username, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF NOT p_active THEN
        PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = p_username;
    END IF;
    UPDATE staff SET active = p_active, version = version + 1 WHERE username = p_username;
END
$$;

CREATE FUNCTION hms_set_staff_groups(p_username text, p_groups text[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    g text;
BEGIN
    PERFORM hms_staff_role(p_username);
    PERFORM hms_check_groups(p_groups);
    IF hms_is_admin(p_username) AND NOT 'hms_admin' = ANY (p_groups) THEN
        IF p_username = session_user THEN
            RAISE EXCEPTION 'You cannot remove your own administrator rights.' USING ERRCODE = 'HM003';
        END IF;
        PERFORM hms_check_admin_remains(p_username);
    END IF;
    FOREACH g IN ARRAY ARRAY['hms_reception', 'hms_doctor', 'hms_billing', 'hms_admin'] LOOP
        IF g = ANY (p_groups) THEN
            EXECUTE format('GRANT %I TO %I', g, p_username);
        ELSE
            EXECUTE format('REVOKE %I FROM %I', g, p_username);
        END IF;
    END LOOP;
    -- Groups are part of the record an administrator edits: an edit opened before this is now stale.
    UPDATE staff SET version = version + 1 WHERE username = p_username;
    PERFORM hms_audit_append('staff', p_username, 'GROUPS', NULL, to_jsonb(p_groups));
END
$$;

CREATE FUNCTION hms_staff_groups(p_username text) RETURNS text[]
LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(g ORDER BY g), '{}')
    FROM unnest(ARRAY['hms_admin', 'hms_billing', 'hms_doctor', 'hms_reception']) AS g
    WHERE EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_username) AND pg_has_role(p_username, g, 'MEMBER')
$$;
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
    op.execute(FUNCTIONS_SQL)
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
    op.execute("""
        DROP FUNCTION hms_staff_groups(text), hms_set_staff_groups(text, text[]),
            hms_set_staff_active(text, boolean), hms_set_staff_password(text, text),
            hms_create_staff(text, text, text, text, integer, text[]), hms_staff_role(text),
            hms_check_admin_remains(text), hms_is_admin(text), hms_check_groups(text[]),
            hms_record_login(), hms_note_own_password_change(), hms_audit_access(text, text), hms_audit_trigger(),
            hms_audit_append(text, text, text, jsonb, jsonb),
            hms_audit_digest(timestamptz, text, text, text, text, jsonb, jsonb, text),
            hms_next_mrn(), hms_luhn_digit(text);
        DROP SEQUENCE patient_mrn_seq;
        ALTER DEFAULT PRIVILEGES FOR ROLE hms_owner GRANT EXECUTE ON FUNCTIONS TO PUBLIC;
    """)
    op.execute("RESET ROLE")
    # Roles are shared by every database in the cluster, so they stay; extensions go.
    op.execute("DROP EXTENSION IF EXISTS btree_gist")
    op.execute("DROP EXTENSION IF EXISTS pg_trgm")
