"""Word-wrapped list entries whose height always shows every line.

QListWidget with ``wordWrap`` sizes an entry for the text's width without the style sheet's item padding, so
an entry that wraps once more at the real width loses its last line to "…" (the waiting list at 1280 px).
This delegate measures at the width the entry really has, and the view re-measures when it is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QListView, QListWidget, QStyleOptionViewItem

from hms_desktop.ui.bidi import IsolatingDelegate

# resources/style.qss: "::item { padding: 5px 4px; border-bottom: 1px solid … }" on the lists that use this.
ITEM_PADDING = QSize(2 * 4, 2 * 5 + 1)
TEXT_MARGIN = 6  # the style's own margin around an item's text, both sides together


class WrappedItemDelegate(IsolatingDelegate):  # right to left, each entry one run in its own direction
    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._view.viewport().width() - 2 * self._view.spacing()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        room = max(40, width - ITEM_PADDING.width() - TEXT_MARGIN)
        height = self._view.fontMetrics().boundingRect(QRect(0, 0, room, 100_000),
                                                       Qt.TextFlag.TextWordWrap, text).height()
        return QSize(width, height + ITEM_PADDING.height() + 2)


def wrap_entries(view: QListWidget) -> None:
    """Wrap ``view``'s entries and keep each tall enough for all of its lines at any width."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setItemDelegate(WrappedItemDelegate(view))
