"""Scheduling: specialties, doctor profiles, rooms and equipment, working hours, appointments, waiting list.

Double booking is impossible in the schema: exclusion constraints over ``tstzrange(starts_at, ends_at)``
(btree_gist) refuse an overlapping *active* appointment for the same doctor or the same patient, and an
overlapping booking of the same room or piece of equipment, whichever client writes.

Revision ID: 0003_scheduling
Revises: 0002_front_desk
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from hms_desktop.db import sql_objects

revision: str = "0003_scheduling"
down_revision: str | None = "0002_front_desk"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ALL_GROUPS = "hms_reception, hms_doctor, hms_billing, hms_admin"
# An appointment in one of these statuses holds its time; the others free it (kept for history).
# Literal on purpose, not built from domain.scheduling.AppointmentStatus: a migration records the schema as
# it was at this revision, and must not change if the enum later gains a status (that takes a new
# migration). tests/unit/test_status_rules.py checks that these literals still equal the enum's sets.
ACTIVE = "('requested', 'booked', 'confirmed', 'checked_in', 'in_consultation')"
STATUSES = ("'requested', 'booked', 'confirmed', 'checked_in', 'in_consultation', 'completed', 'cancelled', "
            "'no_show', 'declined'")

CAPABILITY_ROLES_SQL = """
DO $$
BEGIN
    -- A capability, not a job: granted to the staff trusted to book over an existing appointment (urgent cases).
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hms_overbook') THEN
        CREATE ROLE hms_overbook NOLOGIN;
    END IF;
    GRANT hms_overbook TO hms_owner WITH ADMIN OPTION;
END
$$;
"""

GRANTS_SQL = f"""
GRANT SELECT ON specialty, doctor_specialty, doctor_profile, resource, doctor_room, work_template,
    schedule_exception, appointment, resource_booking TO {ALL_GROUPS};
GRANT INSERT, UPDATE, DELETE ON specialty, doctor_specialty, doctor_profile, resource, doctor_room, work_template,
    schedule_exception TO hms_admin;
-- Doctors keep their own qualifications and availability notes; the policy below limits them to their row.
GRANT UPDATE (qualifications, availability_notes, version) ON doctor_profile TO hms_doctor;
GRANT INSERT ON appointment TO hms_reception, hms_admin;
GRANT UPDATE (status, cancel_reason, checked_in_at, called_at, completed_at, version) ON appointment
    TO hms_reception, hms_admin;
-- Doctors accept, decline, call and complete; the service checks that the appointment is their own.
GRANT UPDATE (status, cancel_reason, called_at, completed_at, version) ON appointment TO hms_doctor;
GRANT INSERT, UPDATE (cancelled) ON resource_booking TO hms_reception, hms_admin;
GRANT SELECT ON waiting_list TO hms_reception, hms_doctor, hms_admin;
GRANT INSERT, UPDATE (status, note, latest, version) ON waiting_list TO hms_reception, hms_admin;
GRANT EXECUTE ON FUNCTION hms_current_staff_id() TO {ALL_GROUPS};
"""

PROFILE_POLICIES_SQL = """
ALTER TABLE doctor_profile ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON doctor_profile FOR SELECT USING (true);
CREATE POLICY admin_writes ON doctor_profile TO hms_admin USING (true) WITH CHECK (true);
CREATE POLICY doctor_edits_own ON doctor_profile FOR UPDATE TO hms_doctor
    USING (staff_id = hms_current_staff_id()) WITH CHECK (staff_id = hms_current_staff_id());
