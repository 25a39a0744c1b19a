"""Labs: the test catalogue with reference ranges, orders, results with flags computed by the database, the
charges a lab order creates, and live channels (issue 8, item 5 and the lab parts of items 9, 10, 11).

* ``lab_test`` (the catalogue: code, name, LOINC code, specimen, unit, numeric or text result, fee code) and
  ``lab_test_range`` (low/high and critical limits by sex and age band) are read by doctors and administrators;
  administrators manage them. Billing reads a test's code, name and fee code (a price list; charges already
  carry a description); reception reads nothing of labs.
* ``lab_order``, ``lab_order_item`` and ``lab_result`` are clinical: doctors read and write them (a doctor-group
  user enters results for now), billing, administrators and reception have no privilege on them.
* The ordering doctor, the order's patient (from the encounter), times, the result's unit, the reference range
  used and the **flag** are the database's to say: ``hms_lab_order_defaults`` and ``hms_lab_result_guard``
  (BEFORE INSERT) set them whatever the statement says, so no client can store a wrong flag; a stored value
  never changes (SQLSTATE HM012), only ``verified`` and the acknowledgement of a critical result.
* ``hms_charge_lab_order`` (SECURITY DEFINER, only for the ordering doctor) inserts one ``charge`` per test with
  the catalogue's fee code; ``source_id`` is the ``lab_order_item`` id, so the unique key charges a test once.
* NOTIFY: ``lab_orders`` on new items and results (the worklist), ``lab_critical`` with ids only
  (``{"result_id": …, "doctor_id": …}``) when a critical result is entered.

Revision ID: 0014_labs
Revises: 0013_chart_history
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0014_labs"
down_revision: str | None = "0013_chart_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOINC_CODE = r"'^[0-9]{1,7}-[0-9]$'"
SOURCE_KINDS_BEFORE = "source_kind IN ('encounter')"
SOURCE_KINDS = "source_kind IN ('encounter', 'lab_order', 'prescription')"
RANGE_NOTE = "Typical adult range (seed data): must be reviewed by this hospital's laboratory before clinical use."

GRANTS_SQL = """
GRANT SELECT ON lab_test, lab_test_range TO hms_doctor, hms_admin;
GRANT INSERT (code, name, loinc_code, specimen, unit, result_kind, normal_text, fee_code, active, version),
      UPDATE (name, loinc_code, specimen, unit, normal_text, fee_code, active, version) ON lab_test TO hms_admin;
GRANT INSERT (lab_test_id, sex, min_age_years, max_age_years, low, high, critical_low, critical_high, note),
      UPDATE (sex, min_age_years, max_age_years, low, high, critical_low, critical_high, note), DELETE
      ON lab_test_range TO hms_admin;
