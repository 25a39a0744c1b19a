"""Every screen fits at 200 % scaling on a 1920 × 1080 screen (issue 15, item 3).

At 200 % such a screen has 960 × 540 logical pixels, 960 × 520 once a taskbar takes its share. Each role's
main window is resized to 960 × 520 and every tab, sub-tab and administration section shown in turn (as
test_keyboard's ``every_screen`` walks them); every dialog test_keyboard opens is shown at most that size.
A screen fails when its minimum size is larger, or when a visible enabled control (button, field, list) or a
label lies outside what the window shows: cut by its window or by any widget around it. A control inside a
scroll area (a QScrollArea's page, an item view's index widget) only has to be inside the scrolled page: the
person scrolls to it. Failures name the screen and the widget.

The font is the tests' DejaVu Sans at the same point size, so these logical pixels are what 200 % shows
(Qt scales fonts and pixels alike).

The walks themselves run in test_accessibility_walk.py, in the same pass as the Tab and screen-reader checks
(one login per role, each screen built once): this module keeps the check, ``off_screen`` and ``AT_200``,
which other modules import from here. What is checked, per role (reception, doctor, billing, admin, and a doctor
who also bills), per dialog of test_keyboard, and for a doctor's open chart and a new encounter, is as above.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

AT_200 = QSize(960, 520)  # 1920 × 1080 at 200 %, less a taskbar
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView,
            QAbstractSlider, QLabel)


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text()[:30]
    label = widget.objectName() or widget.accessibleName() or text
    return f"{type(widget).__name__} {label!r}"


def _scrolled(widget: QWidget) -> bool:
    """True when ``widget`` is the viewport of a scroll area: what lies in it is reached by scrolling."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _cut_by(widget: QWidget, top: QWidget) -> QWidget | None:
    """The first widget around ``widget`` (up to ``top``) that does not show all of it, or None."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    while child is not top:
        parent = child.parentWidget()
        if parent is None or child.isWindow():
            return None
        rect.translate(child.pos())
        if _scrolled(parent):  # in a scrolled page: inside that page is reachable, and that page is the child
            return None
        if not QRect(QPoint(0, 0), parent.size()).adjusted(-1, -1, 1, 1).contains(rect):
            return parent
        child = parent
    return None


def off_screen(top: QWidget, size: QSize, where: str) -> list[str]:
    """What of ``top``, at most ``size``, a person cannot see or reach."""
    QApplication.processEvents()
    problems = []
    hint = top.minimumSizeHint()
    if hint.width() > size.width() or hint.height() > size.height():
        problems.append(f"{where}: needs at least {hint.width()} × {hint.height()} px")
    if top.width() > size.width() or top.height() > size.height():
        problems.append(f"{where}: is {top.width()} × {top.height()} px")
    for widget in top.findChildren(QWidget):
        if (not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar) or not widget.isVisibleTo(top)
                or not widget.isEnabled() or widget.window() is not top):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        cut = _cut_by(widget, top)
        if cut is not None:
            origin = widget.mapTo(top, QPoint(0, 0))
            problems.append(f"{where}: {_name(widget)} at {origin.x()},{origin.y()} ({widget.width()} × "
                            f"{widget.height()}) is cut by {_name(cut)} ({cut.width()} × {cut.height()})")
    return problems
