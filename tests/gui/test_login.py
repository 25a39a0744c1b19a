from __future__ import annotations

import uuid

import pytest
from helpers import DEFAULT_PASSWORD, log_in
from PySide6.QtCore import Qt

from hms_desktop.domain.staff import Group, Module, NewStaffMember
from hms_desktop.services import settings, setup, users
from hms_desktop.services.auth import BAD_LOGIN_MESSAGE, NOT_THIS_DATABASE_MESSAGE
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.controller import AppController

TABS = {
    (Group.RECEPTION,): ["Registration", "Scheduling"],
    (Group.DOCTOR,): ["Registration", "Scheduling", "Consultation", "Reports"],
    (Group.BILLING,): ["Registration", "Billing", "Reports"],
    (Group.ADMIN,): ["Registration", "Scheduling", "Billing", "Reports", "Administration"],
    (Group.DOCTOR, Group.BILLING): ["Registration", "Scheduling", "Consultation", "Billing", "Reports"],
}
HOME = {
    (Group.RECEPTION,): "Registration",
    (Group.DOCTOR,): "Consultation",  # the queue beside the chart
    (Group.BILLING,): "Billing",  # the cash desk's patient search
    (Group.ADMIN,): "Registration",
    (Group.DOCTOR, Group.BILLING): "Consultation",
}


def tab_titles(controller: AppController) -> list[str]:
    window = controller.main_window
    assert window is not None
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


@pytest.mark.parametrize("groups", list(TABS), ids=lambda g: "+".join(x.name.lower() for x in g))
def test_each_group_sees_exactly_its_tabs(qtbot, controller, database, groups) -> None:
    username = database.add_user(*groups, full_name="Dana Example")
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    assert controller.main_window is not None, controller.login_dialog.ui.messageLabel.text()
    assert tab_titles(controller) == TABS[groups]
    window = controller.main_window
    assert window.tabs.tabText(window.tabs.currentIndex()) == HOME[groups]
    assert "Dana Example" in window.user_label.text()
    assert window.roles_label.text() == ", ".join(g.label for g in Group if g in groups)
    assert window.server_label.text() == database.target.describe()
    assert window.connected


def test_wrong_password_unknown_user_and_deactivated_user_get_one_message(qtbot, controller, database) -> None:
    admin = database.context_for(Group.ADMIN)
    username = database.add_user(Group.RECEPTION)
    gone = database.add_user(Group.RECEPTION)
    users.set_active(admin, gone, False)
    controller.start()
    dialog = controller.login_dialog
    messages = []
    for name, password in ((username, "not-the-password"), ("nobody_like_this", DEFAULT_PASSWORD),
                           (gone, DEFAULT_PASSWORD)):
        log_in(qtbot, controller, name, password)
        assert controller.main_window is None
        assert dialog.ui.messageLabel.isVisible()
        messages.append(dialog.ui.messageLabel.text())
    assert messages == [BAD_LOGIN_MESSAGE] * 3
    assert dialog.ui.passwordEdit.hasSelectedText() or dialog.ui.passwordEdit.text()


def test_a_login_of_another_hospital_database_is_told_so_in_words(qtbot, controller, database) -> None:
    """Two hospital databases on one server (issue 7.1): the right password for a login made in the other one
    is refused by the server's CONNECT check, and the person reads why, not "wrong password"."""
    name = f"hms_t_{uuid.uuid4().hex[:10]}"
    database.cluster.create_database(name)
    owner = database.cluster.owner_database(name)
    username = database.unique_username("elsewhere")
    try:
        users.add_staff(ServiceContext(db=owner, user=setup.OWNER_USER), NewStaffMember(
            username, "Elsewhere Person", "", "", frozenset({Group.RECEPTION})), DEFAULT_PASSWORD)
        controller.start()
        log_in(qtbot, controller, username, DEFAULT_PASSWORD)
        assert controller.main_window is None
        shown = controller.login_dialog.ui.messageLabel.text()
        assert shown == NOT_THIS_DATABASE_MESSAGE.format(database=database.name)
        assert controller.login_dialog.ui.loginButton.isEnabled()  # not counted as a wrong password
    finally:
        owner.dispose()
        database.cluster.drop_database(name)