-- A price list for the cash desk: which test a fee code is. Never an order or a result.
GRANT SELECT (id, code, name, fee_code, active) ON lab_test TO hms_billing;
GRANT SELECT ON lab_order, lab_order_item, lab_result TO hms_doctor;
GRANT INSERT (encounter_id, urgency) ON lab_order TO hms_doctor;
GRANT INSERT (lab_order_id, lab_test_id) ON lab_order_item TO hms_doctor;
GRANT INSERT (lab_order_item_id, value_numeric, value_text), UPDATE (verified) ON lab_result TO hms_doctor;
REVOKE ALL ON FUNCTION hms_charge_lab_order(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_charge_lab_order(bigint) TO hms_doctor;
REVOKE ALL ON FUNCTION hms_acknowledge_lab_result(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_acknowledge_lab_result(bigint) TO hms_doctor;
REVOKE ALL ON FUNCTION hms_lab_result_entered() FROM PUBLIC;
-- The rules the result trigger applies, as the login entering the result (and for anyone checking a range).
REVOKE ALL ON FUNCTION hms_lab_flag(numeric, numeric, numeric, numeric, numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_lab_flag(numeric, numeric, numeric, numeric, numeric) TO hms_doctor, hms_admin;
REVOKE ALL ON FUNCTION hms_lab_range(integer, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_lab_range(integer, text, integer) TO hms_doctor, hms_admin;
"""

# hms_database_sets_defaults' arguments per table (0010): the first state, then the columns that take the time.
FORCED = {
    "lab_test": "'{}'",
    "lab_test_range": "'{}'",
    "lab_order": """'{"status": "ordered"}', 'ordered_at'""",
    "lab_order_item": """'{"status": "ordered"}'""",
    "lab_result": """'{"verified": false, "verified_at": null, "verified_by": null, "acknowledged_at": null, """
                  """"acknowledged_by": null}', 'entered_at'""",
}
AUTHORS = {"lab_order": "'doctor_id'", "lab_result": "'entered_by'"}
# A result's value is clinical and administrators read the audit log: the audit says who entered which result
# when, not what it was.
AUDITED = {
    "lab_test": "'id'",
    "lab_test_range": "'id'",
    "lab_order": "'id'",
    "lab_order_item": "'id'",
    "lab_result": "'id', 'value_numeric', 'value_text'",
}

# (code, name, LOINC, specimen, unit, ranges); a range is (sex, low, high, critical low, critical high)
# for adults (18 years and over). Text results: unit "", ranges None and the normal answer instead.
NumericRange = tuple[str, str | None, str | None, str | None, str | None]
# The fee code of each test is "LAB-<code>": a charge per test, priced by the hospital's fee schedule.
SEED_TESTS: tuple[tuple[str, str, str, str, str, tuple[NumericRange, ...] | str | None], ...] = (
    ("HGB", "Haemoglobin", "718-7", "Blood (EDTA)", "g/dL",
     (("M", "13.0", "17.0", "7.0", "20.0"), ("F", "12.0", "15.5", "7.0", "20.0"))),
    ("WBC", "White cell count", "6690-2", "Blood (EDTA)", "10^9/L", (("any", "4.0", "11.0", "2.0", "30.0"),)),
    ("PLT", "Platelets", "777-3", "Blood (EDTA)", "10^9/L", (("any", "150", "400", "20", "1000"),)),
    ("HCT", "Haematocrit", "4544-3", "Blood (EDTA)", "%",
     (("M", "40", "50", "20", "60"), ("F", "36", "46", "20", "60"))),
    ("ESR", "Erythrocyte sedimentation rate", "4537-7", "Blood (EDTA)", "mm/h",
     (("M", "0", "15", None, None), ("F", "0", "20", None, None))),
    ("NA", "Sodium", "2951-2", "Serum", "mmol/L", (("any", "135", "145", "120", "160"),)),
    ("K", "Potassium", "2823-3", "Serum", "mmol/L", (("any", "3.5", "5.1", "2.8", "6.2"),)),
    ("CL", "Chloride", "2075-0", "Serum", "mmol/L", (("any", "98", "107", "80", "120"),)),
    ("HCO3", "Bicarbonate", "1963-8", "Serum", "mmol/L", (("any", "22", "29", "10", "40"),)),
    ("CREA", "Creatinine", "14682-9", "Serum", "µmol/L",
     (("M", "62", "106", None, None), ("F", "44", "80", None, None))),
    ("UREA", "Urea", "22664-7", "Serum", "mmol/L", (("any", "2.5", "7.8", None, None),)),
    ("CA", "Calcium", "2000-8", "Serum", "mmol/L", (("any", "2.15", "2.55", "1.65", "3.25"),)),
    ("MG", "Magnesium", "2601-3", "Serum", "mmol/L", (("any", "0.70", "1.00", "0.40", "2.00"),)),
    ("GLUF", "Glucose, fasting", "14771-0", "Plasma (fluoride)", "mmol/L",
     (("any", "3.9", "5.5", "2.5", "25.0"),)),
    ("GLUR", "Glucose, random", "15074-8", "Plasma (fluoride)", "mmol/L",
     (("any", "3.9", "7.8", "2.5", "25.0"),)),
    ("HBA1C", "HbA1c", "4548-4", "Blood (EDTA)", "%", (("any", "4.0", "5.6", None, None),)),
    ("ALT", "Alanine aminotransferase (ALT)", "1742-6", "Serum", "U/L",
     (("M", "7", "55", None, None), ("F", "7", "45", None, None))),
    ("AST", "Aspartate aminotransferase (AST)", "1920-8", "Serum", "U/L", (("any", "8", "48", None, None),)),
    ("ALP", "Alkaline phosphatase", "6768-6", "Serum", "U/L", (("any", "40", "129", None, None),)),
    ("TBIL", "Bilirubin, total", "14631-6", "Serum", "µmol/L", (("any", "3", "21", None, None),)),
    ("ALB", "Albumin", "1751-7", "Serum", "g/L", (("any", "35", "50", None, None),)),
    ("TSH", "Thyroid-stimulating hormone (TSH)", "3016-3", "Serum", "mIU/L",
     (("any", "0.40", "4.00", None, None),)),
    ("FT4", "Free thyroxine (free T4)", "14920-3", "Serum", "pmol/L", (("any", "12", "22", None, None),)),
    ("INR", "INR", "6301-6", "Plasma (citrate)", "", (("any", "0.8", "1.2", None, "5.0"),)),
    ("PT", "Prothrombin time", "5902-2", "Plasma (citrate)", "s", (("any", "11.0", "13.5", None, None),)),
    ("CRP", "C-reactive protein", "1988-5", "Serum", "mg/L", (("any", "0", "5", None, None),)),
    ("TROP", "Troponin I, high-sensitivity", "89579-7", "Serum", "ng/L",
     (("M", "0", "34", None, None), ("F", "0", "16", None, None))),
    ("LACT", "Lactate", "2524-7", "Plasma (fluoride)", "mmol/L", (("any", "0.5", "2.2", None, "4.0"),)),
    ("CHOL", "Cholesterol, total", "14647-2", "Serum", "mmol/L", (("any", None, "5.2", None, None),)),
    ("LDL", "LDL cholesterol", "22748-8", "Serum", "mmol/L", (("any", None, "3.0", None, None),)),
    ("HDL", "HDL cholesterol", "14646-4", "Serum", "mmol/L",
     (("M", "1.0", None, None, None), ("F", "1.2", None, None, None))),
    ("TRIG", "Triglycerides", "14927-8", "Serum", "mmol/L", (("any", None, "1.7", None, None),)),
    ("UPRO", "Urine protein (dipstick)", "2888-6", "Urine", "", "Negative"),
    ("UGLU", "Urine glucose (dipstick)", "5792-7", "Urine", "", "Negative"),
    ("UNIT", "Urine nitrite (dipstick)", "5802-4", "Urine", "", "Negative"),
    ("ULEU", "Urine leucocyte esterase (dipstick)", "5799-2", "Urine", "", "Negative"),
    ("UHCG", "Pregnancy test (urine hCG)", "2106-3", "Urine", "", None),
    ("MAL", "Malaria rapid diagnostic test", "70569-9", "Blood (capillary)", "", "Negative"),
)


def _created() -> list[sa.Column[object]]:
    return [sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
            sa.Column("created_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False)]


def _create_tables() -> None:
    op.create_table(
        "lab_test",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("loinc_code", sa.String(length=10), nullable=True),
        sa.Column("specimen", sa.String(length=40), nullable=False),
        sa.Column("unit", sa.String(length=20), server_default="", nullable=False),
        sa.Column("result_kind", sa.String(length=10), server_default="numeric", nullable=False),
        sa.Column("normal_text", sa.String(length=40), nullable=True),
        sa.Column("fee_code", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        *_created(),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=63), nullable=True),
        sa.CheckConstraint("code ~ '^[A-Z0-9][A-Z0-9_-]*$'", name=op.f("ck_lab_test_code_format")),
        sa.CheckConstraint("length(btrim(name)) > 0", name=op.f("ck_lab_test_name_present")),
        sa.CheckConstraint(f"loinc_code IS NULL OR loinc_code ~ {LOINC_CODE}", name=op.f("ck_lab_test_loinc_format")),
        sa.CheckConstraint("result_kind IN ('numeric', 'text')", name=op.f("ck_lab_test_result_kind_known")),
        sa.CheckConstraint("result_kind = 'text' OR normal_text IS NULL", name=op.f("ck_lab_test_normal_text_for_text")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lab_test")),
        sa.UniqueConstraint("code", name=op.f("uq_lab_test_code")),
    )

    op.create_table(
        "lab_test_range",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("lab_test_id", sa.Integer(), nullable=False),
        sa.Column("sex", sa.String(length=3), server_default="any", nullable=False),
        sa.Column("min_age_years", sa.SmallInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("max_age_years", sa.SmallInteger(), nullable=True),
        sa.Column("low", sa.Numeric(), nullable=True),
        sa.Column("high", sa.Numeric(), nullable=True),
        sa.Column("critical_low", sa.Numeric(), nullable=True),
        sa.Column("critical_high", sa.Numeric(), nullable=True),
        sa.Column("note", sa.String(length=200), server_default="", nullable=False),
        *_created(),
        sa.CheckConstraint("sex IN ('M', 'F', 'any')", name=op.f("ck_lab_test_range_sex_known")),
        sa.CheckConstraint("min_age_years >= 0 AND (max_age_years IS NULL OR max_age_years > min_age_years)",
                           name=op.f("ck_lab_test_range_age_band")),
        sa.CheckConstraint("low IS NULL OR high IS NULL OR low <= high", name=op.f("ck_lab_test_range_low_high")),
        sa.CheckConstraint("critical_low IS NULL OR coalesce(low, high) IS NULL OR critical_low <= coalesce(low, high)",
                           name=op.f("ck_lab_test_range_critical_low_below")),
        sa.CheckConstraint("critical_high IS NULL OR coalesce(high, low) IS NULL OR "
                           "critical_high >= coalesce(high, low)", name=op.f("ck_lab_test_range_critical_high_above")),
        sa.ForeignKeyConstraint(["lab_test_id"], ["lab_test.id"], name=op.f("fk_lab_test_range_lab_test_id_lab_test")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lab_test_range")),
    )
    # One range per test, sex and age: the choice of a range is never ambiguous.
    op.execute("ALTER TABLE lab_test_range ADD CONSTRAINT ex_lab_test_range_no_overlap EXCLUDE USING gist "
               "(lab_test_id WITH =, sex WITH =, int4range(min_age_years, max_age_years) WITH &&)")

    op.create_table(
        "lab_order",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.BigInteger(), nullable=False),
        sa.Column("encounter_id", sa.BigInteger(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=False),
        sa.Column("urgency", sa.String(length=10), server_default="routine", nullable=False),
        sa.Column("ordered_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="ordered", nullable=False),
        *_created(),
        sa.CheckConstraint("urgency IN ('routine', 'urgent', 'stat')", name=op.f("ck_lab_order_urgency_known")),
        sa.CheckConstraint("status IN ('ordered', 'resulted', 'cancelled')", name=op.f("ck_lab_order_status_known")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_lab_order_patient_id_patient")),
        sa.ForeignKeyConstraint(["encounter_id"], ["encounter.id"], name=op.f("fk_lab_order_encounter_id_encounter")),
        sa.ForeignKeyConstraint(["doctor_id"], ["staff.id"], name=op.f("fk_lab_order_doctor_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lab_order")),
    )
    op.create_index("ix_lab_order_patient_id_ordered_at", "lab_order", ["patient_id", "ordered_at"])
    op.create_index("ix_lab_order_encounter_id", "lab_order", ["encounter_id"])

    op.create_table(
        "lab_order_item",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("lab_order_id", sa.BigInteger(), nullable=False),
        sa.Column("lab_test_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="ordered", nullable=False),
        *_created(),
        sa.CheckConstraint("status IN ('ordered', 'resulted', 'cancelled')",
                           name=op.f("ck_lab_order_item_status_known")),
        sa.ForeignKeyConstraint(["lab_order_id"], ["lab_order.id"],
                                name=op.f("fk_lab_order_item_lab_order_id_lab_order")),
        sa.ForeignKeyConstraint(["lab_test_id"], ["lab_test.id"], name=op.f("fk_lab_order_item_lab_test_id_lab_test")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lab_order_item")),
        sa.UniqueConstraint("lab_order_id", "lab_test_id", name=op.f("uq_lab_order_item_lab_order_id_lab_test_id")),
    )
    # The worklist reads only what is still waiting.
    op.create_index("ix_lab_order_item_pending", "lab_order_item", ["lab_order_id"],
                    postgresql_where=sa.text("status = 'ordered'"))

    op.create_table(
        "lab_result",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("lab_order_item_id", sa.BigInteger(), nullable=False),
        sa.Column("value_numeric", sa.Numeric(), nullable=True),
        sa.Column("value_text", sa.String(length=200), nullable=True),
        sa.Column("unit", sa.String(length=20), server_default="", nullable=False),
        sa.Column("range_low", sa.Numeric(), nullable=True),
        sa.Column("range_high", sa.Numeric(), nullable=True),
        sa.Column("critical_low", sa.Numeric(), nullable=True),
        sa.Column("critical_high", sa.Numeric(), nullable=True),
        sa.Column("flag", sa.String(length=20), nullable=True),
        sa.Column("entered_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("entered_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False),
        sa.Column("verified", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("verified_by", sa.String(length=63), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=63), nullable=True),
        sa.CheckConstraint("(value_numeric IS NULL) <> (value_text IS NULL)", name=op.f("ck_lab_result_one_value")),
        sa.CheckConstraint("value_text IS NULL OR length(btrim(value_text)) > 0",
                           name=op.f("ck_lab_result_text_present")),
        sa.CheckConstraint("flag IS NULL OR flag IN ('normal', 'low', 'high', 'critical_low', 'critical_high', "
                           "'abnormal')", name=op.f("ck_lab_result_flag_known")),
        sa.CheckConstraint("verified = (verified_at IS NOT NULL AND verified_by IS NOT NULL)",
                           name=op.f("ck_lab_result_verification_complete")),
        sa.CheckConstraint("(acknowledged_at IS NULL) = (acknowledged_by IS NULL)",
                           name=op.f("ck_lab_result_acknowledgement_complete")),
        sa.ForeignKeyConstraint(["lab_order_item_id"], ["lab_order_item.id"],
                                name=op.f("fk_lab_result_lab_order_item_id_lab_order_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lab_result")),
        sa.UniqueConstraint("lab_order_item_id", name=op.f("uq_lab_result_lab_order_item_id")),
    )
    # A doctor's unacknowledged critical results: a handful of rows, found without reading the rest.
    op.create_index("ix_lab_result_critical_open", "lab_result", ["lab_order_item_id"],
                    postgresql_where=sa.text("flag LIKE 'critical%' AND acknowledged_at IS NULL"))


def _seed() -> None:
    tests = sa.table("lab_test", sa.column("code"), sa.column("name"), sa.column("loinc_code"), sa.column("specimen"),
                     sa.column("unit"), sa.column("result_kind"), sa.column("normal_text"), sa.column("fee_code"))
    ranges = sa.table("lab_test_range", sa.column("lab_test_id"), sa.column("sex"), sa.column("min_age_years"),
                      sa.column("low", sa.Numeric()), sa.column("high", sa.Numeric()),
                      sa.column("critical_low", sa.Numeric()), sa.column("critical_high", sa.Numeric()),
                      sa.column("note"))
    bind = op.get_bind()
    for code, name, loinc, specimen, unit, spec in SEED_TESTS:
        numeric = isinstance(spec, tuple)
        test_id = bind.execute(sa.insert(tests).values(
            code=code, name=name, loinc_code=loinc, specimen=specimen, unit=unit,
            result_kind="numeric" if numeric else "text", normal_text=None if numeric else spec,
            fee_code=f"LAB-{code}").returning(sa.literal_column("id"))).scalar_one()
        if isinstance(spec, tuple):
            for sex, low, high, critical_low, critical_high in spec:
                bind.execute(sa.insert(ranges).values(
                    lab_test_id=test_id, sex=sex, min_age_years=18, low=low, high=high, critical_low=critical_low,
                    critical_high=critical_high, note=RANGE_NOTE))


def _charge_sources(check: str) -> None:
    """Charges come from encounters, lab orders and prescriptions (the prescriptions migration writes the same)."""
    op.execute("ALTER TABLE charge DROP CONSTRAINT ck_charge_source_kind_known")
    op.execute(f"ALTER TABLE charge ADD CONSTRAINT ck_charge_source_kind_known CHECK ({check})")


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    _create_tables()
    sql_objects.create("hms_lab_flag", 1)
    sql_objects.create("hms_lab_range", 1)
    sql_objects.create("hms_lab_order_defaults", 1)
    sql_objects.create("hms_lab_result_guard", 1)
    sql_objects.create("hms_lab_result_entered", 1)
    sql_objects.create("hms_notify_lab_orders", 1)
    sql_objects.create("hms_charge_lab_order", 1)
    sql_objects.create("hms_acknowledge_lab_result", 1)
    for table, args in FORCED.items():
        op.execute(f"CREATE TRIGGER database_sets_defaults BEFORE INSERT ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults({args})")
    for table, args in AUTHORS.items():
        op.execute(f"CREATE TRIGGER database_sets_author BEFORE INSERT ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_database_sets_author({args})")
    op.execute("CREATE TRIGGER touch BEFORE UPDATE ON lab_test FOR EACH ROW EXECUTE FUNCTION hms_touch_row()")
    # Named to sort after database_sets_*: they run in name order, and these read what those set.
    op.execute("CREATE TRIGGER lab_order_defaults BEFORE INSERT ON lab_order "
               "FOR EACH ROW EXECUTE FUNCTION hms_lab_order_defaults()")
    op.execute("CREATE TRIGGER lab_result_guard BEFORE INSERT OR UPDATE OR DELETE ON lab_result "
               "FOR EACH ROW EXECUTE FUNCTION hms_lab_result_guard()")
    op.execute("CREATE TRIGGER lab_result_entered AFTER INSERT ON lab_result "
               "FOR EACH ROW EXECUTE FUNCTION hms_lab_result_entered()")
    for table in ("lab_order_item", "lab_result"):
        op.execute(f"CREATE TRIGGER notify_lab_orders AFTER INSERT OR UPDATE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION hms_notify_lab_orders()")
    for table, args in AUDITED.items():
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger({args})")
    _charge_sources(SOURCE_KINDS)
    op.execute("COMMENT ON TABLE lab_test_range IS 'Reference ranges by sex and age band. The seeded ranges are "
               "typical adult values and must be reviewed by the hospital''s laboratory before clinical use.'")
    op.execute(GRANTS_SQL)
    _seed()
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute("DELETE FROM charge WHERE source_kind = 'lab_order'")
    _charge_sources(SOURCE_KINDS_BEFORE)
    for table in ("lab_result", "lab_order_item", "lab_order"):
        op.drop_table(table)
    sql_objects.drop("hms_acknowledge_lab_result")
    sql_objects.drop("hms_charge_lab_order")
    sql_objects.drop("hms_notify_lab_orders")
    sql_objects.drop("hms_lab_result_entered")
    sql_objects.drop("hms_lab_result_guard")
    sql_objects.drop("hms_lab_order_defaults")
    sql_objects.drop("hms_lab_range")
    sql_objects.drop("hms_lab_flag")
    # After the functions: hms_lab_range returns rows of lab_test_range.
    for table in ("lab_test_range", "lab_test"):
        op.drop_table(table)
    op.execute("RESET ROLE")
