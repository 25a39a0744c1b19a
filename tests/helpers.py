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
