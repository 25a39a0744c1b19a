from __future__ import annotations

from helpers import DEFAULT_PASSWORD, log_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hms_desktop.domain.staff import Group, Module


def logged_in_admin(qtbot, controller, database):
    username = database.add_user(Group.ADMIN, full_name="Lock Tester")
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    return username, window


def test_idle_time_locks_the_window(qtbot, controller, database) -> None:
    _, window = logged_in_admin(qtbot, controller, database)
    assert not window.locked
    window.idle.set_interval_ms(150)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert not window.menuBar().isEnabled()
    assert "Lock Tester" in window.lock_screen.ui.whoLabel.text()


def test_typed_work_in_an_open_form_survives_the_lock(qtbot, controller, database) -> None:
    _, window = logged_in_admin(qtbot, controller, database)
    page = window.module_widgets[Module.ADMINISTRATION].users_page
    page.add_user()
    dialog = page.active_dialog
    qtbot.keyClicks(dialog.ui.fullNameEdit, "Half Typed Name")
    window.lock()
    assert not dialog.isVisible()

    screen = window.lock_screen
    qtbot.keyClicks(screen.ui.passwordEdit, "not my password")
    qtbot.mouseClick(screen.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert window.locked
    assert screen.ui.messageLabel.text() == "That is not your password."

    screen.ui.passwordEdit.clear()
    qtbot.keyClicks(screen.ui.passwordEdit, DEFAULT_PASSWORD)
    qtbot.keyClick(screen.ui.passwordEdit, Qt.Key.Key_Return)
    assert not window.locked
    assert dialog.isVisible()
    assert dialog.ui.fullNameEdit.text() == "Half Typed Name"


def test_another_user_logs_in_from_the_lock_and_the_first_is_logged_out(qtbot, controller, database) -> None:
    _first, window = logged_in_admin(qtbot, controller, database)
    other = database.add_user(Group.DOCTOR)
    window.lock()
    qtbot.mouseClick(window.lock_screen.ui.switchUserButton, Qt.MouseButton.LeftButton)
    assert controller.main_window is None
    log_in(qtbot, controller, other, DEFAULT_PASSWORD)
    assert controller.main_window is not None
    assert controller.ctx.user.username == other
    assert Module.CONSULTATION in controller.main_window.module_widgets


def test_someone_else_gets_an_empty_user_name_with_the_focus(qtbot, controller, database) -> None:
    first, window = logged_in_admin(qtbot, controller, database)
    assert controller.workstation.last_username == first
    window.lock()
    qtbot.mouseClick(window.lock_screen.ui.switchUserButton, Qt.MouseButton.LeftButton)
    dialog = controller.login_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.usernameEdit.text() == ""
    assert dialog.ui.passwordEdit.text() == ""
    qtbot.waitUntil(dialog.ui.usernameEdit.hasFocus)
    # Logging out from the menu is the same person coming back: their name stays.
    other = database.add_user(Group.RECEPTION)
    log_in(qtbot, controller, other, DEFAULT_PASSWORD)
    controller.main_window.logout_action.trigger()
    assert controller.login_dialog.ui.usernameEdit.text() == other


def test_change_own_password_from_the_menu(qtbot, controller, database) -> None:
    username, window = logged_in_admin(qtbot, controller, database)
    window.password_action.trigger()
    dialog = window.password_dialog
    qtbot.keyClick(dialog.ui.currentEdit, Qt.Key.Key_Return)  # nothing typed yet: what is missing first
    assert dialog.isVisible() and dialog.ui.messageLabel.text() == "Enter a new password."
    qtbot.keyClicks(dialog.ui.currentEdit, "wrong-current-1")
    qtbot.keyClicks(dialog.ui.newEdit, "a-better-secret-7")
    qtbot.keyClicks(dialog.ui.repeatEdit, "a-better-secret-7")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.isVisible() and dialog.ui.messageLabel.text() == "The current password is not right."
    dialog.ui.currentEdit.setText(DEFAULT_PASSWORD)
    ok.click()
    assert not dialog.isVisible()
    assert database.login(username, "a-better-secret-7").user.username == username
    # The running session keeps working on fresh connections with the new password.
    window.ctx.db.engine.dispose()
    window.lock()
    qtbot.keyClicks(window.lock_screen.ui.passwordEdit, "a-better-secret-7")
    qtbot.keyClick(window.lock_screen.ui.passwordEdit, Qt.Key.Key_Return)
    assert not window.locked
    page = window.module_widgets[Module.ADMINISTRATION].users_page
    page.reload()
    assert page.model.row_of(username) >= 0
