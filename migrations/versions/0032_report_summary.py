"""Report speed (issue 12): a per-day appointment summary behind the appointment reports; indexes for the others.

* ``appointment_day_summary`` (day in the hospital's zone, doctor): booked, seen, no-shows, cancelled, due, and
  the waits (count, sum and longest in minutes) of the complete past days; ``appointment_month_lead_summary``
  (month, doctor, lead time in tenths of a day): the lead-time histogram of complete months (per day it would
  hold nearly a row per appointment). ``appointment_summary_state``: the watermark ("summarised before day D")
  and the zone the days were counted in. ``appointment_summary_dirty``: days (today or before) whose
  appointments changed since they were summarised, noted by the statement triggers ``summary_note_*`` on
  appointment (``hms_appointment_summary_note``).
* ``hms_report_refresh_summary()``: incremental refresh (days after the watermark up to yesterday, and the noted
  days), everything again on the first run or a new zone. ``hms_report_summary_state()``: the cheap check.
  Both SECURITY DEFINER, EXECUTE for administrators and doctors (the groups of the appointment reports).
* The four appointment reports (version 2, same 8 arguments and columns) read the summary for the days
  ``hms_report_summary_days`` names and the appointment rows for the others (``hms_report_day_ranges``), so a
  report is exact whatever the summary's age: it is only faster.
* The other slow reports at hospital scale, version 2 (same arguments, same rows): outstanding-balances (a merge
  join in invoice order, constant memory), age-pyramid (``ix_appointment_seen``, a partial covering index for an
  index-only scan; width_bucket for the band), top-diagnoses (two hash aggregates, not count(DISTINCT)),
  revenue-by-category (the category looked up per fee code, not per line). docs/architecture.md says which
  report reads which index or summary, and why.
* Nobody but the owner reads or writes the summary tables (no GRANTs): derived numbers, no person's data, so no
  audit trigger either (a refresh rewrites tens of thousands of rows a night; the appointments they count are
  audited).

New SQLSTATE: none needed (HM059 is reserved for this work and unused).

Revision ID: 0032_report_summary
Revises: 0031_report_templates
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0032_report_summary"
down_revision: str | None = "0031_report_templates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES_SQL = """
CREATE TABLE appointment_day_summary (
    day date NOT NULL,
    doctor_id integer NOT NULL,
    booked integer NOT NULL,
    seen integer NOT NULL,
    no_shows integer NOT NULL,
    cancelled integer NOT NULL,
    due integer NOT NULL,
    waited integer NOT NULL,
    waited_minutes double precision,
    longest_wait double precision,
    CONSTRAINT pk_appointment_day_summary PRIMARY KEY (day, doctor_id)
);
CREATE TABLE appointment_month_lead_summary (
    month date NOT NULL,
    doctor_id integer NOT NULL,
    tenth integer NOT NULL,
    appointments integer NOT NULL,
    days double precision NOT NULL,
    CONSTRAINT pk_appointment_month_lead_summary PRIMARY KEY (month, doctor_id, tenth)
);
CREATE TABLE appointment_summary_state (
    id boolean NOT NULL DEFAULT true,
    zone text,
    summarised_before date,
    refreshed_at timestamptz,
    CONSTRAINT pk_appointment_summary_state PRIMARY KEY (id),
    CONSTRAINT ck_appointment_summary_state_one_row CHECK (id)
);
INSERT INTO appointment_summary_state DEFAULT VALUES;
CREATE TABLE appointment_summary_dirty (day date NOT NULL);
CREATE INDEX ix_appointment_summary_dirty_day ON appointment_summary_dirty (day);
REVOKE ALL ON appointment_day_summary, appointment_month_lead_summary, appointment_summary_state,
    appointment_summary_dirty FROM PUBLIC;
"""

TRIGGERS_SQL = """
CREATE TRIGGER summary_note_insert AFTER INSERT ON appointment REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hms_appointment_summary_note();
CREATE TRIGGER summary_note_update AFTER UPDATE ON appointment REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hms_appointment_summary_note();
CREATE TRIGGER summary_note_delete AFTER DELETE ON appointment REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hms_appointment_summary_note();
"""

INTERNAL = ("hms_report_summary_days(date, date, text)", "hms_report_day_ranges(date, date, text, date[])",
            "hms_appointment_summary_note()")
FOR_REPORTS = ("hms_report_refresh_summary()", "hms_report_summary_state()")


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute(TABLES_SQL)
    sql_objects.create("hms_report_day_ranges", 1)
    sql_objects.create("hms_report_summary_days", 1)
    sql_objects.create("hms_appointment_summary_note", 1)
    sql_objects.create("hms_report_refresh_summary", 1)
    sql_objects.create("hms_report_summary_state", 1)
    for function in INTERNAL:
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    for function in FOR_REPORTS:
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO hms_admin, hms_doctor")
    op.execute(TRIGGERS_SQL)
    # Version 2 of the appointment reports (CREATE OR REPLACE keeps their grants).
    sql_objects.create("hms_report_appointment_volume", 2)
    sql_objects.create("hms_report_no_show_rate", 2)
    sql_objects.create("hms_report_lead_time", 2)
    sql_objects.create("hms_report_waiting_time", 2)
    op.execute("CREATE INDEX ix_appointment_seen ON appointment (starts_at) INCLUDE (patient_id) "
               "WHERE status IN ('completed', 'checked_in', 'in_consultation')")
    sql_objects.create("hms_report_outstanding_balances", 2)
    sql_objects.create("hms_report_age_pyramid", 2)
    sql_objects.create("hms_report_top_diagnoses", 2)
    sql_objects.create("hms_report_revenue_by_category", 2)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.create("hms_report_outstanding_balances", 1)
    sql_objects.create("hms_report_age_pyramid", 1)
    sql_objects.create("hms_report_top_diagnoses", 1)
    sql_objects.create("hms_report_revenue_by_category", 1)
    op.execute("DROP INDEX ix_appointment_seen")
    sql_objects.create("hms_report_appointment_volume", 1)
    sql_objects.create("hms_report_no_show_rate", 1)
    sql_objects.create("hms_report_lead_time", 1)
    sql_objects.create("hms_report_waiting_time", 1)
    op.execute("DROP TRIGGER summary_note_insert ON appointment")
    op.execute("DROP TRIGGER summary_note_update ON appointment")
    op.execute("DROP TRIGGER summary_note_delete ON appointment")
    sql_objects.drop("hms_report_summary_state")
    sql_objects.drop("hms_report_refresh_summary")
    sql_objects.drop("hms_appointment_summary_note")
    sql_objects.drop("hms_report_summary_days")
    sql_objects.drop("hms_report_day_ranges")
    op.execute("DROP TABLE appointment_summary_dirty, appointment_summary_state, appointment_month_lead_summary, "
               "appointment_day_summary")
    op.execute("RESET ROLE")
