"""A bed out of service always says why (issue 10, item 1, follow-up).

0025 gave ``bed`` a reason and an expected return, but only the Wards and beds page (administrators) wrote
them: reception's "Mark out of service" on the bed board set the status alone, with no grant on the reason.

* ``hms_bed_structure_guard`` v2: a bed going (or staying) out of service without a reason, or with a blank
  one, is refused in words (HM031, "Say why the bed is out of service."), whoever writes it.
* ``ck_bed_out_of_service_has_reason``: the same rule as a constraint, for a write no trigger sees (a restore
  with triggers disabled). Beds already out of service without one get "Not recorded" first.
* Reception may UPDATE ``out_of_service_reason`` and ``out_of_service_until`` (besides ``status`` and
  ``version``, 0011/0025): the bed board asks for them. The guard clears both when a bed comes back, as
  before, and ``ck_bed_out_of_service_details`` (0025) keeps them empty on a bed in service. Nothing else of
  ``bed`` (label, type, room, retirement, since) is reception's; doctors and billing still write nothing.
* Audit: unchanged, the free-text reason stays out of the JSON (0025).

New SQLSTATE: HM031.

Revision ID: 0029_bed_reason
Revises: 0028_printing
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0029_bed_reason"
down_revision: str | None = "0028_printing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOT_RECORDED = "Not recorded"
RECEPTION_COLUMNS = "out_of_service_reason, out_of_service_until"


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute(f"UPDATE bed SET out_of_service_reason = '{NOT_RECORDED}' "
               "WHERE status = 'out_of_service' AND btrim(coalesce(out_of_service_reason, '')) = ''")
    op.create_check_constraint(
        op.f("ck_bed_out_of_service_has_reason"), "bed",
        "status <> 'out_of_service' OR btrim(coalesce(out_of_service_reason, '')) <> ''")
    sql_objects.create("hms_bed_structure_guard", 2)
    op.execute(f"GRANT UPDATE ({RECEPTION_COLUMNS}) ON bed TO hms_reception")
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute(f"REVOKE UPDATE ({RECEPTION_COLUMNS}) ON bed FROM hms_reception")
    sql_objects.create("hms_bed_structure_guard", 1)
    op.drop_constraint(op.f("ck_bed_out_of_service_has_reason"), "bed", type_="check")
    op.execute("RESET ROLE")
