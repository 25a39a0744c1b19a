"""Transfer an admitted patient to another free bed; the bed they leave goes to cleaning."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hms_desktop.services import admissions
from hms_desktop.services.admissions import AdmissionDTO, BedTaken
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.ui.dialogs.admit_dialog import FreeBedChooser, format_moment
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.forms.ui_transfer_dialog import Ui_TransferDialog
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message


class TransferDialog(FormDialog):
    """``transferred(AdmissionDTO)`` is emitted, and the dialog accepted, once the patient has moved."""

    transferred = Signal(object)

    def __init__(self, runner: Runner, ctx: ServiceContext, admission: AdmissionDTO, *,
                 clock: HospitalClock | None = None, live: Any = None, parent: QWidget | None = None) -> None:
        """``clock``: the opener's ``HospitalClock`` (the admission time on the hospital's wall clock)."""
        super().__init__(parent)
        clock = clock or HospitalClock.unloaded(ctx)
        self.ui = Ui_TransferDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._ctx = ctx
        self.admission = admission
        name = admission.patient_name
        self.setWindowTitle(self.tr("Transfer %1").replace("%1", name))
        self.ui.headingLabel.setText(self.tr("Transfer %1").replace("%1", name))
        bed = admission.bed
        where = bed.place if bed is not None else self.tr("no bed")
        self.ui.currentLabel.setText(self.tr("MRN %1 · admitted %2\nNow in %3")
                                     .replace("%1", admission.patient_mrn)
                                     .replace("%2", format_moment(admission.admitted_at, clock)).replace("%3", where))
        show_message(self.ui.hintLabel, self.ui.hintLabel.text(), role="hint")
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Transfer"))
        self.beds = FreeBedChooser(ctx=ctx, runner=runner, type_combo=self.ui.bedTypeCombo, tree=self.ui.bedTree,
                                   owner=self, exclude_bed_id=bed.id if bed is not None else None, live=live)
        if bed is not None:  # same kind of bed first: an ICU patient usually moves to another ICU bed
            index = self.ui.bedTypeCombo.findData(bed.bed_type)
            self.ui.bedTypeCombo.blockSignals(True)
            self.ui.bedTypeCombo.setCurrentIndex(max(index, 0) if bed.bed_type != "general" else 0)
            self.ui.bedTypeCombo.blockSignals(False)
        self.setup_form(fields={"bed": (self.ui.bedError, self.ui.bedTree)}, message_label=self.ui.messageLabel,
                        accept_button=self.ok_button, submit=self.submit)
        # A double-click on a bed moves the patient there; Enter in the list does not (FormDialog's rule).
        self.ui.bedTree.itemDoubleClicked.connect(lambda _item, _column: self.try_accept())
        self.beds.loaded.connect(self.revalidate)
        self.beds.reload()
        self.ui.bedTree.setFocus()

    def validate(self) -> Problems:
        if self.beds.selected_bed_id() is None:
            return {"bed": self.tr("Choose the bed the patient moves to.")}
        return {}

    def submit(self) -> None:
        bed_id = self.beds.selected_bed_id()
        assert bed_id is not None
        ctx, admission_id = self._ctx, self.admission.id
        self.save(lambda: admissions.transfer(ctx, admission_id, bed_id), self._transferred,
                  problems_for=self._placed)

    def _transferred(self, admission: AdmissionDTO) -> None:
        self.admission = admission
        self.transferred.emit(admission)

    def _placed(self, error: ServiceError) -> Problems | None:
        if isinstance(error, BedTaken):
            self.beds.reload()
            return {"bed": str(error)}
        if isinstance(error, ValidationFailed):
            # The bed is the only field: the service's other problems are said in the message label.
            return {"bed": error.problems["bed"]} if "bed" in error.problems else {"": str(error)}
        if isinstance(error, Conflict):
            self.beds.reload()
        return None
