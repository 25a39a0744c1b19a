"""Names in every script are found (issue 15, item 6): ``hms_fold`` v2 and ``patient.name_search`` recomputed.

* ``hms_fold`` v2 (migrations/sql/hms_fold.v2.sql): strips only what is an accent in its script (the
  combining diacritics of Latin, Greek and Cyrillic, Arabic harakat and tatweel, Hebrew niqqud), keeps the
  vowel signs and viramas of Devanagari, Thai and the other Indic scripts, folds the Greek final sigma, ß, æ,
  œ and the letters with a stroke. The search box's Python folding (domain/patients.py ``fold``) follows the
  same rules; a test compares the two.
* ``patient.name_search`` is a stored generated column: replacing the function does not recompute the rows
  already stored, so the column is dropped and added again (PostgreSQL 15 has no ALTER ... SET EXPRESSION).
  That rewrites the patient table and rebuilds its indexes, under an ACCESS EXCLUSIVE lock: measured on the
  benchmark data (tests/benchmarks/test_fold_migration_bench.py; docs/architecture.md, "Names in every
  script"): 76 s for 1,000,000 patients on the busy 2-core test machine. No UPDATE of every row: that would fire the audit and touch triggers a million
  times and leave a million dead rows behind.

New SQLSTATEs: none (HM068 is reserved for this item and unused).

Revision ID: 0035_fold_scripts
Revises: 0031_report_templates
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0035_fold_scripts"
down_revision: str | None = "0034_patient_area"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rebuild_name_search() -> None:
    """Drop and add ``name_search`` again, so every row is folded by the current ``hms_fold``; its three
    indexes and statistics target (migration 0002) go with the column and are made again."""
    op.drop_index("ix_patient_birth_date_name", table_name="patient")
    op.drop_index("ix_patient_name_search_c", table_name="patient")
    op.drop_index("ix_patient_name_search_trgm", table_name="patient")
    op.drop_column("patient", "name_search")
    op.add_column("patient", sa.Column(
        "name_search", sa.Text(),
        sa.Computed("hms_fold((((family_name)::text || ' '::text) || (given_name)::text))", persisted=True),
        nullable=True))
    op.create_index("ix_patient_name_search_trgm", "patient", ["name_search"], postgresql_using="gin",
                    postgresql_ops={"name_search": "gin_trgm_ops"})
    op.create_index("ix_patient_name_search_c", "patient", [sa.text('(name_search COLLATE "C")'), "id"],
                    postgresql_where=sa.text("merged_into_id IS NULL"))
    op.execute("ALTER TABLE patient ALTER COLUMN name_search SET STATISTICS 1000")
    op.create_index("ix_patient_birth_date_name", "patient", ["birth_date"],
                    postgresql_include=["id", "name_search"], postgresql_where=sa.text("merged_into_id IS NULL"))
    # The planner's statistics for the new column: without them the first searches guess.
    op.execute("ANALYZE patient")


def upgrade() -> None:
    op.execute("SET ROLE hms_owner")
    sql_objects.create("hms_fold", 2)
    _rebuild_name_search()
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET ROLE hms_owner")
    sql_objects.create("hms_fold", 1)
    _rebuild_name_search()
    op.execute("RESET ROLE")
