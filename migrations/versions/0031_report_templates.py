"""Report builder (issue 12, item 3): ad-hoc reports from allow-lists, and saved templates.

* ``hms_report_adhoc_fragment(subject, part)``: the allow-list — for each subject the fixed SQL fragments of its
  rows, its dimensions, its numeric and yes/no columns, its filters and its groups. Internal.
* ``hms_report_adhoc_check(...)``: a built report is on the allow-list, or HM065. Internal.
* ``hms_report_adhoc(subject, measure, column, dimensions, first, last, zone, department, doctor, specialty,
  payer)``: SECURITY DEFINER, aggregates only, SQL assembled from the fragments only, the values bound; the
  caller's groups checked per subject (``hms_report_guard``, HM060). EXECUTE for doctors, billing and
  administrators (the subject decides which of them get rows).
* ``report_template``: named definitions (JSON) administrators save and run. The name is unique whatever its case
  (HM066 from the guard, ``uq_report_template_name`` behind it); the definition is checked by
  ``hms_report_template_guard`` (HM065) on every INSERT and UPDATE, and again on every run. ``created_by`` and
  ``created_at`` are the database's (``hms_database_sets_defaults``). Administrators read and write it (INSERT
  and UPDATE naming ``name`` and ``definition`` only, DELETE); nobody else sees it. Audited.

New SQLSTATEs: HM065 (not on the builder's allow-list), HM066 (template name taken).

Revision ID: 0031_report_templates
Revises: 0030_reports
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from hms_desktop.db import sql_objects

revision: str = "0031_report_templates"
down_revision: str | None = "0030_reports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ADHOC_ARGS = "text, text, text, text[], date, date, text, integer, integer, integer, integer"

GRANTS_SQL = f"""
REVOKE ALL ON FUNCTION hms_report_adhoc_fragment(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION hms_report_adhoc_check(text, text, text, text[], text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION hms_report_adhoc({ADHOC_ARGS}) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_report_adhoc({ADHOC_ARGS}) TO hms_doctor, hms_billing, hms_admin;
GRANT SELECT, INSERT (name, definition), UPDATE (name, definition), DELETE ON report_template TO hms_admin;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.create("hms_report_adhoc_fragment", 1)
    sql_objects.create("hms_report_adhoc_check", 1)
    sql_objects.create("hms_report_adhoc", 1)
    op.create_table(
        "report_template",
        sa.Column("id", sa.Integer(), sa.Identity(always=True), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("definition", postgresql.JSONB(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("created_by", sa.String(63), server_default=sa.text("session_user"), nullable=False),
        sa.CheckConstraint("btrim(name) <> ''", name=op.f("ck_report_template_name_given")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_template")),
    )
    op.execute("CREATE UNIQUE INDEX uq_report_template_name ON report_template (lower(name))")
    sql_objects.create("hms_report_template_guard", 1)
    op.execute("CREATE TRIGGER database_sets_defaults BEFORE INSERT ON report_template "
               "FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults('{}')")
    op.execute("CREATE TRIGGER template_guard BEFORE INSERT OR UPDATE ON report_template "
               "FOR EACH ROW EXECUTE FUNCTION hms_report_template_guard()")
    op.execute("CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON report_template "
               "FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger('id')")
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.drop_table("report_template")
    sql_objects.drop("hms_report_template_guard")
    sql_objects.drop("hms_report_adhoc")
    sql_objects.drop("hms_report_adhoc_check")
    sql_objects.drop("hms_report_adhoc_fragment")
    op.execute("RESET ROLE")