def test_five_failures_make_the_workstation_wait(qtbot, controller, database) -> None:
    username = database.add_user(Group.RECEPTION)
    controller.start()
    dialog = controller.login_dialog
    for _ in range(5):
        log_in(qtbot, controller, username, "wrong-password-x")
    assert not dialog.ui.loginButton.isEnabled()
    assert "Wait" in dialog.ui.messageLabel.text()
    # Even the right password is not tried while the workstation waits.
    dialog.ui.passwordEdit.setText(DEFAULT_PASSWORD)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    assert controller.main_window is None


def test_empty_fields_are_refused_without_a_round_trip(qtbot, controller) -> None:
    controller.start()
    dialog = controller.login_dialog
    assert not dialog.ui.loginButton.isEnabled()  # nothing to send yet
    dialog.ui.passwordEdit.setFocus()
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)  # Enter explains what is missing
    assert dialog.ui.messageLabel.text() == "Enter your user name and password."
    assert controller.main_window is None


def test_remember_is_disabled_without_a_keyring(controller) -> None:
    controller.start()
    check = controller.login_dialog.ui.rememberCheck
    assert not check.isEnabled()
    assert "cannot be remembered" in check.toolTip()


def test_demo_mode_shows_the_demo_accounts(qtbot, controller, database) -> None:
    owner = database.owner_context()
    settings.save_settings(owner, settings.HospitalSettings(hospital_name="Test Hospital", demo_mode=True))
    try:
        controller.start()
        label = controller.login_dialog.ui.demoLabel
        assert label.isVisible()
        assert controller.login_dialog.ui.hospitalLabel.text() == "Test Hospital"
        assert "Demo mode" in label.text() and "reception" in label.text()
    finally:
        settings.save_settings(owner, settings.HospitalSettings(hospital_name="Test Hospital", demo_mode=False))
    controller.shutdown()
    controller.start()
    assert not controller.login_dialog.ui.demoLabel.isVisible()


def test_logout_returns_to_the_login_window(qtbot, controller, database) -> None:
    username = database.add_user(Group.BILLING)
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None and Module.BILLING in window.module_widgets
    window.logout_action.trigger()
    assert controller.main_window is None
    assert controller.login_dialog is not None and controller.login_dialog.isVisible()
    assert controller.login_dialog.ui.usernameEdit.text() == username


def test_a_doctor_opens_their_own_profile_from_the_session_menu(qtbot, controller, database) -> None:
    username = database.add_user(Group.DOCTOR, full_name="Dr Menu Test")
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window.profile_action is not None
    window.profile_action.trigger()
    assert window.profile_dialog.isVisible()
    window.profile_dialog.reject()


def test_administration_lists_doctors_and_hours(qtbot, controller, database) -> None:
    username = database.add_user(Group.ADMIN)
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    admin_tab = controller.main_window.module_widgets[Module.ADMINISTRATION]
    sections = [admin_tab.sections.item(i).text() for i in range(admin_tab.sections.count())]
    assert sections == ["Users", "Doctors and hours", "Specialties", "Wards and beds", "Rooms and equipment",
                        "Lab tests", "Pharmacy and stores", "Fees and prices", "Insurance", "Hospital settings",
                        "Printouts", "Backups", "Audit trail"]
    assert controller.main_window.profile_action is None


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.BILLING])
def test_after_login_the_search_box_has_the_focus(qtbot, controller, database, group) -> None:
    """A scanner can type an MRN straight away."""
    username = database.add_user(group)
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    # A billing clerk opens on Billing, whose patient search is the one they need.
    home = window.module_widgets[Module.BILLING if group is Group.BILLING else Module.REGISTRATION]
    qtbot.waitUntil(home.ui.searchEdit.hasFocus)
