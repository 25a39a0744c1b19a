"""SQL functions as versioned files (migrations/sql, docs/architecture.md "SQL functions and triggers").

Every file is used by some migration, every version a migration asks for exists, and the files hold what
their names say. Whether the migrated schema is right is for tests/integration/test_migrations.py.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from hms_desktop.db import sql_objects
from hms_desktop.db.migrate import migrations_dir

VERSIONS = migrations_dir() / "versions"


@dataclass(frozen=True, slots=True)
class Call:
    migration: str
    line: int
    action: str  # "create" or "drop"
    name: str
    version: int | None  # None for drop


def sql_object_calls(path: Path) -> list[Call]:
    """``sql_objects.create("name", N)`` and ``sql_objects.drop("name")`` calls in one migration."""
    calls: list[Call] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "sql_objects"):
            continue
        action = node.func.attr
        where = f"{path.name}:{node.lineno}"
        # Literal arguments only: then this test, and grep, can tell which file each migration runs.
        assert action in {"create", "drop"}, f"{where}: unknown sql_objects.{action}"
        assert not node.keywords and all(isinstance(arg, ast.Constant) for arg in node.args), (
            f"{where}: call sql_objects.{action} with literal arguments")
        values = [arg.value for arg in node.args if isinstance(arg, ast.Constant)]
        if action == "create":
            assert len(values) == 2 and isinstance(values[0], str) and isinstance(values[1], int), where
            calls.append(Call(path.name, node.lineno, action, values[0], values[1]))
        else:
            assert len(values) == 1 and isinstance(values[0], str), where
            calls.append(Call(path.name, node.lineno, action, values[0], None))
    return calls


def all_calls() -> list[Call]:
    return [call for path in sorted(VERSIONS.glob("*.py")) for call in sql_object_calls(path)]


def sql_files() -> list[Path]:
    return sorted(sql_objects.sql_dir().glob("*.sql"))


def file_versions() -> set[tuple[str, int]]:
    """(name, version) of every well-named file in migrations/sql."""
    found = set()
    for path in sql_files():
        match = sql_objects.FILE_NAME.fullmatch(path.name)
        if match:
            found.add((match["name"], int(match["version"])))
    return found


def test_the_migrations_use_the_files() -> None:
    assert sql_files(), "no migrations/sql/*.sql found"
    assert any(call.action == "create" for call in all_calls())


def test_every_file_is_named_name_dot_version() -> None:
    for path in sorted(sql_objects.sql_dir().iterdir()):
        assert sql_objects.FILE_NAME.fullmatch(path.name), f"{path.name} is not <name>.v<N>.sql"


def test_every_file_is_created_by_some_migration() -> None:
    created = {(call.name, call.version) for call in all_calls() if call.action == "create"}
    unused = sorted(f"{name}.v{version}.sql" for name, version in file_versions() - created)
    assert not unused, f"files no migration creates: {unused}"


def test_every_referenced_version_exists_and_reads() -> None:
    names = {name for name, _version in file_versions()}
    for call in all_calls():
        if call.version is not None:
            sql_objects.read(call.name, call.version)  # raises if missing or not what its name says
        else:
            assert call.name in names, f"{call.migration}:{call.line} drops {call.name}, which has no file"


def test_versions_have_no_gaps() -> None:
    """v1..vN: a missing v2 would mean a downgrade has nothing to go back to."""
    versions: dict[str, set[int]] = {}
    for name, version in file_versions():
        versions.setdefault(name, set()).add(version)
    for name, found in versions.items():
        assert found == set(range(1, max(found) + 1)), f"{name}: versions {sorted(found)}"


@pytest.mark.parametrize("content, problem", [
    ("CREATE OR REPLACE FUNCTION other_name() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$;", "other_name"),
    ("CREATE OR REPLACE FUNCTION probe() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$;\n"
     "CREATE OR REPLACE FUNCTION probe() RETURNS void LANGUAGE sql AS $$ SELECT 2 $$;", "one CREATE"),
    ("-- called with :details\nCREATE OR REPLACE FUNCTION probe() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$;",
     "bind parameters"),
])
def test_read_refuses_a_file_that_is_not_what_its_name_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             content: str, problem: str) -> None:
    monkeypatch.setattr(sql_objects, "sql_dir", lambda: tmp_path)
    (tmp_path / "probe.v1.sql").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        sql_objects.read("probe", 1)
    with pytest.raises(FileNotFoundError):
        sql_objects.read("probe", 2)


def test_the_checks_see_a_non_literal_call(tmp_path: Path) -> None:
    migration = tmp_path / "0099_x.py"
    migration.write_text("for name in NAMES:\n    sql_objects.create(name, 1)\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="literal arguments"):
        sql_object_calls(migration)
    migration.write_text('sql_objects.create("hms_fold", 3)\nsql_objects.drop("hms_fold")\n', encoding="utf-8")
    assert sql_object_calls(migration) == [Call("0099_x.py", 1, "create", "hms_fold", 3),
                                           Call("0099_x.py", 2, "drop", "hms_fold", None)]
