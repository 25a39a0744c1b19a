"""The idle lock: covers the window and asks for the password again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hms_desktop.ui.forms.ui_lock_screen import Ui_LockScreen
from hms_desktop.ui.widgets.feedback import show_message


class LockScreen(QWidget):
    unlock_requested = Signal(str)
    switch_user_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.setObjectName("lockBackground")
        self.setAutoFillBackground(True)
        self.ui.card.setObjectName("card")
        self.ui.messageLabel.hide()
        self.ui.unlockButton.clicked.connect(self._submit)
        self.ui.passwordEdit.returnPressed.connect(self._submit)
        self.ui.switchUserButton.clicked.connect(self.switch_user_requested)

    def prepare(self, full_name: str, username: str) -> None:
        self.ui.whoLabel.setText(self.tr("%1 (%2) is logged in. Enter your password to continue where you "
                                         "left off.").replace("%1", full_name).replace("%2", username))
        self.ui.passwordEdit.clear()
        show_message(self.ui.messageLabel, "")
        self.ui.unlockButton.setEnabled(True)
        self.ui.passwordEdit.setFocus()

    def _submit(self) -> None:
        password = self.ui.passwordEdit.text()
        if not password:
            show_message(self.ui.messageLabel, self.tr("Enter your password."))
            return
        self.ui.unlockButton.setEnabled(False)
        self.unlock_requested.emit(password)

    def refused(self, message: str) -> None:
        self.ui.unlockButton.setEnabled(True)
        show_message(self.ui.messageLabel, message)
        self.ui.passwordEdit.selectAll()
        self.ui.passwordEdit.setFocus()
