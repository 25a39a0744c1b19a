"""A row of widgets that wraps onto more lines when the window is narrow (issue 15, item 3).

At 200 % scaling a 1920 × 1080 screen is 960 logical pixels wide: a tool bar of buttons, combo boxes and a
status text laid out in one QHBoxLayout would force the window wider than the screen, and what lies past its
right edge cannot be reached. ``FlowLayout`` places its items left to right (right to left in a right-to-left
layout) and starts a new line when the next one does not fit; its minimum width is its widest item.
``reflow(row)`` swaps a QHBoxLayout made by Designer (uic) for a FlowLayout holding the same widgets in the
same place, so the .ui files keep describing the usual one-line row.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items on lines, each line as high as its tallest item, items vertically centred on their line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    # --- QLayout's bookkeeping ---

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def spacing(self) -> int:
        return self._spacing

    def setSpacing(self, spacing: int) -> None:
        self._spacing = spacing
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        """One line: what the row would take if the window had room."""
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    # --- placing ---

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (when ``move``); return the height they take."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(area.width(), 1 << 20)).expandedTo(item.minimumSize())
            needed = hint.width() + (self._spacing if lines[-1] else 0)
            if lines[-1] and used + needed > area.width():
                lines.append([])
                used, needed = 0, hint.width()
            lines[-1].append((item, hint))
            used += needed
        right_to_left = self._direction() == Qt.LayoutDirection.RightToLeft
        y = area.top()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _item, hint in line)
            x = area.left()
            for item, hint in line:
                if move:
                    top = y + (height - hint.height()) // 2
                    left = area.right() + 1 - x + area.left() - hint.width() if right_to_left else x
                    item.setGeometry(QRect(QPoint(left, top), hint))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - area.top()) + margins.top() + margins.bottom()

    def _direction(self) -> Qt.LayoutDirection:
        widget = self.parentWidget()
        return widget.layoutDirection() if widget is not None else Qt.LayoutDirection.LeftToRight


def reflow(row: QBoxLayout, spacing: int | None = None) -> FlowLayout:
    """Put the widgets of ``row`` (a horizontal layout inside a box layout) into a FlowLayout in its place.

    Spacers and stretches go (a flow has no stretch); a label and the field it is the buddy of stay on one
    line. Returns the new layout; ``row`` is deleted."""
    parent = row.parent()
    if not isinstance(parent, QBoxLayout):
        raise TypeError(f"{row.objectName()} is not inside a box layout")
    index = next(i for i in range(parent.count()) if (item := parent.itemAt(i)) is not None and item.layout() is row)
    widget = row.parentWidget()
    style = widget.style() if widget is not None else None
    gap = spacing if spacing is not None else (
        row.spacing() if row.spacing() >= 0 else
        style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style is not None else 6)
    flow = FlowLayout(spacing=max(gap, 4))
    flow.setObjectName(row.objectName())
    flow.setContentsMargins(row.contentsMargins())
    taken = []
    while row.count():
        item = row.takeAt(0)
        if item is None:
            break
        taken.append(item)
    for position, item in enumerate(taken):
        child, inner = item.widget(), item.layout()
        following = next((later.widget() for later in taken[position + 1:] if later.widget() is not None), None)
        if isinstance(child, QLabel) and child.buddy() is not None and child.buddy() is following:
            continue  # goes on the line with its field, below
        if child is not None:
            label = next((earlier.widget() for earlier in reversed(taken[:position])
                          if earlier.widget() is not None), None)
            if isinstance(label, QLabel) and label.buddy() is child:
                flow.addWidget(keep_together(label, child, spacing=max(gap, 4)))
                continue
        if child is not None:
            flow.addWidget(child)
        elif inner is not None:
            holder = QWidget(widget)  # a nested row (a label and its field) stays together on one line
            holder.setObjectName(f"{inner.objectName() or 'group'}Holder")
            holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            inner.setParent(None)
            holder.setLayout(inner)
            inner.setContentsMargins(0, 0, 0, 0)
            flow.addWidget(holder)
    parent.takeAt(index)
    parent.insertLayout(index, flow)
    row.deleteLater()
    return flow


def keep_together(*widgets: QWidget, spacing: int = 6) -> QWidget:
    """One flow item for a label and its field (or a swatch and its word): a line never ends between them."""
    parent = widgets[0].parentWidget()
    holder = QWidget(parent)
    holder.setObjectName(f"{widgets[-1].objectName() or 'field'}Holder")
    holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    pair = QHBoxLayout(holder)
    pair.setContentsMargins(0, 0, 0, 0)
    pair.setSpacing(spacing)
    for widget in widgets:
        pair.addWidget(widget)
    return holder

