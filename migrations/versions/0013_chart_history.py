"""Chart history: family history and social history, and what was printed for a patient (issue 8, item 3).

* ``problem_family_history``: one row per condition in a relative (relation, WHO ICD-10 code, a note).
  Its own table rather than another ``problem.kind``: a relative's illness is not the patient's problem,
  must never appear among "active problems", in the banner or in reports by diagnosis, and carries a
  relation the patient's own problems do not have.
* ``problem_social_history``: the patient's social history (smoking status, pack-years, alcohol units a
  week, occupation, notes), edited in place with a version like every editable record. The service keeps one
  row per patient and reads the newest; patient_id is not unique so that merging two records (which
  re-points every patient_id) cannot fail on it.
  Both names carry the clinical word "problem", so the grant tests find them in the catalogue:
  doctors read and write them, reception, billing and administrators have no privilege on them.
* ``hms_patient_documents(patient)`` (SECURITY DEFINER, EXECUTE for doctors only): the print-log rows whose
  subject is the patient's MRN. The log itself stays readable by administrators only.
* As 0012: column GRANTs name only what a client supplies; ``hms_database_sets_defaults`` and
  ``hms_database_sets_author`` set authors, times and versions; ``hms_touch_row`` stamps updates; the audit
  trigger leaves free text (notes, descriptions, occupation) out of its JSON.

Revision ID: 0013_chart_history
Revises: 0012_consultation_core
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0013_chart_history"
down_revision: str | None = "0012_consultation_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ICD10_CODE = r"'^[A-Z][0-9]{2}(\.[0-9]{1,2})?$'"
# Literal on purpose (a migration records the schema of its revision): domain.clinical.FAMILY_RELATIONS and
# SMOKING_STATUSES.
RELATIONS = "'mother', 'father', 'sibling', 'child', 'grandparent', 'aunt_uncle', 'other'"
SMOKING = "'never', 'former', 'current', 'unknown'"

GRANTS_SQL = """
GRANT SELECT ON problem_family_history, problem_social_history TO hms_doctor;
GRANT INSERT (patient_id, relation, icd10_code, description),
      UPDATE (relation, icd10_code, description, version) ON problem_family_history TO hms_doctor;
GRANT INSERT (patient_id, smoking, pack_years, alcohol_units_week, occupation, notes),
      UPDATE (smoking, pack_years, alcohol_units_week, occupation, notes, version) ON problem_social_history
    TO hms_doctor;
REVOKE ALL ON FUNCTION hms_patient_documents(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_patient_documents(bigint) TO hms_doctor;
"""
FORCED = {"problem_family_history": "'{}', 'recorded_at'", "problem_social_history": "'{}', 'recorded_at'"}
AUTHORS = {"problem_family_history": "'recorded_by'", "problem_social_history": "'recorded_by'"}
AUDITED = {"problem_family_history": "'id', 'description'",
           "problem_social_history": "'id', 'occupation', 'notes'"}


def _recorded() -> list[sa.Column[object]]:
    return [sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
            sa.Column("recorded_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
            sa.Column("updated_by", sa.String(length=63), nullable=True),
            sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)]


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.create_table(
        "problem_family_history",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("icd10_code", sa.String(length=7), nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        *_recorded(),
        sa.CheckConstraint(f"relation IN ({RELATIONS})", name=op.f("ck_problem_family_history_relation_known")),
        sa.CheckConstraint(f"icd10_code ~ {ICD10_CODE}", name=op.f("ck_problem_family_history_icd10_code_format")),
        sa.CheckConstraint("length(description) <= 500", name=op.f("ck_problem_family_history_description_length")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"],
                                name=op.f("fk_problem_family_history_patient_id_patient")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_problem_family_history")),
    )
    op.create_index("ix_problem_family_history_patient_id", "problem_family_history", ["patient_id"])
    op.create_table(
        "problem_social_history",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("smoking", sa.String(length=20), server_default="unknown", nullable=False),
        sa.Column("pack_years", sa.Numeric(4, 1), nullable=True),
        sa.Column("alcohol_units_week", sa.SmallInteger(), nullable=True),
        sa.Column("occupation", sa.String(length=100), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        *_recorded(),
        sa.CheckConstraint(f"smoking IN ({SMOKING})", name=op.f("ck_problem_social_history_smoking_known")),
        sa.CheckConstraint("pack_years IS NULL OR pack_years BETWEEN 0 AND 200",
                           name=op.f("ck_problem_social_history_pack_years_plausible")),
        sa.CheckConstraint("alcohol_units_week IS NULL OR alcohol_units_week BETWEEN 0 AND 500",
                           name=op.f("ck_problem_social_history_alcohol_plausible")),
        sa.CheckConstraint("length(notes) <= 2000", name=op.f("ck_problem_social_history_notes_length")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"],
                                name=op.f("fk_problem_social_history_patient_id_patient")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_problem_social_history")),
    )
    op.create_index("ix_problem_social_history_patient_id", "problem_social_history", ["patient_id"])
    sql_objects.create("hms_patient_documents", 1)
    for table, args in FORCED.items():
        op.execute(f"CREATE TRIGGER database_sets_defaults BEFORE INSERT ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults({args})")
    for table, args in AUTHORS.items():
        op.execute(f"CREATE TRIGGER database_sets_author BEFORE INSERT ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_database_sets_author({args})")
        op.execute(f"CREATE TRIGGER touch BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION hms_touch_row()")
    for table, args in AUDITED.items():
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger({args})")
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.drop_table("problem_social_history")
    op.drop_table("problem_family_history")
    sql_objects.drop("hms_patient_documents")
    op.execute("RESET ROLE")
