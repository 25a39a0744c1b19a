from __future__ import annotations

import pytest
from helpers import DEFAULT_PASSWORD, submit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from hms_desktop.domain.staff import Group
from hms_desktop.services import users
from hms_desktop.services.errors import AuthenticationFailed
from hms_desktop.ui.tabs.users_page import UsersPage


@pytest.fixture
def admin_ctx(database):
    return database.context_for(Group.ADMIN)


@pytest.fixture
def page(qtbot, runner, admin_ctx) -> UsersPage:
    page = UsersPage(ctx=admin_ctx, runner=runner)
    qtbot.addWidget(page)
    page.show()
    return page


def visible_rows(page: UsersPage) -> list[list[str]]:
    proxy = page.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def row_for(page: UsersPage, username: str) -> list[str]:
    return next(row for row in visible_rows(page) if row[1] == username)


def save(dialog) -> None:
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))


def test_lists_staff_with_groups_status_and_last_login(page, database, admin_ctx) -> None:
    doctor = database.add_user(Group.DOCTOR, Group.BILLING, full_name="Grace Hopper")
    page.reload()
    row = row_for(page, doctor)
    assert row[0] == "Grace Hopper"
    assert row[4] == "Doctor, Billing"
    assert row[5] == "Active"
    assert row[6] == "never"
    assert row_for(page, admin_ctx.user.username)[6] != "never"  # the admin logged in to get here


def test_add_user_through_the_dialog_then_that_user_logs_in(qtbot, page, database) -> None:
    page.add_user()
    dialog = page.active_dialog
    username = database.unique_username("newnurse")
    qtbot.keyClicks(dialog.ui.fullNameEdit, "  Florence   Nightingale ")
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.titleEdit, "Ward Sister")
    dialog.ui.departmentCombo.setCurrentText("Ward 7")
    dialog.ui.receptionCheck.setChecked(True)
    qtbot.keyClicks(dialog.ui.passwordEdit, "lamp-at-night-1854")
    qtbot.keyClicks(dialog.ui.repeatEdit, "lamp-at-night-1854")
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    row = row_for(page, username)
    assert row[:5] == ["Florence Nightingale", username, "Ward Sister", "Ward 7", "Reception"]
    assert page.selected().username == username
    ctx = database.login(username, "lamp-at-night-1854")
    assert ctx.user.groups == frozenset({Group.RECEPTION})


