"""Shared by the test modules (import as ``from helpers import ...``; tests/ is on sys.path)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

DEFAULT_PASSWORD = "a-Good-pass-2026"


def log_in(qtbot: Any, controller: Any, username: str, password: str) -> None:
    """Type into the real login window and click Log in, as a person would."""
    dialog = controller.login_dialog
    assert dialog is not None
    dialog.ui.usernameEdit.clear()
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)


def submit(dialog: Any, button: Any) -> None:
    """Send a form as a person would: click ``button`` when the form lets them, otherwise press Enter, which
    is how a person with a disabled OK button gets every problem of the form explained."""
    from PySide6.QtTest import QTest

    if button.isEnabled():
        button.click()
    else:
        QTest.keyClick(dialog, Qt.Key.Key_Return)
