"""Consultation: chart access, encounters (signed = read-only in the database), vitals, diagnoses, allergies,
problems, and the charge a signed encounter creates (issue 8, items 1, 3, 4, 8, 9, 10).

* Clinical tables carry a clinical word in their name (encounter, diagnosis, vital, allergy, problem).
  Doctors read and write them; administrators and billing have no privilege on any of them; reception may
  only INSERT an allergy the patient reports at the desk (``hms_allergy_verification`` keeps it "reported"),
  and reads the allergy *flag* through ``hms_allergy_flag`` (SECURITY DEFINER), never the table.
* ``hms_signed_encounter_guard`` refuses UPDATE and DELETE of a signed encounter, of its diagnoses and vitals
  and of any addendum, for every role including the owner (no role check); signing stamps who and when.
* ``charge`` is what billing reads: patient, doctor, service date, fee code, description. Doctors do not
  INSERT into it: ``hms_charge_encounter`` (SECURITY DEFINER) charges an encounter its signer signed.
* ``chart_access`` records every opening of a chart (who, when, patient, reason; ``break_glass`` is computed
  from the reason). Administrators read it; doctors only add to it.
* Authors and times come from the database (migration 0010's rule): column GRANTs name only what a client
  supplies, ``hms_database_sets_defaults`` and the new ``hms_database_sets_author`` set the rest. Free text
  (notes, reactions, addenda) is left out of the audit trail's JSON, since administrators read the audit log
  and read no notes; the audit still says who changed which row when.

Revision ID: 0012_consultation_core
Revises: 0011_booking_locks
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0012_consultation_core"
down_revision: str | None = "0011_booking_locks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ALL_GROUPS = "hms_reception, hms_doctor, hms_billing, hms_admin"
ICD10_CODE = r"'^[A-Z][0-9]{2}(\.[0-9]{1,2})?$'"
# Literal on purpose (a migration records the schema of its revision): domain.clinical.VITAL_LIMITS, which
# tests/unit/test_clinical_rules.py checks against these numbers.
VITAL_LIMITS = {"temperature_c": ("25", "45"), "pulse_bpm": ("20", "300"), "respiratory_rate": ("4", "80"),
                "systolic_mmhg": ("50", "300"), "diastolic_mmhg": ("20", "200"), "spo2_percent": ("50", "100"),
                "weight_kg": ("0.3", "500"), "height_cm": ("20", "272")}
CLINICAL_TABLES = ("encounter", "encounter_addendum", "encounter_diagnosis", "vital", "allergy",
                   "allergy_none_known", "problem")

GRANTS_SQL = """
GRANT SELECT ON encounter, encounter_addendum, encounter_diagnosis, vital, allergy, allergy_none_known, problem
    TO hms_doctor;
GRANT INSERT (patient_id, appointment_id, admission_id, kind, chief_complaint, history, examination, assessment,
              plan, notes, version) ON encounter TO hms_doctor;
GRANT UPDATE (chief_complaint, history, examination, assessment, plan, notes, status, version) ON encounter
    TO hms_doctor;
GRANT INSERT (encounter_id, body) ON encounter_addendum TO hms_doctor;
GRANT INSERT (encounter_id, icd10_code, is_primary), DELETE ON encounter_diagnosis TO hms_doctor;
GRANT INSERT (encounter_id, measured_at, temperature_c, pulse_bpm, respiratory_rate, systolic_mmhg,
              diastolic_mmhg, spo2_percent, weight_kg, height_cm), DELETE ON vital TO hms_doctor;
GRANT INSERT (patient_id, substance, drug_class, reaction, severity, status, source, verification, version),
      UPDATE (substance, drug_class, reaction, severity, status, source, verification, version) ON allergy
    TO hms_doctor;
-- What the patient says at the desk: reported, never confirmed (the column is not granted, the trigger insists).
GRANT INSERT (patient_id, substance, drug_class, reaction, severity, status, source, version) ON allergy
    TO hms_reception;
GRANT INSERT (patient_id) ON allergy_none_known TO hms_doctor;
GRANT INSERT (patient_id, kind, icd10_code, description, onset, status, verification, version),
      UPDATE (status, description, onset, version) ON problem TO hms_doctor;
