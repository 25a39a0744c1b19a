"""Security: the database says who wrote a row, when, and the state it starts in; password changes are real.

A staff login could name ``id``, ``created_by``, ``created_at``, ``version`` or a later ``status`` in an
INSERT (an appointment "completed" by someone else last year), call ``hms_note_own_password_change`` to
write password changes that never happened, and change its own password with ``ALTER ROLE … PASSWORD``
unseen (issue 7, item 9).

* INSERT is granted only on the columns a client legitimately supplies (as 0006 did for ``print_log``); the
  rest come from column defaults. A BEFORE INSERT trigger (``hms_database_sets_defaults``) sets them again
  for every staff session, whatever the row says: author, time, ``version`` 1 (the ORM names ``version`` in
  its INSERTs, so that one stays granted and is overridden), and the first state of an appointment,
  waiting-list entry, admission and bed stay. The table owner (migrations, the demo loader) is left alone.
* ``staff_verifier`` remembers, per staff role, a SHA-256 of its password verifier as of its last recorded
  change (new account, administrator's reset, own change through the app). ``hms_note_own_password_change``
  v2 records only a change that happened; ``hms_record_login`` v2 writes a change made outside the app to the
  audit trail at the next login. Reading verifiers needs a superuser: ``hms_verifier_digest`` is owned by the
  superuser running this migration; without one it returns NULL and these checks are off (README, "Limits").

Revision ID: 0010_database_sets_authors
Revises: 0009_database_isolation
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

from hms_desktop.db import sql_objects

revision: str = "0010_database_sets_authors"
down_revision: str | None = "0009_database_isolation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Which groups may INSERT into each table (as granted by 0001-0003), and the only columns they may now name.
# Left out everywhere: id (identity), created_at/created_by/updated_at/updated_by (the database's), and the
# columns of later states (an appointment's status, check-in and completion; an admission's discharge; the
# end of a bed stay; a waiting-list entry's status; a cancelled room booking). patient (0002) and print_log
# (0006) were already limited; staff rows are made only by hms_create_staff.
INSERT_COLUMNS: dict[str, tuple[str, str]] = {
    "department": ("hms_admin", "name"),
    "hospital_setting": ("hms_admin", "key, value"),
    "patient_insurance": ("hms_reception, hms_billing, hms_admin",
                          "patient_id, payer, plan_id, member_number, valid_from, valid_to"),
    "patient_photo": ("hms_reception, hms_admin", "patient_id, image, mime_type"),
    "ward": ("hms_admin", "name, department_id, floor"),
    "room": ("hms_admin", "ward_id, name"),
    "bed": ("hms_admin", "room_id, label, bed_type, status, version"),
    "admission": ("hms_reception, hms_admin", "patient_id, attending_doctor_id, reason, expected_days, version"),
    "bed_stay": ("hms_reception, hms_admin", "admission_id, bed_id"),
    "specialty": ("hms_admin", "name, slot_minutes"),
    "resource": ("hms_admin", "name, kind, department_id, active"),
    "work_template": ("hms_admin",
                      "staff_id, weekday, starts, ends, resource_id, valid_from, valid_to, slot_minutes, version"),
    "schedule_exception": ("hms_admin", "staff_id, starts_at, ends_at, kind, note"),
    "appointment": ("hms_reception, hms_admin",
                    "patient_id, doctor_id, starts_at, ends_at, kind, reason, overbooked, overbook_reason, "
                    "rescheduled_from_id, request_id"),
    "resource_booking": ("hms_reception, hms_admin", "resource_id, appointment_id, starts_at, ends_at, purpose"),
    "waiting_list": ("hms_reception, hms_admin",
                     "patient_id, doctor_id, specialty_id, earliest, latest, note, version"),
}

# The trigger's arguments per table: the first state (JSON), then the columns that take the insert's time.
FORCED: dict[str, str] = {
    "department": "'{}'",
    "patient": "'{}'",
    "patient_insurance": "'{}'",
    "patient_photo": "'{}'",
    "print_log": "'{}', 'at'",
    "admission": """'{"discharged_at": null, "disposition": null, "discharge_summary": null}', 'admitted_at'""",
    "bed_stay": """'{"ends_at": null}', 'starts_at'""",
    "appointment": """'{"status": "booked", "cancel_reason": null, "checked_in_at": null, "called_at": null, """
                   """"completed_at": null}'""",
    "resource_booking": """'{"cancelled": false}'""",
    "waiting_list": """'{"status": "waiting"}'""",
}

