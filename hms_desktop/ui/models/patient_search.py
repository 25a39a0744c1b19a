"""Patient search results as a paged Qt table model over DTOs.

The model never holds more than the pages the user has scrolled through: the first page comes
with the query, and Qt's ``canFetchMore`` / ``fetchMore`` ask the server for the next one when the
view nears the end. Every query carries a sequence number; a page that arrives for an older
query (an earlier keystroke, a previous sort) is dropped, so results never flicker backwards.
Sorting re-queries the server with an allow-listed ``SortKey``: the model never sorts locally,
because it only holds a slice of the matches.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from hms_desktop import formats
from hms_desktop.domain.patients import SEX_LABELS, age_on
from hms_desktop.domain.phones import display_phone
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import patients
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import to_hospital
from hms_desktop.services.patients import PatientSummary, SearchPage, SortKey
from hms_desktop.ui import colours
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.tasks import Runner

PAGE_SIZE = 50
COLUMNS = (
    QT_TRANSLATE_NOOP("PatientSearch", "Name"),
    QT_TRANSLATE_NOOP("PatientSearch", "Sex"),
    QT_TRANSLATE_NOOP("PatientSearch", "Age"),
    QT_TRANSLATE_NOOP("PatientSearch", "Date of birth"),
    QT_TRANSLATE_NOOP("PatientSearch", "MRN"),
    QT_TRANSLATE_NOOP("PatientSearch", "Phone"),
    QT_TRANSLATE_NOOP("PatientSearch", "Last visit"),
)
NAME, SEX, AGE, BIRTH_DATE, MRN, PHONE, LAST_VISIT = range(len(COLUMNS))
# Header columns the server can order by; any other column keeps the current order.
SORT_KEYS: dict[int, SortKey] = {NAME: SortKey.NAME, BIRTH_DATE: SortKey.BIRTH_DATE, MRN: SortKey.MRN}

Index = QModelIndex | QPersistentModelIndex
# (text, sort, offset, limit) -> one page; runs on a worker thread.
PageFetcher = Callable[[str, SortKey, int, int], SearchPage]


def _words(text: str) -> str:
    """One of the labels marked QT_TRANSLATE_NOOP("PatientSearch", ...), in the workstation's language."""
    return QCoreApplication.translate("PatientSearch", text)


def page_fetcher(ctx: ServiceContext) -> PageFetcher:
    """The model's query. It runs on a worker thread, so it holds the context, never a widget."""

    def fetch(text: str, sort: SortKey, offset: int, limit: int) -> SearchPage:
        return patients.search(ctx, text, limit=limit, offset=offset, sort=sort)

    return fetch


def format_date(value: date | None) -> str:
    return formats.format_date(value) if value else ""


def format_when(value: datetime | None, zone: tzinfo | None = None) -> str:
    """The hospital's date of an instant (``zone``: the hospital's; None until it is read: the workstation's)."""
    return formats.format_date(to_hospital(value, zone)) if value else ""


