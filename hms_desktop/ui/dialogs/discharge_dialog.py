"""Discharge an admitted patient: where they go, a short summary; the bed goes to cleaning."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hms_desktop.services import admissions
from hms_desktop.services.admissions import DISPOSITION_LABELS, SUMMARY_OPTIONAL_FOR, AdmissionDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.ui.dialogs.admit_dialog import format_moment
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_discharge_dialog import Ui_DischargeDialog
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message


class DischargeDialog(FormDialog):
    """``discharged(AdmissionDTO)`` is emitted, and the dialog accepted, once the discharge is saved."""

    discharged = Signal(object)

    def __init__(self, runner: Runner, ctx: ServiceContext, admission: AdmissionDTO, *,
                 clock: HospitalClock | None = None, parent: QWidget | None = None) -> None:
        """``clock``: the opener's ``HospitalClock`` (the admission time on the hospital's wall clock)."""
        super().__init__(parent)
        clock = clock or HospitalClock.unloaded(ctx)
        self.ui = Ui_DischargeDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._ctx = ctx
        self.admission = admission
        name = admission.patient_name
        self.setWindowTitle(self.tr("Discharge %1").replace("%1", name))
        self.ui.headingLabel.setText(self.tr("Discharge %1").replace("%1", name))
        facts = [self.tr("MRN %1").replace("%1", admission.patient_mrn)]
        if admission.bed is not None:
            facts.append(admission.bed.place)
        facts.append(self.tr("admitted %1").replace("%1", format_moment(admission.admitted_at, clock)))
        if admission.attending_doctor:
            facts.append(admission.attending_doctor)
        reason = admission.reason or "—"
        self.ui.detailsLabel.setText(" · ".join(facts) + "\n" + self.tr("Reason: %1").replace("%1", reason))
        show_message(self.ui.hintLabel, self.ui.hintLabel.text(), role="hint")
        self.ui.dispositionCombo.addItem(self.tr("Choose…"), None)
        for key, label in DISPOSITION_LABELS.items():
            self.ui.dispositionCombo.addItem(domain_word(label), key)
        self.ui.dispositionCombo.currentIndexChanged.connect(lambda _i: self._disposition_changed())
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Discharge"))
        self.setup_form(fields={
            "disposition": (self.ui.dispositionError, self.ui.dispositionCombo),
            "summary": (self.ui.summaryError, self.ui.summaryEdit),
        }, message_label=self.ui.messageLabel, accept_button=self.ok_button, submit=self.submit)
        self.ui.dispositionCombo.setFocus()

    def select_disposition(self, key: str) -> None:
        self.ui.dispositionCombo.setCurrentIndex(max(0, self.ui.dispositionCombo.findData(key)))

    def _disposition_changed(self) -> None:
        optional = self.ui.dispositionCombo.currentData() in SUMMARY_OPTIONAL_FOR
        self.ui.summaryEdit.setPlaceholderText(
            self.tr("Optional when the patient leaves against advice: what they were told, if anything")
            if optional else self.tr("What was done, medicines on discharge, follow-up arranged"))

    def validate(self) -> Problems:
        disposition = self.ui.dispositionCombo.currentData()
        if disposition is None:
            return {"disposition": self.tr("Choose where the patient is going.")}
        if not self.ui.summaryEdit.toPlainText().strip() and disposition not in SUMMARY_OPTIONAL_FOR:
            return {"summary": self.tr("Write a short discharge summary (what was done, what happens next).")}
        return {}

    def submit(self) -> None:
        disposition = self.ui.dispositionCombo.currentData()
        summary = self.ui.summaryEdit.toPlainText().strip()
        ctx, admission_id = self._ctx, self.admission.id
        self.save(lambda: admissions.discharge(ctx, admission_id, disposition=disposition, summary=summary),
                  self._discharged)

    def _discharged(self, admission: AdmissionDTO) -> None:
        self.admission = admission
        self.discharged.emit(admission)
