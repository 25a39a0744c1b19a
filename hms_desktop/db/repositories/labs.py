"""Labs: the catalogue and its ranges, orders and their tests, results, the charges of an order, critical results
(migration 0014).

Core statements only, naming just the columns a client supplies: the database sets the ordering doctor, the
order's patient, times, the result's unit, range and flag (``hms_lab_order_defaults``, ``hms_lab_result_guard``),
charges through ``hms_charge_lab_order`` and acknowledges through ``hms_acknowledge_lab_result``.
"""

# Only this module's column lists and allow-listed statuses are put into SQL text; every value is a parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Row, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import BigInteger, Integer, String

_TEST_COLUMNS = "t.id, t.code, t.name, t.loinc_code, t.specimen, t.unit, t.result_kind, t.normal_text, t.fee_code"
# Everything a screen shows about one test of an order: who, what, how urgent, since when, by whom.
_ITEM_COLUMNS = (
    "i.id AS item_id, i.status AS item_status, o.id AS order_id, o.urgency, o.ordered_at, o.doctor_id, "
    "o.encounter_id, d.full_name AS doctor_name, o.patient_id, p.family_name, p.given_name, p.mrn, p.sex, "
    "p.birth_date, t.id AS test_id, t.code AS test_code, t.name AS test_name, t.unit, t.result_kind, "
    "t.normal_text")
_ITEM_FROM = ("lab_order_item i JOIN lab_order o ON o.id = i.lab_order_id JOIN lab_test t ON t.id = i.lab_test_id "
              "JOIN patient p ON p.id = o.patient_id JOIN staff d ON d.id = o.doctor_id")
_RESULT_COLUMNS = ("r.id AS result_id, r.value_numeric, r.value_text, r.unit AS result_unit, r.range_low, "
                   "r.range_high, r.critical_low, r.critical_high, r.flag, r.entered_at, r.entered_by, r.verified, "
                   "r.acknowledged_at, r.acknowledged_by")
_URGENCY_RANK = "CASE o.urgency WHEN 'stat' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END"

_INSERT_ITEMS = text(
    "INSERT INTO lab_order_item (lab_order_id, lab_test_id) SELECT :order_id, unnest(:tests) "
    "RETURNING id, lab_test_id").bindparams(bindparam("tests", type_=ARRAY(Integer)))
_TESTS_BY_CODE = text(f"SELECT {_TEST_COLUMNS}, t.active FROM lab_test t WHERE t.code = ANY(:codes)").bindparams(
    bindparam("codes", type_=ARRAY(String)))


class LabRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> Sequence[Row[Any]]:
        return self._session.execute(text(sql), params or {}).all()

    def _row(self, sql: str, params: dict[str, Any]) -> Row[Any] | None:
        return self._session.execute(text(sql), params).one_or_none()

    # --- catalogue ---

    def catalogue(self) -> Sequence[Row[Any]]:
        """Active tests by name."""
        return self._rows(f"SELECT {_TEST_COLUMNS} FROM lab_test t WHERE t.active ORDER BY t.name, t.code")

    def ranges(self) -> Sequence[Row[Any]]:
        """Every reference range, in the database's order of choice within a sex (by id)."""
        return self._rows("SELECT lab_test_id, sex, min_age_years, max_age_years, low, high, critical_low, "
                          "critical_high, note FROM lab_test_range ORDER BY lab_test_id, id")

    def tests_by_code(self, codes: Sequence[str]) -> Sequence[Row[Any]]:
        return self._session.execute(_TESTS_BY_CODE, {"codes": list(codes)}).all()

    # --- ordering ---

    def encounter_patient(self, encounter_id: int) -> int | None:
        found = self._row("SELECT patient_id FROM encounter WHERE id = :e", {"e": encounter_id})
        return int(found.patient_id) if found is not None else None

    def insert_order(self, encounter_id: int, urgency: str) -> Row[Any]:
        """The doctor, the patient (the encounter's), the time and the first status are the database's."""
        return self._session.execute(text(
            "INSERT INTO lab_order (encounter_id, urgency) VALUES (:e, :u) "
            "RETURNING id, patient_id, doctor_id, urgency, ordered_at, status"),
            {"e": encounter_id, "u": urgency}).one()

    def insert_items(self, order_id: int, test_ids: Sequence[int]) -> Sequence[Row[Any]]:
        return self._session.execute(_INSERT_ITEMS, {"order_id": order_id, "tests": list(test_ids)}).all()

    def charge_order(self, order_id: int) -> int:
        """``hms_charge_lab_order``: a charge per test with a fee code; how many were added."""
        return int(self._session.execute(text("SELECT hms_charge_lab_order(:o)"), {"o": order_id}).scalar_one())

    def charges_of_order(self, order_id: int) -> Sequence[Row[Any]]:
        """For the owner and tests (doctors may not read charges)."""
        return self._rows("SELECT c.id, c.fee_code, c.description, c.source_id FROM charge c "
                          "JOIN lab_order_item i ON i.id = c.source_id WHERE c.source_kind = 'lab_order' "
                          "AND i.lab_order_id = :o ORDER BY c.id", {"o": order_id})

    # --- worklist and results ---

    def pending_items(self, *, limit: int) -> Sequence[Row[Any]]:
        """Tests waiting for a result: STAT first, then urgent, then routine; oldest first within each."""
        return self._rows(f"SELECT {_ITEM_COLUMNS} FROM {_ITEM_FROM} WHERE i.status = 'ordered' "
                          f"ORDER BY {_URGENCY_RANK}, o.ordered_at, i.id LIMIT :limit", {"limit": limit})

    def resulted_items(self, *, since: datetime, limit: int) -> Sequence[Row[Any]]:
        """Results entered since a moment, newest first (the worklist's "Resulted" view)."""
        return self._rows(f"SELECT {_ITEM_COLUMNS}, {_RESULT_COLUMNS} FROM {_ITEM_FROM} "
                          "JOIN lab_result r ON r.lab_order_item_id = i.id WHERE r.entered_at >= :since "
                          "ORDER BY r.entered_at DESC, r.id DESC LIMIT :limit", {"since": since, "limit": limit})

    def item(self, item_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_ITEM_COLUMNS} FROM {_ITEM_FROM} WHERE i.id = :i", {"i": item_id})

    def insert_result(self, item_id: int, *, numeric: Decimal | None, value_text: str | None) -> int:
        """Unit, range, flag, author and time are set by the database, whatever the statement says."""
        return int(self._session.execute(text(
            "INSERT INTO lab_result (lab_order_item_id, value_numeric, value_text) VALUES (:i, :n, :t) RETURNING id"),
            {"i": item_id, "n": numeric, "t": value_text}).scalar_one())

    def result(self, result_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_ITEM_COLUMNS}, {_RESULT_COLUMNS} FROM {_ITEM_FROM} "
                         "JOIN lab_result r ON r.lab_order_item_id = i.id WHERE r.id = :r", {"r": result_id})

    def patient_results(self, patient_id: int, *, limit: int) -> Sequence[Row[Any]]:
        """A patient's results, newest first."""
        return self._rows(f"SELECT {_ITEM_COLUMNS}, {_RESULT_COLUMNS} FROM {_ITEM_FROM} "
                          "JOIN lab_result r ON r.lab_order_item_id = i.id WHERE o.patient_id = :p "
                          "ORDER BY r.entered_at DESC, r.id DESC LIMIT :limit", {"p": patient_id, "limit": limit})

    def unacknowledged_critical(self, doctor_id: int) -> Sequence[Row[Any]]:
        """Critical results of this doctor's orders that nobody has acknowledged yet, oldest first."""
        return self._rows(f"SELECT {_ITEM_COLUMNS}, {_RESULT_COLUMNS} FROM {_ITEM_FROM} "
                          "JOIN lab_result r ON r.lab_order_item_id = i.id "
                          "WHERE o.doctor_id = :d AND r.flag LIKE 'critical%' AND r.acknowledged_at IS NULL "
                          "ORDER BY r.entered_at, r.id", {"d": doctor_id})

    def acknowledge(self, result_id: int) -> datetime:
        """``hms_acknowledge_lab_result``: only the ordering doctor; a second call returns the first time."""
        at: datetime = self._session.execute(text("SELECT hms_acknowledge_lab_result(:r)"),
                                             {"r": result_id}).scalar_one()
        return at

    # --- bulk (benchmark data, the owner only) ---

    def insert_results_bulk(self, item_ids: Sequence[int], values: Sequence[Decimal],
                            entered_at: Sequence[datetime]) -> int:
        """Results for many items in one statement (the trigger still flags each)."""
        result = self._session.execute(text(
            "INSERT INTO lab_result (lab_order_item_id, value_numeric, entered_at) "
            "SELECT * FROM unnest(:items, :values, :at)").bindparams(
            bindparam("items", type_=ARRAY(BigInteger))), {"items": list(item_ids), "values": list(values),
                                                             "at": list(entered_at)})
        return int(getattr(result, "rowcount", 0) or 0)
