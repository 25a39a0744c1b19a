"""The fee schedule as administrators edit it and plans' own prices (migrations 0016, 0020).

Rows are only ever inserted (no UPDATE or DELETE grant): a price change is a new row from a day. Core statements
naming just the columns a client supplies; the database sets ids, authors and times.
"""

# Only this module's column lists are put into SQL text; every value is a parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Row, text
from sqlalchemy.orm import Session

_FEE_COLUMNS = "id, code, name, category, price, tax_rate, effective_from, created_at, created_by"

# Per code: the row valid on :today (latest effective_from on or before it), or for a code whose first price
# starts later, that first row; with the next change after it, if one is already entered.
_CURRENT = f"""
WITH ranked AS (
    SELECT {_FEE_COLUMNS},
           row_number() OVER (PARTITION BY code ORDER BY effective_from <= :today DESC,
                              CASE WHEN effective_from <= :today THEN effective_from END DESC NULLS LAST,
                              effective_from) AS pick
      FROM fee_schedule)
SELECT r.id, r.code, r.name, r.category, r.price, r.tax_rate, r.effective_from,
       n.price AS next_price, n.effective_from AS next_from
  FROM ranked r
  LEFT JOIN LATERAL (SELECT f.price, f.effective_from FROM fee_schedule f
                      WHERE f.code = r.code AND f.effective_from > greatest(r.effective_from, :today)
                      ORDER BY f.effective_from LIMIT 1) n ON true
 WHERE r.pick = 1
"""


class FeeRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def _rows(self, sql: str, params: dict[str, Any]) -> Sequence[Row[Any]]:
        return self._session.execute(text(sql), params).all()

    def current(self, today: date, *, search: str = "", category: str | None = None) -> Sequence[Row[Any]]:
        """Each code's price today (see _CURRENT), filtered by a code/name fragment and a category."""
        sql = _CURRENT
        params: dict[str, Any] = {"today": today}
        if search:
            sql += " AND (r.code ILIKE :q OR r.name ILIKE :q)"
            params["q"] = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        if category:
            sql += " AND r.category = :cat"
            params["cat"] = category
        return self._rows(sql + " ORDER BY r.code", params)

    def history(self, code: str) -> Sequence[Row[Any]]:
        return self._rows(f"SELECT {_FEE_COLUMNS} FROM fee_schedule WHERE code = :c ORDER BY effective_from DESC",
                          {"c": code})

    def latest(self, code: str) -> Row[Any] | None:
        """The code's newest row (its name and category carry over to a new price)."""
        return self._session.execute(text(
            f"SELECT {_FEE_COLUMNS} FROM fee_schedule WHERE code = :c ORDER BY effective_from DESC LIMIT 1"),
            {"c": code}).one_or_none()

    def insert(self, *, code: str, name: str, category: str, price: Decimal, tax_rate: Decimal,
               effective_from: date) -> Row[Any]:
        return self._session.execute(text(
            "INSERT INTO fee_schedule (code, name, category, price, tax_rate, effective_from) "
            f"VALUES (:c, :n, :cat, :p, :r, :d) RETURNING {_FEE_COLUMNS}"),
            {"c": code, "n": name, "cat": category, "p": price, "r": tax_rate, "d": effective_from}).one()

    # --- plan prices ---

    def plan_prices(self, plan_id: int) -> Sequence[Row[Any]]:
        """Every override of a plan, by code and newest first, with the fee schedule's name of the code."""
        return self._rows(
            "SELECT pp.id, pp.plan_id, pp.fee_code, pp.price, pp.effective_from, pp.created_at, pp.created_by, "
            "(SELECT f.name FROM fee_schedule f WHERE f.code = pp.fee_code ORDER BY f.effective_from DESC LIMIT 1) "
            "AS fee_name FROM insurance_plan_price pp WHERE pp.plan_id = :p "
            "ORDER BY pp.fee_code, pp.effective_from DESC", {"p": plan_id})

    def insert_plan_price(self, *, plan_id: int, fee_code: str, price: Decimal, effective_from: date) -> int:
        return int(self._session.execute(text(
            "INSERT INTO insurance_plan_price (plan_id, fee_code, price, effective_from) "
            "VALUES (:p, :c, :price, :d) RETURNING id"),
            {"p": plan_id, "c": fee_code, "price": price, "d": effective_from}).scalar_one())
