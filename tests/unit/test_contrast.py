"""Low vision (issue 15.3): WCAG AA contrast of the application's colours, wherever they are set.

Text needs 4.5:1 against what it is drawn on (3:1 when large: 18 pt, or 14 pt bold); the boundaries of controls
(field, button, combo and spin box borders, tabs) and the focus ring need 3:1 against their neighbours. The
colours come from hms_desktop/ui/colours.py (which the painting code and models use), from the modules that
colour table cells, and from resources/style.qss, which is parsed here so that a later edit cannot regress.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hms_desktop.ui import colours
from hms_desktop.ui.colours import (
    LARGE_TEXT_MINIMUM,
    NON_TEXT_MINIMUM,
    NORMAL_TEXT_MINIMUM,
    contrast_ratio,
)

ROOT = Path(__file__).resolve().parents[2]
QSS = re.sub(r"/\*.*?\*/", "", (ROOT / "resources" / "style.qss").read_text(encoding="utf-8"), flags=re.S)
RULES = [(" ".join(selectors.split()), " ".join(body.split()))
         for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", QSS)]

# The surfaces ordinary text and controls sit on.
PLAIN_SURFACES = (colours.SURFACE, colours.WINDOW, colours.ALTERNATE_ROW)
# Labels drawn inside a tinted frame that their selector does not name (the rule of the frame has it).
TINTED_BY_NAME = {"QLabel#consultName": "QFrame#consultCard", "QLabel#consultCaption": "QFrame#consultCard",
                  "QLabel#consultDetail": "QFrame#consultCard", "QLabel#offerTitle": "QFrame#slotOffer",
                  "QLabel#nameLabel": "QFrame#chartBanner", "QLabel#detailsLabel": "QFrame#chartBanner"}


def declarations(body: str) -> dict[str, str]:
    return {name.strip(): value.strip() for name, _, value in
            (part.partition(":") for part in body.split(";") if ":" in part)}


def background_of(selector: str) -> str | None:
    """The background of the nearest enclosing rule that sets one (``QA QB QC`` looks at ``QA QB``, then ``QA``),
    or of the frame a label is known to sit in."""
    for name, frame in TINTED_BY_NAME.items():
        if selector.endswith(name):
            selector = f"{selector[: -len(name)]}{frame} {name}"
    parts = selector.split(" ")
    for end in range(len(parts) - 1, 0, -1):
        scope = " ".join(parts[:end])
        for selectors, body in RULES:
            if scope in (s.strip() for s in selectors.split(",")):
                background = declarations(body).get("background") or declarations(body).get("background-color")
                if (background and background.startswith("#")) or background == "white":
                    return background
    return None


def is_large(body: dict[str, str]) -> bool:
    size = re.fullmatch(r"([\d.]+)pt", body.get("font-size", ""))
    points = float(size.group(1)) if size else 10.0
    bold = body.get("font-weight", "") in ("600", "700", "bold")
    return points >= 18 or (points >= 14 and bold)


def text_rules() -> list[tuple[str, str, str, float]]:
    """(selector, text colour, background, minimum) for every rule of the sheet that sets a text colour."""
    found = []
    for selectors, body in RULES:
        values = declarations(body)
        ink = values.get("color")
        if not ink or ":disabled" in selectors:  # WCAG exempts inactive controls
            continue
        minimum = LARGE_TEXT_MINIMUM if is_large(values) else NORMAL_TEXT_MINIMUM
        for selector in (s.strip() for s in selectors.split(",")):
            own = values.get("background") or values.get("background-color")
            if own:
                found.append((selector, ink, own, minimum))
            elif (around := background_of(selector)) is not None:
                found.append((selector, ink, around, minimum))
            else:
                found += [(selector, ink, surface, minimum) for surface in PLAIN_SURFACES]
    return found


@pytest.mark.parametrize(("selector", "ink", "background", "minimum"), text_rules(),
                         ids=lambda value: value if isinstance(value, str) else "")
def test_text_in_the_style_sheet_is_readable(selector: str, ink: str, background: str, minimum: float) -> None:
    assert contrast_ratio(ink, background) >= minimum, (
        f"{selector}: {ink} on {background} is {contrast_ratio(ink, background):.2f}:1, needs {minimum}:1")


def test_the_ratio_is_wcags() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("white", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "white") == pytest.approx(4.54, abs=0.01)  # the known AA threshold grey
    assert contrast_ratio("#fff", "#8a94a3") == contrast_ratio("#8a94a3", "#fff")


@pytest.mark.parametrize("ink", [colours.TEXT, colours.HEADING, colours.MUTED_TEXT, colours.DIMMED_TEXT,
                                 colours.PLACEHOLDER_TEXT, colours.WARNING_TEXT, colours.SEVERE_TEXT])
@pytest.mark.parametrize("surface", [*PLAIN_SURFACES, colours.HEADER, colours.TAB])
def test_named_text_colours_on_every_surface(ink: str, surface: str) -> None:
    assert contrast_ratio(ink, surface) >= NORMAL_TEXT_MINIMUM


def test_selected_rows_and_the_default_button() -> None:
    assert contrast_ratio(colours.SELECTION_TEXT, colours.SELECTION) >= NORMAL_TEXT_MINIMUM
    assert contrast_ratio(colours.SURFACE, colours.ACCENT) >= NORMAL_TEXT_MINIMUM  # white on the blue button
    assert 'selection-background-color: #cfe0f5' in QSS and colours.SELECTION == "#cfe0f5"


@pytest.mark.parametrize("neighbour", [colours.SURFACE, colours.WINDOW, colours.TAB, colours.HEADER])
def test_control_borders_and_the_focus_ring_stand_out(neighbour: str) -> None:
    assert contrast_ratio(colours.BORDER, neighbour) >= NON_TEXT_MINIMUM
    assert contrast_ratio(colours.FOCUS, neighbour) >= NON_TEXT_MINIMUM


def test_the_default_buttons_focus_ring() -> None:
    assert contrast_ratio(colours.FOCUS_ON_ACCENT, colours.ACCENT) >= NON_TEXT_MINIMUM
    assert contrast_ratio(colours.FOCUS_ON_ACCENT, colours.WINDOW) >= NON_TEXT_MINIMUM


# --- the style sheet's controls ---------------------------------------------------------------------------

FOCUSABLE = ["QLineEdit", "QPlainTextEdit", "QTextEdit", "QComboBox", "QAbstractSpinBox", "QCheckBox",
             "QRadioButton", "QPushButton", "QToolButton", "QAbstractItemView", "QTabBar::tab:selected"]


def rules_for(selector: str) -> list[dict[str, str]]:
    return [declarations(body) for selectors, body in RULES
            if selector in (s.strip() for s in selectors.split(","))]


def border_colour(values: dict[str, str]) -> str | None:
    match = re.search(r"\d+px solid (#[0-9a-fA-F]{3,6}|white)", values.get("border", ""))
    return match.group(1) if match else values.get("border-color")


@pytest.mark.parametrize("kind", FOCUSABLE)
def test_every_focusable_kind_has_a_clear_focus_ring(kind: str) -> None:
    focus = f"{kind}:focus"
    found = rules_for(focus)
    assert found, f"resources/style.qss has no {focus} rule"
    ring = next(values["border"] for values in reversed(found) if "border" in values)
    assert ring.startswith("2px solid "), f"{focus}: the focus ring is 2 px wide, not {ring!r}"
    colour = ring.split()[-1]
    assert colour == colours.FOCUS
    for neighbour in (colours.SURFACE, colours.WINDOW):
        assert contrast_ratio(colour, neighbour) >= NON_TEXT_MINIMUM


def test_the_default_button_keeps_a_visible_ring_when_focused() -> None:
    (ring,) = rules_for("QPushButton:default:focus")
    assert ring["border"] == f"2px solid {colours.FOCUS_ON_ACCENT}"


@pytest.mark.parametrize("kind", ["QLineEdit, QPlainTextEdit, QTextEdit", "QComboBox, QAbstractSpinBox",
                                  "QPushButton", "QTabBar::tab", "QAbstractItemView"])
def test_control_boundaries_in_the_sheet(kind: str) -> None:
    (values,) = [declarations(body) for selectors, body in RULES if selectors == kind]
    colour = border_colour(values)
    assert colour == colours.BORDER, f"{kind}: border {colour}"
    for neighbour in (colours.SURFACE, colours.WINDOW):
        assert contrast_ratio(colour, neighbour) >= NON_TEXT_MINIMUM


def test_styled_combo_and_spin_boxes_keep_their_arrows() -> None:
    """A styled frame makes Qt drop Fusion's arrows: the sheet must give them back, with icons that exist."""
    for subcontrol in ("QComboBox::down-arrow", "QDateTimeEdit::down-arrow", "QAbstractSpinBox::up-arrow",
                       "QAbstractSpinBox::down-arrow"):
        (values,) = rules_for(subcontrol)
        icon = re.fullmatch(r"url\(hms:(.+)\)", values["image"])
        assert icon and (ROOT / "resources" / icon.group(1)).is_file(), subcontrol


