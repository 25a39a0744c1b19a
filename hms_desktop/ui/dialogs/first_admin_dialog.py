"""First run on a new database: create the administrator who then adds everyone else."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hms_desktop.domain.staff import password_problem, username_problem
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.forms.ui_first_admin_dialog import Ui_FirstAdminDialog
from hms_desktop.ui.tasks import Runner


class FirstAdminDialog(FormDialog):
    def __init__(self, *, runner: Runner, create: Callable[[str, str, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstAdminDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._create = create
        self.created_username = ""
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create administrator"))
        self.setup_form(fields={}, message_label=self.ui.messageLabel, accept_button=ok, submit=self._submit,
                        watch=[self.ui.fullNameEdit, self.ui.usernameEdit, self.ui.passwordEdit, self.ui.repeatEdit])

    def _values(self) -> tuple[str, str, str]:
        full_name = " ".join(self.ui.fullNameEdit.text().split())
        return full_name, self.ui.usernameEdit.text().strip().lower(), self.ui.passwordEdit.text()

    def validate(self) -> Problems:
        full_name, username, password = self._values()
        problem = (
            (None if full_name else self.tr("Enter the administrator's full name."))
            or username_problem(username)
            or password_problem(password, username=username)
            or (None if password == self.ui.repeatEdit.text() else self.tr("The two passwords differ."))
        )
        return {"": problem} if problem else {}

    def _submit(self) -> None:
        full_name, username, password = self._values()

        def created(_: object) -> None:
            self.created_username = username

        # The form has no field per value: every answer, field problems too, goes in the message label.
        self.save(lambda: self._create(username, full_name, password), created,
                  problems_for=lambda error: {"": str(error)})
