"""Styles live in resources/style.qss (issue 11): no screen carries its own style sheet, and the colours the
style sheet gives each status are the ones the code paints with (calendar blocks, bed tiles)."""

from __future__ import annotations

import re
from pathlib import Path

from hms_desktop.ui.tabs.bed_board import STATUS_COLOURS as BED_COLOURS
from hms_desktop.ui.widgets.day_calendar import STATUS_COLOURS as APPOINTMENT_COLOURS

ROOT = Path(__file__).resolve().parents[2]
QSS = (ROOT / "resources" / "style.qss").read_text(encoding="utf-8")


def rule(selector: str) -> str:
    """The declarations of the rule whose selector list ends with ``selector``."""
    match = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", QSS)
    assert match, f"resources/style.qss has no rule for {selector}"
    return " ".join(match.group(1).split())


def test_no_inline_style_sheets_in_the_ui() -> None:
    hand_written = [p for p in (ROOT / "hms_desktop" / "ui").rglob("*.py") if "forms" not in p.parts]
    # Only the application's own sheet may be set (the soak run does, as app.py does).
    inline = re.compile(r"setStyleSheet\((?!load_style_sheet\(\)\))")
    offenders = [str(p.relative_to(ROOT)) for p in hand_written if inline.search(p.read_text(encoding="utf-8"))]
    offenders += [str(p.relative_to(ROOT)) for p in (ROOT / "forms").glob("*.ui")
                  if 'name="styleSheet"' in p.read_text(encoding="utf-8")]
    assert not offenders, f"style these in resources/style.qss instead: {offenders}"


def test_bed_status_colours_agree_with_the_code() -> None:
    for status, (background, accent, text) in BED_COLOURS.items():
        tile = rule(f'QWidget#bedBoard QFrame#bedTile[status="{status}"]')
        assert f"background: {background};" in tile and f"border-left: 6px solid {accent};" in tile
        assert rule(f'QFrame#bedTile[status="{status}"] QLabel#tileStatus') == f"color: {text};"
        assert f"background: {background};" in rule(f'QWidget#bedBoard QLabel#legendSwatch[status="{status}"]')


def test_appointment_status_colours_agree_with_the_calendar() -> None:
    for status, (background, accent, ink) in APPOINTMENT_COLOURS.items():
        swatch = rule(f'QWidget#schedulingTab QLabel#legendSwatch[status="{status}"]')
        assert f"background: {background};" in swatch and f"border-left: 5px solid {accent};" in swatch
        banner = rule(f'QDialog#AppointmentDialog QLabel#statusLabel[status="{status}"]')
        assert f"background: {background}; color: {ink}; border-left: 6px solid {accent};" in banner
