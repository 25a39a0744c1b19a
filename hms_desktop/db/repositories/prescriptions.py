"""Prescriptions, their lines and overrides, the medication list, and the charges of an issued prescription
(migration 0015).

Core statements naming only the columns a client supplies: the database sets the number
(``hms_prescription_number``), the prescriber, authors and times, stamps the issue (``hms_prescription_guard``)
and a stop (``hms_medication_guard``), and refuses any change to an issued prescription.
"""

# Only this module's fixed column lists and the fixed "active only" condition are put into SQL text here;
# every value is a bind parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, text
from sqlalchemy.orm import Session

_PRESCRIPTION_COLUMNS = ("p.id, p.number, p.patient_id, p.encounter_id, p.prescriber_id, p.status, p.issued_at, "
                         "p.issued_by, p.kb_version, p.checks_off, p.notes, p.renewed_from_id, p.created_at, "
                         "s.full_name AS prescriber_name, dp.registration_number")
_PRESCRIPTION_FROM = ("prescription p LEFT JOIN staff s ON s.id = p.prescriber_id "
                      "LEFT JOIN doctor_profile dp ON dp.staff_id = p.prescriber_id")
_LINE_COLUMNS = ("id, prescription_id, line_number, drug_id, drug_name, strength, form, atc, dose, unit, route, "
                 "frequency, duration_days, quantity, quantity_unit, instructions")
_MEDICATION_COLUMNS = ("m.id, m.patient_id, m.source, m.prescription_line_id, m.drug_id, m.drug_name, m.atc, "
                       "m.details, m.started_on, m.prescribed_elsewhere_by, m.status, m.stop_reason, m.stopped_at, "
                       "m.stopped_by, m.created_at, m.created_by, m.version, p.number AS prescription_number, "
                       "p.id AS prescription_id, coalesce(cs.full_name, m.created_by) AS created_by_name, "
                       "coalesce(ss.full_name, m.stopped_by) AS stopped_by_name")
_MEDICATION_FROM = ("prescription_medication m LEFT JOIN prescription_line l ON l.id = m.prescription_line_id "
                    "LEFT JOIN prescription p ON p.id = l.prescription_id "
                    "LEFT JOIN staff cs ON cs.username = m.created_by LEFT JOIN staff ss ON ss.username = m.stopped_by")


class PrescriptionRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def _rows(self, sql: str, params: Mapping[str, Any]) -> Sequence[Row[Any]]:
        return self._session.execute(text(sql), params).all()

    def _row(self, sql: str, params: Mapping[str, Any]) -> Row[Any] | None:
        return self._session.execute(text(sql), params).one_or_none()

    # --- prescriptions ---

    def insert_draft(self, *, patient_id: int, encounter_id: int, kb_version: str | None, checks_off: bool,
                     notes: str, renewed_from_id: int | None) -> int:
        """The number, prescriber and first status (draft) are the database's."""
        return int(self._session.execute(text(
            "INSERT INTO prescription (patient_id, encounter_id, kb_version, checks_off, notes, renewed_from_id) "
            "VALUES (:p, :e, :kb, :off, :notes, :renewed) RETURNING id"),
            {"p": patient_id, "e": encounter_id, "kb": kb_version, "off": checks_off, "notes": notes,
             "renewed": renewed_from_id}).scalar_one())

    def insert_lines(self, prescription_id: int, lines: Sequence[Mapping[str, Any]]) -> list[int]:
        """Line ids in the order given."""
        ids: list[int] = []
        for line in lines:
            ids.append(int(self._session.execute(text(
                "INSERT INTO prescription_line (prescription_id, line_number, drug_id, drug_name, strength, form, "
                "atc, dose, unit, route, frequency, duration_days, quantity, quantity_unit, instructions) VALUES "
                "(:rx, :line_number, :drug_id, :drug_name, :strength, :form, :atc, :dose, :unit, :route, "
                ":frequency, :duration_days, :quantity, :quantity_unit, :instructions) RETURNING id"),
                {"rx": prescription_id, **line}).scalar_one()))
        return ids

    def insert_overrides(self, prescription_id: int, overrides: Sequence[Mapping[str, Any]]) -> None:
        if overrides:
            self._session.execute(text(
                "INSERT INTO prescription_override (prescription_id, alert_kind, severity, alert_key, drugs, "
                "allergy, reason, kb_version) VALUES (:rx, :alert_kind, :severity, :alert_key, :drugs, :allergy, "
                ":reason, :kb_version)"), [{"rx": prescription_id, **o} for o in overrides])

    def issue(self, prescription_id: int) -> None:
        """draft -> issued; the guard stamps who and when, and refuses a prescription without lines."""
        self._session.execute(text("UPDATE prescription SET status = 'issued', version = version + 1 "
                                   "WHERE id = :id AND status = 'draft'"), {"id": prescription_id})

    def charge(self, prescription_id: int) -> int:
        """``hms_charge_prescription``: one charge per line; returns how many the prescription has."""
        return int(self._session.execute(text("SELECT hms_charge_prescription(:id)"),
                                         {"id": prescription_id}).scalar_one())

    def prescription(self, prescription_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_PRESCRIPTION_COLUMNS} FROM {_PRESCRIPTION_FROM} WHERE p.id = :id",
                         {"id": prescription_id})

    def lines_of(self, prescription_ids: Sequence[int]) -> Sequence[Row[Any]]:
        if not prescription_ids:
            return []
        return self._rows(f"SELECT {_LINE_COLUMNS} FROM prescription_line WHERE prescription_id = ANY(:ids) "
                          "ORDER BY prescription_id, line_number", {"ids": list(prescription_ids)})

    def lines(self, line_ids: Sequence[int]) -> Sequence[Row[Any]]:
        return self._rows(f"SELECT {_LINE_COLUMNS} FROM prescription_line WHERE id = ANY(:ids) "
                          "ORDER BY prescription_id, line_number", {"ids": list(line_ids)})

    def overrides_of(self, prescription_id: int) -> Sequence[Row[Any]]:
        return self._rows("SELECT id, alert_kind, severity, alert_key, drugs, allergy, reason, kb_version, "
                          "created_at, created_by FROM prescription_override WHERE prescription_id = :id ORDER BY id",
                          {"id": prescription_id})

    def prescriptions_of(self, patient_id: int, *, limit: int = 200) -> Sequence[Row[Any]]:
        """Issued prescriptions of a patient, newest first, with their line count and drugs."""
        return self._rows(
            f"SELECT {_PRESCRIPTION_COLUMNS}, "
            "(SELECT count(*) FROM prescription_line l WHERE l.prescription_id = p.id) AS line_count, "
            "(SELECT string_agg(l.drug_name || ' ' || l.strength, ', ' ORDER BY l.line_number) "
            " FROM prescription_line l WHERE l.prescription_id = p.id) AS drugs "
            f"FROM {_PRESCRIPTION_FROM} WHERE p.patient_id = :p AND p.status = 'issued' "
            "ORDER BY p.issued_at DESC, p.id DESC LIMIT :limit", {"p": patient_id, "limit": limit})

    # --- the medication list ---

    def insert_medication(self, *, patient_id: int, source: str, prescription_line_id: int | None,
                          drug_id: str | None, drug_name: str, atc: str | None, details: str, started_on: date,
                          prescribed_elsewhere_by: str = "") -> int:
        return int(self._session.execute(text(
            "INSERT INTO prescription_medication (patient_id, source, prescription_line_id, drug_id, drug_name, "
            "atc, details, started_on, prescribed_elsewhere_by) VALUES (:p, :source, :line, :drug_id, :name, :atc, "
            ":details, :started, :elsewhere) RETURNING id"),
            {"p": patient_id, "source": source, "line": prescription_line_id, "drug_id": drug_id, "name": drug_name,
             "atc": atc, "details": details, "started": started_on, "elsewhere": prescribed_elsewhere_by}
        ).scalar_one())

    def stop_medication(self, medication_id: int, reason: str) -> Row[Any] | None:
        """None when the row is gone or already stopped. The guard stamps who and when."""
        return self._row("UPDATE prescription_medication SET status = 'stopped', stop_reason = :reason, "
                         "version = version + 1 WHERE id = :id AND status = 'active' RETURNING id",
                         {"id": medication_id, "reason": reason})

    def medication(self, medication_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_MEDICATION_COLUMNS} FROM {_MEDICATION_FROM} WHERE m.id = :id",
                         {"id": medication_id})

    def medications_of(self, patient_id: int, *, active_only: bool) -> Sequence[Row[Any]]:
        where = " AND m.status = 'active'" if active_only else ""
        return self._rows(f"SELECT {_MEDICATION_COLUMNS} FROM {_MEDICATION_FROM} WHERE m.patient_id = :p{where} "
                          "ORDER BY m.status, m.started_on DESC, m.id DESC", {"p": patient_id})

    def current_medication_names(self, patient_id: int) -> list[str]:
        """What the chart banner lists: active medications, newest first."""
        return list(self._session.execute(text(
            "SELECT drug_name FROM prescription_medication WHERE patient_id = :p AND status = 'active' "
            "ORDER BY started_on DESC, id DESC"), {"p": patient_id}).scalars())
