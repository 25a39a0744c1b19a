"""Wards and beds administration (issue 10, item 1): retire instead of delete, out of service with a reason,
versions, and the bed board told of every change.

* ``department``, ``ward``, ``room``, ``bed``: ``active`` (what a client sets) with ``retired_at`` /
  ``retired_by`` (the database's), ``version`` for optimistic locking (bed had one), ``updated_at`` /
  ``updated_by`` stamped by ``hms_touch_row`` (who changed it last, for a stale save). ``ward``, ``room`` and
  ``bed`` gain ``created_at``; existing beds count as in service since the first recorded bed stay (the
  occupancy report counts a bed's nights from ``created_at``). ``bed`` gains ``out_of_service_reason``,
  ``out_of_service_until`` (expected return, a date) and ``out_of_service_since``.
* ``hms_bed_structure_guard`` (BEFORE INSERT OR UPDATE on the four tables): retiring a ward, room or bed with
  a patient in one of its beds is refused (HM046), a department with active wards (HM047), adding to or
  reactivating under a retired parent (HM048); out-of-service details follow the status.
* ``hms_bed_stay_guard`` (BEFORE INSERT on ``bed_stay``): no patient into a retired or out-of-service bed (HM049).
* ``hms_database_sets_defaults`` on ward, room and bed (department had it): a new row starts active at version 1.
* ``notify_beds`` on department, ward and room too (bed had it): the bed board and the admit and transfer
  dialogs of every workstation reload when the structure changes.
* GRANTs: only administrators write these tables, and only the columns a client supplies (INSERT as 0010;
  UPDATE now by column; DELETE revoked from everyone: a bed with history is retired, never deleted);
  reception keeps UPDATE (status, version) on bed for the bed board. Every group reads them as before.
* Audit: the four tables were audited (0001, 0002); bed's trigger now leaves the free-text
  ``out_of_service_reason`` out of the JSON (as 0012 does for free text).

New SQLSTATEs: HM046-HM049.

Revision ID: 0025_wards
Revises: 0024_audit_browser
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0025_wards"
down_revision: str | None = "0024_audit_browser"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("department", "ward", "room", "bed")

# What an administrator may change per table; everything else is the database's (ids, authors, times,
# retired_at/by, out_of_service_since).
UPDATE_COLUMNS: dict[str, str] = {
    "department": "name, active, version",
    "ward": "name, department_id, floor, active, version",
    "room": "name, active, version",
    "bed": "label, bed_type, status, out_of_service_reason, out_of_service_until, active, version",
}
# As granted by 0001/0002 before this migration (restored by the downgrade).
OLD_GRANTS = """
GRANT UPDATE, DELETE ON department, ward, room, bed TO hms_admin;
"""
FIRST_STATE = """'{"active": true, "retired_at": null, "retired_by": null}'"""


def _retirement_columns(table: str) -> None:
    op.add_column(table, sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False))
    op.add_column(table, sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column(table, sa.Column("retired_by", sa.String(length=63), nullable=True))
    op.add_column(table, sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column(table, sa.Column("updated_by", sa.String(length=63), nullable=True))
    if table != "bed":
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))
    if table != "department":
        op.add_column(table, sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"),
                                       nullable=False))
    op.create_check_constraint(op.f(f"ck_{table}_retired_when_inactive"), table,
                               "active = (retired_at IS NULL)")


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    for table in TABLES:
        _retirement_columns(table)
    # Beds made before this migration: in service since records began (the occupancy report's first night).
    op.execute("UPDATE bed SET created_at = least(now(), (SELECT min(starts_at) FROM bed_stay))")
    op.add_column("bed", sa.Column("out_of_service_reason", sa.String(length=200), nullable=True))
    op.add_column("bed", sa.Column("out_of_service_until", sa.Date(), nullable=True))
    op.add_column("bed", sa.Column("out_of_service_since", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE bed SET out_of_service_since = now() WHERE status = 'out_of_service'")
    op.create_check_constraint(
        op.f("ck_bed_out_of_service_details"), "bed",
        "status = 'out_of_service' OR (out_of_service_reason IS NULL AND out_of_service_until IS NULL "
        "AND out_of_service_since IS NULL)")

    sql_objects.create("hms_bed_structure_guard", 1)
    sql_objects.create("hms_bed_stay_guard", 1)
    for table in TABLES:
        op.execute(f"CREATE TRIGGER structure_guard BEFORE INSERT OR UPDATE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION hms_bed_structure_guard()")
        op.execute(f"CREATE TRIGGER touch BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION hms_touch_row()")
    # department's database_sets_defaults (0010) sets the first version; ward, room and bed get one here.
    for table in ("ward", "room", "bed"):
        op.execute(f"CREATE TRIGGER database_sets_defaults BEFORE INSERT ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults({FIRST_STATE})")
    for table in ("department", "ward", "room"):
        op.execute(f"CREATE TRIGGER notify_beds AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION hms_notify_beds()")
    op.execute("CREATE TRIGGER bed_stay_guard BEFORE INSERT ON bed_stay "
               "FOR EACH ROW EXECUTE FUNCTION hms_bed_stay_guard()")
    op.execute("DROP TRIGGER audit ON bed")
    op.execute("CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON bed "
               "FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger('id', 'out_of_service_reason')")

    op.execute("REVOKE UPDATE, DELETE ON department, ward, room, bed FROM hms_admin")
    for table, columns in UPDATE_COLUMNS.items():
        op.execute(f"GRANT UPDATE ({columns}) ON {table} TO hms_admin")
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    for table, columns in UPDATE_COLUMNS.items():
        op.execute(f"REVOKE UPDATE ({columns}) ON {table} FROM hms_admin")
    op.execute(OLD_GRANTS)
    op.execute("DROP TRIGGER audit ON bed")
    op.execute("CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON bed "
               "FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger('id')")
    op.execute("DROP TRIGGER bed_stay_guard ON bed_stay")
    for table in ("department", "ward", "room"):
        op.execute(f"DROP TRIGGER notify_beds ON {table}")
    for table in ("ward", "room", "bed"):
        op.execute(f"DROP TRIGGER database_sets_defaults ON {table}")
    for table in TABLES:
        op.execute(f"DROP TRIGGER touch ON {table}")
        op.execute(f"DROP TRIGGER structure_guard ON {table}")
    sql_objects.drop("hms_bed_stay_guard")
    sql_objects.drop("hms_bed_structure_guard")
    op.drop_constraint(op.f("ck_bed_out_of_service_details"), "bed", type_="check")
    for column in ("out_of_service_since", "out_of_service_until", "out_of_service_reason"):
        op.drop_column("bed", column)
    for table in TABLES:
        op.drop_constraint(op.f(f"ck_{table}_retired_when_inactive"), table, type_="check")
        columns = ["active", "retired_at", "retired_by", "updated_at", "updated_by"]
        columns += [] if table == "bed" else ["version"]
        columns += [] if table == "department" else ["created_at"]
        for column in columns:
            op.drop_column(table, column)
    op.execute("RESET ROLE")
