"""Add a signed, timestamped addendum under a signed encounter (the original note is never changed).

A plain QDialog rather than a ``FormDialog``: the encounter editor that opens it is a widget, and widgets sit
below dialogs in ui/ (tests/unit/test_layers.py). It keeps the form habits by hand: Sign is enabled only
when something is written, Escape with text typed asks before discarding, a failed save keeps the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from hms_desktop.domain.clinical import ADDENDUM_MAX
from hms_desktop.formats import format_number
from hms_desktop.services import consultation
from hms_desktop.services.consultation import AddendumDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.ui.forms.ui_addendum_dialog import Ui_AddendumDialog
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import mark_invalid, show_message


class AddendumDialog(QDialog):
    """``added(AddendumDTO)`` is emitted, and the dialog accepted, once the addendum is saved."""

    added = Signal(object)

    def __init__(self, runner: Runner, ctx: ServiceContext, encounter_id: int, *, patient_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddendumDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._ctx = ctx
        self.encounter_id = encounter_id
        self.discard_box: QMessageBox | None = None
        if patient_name:
            self.ui.headingLabel.setText(self.tr("Add an addendum to the note of %1").replace("%1", patient_name))
        show_message(self.ui.hintLabel, self.ui.hintLabel.text(), role="hint")
        show_message(self.ui.bodyError, "")
        show_message(self.ui.messageLabel, "")
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign a&ddendum"))
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.bodyEdit.textChanged.connect(self._edited)
        self._edited()
        self.ui.bodyEdit.setFocus()

    def problem(self) -> str:
        body = self.ui.bodyEdit.toPlainText().strip()
        if not body:
            return self.tr("Write the addendum.")
        if len(body) > ADDENDUM_MAX:
            return self.tr("An addendum can be at most %1 characters.").replace("%1", format_number(ADDENDUM_MAX))
        return ""

    def _edited(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(not problem)
        self.ok_button.setToolTip(problem)
        too_long = len(self.ui.bodyEdit.toPlainText().strip()) > ADDENDUM_MAX
        show_message(self.ui.bodyError, problem if too_long else "")
        mark_invalid(self.ui.bodyEdit, too_long)

    def submit(self) -> None:
        problem = self.problem()
        if problem:
            show_message(self.ui.bodyError, problem)
            return
        ctx, encounter_id, body = self._ctx, self.encounter_id, self.ui.bodyEdit.toPlainText()
        self.ui.buttonBox.setEnabled(False)
        show_message(self.ui.messageLabel, self.tr("Signing…"), role="info")
        self._runner.run(lambda: consultation.add_addendum(ctx, encounter_id, body), on_success=self._added,
                         on_failure=self._failed, owner=self)

    def _added(self, addendum: AddendumDTO) -> None:
        self.ui.buttonBox.setEnabled(True)
        show_message(self.ui.messageLabel, "")
        self.added.emit(addendum)
        self.accept()

    def _failed(self, error: ServiceError) -> None:
        self.ui.buttonBox.setEnabled(True)
        text = error.problems.get("body", str(error)) if isinstance(error, ValidationFailed) else str(error)
        show_message(self.ui.messageLabel, text)

    def reject(self) -> None:
        """Escape, Cancel, the close button: at once when nothing is written, else ask first."""
        if self.discard_box is not None:
            return
        if not self.ui.bodyEdit.toPlainText().strip():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard addendum"),
                          self.tr("Discard the addendum you wrote?"), QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.discard_box = box

        def answered() -> None:
            self.discard_box = None
            if box.clickedButton() is discard:
                super(AddendumDialog, self).reject()

        box.finished.connect(answered)
        box.open()
