"""What screen readers are told about the widgets Qt cannot describe by itself (issue 15, item 2).

Qt describes its own widgets. Two of ours are custom: the day and week calendars paint their appointments
(no child widgets to describe), and a bed tile is a frame of labels that acts as a button. A widget class
that defines ``make_accessible_interface()`` gets the interface it returns: one factory, installed once with
``QAccessible.installFactory`` (PySide6 passes Python subclasses of ``QAccessibleWidget`` and
``QAccessibleInterface`` through to Qt, and Qt calls their methods back, also from C++).

What PySide6 cannot do: ``QAccessibleTableInterface`` (rows, columns, cell navigation) is not in its bindings,
and ``interface_cast`` returns a C++ pointer that Python cannot supply, so a calendar cannot be a true table
to a screen reader. It is a list of appointments instead, one item per appointment, named by what is drawn
(the column, time, patient, status and detail), with a focus event for the appointment under the keyboard
cursor and the slot under the cursor in its description.

The stubs of PySide6 say ``child()``, ``childAt()``, ``focusChild()``, ``object()`` and ``window()`` never
return None; Qt's C++ API returns a null pointer for "none", and so do these (hence the ``type: ignore``).

Lifetime: Qt keeps every interface it is given in its cache and deletes the widget's own when the widget
goes; the Python objects are kept alive by the widget (``_accessible``) and, for appointments, by the
calendar's interface for as long as the calendar lives, because Qt may still hold their addresses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_installed = False


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    make = getattr(obj, "make_accessible_interface", None)
    if make is None or not isinstance(obj, QWidget):
        return None
    interface: QAccessibleInterface = make()
    obj._accessible = interface  # type: ignore[attr-defined]  # kept alive as long as the widget
    return interface


def install() -> None:
    """Install the factory (once; every widget class that describes itself calls this when it is made)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce(widget: QWidget, event: QAccessible.Event, child: int = -1) -> None:
    """Tell screen readers that ``event`` happened to ``widget`` (or to its child number ``child``)."""
    message = QAccessibleEvent(widget, event)
    if child >= 0:
        message.setChild(child)
    QAccessible.updateAccessibility(message)


# --- a tile that acts as a button -------------------------------------------------------------------------

class ButtonAccessible(QAccessibleWidget):
    """A widget read as a button: its accessible name and (plain text) description, and a press action that
    does what Enter, Space or a double-click does."""

    def __init__(self, widget: QWidget, press: Callable[[], None]) -> None:
        super().__init__(widget, QAccessible.Role.Button)
        self._press = press

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self._press()
        else:
            super().doAction(name)

    def keyBindingsForAction(self, name: str) -> list[str]:
        if name == QAccessibleActionInterface.pressAction():
            return ["Return", "Space"]
        return list(super().keyBindingsForAction(name))


# --- a painted grid of appointments --------------------------------------------------------------------


class PaintedItems(Protocol):
    """What a painted widget tells its interface about the items it draws (DayCalendar does)."""

    def accessible_item_ids(self) -> list[int]: ...
    def accessible_item_text(self, item_id: int) -> str: ...
    def accessible_item_rect(self, item_id: int) -> QRect | None: ...  # viewport coordinates
    def accessible_current_item(self) -> int | None: ...
    def accessible_item_at(self, pos: QPoint) -> int | None: ...  # viewport coordinates


class PaintedItem(QAccessibleInterface):
    """One appointment of a calendar, as a list item named by what is drawn."""

    def __init__(self, owner: PaintedListAccessible, item_id: int) -> None:
        super().__init__()
        self._owner = owner
        self.item_id = item_id

    def _items(self) -> PaintedItems | None:
        return self._owner.items()

    def isValid(self) -> bool:
        items = self._items()
        return items is not None and self.item_id in items.accessible_item_ids()

    def object(self) -> QObject | None:  # type: ignore[override]  # Qt takes a null pointer
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]  # Qt takes a null pointer
        return self._owner.window()

    def relations(self, _match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations,
                  ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes a null pointer
        return None

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes a null pointer
        return None

    def parent(self) -> QAccessibleInterface:
        return self._owner

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes a null pointer
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        items = self._items()
        if items is None or kind != QAccessible.Text.Name:
            return ""
        return items.accessible_item_text(self.item_id)

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        return

    def rect(self) -> QRect:
        items = self._items()
        widget = self._owner.widget()
        rect = items.accessible_item_rect(self.item_id) if items is not None else None
        if rect is None or widget is None:
            return QRect()
        viewport = getattr(widget, "viewport", lambda: widget)()
        return QRect(viewport.mapToGlobal(rect.topLeft()), rect.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        items = self._items()
        widget = self._owner.widget()
        state.focusable = True
        state.selectable = True
        current = items.accessible_current_item() if items is not None else None
        if current == self.item_id:
            state.selected = True
            state.focused = widget is not None and widget.hasFocus()
        rect = items.accessible_item_rect(self.item_id) if items is not None else None
        viewport = getattr(widget, "viewport", lambda: widget)() if widget is not None else None
        if rect is None or viewport is None or not viewport.rect().intersects(rect):
            state.offscreen = True
        return state


class PaintedListAccessible(QAccessibleWidget):
    """A painted widget read as a list with one item per thing it draws. Its name and description are the
    widget's own (the calendar keeps its description saying what is under the keyboard cursor)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.List)
        self._children: dict[int, PaintedItem] = {}  # never pruned: Qt may still hold their addresses

    def items(self) -> PaintedItems | None:
        widget = self.widget()
        return widget if widget is not None else None  # type: ignore[return-value]

    def _ids(self) -> list[int]:
        items = self.items()
        return items.accessible_item_ids() if items is not None else []

    def _child(self, item_id: int) -> PaintedItem:
        child = self._children.get(item_id)
        if child is None:
            child = self._children[item_id] = PaintedItem(self, item_id)
        return child

    def childCount(self) -> int:
        return len(self._ids())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes a null pointer
        ids = self._ids()
        return self._child(ids[index]) if 0 <= index < len(ids) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        item_id = getattr(child, "item_id", None)
        ids = self._ids()
        return ids.index(item_id) if item_id in ids else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes a null pointer
        items = self.items()
        current = items.accessible_current_item() if items is not None else None
        return self._child(current) if current is not None else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes a null pointer
        items, widget = self.items(), self.widget()
        if items is None or widget is None:
            return None
        viewport = getattr(widget, "viewport", lambda: widget)()
        found = items.accessible_item_at(viewport.mapFromGlobal(QPoint(x, y)))
        return self._child(found) if found is not None else None
