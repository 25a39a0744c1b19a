"""No English built by SQL reaches a French screen or printout (issue 15, item 4).

* ``hms_dispensing_queue`` version 2: a line's directions as their parts (dose, unit, route, frequency code,
  days) instead of an English sentence ('500 mg oral TDS for 5 days'); services/inventory.py words them as
  the prescription dialog does (services/prescribing/prescriptions.py ``directions_words``), translated.

A function whose result columns change cannot be replaced: it is dropped and created again, and its EXECUTE
grants (lost with the drop) are given again, as the migration that first made it gave them.

New SQLSTATE: none.

Revision ID: 0038_sql_words
Revises: 0037_report_seen_summary
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0038_sql_words"
down_revision: str | None = "0037_report_seen_summary"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUEUE_GRANTS = """
REVOKE ALL ON FUNCTION hms_dispensing_queue(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_dispensing_queue(integer) TO hms_dispenser;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.drop("hms_dispensing_queue")
    sql_objects.create("hms_dispensing_queue", 2)
    op.execute(QUEUE_GRANTS)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.drop("hms_dispensing_queue")
    sql_objects.create("hms_dispensing_queue", 1)
    op.execute(QUEUE_GRANTS)
    op.execute("RESET ROLE")
