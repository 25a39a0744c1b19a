"""Right to left (issue 15, item 5): QTableView.selectRow selects nothing in a right-to-left layout (Qt 6), so the
screens select a row from code through ui/widgets/select_row.py; this keeps a new call from slipping back."""

from __future__ import annotations

from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "hms_desktop" / "ui"


def test_no_screen_calls_select_row_of_qt_directly() -> None:
    calls = [f"{path.relative_to(UI)}:{number}" for path in sorted(UI.rglob("*.py"))
             if path.parent.name != "forms" and path.name != "select_row.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if ".selectRow(" in line]
    assert not calls, f"use ui.widgets.select_row.select_row instead of selectRow: {calls}"
