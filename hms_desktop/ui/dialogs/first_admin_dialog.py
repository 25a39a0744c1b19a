"""First run on a new database: create the administrator who then adds everyone else."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hms_desktop.domain.staff import password_problem, username_problem
from hms_desktop.services.errors import ServiceError
from hms_desktop.ui.forms.ui_first_admin_dialog import Ui_FirstAdminDialog
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message


class FirstAdminDialog(QDialog):
    def __init__(self, *, runner: Runner, create: Callable[[str, str, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstAdminDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.hide()
        self._runner = runner
        self._create = create
        self.created_username = ""
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create administrator"))
        self.ui.buttonBox.accepted.connect(self._submit)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _submit(self) -> None:
        full_name = " ".join(self.ui.fullNameEdit.text().split())
        username = self.ui.usernameEdit.text().strip().lower()
        password = self.ui.passwordEdit.text()
        problem = (
            (None if full_name else self.tr("Enter the administrator's full name."))
            or username_problem(username)
            or password_problem(password, username=username)
            or (None if password == self.ui.repeatEdit.text() else self.tr("The two passwords differ."))
        )
        if problem:
            show_message(self.ui.messageLabel, problem)
            return
        self.ui.buttonBox.setEnabled(False)

        def done(_: object) -> None:
            self.created_username = username
            self.accept()

        def failed(error: ServiceError) -> None:
            self.ui.buttonBox.setEnabled(True)
            show_message(self.ui.messageLabel, str(error))

        self._runner.run(lambda: self._create(username, full_name, password), on_success=done, on_failure=failed,
                         owner=self)
