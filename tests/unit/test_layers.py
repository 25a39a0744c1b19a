"""Layers point one way (DESIGN.md §5): a lower layer never imports a higher one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "hms_desktop"

# layer -> module prefixes it must not import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": ("hms_desktop.db", "hms_desktop.services", "hms_desktop.ui", "hms_desktop.printing",
               "hms_desktop.interop", "hms_desktop.app", "hms_desktop.cli", "sqlalchemy", "psycopg", "PySide6"),
    "db": ("hms_desktop.services", "hms_desktop.ui", "hms_desktop.printing", "hms_desktop.interop",
           "hms_desktop.app", "hms_desktop.cli", "PySide6"),
    "services": ("hms_desktop.ui", "hms_desktop.app", "hms_desktop.cli", "PySide6"),
    "printing": ("hms_desktop.ui", "hms_desktop.app", "hms_desktop.cli", "hms_desktop.db", "PySide6",
                 "sqlalchemy"),
    "interop": ("hms_desktop.ui", "hms_desktop.app", "hms_desktop.cli", "PySide6"),
    "ui": ("sqlalchemy", "psycopg", "hms_desktop.db", "hms_desktop.cli"),
}
QT_ALLOWED = ("ui/", "app.py")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def python_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layer_imports_point_down(path: Path) -> None:
    relative = path.relative_to(PACKAGE).as_posix()
    layer = relative.split("/", 1)[0] if "/" in relative else relative.removesuffix(".py")
    modules = imported_modules(path)
    for banned in FORBIDDEN.get(layer, ()):
        offenders = [m for m in modules if m == banned or m.startswith(banned + ".")]
        assert not offenders, f"{relative} ({layer}) imports {offenders}"
    if not relative.startswith(QT_ALLOWED):
        qt = [m for m in modules if m.split(".")[0] == "PySide6"]
        assert not qt, f"{relative} imports PySide6 outside ui/ and app.py"


def test_the_check_sees_violations(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import PySide6.QtCore\nfrom sqlalchemy import text\n")
    assert {"PySide6.QtCore", "sqlalchemy"} <= imported_modules(sample)


# Inside ui/: widgets and models are the bottom, dialogs sit on them, tabs on dialogs (issue 11). A module
# low down that needs something from higher up gets it moved down to its own layer instead.
UI_FORBIDDEN: dict[str, tuple[str, ...]] = {
    "ui/widgets/": ("hms_desktop.ui.dialogs", "hms_desktop.ui.tabs"),
    "ui/models/": ("hms_desktop.ui.dialogs", "hms_desktop.ui.tabs"),
    "ui/dialogs/": ("hms_desktop.ui.tabs",),
}
# Known and named, so it cannot spread; none today (test_ui_exceptions_are_still_needed fails once an
# exception's import is gone).
UI_EXCEPTIONS: dict[str, set[str]] = {}


@pytest.mark.parametrize("path", [p for p in python_files() if p.relative_to(PACKAGE).as_posix().startswith("ui/")],
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_ui_layers_point_down(path: Path) -> None:
    relative = path.relative_to(PACKAGE).as_posix()
    allowed = UI_EXCEPTIONS.get(relative, set())
    # imported_modules walks the whole tree: an import deferred inside a function counts too.
    for prefix, banned in UI_FORBIDDEN.items():
        if not relative.startswith(prefix):
            continue
        offenders = [m for m in imported_modules(path) if m.startswith(banned) and m not in allowed]
        assert not offenders, f"{relative} imports {offenders} from a higher layer of ui/"


def test_ui_exceptions_are_still_needed() -> None:
    for relative, modules in UI_EXCEPTIONS.items():
        assert modules <= imported_modules(PACKAGE / relative), f"{relative} no longer needs its exception: remove it"