def test_the_system_font_size_is_not_overridden() -> None:
    """A person who chose a larger font in the system gets it: no blanket size on every widget."""
    for selectors, body in RULES:
        if "font-size" in body:
            assert not {"QWidget", "*", "QLabel", "QPushButton", "QLineEdit"} & {
                s.strip() for s in selectors.split(",")}, selectors


# --- colours set in code ----------------------------------------------------------------------------------

def test_greyed_rows_are_readable() -> None:
    from hms_desktop.ui.tabs.wards_page import RETIRED_COLOUR
    from hms_desktop.ui.widgets.catalogue_editor import RETIRED

    for colour in (RETIRED_COLOUR.name(), RETIRED.name()):
        for surface in (*PLAIN_SURFACES, colours.HEADER):
            assert contrast_ratio(colour, surface) >= NORMAL_TEXT_MINIMUM


def test_cell_colours_set_in_code() -> None:
    from hms_desktop.ui.dialogs.prescription_dialog import SEVERITY_COLOURS
    from hms_desktop.ui.widgets.chart_view import SEVERE_INK
    from hms_desktop.ui.widgets.lab_flags import FLAG_COLOURS, NO_RANGE_COLOUR

    for colour in (*SEVERITY_COLOURS.values(), SEVERE_INK, *FLAG_COLOURS.values(), NO_RANGE_COLOUR):
        for surface in PLAIN_SURFACES:
            assert contrast_ratio(colour, surface) >= NORMAL_TEXT_MINIMUM, (colour, surface)


