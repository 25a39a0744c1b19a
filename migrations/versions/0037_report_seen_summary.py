"""Age pyramid and top diagnoses at hospital scale (issue 12): who was seen and what was diagnosed, per month.

Both reports count distinct patients over a range: a per-day count cannot be summed, and reading a year of
visits (three million at the benchmark's scale) to hash them into patients took about 2 s. So the nightly
refresh also keeps, for each complete month:

* ``patient_year_seen`` (year, patient_id, months): one row per patient and year, bit m-1 of ``months`` set when
  the patient had an attended appointment (completed, checked in, in consultation) in month m, the hospital's
  month. A year is read as its patients, already distinct.
* ``diagnosis_year_seen`` (year, icd10_code, patient_id, months): the same per code; ``diagnosis_month_count``
  (month, icd10_code, encounters): the encounters per month and code.
* ``diagnosis_summary_dirty`` (day): the days whose encounters' diagnoses changed since (statement triggers
  ``diagnosis_note_*`` on encounter and encounter_diagnosis, ``hms_diagnosis_summary_note``), as
  ``appointment_summary_dirty`` does for appointments.

``hms_report_refresh_summary`` version 2 redoes the months of the days it summarises (and of the days noted for
diagnoses). ``hms_report_age_pyramid`` version 3 and ``hms_report_top_diagnoses`` version 3 read the whole
months of their range whose days are all summarised and unchanged (``hms_report_whole_months`` over
``hms_report_summary_days`` / ``hms_report_diagnosis_days``) from these tables, every other day live, so they
are exact whatever the summary's age. Top diagnoses with a department, doctor or specialty filter reads the
encounters as before. Nobody but the owner reads or writes the new tables (no GRANTs): derived, unaudited.

New SQLSTATE: none.

Revision ID: 0037_report_seen_summary
Revises: 0036_report_balances
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0037_report_seen_summary"
down_revision: str | None = "0036_report_balances"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES_SQL = """
CREATE TABLE patient_year_seen (
    year smallint NOT NULL,
    patient_id bigint NOT NULL,
    months integer NOT NULL,
    CONSTRAINT pk_patient_year_seen PRIMARY KEY (year, patient_id)
);
CREATE TABLE diagnosis_year_seen (
    year smallint NOT NULL,
    icd10_code varchar(7) NOT NULL,
    patient_id bigint NOT NULL,
    months integer NOT NULL,
    CONSTRAINT pk_diagnosis_year_seen PRIMARY KEY (year, icd10_code, patient_id)
);
CREATE TABLE diagnosis_month_count (
    month date NOT NULL,
    icd10_code varchar(7) NOT NULL,
    encounters integer NOT NULL,
    CONSTRAINT pk_diagnosis_month_count PRIMARY KEY (month, icd10_code)
);
CREATE TABLE diagnosis_summary_dirty (day date NOT NULL);
CREATE INDEX ix_diagnosis_summary_dirty_day ON diagnosis_summary_dirty (day);
REVOKE ALL ON patient_year_seen, diagnosis_year_seen, diagnosis_month_count, diagnosis_summary_dirty FROM PUBLIC;
-- The state row says the summary is complete up to its watermark: mark every day unsummarised, so the next
-- refresh counts everything again (these tables included) instead of trusting months it never filled.
UPDATE appointment_summary_state SET summarised_before = NULL;
"""

TRIGGERS_SQL = """
CREATE TRIGGER diagnosis_note_insert AFTER INSERT ON encounter_diagnosis REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hms_diagnosis_summary_note();
CREATE TRIGGER diagnosis_note_update AFTER UPDATE ON encounter_diagnosis REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hms_diagnosis_summary_note();
CREATE TRIGGER diagnosis_note_delete AFTER DELETE ON encounter_diagnosis REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hms_diagnosis_summary_note();
CREATE TRIGGER diagnosis_note_encounter_update AFTER UPDATE ON encounter REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hms_diagnosis_summary_note();
CREATE TRIGGER diagnosis_note_encounter_delete AFTER DELETE ON encounter REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION hms_diagnosis_summary_note();
"""

INTERNAL = ("hms_diagnosis_summary_note()", "hms_report_diagnosis_days(date, date, text)",
            "hms_report_whole_months(date[])")


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute(TABLES_SQL)
    sql_objects.create("hms_diagnosis_summary_note", 1)
    sql_objects.create("hms_report_diagnosis_days", 1)
    sql_objects.create("hms_report_whole_months", 1)
    for function in INTERNAL:
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    op.execute(TRIGGERS_SQL)
    sql_objects.create("hms_report_refresh_summary", 2)
    sql_objects.create("hms_report_age_pyramid", 3)
    sql_objects.create("hms_report_top_diagnoses", 3)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.create("hms_report_top_diagnoses", 2)
    sql_objects.create("hms_report_age_pyramid", 2)
    sql_objects.create("hms_report_refresh_summary", 1)
    for trigger, table in (("diagnosis_note_insert", "encounter_diagnosis"),
                           ("diagnosis_note_update", "encounter_diagnosis"),
                           ("diagnosis_note_delete", "encounter_diagnosis"),
                           ("diagnosis_note_encounter_update", "encounter"),
                           ("diagnosis_note_encounter_delete", "encounter")):
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    sql_objects.drop("hms_report_whole_months")
    sql_objects.drop("hms_report_diagnosis_days")
    sql_objects.drop("hms_diagnosis_summary_note")
    op.execute("DROP TABLE diagnosis_summary_dirty, diagnosis_month_count, diagnosis_year_seen, patient_year_seen")
    op.execute("RESET ROLE")
