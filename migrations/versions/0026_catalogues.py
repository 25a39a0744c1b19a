"""Catalogues (issue 10, item 2): lab tests, specialties, rooms and equipment edited by administrators in one
reusable editor, with optimistic versions and retire/reactivate instead of delete.

* ``lab_test`` (0014) already has ``active``, ``version``, ``updated_at``/``updated_by`` (``hms_touch_row``),
  its audit trigger and column grants naming only what a client supplies (``code`` and ``result_kind`` are
  fixed once created: results already entered were read against them). Added here: a retired test cannot be
  ordered (``hms_lab_test_orderable``, BEFORE INSERT on ``lab_order_item``, SQLSTATE HM050); orders already
  made keep their test.
* ``specialty`` gains ``active`` and ``version``, ``specialty`` and ``resource`` gain ``updated_at`` and
  ``updated_by`` (set by ``hms_touch_row``, so a stale save can say who changed the row) and the BEFORE
  INSERT ``hms_database_sets_defaults`` trigger (version 1, whatever the INSERT says). ``resource`` gains
  ``version``.
* Until now hms_admin had table-wide UPDATE and DELETE on both (0003). Administrators now UPDATE only the
  client's columns and DELETE nothing: an entry is retired, never removed (appointments, work templates,
  doctors' rooms and specialties, waiting-list entries point at them). Every group keeps reading both tables
  as before (0003: SELECT to all four groups); the audit triggers of 0003 stay.

Revision ID: 0026_catalogues
Revises: 0024_audit_browser
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0026_catalogues"
down_revision: str | None = "0024_audit_browser"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GRANTS_SQL = """
REVOKE INSERT, UPDATE, DELETE ON specialty, resource FROM hms_admin;
GRANT INSERT (name, slot_minutes, active, version), UPDATE (name, slot_minutes, active, version)
    ON specialty TO hms_admin;
GRANT INSERT (name, kind, department_id, active, version), UPDATE (name, kind, department_id, active, version)
    ON resource TO hms_admin;
"""

# As 0003 and 0010 left them.
GRANTS_BEFORE_SQL = """
REVOKE INSERT, UPDATE, DELETE ON specialty, resource FROM hms_admin;
GRANT UPDATE, DELETE ON specialty, resource TO hms_admin;
GRANT INSERT (name, slot_minutes) ON specialty TO hms_admin;
GRANT INSERT (name, kind, department_id, active) ON resource TO hms_admin;
"""


def _touched() -> list[sa.Column[object]]:
    return [sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
            sa.Column("updated_by", sa.String(length=63), nullable=True)]


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.add_column("specialty", sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False))
    op.add_column("specialty", sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))
    op.add_column("resource", sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))
    for table in ("specialty", "resource"):
        for column in _touched():
            op.add_column(table, column)
        op.execute(f"CREATE TRIGGER database_sets_defaults BEFORE INSERT ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults('{}')")
        op.execute(f"CREATE TRIGGER touch BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION hms_touch_row()")
    sql_objects.create("hms_lab_test_orderable", 1)
    op.execute("CREATE TRIGGER lab_test_orderable BEFORE INSERT ON lab_order_item "
               "FOR EACH ROW EXECUTE FUNCTION hms_lab_test_orderable()")
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute(GRANTS_BEFORE_SQL)
    op.execute("DROP TRIGGER lab_test_orderable ON lab_order_item")
    sql_objects.drop("hms_lab_test_orderable")
    for table in ("specialty", "resource"):
        op.execute(f"DROP TRIGGER touch ON {table}")
        op.execute(f"DROP TRIGGER database_sets_defaults ON {table}")
        op.drop_column(table, "updated_by")
        op.drop_column(table, "updated_at")
    op.drop_column("resource", "version")
    op.drop_column("specialty", "version")
    op.drop_column("specialty", "active")
    op.execute("RESET ROLE")
