"""Alembic, driven from code: upgrade, status, and the client's schema-version check."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

# Indexes over expressions that alembic's comparison cannot read back faithfully (it sees a plain
# column): they are created by hand in the migrations and left out of `alembic check`.
EXPRESSION_INDEXES = frozenset({"ix_patient_name_search_c"})


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
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def claim_database(connection: Connection) -> str:
    """Give this database its own staff role and CONNECT only to it (``hms_claim_database``, migration 0007).

    Idempotent and quick when nothing is missing. Run after every upgrade, including one with nothing to
    migrate, because a database copied from another (CREATE DATABASE ... TEMPLATE, a restored dump) carries
    the schema of its source but not its CONNECT grants, and has a new oid, hence a role of its own to create.
    Returns the role's name."""
    return str(connection.execute(text("SELECT hms_claim_database()")).scalar_one())


def downgrade(engine: Engine, revision: str = "base") -> None:
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
    current = current_revision(connection) if inspect(connection).has_table("alembic_version") else None
    return SchemaStatus(current=current, head=head_revision())