class PatientSearchModel(QAbstractTableModel):
    """Rows of ``PatientSummary``; ``search(text)`` replaces them, ``fetchMore`` appends a page."""

    # Emitted after a first page or a further page was applied (not for dropped, stale pages).
    results_changed = Signal()
    search_failed = Signal(object)  # ServiceError
    busy_changed = Signal(bool)

    def __init__(self, *, runner: Runner, fetch: PageFetcher, page_size: int = PAGE_SIZE,
                 today: Callable[[], date] = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._fetch = fetch
        self._page_size = page_size
        self._today = today
        self._rows: list[PatientSummary] = []
        self._has_more = False
        self._text = ""
        self._sort = SortKey.RELEVANCE
        self._sequence = 0
        self._pending = 0  # queries/pages in flight for the current sequence
        self._fetching_more = False
        self.searched_text: str | None = None  # the text the shown rows answer (None before the first)
        self.region: str | None = None  # the hospital's phone region, for showing numbers nationally
        self.zone: tzinfo | None = None  # the hospital's time zone, for the date of the last visit
        self.dropped_pages = 0  # stale pages thrown away; tests and diagnostics read it

    # --- queries ---

    @property
    def text(self) -> str:
        return self._text

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def sequence(self) -> int:
        return self._sequence

    def search(self, text: str, *, sort: SortKey | None = None) -> None:
        """Ask for the first page of ``text``; any page still on its way for an older query is dropped."""
        self._text = text
        if sort is not None:
            self._sort = sort
        self._sequence += 1
        sequence = self._sequence
        self._fetching_more = False
        self._pending = 0
        fetch, query, key, limit = self._fetch, text, self._sort, self._page_size
        self._started()
        self._runner.run(lambda: fetch(query, key, 0, limit),
                         on_success=lambda page: self._first_page(sequence, query, page),
                         on_failure=lambda error: self._failed(sequence, error), owner=self)

    def set_sort(self, key: SortKey) -> None:
        if key is not self._sort:
            self.search(self._text, sort=key)

    def refresh(self) -> None:
        """Ask again (after a change elsewhere); nothing to do when there is no query."""
        if self._text:
            self.search(self._text)

    def clear(self) -> None:
        """No query: an empty list (and any query in flight is dropped)."""
        self._sequence += 1
        self._text = ""
        self.searched_text = None
        self._pending = 0
        self._fetching_more = False
        self.busy_changed.emit(False)
        self.beginResetModel()
        self._rows = []
        self._has_more = False
        self.endResetModel()
        self.results_changed.emit()

    def _started(self) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

    def _finished(self) -> None:
        self._pending = max(0, self._pending - 1)
        if self._pending == 0:
            self.busy_changed.emit(False)

    def _first_page(self, sequence: int, text: str, page: SearchPage) -> None:
        if sequence != self._sequence:
            self.dropped_pages += 1
            return
        self._finished()
        self.beginResetModel()
        self._rows = list(page.rows)
        self._has_more = page.has_more
        self.endResetModel()
        self.searched_text = text
        self.results_changed.emit()

    def _failed(self, sequence: int, error: ServiceError) -> None:
        if sequence != self._sequence:
            self.dropped_pages += 1
            return
        self._finished()
        self._fetching_more = False
        self.search_failed.emit(error)

    # --- paging (Qt calls these when the view scrolls near the end) ---

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._fetching_more \
            and self.searched_text is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching_more = True
        sequence = self._sequence
        fetch, query, key, limit = self._fetch, self._text, self._sort, self._page_size
        offset = len(self._rows)
        self._started()
        self._runner.run(lambda: fetch(query, key, offset, limit),
                         on_success=lambda page: self._next_page(sequence, offset, page),
                         on_failure=lambda error: self._failed(sequence, error), owner=self)

    def _next_page(self, sequence: int, offset: int, page: SearchPage) -> None:
        if sequence != self._sequence or offset != len(self._rows):
            self.dropped_pages += 1
            return
        self._finished()
        self._fetching_more = False
        known = {row.id for row in self._rows}
        # Rows inserted or renamed between pages can shift an OFFSET page by a row or two.
        fresh = [row for row in page.rows if row.id not in known]
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self._has_more = page.has_more and bool(page.rows)
        self.results_changed.emit()

    # --- reading ---

    def patient(self, row: int) -> PatientSummary:
        return self._rows[row]

    def patients(self) -> list[PatientSummary]:
        return list(self._rows)

    def row_of(self, patient_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == patient_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _words(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            if section in SORT_KEYS:
                return self.tr("Click to sort by this column")
            return self.tr("This column cannot be sorted; results are ordered by the sorted column or by "
                           "best match")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        patient = self._rows[index.row()]
        column = index.column()
        value: Any = None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._display(patient, column)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if patient.merged_into_mrn:
                value = self.tr("Merged into MRN %1").replace("%1", patient.merged_into_mrn)
            elif column in (AGE, BIRTH_DATE) and patient.birth_date_estimated:
                value = self.tr("Date of birth estimated from the age given")
        elif role == Qt.ItemDataRole.ForegroundRole and patient.merged_into_mrn:
            value = QColor(colours.DIMMED_TEXT)  # the "(merged)" in the name says it too
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == AGE:
            value = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
        return value

    def _display(self, patient: PatientSummary, column: int) -> str:
        if column == AGE:
            if patient.birth_date is None:
                return ""
            age = str(age_on(patient.birth_date, self._today()))
            return f"~{age}" if patient.birth_date_estimated else age
        if column == BIRTH_DATE:
            text = format_date(patient.birth_date)
            return self.tr("%1 (est.)").replace("%1", text) if text and patient.birth_date_estimated else text
        plain = {
            # Merged is said in words as well as greyed (issue 15.3: not by colour alone).
            NAME: (self.tr("%1 (merged)").replace("%1", patient.display_name) if patient.merged_into_mrn
                   else patient.display_name),
            SEX: domain_word(SEX_LABELS.get(patient.sex, patient.sex)),
            MRN: patient.mrn,
            PHONE: display_phone(patient.phone, self.region),
            LAST_VISIT: format_when(patient.last_visit, self.zone),
        }
        return plain.get(column, "")
