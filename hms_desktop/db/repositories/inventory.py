"""Pharmacy and stores inventory (migration 0027). Items and locations are written with Core statements naming
only the columns a client supplies; levels and movements change only through the database's functions
(``hms_stock_receive``, ``hms_stock_transfer``, ``hms_stock_adjust``, ``hms_stock_dispense``), which write the
movement beside the level."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Row, text
from sqlalchemy.orm import Session

_ITEM_COLUMNS = "id, kind, drug_id, name, unit, pack_size, reorder_level, fee_code, active, version, updated_by"
_LOCATION_COLUMNS = ("l.id, l.name, l.kind, l.ward_id, w.name AS ward_name, l.active, l.version, "
                     "l.updated_by")
# The hospital's today as the database's functions see it (hms_stock_dispense skips batches expired before it).
_DB_TODAY = ("(now() AT TIME ZONE coalesce((SELECT value #>> '{}' FROM hospital_setting "
             "WHERE key = 'time_zone'), 'UTC'))::date")


def _like(fragment: str) -> str:
    return "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class InventoryRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> Sequence[Row[Any]]:
        return self._session.execute(text(sql), params or {}).all()

    # --- items and locations ---

    def items(self, *, include_retired: bool) -> Sequence[Row[Any]]:
        where = "" if include_retired else " WHERE active"
        return self._rows(f"SELECT {_ITEM_COLUMNS} FROM stock_item{where} ORDER BY lower(name)")  # noqa: S608

    def item(self, item_id: int) -> Row[Any] | None:
        return self._session.execute(text(f"SELECT {_ITEM_COLUMNS} FROM stock_item WHERE id = :i"),  # noqa: S608
                                     {"i": item_id}).one_or_none()

    def item_named(self, name: str) -> int | None:
        return self._session.execute(text("SELECT id FROM stock_item WHERE lower(name) = lower(:n)"),
                                     {"n": name}).scalar()

    def item_for_drug(self, drug_id: str) -> int | None:
        return self._session.execute(text("SELECT id FROM stock_item WHERE drug_id = :d"), {"d": drug_id}).scalar()

    def insert_item(self, values: dict[str, Any]) -> int:
        return int(self._session.execute(text(
            "INSERT INTO stock_item (kind, drug_id, name, unit, pack_size, reorder_level, fee_code) "
            "VALUES (:kind, :drug_id, :name, :unit, :pack_size, :reorder_level, :fee_code) RETURNING id"),
            values).scalar_one())

    def update_item(self, item_id: int, expected_version: int, values: dict[str, Any]) -> bool:
        """False when the row is gone or its version moved (someone saved in between)."""
        result = self._session.execute(text(
            "UPDATE stock_item SET kind = :kind, drug_id = :drug_id, name = :name, unit = :unit, "
            "pack_size = :pack_size, reorder_level = :reorder_level, fee_code = :fee_code, version = version + 1 "
            "WHERE id = :id AND version = :v"), {**values, "id": item_id, "v": expected_version})
        return int(getattr(result, "rowcount", 0) or 0) == 1

    def set_item_active(self, item_id: int, expected_version: int, active: bool) -> bool:
        result = self._session.execute(text(
            "UPDATE stock_item SET active = :a, version = version + 1 WHERE id = :id AND version = :v"),
            {"a": active, "id": item_id, "v": expected_version})
        return int(getattr(result, "rowcount", 0) or 0) == 1

    def locations(self, *, include_closed: bool = False) -> Sequence[Row[Any]]:
        where = "" if include_closed else " WHERE l.active"
        return self._rows(f"SELECT {_LOCATION_COLUMNS} FROM stock_location l "  # noqa: S608
                          f"LEFT JOIN ward w ON w.id = l.ward_id{where} "
                          "ORDER BY l.kind <> 'pharmacy', lower(l.name)")

    def insert_location(self, name: str, kind: str, ward_id: int | None) -> int:
        return int(self._session.execute(text(
            "INSERT INTO stock_location (name, kind, ward_id) VALUES (:n, :k, :w) RETURNING id"),
            {"n": name, "k": kind, "w": ward_id}).scalar_one())

    def location(self, location_id: int) -> Row[Any] | None:
        return self._session.execute(text(f"SELECT {_LOCATION_COLUMNS} FROM stock_location l "  # noqa: S608
                                          "LEFT JOIN ward w ON w.id = l.ward_id WHERE l.id = :i"),
                                     {"i": location_id}).one_or_none()

    def location_named(self, name: str) -> int | None:
        return self._session.execute(text("SELECT id FROM stock_location WHERE lower(name) = lower(:n)"),
                                     {"n": name}).scalar()

    def update_location(self, location_id: int, expected_version: int, name: str, kind: str,
                        ward_id: int | None) -> bool:
        result = self._session.execute(text(
            "UPDATE stock_location SET name = :n, kind = :k, ward_id = :w, version = version + 1 "
            "WHERE id = :id AND version = :v"),
            {"n": name, "k": kind, "w": ward_id, "id": location_id, "v": expected_version})
        return int(getattr(result, "rowcount", 0) or 0) == 1

    def set_location_active(self, location_id: int, expected_version: int, active: bool) -> bool:
        result = self._session.execute(text(
            "UPDATE stock_location SET active = :a, version = version + 1 WHERE id = :id AND version = :v"),
            {"a": active, "id": location_id, "v": expected_version})
        return int(getattr(result, "rowcount", 0) or 0) == 1

    def wards(self) -> Sequence[Row[Any]]:
        return self._rows("SELECT id, name FROM ward ORDER BY lower(name)")

    # --- levels and reports ---

    def levels(self, *, search: str = "", location_id: int | None = None,
               item_id: int | None = None) -> Sequence[Row[Any]]:
        """Every batch level above zero: item, location, batch, expiry, quantity, unit cost."""
        sql = """
            SELECT i.id AS item_id, i.name AS item_name, i.unit, l.id AS location_id, l.name AS location_name,
                   b.id AS batch_id, b.batch_number, b.expiry_date, b.unit_cost, b.supplier, lv.quantity
            FROM stock_on_hand lv JOIN stock_batch b ON b.id = lv.batch_id
            JOIN stock_item i ON i.id = b.item_id JOIN stock_location l ON l.id = lv.location_id
            WHERE lv.quantity > 0"""
        params: dict[str, Any] = {}
        if search:
            sql += " AND (i.name ILIKE :q OR b.batch_number ILIKE :q OR coalesce(i.drug_id, '') ILIKE :q)"
            params["q"] = _like(search)
        if location_id is not None:
            sql += " AND lv.location_id = :loc"
            params["loc"] = location_id
        if item_id is not None:
            sql += " AND i.id = :item"
            params["item"] = item_id
        return self._rows(sql + " ORDER BY lower(i.name), lower(l.name), b.expiry_date, b.id", params)

    def level(self, batch_id: int, location_id: int) -> int:
        return int(self._session.execute(text(
            "SELECT coalesce((SELECT quantity FROM stock_on_hand WHERE batch_id = :b AND location_id = :l), 0)"),
            {"b": batch_id, "l": location_id}).scalar_one())

    def reorder(self) -> Sequence[Row[Any]]:
        """Active items whose stock over every location (expired batches included: they are still on the
        shelf until adjusted out) is at or below their reorder level."""
        return self._rows("""
            SELECT i.id AS item_id, i.name AS item_name, i.unit, i.pack_size, i.reorder_level,
                   coalesce(sum(lv.quantity), 0)::integer AS on_hand
            FROM stock_item i LEFT JOIN stock_batch b ON b.item_id = i.id
            LEFT JOIN stock_on_hand lv ON lv.batch_id = b.id
            WHERE i.active
            GROUP BY i.id
            HAVING coalesce(sum(lv.quantity), 0) <= i.reorder_level
            ORDER BY coalesce(sum(lv.quantity), 0) - i.reorder_level, lower(i.name)""")

    def expiring(self, until: date) -> Sequence[Row[Any]]:
        """Batch levels above zero whose batch expires on or before ``until`` (already expired ones too)."""
        return self._rows("""
            SELECT i.name AS item_name, i.unit, l.name AS location_name, b.id AS batch_id, b.batch_number,
                   b.expiry_date, lv.quantity, lv.location_id, b.unit_cost
            FROM stock_on_hand lv JOIN stock_batch b ON b.id = lv.batch_id
            JOIN stock_item i ON i.id = b.item_id JOIN stock_location l ON l.id = lv.location_id
            WHERE lv.quantity > 0 AND b.expiry_date <= :until
            ORDER BY b.expiry_date, lower(i.name), lower(l.name)""", {"until": until})

    def valuation(self, location_id: int | None = None) -> Sequence[Row[Any]]:
        """Quantity and value (quantity x the batch's unit cost) per item and location."""
        sql = """
            SELECT i.id AS item_id, i.name AS item_name, i.unit, l.id AS location_id, l.name AS location_name,
                   sum(lv.quantity)::integer AS quantity, sum(lv.quantity * b.unit_cost) AS value
            FROM stock_on_hand lv JOIN stock_batch b ON b.id = lv.batch_id
            JOIN stock_item i ON i.id = b.item_id JOIN stock_location l ON l.id = lv.location_id
            WHERE lv.quantity > 0"""
        params: dict[str, Any] = {}
        if location_id is not None:
            sql += " AND lv.location_id = :loc"
            params["loc"] = location_id
        return self._rows(sql + " GROUP BY i.id, l.id ORDER BY lower(i.name), lower(l.name)", params)

    def movements(self, *, limit: int = 200) -> Sequence[Row[Any]]:
        return self._rows("""
            SELECT m.id, m.kind, m.created_at, m.created_by, m.quantity, m.reason, i.name AS item_name,
                   b.batch_number, f.name AS from_name, t.name AS to_name, m.prescription_line_id
            FROM stock_movement m JOIN stock_batch b ON b.id = m.batch_id JOIN stock_item i ON i.id = b.item_id
            LEFT JOIN stock_location f ON f.id = m.from_location_id
            LEFT JOIN stock_location t ON t.id = m.to_location_id
            ORDER BY m.id DESC LIMIT :n""", {"n": limit})

    def movement_kind(self, movement_id: int) -> str:
        return str(self._session.execute(text("SELECT kind FROM stock_movement WHERE id = :i"),
                                         {"i": movement_id}).scalar_one())

    def database_today(self) -> date:
        value: date = self._session.execute(text("SELECT " + _DB_TODAY)).scalar_one()
        return value

    # --- movements (the database's functions) ---

    def receive(self, *, item_id: int, location_id: int, batch_number: str, expiry_date: date, quantity: int,
                unit_cost: Decimal, supplier: str) -> int:
        return int(self._session.execute(text(
            "SELECT hms_stock_receive(:i, :l, :b, :e, :q, :c, :s)"),
            {"i": item_id, "l": location_id, "b": batch_number, "e": expiry_date, "q": quantity, "c": unit_cost,
             "s": supplier}).scalar_one())

    def transfer(self, batch_id: int, from_id: int, to_id: int, quantity: int) -> int:
        return int(self._session.execute(text("SELECT hms_stock_transfer(:b, :f, :t, :q)"),
                                         {"b": batch_id, "f": from_id, "t": to_id, "q": quantity}).scalar_one())

    def adjust(self, batch_id: int, location_id: int, change: int, reason: str, note: str) -> int:
        return int(self._session.execute(text("SELECT hms_stock_adjust(:b, :l, :c, :r, :n)"),
                                         {"b": batch_id, "l": location_id, "c": change, "r": reason,
                                          "n": note}).scalar_one())

    # --- dispensing ---

    def dispensing_queue(self, days: int) -> Sequence[Row[Any]]:
        return self._rows("SELECT * FROM hms_dispensing_queue(:d)", {"d": days})

    def dispense(self, line_id: int, location_id: int, quantity: int) -> Sequence[Row[Any]]:
        return self._rows("SELECT * FROM hms_stock_dispense(:l, :loc, :q)",
                          {"l": line_id, "loc": location_id, "q": quantity})

    def session_may_dispense(self) -> bool:
        return bool(self._session.execute(text("SELECT pg_has_role(session_user, 'hms_dispenser', 'MEMBER')"))
                    .scalar())
