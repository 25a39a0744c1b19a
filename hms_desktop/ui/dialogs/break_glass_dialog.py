"""Break the glass: why a doctor opens the chart of a patient they have no appointment or admission with today.

Shown when ``open_chart`` answers ``BreakGlassRequired``. The doctor chooses emergency, covering for a
colleague, or another reason with words; the dialog then opens the chart with that reason, which the
database stores with the opening (``chart_access``) for review. Cancel opens nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hms_desktop.domain.clinical import AccessReason, BreakGlass, check_break_glass
from hms_desktop.domain.errors import ValidationError
from hms_desktop.services import consultation
from hms_desktop.services.consultation import ChartSummary
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.forms.ui_break_glass_dialog import Ui_BreakGlassDialog
from hms_desktop.ui.tasks import Runner


class BreakGlassDialog(FormDialog):
    """``opened(ChartSummary)`` is emitted, and the dialog accepted, once the chart is open."""

    opened = Signal(object)

    def __init__(self, runner: Runner, ctx: ServiceContext, patient_id: int, patient_label: str = "", *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BreakGlassDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._ctx = ctx
        self.patient_id = patient_id
        self.summary: ChartSummary | None = None
        self.ui.headingLabel.setText(self.tr("Open the chart of %1?").replace("%1", patient_label or
                                                                               self.tr("this patient")))
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("O&pen chart"))
        self.ui.reasonEdit.setAccessibleName(self.tr("Details of the reason"))
        self.ui.otherRadio.toggled.connect(self._other_toggled)
        self._other_toggled(False)
        self.setup_form(fields={
            "reason": (self.ui.reasonError, self.ui.emergencyRadio),
            "reason_text": (self.ui.textError, self.ui.reasonEdit),
        }, message_label=self.ui.messageLabel, accept_button=self.ok_button, submit=self.submit,
            watch=[self.ui.coveringRadio, self.ui.otherRadio])
        self.ui.emergencyRadio.setFocus()

    def _other_toggled(self, checked: bool) -> None:
        self.ui.textLabel.setText(self.tr("&Details (required)") if checked else self.tr("&Details (optional)"))

    def reason(self) -> BreakGlass:
        if self.ui.emergencyRadio.isChecked():
            kind = AccessReason.EMERGENCY.value
        elif self.ui.coveringRadio.isChecked():
            kind = AccessReason.COVERING.value
        elif self.ui.otherRadio.isChecked():
            kind = AccessReason.OTHER.value
        else:
            kind = ""
        return BreakGlass(kind=kind, text=self.ui.reasonEdit.toPlainText())

    def validate(self) -> Problems:
        try:
            check_break_glass(self.reason())
        except ValidationError as error:
            return dict(error.problems)
        return {}

    def submit(self) -> None:
        ctx, patient_id, reason = self._ctx, self.patient_id, self.reason()

        def opened(summary: ChartSummary) -> None:
            self.summary = summary
            self.opened.emit(summary)

        self.save(lambda: consultation.open_chart(ctx, patient_id, reason), opened, saying=self.tr("Opening…"))
