"""Prescriptions: issued prescriptions and their lines (read-only in the database once issued), the overridden
alerts with their reasons, the patient's medication list, and a charge per prescribed line (issue 8, items 6,
7, 9, 10).

* ``prescription`` gets its number from the database (``hms_prescription_number``: RX-<year>-<6 digits>), its
  prescriber from the login (``hms_database_sets_author``) and starts as a draft. The use case inserts the
  draft, its lines and overrides, then issues it in the same transaction: ``hms_prescription_guard`` stamps
  ``issued_at``/``issued_by`` and from then on refuses UPDATE and DELETE of the prescription, its lines and
  overrides for every role, the owner included (SQLSTATE HM015).
* ``prescription_override``: one row per contraindicated or major alert the prescriber overrode (kind,
  severity, drugs, allergy, the knowledge-base version) with the reason, or one ``checks_off`` row when the
  knowledge base was unusable (the guard refuses to issue such a prescription without it: HM018).
* ``prescription_medication`` is the medication list: rows from issued lines and "prescribed elsewhere"
  entries; a row is only ever stopped with a reason (``hms_medication_guard`` stamps who and when, HM016).
* ``hms_charge_prescription`` (SECURITY DEFINER, only the issuing doctor) charges each line: fee code
  ``'DRUG-' || atc``, source_kind 'prescription', source_id the line's id (migration 0014 already widened
  ``ck_charge_source_kind_known`` to 'encounter', 'lab_order' and 'prescription').
* Doctors read and write these tables (column GRANTs name only what a client supplies); reception, billing
  and administrators have no privilege on any of them. Free text (instructions, override and stop reasons,
  notes) stays out of the audit trail's JSON, which administrators read.

Revision ID: 0015_prescriptions
Revises: 0014_labs
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0015_prescriptions"
down_revision: str | None = "0014_labs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("prescription", "prescription_line", "prescription_override", "prescription_medication")

GRANTS_SQL = """
GRANT SELECT ON prescription, prescription_line, prescription_override, prescription_medication TO hms_doctor;
GRANT INSERT (patient_id, encounter_id, kb_version, checks_off, notes, renewed_from_id, version) ON prescription
    TO hms_doctor;
GRANT UPDATE (status, version) ON prescription TO hms_doctor;
GRANT INSERT (prescription_id, line_number, drug_id, drug_name, strength, form, atc, dose, unit, route, frequency,
              duration_days, quantity, quantity_unit, instructions) ON prescription_line TO hms_doctor;
GRANT INSERT (prescription_id, alert_kind, severity, alert_key, drugs, allergy, reason, kb_version)
    ON prescription_override TO hms_doctor;
GRANT INSERT (patient_id, source, prescription_line_id, drug_id, drug_name, atc, details, started_on,
              prescribed_elsewhere_by, version),
      UPDATE (status, stop_reason, version) ON prescription_medication TO hms_doctor;
