"""Add beds…: N beds with labels prefix + number ("A1" … "A6") to one room, in one transaction.

``save(prefix, first, count, bed_type)`` is the service call (``wards.add_beds`` bound to the room); the
preview under the form says exactly which labels will be created. A label already taken in the room adds
none of them, and the message says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.wards import bed_labels
from hms_desktop.services.admissions import BED_TYPE_LABELS
from hms_desktop.services.wards import BedAdminDTO
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_add_beds_dialog import Ui_AddBedsDialog
from hms_desktop.ui.tasks import Runner

SaveBeds = Callable[[str, int, int, str], tuple[BedAdminDTO, ...]]


class AddBedsDialog(FormDialog):
    def __init__(self, *, runner: Runner, room: str, save: SaveBeds, first: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddBedsDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._save = save
        self.added: tuple[BedAdminDTO, ...] = ()
        self.setWindowTitle(self.tr("Add beds to %1").replace("%1", room))
        self.ui.headingLabel.setText(self.tr("New beds in %1. They are free for admissions at once.")
                                     .replace("%1", room))
        for key, label in BED_TYPE_LABELS.items():
            self.ui.typeCombo.addItem(domain_word(label), key)
        self.ui.firstSpin.setValue(first)
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        button.setText(self.tr("&Add beds"))
        self.setup_form(fields={"prefix": (self.ui.prefixError, self.ui.prefixEdit),
                                "first": (self.ui.firstError, self.ui.firstSpin),
                                "count": (self.ui.countError, self.ui.countSpin),
                                "bed_type": (self.ui.typeError, self.ui.typeCombo)},
                        message_label=self.ui.messageLabel, accept_button=button, submit=self._submit)
        for signal in (self.ui.prefixEdit.textChanged, self.ui.firstSpin.valueChanged,
                       self.ui.countSpin.valueChanged):
            signal.connect(lambda *_a: self._preview())
        self._preview()
        self.setMinimumWidth(440)
        self.adjustSize()

    def labels(self) -> tuple[str, ...]:
        return bed_labels(self.ui.prefixEdit.text(), self.ui.firstSpin.value(), self.ui.countSpin.value())

    def _preview(self) -> None:
        try:
            labels = self.labels()
        except ValidationError:
            self.ui.previewLabel.setText("")
            return
        shown = ", ".join(labels) if len(labels) <= 8 else f"{', '.join(labels[:3])} … {labels[-1]}"
        self.ui.previewLabel.setText(self.tr("Beds %1 (%2 in all).").replace("%1", shown)
                                     .replace("%2", str(len(labels))))

    def validate(self) -> Problems:
        try:
            self.labels()
        except ValidationError as error:
            return dict(error.problems)
        return {}

    def _submit(self) -> None:
        prefix, first, count = self.ui.prefixEdit.text(), self.ui.firstSpin.value(), self.ui.countSpin.value()
        bed_type = str(self.ui.typeCombo.currentData())
        save = self._save

        def done(beds: tuple[BedAdminDTO, ...]) -> None:
            self.added = beds

        self.save(lambda: save(prefix, first, count, bed_type), done)
