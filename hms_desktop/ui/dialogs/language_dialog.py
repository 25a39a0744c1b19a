"""Session → Language on this workstation (issue 15, item 4): the screens' language, kept in the
workstation's settings file, applied from the next start (ui/language.py says why not at once)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from hms_desktop.config import WorkstationSettings
from hms_desktop.ui.forms.ui_language_dialog import Ui_LanguageDialog
from hms_desktop.ui.language import Language, available_languages, resolve
from hms_desktop.ui.widgets.feedback import show_message

SYSTEM = ""  # the item meaning "the system's language"


class LanguageDialog(QDialog):
    def __init__(self, *, settings: WorkstationSettings | None = None,
                 languages: Sequence[Language] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LanguageDialog()
        self.ui.setupUi(self)
        self._settings = settings if settings is not None else WorkstationSettings.load()
        offered = tuple(languages if languages is not None else available_languages())
        system = next((language.name for language in offered if language.code == resolve(SYSTEM)), "English")
        self._add(self.tr("The system's language (now %1)").replace("%1", system), SYSTEM)
        for language in offered:
            self._add(language.name, language.code)
        chosen = self._settings.language if self._settings.language in {lang.code for lang in offered} else SYSTEM
        for row in range(self.ui.languageList.count()):
            if self.ui.languageList.item(row).data(Qt.ItemDataRole.UserRole) == chosen:
                self.ui.languageList.setCurrentRow(row)
        if len(offered) == 1:
            show_message(self.ui.messageLabel, self.tr(
                "Only English is installed. A hospital adds a language with `make translations`."), role="hint")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.languageList.itemActivated.connect(lambda _item: self._save())

    def _add(self, text: str, code: str) -> None:
        item = QListWidgetItem(text, self.ui.languageList)
        item.setData(Qt.ItemDataRole.UserRole, code)

    @property
    def chosen(self) -> str:
        item = self.ui.languageList.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else SYSTEM

    def chosen_name(self) -> str:
        item = self.ui.languageList.currentItem()
        return item.text() if item is not None else ""

    def _save(self) -> None:
        self._settings.language = self.chosen
        try:
            self._settings.save()
        except OSError as error:
            show_message(self.ui.messageLabel, self.tr(
                "The choice could not be saved on this computer (%1). Ask IT to check the settings folder.")
                .replace("%1", error.strerror or str(error)))
            return
        self.accept()
