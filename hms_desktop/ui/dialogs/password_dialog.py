"""Change one's own password, or (administrators) set someone else's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hms_desktop.domain.staff import new_password_problem
from hms_desktop.services.errors import ValidationFailed
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.forms.ui_password_dialog import Ui_PasswordDialog
from hms_desktop.ui.tasks import Runner


class PasswordDialog(FormDialog):
    """``save(current, new)`` runs in the background; ``current`` is "" when resetting someone else's."""

    def __init__(self, *, runner: Runner, username: str, save: Callable[[str, str], None],
                 own: bool, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._username = username
        self._save = save
        self._own = own
        self.ui.currentLabel.setVisible(own)
        self.ui.currentEdit.setVisible(own)
        if not own:
            self.setWindowTitle(self.tr("Reset password"))
        self.ui.introLabel.setText(intro)
        self.ui.introLabel.setVisible(bool(intro))
        self.setup_form(fields={}, message_label=self.ui.messageLabel,
                        accept_button=self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
                        submit=self._submit, watch=[self.ui.currentEdit, self.ui.newEdit, self.ui.repeatEdit])

    def validate(self) -> Problems:
        new = self.ui.newEdit.text()
        problem = new_password_problem(new, username=self._username)
        if problem is None and new != self.ui.repeatEdit.text():
            problem = self.tr("The two new passwords differ.")
        if problem is None and self._own and not self.ui.currentEdit.text():
            problem = self.tr("Enter your current password.")
        return {"": problem} if problem else {}

    def _submit(self) -> None:
        new = self.ui.newEdit.text()
        current = self.ui.currentEdit.text()
        # No field per value on this form: the service's problems, joined, go in the message label.
        self.save(lambda: self._save(current, new), problems_for=lambda error: {"": "\n".join(
            error.problems.values()) if isinstance(error, ValidationFailed) else str(error)})
