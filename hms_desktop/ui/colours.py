"""The application's colours by name, and the WCAG 2 contrast arithmetic that keeps them readable (issue 15.3).

The code that paints or colours text (models, trees, the calendars, the palette in app.py) takes its colours
from here, resources/style.qss repeats them, and tests/unit/test_contrast.py checks both: body text at least
4.5:1 on whatever it is drawn on, large or bold text and the boundaries of controls (field and button borders,
the focus ring, the edge of working hours) at least 3:1 against their neighbours.

Plain strings, no Qt: the unit test reads them without a display.
"""

from __future__ import annotations

# --- Surfaces ------------------------------------------------------------------------------------------------
WINDOW = "#f6f7f9"  # main window and dialog background
SURFACE = "#ffffff"  # fields, tables, cards, calendars
ALTERNATE_ROW = "#f4f7fb"  # every other table row
HEADER = "#eef1f5"  # table headers, the calendars' header, the status bar
TAB = "#e9edf2"  # an unselected tab
SELECTION = "#cfe0f5"  # a selected table row (its text is SELECTION_TEXT)
GUTTER = WINDOW  # the calendars' time column

# --- Text --------------------------------------------------------------------------------------------------
TEXT = "#14213d"  # body text; the title of a calendar block
HEADING = "#1d3557"  # titles, the hour labels of the calendars
SELECTION_TEXT = "#111111"
MUTED_TEXT = "#4a5568"  # hints, summaries, the calendars' half-hour labels and subtitles
# A merged patient, a deactivated account, a retired ward or catalogue entry: visibly quieter than TEXT yet
# 4.5:1 on white, on alternate rows and on the header grey (the old #8a94a3 was 3.07:1 on white).
DIMMED_TEXT = "#5f6b7a"
# The hint inside an empty field. Qt's default is the text colour at half opacity (4.0:1 on white).
PLACEHOLDER_TEXT = "#5f6b7a"
DISABLED_TEXT = "#9aa4b1"  # a disabled control: WCAG exempts inactive components from the contrast rule
WARNING_TEXT = "#8a5300"  # a patient waiting too long (with a word and a symbol, not by colour alone)
SEVERE_TEXT = "#b00020"  # a severe allergy

# --- Boundaries --------------------------------------------------------------------------------------------
# The edge of a field, button, combo box, spin box, check box or tab: 3:1 on white and on WINDOW (the old
# #c5ccd6 and #b8c1cc were 1.6:1 and 1.8:1).
BORDER = "#7c8796"
DIVIDER = "#d6dbe1"  # decoration only (grid lines, card edges, separators): no information rides on it
# The focus ring: 2 px (a field or button at rest has a 1 px BORDER), 6:1 on white, 6:1 on WINDOW.
FOCUS = "#1d5fa8"
ACCENT = "#2f6fb3"  # the default button's fill (white text on it is 5.2:1)
# The focus ring of the default button, which is ACCENT itself: a dark ring 3:1 against the button and far more
# against the window around it.
FOCUS_ON_ACCENT = "#0b1a33"

# --- The calendars -----------------------------------------------------------------------------------------
WORKING_HOURS = SURFACE
OFF_HOURS = "#eceff3"  # a shade alone (1.1:1 against white) is not enough: a hatch and an edge go with it
OFF_HOURS_HATCH = "#a9b2be"  # the diagonal lines across off hours
WORKING_EDGE = BORDER  # the line where working hours start and end, 3:1 against both sides
HALF_HOUR_LABEL = MUTED_TEXT  # was #7c8796, 3.4:1 on the gutter
HOUR_LABEL = HEADING
# Weekends in the date pickers' month grid (QCalendarWidget): Qt paints them pure red, 4.0:1 on white; this red
# is 7:1 on white and 6:1 on the header grey (set by ui/look.py on every calendar).
WEEKEND_TEXT = "#b00020"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def parse(colour: str) -> tuple[int, int, int]:
    """``#rgb``, ``#rrggbb`` or the names the style sheet uses (white, black) as 0–255 channels."""
    named = {"white": "#ffffff", "black": "#000000"}
    text = named.get(colour.strip().lower(), colour.strip())
    if not text.startswith("#") or len(text) not in (4, 7):
        raise ValueError(f"not a colour: {colour!r}")
    digits = text[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance: 0 for black, 1 for white."""
    r, g, b = (_channel(v) for v in parse(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2's contrast ratio, 1 (the same) to 21 (black on white), in either order."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


NORMAL_TEXT_MINIMUM = 4.5  # WCAG 1.4.3 AA
LARGE_TEXT_MINIMUM = 3.0  # 18 pt, or 14 pt bold
NON_TEXT_MINIMUM = 3.0  # WCAG 1.4.11: boundaries of controls, focus indicators, meaningful graphics
