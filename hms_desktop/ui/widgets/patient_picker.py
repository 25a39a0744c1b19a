"""The front desk's patient search as a short pick list, for dialogs that need a patient (book, waiting list)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView

from hms_desktop.services.context import ServiceContext
from hms_desktop.services.patients import PatientSummary
from hms_desktop.ui.models.patient_search import (
    AGE,
    BIRTH_DATE,
    LAST_VISIT,
    MRN,
    NAME,
    PHONE,
    PatientSearchModel,
    page_fetcher,
)
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.select_row import select_row

SEARCH_DEBOUNCE_MS = 150
# In a narrow pick list (a side panel of Billing or Consultation) the columns go, least needed first, until the
# name has room for a name: a patient is told apart by name, date of birth and MRN; age repeats the birth date.
OPTIONAL_COLUMNS = (LAST_VISIT, PHONE, AGE, MRN, BIRTH_DATE)
NAME_ROOM = "MMMMMMMMMMMMMMMM"  # about sixteen letters of a name before it is elided


class PatientPicker(QObject):
    """Drives a dialog's search box and table; emits ``picked(PatientSummary)`` when a row is chosen.

    A single match is chosen by itself; ``preferred_id`` re-selects a known patient when results arrive.
    """

    picked = Signal(object)

    def __init__(self, *, runner: Runner, ctx: ServiceContext, search_edit: QLineEdit, table: QTableView,
                 parent: QObject) -> None:
        super().__init__(parent)
        self._edit = search_edit
        self._table = table
        self.preferred_id: int | None = None
        self.model = PatientSearchModel(runner=runner, fetch=page_fetcher(ctx), page_size=20, parent=self)
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self._widths: dict[int, int] = {}
        table.viewport().installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        search_edit.textChanged.connect(lambda _text: self._timer.start())
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.results_changed.connect(self._results_shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._table.viewport():
            QTimer.singleShot(0, self, self._fit_columns)  # after the header has sized its sections
        return False

    def _fit_columns(self) -> None:
        """Hide the optional columns, least needed first, until the name column has its room."""
        table = self._table
        header = table.horizontalHeader()
        room = table.fontMetrics().horizontalAdvance(NAME_ROOM)
        # Sized as ResizeToContents sizes them; a hidden column keeps the width it had when last shown (a hidden
        # section's hints read 1), so the choice does not flip back and forth.
        for column in range(header.count()):
            if column != NAME and not table.isColumnHidden(column):
                self._widths[column] = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        width = self._widths
        hidden: set[int] = set()
        for column in OPTIONAL_COLUMNS:
            others = sum(size for c, size in width.items() if c not in hidden)
            if others + room <= table.viewport().width():
                break
            hidden.add(column)
        for column in OPTIONAL_COLUMNS:
            table.setColumnHidden(column, column in hidden)

    def search(self, text: str) -> None:
        self._edit.setText(text)
        self.search_now()

    def search_now(self) -> None:
        self._timer.stop()
        text = self._edit.text().strip()
        if text:
            self.model.search(text)
        else:
            self.model.clear()

    def _results_shown(self) -> None:
        if self.model.rowCount() == 1:
            select_row(self._table, 0)
        elif self.preferred_id is not None and self._table.isVisible():
            row = self.model.row_of(self.preferred_id)
            if row >= 0:
                select_row(self._table, row)

    def _selection_changed(self) -> None:
        rows = self._table.selectionModel().selectedRows()
        if rows:
            patient: PatientSummary = self.model.patient(rows[0].row())
            self.preferred_id = patient.id
            self.picked.emit(patient)