REVOKE ALL ON FUNCTION hms_charge_prescription(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_charge_prescription(bigint) TO hms_doctor;
REVOKE ALL ON FUNCTION hms_prescription_number() FROM PUBLIC;
"""

# hms_database_sets_defaults' arguments per table (0010): the first state, then the columns that take the time.
FORCED = {
    "prescription": """'{"status": "draft", "issued_at": null, "issued_by": null}'""",
    "prescription_line": "'{}'",
    "prescription_override": "'{}'",
    "prescription_medication": """'{"status": "active", "stop_reason": "", "stopped_at": null, "stopped_by": null}'""",
}
AUDITED = {
    "prescription": "'id', 'notes'",
    "prescription_line": "'id', 'instructions'",
    "prescription_override": "'id', 'reason'",
    "prescription_medication": "'id', 'stop_reason'",
}

POLICIES_SQL = """
ALTER TABLE prescription ENABLE ROW LEVEL SECURITY;
CREATE POLICY doctors_read ON prescription FOR SELECT TO hms_doctor USING (true);
CREATE POLICY doctors_write ON prescription FOR INSERT TO hms_doctor WITH CHECK (true);
-- A doctor issues only their own drafts (the guard's FOR SHARE read applies this to lines and overrides).
CREATE POLICY prescriber_issues_own ON prescription FOR UPDATE TO hms_doctor
    USING (prescriber_id = hms_current_staff_id()) WITH CHECK (prescriber_id = hms_current_staff_id());
"""


def _created() -> list[sa.Column[object]]:
    return [sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
            sa.Column("created_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False)]


def _updated() -> list[sa.Column[object]]:
    return [sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
            sa.Column("updated_by", sa.String(length=63), nullable=True),
            sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)]


def _create_tables() -> None:
    op.execute("CREATE SEQUENCE prescription_number_seq")
    op.create_table(
        "prescription",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("encounter_id", sa.BigInteger(), nullable=False),
        sa.Column("prescriber_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), server_default="draft", nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("issued_by", sa.String(length=63), nullable=True),
        sa.Column("kb_version", sa.String(length=40), nullable=True),
        sa.Column("checks_off", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("renewed_from_id", sa.BigInteger(), nullable=True),
        *_created(),
        *_updated(),
        sa.CheckConstraint("status IN ('draft', 'issued', 'cancelled')", name=op.f("ck_prescription_status_known")),
        sa.CheckConstraint("(status = 'issued') = (issued_at IS NOT NULL AND issued_by IS NOT NULL)",
                           name=op.f("ck_prescription_issued_complete")),
        sa.CheckConstraint("checks_off OR status <> 'issued' OR kb_version IS NOT NULL",
                           name=op.f("ck_prescription_checked_or_off")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_prescription_patient_id_patient")),
        sa.ForeignKeyConstraint(["encounter_id"], ["encounter.id"],
                                name=op.f("fk_prescription_encounter_id_encounter")),
        sa.ForeignKeyConstraint(["prescriber_id"], ["staff.id"], name=op.f("fk_prescription_prescriber_id_staff")),
        sa.ForeignKeyConstraint(["renewed_from_id"], ["prescription.id"],
                                name=op.f("fk_prescription_renewed_from_id_prescription")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prescription")),
        sa.UniqueConstraint("number", name=op.f("uq_prescription_number")),
    )
    op.create_index("ix_prescription_patient_id_created_at", "prescription", ["patient_id", "created_at"])
    op.create_index("ix_prescription_encounter_id", "prescription", ["encounter_id"])

    op.create_table(
        "prescription_line",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("prescription_id", sa.BigInteger(), nullable=False),
        sa.Column("line_number", sa.SmallInteger(), nullable=False),
        sa.Column("drug_id", sa.String(length=100), nullable=False),
        sa.Column("drug_name", sa.String(length=120), nullable=False),
        sa.Column("strength", sa.String(length=60), nullable=False),
        sa.Column("form", sa.String(length=60), nullable=False),
        sa.Column("atc", sa.String(length=7), nullable=False),
        sa.Column("dose", sa.Numeric(10, 3), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("route", sa.String(length=20), nullable=False),
        sa.Column("frequency", sa.String(length=10), nullable=False),
        sa.Column("duration_days", sa.SmallInteger(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=True),
        sa.Column("quantity_unit", sa.String(length=20), nullable=True),
        sa.Column("instructions", sa.Text(), server_default="", nullable=False),
        *_created(),
        sa.CheckConstraint("line_number >= 1", name=op.f("ck_prescription_line_number_positive")),
        sa.CheckConstraint("dose > 0", name=op.f("ck_prescription_line_dose_positive")),
        sa.CheckConstraint("duration_days BETWEEN 1 AND 365", name=op.f("ck_prescription_line_duration_range")),
        sa.CheckConstraint("(quantity IS NULL) = (quantity_unit IS NULL) AND (quantity IS NULL OR quantity > 0)",
                           name=op.f("ck_prescription_line_quantity_complete")),
        sa.CheckConstraint("atc ~ '^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$'", name=op.f("ck_prescription_line_atc_format")),
        sa.ForeignKeyConstraint(["prescription_id"], ["prescription.id"],
                                name=op.f("fk_prescription_line_prescription_id_prescription")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prescription_line")),
        sa.UniqueConstraint("prescription_id", "line_number",
                            name=op.f("uq_prescription_line_prescription_id_line_number")),
    )

    op.create_table(
        "prescription_override",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("prescription_id", sa.BigInteger(), nullable=False),
        sa.Column("alert_kind", sa.String(length=20), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=True),
        sa.Column("alert_key", sa.String(length=400), server_default="", nullable=False),
        sa.Column("drugs", sa.String(length=400), server_default="", nullable=False),
        sa.Column("allergy", sa.String(length=200), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("kb_version", sa.String(length=40), nullable=True),
        *_created(),
        sa.CheckConstraint("alert_kind IN ('interaction', 'allergy', 'duplicate', 'checks_off')",
                           name=op.f("ck_prescription_override_kind_known")),
        sa.CheckConstraint("(alert_kind = 'checks_off') = (severity IS NULL) AND "
                           "(severity IS NULL OR severity IN ('contraindicated', 'major', 'moderate'))",
                           name=op.f("ck_prescription_override_severity_known")),
        sa.CheckConstraint("length(btrim(reason)) >= 5", name=op.f("ck_prescription_override_reason_given")),
        sa.ForeignKeyConstraint(["prescription_id"], ["prescription.id"],
                                name=op.f("fk_prescription_override_prescription_id_prescription")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prescription_override")),
    )
    op.create_index("ix_prescription_override_prescription_id", "prescription_override", ["prescription_id"])

    op.create_table(
        "prescription_medication",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("prescription_line_id", sa.BigInteger(), nullable=True),
        sa.Column("drug_id", sa.String(length=100), nullable=True),
        sa.Column("drug_name", sa.String(length=200), nullable=False),
        sa.Column("atc", sa.String(length=7), nullable=True),
        sa.Column("details", sa.String(length=300), server_default="", nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("prescribed_elsewhere_by", sa.String(length=200), server_default="", nullable=False),
        sa.Column("status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("stop_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("stopped_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("stopped_by", sa.String(length=63), nullable=True),
        *_created(),
        *_updated(),
        sa.CheckConstraint("source IN ('prescription', 'external')", name=op.f("ck_prescription_medication_source_known")),
        sa.CheckConstraint("(source = 'prescription') = (prescription_line_id IS NOT NULL)",
                           name=op.f("ck_prescription_medication_source_matches_line")),
        sa.CheckConstraint("length(btrim(drug_name)) > 0", name=op.f("ck_prescription_medication_name_present")),
        sa.CheckConstraint("status IN ('active', 'stopped')", name=op.f("ck_prescription_medication_status_known")),
        sa.CheckConstraint("(status = 'stopped') = (stopped_at IS NOT NULL AND stopped_by IS NOT NULL)",
                           name=op.f("ck_prescription_medication_stopped_complete")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"],
                                name=op.f("fk_prescription_medication_patient_id_patient")),
        sa.ForeignKeyConstraint(["prescription_line_id"], ["prescription_line.id"],
                                name=op.f("fk_prescription_medication_prescription_line_id_prescription_line")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prescription_medication")),
    )
    op.create_index("ix_prescription_medication_patient_id_status", "prescription_medication",
                    ["patient_id", "status"])


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    _create_tables()
    sql_objects.create("hms_prescription_number", 1)
    sql_objects.create("hms_prescription_guard", 1)
    sql_objects.create("hms_medication_guard", 1)
    sql_objects.create("hms_charge_prescription", 1)
    op.execute("CREATE TRIGGER prescription_number BEFORE INSERT ON prescription "
               "FOR EACH ROW EXECUTE FUNCTION hms_prescription_number()")
    for table, args in FORCED.items():
        op.execute(f"CREATE TRIGGER database_sets_defaults BEFORE INSERT ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults({args})")
    op.execute("CREATE TRIGGER database_sets_author BEFORE INSERT ON prescription "
               "FOR EACH ROW EXECUTE FUNCTION hms_database_sets_author('prescriber_id')")
    op.execute("CREATE TRIGGER issued_guard BEFORE UPDATE OR DELETE ON prescription "
               "FOR EACH ROW EXECUTE FUNCTION hms_prescription_guard()")
    for table in ("prescription_line", "prescription_override"):
        op.execute(f"CREATE TRIGGER issued_guard BEFORE INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION hms_prescription_guard()")
    op.execute("CREATE TRIGGER medication_guard BEFORE UPDATE OR DELETE ON prescription_medication "
               "FOR EACH ROW EXECUTE FUNCTION hms_medication_guard()")
    for table in ("prescription", "prescription_medication"):
        op.execute(f"CREATE TRIGGER touch BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION hms_touch_row()")
    for table, args in AUDITED.items():
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger({args})")
    op.execute(POLICIES_SQL)
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute("DELETE FROM charge WHERE source_kind = 'prescription'")
    for table in reversed(TABLES):
        op.drop_table(table)
    op.execute("DROP SEQUENCE prescription_number_seq")
    sql_objects.drop("hms_charge_prescription")
    sql_objects.drop("hms_medication_guard")
    sql_objects.drop("hms_prescription_guard")
    sql_objects.drop("hms_prescription_number")
    op.execute("RESET ROLE")
