"""Security: billing reads no clinical text; reception reads reasons only as the hospital allows; last logins
are for administrators (issue 7, item 5).

``SELECT`` on ``admission``, ``appointment``, ``resource_booking``, ``waiting_list`` and ``staff`` was granted
on whole tables, so billing could read admission reasons, discharge summaries and appointment reasons, and
every login could read when each colleague last logged in. Table-wide ``SELECT`` is now replaced by column
lists per group (the grant table is in docs/architecture.md):

- billing: what invoicing needs (dates, doctor, ward and bed, disposition, kind and status of appointments)
  and none of ``admission.reason``, ``admission.discharge_summary``, ``appointment.reason``,
  ``overbook_reason``, ``cancel_reason``, ``resource_booking.purpose``;
- reception: every column, but ``appointment.reason`` and ``waiting_list.note`` (the note becomes a reason
  when a waiting patient is booked) only while the hospital setting "Reception may read appointment
  reasons" allows it. The reception screens showed reasons before, so the setting starts allowed; an
  administrator changes it with ``hms_set_reception_reads_reasons`` (SECURITY DEFINER, audited);
- ``staff.last_login_at``: administrators only.

Doctors and administrators keep every column they had. ``hms_carry_reason`` copies a reason the desk may not
read into a rescheduled appointment, or one booked from the waiting list, without showing it.

Revision ID: 0008_clinical_column_grants
Revises: 0007_request_ids
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0008_clinical_column_grants"
down_revision: str | None = "0007_request_ids"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every column of each table, as migrations 0002, 0003 and 0007 (request_id) made them (a table-wide GRANT
# covered them all).
COLUMNS = {
    "admission": ("id", "patient_id", "attending_doctor_id", "reason", "expected_days", "admitted_at",
                  "discharged_at", "disposition", "discharge_summary", "version"),
    "appointment": ("id", "patient_id", "doctor_id", "starts_at", "ends_at", "kind", "reason", "status",
                    "overbooked", "overbook_reason", "cancel_reason", "rescheduled_from_id", "checked_in_at",
                    "called_at", "completed_at", "created_at", "created_by", "version", "request_id"),
    "resource_booking": ("id", "resource_id", "appointment_id", "starts_at", "ends_at", "purpose", "cancelled",
                         "created_at", "created_by"),
    "waiting_list": ("id", "patient_id", "doctor_id", "specialty_id", "earliest", "latest", "note", "status",
                     "created_at", "created_by", "version"),
    "staff": ("id", "username", "full_name", "title", "department_id", "active", "created_at", "last_login_at",
              "version"),
}

# Per (table, group): the columns the group may NOT read. A group not named for a table keeps the whole table.
WITHHELD: dict[tuple[str, str], tuple[str, ...]] = {
    ("admission", "hms_billing"): ("reason", "discharge_summary"),
    ("appointment", "hms_billing"): ("reason", "overbook_reason", "cancel_reason"),
    ("resource_booking", "hms_billing"): ("purpose",),
    # Granted again below as the setting's starting value; hms_set_reception_reads_reasons changes it.
    ("appointment", "hms_reception"): ("reason",),
    ("waiting_list", "hms_reception"): ("note",),
    ("staff", "hms_reception"): ("last_login_at",),
    ("staff", "hms_doctor"): ("last_login_at",),
    ("staff", "hms_billing"): ("last_login_at",),
}

SETTING_KEY = "reception_reads_reasons"


def _readable(table: str, group: str) -> str:
    withheld = WITHHELD[(table, group)]
    return ", ".join(c for c in COLUMNS[table] if c not in withheld)


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    for table, group in WITHHELD:
        op.execute(f"REVOKE SELECT ON {table} FROM {group}")
        op.execute(f"GRANT SELECT ({_readable(table, group)}) ON {table} TO {group}")
    sql_objects.create("hms_set_reception_reads_reasons", 1)
    op.execute("REVOKE EXECUTE ON FUNCTION hms_set_reception_reads_reasons(boolean) FROM PUBLIC")
    op.execute("GRANT EXECUTE ON FUNCTION hms_set_reception_reads_reasons(boolean) TO hms_admin")
    sql_objects.create("hms_carry_reason", 1)
    op.execute("REVOKE EXECUTE ON FUNCTION hms_carry_reason(bigint, bigint) FROM PUBLIC")
    op.execute("GRANT EXECUTE ON FUNCTION hms_carry_reason(bigint, bigint) TO hms_reception, hms_admin")
    # Reception's screens showed reasons until now: the setting starts allowed (the grants and the row, as
    # hms_set_reception_reads_reasons(true) would write them).
    op.execute("GRANT SELECT (reason) ON appointment TO hms_reception")
    op.execute("GRANT SELECT (note) ON waiting_list TO hms_reception")
    op.execute(f"INSERT INTO hospital_setting (key, value) VALUES ('{SETTING_KEY}', 'true') ON CONFLICT (key) "
               "DO UPDATE SET value = EXCLUDED.value")
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute(f"DELETE FROM hospital_setting WHERE key = '{SETTING_KEY}'")
    sql_objects.drop("hms_carry_reason")
    sql_objects.drop("hms_set_reception_reads_reasons")
    for table, group in WITHHELD:
        op.execute(f"REVOKE SELECT ({', '.join(COLUMNS[table])}) ON {table} FROM {group}")
        op.execute(f"GRANT SELECT ON {table} TO {group}")
    op.execute("RESET ROLE")
