"""Right to left: what Qt does not mirror or keep in one piece by itself (issue 15, item 5).

Qt mirrors layouts and sub-controls under ``QApplication.setLayoutDirection(Qt.RightToLeft)``; these do not:

- Table, list and tree cells are laid out in the view's direction, so a cell that holds a number, a date, an
  amount or a code is reordered by the Unicode bidirectional algorithm: "-12.50" shows as "12.50-",
  "12:30 · 3 Dec" as "Dec 3 · 12:30". ``IsolatingDelegate`` draws each cell's text as one isolated run whose
  direction is its own first strong letter (U+2068 FSI … U+2069 PDI; left to right when it has none, so
  numbers and codes read as written, an Arabic or Hebrew name still reads right to left). The marks are only
  in what is painted: the model's data (what Ctrl+C copies, what the app reads back) stays as it was.
- A label (and a spin box's or date field's text) aligns by its text's direction, not the layout's: "Bed 6",
  a Latin name, an MRN or "0.000" sat at the left of a right-to-left screen. They are aligned by the layout's
  direction (``Qt.AlignAbsolute``).
- A layout's contents margins are not mirrored: a margin set on one side (the 6 px between a pane and its
  splitter, the 4 px after a column of amounts) means "start" or "end", so the sides swap.
- QSplitter places its widgets one pixel too far right when mirrored (``r.moveRight(contents.width() -
  r.left())`` in qsplitter.cpp), so the first pane's edge, its fields' frame, was cut by the window: one pixel
  of contents margin on its right puts it back.
- A date or time field's sections are written in reverse order when the field is right to left (Qt's
  QDateTimeEdit::setDisplayFormat): 12:30 showed as "30:12", "Week of Mon 30 Nov" as "2026 Nov 30 MonWeek of".
  The format is set again as if left to right; the field itself stays mirrored. A format set after the field is
  shown is reversed by Qt again (none is, in this app).
- Charts (QtCharts) are not mirrored at all: a chart view's axes move sides (the vertical ones to the right,
  re-attached to their series) and its horizontal axes run from the right, when it is first painted with them;
  a legend on the right goes to the left.
- A button with ◀ or ▶ (previous and next day or week) is mirrored in place, its arrow is not: the glyphs
  swap, so the button on the right ("previous", where a right-to-left reader starts) points right.

``follow_layout_direction(app)`` applies these to every widget polished while the application is right to
left (an event filter that exists only then: left to right costs nothing). ``left_to_right(value)`` isolates a
value put into a sentence by hand, for text Qt lays out as a whole (a tooltip, a message box).
"""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDateTimeEdit,
    QLabel,
    QLayout,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

LRI = "\u2066"  # left-to-right isolate
RLI = "\u2067"
FSI = "\u2068"  # first-strong isolate: the direction of the first strong letter inside
PDI = "\u2069"  # pop directional isolate
BIDI_MARKS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e" + LRI + RLI + FSI + PDI)

# The arrow a right-to-left screen shows in place of each (Unicode mirrors brackets, not these triangles).
MIRRORED_ARROWS = {"◀": "▶", "▶": "◀", "◁": "▷", "▷": "◁", "←": "→", "→": "←"}


def left_to_right(value: str) -> str:
    """``value`` (a number, date, time, amount or code) as one left-to-right run in any sentence around it."""
    return f"{LRI}{value}{PDI}" if value else value


def first_strong_isolate(text: str) -> str:
    """``text`` as one run in the direction of its first strong letter (left to right without one)."""
    return f"{FSI}{text}{PDI}" if text and not is_isolated(text) else text


def without_bidi_marks(text: str) -> str:
    """``text`` without directional marks: what a value copied from a sentence or a label is worth."""
    return "".join(character for character in text if character not in BIDI_MARKS)


def is_isolated(text: str) -> bool:
    return bool(text) and text[0] in (LRI, RLI, FSI)


class IsolatingDelegate(QStyledItemDelegate):
    """The standard delegate, drawing a right-to-left view's cells each as one isolated run (module doc)."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            option.text = first_strong_isolate(option.text)


def align_by_layout(widget: QLabel | QAbstractSpinBox) -> None:
    """Align ``widget``'s text to the start or end of its layout's direction, whatever the text's direction."""
    alignment = widget.alignment()
    if alignment & Qt.AlignmentFlag.AlignAbsolute:
        return
    visual = QStyle.visualAlignment(widget.layoutDirection(), alignment)
    widget.setAlignment(visual | Qt.AlignmentFlag.AlignAbsolute)


ARROW_SWAP = str.maketrans(MIRRORED_ARROWS)


def mirror_arrow(button: QAbstractButton) -> None:
    """◀ and ▶ (alone, or beside words: "◀ Previous week") swapped on a button."""
    text = button.text()
    mirrored = text.translate(ARROW_SWAP)
    if mirrored != text:
        button.setText(mirrored)


