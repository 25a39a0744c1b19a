"""The chart: chart openings, encounters with their vitals, diagnoses and addenda, allergies, problems, and the
consultation charge (migration 0012).

Core statements only, naming just the columns a client supplies: the database sets ids, authors, times and
first states (``hms_database_sets_defaults``, ``hms_database_sets_author``), stamps a signature
(``hms_signed_encounter_guard``) and a confirmation (``hms_allergy_verification``), and refuses any change to
a signed encounter. Reception may INSERT an allergy but not read the table, so that insert returns nothing.
"""

# Only this module's column lists and allow-listed column names (ENCOUNTER_FIELDS, the VITAL_LIMITS keys, fixed
# lists) are put into SQL text here; every value is a bind parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, text
from sqlalchemy.orm import Session

from hms_desktop.domain.clinical import (
    ENCOUNTER_FIELDS,
    AllergyDraft,
    DiagnosisDraft,
    FamilyHistoryDraft,
    ProblemDraft,
    SocialHistoryDraft,
    VitalsDraft,
)

_ENCOUNTER_COLUMNS = ("id, patient_id, doctor_id, appointment_id, admission_id, kind, chief_complaint, history, "
                      "examination, assessment, plan, notes, status, version, created_at, updated_at, signed_at, "
                      "signed_by")
_VITAL_COLUMNS = ("id, encounter_id, measured_at, temperature_c, pulse_bpm, respiratory_rate, systolic_mmhg, "
                  "diastolic_mmhg, spo2_percent, weight_kg, height_cm, bmi")
_ALLERGY_COLUMNS = ("id, patient_id, substance, drug_class, reaction, severity, status, source, verification, "
                    "recorded_at, recorded_by, confirmed_at, confirmed_by, version")
_PROBLEM_COLUMNS = "id, patient_id, kind, icd10_code, description, onset, status, verification, created_at, version"
_FAMILY_COLUMNS = "id, patient_id, relation, icd10_code, description, recorded_at, recorded_by, version"
_SOCIAL_COLUMNS = ("id, patient_id, smoking, pack_years, alcohol_units_week, occupation, notes, recorded_at, "
                   "recorded_by, updated_at, updated_by, version")

# Today's care link: an appointment with this doctor on the hospital's day (not cancelled, declined or a
# no-show), or a stay under this doctor that is open or ended today.
_CARE_LINK = text("""
    SELECT EXISTS (SELECT 1 FROM appointment
                   WHERE patient_id = :patient AND doctor_id = :doctor AND starts_at < :day_end
                     AND ends_at > :day_start AND status NOT IN ('cancelled', 'declined', 'no_show'))
        OR EXISTS (SELECT 1 FROM admission
                   WHERE patient_id = :patient AND attending_doctor_id = :doctor AND admitted_at < :day_end
                     AND (discharged_at IS NULL OR discharged_at >= :day_start))
""")
_RECORD_ACCESS = text("INSERT INTO chart_access (patient_id, reason_kind, reason_text) VALUES (:p, :kind, :text)")
_ALLERGY_FLAG = text("SELECT state, severe FROM hms_allergy_flag(:p)")


class ConsultationRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def _rows(self, sql: str, params: Mapping[str, Any]) -> Sequence[Row[Any]]:
        return self._session.execute(text(sql), params).all()

    def _row(self, sql: str, params: Mapping[str, Any]) -> Row[Any] | None:
        return self._session.execute(text(sql), params).one_or_none()

    # --- chart access ---

    def has_care_link(self, patient_id: int, doctor_id: int, day_start: datetime, day_end: datetime) -> bool:
        return bool(self._session.execute(_CARE_LINK, {"patient": patient_id, "doctor": doctor_id,
                                                       "day_start": day_start, "day_end": day_end}).scalar_one())

    def record_access(self, patient_id: int, reason_kind: str, reason_text: str) -> None:
        """Who and when are the database's (``database_sets_author``, ``database_sets_defaults``)."""
        self._session.execute(_RECORD_ACCESS, {"p": patient_id, "kind": reason_kind, "text": reason_text})

    def accesses(self, patient_id: int) -> Sequence[Row[Any]]:
        """For administrators (and tests): the openings of one chart, newest first."""
        return self._rows("SELECT id, staff_id, actor, at, reason_kind, reason_text, break_glass FROM chart_access "
                          "WHERE patient_id = :p ORDER BY at DESC, id DESC", {"p": patient_id})

    # --- allergies ---

    def allergy_flag(self, patient_id: int) -> tuple[str, bool]:
        """``hms_allergy_flag``: any group may ask, without reading the chart."""
        row = self._session.execute(_ALLERGY_FLAG, {"p": patient_id}).one()
        return str(row.state), bool(row.severe)

    def allergies(self, patient_id: int) -> Sequence[Row[Any]]:
        return self._rows(f"SELECT {_ALLERGY_COLUMNS} FROM allergy WHERE patient_id = :p "
                          "ORDER BY status = 'active' DESC, severity = 'severe' DESC, recorded_at DESC",
                          {"p": patient_id})

    def has_none_known(self, patient_id: int) -> bool:
        found = self._row("SELECT 1 FROM allergy_none_known WHERE patient_id = :p LIMIT 1", {"p": patient_id})
        return found is not None

    def insert_allergy(self, patient_id: int, draft: AllergyDraft, *, verification: str | None,
                       returning: bool) -> int | None:
        """``verification`` None: not named (reception may not; the database writes "reported").
        ``returning`` False for logins that may not read the table."""
        columns = ["patient_id", "substance", "drug_class", "reaction", "severity", "status", "source"]
        params: dict[str, Any] = {"patient_id": patient_id, "substance": draft.substance,
                                  "drug_class": draft.drug_class, "reaction": draft.reaction,
                                  "severity": str(draft.severity), "status": str(draft.status), "source": draft.source}
        if verification is not None:
            columns.append("verification")
            params["verification"] = verification
        sql = (f"INSERT INTO allergy ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
               + (" RETURNING id" if returning else ""))
        result = self._session.execute(text(sql), params)
        return int(result.scalar_one()) if returning else None

    def confirm_allergy(self, allergy_id: int, expected_version: int) -> Row[Any] | None:
        """None when the row is gone or its version moved on."""
        return self._row(f"UPDATE allergy SET verification = 'confirmed', version = version + 1 "
                         f"WHERE id = :id AND version = :v RETURNING {_ALLERGY_COLUMNS}",
                         {"id": allergy_id, "v": expected_version})

    def allergy(self, allergy_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_ALLERGY_COLUMNS} FROM allergy WHERE id = :id", {"id": allergy_id})

    def update_allergy(self, allergy_id: int, draft: AllergyDraft, expected_version: int) -> Row[Any] | None:
        """The allergy's fields (never its verification: confirming is its own act). None when the row is gone
        or its version moved on."""
        return self._row(f"UPDATE allergy SET substance = :substance, drug_class = :drug_class, reaction = :reaction, "
                         f"severity = :severity, status = :status, source = :source, version = version + 1 "
                         f"WHERE id = :id AND version = :v RETURNING {_ALLERGY_COLUMNS}",
                         {"id": allergy_id, "v": expected_version, "substance": draft.substance,
                          "drug_class": draft.drug_class, "reaction": draft.reaction, "severity": str(draft.severity),
                          "status": str(draft.status), "source": draft.source})

    def record_none_known(self, patient_id: int) -> None:
        self._session.execute(text("INSERT INTO allergy_none_known (patient_id) VALUES (:p)"), {"p": patient_id})

    # --- problems ---

    def insert_problem(self, patient_id: int, draft: ProblemDraft) -> Row[Any]:
        return self._session.execute(text(
            "INSERT INTO problem (patient_id, kind, icd10_code, description, onset, status, verification) "
            f"VALUES (:p, :kind, :code, :description, :onset, :status, 'confirmed') RETURNING {_PROBLEM_COLUMNS}"),
            {"p": patient_id, "kind": str(draft.kind), "code": draft.icd10_code, "description": draft.description,
             "onset": draft.onset, "status": str(draft.status)}).one()

    def problem(self, problem_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_PROBLEM_COLUMNS} FROM problem WHERE id = :id", {"id": problem_id})

    def update_problem(self, problem_id: int, draft: ProblemDraft, expected_version: int) -> Row[Any] | None:
        """Description, date and status (resolving it); the kind and code stay as recorded (the GRANT says so):
        a wrong code is resolved and recorded again. None when the row is gone or its version moved on."""
        return self._row(f"UPDATE problem SET description = :description, onset = :onset, status = :status, "
                         f"version = version + 1 WHERE id = :id AND version = :v RETURNING {_PROBLEM_COLUMNS}",
                         {"id": problem_id, "v": expected_version, "description": draft.description,
                          "onset": draft.onset, "status": str(draft.status)})

    def problems(self, patient_id: int, *, active_only: bool) -> Sequence[Row[Any]]:
        where = " AND status = 'active'" if active_only else ""
        return self._rows(f"SELECT {_PROBLEM_COLUMNS} FROM problem WHERE patient_id = :p{where} "
                          "ORDER BY kind, onset DESC NULLS LAST, id DESC", {"p": patient_id})

    # --- family and social history (migration 0013) ---

    def family_history(self, patient_id: int) -> Sequence[Row[Any]]:
        return self._rows(f"SELECT {_FAMILY_COLUMNS} FROM problem_family_history WHERE patient_id = :p "
                          "ORDER BY relation, icd10_code, id", {"p": patient_id})

    def family_entry(self, entry_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_FAMILY_COLUMNS} FROM problem_family_history WHERE id = :id", {"id": entry_id})

    def insert_family_history(self, patient_id: int, draft: FamilyHistoryDraft) -> Row[Any]:
        return self._session.execute(text(
            "INSERT INTO problem_family_history (patient_id, relation, icd10_code, description) "
            f"VALUES (:p, :relation, :code, :description) RETURNING {_FAMILY_COLUMNS}"),
            {"p": patient_id, "relation": draft.relation, "code": draft.icd10_code,
             "description": draft.description}).one()

    def update_family_history(self, entry_id: int, draft: FamilyHistoryDraft,
                              expected_version: int) -> Row[Any] | None:
        return self._row("UPDATE problem_family_history SET relation = :relation, icd10_code = :code, "
                         "description = :description, version = version + 1 WHERE id = :id AND version = :v "
                         f"RETURNING {_FAMILY_COLUMNS}",
                         {"id": entry_id, "v": expected_version, "relation": draft.relation,
                          "code": draft.icd10_code, "description": draft.description})

    def social_history(self, patient_id: int) -> Row[Any] | None:
        """The newest row (a merged record may bring a second one)."""
        return self._row(f"SELECT {_SOCIAL_COLUMNS} FROM problem_social_history WHERE patient_id = :p "
                         "ORDER BY coalesce(updated_at, recorded_at) DESC, id DESC LIMIT 1", {"p": patient_id})

    def insert_social_history(self, patient_id: int, draft: SocialHistoryDraft) -> Row[Any]:
        return self._session.execute(text(
            "INSERT INTO problem_social_history (patient_id, smoking, pack_years, alcohol_units_week, occupation, "
            f"notes) VALUES (:p, :smoking, :packs, :alcohol, :occupation, :notes) RETURNING {_SOCIAL_COLUMNS}"),
            {"p": patient_id, **_social_params(draft)}).one()

    def update_social_history(self, row_id: int, draft: SocialHistoryDraft, expected_version: int) -> Row[Any] | None:
        return self._row("UPDATE problem_social_history SET smoking = :smoking, pack_years = :packs, "
                         "alcohol_units_week = :alcohol, occupation = :occupation, notes = :notes, "
                         f"version = version + 1 WHERE id = :id AND version = :v RETURNING {_SOCIAL_COLUMNS}",
                         {"id": row_id, "v": expected_version, **_social_params(draft)})

    # --- worklist and documents ---

    def inpatients_of(self, doctor_id: int) -> Sequence[Row[Any]]:
        """The doctor's patients in hospital now, with the bed of their open stay, longest admitted first."""
        return self._rows(
            "SELECT a.id AS admission_id, a.patient_id, a.admitted_at, p.mrn, p.family_name, p.given_name, "
            "w.name AS ward, r.name AS room, b.label AS bed FROM admission a JOIN patient p ON p.id = a.patient_id "
            "LEFT JOIN bed_stay s ON s.admission_id = a.id AND s.ends_at IS NULL "
            "LEFT JOIN bed b ON b.id = s.bed_id LEFT JOIN room r ON r.id = b.room_id "
            "LEFT JOIN ward w ON w.id = r.ward_id "
            "WHERE a.attending_doctor_id = :d AND a.discharged_at IS NULL ORDER BY a.admitted_at, a.id",
            {"d": doctor_id})

    def documents_of(self, patient_id: int) -> Sequence[Row[Any]]:
        """``hms_patient_documents``: the print log's rows for this patient, without reading the log."""
        return self._rows("SELECT id, at, document, actor, actor_name, is_copy FROM hms_patient_documents(:p)",
                          {"p": patient_id})

    # --- encounters ---

    def open_encounter_of_appointment(self, appointment_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_ENCOUNTER_COLUMNS} FROM encounter WHERE appointment_id = :a",
                         {"a": appointment_id})

    def insert_encounter(self, *, patient_id: int, kind: str, appointment_id: int | None,
                         admission_id: int | None) -> Row[Any]:
        """The doctor is the login (``database_sets_author``); the status starts as draft."""
        return self._session.execute(text(
            "INSERT INTO encounter (patient_id, kind, appointment_id, admission_id) "
            f"VALUES (:p, :kind, :appointment, :admission) RETURNING {_ENCOUNTER_COLUMNS}"),
            {"p": patient_id, "kind": kind, "appointment": appointment_id, "admission": admission_id}).one()

    def encounter(self, encounter_id: int, *, for_update: bool = False) -> Row[Any] | None:
        lock = " FOR UPDATE" if for_update else ""
        return self._row(f"SELECT {_ENCOUNTER_COLUMNS} FROM encounter WHERE id = :id{lock}", {"id": encounter_id})

    def encounter_people(self, encounter_id: int) -> Row[Any] | None:
        """Who an encounter is about and by: the patient's names and MRN, the doctor's and the signer's full
        names (the signer is stored as a login name; a login no longer in staff keeps that name)."""
        return self._row(
            "SELECT p.family_name, p.given_name, p.mrn, d.full_name AS doctor_name, "
            "coalesce(s.full_name, e.signed_by) AS signed_by_name FROM encounter e "
            "JOIN patient p ON p.id = e.patient_id JOIN staff d ON d.id = e.doctor_id "
            "LEFT JOIN staff s ON s.username = e.signed_by WHERE e.id = :id", {"id": encounter_id})

    def save_draft(self, encounter_id: int, fields: Mapping[str, str], expected_version: int) -> Row[Any] | None:
        """One statement: the fields (allow-listed names) if the encounter is still a draft at that version.
        None otherwise; the caller asks why."""
        names = [name for name in fields if name in ENCOUNTER_FIELDS]
        assignments = "".join(f"{name} = :{name}, " for name in names)
        return self._row(f"UPDATE encounter SET {assignments}version = version + 1 "
                         "WHERE id = :id AND version = :v AND status = 'draft' RETURNING id, version, updated_at",
                         {**{name: fields[name] for name in names}, "id": encounter_id, "v": expected_version})

    def sign(self, encounter_id: int, expected_version: int) -> Row[Any] | None:
        """The guard stamps signed_at and signed_by."""
        return self._row(f"UPDATE encounter SET status = 'signed', version = version + 1 "
                         f"WHERE id = :id AND version = :v AND status = 'draft' RETURNING {_ENCOUNTER_COLUMNS}",
                         {"id": encounter_id, "v": expected_version})

    def charge(self, encounter_id: int) -> int | None:
        """``hms_charge_encounter``: the consultation charge; None when the doctor's profile has no fee code."""
        found = self._session.execute(text("SELECT hms_charge_encounter(:id)"), {"id": encounter_id}).scalar_one()
        return None if found is None else int(found)

    def encounters_of(self, patient_id: int, *, limit: int, offset: int) -> Sequence[Row[Any]]:
        return self._rows(
            "SELECT e.id, e.kind, e.status, e.created_at, e.signed_at, e.chief_complaint, e.doctor_id, "
            "s.full_name AS doctor_name, "
            "(SELECT d.icd10_code FROM encounter_diagnosis d WHERE d.encounter_id = e.id AND d.is_primary) "
            "AS primary_code FROM encounter e JOIN staff s ON s.id = e.doctor_id WHERE e.patient_id = :p "
            "ORDER BY e.created_at DESC, e.id DESC LIMIT :limit OFFSET :offset",
            {"p": patient_id, "limit": limit, "offset": offset})

    def count_encounters(self, patient_id: int) -> int:
        return int(self._session.execute(text("SELECT count(*) FROM encounter WHERE patient_id = :p"),
                                         {"p": patient_id}).scalar_one())

    # --- vitals, diagnoses, addenda ---

    def insert_vitals(self, encounter_id: int, vitals: VitalsDraft, measured_at: datetime | None) -> Row[Any]:
        values: dict[str, object] = {name: value for name, value in vitals.values().items() if value is not None}
        if measured_at is not None:
            values["measured_at"] = measured_at
        columns = ["encounter_id", *values]
        return self._session.execute(text(
            f"INSERT INTO vital ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)}) "
            f"RETURNING {_VITAL_COLUMNS}"), {"encounter_id": encounter_id, **values}).one()

    def vitals_of(self, encounter_id: int) -> Sequence[Row[Any]]:
        return self._rows(f"SELECT {_VITAL_COLUMNS} FROM vital WHERE encounter_id = :e ORDER BY measured_at, id",
                          {"e": encounter_id})

    def last_vitals(self, patient_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {', '.join('v.' + c for c in _VITAL_COLUMNS.split(', '))} FROM vital v "
                         "JOIN encounter e ON e.id = v.encounter_id WHERE e.patient_id = :p "
                         "ORDER BY v.measured_at DESC, v.id DESC LIMIT 1", {"p": patient_id})

    def replace_diagnoses(self, encounter_id: int, diagnoses: Sequence[DiagnosisDraft]) -> None:
        self._session.execute(text("DELETE FROM encounter_diagnosis WHERE encounter_id = :e"), {"e": encounter_id})
        if diagnoses:
            self._session.execute(
                text("INSERT INTO encounter_diagnosis (encounter_id, icd10_code, is_primary) VALUES (:e, :c, :p)"),
                [{"e": encounter_id, "c": d.icd10_code, "p": d.primary} for d in diagnoses])

    def diagnoses_of(self, encounter_id: int) -> Sequence[Row[Any]]:
        return self._rows("SELECT icd10_code, is_primary FROM encounter_diagnosis WHERE encounter_id = :e "
                          "ORDER BY is_primary DESC, id", {"e": encounter_id})

    def add_addendum(self, encounter_id: int, body: str) -> Row[Any]:
        return self._session.execute(text(
            "INSERT INTO encounter_addendum (encounter_id, body) VALUES (:e, :b) "
            "RETURNING id, encounter_id, body, signed_at, signed_by, "
            "coalesce((SELECT s.full_name FROM staff s WHERE s.username = encounter_addendum.signed_by), signed_by) "
            "AS signed_by_name"), {"e": encounter_id, "b": body}).one()

    def addenda_of(self, encounter_id: int) -> Sequence[Row[Any]]:
        return self._rows("SELECT a.id, a.encounter_id, a.body, a.signed_at, a.signed_by, "
                          "coalesce(s.full_name, a.signed_by) AS signed_by_name FROM encounter_addendum a "
                          "LEFT JOIN staff s ON s.username = a.signed_by "
                          "WHERE a.encounter_id = :e ORDER BY a.signed_at, a.id", {"e": encounter_id})


def _social_params(draft: SocialHistoryDraft) -> dict[str, Any]:
    return {"smoking": draft.smoking, "packs": draft.pack_years, "alcohol": draft.alcohol_units_week,
            "occupation": draft.occupation, "notes": draft.notes}
