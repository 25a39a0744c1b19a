"""The long chart the consultation benchmarks open (issue 8, item 11): one patient with 700 signed encounters,
each with a primary diagnosis (half with a secondary one) and a set of vital signs, over about six years.

Written by the table owner in a few set-based statements (``INSERT … SELECT generate_series``), with the
tables' own triggers off for that transaction only: the signed-encounter guard would refuse diagnoses and
vitals under an encounter that is born signed, and an audit row per generated row would only slow the load
(one BULK_LOAD entry per table says what was loaded). Constraints (CHECKs, foreign keys, the vitals' limits)
still check every row. About 0.1 s for 700 encounters.

Other parts of the chart add their own loader to ``LOADERS``: a function taking the owner's connection and
the ``LongChart`` (its patient and doctor), called in the same transaction after the encounters. The lab
results (2,000 per the issue) are added there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, text

from hms_desktop.services.demo_labs import add_bench_lab_results

ENCOUNTERS = 700
LAB_RESULTS = 2000
# Primary diagnoses the generated encounters cycle through (WHO ICD-10 2019, valid categories).
CODES = ("I10", "E11.9", "J45.9", "J06.9", "N39.0", "M54.5", "E78.0", "K21.9", "M17.9", "J44.9")
# A consultation's notes are paragraphs, not words: the rows are as wide as real ones.
_NOTE = ("Seen with the patient and a relative. Symptoms as described in the referral, no change in the last "
         "fortnight; sleeping and eating normally. Medication reviewed and reconciled with the pharmacy record; "
         "adherence good by the patient's account. Examination unremarkable apart from the findings noted. "
         "Plan discussed and agreed, with written information and safety-net advice given. ")
_TRIGGERED = ("encounter", "encounter_diagnosis", "vital")


@dataclass(frozen=True, slots=True)
class LongChart:
    patient_id: int
    doctor_id: int
    doctor_username: str
    now: datetime


Loader = Callable[[Connection, LongChart], object]


def add_encounters(conn: Connection, chart: LongChart, count: int = ENCOUNTERS) -> int:
    """``count`` signed encounters with diagnoses and vitals, newest yesterday, one every three days or so."""
    params = {"p": chart.patient_id, "d": chart.doctor_id, "u": chart.doctor_username, "now": chart.now,
              "n": count, "codes": list(CODES), "note": _NOTE}
    conn.execute(text("""
        INSERT INTO encounter (patient_id, doctor_id, kind, chief_complaint, history, examination, assessment,
                               plan, notes, status, version, created_at, created_by, updated_at, updated_by,
                               signed_at, signed_by)
        SELECT :p, :d, 'walk_in', 'Review ' || n, :note, :note, :note, :note, '', 'signed', 3,
               at, :u, at + interval '20 minutes', :u, at + interval '20 minutes', :u
        FROM generate_series(1, :n) AS n,
             LATERAL (SELECT CAST(:now AS timestamptz) - n * interval '3 days 2 hours') AS t(at)
    """), params)
    conn.execute(text("""
        INSERT INTO encounter_diagnosis (encounter_id, icd10_code, is_primary, created_at, created_by)
        SELECT e.id, (CAST(:codes AS text[]))[1 + e.id % 10], true, e.signed_at, :u
        FROM encounter e WHERE e.patient_id = :p
        UNION ALL
        SELECT e.id, (CAST(:codes AS text[]))[1 + (e.id + 3) % 10], false, e.signed_at, :u
        FROM encounter e WHERE e.patient_id = :p AND e.id % 2 = 0
    """), params)
    conn.execute(text("""
        INSERT INTO vital (encounter_id, measured_at, temperature_c, pulse_bpm, respiratory_rate, systolic_mmhg,
                           diastolic_mmhg, spo2_percent, weight_kg, height_cm, created_at, created_by)
        SELECT e.id, e.created_at + interval '3 minutes', 36.4 + (e.id % 8) / 10.0, 60 + e.id % 40, 14 + e.id % 5,
               118 + e.id % 50, 70 + e.id % 30, 95 + e.id % 5, 70 + (e.id % 20) / 2.0, 172, e.created_at, :u
        FROM encounter e WHERE e.patient_id = :p
    """), params)
    return count


def add_lab_results(conn: Connection, chart: LongChart) -> int:
    """2,000 lab results over ten years (services/demo_labs.py; the result trigger still flags each one)."""
    return add_bench_lab_results(conn, patient_id=chart.patient_id, doctor_id=chart.doctor_id, count=LAB_RESULTS,
                                 now=chart.now)


LOADERS: tuple[Loader, ...] = (add_encounters, add_lab_results)


def add_long_chart(conn: Connection, chart: LongChart, loaders: Sequence[Loader] = LOADERS) -> None:
    """Run every loader in the caller's transaction with the clinical tables' row triggers off, then put them
    back and write one audit entry per table."""
    for table in _TRIGGERED:
        conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
    for load in loaders:
        load(conn, chart)
    for table in _TRIGGERED:
        conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))
        conn.execute(text("SELECT hms_audit_append(:t, NULL, 'BULK_LOAD', NULL, "
                          "jsonb_build_object('patient', CAST(:p AS bigint), 'source', 'chart benchmark'))"),
                     {"t": table, "p": chart.patient_id})
    conn.execute(text("ANALYZE encounter, encounter_diagnosis, vital"))
