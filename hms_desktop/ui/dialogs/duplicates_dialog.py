"""Before registering: "this patient may already be registered" with the reasons, and three ways on."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from hms_desktop.domain.phones import display_phone
from hms_desktop.services.patients import DuplicateCandidate
from hms_desktop.ui.forms.ui_duplicates_dialog import Ui_DuplicatesDialog
from hms_desktop.ui.models.patient_search import format_date
from hms_desktop.ui.widgets.select_row import select_row


class DuplicateChoice(Enum):
    BACK = "back"          # return to the form, nothing saved
    OPEN = "open"          # it is the same person: open the existing record
    REGISTER = "register"  # a different person: register anyway


class DuplicatesDialog(QDialog):
    """Lists the candidates; ``decided(choice, chosen)`` says what the user decided (chosen for OPEN)."""

    decided = Signal(object, object)  # DuplicateChoice, DuplicateCandidate | None

    def __init__(self, candidates: tuple[DuplicateCandidate, ...] | list[DuplicateCandidate], *,
                 new_name: str = "", region: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DuplicatesDialog()
        self.ui.setupUi(self)
        self.candidates = tuple(candidates)
        self.choice = DuplicateChoice.BACK
        self.chosen: DuplicateCandidate | None = None
        count = len(self.candidates)
        who = new_name or self.tr("this patient")
        intro = (self.tr("<b>%1 may already be registered.</b> %2 existing record looks like the same "
                         "person. Check with the patient before registering them again: a second record "
                         "splits their history.") if count == 1 else
                 self.tr("<b>%1 may already be registered.</b> %2 existing records look like the same "
                         "person. Check with the patient before registering them again: a second record "
                         "splits their history."))
        self.ui.introLabel.setText(intro.replace("%1", who.replace("<", "&lt;")).replace(
            "%2", self.tr("One") if count == 1 else str(count)))
        table = self.ui.table
        table.setAccessibleName(self.tr("Records that may be the same person"))
        table.setRowCount(count)
        for row, candidate in enumerate(self.candidates):
            patient = candidate.patient
            birth = format_date(patient.birth_date)
            if birth and patient.birth_date_estimated:
                birth = self.tr("%1 (est.)").replace("%1", birth)
            values = (patient.display_name, birth, patient.mrn, display_phone(patient.phone, region),
                      ", ".join(candidate.reasons))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((210, 130, 100, 140)):
            table.setColumnWidth(column, width)
        table.resizeRowsToContents()
        if count:
            select_row(table, 0)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemDoubleClicked.connect(lambda _item: self._open())
        self.ui.openButton.clicked.connect(self._open)
        self.ui.registerButton.clicked.connect(self._register)
        self.ui.backButton.clicked.connect(self.reject)
        self.finished.connect(self._finished)
        # The safe way is the default: Enter opens the existing record rather than creating a second one.
        self.ui.openButton.setDefault(True)
        self.ui.openButton.setAutoDefault(True)
        self._update_buttons()

    def _finished(self, _result: int) -> None:
        self.decided.emit(self.choice, self.chosen)

    def selected(self) -> DuplicateCandidate | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.candidates[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.ui.openButton.setEnabled(self.selected() is not None)

    def _open(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.choice = DuplicateChoice.OPEN
        self.chosen = chosen
        self.accept()

    def _register(self) -> None:
        self.choice = DuplicateChoice.REGISTER
        self.accept()