def mirror_margins(layout: QLayout) -> None:
    """Swap the left and right contents margins of ``layout`` and of the layouts inside it."""
    # The layouts inside are its children as QObjects: found without walking itemAt(), which crashed the
    # Registration tab (its FlowLayout, a layout written in Python, hands out the items).
    for each in (layout, *layout.findChildren(QLayout)):
        margins = each.contentsMargins()
        if margins.left() != margins.right():
            each.setContentsMargins(margins.right(), margins.top(), margins.left(), margins.bottom())


MIRRORED_PROPERTY = "rightToLeftMirrored"  # set on an axis once it is mirrored (charts rebuild their axes)
OPPOSITE_SIDE = {Qt.AlignmentFlag.AlignLeft: Qt.AlignmentFlag.AlignRight,
                 Qt.AlignmentFlag.AlignRight: Qt.AlignmentFlag.AlignLeft}


def mirror_chart(chart: QChart) -> bool:
    """Vertical axes to the other side, horizontal axes running from the right, a legend on the right to the
    left; True when something changed.

    Idempotent: an axis mirrored once is marked, so a chart that rebuilds its axes can be mirrored again."""
    changed = False
    for axis in chart.axes():
        if axis.property(MIRRORED_PROPERTY):
            continue
        axis.setProperty(MIRRORED_PROPERTY, True)
        changed = True
        side = axis.alignment()
        if side in OPPOSITE_SIDE:
            attached = [series for series in chart.series() if axis in series.attachedAxes()]
            chart.removeAxis(axis)
            chart.addAxis(axis, OPPOSITE_SIDE[side])
            for series in attached:
                series.attachAxis(axis)
        else:
            axis.setReverse(not axis.isReverse())
    legend = chart.legend()
    # The charts put a legend on the right or below (never on the left): on the right it goes to the left, every
    # time, as a chart sets its legend's place again with each result.
    if legend is not None and legend.alignment() == Qt.AlignmentFlag.AlignRight:
        legend.setAlignment(Qt.AlignmentFlag.AlignLeft)
        changed = True
    return changed


def keep_section_order(edit: QDateTimeEdit) -> None:
    """Set ``edit``'s display format again as a left-to-right field would: sections in their written order.

    Afterwards Qt's ``displayFormat()`` answers "" for the field (it keeps a right-to-left field's format only
    when it reversed it); nothing in the app reads it back."""
    written = edit.displayFormat()  # Qt answers with the format as it was given
    if not written:
        return
    direction = edit.layoutDirection()
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(written)
    edit.setLayoutDirection(direction)


def mirror_widget(widget: QWidget) -> None:
    """What a widget laid out right to left needs beyond Qt's mirroring (module doc)."""
    if widget.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return
    layout = widget.layout()
    if layout is not None:
        mirror_margins(layout)
    if isinstance(widget, QSplitter) and widget.orientation() == Qt.Orientation.Horizontal:
        margins = widget.contentsMargins()
        widget.setContentsMargins(margins.left(), margins.top(), margins.right() + 1, margins.bottom())
    if isinstance(widget, QChartView):
        widget.viewport().installEventFilter(_ChartMirror(widget))
    elif isinstance(widget, QAbstractItemView):
        delegate = widget.itemDelegate()
        # Only the plain delegate: Qt's own (a combo box's list, a calendar) and the app's own keep theirs.
        if delegate is not None and delegate.metaObject().className() == "QStyledItemDelegate":
            widget.setItemDelegate(IsolatingDelegate(widget))
    elif isinstance(widget, QAbstractSpinBox):
        if isinstance(widget, QDateTimeEdit):
            keep_section_order(widget)
        align_by_layout(widget)  # "0.000", "1 day" at the start like the combo boxes beside them, not the end
    elif isinstance(widget, QLabel):
        align_by_layout(widget)
    elif isinstance(widget, QAbstractButton):
        mirror_arrow(widget)


class _ChartMirror(QObject):
    """Mirrors a chart view's chart just before each paint that would show axes not yet mirrored."""

    def __init__(self, view: QChartView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._view.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            chart = self._view.chart()
            if chart is not None and mirror_chart(chart):
                # The scene lays the moved axes out after this paint: paint again then.
                self._view.viewport().update()
        return False


class _RightToLeftPolisher(QObject):
    """Mirrors each widget as Qt polishes it (just before it is first shown)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QWidget):
            mirror_widget(watched)
        return False


_polisher: _RightToLeftPolisher | None = None
_following: set[int] = set()  # the applications already followed (the tests apply the look once per module)


def follow_layout_direction(app: QApplication) -> None:
    """Mirror what Qt does not whenever ``app`` is right to left: now, and after each change of direction."""
    if id(app) not in _following:
        _following.add(id(app))
        app.layoutDirectionChanged.connect(lambda direction: _apply(app, direction))
    _apply(app, app.layoutDirection())


def _apply(app: QApplication, direction: Qt.LayoutDirection) -> None:
    global _polisher
    if direction == Qt.LayoutDirection.RightToLeft and _polisher is None:
        _polisher = _RightToLeftPolisher(app)
        app.installEventFilter(_polisher)
    elif direction != Qt.LayoutDirection.RightToLeft and _polisher is not None:
        app.removeEventFilter(_polisher)
        _polisher.deleteLater()
        _polisher = None
