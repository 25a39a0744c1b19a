"""No English built by SQL reaches a French screen or printout (issue 15, item 4).

* ``hms_dispensing_queue`` version 2: a line's directions as their parts (dose, unit, route, frequency code,
  days) instead of an English sentence ('500 mg oral TDS for 5 days'); services/inventory.py words them as
  the prescription dialog does (services/prescribing/prescriptions.py ``directions_words``), translated.
* The drill-down functions (``hms_report_drill_<report>``, migrations 0033, 0034, 0036), each one version up:
  ``detail text`` ('Invoice INV-1: 50.00 owed, 305 days', 'Stayed 4.0 days', 'No-show with Dr X'...) becomes
  ``detail_kind text, detail_values text[]`` (the sentence's name and its values as text: numbers, amounts,
  ISO dates, stored codes), which services/reports/drill.py words through ``translate`` and formats.py.
  EXECUTE is granted again to the groups of 0033's and 0034's DRILLS (tests/unit/test_report_sql_words.py
  compares them).

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

CLINICAL = ("hms_admin", "hms_doctor")
MONEY = ("hms_admin", "hms_billing")
ADMIN = ("hms_admin",)
# Drill function (without the hms_report_drill_ prefix) -> the groups that may see the patients behind a row, as
# 0033's and 0034's DRILLS granted them (dropping a function drops its grants).
DRILLS: dict[str, tuple[str, ...]] = {
    "appointment_volume": CLINICAL,
    "no_show_rate": CLINICAL,
    "lead_time": CLINICAL,
    "waiting_time": CLINICAL,
    "bed_occupancy": CLINICAL,
    "length_of_stay": CLINICAL,
    "admissions_discharges": CLINICAL,
    "revenue_by_day": MONEY,
    "revenue_by_category": MONEY,
    "revenue_by_doctor": MONEY,
    "revenue_by_payer": MONEY,
    "outstanding_balances": MONEY,
    "top_diagnoses": CLINICAL,
    "diagnosis_chapters": CLINICAL,
    "age_pyramid": ADMIN,
    "new_registrations": ADMIN,
    "claims_by_status": MONEY,
    "claim_rejection_rate": MONEY,
    "claim_rejection_reasons": MONEY,
    "days_to_payment": MONEY,
    "patients_by_area": ADMIN,
}
DRILL_ARGS = "date, date, text, integer, integer, integer, integer, integer, text[]"


def _grant_drills() -> None:
    for report, groups in DRILLS.items():
        function = f"hms_report_drill_{report}"
        op.execute(f"REVOKE ALL ON FUNCTION {function}({DRILL_ARGS}) FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function}({DRILL_ARGS}) TO {', '.join(groups)}")


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.drop("hms_dispensing_queue")
    sql_objects.create("hms_dispensing_queue", 2)
    op.execute(QUEUE_GRANTS)
    # Literal calls (tests/unit/test_sql_objects.py reads them); a changed RETURNS TABLE cannot be replaced.
    sql_objects.drop("hms_report_drill_appointment_volume")
    sql_objects.create("hms_report_drill_appointment_volume", 2)
    sql_objects.drop("hms_report_drill_no_show_rate")
    sql_objects.create("hms_report_drill_no_show_rate", 2)
    sql_objects.drop("hms_report_drill_lead_time")
    sql_objects.create("hms_report_drill_lead_time", 2)
    sql_objects.drop("hms_report_drill_waiting_time")
    sql_objects.create("hms_report_drill_waiting_time", 2)
    sql_objects.drop("hms_report_drill_bed_occupancy")
    sql_objects.create("hms_report_drill_bed_occupancy", 2)
    sql_objects.drop("hms_report_drill_length_of_stay")
    sql_objects.create("hms_report_drill_length_of_stay", 2)
    sql_objects.drop("hms_report_drill_admissions_discharges")
    sql_objects.create("hms_report_drill_admissions_discharges", 2)
    sql_objects.drop("hms_report_drill_revenue_by_day")
    sql_objects.create("hms_report_drill_revenue_by_day", 2)
    sql_objects.drop("hms_report_drill_revenue_by_category")
    sql_objects.create("hms_report_drill_revenue_by_category", 2)
    sql_objects.drop("hms_report_drill_revenue_by_doctor")
    sql_objects.create("hms_report_drill_revenue_by_doctor", 2)
    sql_objects.drop("hms_report_drill_revenue_by_payer")
    sql_objects.create("hms_report_drill_revenue_by_payer", 2)
    sql_objects.drop("hms_report_drill_outstanding_balances")
    sql_objects.create("hms_report_drill_outstanding_balances", 3)
    sql_objects.drop("hms_report_drill_top_diagnoses")
    sql_objects.create("hms_report_drill_top_diagnoses", 2)
    sql_objects.drop("hms_report_drill_diagnosis_chapters")
    sql_objects.create("hms_report_drill_diagnosis_chapters", 2)
    sql_objects.drop("hms_report_drill_age_pyramid")
    sql_objects.create("hms_report_drill_age_pyramid", 2)
    sql_objects.drop("hms_report_drill_new_registrations")
    sql_objects.create("hms_report_drill_new_registrations", 2)
    sql_objects.drop("hms_report_drill_claims_by_status")
    sql_objects.create("hms_report_drill_claims_by_status", 2)
    sql_objects.drop("hms_report_drill_claim_rejection_rate")
    sql_objects.create("hms_report_drill_claim_rejection_rate", 2)
    sql_objects.drop("hms_report_drill_claim_rejection_reasons")
    sql_objects.create("hms_report_drill_claim_rejection_reasons", 2)
    sql_objects.drop("hms_report_drill_days_to_payment")
    sql_objects.create("hms_report_drill_days_to_payment", 2)
    sql_objects.drop("hms_report_drill_patients_by_area")
    sql_objects.create("hms_report_drill_patients_by_area", 2)
    _grant_drills()
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.drop("hms_dispensing_queue")
    sql_objects.create("hms_dispensing_queue", 1)
    op.execute(QUEUE_GRANTS)
    sql_objects.drop("hms_report_drill_appointment_volume")
    sql_objects.create("hms_report_drill_appointment_volume", 1)
    sql_objects.drop("hms_report_drill_no_show_rate")
    sql_objects.create("hms_report_drill_no_show_rate", 1)
    sql_objects.drop("hms_report_drill_lead_time")
    sql_objects.create("hms_report_drill_lead_time", 1)
    sql_objects.drop("hms_report_drill_waiting_time")
    sql_objects.create("hms_report_drill_waiting_time", 1)
    sql_objects.drop("hms_report_drill_bed_occupancy")
    sql_objects.create("hms_report_drill_bed_occupancy", 1)
    sql_objects.drop("hms_report_drill_length_of_stay")
    sql_objects.create("hms_report_drill_length_of_stay", 1)
    sql_objects.drop("hms_report_drill_admissions_discharges")
    sql_objects.create("hms_report_drill_admissions_discharges", 1)
    sql_objects.drop("hms_report_drill_revenue_by_day")
    sql_objects.create("hms_report_drill_revenue_by_day", 1)
    sql_objects.drop("hms_report_drill_revenue_by_category")
    sql_objects.create("hms_report_drill_revenue_by_category", 1)
    sql_objects.drop("hms_report_drill_revenue_by_doctor")
    sql_objects.create("hms_report_drill_revenue_by_doctor", 1)
    sql_objects.drop("hms_report_drill_revenue_by_payer")
    sql_objects.create("hms_report_drill_revenue_by_payer", 1)
    sql_objects.drop("hms_report_drill_outstanding_balances")
    sql_objects.create("hms_report_drill_outstanding_balances", 2)
    sql_objects.drop("hms_report_drill_top_diagnoses")
    sql_objects.create("hms_report_drill_top_diagnoses", 1)
    sql_objects.drop("hms_report_drill_diagnosis_chapters")
    sql_objects.create("hms_report_drill_diagnosis_chapters", 1)
    sql_objects.drop("hms_report_drill_age_pyramid")
    sql_objects.create("hms_report_drill_age_pyramid", 1)
    sql_objects.drop("hms_report_drill_new_registrations")
    sql_objects.create("hms_report_drill_new_registrations", 1)
    sql_objects.drop("hms_report_drill_claims_by_status")
    sql_objects.create("hms_report_drill_claims_by_status", 1)
    sql_objects.drop("hms_report_drill_claim_rejection_rate")
    sql_objects.create("hms_report_drill_claim_rejection_rate", 1)
    sql_objects.drop("hms_report_drill_claim_rejection_reasons")
    sql_objects.create("hms_report_drill_claim_rejection_reasons", 1)
    sql_objects.drop("hms_report_drill_days_to_payment")
    sql_objects.create("hms_report_drill_days_to_payment", 1)
    sql_objects.drop("hms_report_drill_patients_by_area")
    sql_objects.create("hms_report_drill_patients_by_area", 1)
    _grant_drills()
    op.execute("RESET ROLE")
