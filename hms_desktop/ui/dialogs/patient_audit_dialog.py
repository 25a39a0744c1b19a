"""From the patient overview (administrators): who opened or changed this record, and what they changed.

The audit browser of Administration → Audit trail, fixed to one patient: the patient row's own entries (openings of the
chart, changes of its fields) and every row naming the patient (appointments, admissions, chart openings,
…), newest first, with before and after side by side."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.forms.ui_patient_audit_dialog import Ui_PatientAuditDialog
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.audit_browser import AuditBrowser


class PatientAuditDialog(QDialog):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, patient_id: int, patient_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PatientAuditDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Who opened or changed the record of %1").replace("%1", patient_name))
        self.ui.introLabel.setText(self.tr(
            "Every opening of %1's chart and every change to the record, the visits, stays and orders that name "
            "the patient, newest first. Notes and results are not in the audit trail: it says who did what "
            "when.").replace("%1", patient_name))
        self.page = AuditBrowser(ctx=ctx, runner=runner, patient_id=patient_id, parent=self.ui.pageHost)
        self.ui.pageLayout.addWidget(self.page)
        self.ui.buttonBox.rejected.connect(self.reject)
