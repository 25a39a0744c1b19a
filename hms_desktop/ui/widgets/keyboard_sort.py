"""Column sorting from the keyboard (issue 15, item 1).

A header is sorted with the mouse; its sections are not Tab stops. In a sortable table the context menu (the
menu key, Shift+F10, or a right-click) offers "Sort by <column>" for every column that can be sorted, the
current one ticked; choosing it again reverses the order. It sets the header's sort indicator, exactly what a
click on the header does, so each table sorts the way it already does on a click (in the view, or on the
server for the patient search).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView


def sort_menu(view: QTableView, sortable: Callable[[int], bool]) -> QMenu:
    """The menu of columns to sort ``view`` by (not shown: the caller pops it up)."""
    header = view.horizontalHeader()
    model = view.model()
    menu = QMenu(view)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for column in range(model.columnCount() if model is not None else 0):
        if view.isColumnHidden(column) or not sortable(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        action = menu.addAction(QCoreApplication.translate("KeyboardSort", "Sort by %1").replace("%1", title))
        action.setCheckable(True)
        current = header.isSortIndicatorShown() and header.sortIndicatorSection() == column
        action.setChecked(current)

        def choose(_checked: bool = False, column: int = column, current: bool = current) -> None:
            order = Qt.SortOrder.AscendingOrder
            if current and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
                order = Qt.SortOrder.DescendingOrder
            header.setSortIndicator(column, order)

        action.triggered.connect(choose)
    return menu


def sort_from_keyboard(view: QTableView, sortable: Callable[[int], bool] = lambda _column: True) -> None:
    """Offer "Sort by …" in ``view``'s context menu, for the columns ``sortable`` accepts."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def popup(position: QPoint) -> None:
        menu = sort_menu(view, sortable)
        menu.popup(view.viewport().mapToGlobal(position))

    view.customContextMenuRequested.connect(popup)
    if not view.accessibleDescription():
        view.setAccessibleDescription(QCoreApplication.translate(
            "KeyboardSort", "To sort by a column: the menu key or Shift+F10."))
