"""SQL functions and trigger functions as versioned files, for the migrations.

Each database function lives in ``migrations/sql/<name>.v<N>.sql``: one ``CREATE OR REPLACE FUNCTION``
per file, v1 being what a migration first created, v2 what a later migration replaced it with, and so on.
A migration says which version it wants instead of pasting the text (Alembic's "replaceable objects"
recipe, reduced to what we need)::

    sql_objects.create("hms_audit_trigger", 2)   # upgrade
    sql_objects.create("hms_audit_trigger", 1)   # its downgrade: back to the previous version
    sql_objects.drop("hms_merge_patients")       # downgrade of the migration that introduced it

A released file is never edited: older migrations still create that version on a new database, and a
database already upgraded would silently differ from a new one. A change is a new file and a new
migration (docs/architecture.md, "SQL functions and triggers").
"""

from __future__ import annotations

import re
from pathlib import Path

from alembic import op
from sqlalchemy import text

from hms_desktop.db.migrate import migrations_dir

_NAME = re.compile(r"[a-z_][a-z0-9_]*")
FILE_NAME = re.compile(r"(?P<name>[a-z_][a-z0-9_]*)\.v(?P<version>[1-9][0-9]*)\.sql")


def sql_dir() -> Path:
    """``migrations/sql``, next to the versions; in a pyinstaller bundle under ``_MEIPASS`` too."""
    return migrations_dir() / "sql"


def path_of(name: str, version: int) -> Path:
    if not _NAME.fullmatch(name):
        raise ValueError(f"not a plain SQL function name: {name!r}")
    if version < 1:
        raise ValueError(f"versions start at 1: {name} v{version}")
    return sql_dir() / f"{name}.v{version}.sql"


def read(name: str, version: int) -> str:
    """The SQL of one version, checked to define exactly the function it is named after."""
    path = path_of(name, version)
    if not path.is_file():
        raise FileNotFoundError(f"{name} v{version}: no file {path}")
    sql = path.read_text(encoding="utf-8")
    defined = re.findall(r"^\s*CREATE\s+OR\s+REPLACE\s+FUNCTION\s+(\w+)\s*\(", sql, flags=re.I | re.M)
    if defined != [name]:
        raise ValueError(f"{path.name} must hold one CREATE OR REPLACE FUNCTION {name}(...); it defines {defined}")
    # op.execute() runs a string as sqlalchemy text(), where " :word" is a bind parameter: a comment such
    # as "-- called with :id" would fail only when the migration runs. Refuse it here, where unit tests look.
    if text(sql)._bindparams:
        raise ValueError(f"{path.name}: {sorted(text(sql)._bindparams)} would be read as bind parameters")
    return sql


def create(name: str, version: int) -> None:
    """Create the function, or replace it with this version (owner and grants are kept on replace)."""
    op.execute(read(name, version))


def drop(name: str) -> None:
    """Drop the function; by name alone, which PostgreSQL accepts as long as the name is not overloaded."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"not a plain SQL function name: {name!r}")
    op.execute(f"DROP FUNCTION {name}")
