"""Date fields that behave with the keyboard like every other field (issue 15, item 1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget


class OpenEndedDateEdit(QDateEdit):
    """A date field whose lowest date means "no date", shown as its special value text ("Open-ended").

    Qt's QDateTimeEdit keeps Tab while it shows that text: its key handler accepts the key and only moves the
    cursor, so the fields and buttons after it (the doctor-hours dialog's Add, Remove and Save) could not be
    reached by keyboard. Here Tab and Shift+Tab leave it then, as they leave any field; with a date shown,
    Tab still moves between day, month and year first, as in every other date field."""

    def showing_special_value(self) -> bool:
        return bool(self.specialValueText()) and self.date() == self.minimumDate()

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.showing_special_value():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.showing_special_value():
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)