VERIFIER_TABLE_SQL = """
CREATE TABLE staff_verifier (
    username varchar(63) NOT NULL,
    digest varchar(64),
    noted_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT pk_staff_verifier PRIMARY KEY (username)
);
REVOKE ALL ON staff_verifier FROM PUBLIC;
"""

# Accounts made before this migration: their verifier now is the one of their last recorded change.
REMEMBER_EXISTING_SQL = """
INSERT INTO staff_verifier (username, digest)
SELECT s.username, hms_verifier_digest(s.username) FROM staff s
ON CONFLICT (username) DO NOTHING
"""


def upgrade() -> None:
    # hms_verifier_digest reads pg_authid, which only a superuser may: it is owned by the superuser running
    # the migration; without one, by hms_owner (it then returns NULL, and password checks are off).
    superuser = bool(op.get_bind().execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar())
    if not superuser:
        op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.create("hms_verifier_digest", 1)
    op.execute("REVOKE EXECUTE ON FUNCTION hms_verifier_digest(text) FROM PUBLIC")
    op.execute("GRANT EXECUTE ON FUNCTION hms_verifier_digest(text) TO hms_owner")

    op.execute("SET LOCAL ROLE hms_owner")
    for table, (groups, columns) in INSERT_COLUMNS.items():
        # Revoking the table-wide INSERT; the GRANT gives back only the columns a client supplies.
        op.execute(f"REVOKE INSERT ON {table} FROM {groups}")
        op.execute(f"GRANT INSERT ({columns}) ON {table} TO {groups}")
    sql_objects.create("hms_database_sets_defaults", 1)
    for table, args in FORCED.items():
        # Named to run before the other BEFORE triggers (alphabetical): appointment's guard sees the forced row.
        op.execute(f"CREATE TRIGGER database_sets_defaults BEFORE INSERT ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults({args})")

    op.execute(VERIFIER_TABLE_SQL)
    sql_objects.create("hms_remember_verifier", 1)
    op.execute("CREATE TRIGGER remember_verifier AFTER INSERT ON staff "
               "FOR EACH ROW EXECUTE FUNCTION hms_remember_verifier('username')")
    op.execute("CREATE TRIGGER remember_verifier AFTER INSERT ON audit_log FOR EACH ROW "
               "WHEN (NEW.table_name = 'staff' AND NEW.action = 'PASSWORD') "
               "EXECUTE FUNCTION hms_remember_verifier('row_key')")
    sql_objects.create("hms_note_own_password_change", 2)
    sql_objects.create("hms_record_login", 2)
    op.execute(REMEMBER_EXISTING_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.create("hms_record_login", 1)
    sql_objects.create("hms_note_own_password_change", 1)
    op.execute("DROP TRIGGER remember_verifier ON audit_log")
    op.execute("DROP TRIGGER remember_verifier ON staff")
    sql_objects.drop("hms_remember_verifier")
    op.execute("DROP TABLE staff_verifier")
    for table in FORCED:
        op.execute(f"DROP TRIGGER database_sets_defaults ON {table}")
    sql_objects.drop("hms_database_sets_defaults")
    for table, (groups, _columns) in INSERT_COLUMNS.items():
        op.execute(f"REVOKE INSERT ON {table} FROM {groups}")
        op.execute(f"GRANT INSERT ON {table} TO {groups}")
    op.execute("RESET ROLE")
    sql_objects.drop("hms_verifier_digest")
