"""Alembic, driven from code: upgrade, status, and the client's schema-version check.

The schema-version check runs at every start-up and login, so it does not import alembic (about a
second of start-up on a cold cache): it reads ``alembic_version`` itself and finds the head by reading
the ``revision``/``down_revision`` lines of the migration files. A unit test holds this to what alembic
computes. Alembic is imported only to migrate.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

if TYPE_CHECKING:
    from alembic.config import Config

# Indexes over expressions that alembic's comparison cannot read back faithfully (it sees a plain
# column): they are created by hand in the migrations and left out of `alembic check`.
EXPRESSION_INDEXES = frozenset({"ix_patient_name_search_c", "ix_invoice_balance_moving"})


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """What `alembic check` compares: not alembic's own table, not the hand-made expression indexes."""
    if type_ == "table" and name == "alembic_version":
        return False
    return not (type_ == "index" and name in EXPRESSION_INDEXES)


def migrations_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # inside a pyinstaller bundle
    if bundle:
        return Path(bundle) / "migrations"
    return Path(__file__).resolve().parents[2] / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


_REVISION_LINE = re.compile(r'^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:"([^"]*)"|None)\s*$', re.MULTILINE)


@cache
def _revision_graph() -> dict[str, str | None]:
    """Each migration's revision and the one it revises, read from the files (no import)."""
    graph: dict[str, str | None] = {}
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        found = dict((name, value or None) for name, value in _REVISION_LINE.findall(path.read_text("utf-8")))
        if "revision" in found:
            graph[str(found["revision"])] = found.get("down_revision")
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down is not None}
    if len(heads) != 1:
        raise RuntimeError(f"The migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revision(connection: Connection) -> str | None:
    if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def claim_database(connection: Connection) -> str:
    """Give this database its own staff role and CONNECT only to it (``hms_claim_database``, migration 0009).

    Idempotent and quick when nothing is missing. Run after every upgrade, including one with nothing to
    migrate, because a database copied from another (CREATE DATABASE ... TEMPLATE, a restored dump) carries
    the schema of its source but not its CONNECT grants, and has a new oid, hence a role of its own to create.
    Returns the role's name."""
    return str(connection.execute(text("SELECT hms_claim_database()")).scalar_one())


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def newer_than_client(self) -> bool:
        return self.current is not None and self.current not in known_revisions()

    def explain(self) -> str:
        if self.up_to_date:
            return f"The database schema is up to date (revision {self.head})."
        if self.current is None:
            return ("The database has not been set up yet. An administrator must run "
                    "“hms db upgrade” against it first.")
        if self.newer_than_client:
            return (f"The database (schema {self.current}) is newer than this program (schema {self.head}). "
                    "Install the current version of hms_desktop on this workstation.")
        return (f"The database (schema {self.current}) is older than this program (schema {self.head}). "
                "An administrator must run “hms db upgrade” before this workstation can use it.")


def schema_status(connection: Connection) -> SchemaStatus:
    return SchemaStatus(current=current_revision(connection), head=head_revision())
