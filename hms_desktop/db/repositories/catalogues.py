"""Catalogues administrators keep (0026_catalogues): lab tests, specialties, rooms and equipment.

Core statements naming only the columns a client supplies (the database sets ids, the first version and who
changed a row last). Every change of an existing entry says ``WHERE id = :id AND version = :v`` and bumps the
version; no row back means someone else saved first (or the entry is gone), which the service tells apart.
"""

# Only this module's table and column names are put into SQL text; every value is a parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, text
from sqlalchemy.orm import Session


def _who(login: str) -> str:
    """Who saved last as staff know them: the full name, "the system" for a role that is no staff member (the
    database owner: migrations, the demo loader); a login name never reaches a screen."""
    return (f"CASE WHEN {login} IS NULL THEN NULL ELSE coalesce((SELECT s.full_name FROM staff s "
            f"WHERE s.username = {login}), 'the system') END AS changed_by")


@dataclass(frozen=True, slots=True)
class CatalogueTable:
    name: str
    columns: str            # what a listing returns
    insertable: tuple[str, ...]
    updatable: tuple[str, ...]
    order: str


LAB_TESTS = CatalogueTable(
    "lab_test",
    "id, code, name, loinc_code, specimen, unit, result_kind, normal_text, fee_code, active, version, "
    f"coalesce(updated_at, created_at) AS changed_at, {_who('coalesce(updated_by, created_by)')}",
    ("code", "name", "loinc_code", "specimen", "unit", "result_kind", "normal_text", "fee_code"),
    # code and result_kind are fixed once created (0014 grants no UPDATE on them).
    ("name", "loinc_code", "specimen", "unit", "normal_text", "fee_code"),
    "name, code")
SPECIALTIES = CatalogueTable(
    "specialty", f"id, name, slot_minutes, active, version, updated_at AS changed_at, {_who('updated_by')}",
    ("name", "slot_minutes"), ("name", "slot_minutes"), "name")
RESOURCES = CatalogueTable(
    "resource",
    "id, name, kind, department_id, (SELECT d.name FROM department d WHERE d.id = resource.department_id) "
    f"AS department, active, version, updated_at AS changed_at, {_who('updated_by')}",
    ("name", "kind", "department_id"), ("name", "kind", "department_id"),
    # "Consulting room 2" before "Consulting room 10": the text without its first number, then that number.
    "kind, regexp_replace(name, '[0-9]+', '#'), substring(name from '[0-9]+')::numeric NULLS FIRST, name")


class CatalogueRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def _row(self, sql: str, params: Mapping[str, Any]) -> Row[Any] | None:
        return self._session.execute(text(sql), dict(params)).one_or_none()

    def entries(self, table: CatalogueTable, *, include_retired: bool) -> Sequence[Row[Any]]:
        where = "" if include_retired else "WHERE active"
        return self._session.execute(text(f"SELECT {table.columns} FROM {table.name} {where} "
                                          f"ORDER BY {table.order}")).all()

    def entry(self, table: CatalogueTable, entry_id: int) -> Row[Any] | None:
        return self._row(f"SELECT {table.columns} FROM {table.name} WHERE id = :id", {"id": entry_id})

    def insert(self, table: CatalogueTable, values: Mapping[str, Any]) -> int:
        names = ", ".join(table.insertable)
        params = ", ".join(f":{column}" for column in table.insertable)
        found = self._row(f"INSERT INTO {table.name} ({names}) VALUES ({params}) RETURNING id",
                          {column: values[column] for column in table.insertable})
        assert found is not None
        return int(found.id)

    def update(self, table: CatalogueTable, entry_id: int, version: int, values: Mapping[str, Any]) -> bool:
        """False: no row of this id has this version any more."""
        sets = ", ".join(f"{column} = :{column}" for column in table.updatable)
        params = {column: values[column] for column in table.updatable} | {"id": entry_id, "v": version}
        return self._row(f"UPDATE {table.name} SET {sets}, version = version + 1 "
                         "WHERE id = :id AND version = :v RETURNING id", params) is not None

    def set_active(self, table: CatalogueTable, entry_id: int, version: int, active: bool) -> bool:
        return self._row(f"UPDATE {table.name} SET active = :active, version = version + 1 "
                         "WHERE id = :id AND version = :v RETURNING id",
                         {"id": entry_id, "v": version, "active": active}) is not None

    def departments(self) -> Sequence[Row[Any]]:
        return self._session.execute(text("SELECT id, name FROM department ORDER BY name")).all()

    def fee_code_known(self, code: str) -> bool:
        return self._row("SELECT 1 FROM fee_schedule WHERE code = :c LIMIT 1", {"c": code}) is not None
