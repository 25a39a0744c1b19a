"""Choosing a WHO ICD-10 code by typing a code or words: a search box, the matches, and what was chosen.

The classification is local (``domain.clinical.search``, no database), so the search runs on the GUI thread
after a short pause in typing; only a code chosen from the list (or given when editing) counts, so an
invalid code cannot be saved.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem

from hms_desktop.domain.clinical import describe, search
from hms_desktop.domain.errors import ValidationError

SEARCH_DEBOUNCE_MS = 200
CODE_ROLE = Qt.ItemDataRole.UserRole


class Icd10Chooser(QObject):
    """``changed`` is emitted when the chosen code changes (``code`` is None until one is chosen)."""

    changed = Signal()

    def __init__(self, *, search_edit: QLineEdit, results: QListWidget, chosen_label: QLabel,
                 parent: QObject) -> None:
        super().__init__(parent)
        self._edit = search_edit
        self._list = results
        self._chosen_label = chosen_label
        self.code: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        search_edit.textEdited.connect(lambda _text: self._timer.start())
        results.currentItemChanged.connect(lambda item, _previous: self._choose(item))
        results.setTabKeyNavigation(False)
        self._show_chosen()

    def set_code(self, code: str | None) -> None:
        """The code a record already has (editing); shown as chosen."""
        self.code = code
        self._show_chosen()

    def search(self, text: str) -> None:
        self._edit.setText(text)
        self.search_now()

    def search_now(self) -> None:
        self._timer.stop()
        self._list.blockSignals(True)
        self._list.clear()
        for entry in search(self._edit.text()):
            item = QListWidgetItem(f"{entry.code}  {entry.description}")
            item.setData(CODE_ROLE, entry.code)
            item.setToolTip(self.tr("%1 · chapter %2: %3").replace("%1", entry.code)
                            .replace("%2", str(entry.chapter)).replace("%3", entry.chapter_title))
            self._list.addItem(item)
        self._list.blockSignals(False)
        if self._list.count() == 0 and self._edit.text().strip():
            placeholder = QListWidgetItem(self.tr("No ICD-10 code matches. Try another word or the code."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self._list.addItem(placeholder)
        elif self._list.count() == 1:
            self._list.setCurrentRow(0)

    def _choose(self, item: QListWidgetItem | None) -> None:
        code = item.data(CODE_ROLE) if item is not None else None
        if code is None:
            return
        self.code = str(code)
        self._show_chosen()
        self.changed.emit()

    def _show_chosen(self) -> None:
        if self.code is None:
            self._chosen_label.setText(self.tr("No code chosen yet: type a code or words and pick one."))
            return
        try:
            entry = describe(self.code)
        except ValidationError:
            self._chosen_label.setText(self.tr("%1 is not a WHO ICD-10 code.").replace("%1", self.code))
            return
        self._chosen_label.setText(self.tr("Chosen: %1 %2 (chapter %3)").replace("%1", entry.code)
                                   .replace("%2", entry.description).replace("%3", entry.chapter))
