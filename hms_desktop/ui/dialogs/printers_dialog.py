"""Session → Printers on this workstation (issue 10, item 6): one printer per kind of document, or "Ask every
time".

Every user reaches it (a receptionist's computer prints wristbands and slips, the cash desk's receipts), so it
is in the Session menu rather than in Administration. The choice belongs to the computer, not to a person or to
the hospital: it is kept in the workstation's ``printers.ini`` (``print_preview.printer_settings``), key
``assigned/<kind>`` for each of ``services.printing.PRINTER_KINDS``; the print preview reads it
(``print_preview.assigned_printer``) and sends Print straight to that printer. The list offers the printers
installed on this computer (``QPrinterInfo``); a set printer that has since gone stays listed, marked "not
installed", so opening and saving the dialog never drops a choice silently.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from hms_desktop.services.printing import PRINTER_KINDS
from hms_desktop.ui.dialogs.print_preview import assigned_key, printer_settings
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_printers_dialog import Ui_PrintersDialog
from hms_desktop.ui.widgets.feedback import show_message


class PrintersDialog(QDialog):
    def __init__(self, *, settings: QSettings | None = None,
                 available_printers: Callable[[], Sequence[str]] | None = None,
                 default_printer: Callable[[], str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PrintersDialog()
        self.ui.setupUi(self)
        self._settings = settings if settings is not None else printer_settings()
        available = list((available_printers or QPrinterInfo.availablePrinterNames)())
        default = (default_printer or QPrinterInfo.defaultPrinterName)()
        self.combos: dict[str, QComboBox] = {}
        for kind in PRINTER_KINDS:
            combo = QComboBox(self)
            combo.setObjectName(f"{kind.key}Combo")
            combo.setAccessibleName(self.tr("Printer for %1").replace("%1", domain_word(kind.label).lower()))
            combo.addItem(self.tr("Ask every time"), "")
            for name in available:
                combo.addItem(self.tr("%1 (this computer's default)").replace("%1", name) if name == default
                              else name, name)
            saved = str(self._settings.value(assigned_key(kind.key), "", type=str))
            if saved and saved not in available:
                combo.addItem(self.tr("%1 (not installed)").replace("%1", saved), saved)
            combo.setCurrentIndex(max(0, combo.findData(saved)))
            # Alt + the first letter: the six kinds start with six different letters.
            label = QLabel("&" + domain_word(kind.label), self)
            label.setBuddy(combo)
            self.ui.printerForm.addRow(label, combo)
            self.combos[kind.key] = combo
        if not available:
            show_message(self.ui.messageLabel, self.tr(
                "No printer is installed on this computer: documents can be saved as PDF, or a printer added in "
                "the operating system's settings and chosen here."), role="hint")
        else:
            self.ui.messageLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def chosen(self) -> dict[str, str]:
        """The printer chosen for each kind ("" for "Ask every time")."""
        return {key: str(combo.currentData() or "") for key, combo in self.combos.items()}

    def accept(self) -> None:
        for key, name in self.chosen().items():
            if name:
                self._settings.setValue(assigned_key(key), name)
            else:
                self._settings.remove(assigned_key(key))
        self._settings.sync()
        if self._settings.status() != QSettings.Status.NoError:
            show_message(self.ui.messageLabel, self.tr("The choice could not be saved on this computer (the "
                                                       "settings file is not writable). Nothing was changed."))
            return
        super().accept()
