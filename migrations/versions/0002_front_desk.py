"""Front desk: full patient record, insurance references, photos, wards/rooms/beds, admissions, print log.

Revision ID: 0002_front_desk
Revises: 0001_foundation
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from hms_desktop.db import sql_objects

revision: str = "0002_front_desk"
down_revision: str | None = "0001_foundation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ALL_GROUPS = "hms_reception, hms_doctor, hms_billing, hms_admin"
PATIENT_EDITABLE = (
    "family_name, given_name, sex, birth_date, birth_date_estimated, phone, phone_alt, email, national_id, "
    "national_id_type, address, preferred_language, emergency_name, emergency_relation, emergency_phone, "
    "kin_name, kin_relation, kin_phone"
)

CAPABILITY_ROLES_SQL = """
DO $$
BEGIN
    -- A capability, not a job: granted to the reception users trusted to merge patient records.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hms_merge_patients') THEN
        CREATE ROLE hms_merge_patients NOLOGIN;
    END IF;
    GRANT hms_merge_patients TO hms_owner WITH ADMIN OPTION;
END
$$;
"""

def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute(CAPABILITY_ROLES_SQL)
    op.execute("SET ROLE hms_owner")
    # migrations/sql/<name>.v<N>.sql
    sql_objects.create("hms_fold", 1)
    sql_objects.create("hms_audit_trigger", 2)  # leaves out columns named after the key (photo bytes)
    sql_objects.create("hms_touch_row", 1)
    sql_objects.create("hms_notify_beds", 1)
    sql_objects.create("hms_printed_before", 1)
    sql_objects.create("hms_merge_patients", 1)

    for column in (
        sa.Column("birth_date_estimated", sa.Boolean(), server_default=sa.text("false"),
                                           nullable=False),
        sa.Column("national_id_type", sa.String(length=40), nullable=True),
        sa.Column("phone_alt", sa.String(length=20), nullable=True),
        sa.Column("preferred_language", sa.String(length=40), nullable=True),
        sa.Column("emergency_name", sa.String(length=200), nullable=True),
        sa.Column("emergency_relation", sa.String(length=60), nullable=True),
        sa.Column("emergency_phone", sa.String(length=20), nullable=True),
        sa.Column("kin_name", sa.String(length=200), nullable=True),
        sa.Column("kin_relation", sa.String(length=60), nullable=True),
        sa.Column("kin_phone", sa.String(length=20), nullable=True),
        sa.Column("merged_into_id", sa.BigInteger(), nullable=True),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"),
                                 nullable=False),
        sa.Column("updated_by", sa.String(length=63), server_default=sa.text("session_user"),
                                 nullable=False),
    ):
        op.add_column("patient", column)
    op.add_column("patient", sa.Column(
        "name_search", sa.Text(),
        sa.Computed("hms_fold((((family_name)::text || ' '::text) || (given_name)::text))", persisted=True),
        nullable=True))
    op.create_foreign_key(op.f("fk_patient_merged_into_id_patient"), "patient", "patient", ["merged_into_id"],
                          ["id"])
    op.drop_index("ix_patient_family_name_trgm", table_name="patient")
    op.drop_index("ix_patient_given_name_trgm", table_name="patient")
    op.create_index("ix_patient_name_search_trgm", "patient", ["name_search"], postgresql_using="gin",
                    postgresql_ops={"name_search": "gin_trgm_ops"})
    op.create_index("ix_patient_phone_alt", "patient", ["phone_alt"])
    op.create_index("ix_patient_national_id", "patient", ["national_id"])
    op.create_index("ix_patient_merged_into_id", "patient", ["merged_into_id"])
    # Common family names ("smith" is 2% of patients): a byte-order b-tree lets the search walk names in
    # order instead of reading every trigram match first; the statistics target keeps the planner from
    # taking a common prefix for a rare one. Measured in tests/benchmarks/test_patient_search.py.
    op.create_index("ix_patient_name_search_c", "patient", [sa.text('(name_search COLLATE "C")'), "id"],
                    postgresql_where=sa.text("merged_into_id IS NULL"))
    op.execute("ALTER TABLE patient ALTER COLUMN name_search SET STATISTICS 1000")
    # The duplicate check at registration (same birth date, similar name) reads only this index.
    op.create_index("ix_patient_birth_date_name", "patient", ["birth_date"],
                    postgresql_include=["id", "name_search"], postgresql_where=sa.text("merged_into_id IS NULL"))
    # Column-level rights: nobody at the desk may set merged_into_id or rewrite an MRN directly; merging
    # goes through hms_merge_patients, which checks who is asking.
    op.execute(f"""
        REVOKE INSERT, UPDATE ON patient FROM hms_reception, hms_admin;
        GRANT INSERT ({PATIENT_EDITABLE}) ON patient TO hms_reception, hms_admin;
        GRANT UPDATE ({PATIENT_EDITABLE}, version) ON patient TO hms_reception, hms_admin;
    """)
    op.execute("CREATE TRIGGER touch BEFORE UPDATE ON patient FOR EACH ROW EXECUTE FUNCTION hms_touch_row('name_search')")

    op.create_table(
        "patient_insurance",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("payer", sa.String(length=200), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("member_number", sa.String(length=60), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from",
                           name=op.f("ck_patient_insurance_validity_ordered")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_patient_insurance_patient_id_patient")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient_insurance")),
    )
    op.create_index("ix_patient_insurance_patient_id", "patient_insurance", ["patient_id"])
    op.create_table(
        "patient_photo",
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("mime_type", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_patient_photo_patient_id_patient")),
        sa.PrimaryKeyConstraint("patient_id", name=op.f("pk_patient_photo")),
    )

    op.create_table(
        "ward",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("floor", sa.String(length=40), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"], name=op.f("fk_ward_department_id_department")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ward")),
        sa.UniqueConstraint("name", name=op.f("uq_ward_name")),
    )
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("ward_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["ward_id"], ["ward.id"], name=op.f("fk_room_ward_id_ward")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
        sa.UniqueConstraint("ward_id", "name", name=op.f("uq_room_ward_id_name")),
    )
    op.create_table(
        "bed",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("bed_type", sa.String(length=20), server_default="general", nullable=False),
        sa.Column("status", sa.String(length=20), server_default="available", nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("bed_type IN ('general', 'icu', 'maternity', 'isolation')", name=op.f("ck_bed_type_known")),
        sa.CheckConstraint("status IN ('available', 'cleaning', 'out_of_service')", name=op.f("ck_bed_status_known")),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_bed_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bed")),
        sa.UniqueConstraint("room_id", "label", name=op.f("uq_bed_room_id_label")),
    )
    op.create_table(
        "admission",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("attending_doctor_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("expected_days", sa.Integer(), nullable=True),
        sa.Column("admitted_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("discharged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("disposition", sa.String(length=20), nullable=True),
        sa.Column("discharge_summary", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("(discharged_at IS NULL) = (disposition IS NULL)",
                           name=op.f("ck_admission_discharge_complete")),
        sa.CheckConstraint("disposition IS NULL OR disposition IN ('home', 'referred', 'deceased', 'against_advice')",
                           name=op.f("ck_admission_disposition_known")),
        sa.CheckConstraint("discharged_at IS NULL OR discharged_at >= admitted_at",
                           name=op.f("ck_admission_discharge_after_admission")),
        sa.CheckConstraint("expected_days IS NULL OR expected_days BETWEEN 0 AND 365",
                           name=op.f("ck_admission_expected_days_range")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_admission_patient_id_patient")),
        sa.ForeignKeyConstraint(["attending_doctor_id"], ["staff.id"],
                                name=op.f("fk_admission_attending_doctor_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admission")),
        postgresql.ExcludeConstraint(
            (sa.column("patient_id"), "="),
            (sa.text("tstzrange(admitted_at, coalesce(discharged_at, 'infinity'::timestamptz))"), "&&"),
            using="gist", name="ex_admission_one_at_a_time"),
    )
    op.create_index("ix_admission_patient_id", "admission", ["patient_id"])
    op.create_table(
        "bed_stay",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("admission_id", sa.BigInteger(), nullable=False),
        sa.Column("bed_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("ends_at IS NULL OR ends_at > starts_at", name=op.f("ck_bed_stay_ends_after_start")),
        sa.ForeignKeyConstraint(["admission_id"], ["admission.id"], name=op.f("fk_bed_stay_admission_id_admission")),
        sa.ForeignKeyConstraint(["bed_id"], ["bed.id"], name=op.f("fk_bed_stay_bed_id_bed")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bed_stay")),
        # One patient per bed at any moment, whichever client writes and however fast.
        postgresql.ExcludeConstraint(
            (sa.column("bed_id"), "="),
            (sa.text("tstzrange(starts_at, coalesce(ends_at, 'infinity'::timestamptz))"), "&&"),
            using="gist", name="ex_bed_stay_one_patient_per_bed"),
        postgresql.ExcludeConstraint(
            (sa.column("admission_id"), "="),
            (sa.text("tstzrange(starts_at, coalesce(ends_at, 'infinity'::timestamptz))"), "&&"),
            using="gist", name="ex_bed_stay_one_bed_per_admission"),
    )
    op.create_index("ix_bed_stay_admission_id", "bed_stay", ["admission_id"])
    # The bed board joins the open stays only; without this it would scan every stay ever.
    op.create_index("ix_bed_stay_open_bed_id", "bed_stay", ["bed_id"], postgresql_where=sa.text("ends_at IS NULL"))
    op.create_table(
        "print_log",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("actor", sa.String(length=63), server_default=sa.text("session_user"), nullable=False),
        sa.Column("document", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=100), nullable=False),
        sa.Column("is_copy", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("destination", sa.String(length=200), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_log")),
    )
    op.create_index("ix_print_log_document_subject", "print_log", ["document", "subject"])

    for table, args in {"patient_insurance": "'id'", "patient_photo": "'patient_id', 'image'", "ward": "'id'",
                        "room": "'id'", "bed": "'id'", "admission": "'id'", "bed_stay": "'id'",
                        "print_log": "'id'"}.items():
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger({args})")
    for table in ("bed", "bed_stay", "admission"):
        op.execute(f"CREATE TRIGGER notify_beds AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION hms_notify_beds()")

    op.execute(f"""
        GRANT SELECT ON patient_photo, ward, room, bed TO {ALL_GROUPS};
        GRANT SELECT ON admission, bed_stay TO {ALL_GROUPS};
        GRANT SELECT ON patient_insurance TO hms_reception, hms_billing, hms_admin;
        GRANT INSERT, UPDATE ON patient_insurance TO hms_reception, hms_billing, hms_admin;
        GRANT INSERT, UPDATE, DELETE ON patient_photo TO hms_reception, hms_admin;
        GRANT INSERT, UPDATE, DELETE ON ward, room, bed TO hms_admin;
        GRANT UPDATE (status, version) ON bed TO hms_reception;
        GRANT INSERT, UPDATE ON admission, bed_stay TO hms_reception, hms_admin;
        GRANT INSERT ON print_log TO {ALL_GROUPS};
        GRANT SELECT ON print_log TO hms_admin;
        GRANT EXECUTE ON FUNCTION hms_fold(text), hms_printed_before(text, text) TO {ALL_GROUPS};
        GRANT EXECUTE ON FUNCTION hms_merge_patients(bigint, bigint) TO hms_admin, hms_merge_patients;
    """)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET ROLE hms_owner")
    for table in ("print_log", "bed_stay", "admission", "bed", "room", "ward", "patient_photo",
                  "patient_insurance"):
        op.drop_table(table)
    op.execute("DROP TRIGGER touch ON patient")
    op.execute("""
        REVOKE INSERT, UPDATE ON patient FROM hms_reception, hms_admin;
        GRANT INSERT, UPDATE ON patient TO hms_reception, hms_admin;
    """)
    op.drop_index("ix_patient_birth_date_name", table_name="patient")
    op.drop_index("ix_patient_name_search_c", table_name="patient")
    op.drop_index("ix_patient_merged_into_id", table_name="patient")
    op.drop_index("ix_patient_national_id", table_name="patient")
    op.drop_index("ix_patient_phone_alt", table_name="patient")
    op.drop_index("ix_patient_name_search_trgm", table_name="patient")
    op.drop_constraint(op.f("fk_patient_merged_into_id_patient"), "patient", type_="foreignkey")
    for column in ("name_search", "updated_by", "updated_at", "merged_at", "merged_into_id", "kin_phone",
                   "kin_relation", "kin_name", "emergency_phone", "emergency_relation", "emergency_name",
                   "preferred_language", "phone_alt", "national_id_type", "birth_date_estimated"):
        op.drop_column("patient", column)
    op.create_index("ix_patient_family_name_trgm", "patient", ["family_name"], postgresql_using="gin",
                    postgresql_ops={"family_name": "gin_trgm_ops"})
    op.create_index("ix_patient_given_name_trgm", "patient", ["given_name"], postgresql_using="gin",
                    postgresql_ops={"given_name": "gin_trgm_ops"})
    sql_objects.drop("hms_merge_patients")
    sql_objects.drop("hms_printed_before")
    sql_objects.drop("hms_notify_beds")
    sql_objects.drop("hms_touch_row")
    sql_objects.drop("hms_fold")
    sql_objects.create("hms_audit_trigger", 1)
    op.execute("RESET ROLE")
    op.execute("DROP EXTENSION IF EXISTS unaccent")
