"""Drill-down from a report row to the patients behind it (issue 12, item 7), for the groups that may read them.

* ``hms_report_drill_<report>(p_first, p_last, p_zone, p_department, p_doctor, p_specialty, p_payer, p_ward,
  p_key text[])`` for each report of ``domain/reports.py`` that has patients behind its rows (``DRILLS``): the
  report's own eight arguments and the row's key (the values of its key columns, as text), returning
  ``(patient_id, mrn, patient_name, at, on_day, detail)``: one row per appointment, stay, invoice, claim,
  diagnosis or registration counted in that row, at most 501 (the screen lists 500 and says there were more).
  SECURITY DEFINER, EXECUTE revoked from PUBLIC and granted to ``ReportDefinition.drill`` only: the appointment,
  inpatient and diagnosis reports to doctors and administrators (never billing: who had which diagnosis is
  clinical), revenue and insurance to billing and administrators (never doctors), registrations and the age
  pyramid to administrators. Reception runs no report, so drills none. Rooms and equipment, and pharmacy: not
  about patients, no drill-down.
* ``hms_report_drill_guard``: the session user's group again (HM062), the range (HM061, as the reports) and the
  key's shape (HM063). ``hms_report_drill_date``: a month or day of a key, or HM064 (as is an unknown age band).
  Internal: EXECUTE for nobody.
* The read leaves a trace: the service records each listed patient as read in the audit chain
  (``hms_audit_access('patient', id)``, as opening a record does), on the main server, after this read-only query
  (which may run on the replica and so cannot write).

New SQLSTATEs: HM062 (may not see these patients), HM063 (not one row's key), HM064 (a key value that is not one
of the report's).

Revision ID: 0033_report_drill
Revises: 0031_report_templates
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0033_report_drill"
# 0032_report_summary (rptspeed) comes between them once merged: the lead re-chains.
down_revision: str | None = "0032_report_summary"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLINICAL = ("hms_admin", "hms_doctor")
MONEY = ("hms_admin", "hms_billing")
ADMIN = ("hms_admin",)

# Drill function (without the hms_report_drill_ prefix) -> the groups that may see the patients behind a row
# (as domain/reports.py ReportDefinition.drill says; tests/unit/test_report_drill_domain.py compares them).
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
}
ARGS = "date, date, text, integer, integer, integer, integer, integer, text[]"


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    # Literal calls (tests/unit/test_sql_objects.py reads them): the helpers first, the drill functions use them.
    sql_objects.create("hms_report_drill_guard", 1)
    sql_objects.create("hms_report_drill_date", 1)
    op.execute("REVOKE ALL ON FUNCTION hms_report_drill_guard(text, text[], date, date, text[], integer) FROM PUBLIC")
    op.execute("REVOKE ALL ON FUNCTION hms_report_drill_date(text) FROM PUBLIC")
    sql_objects.create("hms_report_drill_appointment_volume", 1)
    sql_objects.create("hms_report_drill_no_show_rate", 1)
    sql_objects.create("hms_report_drill_lead_time", 1)
    sql_objects.create("hms_report_drill_waiting_time", 1)
    sql_objects.create("hms_report_drill_bed_occupancy", 1)
    sql_objects.create("hms_report_drill_length_of_stay", 1)
    sql_objects.create("hms_report_drill_admissions_discharges", 1)
    sql_objects.create("hms_report_drill_revenue_by_day", 1)
    sql_objects.create("hms_report_drill_revenue_by_category", 1)
    sql_objects.create("hms_report_drill_revenue_by_doctor", 1)
    sql_objects.create("hms_report_drill_revenue_by_payer", 1)
    sql_objects.create("hms_report_drill_outstanding_balances", 1)
    sql_objects.create("hms_report_drill_top_diagnoses", 1)
    sql_objects.create("hms_report_drill_diagnosis_chapters", 1)
    sql_objects.create("hms_report_drill_age_pyramid", 1)
    sql_objects.create("hms_report_drill_new_registrations", 1)
    sql_objects.create("hms_report_drill_claims_by_status", 1)
    sql_objects.create("hms_report_drill_claim_rejection_rate", 1)
    sql_objects.create("hms_report_drill_claim_rejection_reasons", 1)
    sql_objects.create("hms_report_drill_days_to_payment", 1)
    for report, groups in DRILLS.items():
        function = f"hms_report_drill_{report}"
        op.execute(f"REVOKE ALL ON FUNCTION {function}({ARGS}) FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function}({ARGS}) TO {', '.join(groups)}")
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.drop("hms_report_drill_appointment_volume")
    sql_objects.drop("hms_report_drill_no_show_rate")
    sql_objects.drop("hms_report_drill_lead_time")
    sql_objects.drop("hms_report_drill_waiting_time")
    sql_objects.drop("hms_report_drill_bed_occupancy")
    sql_objects.drop("hms_report_drill_length_of_stay")
    sql_objects.drop("hms_report_drill_admissions_discharges")
    sql_objects.drop("hms_report_drill_revenue_by_day")
    sql_objects.drop("hms_report_drill_revenue_by_category")
    sql_objects.drop("hms_report_drill_revenue_by_doctor")
    sql_objects.drop("hms_report_drill_revenue_by_payer")
    sql_objects.drop("hms_report_drill_outstanding_balances")
    sql_objects.drop("hms_report_drill_top_diagnoses")
    sql_objects.drop("hms_report_drill_diagnosis_chapters")
    sql_objects.drop("hms_report_drill_age_pyramid")
    sql_objects.drop("hms_report_drill_new_registrations")
    sql_objects.drop("hms_report_drill_claims_by_status")
    sql_objects.drop("hms_report_drill_claim_rejection_rate")
    sql_objects.drop("hms_report_drill_claim_rejection_reasons")
    sql_objects.drop("hms_report_drill_days_to_payment")
    sql_objects.drop("hms_report_drill_date")
    sql_objects.drop("hms_report_drill_guard")
    op.execute("RESET ROLE")
