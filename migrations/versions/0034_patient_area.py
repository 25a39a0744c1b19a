"""A patient's area (issue 12, item 2 "patients … by area"): the locality a hospital reports on, and the report.

* ``patient.area``: the town, locality or district the patient lives in, as reception types it (nullable
  text of at most 80 characters). ``hms_patient_area_guard`` (BEFORE INSERT OR UPDATE OF area, named to run
  before ``touch``) trims it and collapses its spaces, makes a blank one NULL and refuses a longer one in
  words (HM067), whoever writes; ``ck_patient_area_trimmed`` says the same for a write no trigger sees.
  ``ix_patient_area``: the report's grouping and the registration form's completion list ("areas already
  used") read the areas in order from it.
* Backfill, a best guess: the address is free text, so existing patients get the last comma-separated part
  of their address with its words that hold a digit left out (a postcode: "12 High Street, Leeds LS4 7AB"
  gives "Leeds", "1 Rue X, 75011 Paris" gives "Paris"); nothing when that leaves nothing. Reception corrects
  it as patients come in. The UPDATE runs with the triggers on, as 0029's did: every patient changed gets
  its audit row and "changed by the system".
* Grants as the other demographics (0002's PATIENT_EDITABLE): reception and administrators may INSERT and
  UPDATE ``area``; every group reads ``patient`` already; doctors and billing write nothing of it.
* ``hms_report_patients_by_area`` (report "patients-by-area" in ``domain/reports.py``): the same eight
  arguments, SECURITY DEFINER, guard and grants as 0030's report functions; administrators only, like the
  other patient reports.

New SQLSTATE: HM067 (an area of more than 80 characters, ``hms_patient_area_guard``; the service refuses it
in words first).

Revision ID: 0034_patient_area
Revises: 0031_report_templates
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0034_patient_area"
down_revision: str | None = "0033_report_drill"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AREA_MAX = 80  # domain/patients.py AREA_MAX
WRITERS = "hms_reception, hms_admin"
ARGS = "date, date, text, integer, integer, integer, integer, integer"
# Report function (without the hms_report_ prefix) -> its groups, as 0030's REPORTS (tests/unit/test_reports_domain.py
# reads both): administrators only, like the other patient reports.
REPORTS: dict[str, tuple[str, ...]] = {"patients_by_area": ("hms_admin",)}
# Its drill-down (0033's pattern, tests/unit/test_report_drill_domain.py reads both): the patients of an area.
DRILLS: dict[str, tuple[str, ...]] = {"patients_by_area": ("hms_admin",)}
DRILL_ARGS = ARGS + ", text[]"

# The last part of the address after its last comma (or the whole address when it has none; a line break
# counts as a comma), its words holding a digit left out, spaces collapsed; NULL when nothing is left.
# left() keeps within the column's length: a long last line is still a guess, never a failed migration.
BACKFILL_SQL = f"""
UPDATE patient p SET area = guess.area
FROM (
    SELECT id, nullif(left(btrim(regexp_replace(
               regexp_replace(' ' || regexp_replace(replace(address, E'\\n', ','), '^.*,', '') || ' ',
                              '\\s\\S*[0-9]\\S*(?=\\s)', ' ', 'g'),
               '\\s+', ' ', 'g')), {AREA_MAX}), '') AS area
    FROM patient
    WHERE address IS NOT NULL AND area IS NULL
) AS guess
WHERE p.id = guess.id AND guess.area IS NOT NULL
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    # text, not varchar(80): a longer value then reaches the guard, which refuses it in words (a varchar's
    # own "value too long" comes before any trigger); the CHECK holds the length for writes it does not see.
    op.add_column("patient", sa.Column("area", sa.Text(), nullable=True))
    sql_objects.create("hms_patient_area_guard", 1)
    op.execute("CREATE TRIGGER area_guard BEFORE INSERT OR UPDATE OF area ON patient "
               "FOR EACH ROW EXECUTE FUNCTION hms_patient_area_guard()")
    op.execute(BACKFILL_SQL)
    op.create_check_constraint(
        op.f("ck_patient_area_trimmed"), "patient",
        f"area IS NULL OR (area <> '' AND area = btrim(area) AND char_length(area) <= {AREA_MAX})")
    op.create_index("ix_patient_area", "patient", ["area"])
    op.execute(f"GRANT INSERT (area), UPDATE (area) ON patient TO {WRITERS}")
    sql_objects.create("hms_report_patients_by_area", 1)
    for report, groups in REPORTS.items():
        op.execute(f"REVOKE ALL ON FUNCTION hms_report_{report}({ARGS}) FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION hms_report_{report}({ARGS}) TO {', '.join(groups)}")
    sql_objects.create("hms_report_drill_patients_by_area", 1)
    for report, groups in DRILLS.items():
        op.execute(f"REVOKE ALL ON FUNCTION hms_report_drill_{report}({DRILL_ARGS}) FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION hms_report_drill_{report}({DRILL_ARGS}) TO {', '.join(groups)}")
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.drop("hms_report_drill_patients_by_area")
    sql_objects.drop("hms_report_patients_by_area")
    op.execute(f"REVOKE INSERT (area), UPDATE (area) ON patient FROM {WRITERS}")
    op.drop_index("ix_patient_area", table_name="patient")
    op.drop_constraint(op.f("ck_patient_area_trimmed"), "patient", type_="check")
    op.execute("DROP TRIGGER area_guard ON patient")
    sql_objects.drop("hms_patient_area_guard")
    op.drop_column("patient", "area")
    op.execute("RESET ROLE")