GRANT INSERT (patient_id, reason_kind, reason_text) ON chart_access TO hms_doctor;
GRANT SELECT ON chart_access TO hms_admin;
GRANT SELECT ON charge TO hms_billing, hms_admin;
REVOKE ALL ON FUNCTION hms_allergy_flag(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_allergy_flag(bigint) TO hms_reception, hms_doctor, hms_billing, hms_admin;
REVOKE ALL ON FUNCTION hms_charge_encounter(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_charge_encounter(bigint) TO hms_doctor;
"""

# hms_database_sets_defaults' arguments per table (0010): the first state, then the columns that take the time.
FORCED = {
    "chart_access": "'{}', 'at'",
    "encounter": """'{"status": "draft", "signed_at": null, "signed_by": null}'""",
    "encounter_addendum": "'{}', 'signed_at'",
    "encounter_diagnosis": "'{}'",
    "vital": "'{}'",
    "allergy": "'{}', 'recorded_at'",
    "allergy_none_known": "'{}', 'recorded_at'",
    "problem": "'{}'",
    "charge": """'{"status": "unbilled"}'""",
}
# hms_database_sets_author's columns per table.
AUTHORS = {
    "chart_access": "'staff_id', 'actor'",
    "encounter": "'doctor_id'",
    "encounter_addendum": "'signed_by'",
    "allergy": "'recorded_by'",
    "allergy_none_known": "'recorded_by'",
}
# hms_audit_trigger's arguments: the key, then columns left out of the JSON (free text: nobody but doctors
# reads notes, and administrators read the audit log).
AUDITED = {
    "chart_access": "'id', 'reason_text'",
    "encounter": "'id', 'chief_complaint', 'history', 'examination', 'assessment', 'plan', 'notes'",
    "encounter_addendum": "'id', 'body'",
    "encounter_diagnosis": "'id'",
    "vital": "'id'",
    "allergy": "'id', 'reaction'",
    "allergy_none_known": "'id'",
    "problem": "'id', 'description'",
    "charge": "'id'",
}
TOUCHED = ("encounter", "allergy", "problem")

ENCOUNTER_POLICIES_SQL = """
ALTER TABLE encounter ENABLE ROW LEVEL SECURITY;
CREATE POLICY doctors_read ON encounter FOR SELECT TO hms_doctor USING (true);
CREATE POLICY doctors_open ON encounter FOR INSERT TO hms_doctor WITH CHECK (true);
-- A doctor edits and signs only their own encounters; a colleague adds an addendum instead.
CREATE POLICY doctor_edits_own ON encounter FOR UPDATE TO hms_doctor
    USING (doctor_id = hms_current_staff_id()) WITH CHECK (doctor_id = hms_current_staff_id());
"""


def _created() -> list[sa.Column[object]]:
    return [sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
            sa.Column("created_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False)]


def _updated() -> list[sa.Column[object]]:
    return [sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
            sa.Column("updated_by", sa.String(length=63), nullable=True),
            sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)]


def _create_tables() -> None:
    op.create_table(
        "chart_access",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=63), server_default=sa.text("session_user"), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("reason_kind", sa.String(length=20), nullable=False),
        sa.Column("reason_text", sa.Text(), server_default="", nullable=False),
        sa.Column("break_glass", sa.Boolean(), sa.Computed("(reason_kind)::text <> 'care'::text", persisted=True),
                  nullable=False),
        sa.CheckConstraint("reason_kind IN ('care', 'emergency', 'covering_colleague', 'other')",
                           name=op.f("ck_chart_access_reason_known")),
        sa.CheckConstraint("reason_kind <> 'other' OR length(btrim(reason_text)) > 0",
                           name=op.f("ck_chart_access_other_has_text")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_chart_access_patient_id_patient")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_chart_access_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chart_access")),
    )
    op.create_index("ix_chart_access_patient_id_at", "chart_access", ["patient_id", "at"])
    op.create_index("ix_chart_access_staff_id_at", "chart_access", ["staff_id", "at"])

    op.create_table(
        "encounter",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.BigInteger(), nullable=True),
        sa.Column("admission_id", sa.BigInteger(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        *(sa.Column(name, sa.Text(), server_default="", nullable=False)
          for name in ("chief_complaint", "history", "examination", "assessment", "plan", "notes")),
        sa.Column("status", sa.String(length=20), server_default="draft", nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        *_created(),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=63), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_by", sa.String(length=63), nullable=True),
        sa.CheckConstraint("kind IN ('appointment', 'admission', 'walk_in')", name=op.f("ck_encounter_kind_known")),
        sa.CheckConstraint("status IN ('draft', 'signed')", name=op.f("ck_encounter_status_known")),
        sa.CheckConstraint("(kind = 'appointment') = (appointment_id IS NOT NULL) "
                           "AND (kind = 'admission') = (admission_id IS NOT NULL)",
                           name=op.f("ck_encounter_kind_matches_link")),
        sa.CheckConstraint("(status = 'signed') = (signed_at IS NOT NULL AND signed_by IS NOT NULL)",
                           name=op.f("ck_encounter_signed_complete")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_encounter_patient_id_patient")),
        sa.ForeignKeyConstraint(["doctor_id"], ["staff.id"], name=op.f("fk_encounter_doctor_id_staff")),
        sa.ForeignKeyConstraint(["appointment_id"], ["appointment.id"],
                                name=op.f("fk_encounter_appointment_id_appointment")),
        sa.ForeignKeyConstraint(["admission_id"], ["admission.id"], name=op.f("fk_encounter_admission_id_admission")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_encounter")),
    )
    op.create_index("ix_encounter_patient_id_created_at", "encounter", ["patient_id", "created_at"])
    op.create_index("ix_encounter_doctor_id_status", "encounter", ["doctor_id", "status"])
    op.create_index("uq_encounter_appointment_id", "encounter", ["appointment_id"], unique=True,
                    postgresql_where=sa.text("appointment_id IS NOT NULL"))
    op.create_index("ix_encounter_admission_id", "encounter", ["admission_id"],
                    postgresql_where=sa.text("admission_id IS NOT NULL"))

    op.create_table(
        "encounter_addendum",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("encounter_id", sa.BigInteger(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("signed_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False),
        sa.CheckConstraint("length(btrim(body)) > 0", name=op.f("ck_encounter_addendum_body_present")),
        sa.ForeignKeyConstraint(["encounter_id"], ["encounter.id"],
                                name=op.f("fk_encounter_addendum_encounter_id_encounter")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_encounter_addendum")),
    )
    op.create_index("ix_encounter_addendum_encounter_id", "encounter_addendum", ["encounter_id"])

    op.create_table(
        "encounter_diagnosis",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("encounter_id", sa.BigInteger(), nullable=False),
        sa.Column("icd10_code", sa.String(length=7), nullable=False),
        sa.Column("is_primary", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        *_created(),
        sa.CheckConstraint(f"icd10_code ~ {ICD10_CODE}", name=op.f("ck_encounter_diagnosis_icd10_code_format")),
        sa.ForeignKeyConstraint(["encounter_id"], ["encounter.id"],
                                name=op.f("fk_encounter_diagnosis_encounter_id_encounter")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_encounter_diagnosis")),
        sa.UniqueConstraint("encounter_id", "icd10_code", name=op.f("uq_encounter_diagnosis_encounter_id_icd10_code")),
    )
    op.create_index("uq_encounter_diagnosis_primary", "encounter_diagnosis", ["encounter_id"], unique=True,
                    postgresql_where=sa.text("is_primary"))

    op.create_table(
        "vital",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("encounter_id", sa.BigInteger(), nullable=False),
        sa.Column("measured_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("temperature_c", sa.Numeric(4, 1), nullable=True),
        *(sa.Column(name, sa.SmallInteger(), nullable=True)
          for name in ("pulse_bpm", "respiratory_rate", "systolic_mmhg", "diastolic_mmhg", "spo2_percent")),
        sa.Column("weight_kg", sa.Numeric(5, 2), nullable=True),
        sa.Column("height_cm", sa.Numeric(4, 1), nullable=True),
        sa.Column("bmi", sa.Numeric(), sa.Computed(
            "round((weight_kg / ((height_cm / (100)::numeric) * (height_cm / (100)::numeric))), 1)", persisted=True),
            nullable=True),
        *_created(),
        *(sa.CheckConstraint(f"{name} IS NULL OR {name} BETWEEN {low} AND {high}",
                             name=op.f(f"ck_vital_{name}_plausible")) for name, (low, high) in VITAL_LIMITS.items()),
        sa.CheckConstraint("(systolic_mmhg IS NULL) = (diastolic_mmhg IS NULL) AND "
                           "(systolic_mmhg IS NULL OR diastolic_mmhg < systolic_mmhg)",
                           name=op.f("ck_vital_blood_pressure_pair")),
        sa.ForeignKeyConstraint(["encounter_id"], ["encounter.id"], name=op.f("fk_vital_encounter_id_encounter")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vital")),
    )
    op.create_index("ix_vital_encounter_id", "vital", ["encounter_id"])

    op.create_table(
        "allergy",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("substance", sa.String(length=200), nullable=False),
        sa.Column("drug_class", sa.String(length=100), nullable=True),
        sa.Column("reaction", sa.Text(), server_default="", nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("verification", sa.String(length=20), server_default="reported", nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("recorded_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("confirmed_by", sa.String(length=63), nullable=True),
        *_updated(),
        sa.CheckConstraint("length(btrim(substance)) > 0", name=op.f("ck_allergy_substance_present")),
        sa.CheckConstraint("severity IN ('mild', 'moderate', 'severe')", name=op.f("ck_allergy_severity_known")),
        sa.CheckConstraint("status IN ('active', 'inactive', 'refuted')", name=op.f("ck_allergy_status_known")),
        sa.CheckConstraint("source IN ('patient', 'relative', 'records', 'clinician', 'other')",
                           name=op.f("ck_allergy_source_known")),
        sa.CheckConstraint("verification IN ('reported', 'confirmed')", name=op.f("ck_allergy_verification_known")),
        sa.CheckConstraint("(verification = 'confirmed') = (confirmed_at IS NOT NULL AND confirmed_by IS NOT NULL)",
                           name=op.f("ck_allergy_confirmation_complete")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_allergy_patient_id_patient")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allergy")),
    )
    op.create_index("ix_allergy_patient_id", "allergy", ["patient_id"])

    op.create_table(
        "allergy_none_known",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("recorded_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"],
                                name=op.f("fk_allergy_none_known_patient_id_patient")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allergy_none_known")),
    )
    op.create_index("ix_allergy_none_known_patient_id", "allergy_none_known", ["patient_id"])

    op.create_table(
        "problem",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("icd10_code", sa.String(length=7), nullable=True),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("onset", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("verification", sa.String(length=20), server_default="confirmed", nullable=False),
        *_created(),
        *_updated(),
        sa.CheckConstraint("kind IN ('problem', 'past_illness', 'surgery')", name=op.f("ck_problem_kind_known")),
        sa.CheckConstraint(f"icd10_code IS NULL OR icd10_code ~ {ICD10_CODE}",
                           name=op.f("ck_problem_icd10_code_format")),
        sa.CheckConstraint("kind = 'surgery' OR icd10_code IS NOT NULL", name=op.f("ck_problem_coded_unless_surgery")),
        sa.CheckConstraint("kind <> 'surgery' OR length(btrim(description)) > 0",
                           name=op.f("ck_problem_surgery_named")),
        sa.CheckConstraint("status IN ('active', 'resolved')", name=op.f("ck_problem_status_known")),
        sa.CheckConstraint("verification IN ('reported', 'confirmed')", name=op.f("ck_problem_verification_known")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_problem_patient_id_patient")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_problem")),
    )
    op.create_index("ix_problem_patient_id", "problem", ["patient_id"])

    op.create_table(
        "charge",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=True),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("fee_code", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("source_kind", sa.String(length=20), nullable=False),
        sa.Column("source_id", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="unbilled", nullable=False),
        *_created(),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_charge_quantity_positive")),
        sa.CheckConstraint("source_kind IN ('encounter')", name=op.f("ck_charge_source_kind_known")),
        sa.CheckConstraint("status IN ('unbilled', 'billed', 'void')", name=op.f("ck_charge_status_known")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_charge_patient_id_patient")),
        sa.ForeignKeyConstraint(["doctor_id"], ["staff.id"], name=op.f("fk_charge_doctor_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charge")),
        sa.UniqueConstraint("source_kind", "source_id", "fee_code",
                            name=op.f("uq_charge_source_kind_source_id_fee_code")),
    )
    op.create_index("ix_charge_patient_id_service_date", "charge", ["patient_id", "service_date"])
    op.create_index("ix_charge_unbilled", "charge", ["service_date"], postgresql_where=sa.text("status = 'unbilled'"))


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    _create_tables()
    sql_objects.create("hms_database_sets_author", 1)
    sql_objects.create("hms_signed_encounter_guard", 1)
    sql_objects.create("hms_allergy_verification", 1)
    sql_objects.create("hms_allergy_flag", 1)
    sql_objects.create("hms_charge_encounter", 1)
    for table, args in FORCED.items():
        op.execute(f"CREATE TRIGGER database_sets_defaults BEFORE INSERT ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults({args})")
    for table, args in AUTHORS.items():
        # "database_sets_author" sorts before "database_sets_defaults": they set different columns.
        op.execute(f"CREATE TRIGGER database_sets_author BEFORE INSERT ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_database_sets_author({args})")
    for table in TOUCHED:
        op.execute(f"CREATE TRIGGER touch BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION hms_touch_row()")
    op.execute("CREATE TRIGGER signed_guard BEFORE UPDATE OR DELETE ON encounter "
               "FOR EACH ROW EXECUTE FUNCTION hms_signed_encounter_guard()")
    for table in ("encounter_addendum", "encounter_diagnosis", "vital"):
        op.execute(f"CREATE TRIGGER signed_guard BEFORE INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION hms_signed_encounter_guard()")
    op.execute("CREATE TRIGGER verification BEFORE INSERT OR UPDATE ON allergy "
               "FOR EACH ROW EXECUTE FUNCTION hms_allergy_verification()")
    for table, args in AUDITED.items():
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger({args})")
    op.execute(ENCOUNTER_POLICIES_SQL)
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    for table in ("charge", "problem", "allergy_none_known", "allergy", "vital", "encounter_diagnosis",
                  "encounter_addendum", "encounter", "chart_access"):
        op.drop_table(table)
    sql_objects.drop("hms_charge_encounter")
    sql_objects.drop("hms_allergy_flag")
    sql_objects.drop("hms_allergy_verification")
    sql_objects.drop("hms_signed_encounter_guard")
    sql_objects.drop("hms_database_sets_author")
    op.execute("RESET ROLE")
