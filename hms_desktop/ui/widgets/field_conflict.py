"""A stale save of any record: what you typed and what is saved now, side by side, and an explicit choice
(``ConflictChoice``). Nothing is lost by opening it: "Back to my changes" returns to the form as it was.

Used by the patient form (``ui/dialogs/conflict_dialog.py`` ``ConflictDialog``, which adds the patient's
fields) and by the catalogue editor (``ui/widgets/catalogue_editor.py``). A widget, not a dialog module, so
widgets may use it (tests/unit/test_layers.py).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from hms_desktop.ui.forms.ui_conflict_dialog import Ui_ConflictDialog

DIFFERENT = QColor("#fff1c2")


class ConflictChoice(Enum):
    BACK = "back"
    KEEP_THEIRS = "keep_theirs"
    SAVE_MINE = "save_mine"


class FieldConflictDialog(QDialog):
    """The side-by-side comparison for any record: ``rows`` are (key, label, yours, theirs) as the user reads
    them, ``message`` says who changed it and when, and only that: the dialog's own words and buttons say what
    to do, so a service's "Compare and save again." is not passed in (EditConflict.what_happened; cutting it off
    the end would only work in English). ``decided(choice)`` is emitted when it closes, whichever way. The
    catalogue editor (ui/widgets/catalogue_editor.py) uses it as is; ConflictDialog adds the patient's fields."""

    decided = Signal(object)  # ConflictChoice

    def __init__(self, *, rows: list[tuple[str, str, str, str]], message: str, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        if title:
            self.setWindowTitle(title)
        self.choice = ConflictChoice.BACK
        self.rows = rows
        self.differences = [row for row in self.rows if row[2] != row[3]]
        count = len(self.differences)
        self.ui.introLabel.setText(
            self.tr("<b>%1</b><br>Nothing of yours has been saved yet. %2 highlighted below. Keep their "
                    "version, or save yours over it.")
            .replace("%1", message.replace("&", "&amp;").replace("<", "&lt;"))
            .replace("%2", self.tr("One field differs; it is") if count == 1
                     else self.tr("%1 fields differ; they are").replace("%1", str(count))))
        self._fill()
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.differencesOnlyCheck.toggled.connect(lambda _checked: self._fill())
        self.ui.backButton.clicked.connect(self.reject)
        self.ui.keepTheirsButton.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_THEIRS))
        self.ui.saveMineButton.clicked.connect(lambda: self._choose(ConflictChoice.SAVE_MINE))
        self.ui.backButton.setDefault(True)
        self.finished.connect(self._finished)

    def _finished(self, _result: int) -> None:
        self.decided.emit(self.choice)

    def _fill(self) -> None:
        rows = self.differences if self.ui.differencesOnlyCheck.isChecked() else self.rows
        table = self.ui.table
        table.setRowCount(len(rows))
        for index, (_key, label, yours, theirs) in enumerate(rows):
            differs = yours != theirs
            for column, value in enumerate((label, yours or "—", theirs or "—")):
                item = QTableWidgetItem(value)
                if differs:
                    item.setBackground(QBrush(DIFFERENT))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(index, column, item)
        table.resizeRowsToContents()

    def highlighted_fields(self) -> list[str]:
        """The labels of the rows shown as different (what the user sees highlighted)."""
        return [label for _key, label, yours, theirs in self.rows if yours != theirs]

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()
