"""Add or edit a staff member: name, user name, title, department, groups (and, on editing, the billing
approver capability), first password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QWidget

from hms_desktop.domain.staff import (
    Group,
    NewStaffMember,
    password_problem,
    staff_details_problems,
    username_problem,
)
from hms_desktop.services.users import StaffChanges, StaffMemberDTO
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.forms.ui_user_dialog import Ui_UserDialog
from hms_desktop.ui.tasks import Runner


class UserDialog(FormDialog):
    """In add mode ``save_new(member, password)``; in edit mode ``save_changes(changes, version)``."""

    def __init__(self, *, runner: Runner, departments: list[str], existing: StaffMemberDTO | None = None,
                 save_new: Callable[[NewStaffMember, str], StaffMemberDTO] | None = None,
                 save_changes: Callable[[StaffChanges, int], StaffMemberDTO] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._existing = existing
        self._save_new = save_new
        self._save_changes = save_changes
        self.saved: StaffMemberDTO | None = None
        self._group_checks: dict[Group, QCheckBox] = {
            Group.RECEPTION: self.ui.receptionCheck, Group.DOCTOR: self.ui.doctorCheck,
            Group.BILLING: self.ui.billingCheck, Group.ADMIN: self.ui.adminCheck,
        }
        self.ui.departmentCombo.addItems(["", *departments])
        # The capability hms_billing_approver goes with the billing group (given on editing an account).
        self.ui.billingCheck.toggled.connect(self.ui.approverCheck.setEnabled)
        self.ui.approverCheck.setEnabled(False)
        # The capability hms_dispenser goes with the billing or administrator group: the Pharmacy page is in the
        # Billing tab, which those two see.
        self.ui.billingCheck.toggled.connect(self._update_dispenser)
        self.ui.adminCheck.toggled.connect(self._update_dispenser)
        self.ui.dispenserCheck.setEnabled(False)
        if existing is None:
            self.ui.approverCheck.hide()
            self.ui.dispenserCheck.hide()
            self.setWindowTitle(self.tr("Add a staff member"))
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Add user"))
        else:
            self.setWindowTitle(self.tr("Edit %1").replace("%1", existing.full_name))
            self.ui.fullNameEdit.setText(existing.full_name)
            self.ui.usernameEdit.setText(existing.username)
            self.ui.usernameEdit.setReadOnly(True)
            self.ui.usernameEdit.setToolTip(self.tr("A user name cannot be changed: it is the person's database "
                                                    "account and appears in the audit trail."))
            self.ui.titleEdit.setText(existing.title)
            self.ui.departmentCombo.setCurrentText(existing.department)
            for group, check in self._group_checks.items():
                check.setChecked(group in existing.groups)
            self.ui.approverCheck.setChecked(existing.billing_approver)
            self.ui.dispenserCheck.setChecked(existing.dispenser)
            for widget in (self.ui.passwordLabel, self.ui.passwordEdit, self.ui.repeatLabel, self.ui.repeatEdit,
                           self.ui.passwordError):
                widget.hide()
        self.setup_form(
            fields={
                "full_name": (self.ui.fullNameError, self.ui.fullNameEdit),
                "username": (self.ui.usernameError, self.ui.usernameEdit),
                "groups": (self.ui.groupsError, self.ui.receptionCheck),
                "password": (self.ui.passwordError, self.ui.passwordEdit),
            },
            message_label=self.ui.messageLabel,
            accept_button=self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
            submit=self._submit, watch=[*self._group_checks.values(), self.ui.titleEdit, self.ui.departmentCombo,
                                        self.ui.repeatEdit, self.ui.approverCheck, self.ui.dispenserCheck])
        self.setMinimumWidth(500)
        self.adjustSize()

    def _update_dispenser(self) -> None:
        self.ui.dispenserCheck.setEnabled(self.ui.billingCheck.isChecked() or self.ui.adminCheck.isChecked())

    def groups(self) -> frozenset[Group]:
        return frozenset(g for g, check in self._group_checks.items() if check.isChecked())

    def _values(self) -> tuple[str, str, str, frozenset[Group], str, str]:
        full_name = " ".join(self.ui.fullNameEdit.text().split())
        title = self.ui.titleEdit.text().strip()
        department = self.ui.departmentCombo.currentText().strip()
        username = self.ui.usernameEdit.text().strip().lower()
        return full_name, title, department, self.groups(), username, self.ui.passwordEdit.text()

    def validate(self) -> Problems:
        full_name, title, department, groups, username, password = self._values()
        problems = staff_details_problems(full_name, title, department, groups)
        if self._existing is None:
            if problem := username_problem(username):
                problems["username"] = problem
            if problem := password_problem(password, username=username):
                problems["password"] = problem
            elif password != self.ui.repeatEdit.text():
                problems["password"] = self.tr("The two passwords differ.")
        return problems

    def _submit(self) -> None:
        full_name, title, department, groups, username, password = self._values()

        def done(member: StaffMemberDTO) -> None:
            self.saved = member

        if self._existing is None:
            assert self._save_new is not None
            save_new = self._save_new
            member = NewStaffMember(username=username, full_name=full_name, title=title, department=department,
                                    groups=groups)
            self.save(lambda: save_new(member, password), done)
        else:
            assert self._save_changes is not None
            save_changes = self._save_changes
            changes = StaffChanges(full_name=full_name, title=title, department=department, groups=groups,
                                   billing_approver=self.ui.approverCheck.isChecked(),
                                   dispenser=self.ui.dispenserCheck.isChecked())
            version = self._existing.version
            self.save(lambda: save_changes(changes, version), done)
