"""Select a table's row from code in either layout direction (issue 15, item 5).

``QTableView.selectRow`` selects nothing in a right-to-left layout: Qt (6.x, QTableViewPrivate::selectRow)
asks the header for the column at the viewport's width, one pixel past its last one, gets -1 and gives up.
Screens that select the first search result, or the row just saved, then acted on nothing ("Open" on the
patient found, Users → Edit, the billing patient pick list). ``select_row`` does what selectRow does left to
right: the row becomes current and selected, the rest of the selection cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView


def select_row(view: QTableView, row: int) -> None:
    if view.layoutDirection() == Qt.LayoutDirection.LeftToRight:
        view.selectRow(row)
        return
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount(view.rootIndex()):
        return
    column = next((c for c in range(model.columnCount(view.rootIndex())) if not view.isColumnHidden(c)), 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    selection.setCurrentIndex(model.index(row, column, view.rootIndex()), flags)