"""

AUDITED = {"specialty": "'id'", "doctor_specialty": "'staff_id'", "doctor_profile": "'staff_id', 'photo'",
           "resource": "'id'", "doctor_room": "'staff_id'", "work_template": "'id'", "schedule_exception": "'id'",
           "appointment": "'id'", "resource_booking": "'id'", "waiting_list": "'id'"}

DEFAULT_SETTINGS = {"default_slot_minutes": "15", "time_zone": '"Europe/London"'}


def upgrade() -> None:
    op.execute(CAPABILITY_ROLES_SQL)
    op.execute("SET ROLE hms_owner")

    op.create_table(
        "specialty",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        # NULL: the hospital default (setting ``default_slot_minutes``); a doctor's own length comes first.
        sa.Column("slot_minutes", sa.Integer(), nullable=True),
        sa.CheckConstraint("slot_minutes IS NULL OR slot_minutes BETWEEN 5 AND 240",
                           name=op.f("ck_specialty_slot_minutes_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_specialty")),
        sa.UniqueConstraint("name", name=op.f("uq_specialty_name")),
    )
    op.create_table(
        "doctor_specialty",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("specialty_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_doctor_specialty_staff_id_staff")),
        sa.ForeignKeyConstraint(["specialty_id"], ["specialty.id"],
                                name=op.f("fk_doctor_specialty_specialty_id_specialty")),
        sa.PrimaryKeyConstraint("staff_id", "specialty_id", name=op.f("pk_doctor_specialty")),
    )
    op.create_index("ix_doctor_specialty_specialty_id", "doctor_specialty", ["specialty_id"])
    op.create_table(
        "doctor_profile",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("qualifications", sa.Text(), server_default="", nullable=False),
        sa.Column("registration_number", sa.String(length=60), nullable=True),
        sa.Column("consultation_fee_code", sa.String(length=40), nullable=True),
        sa.Column("availability_notes", sa.Text(), server_default="", nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=True),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("slot_minutes IS NULL OR slot_minutes BETWEEN 5 AND 240",
                           name=op.f("ck_doctor_profile_slot_minutes_range")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_doctor_profile_staff_id_staff")),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_doctor_profile")),
    )
    op.create_table(
        "resource",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.CheckConstraint("kind IN ('consulting_room', 'procedure_room', 'equipment')",
                           name=op.f("ck_resource_kind_known")),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"],
                                name=op.f("fk_resource_department_id_department")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource")),
        sa.UniqueConstraint("name", name=op.f("uq_resource_name")),
    )
    op.create_table(
        "doctor_room",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_doctor_room_staff_id_staff")),
        sa.ForeignKeyConstraint(["resource_id"], ["resource.id"], name=op.f("fk_doctor_room_resource_id_resource")),
        sa.PrimaryKeyConstraint("staff_id", "resource_id", name=op.f("pk_doctor_room")),
    )
    op.create_table(
        "work_template",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("starts", sa.Time(), nullable=False),
        sa.Column("ends", sa.Time(), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=True),
        sa.Column("valid_from", sa.Date(), server_default=sa.text("CURRENT_DATE"), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("slot_minutes", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_work_template_weekday_range")),
        sa.CheckConstraint("ends > starts", name=op.f("ck_work_template_ends_after_start")),
        sa.CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_work_template_validity_ordered")),
        sa.CheckConstraint("slot_minutes IS NULL OR slot_minutes BETWEEN 5 AND 240",
                           name=op.f("ck_work_template_slot_minutes_range")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_work_template_staff_id_staff")),
        sa.ForeignKeyConstraint(["resource_id"], ["resource.id"],
                                name=op.f("fk_work_template_resource_id_resource")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_template")),
    )
    op.create_index("ix_work_template_staff_id", "work_template", ["staff_id"])
    op.create_table(
        "schedule_exception",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_schedule_exception_ends_after_start")),
        sa.CheckConstraint("kind IN ('leave', 'training', 'holiday', 'other')",
                           name=op.f("ck_schedule_exception_kind_known")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_schedule_exception_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_exception")),
    )
    op.create_index("ix_schedule_exception_staff_id_starts_at", "schedule_exception", ["staff_id", "starts_at"])
    op.create_table(
        "appointment",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=20), server_default="new", nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("status", sa.String(length=20), server_default="booked", nullable=False),
        sa.Column("overbooked", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("overbook_reason", sa.Text(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        sa.Column("rescheduled_from_id", sa.BigInteger(), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("created_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_appointment_ends_after_start")),
        sa.CheckConstraint("kind IN ('new', 'follow_up', 'procedure')", name=op.f("ck_appointment_kind_known")),
        sa.CheckConstraint(f"status IN ({STATUSES})", name=op.f("ck_appointment_status_known")),
        sa.CheckConstraint("NOT overbooked OR length(btrim(coalesce(overbook_reason, ''))) > 0",
                           name=op.f("ck_appointment_overbook_has_reason")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_appointment_patient_id_patient")),
        sa.ForeignKeyConstraint(["doctor_id"], ["staff.id"], name=op.f("fk_appointment_doctor_id_staff")),
        sa.ForeignKeyConstraint(["rescheduled_from_id"], ["appointment.id"],
                                name=op.f("fk_appointment_rescheduled_from_id_appointment")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
        # The truth about double booking: no two active appointments of one doctor overlap, unless one was
        # explicitly overbooked (a separate permission, with a reason)...
        postgresql.ExcludeConstraint(
            (sa.column("doctor_id"), "="), (sa.text("tstzrange(starts_at, ends_at)"), "&&"),
            using="gist", name="ex_appointment_doctor_busy",
            where=sa.text(f"status IN {ACTIVE} AND NOT overbooked")),
        # ...and a patient is never in two places at once, overbooked or not.
        postgresql.ExcludeConstraint(
            (sa.column("patient_id"), "="), (sa.text("tstzrange(starts_at, ends_at)"), "&&"),
            using="gist", name="ex_appointment_patient_busy",
            where=sa.text(f"status IN {ACTIVE}")),
    )
    # Calendars read a doctor's day (every status); the patient's history reads by patient.
    op.create_index("ix_appointment_doctor_id_starts_at", "appointment", ["doctor_id", "starts_at"])
    op.create_index("ix_appointment_patient_id_starts_at", "appointment", ["patient_id", "starts_at"])
    op.create_index("ix_appointment_rescheduled_from_id", "appointment", ["rescheduled_from_id"],
                    postgresql_where=sa.text("rescheduled_from_id IS NOT NULL"))
    # Reception's "declined, to rebook" list stays small however many appointments there are.
    op.create_index("ix_appointment_declined", "appointment", ["starts_at"],
                    postgresql_where=sa.text("status = 'declined'"))
    op.create_table(
        "resource_booking",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.BigInteger(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("purpose", sa.Text(), server_default="", nullable=False),
        sa.Column("cancelled", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("created_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_resource_booking_ends_after_start")),
        sa.ForeignKeyConstraint(["resource_id"], ["resource.id"],
                                name=op.f("fk_resource_booking_resource_id_resource")),
        sa.ForeignKeyConstraint(["appointment_id"], ["appointment.id"],
                                name=op.f("fk_resource_booking_appointment_id_appointment")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_booking")),
        postgresql.ExcludeConstraint(
            (sa.column("resource_id"), "="), (sa.text("tstzrange(starts_at, ends_at)"), "&&"),
            using="gist", name="ex_resource_booking_resource_busy", where=sa.text("NOT cancelled")),
    )
    op.create_index("ix_resource_booking_appointment_id", "resource_booking", ["appointment_id"])
    op.create_table(
        "waiting_list",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=True),
        sa.Column("specialty_id", sa.Integer(), nullable=True),
        sa.Column("earliest", sa.Date(), nullable=False),
        sa.Column("latest", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("status", sa.String(length=20), server_default="waiting", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("created_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("status IN ('waiting', 'offered', 'booked', 'removed')",
                           name=op.f("ck_waiting_list_status_known")),
        sa.CheckConstraint("doctor_id IS NOT NULL OR specialty_id IS NOT NULL",
                           name=op.f("ck_waiting_list_doctor_or_specialty")),
        sa.CheckConstraint("latest IS NULL OR latest >= earliest", name=op.f("ck_waiting_list_dates_ordered")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_waiting_list_patient_id_patient")),
        sa.ForeignKeyConstraint(["doctor_id"], ["staff.id"], name=op.f("fk_waiting_list_doctor_id_staff")),
        sa.ForeignKeyConstraint(["specialty_id"], ["specialty.id"],
                                name=op.f("fk_waiting_list_specialty_id_specialty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waiting_list")),
    )
    op.create_index("ix_waiting_list_waiting", "waiting_list", ["created_at"],
                    postgresql_where=sa.text("status = 'waiting'"))

    # migrations/sql/<name>.v<N>.sql
    sql_objects.create("hms_current_staff_id", 1)
    sql_objects.create("hms_appointment_guard", 1)
    sql_objects.create("hms_appointment_release_resources", 1)
    sql_objects.create("hms_notify_appointments", 1)
    sql_objects.create("hms_notify_schedule", 1)
    for table, args in AUDITED.items():
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger({args})")
    op.execute("CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON appointment "
               "FOR EACH ROW EXECUTE FUNCTION hms_appointment_guard()")
    op.execute("CREATE TRIGGER release_resources AFTER UPDATE OF status ON appointment FOR EACH ROW "
               f"WHEN (NEW.status NOT IN {ACTIVE} AND OLD.status IN {ACTIVE}) "
               "EXECUTE FUNCTION hms_appointment_release_resources()")
    op.execute("CREATE TRIGGER notify_appointments AFTER INSERT OR UPDATE OR DELETE ON appointment "
               "FOR EACH ROW EXECUTE FUNCTION hms_notify_appointments()")
    for table in ("resource_booking", "waiting_list", "work_template", "schedule_exception"):
        op.execute(f"CREATE TRIGGER notify_schedule AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION hms_notify_schedule()")
    op.execute(PROFILE_POLICIES_SQL)
    op.execute(GRANTS_SQL)
    for key, value in DEFAULT_SETTINGS.items():
        op.execute(sa.text("INSERT INTO hospital_setting (key, value) VALUES (:k, CAST(:v AS jsonb)) "
                           "ON CONFLICT (key) DO NOTHING").bindparams(k=key, v=value))
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET ROLE hms_owner")
    for table in ("waiting_list", "resource_booking", "appointment", "schedule_exception", "work_template",
                  "doctor_room", "resource", "doctor_profile", "doctor_specialty", "specialty"):
        op.drop_table(table)
    sql_objects.drop("hms_notify_schedule")
    sql_objects.drop("hms_notify_appointments")
    sql_objects.drop("hms_appointment_release_resources")
    sql_objects.drop("hms_appointment_guard")
    sql_objects.drop("hms_current_staff_id")
    op.execute(sa.text("DELETE FROM hospital_setting WHERE key IN ('default_slot_minutes', 'time_zone')"))
    op.execute("RESET ROLE")
    # hms_overbook stays: roles belong to the whole cluster and other databases may use it.
