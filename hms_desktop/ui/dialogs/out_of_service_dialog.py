"""Mark out of service…: why a bed takes no patients (required) and when it should be back (optional).

The bed board opens it for reception and administrators (migration 0029: the database refuses a bed out of
service without a reason, HM031). ``save(reason, expected_return)`` is the service call bound to the bed
(``admissions.set_bed_status(ctx, bed_id, "out_of_service", ...)``); Cancel changes nothing. On a bed
already out of service it opens with the reason and date it has, to correct them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.wards import out_of_service_details
from hms_desktop.services.admissions import BedDTO
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.forms.ui_out_of_service_dialog import Ui_OutOfServiceDialog
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner

SaveOutOfService = Callable[[str, date | None], BedDTO]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OutOfServiceDialog(FormDialog):
    def __init__(self, *, runner: Runner, bed: BedDTO, today: date, save: SaveOutOfService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OutOfServiceDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._runner = runner
        self._save = save
        self._today = today
        self.saved: BedDTO | None = None
        self.setWindowTitle(self.tr("Bed %1 out of service").replace("%1", bed.label))
        self.ui.headingLabel.setText(bed.place)
        self.ui.reasonEdit.setText(bed.out_of_service_reason or "")
        # The past is not a choice, and the spin arrows stop at today (the rule says so in words too).
        self.ui.returnDate.setMinimumDate(_qdate(today))
        self.ui.returnDate.setDate(_qdate(bed.out_of_service_until or today + timedelta(days=1)))
        self.ui.returnCheck.setChecked(bed.out_of_service_until is not None)
        self.ui.returnDate.setEnabled(self.ui.returnCheck.isChecked())
        self.ui.returnCheck.toggled.connect(self.ui.returnDate.setEnabled)
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        button.setText(self.tr("&Mark out of service"))
        self.setup_form(fields={"reason": (self.ui.reasonError, self.ui.reasonEdit),
                                "expected_return": (self.ui.returnError, self.ui.returnDate)},
                        message_label=self.ui.messageLabel, accept_button=button, submit=self._submit,
                        watch=(self.ui.returnCheck,))
        self.setMinimumWidth(460)
        self.adjustSize()

    def expected_return(self) -> date | None:
        if not self.ui.returnCheck.isChecked():
            return None
        chosen = self.ui.returnDate.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def validate(self) -> Problems:
        try:
            out_of_service_details(self.ui.reasonEdit.text(), self.expected_return(), today=self._today)
        except ValidationError as error:
            return dict(error.problems)
        return {}

    def _submit(self) -> None:
        reason, until, save = self.ui.reasonEdit.text(), self.expected_return(), self._save

        def done(bed: BedDTO) -> None:
            self.saved = bed

        self.save(lambda: save(reason, until), done)
