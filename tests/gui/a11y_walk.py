"""Walk a window with Tab and Shift+Tab, and check what a screen reader is told (issue 15, items 1 and 2).

``audit(top, where)`` returns one line per problem, each naming the widget by its object name (and its parents'
when it has none) so that a failure says what to fix:

- a trap: a widget that keeps the focus when Tab (or Shift+Tab) is pressed (a table moving between its cells,
  a text box typing a tab character, a date field that swallows it), or a table that still moves between
  cells with Tab even when the walk did not reach it;
- an enabled, visible control that takes the focus with Tab but that a whole Tab (or Shift+Tab) round from the
  first one never reaches;
- an interactive widget with no accessible name: Qt's accessible interface gives it none (no accessibleName,
  no label buddy, no text of its own), or only a symbol such as ◀ ▶ … ✕.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Classes (of the widget or a parent) whose problems would not be reported; empty, and meant to stay so (the
# report pages were exceptions while they were rebuilt in session 7).
KNOWN_EXCEPTIONS: frozenset[str] = frozenset()  # none left: the report pages were walked too

# A date or time field moves between its day, month and year with Tab before Tab leaves it (Qt's own
# behaviour, and a way to type a date): a few presses inside one are not a trap, staying longer is.
PRESSES_INSIDE_ONE_WIDGET = 6

_WORDY = re.compile(r"\w", re.UNICODE)


def describe(widget: QWidget) -> str:
    """The widget's class and object name, and the nearest named parents when it has none."""
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 3:
        if current.objectName() and not current.objectName().startswith("qt_"):
            names.append(current.objectName())
            if current is not widget:
                break
        current = current.parentWidget()
    path = " in ".join(names) if names else "(no object name)"
    return f"{type(widget).__name__} {path}"


def _in_known_exception(widget: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if type(current).__name__ in KNOWN_EXCEPTIONS:
            return True
        current = current.parentWidget()
    return False


def _owner(widget: QWidget | None, top: QWidget) -> QWidget | None:
    """The control a focused widget belongs to: a combo box's or spin box's own line edit is the box."""
    while widget is not None and widget is not top:
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) and isinstance(widget, QLineEdit):
            return parent
        if widget.focusProxy() is None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return widget
        widget = parent
    return widget


def stops(top: QWidget) -> list[QWidget]:
    """The controls Tab should reach in ``top`` as it shows now."""
    found = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top) or not widget.isEnabled():
            continue
        if widget.focusProxy() is not None or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (a scroll area's viewport, a calendar's)
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        found.append(widget)
    return found


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    if focus is not None:
        QTest.keyClick(focus, key, modifier)
        QApplication.processEvents()


def _walk(top: QWidget, start: QWidget, backwards: bool, targets: list[QWidget]) -> tuple[list[QWidget], list[str]]:
    """Press Tab (or Shift+Tab) from ``start`` until the focus comes back to it; what was reached, and traps."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    reached: list[QWidget] = []
    traps: list[str] = []
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    name = "Shift+Tab" if backwards else "Tab"
    current = _owner(QApplication.focusWidget(), top)
    for _ in range(len(targets) + 10):
        if current is None:
            break
        reached.append(current)
        _press(key, modifier)
        after = _owner(QApplication.focusWidget(), top)
        presses = 1
        while after is current and presses < PRESSES_INSIDE_ONE_WIDGET:
            _press(key, modifier)
            after = _owner(QApplication.focusWidget(), top)
            presses += 1
        if after is current:
            if not _in_known_exception(current):
                traps.append(f"{describe(current)} keeps the focus on {name}")
            # Step over it as a person could not, to see the rest of the round.
            following = top.focusNextPrevChild(not backwards)
            after = _owner(QApplication.focusWidget(), top) if following else None
            if after is current:
                break
        if after is None or after is start or after in reached:
            break
        current = after
    return reached, traps


def walk_problems(top: QWidget, where: str) -> list[str]:
    """Traps and unreachable controls of ``top`` with Tab and with Shift+Tab."""
    if not top.isActiveWindow() and top.windowHandle() is not None:
        top.windowHandle().requestActivate()  # Tab moves the focus only in the active window
        QApplication.processEvents()
    targets = stops(top)
    if not targets:
        return []
    problems: list[str] = []
    for widget in targets:
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation() and not _in_known_exception(widget):
            problems.append(f"{where}: {describe(widget)} moves between its cells with Tab "
                            "(setTabKeyNavigation(False))")
        if (isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.tabChangesFocus()
                and not widget.isReadOnly() and not _in_known_exception(widget)):
            problems.append(f"{where}: {describe(widget)} types a tab character (setTabChangesFocus(True))")
    # Any stop will do to start from: one round of Tab from it must reach every other and come back.
    first = targets[0]
    for backwards in (False, True):
        reached, traps = _walk(top, first, backwards, targets)
        problems += [f"{where}: {trap}" for trap in traps]
        seen = set(map(id, reached))
        for widget in targets:
            if id(widget) not in seen and not _in_known_exception(widget):
                problems.append(f"{where}: {describe(widget)} is never reached with "
                                f"{'Shift+Tab' if backwards else 'Tab'}")
    return sorted(set(problems), key=problems.index)


def shortcut_clashes(top: QWidget, where: str) -> list[str]:
    """Two shortcuts of one key live at once in ``top``: Qt runs neither (it reports them "ambiguous")."""
    live: dict[str, list[str]] = {}
    for shortcut in top.findChildren(QShortcut):
        parent = shortcut.parent()
        if not shortcut.isEnabled() or not isinstance(parent, QWidget) or parent.window() is not top:
            continue
        if not (parent is top or parent.isVisibleTo(top)) or not parent.isEnabled():
            continue
        if shortcut.context() not in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            continue
        for key in shortcut.keys():  # noqa: SIM118 (QShortcut's key sequences, not a dict)
            live.setdefault(key.toString(), []).append(describe(parent))
    return [f"{where}: {key} means {len(owners)} things at once ({', '.join(owners)})"
            for key, owners in live.items() if len(owners) > 1]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _needs_a_name(widget: QWidget) -> bool:
    if isinstance(widget, (QTabBar, QStackedWidget)):  # a tab bar's tabs carry the names
        return False
    if isinstance(widget, QGroupBox):
        return widget.isCheckable()
    return True


def unnamed(top: QWidget, where: str, widgets: Iterable[QWidget] | None = None) -> list[str]:
    """Interactive widgets a screen reader could not name, or names with no letter or digit in them."""
    problems = []
    for widget in widgets if widgets is not None else stops(top):
        if not _needs_a_name(widget) or _in_known_exception(widget):
            continue
        name = accessible_name(widget).replace("&", "").strip()
        if not name:
            problems.append(f"{where}: {describe(widget)} has no accessible name")
        elif not _WORDY.search(name):
            problems.append(f"{where}: {describe(widget)} is named only {name!r}")
        elif isinstance(widget, QAbstractButton) and not _WORDY.search(widget.text()) and widget.text().strip() \
                and not widget.accessibleName():
            problems.append(f"{where}: {describe(widget)} is named only {widget.text()!r}")
    return problems


def audit(top: QWidget, where: str) -> list[str]:
    return unnamed(top, where) + shortcut_clashes(top, where) + walk_problems(top, where)
