"""Reports (issue 12): one SQL function per predefined report, aggregates only, run by group.

* ``hms_report_<name>(p_first, p_last, p_zone, p_department, p_doctor, p_specialty, p_payer, p_ward)`` for each
  report of ``domain/reports.py``: SECURITY DEFINER (the person needs no SELECT on the tables read, so a
  billing clerk's revenue report never opens the clinical tables to them), EXECUTE revoked from PUBLIC and
  granted to the report's groups only — billing runs revenue and insurance, doctors the clinical aggregates
  (appointments, inpatients, diagnoses), administrators everything. ``hms_report_guard`` checks the
  session user's group again inside (HM060) and the range (HM061), for a grant given too widely by hand.
* ``hms_report_doctors`` (filters department/doctor/specialty) and ``hms_icd10_chapter``: helpers, internal.
* ``hms_report_filter_choices()``: the names the filters offer, for every group.
* Indexes for the range scans the reports make over whole tables (each existing index leads with a
  patient or doctor): appointment.starts_at, invoice.issued_at, payment.taken_at, admission.admitted_at and
  discharged_at, encounter.created_at, claim.claim_date, stock_movement.created_at, patient.created_at.

New SQLSTATEs: HM060 (not this report's group), HM061 (range backwards or over five years).

Revision ID: 0030_reports
Revises: 0029_bed_reason
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0030_reports"
down_revision: str | None = "0029_bed_reason"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLINICAL = ("hms_admin", "hms_doctor")
MONEY = ("hms_admin", "hms_billing")
ADMIN = ("hms_admin",)
ALL_GROUPS = "hms_reception, hms_doctor, hms_billing, hms_admin"

# Report function (without the hms_report_ prefix) -> the groups that may run it (as domain/reports.py says).
REPORTS: dict[str, tuple[str, ...]] = {
    "appointment_volume": CLINICAL, "no_show_rate": CLINICAL, "lead_time": CLINICAL, "waiting_time": CLINICAL,
    "bed_occupancy": CLINICAL, "length_of_stay": CLINICAL, "admissions_discharges": CLINICAL,
    "revenue_by_day": MONEY, "revenue_by_category": MONEY, "revenue_by_doctor": MONEY, "revenue_by_payer": MONEY,
    "outstanding_balances": MONEY,
    "resource_utilisation": ADMIN,
    "stock_valuation": ADMIN, "stock_consumption": ADMIN, "expiring_batches": ADMIN,
    "top_diagnoses": CLINICAL, "diagnosis_chapters": CLINICAL,
    "age_pyramid": ADMIN, "new_registrations": ADMIN,
    "claims_by_status": MONEY, "claim_rejection_rate": MONEY, "claim_rejection_reasons": MONEY,
    "days_to_payment": MONEY,
}
ARGS = "date, date, text, integer, integer, integer, integer, integer"
INDEXES: tuple[tuple[str, str, str], ...] = (
    ("ix_appointment_starts_at", "appointment", "starts_at"),
    ("ix_invoice_issued_at", "invoice", "issued_at"),
    ("ix_payment_taken_at", "payment", "taken_at"),
    ("ix_admission_admitted_at", "admission", "admitted_at"),
    ("ix_admission_discharged_at", "admission", "discharged_at"),
    ("ix_encounter_created_at", "encounter", "created_at"),
    ("ix_claim_claim_date", "claim", "claim_date"),
    ("ix_stock_movement_created_at", "stock_movement", "created_at"),
    ("ix_patient_created_at", "patient", "created_at"),
)


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    for name, table, column in INDEXES:
        op.create_index(name, table, [column])
    # Literal calls (tests/unit/test_sql_objects.py reads them): the helpers first, the reports use them.
    sql_objects.create("hms_report_guard", 1)
    sql_objects.create("hms_report_doctors", 1)
    sql_objects.create("hms_icd10_chapter", 1)
    op.execute("REVOKE ALL ON FUNCTION hms_report_guard(text, text[], date, date) FROM PUBLIC")
    op.execute("REVOKE ALL ON FUNCTION hms_report_doctors(integer, integer, integer) FROM PUBLIC")
    sql_objects.create("hms_report_filter_choices", 1)
    op.execute("REVOKE ALL ON FUNCTION hms_report_filter_choices() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION hms_report_filter_choices() TO {ALL_GROUPS}")
    sql_objects.create("hms_report_appointment_volume", 1)
    sql_objects.create("hms_report_no_show_rate", 1)
    sql_objects.create("hms_report_lead_time", 1)
    sql_objects.create("hms_report_waiting_time", 1)
    sql_objects.create("hms_report_bed_occupancy", 1)
    sql_objects.create("hms_report_length_of_stay", 1)
    sql_objects.create("hms_report_admissions_discharges", 1)
    sql_objects.create("hms_report_revenue_by_day", 1)
    sql_objects.create("hms_report_revenue_by_category", 1)
    sql_objects.create("hms_report_revenue_by_doctor", 1)
    sql_objects.create("hms_report_revenue_by_payer", 1)
    sql_objects.create("hms_report_outstanding_balances", 1)
    sql_objects.create("hms_report_resource_utilisation", 1)
    sql_objects.create("hms_report_stock_valuation", 1)
    sql_objects.create("hms_report_stock_consumption", 1)
    sql_objects.create("hms_report_expiring_batches", 1)
    sql_objects.create("hms_report_top_diagnoses", 1)
    sql_objects.create("hms_report_diagnosis_chapters", 1)
    sql_objects.create("hms_report_age_pyramid", 1)
    sql_objects.create("hms_report_new_registrations", 1)
    sql_objects.create("hms_report_claims_by_status", 1)
    sql_objects.create("hms_report_claim_rejection_rate", 1)
    sql_objects.create("hms_report_claim_rejection_reasons", 1)
    sql_objects.create("hms_report_days_to_payment", 1)
    for report, groups in REPORTS.items():
        function = f"hms_report_{report}"
        op.execute(f"REVOKE ALL ON FUNCTION {function}({ARGS}) FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function}({ARGS}) TO {', '.join(groups)}")
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.drop("hms_report_appointment_volume")
    sql_objects.drop("hms_report_no_show_rate")
    sql_objects.drop("hms_report_lead_time")
    sql_objects.drop("hms_report_waiting_time")
    sql_objects.drop("hms_report_bed_occupancy")
    sql_objects.drop("hms_report_length_of_stay")
    sql_objects.drop("hms_report_admissions_discharges")
    sql_objects.drop("hms_report_revenue_by_day")
    sql_objects.drop("hms_report_revenue_by_category")
    sql_objects.drop("hms_report_revenue_by_doctor")
    sql_objects.drop("hms_report_revenue_by_payer")
    sql_objects.drop("hms_report_outstanding_balances")
    sql_objects.drop("hms_report_resource_utilisation")
    sql_objects.drop("hms_report_stock_valuation")
    sql_objects.drop("hms_report_stock_consumption")
    sql_objects.drop("hms_report_expiring_batches")
    sql_objects.drop("hms_report_top_diagnoses")
    sql_objects.drop("hms_report_diagnosis_chapters")
    sql_objects.drop("hms_report_age_pyramid")
    sql_objects.drop("hms_report_new_registrations")
    sql_objects.drop("hms_report_claims_by_status")
    sql_objects.drop("hms_report_claim_rejection_rate")
    sql_objects.drop("hms_report_claim_rejection_reasons")
    sql_objects.drop("hms_report_days_to_payment")
    sql_objects.drop("hms_report_filter_choices")
    sql_objects.drop("hms_icd10_chapter")
    sql_objects.drop("hms_report_doctors")
    sql_objects.drop("hms_report_guard")
    for name, table, _column in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    op.execute("RESET ROLE")
