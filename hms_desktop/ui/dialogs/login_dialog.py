"""The login window: choose the server, give your own user name and password."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from hms_desktop.domain.demo import DemoAccount
from hms_desktop.domain.wording import plural
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.forms.ui_login_dialog import Ui_LoginDialog
from hms_desktop.ui.widgets.feedback import show_message

EMBEDDED_CHOICE = ""


class LoginDialog(FormDialog):
    """Emits ``login_requested(username, password, remember)``; the controller does the work."""

    escape_cancels = False  # closing the login window would leave the app with no window at all

    login_requested = Signal(str, str, bool)
    server_changed = Signal(str)  # profile name, "" for the embedded database
    servers_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setObjectName("loginDialog")
        self.ui.subtitleLabel.setObjectName("subtitleLabel")
        self.ui.demoLabel.setObjectName("demoLabel")
        self.ui.demoLabel.hide()
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._wait_left = 0
        self._ready = False
        self.ui.quitButton.clicked.connect(self.quit_requested)
        self.ui.serversButton.clicked.connect(self.servers_requested)
        self.ui.serverCombo.currentIndexChanged.connect(
            lambda _i: self.server_changed.emit(self.ui.serverCombo.currentData() or EMBEDDED_CHOICE))
        self.setup_form(fields={}, message_label=self.ui.messageLabel, accept_button=self.ui.loginButton,
                        submit=self._submit, watch=[self.ui.usernameEdit, self.ui.passwordEdit])
        self.set_busy(self.tr("Starting…"))

    # --- what the controller tells the dialog ---

    def set_servers(self, profile_names: list[str], current: str) -> None:
        combo = self.ui.serverCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("This computer (embedded database)"), EMBEDDED_CHOICE)
        for name in profile_names:
            combo.addItem(name, name)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def set_hospital_name(self, name: str) -> None:
        self.ui.hospitalLabel.setText(name or self.tr("Hospital Management System"))

    def set_busy(self, text: str) -> None:
        self._ready = False
        self.revalidate()
        self.ui.statusLabel.setText(text)

    def set_ready(self) -> None:
        self._ready = True
        self.ui.statusLabel.setText("")
        self.revalidate()
        target = self.ui.usernameEdit if not self.ui.usernameEdit.text() else self.ui.passwordEdit
        target.setFocus()

    def set_username(self, username: str) -> None:
        self.ui.usernameEdit.setText(username)

    def username(self) -> str:
        return self.ui.usernameEdit.text().strip()

    def set_remember(self, *, available: bool, reason: str, checked: bool) -> None:
        self.ui.rememberCheck.setEnabled(available)
        self.ui.rememberCheck.setChecked(available and checked)
        self.ui.rememberCheck.setToolTip("" if available else reason)

    def set_password(self, password: str) -> None:
        self.ui.passwordEdit.setText(password)

    def set_demo_accounts(self, accounts: tuple[DemoAccount, ...] | None) -> None:
        if not accounts:
            self.ui.demoLabel.hide()
            return
        rows = "".join(
            f"<tr><td>{html.escape(a.role)}&nbsp;&nbsp;</td><td><b>{html.escape(a.username)}</b>&nbsp;&nbsp;</td>"
            f"<td><code>{html.escape(a.password)}</code></td></tr>" for a in accounts)
        self.ui.demoLabel.setText(
            "<b>" + self.tr("Demo mode") + "</b> — " + self.tr("try these accounts:") + f"<table>{rows}</table>")
        self.ui.demoLabel.show()

    def show_error(self, text: str) -> None:
        show_message(self.ui.messageLabel, text, role="error")
        self.ui.passwordEdit.selectAll()
        self.ui.passwordEdit.setFocus()

    def show_info(self, text: str) -> None:
        show_message(self.ui.messageLabel, text, role="info")

    def wait_before_retry(self, seconds: int) -> None:
        self._wait_left = seconds
        self.revalidate()
        self._countdown.start()
        self._tick(initial=True)

    # --- internals ---

    def _tick(self, initial: bool = False) -> None:
        if not initial:
            self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._countdown.stop()
            show_message(self.ui.messageLabel, "")
            self.revalidate()
            return
        show_message(self.ui.messageLabel, plural(
            self._wait_left,
            self.tr("Too many failed attempts on this workstation. Wait %n second before trying again.", "",
                    self._wait_left),
            self.tr("Too many failed attempts on this workstation. Wait %n seconds before trying again.", "",
                    self._wait_left)))

    @property
    def ready(self) -> bool:
        """The database is prepared: a login can be sent (the controller said ``set_ready``)."""
        return self._ready

    def can_submit(self) -> bool:
        return self._ready and not self._wait_left and super().can_submit()

    def validate(self) -> Problems:
        if self.ui.usernameEdit.text().strip() and self.ui.passwordEdit.text():
            return {}
        return {"": self.tr("Enter your user name and password.")}

    def try_accept(self) -> None:
        # Refused before any round trip; the focus goes where the missing part is typed.
        # The base shows what is missing until it is typed: the line goes as soon as both are filled in.
        if self.can_submit() and self.validate():
            username = self.ui.usernameEdit.text().strip()
            super().try_accept()
            self.ui.passwordEdit.selectAll()
            (self.ui.usernameEdit if not username else self.ui.passwordEdit).setFocus()
            return
        super().try_accept()

    def _submit(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        show_message(self.ui.messageLabel, "")
        self.set_busy(self.tr("Logging in…"))
        self.login_requested.emit(username, password, self.ui.rememberCheck.isChecked())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the user name goes on to the password, as people expect from a login window.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ui.usernameEdit.hasFocus():
            self.ui.passwordEdit.setFocus()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.quit_requested.emit()
        event.ignore()
