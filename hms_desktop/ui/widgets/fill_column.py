"""A table column that takes the width the others leave, but never less than its content (issue 15, item 3).

QHeaderView's Stretch mode shrinks a column below its text when the table is narrow: at 200 % the stock list's
Item column read "Amoxi…". ``fill_column`` keeps the column as wide as the room left by the others when there is
room, and as wide as its longest text when there is not: the table then scrolls sideways instead of cutting the
names people look for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class _FillColumn(QObject):
    def __init__(self, table: QTableView, column: int) -> None:
        super().__init__(table)
        self.table = table
        self.column = column
        header = table.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # The other columns follow their contents when rows come: the room left changes with them.
        header.sectionResized.connect(self._other_resized)
        table.viewport().installEventFilter(self)

    def _other_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self.column:
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.column and not header.isSectionHidden(c))
        content = max(table.sizeHintForColumn(self.column), header.sectionSizeHint(self.column))
        header.resizeSection(self.column, max(content, table.viewport().width() - others))


def fill_column(table: QTableView, column: int) -> None:
    """Make ``column`` of ``table`` fill the room left and keep its content whole; call ``refit`` after a fill."""
    table.setProperty("fillColumn", _FillColumn(table, column))


def refit(table: QTableView) -> None:
    """The table's rows changed: fit its fill column again (a no-op for a table without one)."""
    filler = table.property("fillColumn")
    if isinstance(filler, _FillColumn):
        filler.fit()