def test_calendar_blocks_are_readable() -> None:
    from hms_desktop.ui.widgets.day_calendar import OVERBOOK_RED, STATUS_COLOURS

    for status, (background, _accent, ink) in STATUS_COLOURS.items():
        for text in (ink, colours.TEXT, colours.MUTED_TEXT, OVERBOOK_RED):  # status, title, detail, overbooked
            assert contrast_ratio(text, background) >= NORMAL_TEXT_MINIMUM, (status, text)


def test_bed_tiles_are_readable() -> None:
    from hms_desktop.ui.tabs.bed_board import STATUS_COLOURS

    for status, (background, _accent, ink) in STATUS_COLOURS.items():
        for text in (ink, colours.TEXT, colours.MUTED_TEXT):
            assert contrast_ratio(text, background) >= NORMAL_TEXT_MINIMUM, (status, text)


def test_the_calendars_hours() -> None:
    for label in (colours.HOUR_LABEL, colours.HALF_HOUR_LABEL):
        assert contrast_ratio(label, colours.GUTTER) >= NORMAL_TEXT_MINIMUM
    # Working hours end at a line that stands out from both sides; off hours are hatched as well as shaded.
    assert contrast_ratio(colours.WORKING_EDGE, colours.WORKING_HOURS) >= NON_TEXT_MINIMUM
    assert contrast_ratio(colours.WORKING_EDGE, colours.OFF_HOURS) >= NON_TEXT_MINIMUM
    assert contrast_ratio(colours.OFF_HOURS_HATCH, colours.OFF_HOURS) > 1.5