@pytest.mark.parametrize(
    ("field", "value", "message_label", "expected"),
    [
        ("usernameEdit", "X!", "usernameError", "lower-case letters"),
        ("passwordEdit", "short", "passwordError", "at least 10 characters"),
        ("fullNameEdit", "", "fullNameError", "full name"),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_nothing_is_saved(
        qtbot, page, database, field, value, message_label, expected) -> None:
    before = len(visible_rows(page))
    page.add_user()
    dialog = page.active_dialog
    good = {"fullNameEdit": "Ada Lovelace", "usernameEdit": database.unique_username("ada"),
            "passwordEdit": "analytical-engine", "repeatEdit": "analytical-engine"}
    good[field] = value
    if field == "passwordEdit":
        good["repeatEdit"] = value
    for name, text in good.items():
        qtbot.keyClicks(getattr(dialog.ui, name), text)
    dialog.ui.doctorCheck.setChecked(True)
    save(dialog)
    label = getattr(dialog.ui, message_label)
    assert dialog.isVisible()
    assert label.isVisible() and expected in label.text()
    page.reload()
    assert len(visible_rows(page)) == before


def test_no_group_chosen_is_refused(qtbot, page, database) -> None:
    page.add_user()
    dialog = page.active_dialog
    qtbot.keyClicks(dialog.ui.fullNameEdit, "No Groups")
    qtbot.keyClicks(dialog.ui.usernameEdit, database.unique_username("nogroup"))
    qtbot.keyClicks(dialog.ui.passwordEdit, "whatever-long-1")
    qtbot.keyClicks(dialog.ui.repeatEdit, "whatever-long-1")
    save(dialog)
    assert dialog.ui.groupsError.text() == "Choose at least one group."


def test_edit_changes_groups_and_a_stale_edit_is_refused(qtbot, page, database, admin_ctx) -> None:
    username = database.add_user(Group.RECEPTION, full_name="Sam Stale")
    page.reload(select=username)
    page.edit_selected()
    dialog = page.active_dialog
    assert dialog.ui.usernameEdit.isReadOnly()
    dialog.ui.billingCheck.setChecked(True)
    save(dialog)
    assert row_for(page, username)[4] == "Reception, Billing"
    assert database.login(username).user.groups == frozenset({Group.RECEPTION, Group.BILLING})

    page.select_username(username)
    page.edit_selected()
    stale = page.active_dialog
    member = users.get_staff(admin_ctx, username)
    users.update_staff(admin_ctx, username, users.StaffChanges("Sam Fresh", "", "", member.groups),
                       expected_version=member.version)
    stale.ui.titleEdit.setText("Should not be saved")
    save(stale)
    assert stale.isVisible()
    assert "changed by someone else" in stale.ui.messageLabel.text()
    assert users.get_staff(admin_ctx, username).title == ""


def test_an_administrator_makes_a_billing_clerk_an_approver(qtbot, page, database) -> None:
    """The capability hms_billing_approver (issue 9: large discounts and credit notes) goes with billing."""
    username = database.add_user(Group.RECEPTION, full_name="Ada Approver")
    page.reload(select=username)
    page.edit_selected()
    dialog = page.active_dialog
    assert not dialog.ui.approverCheck.isEnabled()  # not in billing: a right to nothing
    dialog.ui.billingCheck.setChecked(True)
    assert dialog.ui.approverCheck.isEnabled()
    dialog.ui.approverCheck.setChecked(True)
    save(dialog)
    assert database.login(username).user.can_approve_billing
    page.select_username(username)
    page.edit_selected()
    again = page.active_dialog
    assert again.ui.approverCheck.isChecked()
    again.ui.billingCheck.setChecked(False)
    save(again)
    assert not database.login(username).user.can_approve_billing


def test_an_administrator_lets_a_billing_clerk_dispense(qtbot, page, database) -> None:
    """The capability hms_dispenser (issue 10, item 3: Billing > Pharmacy) goes with billing or administrator."""
    username = database.add_user(Group.RECEPTION, full_name="Dora Dispenser")
    page.reload(select=username)
    page.edit_selected()
    dialog = page.active_dialog
    assert not dialog.ui.dispenserCheck.isEnabled()  # reception does not see the Billing tab
    dialog.ui.billingCheck.setChecked(True)
    assert dialog.ui.dispenserCheck.isEnabled()
    dialog.ui.dispenserCheck.setChecked(True)
    save(dialog)
    assert database.login(username).user.can_dispense
    page.select_username(username)
    page.edit_selected()
    again = page.active_dialog
    assert again.ui.dispenserCheck.isChecked()
    again.ui.dispenserCheck.setChecked(False)
    save(again)
    assert not database.login(username).user.can_dispense


def test_deactivate_after_confirmation_then_reactivate(qtbot, page, database) -> None:
    username = database.add_user(Group.DOCTOR)
    page.reload(select=username)
    page.toggle_active()
    box = page.active_dialog
    assert isinstance(box, QMessageBox) and "no longer be able to log in" in box.text()
    confirm = next(b for b in box.buttons() if b.text() == "Deactivate")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert row_for(page, username)[5] == "Deactivated"
    with pytest.raises(AuthenticationFailed):
        database.login(username)
    page.ui.showInactiveCheck.setChecked(False)
    assert all(row[1] != username for row in visible_rows(page))
    page.ui.showInactiveCheck.setChecked(True)
    page.select_username(username)
    assert page.ui.activeButton.text().replace("&", "") == "Reactivate"
    page.toggle_active()
    assert row_for(page, username)[5] == "Active"
    assert database.login(username).user.username == username


def test_admin_cannot_deactivate_themselves(page, admin_ctx) -> None:
    page.select_username(admin_ctx.user.username)
    assert not page.ui.activeButton.isEnabled()


def test_reset_password(qtbot, page, database) -> None:
    username = database.add_user(Group.BILLING)
    page.reload(select=username)
    page.reset_password()
    dialog = page.active_dialog
    assert not dialog.ui.currentEdit.isVisible()
    qtbot.keyClicks(dialog.ui.newEdit, "brand-new-secret-9")
    qtbot.keyClicks(dialog.ui.repeatEdit, "brand-new-secret-9")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with pytest.raises(AuthenticationFailed):
        database.login(username, DEFAULT_PASSWORD)
    assert database.login(username, "brand-new-secret-9").user.username == username


def test_filter_narrows_the_list(qtbot, page, database) -> None:
    database.add_user(Group.DOCTOR, full_name="Zebedee Unique")
    page.reload()
    qtbot.keyClicks(page.ui.filterEdit, "zebedee")
    rows = visible_rows(page)
    assert [r[0] for r in rows] == ["Zebedee Unique"]
