"""Insurance: payers, plans with their coverage and exclusions, and patients' policies (migration 0017).

Core statements only, naming just the columns a client supplies (the database sets ids, authors, times and
the first version). Updates of versioned rows say ``WHERE version = :v`` and return nothing when someone
else saved first: the service turns that into a conflict.
"""

# Only this module's column lists are put into SQL text; every value is a parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Row, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import Integer

_PAYER_COLUMNS = "id, code, name, contact, active, version"
_PLAN_COLUMNS = ("pl.id, pl.payer_id, py.name AS payer_name, py.code AS payer_code, pl.name, pl.copay_per_invoice, "
                 "pl.annual_limit, pl.active, py.active AS payer_active, pl.version")
_IDS = bindparam("ids", type_=ARRAY(Integer))
_PLAN_FROM = "insurance_plan pl JOIN insurance_payer py ON py.id = pl.payer_id"
_POLICY_COLUMNS = ("po.id, po.patient_id, po.plan_id, pl.name AS plan_name, py.id AS payer_id, py.name AS payer_name, "
                   "po.patient_insurance_id, po.member_number, po.valid_from, po.valid_to, po.version, "
                   "pl.active AND py.active AS plan_active")
_POLICY_FROM = ("patient_policy po JOIN insurance_plan pl ON pl.id = po.plan_id "
                "JOIN insurance_payer py ON py.id = pl.payer_id")


class InsuranceRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> Sequence[Row[Any]]:
        return self._session.execute(text(sql), params or {}).all()

    def _row(self, sql: str, params: dict[str, Any]) -> Row[Any] | None:
        return self._session.execute(text(sql), params).one_or_none()

    # --- payers ---

    def payers(self, *, active_only: bool = False) -> Sequence[Row[Any]]:
        where = "WHERE active" if active_only else ""
        return self._rows(f"SELECT {_PAYER_COLUMNS} FROM insurance_payer {where} ORDER BY name, code")

    def payer(self, payer_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_PAYER_COLUMNS} FROM insurance_payer WHERE id = :id", {"id": payer_id})

    def insert_payer(self, *, code: str, name: str, contact: str, active: bool) -> Row[Any]:
        row = self._row(f"INSERT INTO insurance_payer (code, name, contact, active) "
                        f"VALUES (:code, :name, :contact, :active) RETURNING {_PAYER_COLUMNS}",
                        {"code": code, "name": name, "contact": contact, "active": active})
        assert row is not None
        return row

    def update_payer(self, payer_id: int, version: int, *, code: str, name: str, contact: str,
                     active: bool) -> Row[Any] | None:
        return self._row(f"UPDATE insurance_payer SET code = :code, name = :name, contact = :contact, "
                         f"active = :active, version = version + 1 WHERE id = :id AND version = :v "
                         f"RETURNING {_PAYER_COLUMNS}",
                         {"id": payer_id, "v": version, "code": code, "name": name, "contact": contact,
                          "active": active})

    # --- plans ---

    def plans(self, *, payer_id: int | None = None, active_only: bool = False) -> Sequence[Row[Any]]:
        conditions = ["(CAST(:payer AS integer) IS NULL OR pl.payer_id = :payer)"]
        if active_only:
            conditions.append("pl.active AND py.active")
        return self._rows(f"SELECT {_PLAN_COLUMNS} FROM {_PLAN_FROM} WHERE {' AND '.join(conditions)} "
                          "ORDER BY py.name, pl.name", {"payer": payer_id})

    def plan(self, plan_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_PLAN_COLUMNS} FROM {_PLAN_FROM} WHERE pl.id = :id", {"id": plan_id})

    def coverage(self, plan_ids: Sequence[int]) -> Sequence[Row[Any]]:
        return self._session.execute(text(
            "SELECT plan_id, category, percent, preauth_required FROM insurance_plan_coverage "
            "WHERE plan_id = ANY(:ids) ORDER BY plan_id, category").bindparams(_IDS), {"ids": list(plan_ids)}).all()

    def exclusions(self, plan_ids: Sequence[int]) -> Sequence[Row[Any]]:
        return self._session.execute(text(
            "SELECT plan_id, fee_code FROM insurance_plan_exclusion WHERE plan_id = ANY(:ids) "
            "ORDER BY plan_id, fee_code").bindparams(_IDS), {"ids": list(plan_ids)}).all()

    def insert_plan(self, *, payer_id: int, name: str, copay_per_invoice: Decimal, annual_limit: Decimal | None,
                    active: bool) -> int:
        return int(self._session.execute(text(
            "INSERT INTO insurance_plan (payer_id, name, copay_per_invoice, annual_limit, active) "
            "VALUES (:payer, :name, :copay, :limit, :active) RETURNING id"),
            {"payer": payer_id, "name": name, "copay": copay_per_invoice, "limit": annual_limit,
             "active": active}).scalar_one())

    def update_plan(self, plan_id: int, version: int, *, payer_id: int, name: str, copay_per_invoice: Decimal,
                    annual_limit: Decimal | None, active: bool) -> bool:
        found = self._session.execute(text(
            "UPDATE insurance_plan SET payer_id = :payer, name = :name, copay_per_invoice = :copay, "
            "annual_limit = :limit, active = :active, version = version + 1 WHERE id = :id AND version = :v "
            "RETURNING id"),
            {"id": plan_id, "v": version, "payer": payer_id, "name": name, "copay": copay_per_invoice,
             "limit": annual_limit, "active": active}).one_or_none()
        return found is not None

    def replace_rules(self, plan_id: int, coverage: Iterable[tuple[str, Decimal, bool]],
                      excluded_fee_codes: Iterable[str]) -> None:
        """The plan's coverage and exclusions become exactly these (the plan's version guards the edit)."""
        params = {"plan": plan_id}
        self._session.execute(text("DELETE FROM insurance_plan_coverage WHERE plan_id = :plan"), params)
        self._session.execute(text("DELETE FROM insurance_plan_exclusion WHERE plan_id = :plan"), params)
        rows = [{"plan": plan_id, "category": c, "percent": p, "preauth": a} for c, p, a in coverage]
        if rows:
            self._session.execute(text(
                "INSERT INTO insurance_plan_coverage (plan_id, category, percent, preauth_required) "
                "VALUES (:plan, :category, :percent, :preauth)"), rows)
        codes = [{"plan": plan_id, "code": code} for code in excluded_fee_codes]
        if codes:
            self._session.execute(text(
                "INSERT INTO insurance_plan_exclusion (plan_id, fee_code) VALUES (:plan, :code)"), codes)

    # --- patient policies ---

    def policies(self, patient_id: int) -> Sequence[Row[Any]]:
        return self._rows(f"SELECT {_POLICY_COLUMNS} FROM {_POLICY_FROM} WHERE po.patient_id = :p "
                          "ORDER BY po.valid_from DESC, po.id DESC", {"p": patient_id})

    def policy(self, policy_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {_POLICY_COLUMNS} FROM {_POLICY_FROM} WHERE po.id = :id", {"id": policy_id})

    def active_policy(self, patient_id: int, on: date) -> Row[Any] | None:
        """The policy valid on ``on`` (both ends inclusive) of an active plan and payer; of several, the one
        that started last (a new card replaces an older one still open-ended)."""
        return self._row(
            f"SELECT {_POLICY_COLUMNS} FROM {_POLICY_FROM} WHERE po.patient_id = :p AND po.valid_from <= :on "
            "AND (po.valid_to IS NULL OR po.valid_to >= :on) AND pl.active AND py.active "
            "ORDER BY po.valid_from DESC, po.id DESC LIMIT 1", {"p": patient_id, "on": on})

    def insert_policy(self, *, patient_id: int, plan_id: int, member_number: str, valid_from: date,
                      valid_to: date | None, patient_insurance_id: int | None) -> int:
        return int(self._session.execute(text(
            "INSERT INTO patient_policy (patient_id, plan_id, patient_insurance_id, member_number, valid_from, "
            "valid_to) VALUES (:patient, :plan, :ref, :member, :from_, :to) RETURNING id"),
            {"patient": patient_id, "plan": plan_id, "ref": patient_insurance_id, "member": member_number,
             "from_": valid_from, "to": valid_to}).scalar_one())

    def update_policy(self, policy_id: int, version: int, *, plan_id: int, member_number: str, valid_from: date,
                      valid_to: date | None, patient_insurance_id: int | None) -> bool:
        found = self._session.execute(text(
            "UPDATE patient_policy SET plan_id = :plan, patient_insurance_id = :ref, member_number = :member, "
            "valid_from = :from_, valid_to = :to, version = version + 1 WHERE id = :id AND version = :v "
            "RETURNING id"),
            {"id": policy_id, "v": version, "plan": plan_id, "ref": patient_insurance_id, "member": member_number,
             "from_": valid_from, "to": valid_to}).one_or_none()
        return found is not None

    def policy_patient(self, policy_id: int) -> int | None:
        found = self._session.execute(text("SELECT patient_id FROM patient_policy WHERE id = :id"),
                                      {"id": policy_id}).scalar_one_or_none()
        return None if found is None else int(found)
