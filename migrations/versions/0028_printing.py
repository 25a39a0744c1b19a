"""Printing (issue 10, item 6): the hospital's logo for printouts.

* ``hospital_logo``: at most one row (``id`` is always 1), the image as stored after the application scaled it
  (``image``, PNG or JPEG, at most 1 MiB), its ``media_type``, its size in pixels and its SHA-256 (so the audit
  trail says *which* image was put in without holding the bytes). It is hospital-wide, not per workstation:
  every workstation prints the same letterhead. Everyone reads it (every group prints something that carries
  it); only administrators write or remove it (INSERT/UPDATE naming the client's columns, DELETE). Who changed
  it and when are the database's (``hms_database_sets_defaults`` on INSERT, ``hms_touch_row`` on UPDATE).
* ``hms_hospital_logo_guard`` (HM027): the bytes must start as a PNG or a JPEG does, match the media type, and
  be at most 1 MiB — the second line behind the service, for a client that skips it.
* Audited (``hms_audit_trigger``) with the image bytes left out of the JSON; the hash stands for them.

Currency and the other printing settings are ``hospital_setting`` keys (no schema change); the printer for each
kind of document is remembered on the workstation (QSettings), not in the database.

Revision ID: 0028_printing
Revises: 0024_audit_browser
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0028_printing"
down_revision: str | None = "0027_inventory"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GRANTS_SQL = """
GRANT SELECT ON hospital_logo TO hms_reception, hms_doctor, hms_billing, hms_admin;
GRANT INSERT (id, image, media_type, width_px, height_px, sha256),
      UPDATE (image, media_type, width_px, height_px, sha256), DELETE ON hospital_logo TO hms_admin;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.create_table(
        "hospital_logo",
        sa.Column("id", sa.SmallInteger(), server_default=sa.text("1"), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("media_type", sa.String(20), nullable=False),
        sa.Column("width_px", sa.Integer(), nullable=False),
        sa.Column("height_px", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_by", sa.String(63), server_default=sa.text("session_user"), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_hospital_logo_one_row")),
        sa.CheckConstraint("media_type IN ('image/png', 'image/jpeg')", name=op.f("ck_hospital_logo_media_type")),
        sa.CheckConstraint("width_px BETWEEN 1 AND 4000 AND height_px BETWEEN 1 AND 4000",
                           name=op.f("ck_hospital_logo_size")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hospital_logo")),
    )
    sql_objects.create("hms_hospital_logo_guard", 1)
    op.execute("CREATE TRIGGER database_sets_defaults BEFORE INSERT ON hospital_logo "
               "FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults('{}')")
    op.execute("CREATE TRIGGER touch BEFORE UPDATE ON hospital_logo FOR EACH ROW EXECUTE FUNCTION hms_touch_row()")
    op.execute("CREATE TRIGGER logo_guard BEFORE INSERT OR UPDATE ON hospital_logo "
               "FOR EACH ROW EXECUTE FUNCTION hms_hospital_logo_guard()")
    op.execute("CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON hospital_logo "
               "FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger('id', 'image')")
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.drop_table("hospital_logo")
    sql_objects.drop("hms_hospital_logo_guard")
    op.execute("RESET ROLE")
