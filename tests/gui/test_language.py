"""The translation mechanism (issue 15, item 4): a language's catalogue built by build/translations.py is
loaded for the workstation, widgets' tr and the services' translate both go through it, plurals take the
language's forms, Qt's own buttons follow, and the choice is the workstation's."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest
from helpers import DEFAULT_PASSWORD, log_in
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from hms_desktop import i18n
from hms_desktop.config import WorkstationSettings
from hms_desktop.domain.staff import Group
from hms_desktop.ui.dialogs.language_dialog import LanguageDialog
from hms_desktop.ui.language import Language, available_languages, install_language, resolve

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations_build", ROOT / "build" / "translations.py")
assert _spec is not None and _spec.loader is not None
translations_build = importlib.util.module_from_spec(_spec)
sys.modules["translations_build"] = translations_build
_spec.loader.exec_module(translations_build)

FRENCH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>services</name>
  <message><source>The report was cancelled.</source><translation>Le rapport a été annulé.</translation></message>
  <message><source>%n bed(s) added.</source><translation>unused</translation></message>
</context>
<context><name>BedBoard</name>
  <message numerus="yes"><source>%n bed(s)</source>
    <translation><numerusform>%n lit</numerusform><numerusform>%n lits</numerusform></translation></message>
</context>
</TS>
"""


@pytest.fixture
def french(tmp_path) -> Path:
    ts = tmp_path / "hms_fr.ts"
    ts.write_text(FRENCH, encoding="utf-8")
    assert translations_build.mark_plurals(ts) == 1  # the services' "%n" message became plural
    translations_build.release(ts)
    return tmp_path


@pytest.fixture
def english_afterwards(qapp):
    yield
    install_language(qapp, "en")
    i18n.install(None)


def test_the_services_and_the_widgets_read_the_workstations_language(qapp, french, english_afterwards) -> None:
    assert i18n.translate("services", "The report was cancelled.") == "The report was cancelled."
    assert install_language(qapp, "fr", french) == "fr"
    assert i18n.translate("services", "The report was cancelled.") == "Le rapport a été annulé."
    assert QCoreApplication.translate("BedBoard", "%n bed(s)", None, 1) == "1 lit"
    assert QCoreApplication.translate("BedBoard", "%n bed(s)", None, 3) == "3 lits"
    assert i18n.translate("services", "Not in the catalogue yet.") == "Not in the catalogue yet."
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own strings follow
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    assert install_language(qapp, "en", french) == "en"
    assert i18n.translate("services", "The report was cancelled.") == "The report was cancelled."
    assert QCoreApplication.translate("BedBoard", "%n bed(s)", None, 3) == "3 bed(s)"


def test_without_a_language_the_source_text_is_used_with_its_number() -> None:
    assert i18n.translate("services", "%n patients found", n=12) == "12 patients found"
    assert i18n.QT_TRANSLATE_NOOP("services", "Kept for later.") == "Kept for later."


def test_the_choice_falls_back_to_the_system_then_english(french) -> None:
    assert [language.code for language in available_languages(french)] == ["en", "fr"]
    assert available_languages(french)[1].name == "Français"
    assert resolve("fr", french) == "fr"
    assert resolve("de", french) == "en"  # chosen but not installed
    assert resolve("", french) == ("fr" if QLocale.system().name().startswith("fr") else "en")
    assert [language.code for language in available_languages(french / "missing")] == ["en"]


def test_the_language_is_kept_in_the_workstations_settings(qtbot, french, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HMS_CONFIG_DIR", str(tmp_path / "config"))  # not the other tests' workstation file
    settings = WorkstationSettings()
    dialog = LanguageDialog(settings=settings, languages=available_languages(french))
    qtbot.addWidget(dialog)
    texts = [dialog.ui.languageList.item(row).text() for row in range(dialog.ui.languageList.count())]
    assert texts[1:] == ["English", "Français"] and texts[0].startswith("The system's language")
    assert dialog.chosen == ""
    dialog.ui.languageList.setCurrentRow(2)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == LanguageDialog.DialogCode.Accepted
    assert WorkstationSettings.load().language == "fr"
    again = LanguageDialog(settings=WorkstationSettings.load(), languages=available_languages(french))
    qtbot.addWidget(again)
    assert again.chosen == "fr"
    assert not again.ui.languageList.tabKeyNavigation()


def test_only_english_says_how_a_language_is_added(qtbot) -> None:
    dialog = LanguageDialog(settings=WorkstationSettings(), languages=(Language("en", "English"),))
    qtbot.addWidget(dialog)
    assert "make translations" in dialog.ui.messageLabel.text()


def test_every_user_finds_it_in_the_session_menu(qtbot, controller, database, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HMS_CONFIG_DIR", str(tmp_path / "config"))
    username = database.add_user(Group.DOCTOR)
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    session = window.menuBar().actions()[0].menu()
    assert window.language_action in session.actions()
    window.language_action.trigger()
    dialog = window.language_dialog
    assert isinstance(dialog, LanguageDialog) and dialog.isVisible()
    dialog.ui.languageList.setCurrentRow(1)  # English
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert window.statusBar().currentMessage() == "The screens will be in English from the next start."
    assert WorkstationSettings.load().language == "en"


def test_dates_follow_the_chosen_language_with_the_systems_territory_where_qt_knows_the_pair() -> None:
    """A French screen on an English system reads French dates; a system that speaks the language keeps its
    own territory's ways."""
    from PySide6.QtCore import QLocale

    from hms_desktop.ui.locale_formats import LocaleFormats, locale_for_language

    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    french_on_us = locale_for_language("fr", us)
    assert french_on_us.language() == QLocale.Language.French
    assert "déc." in LocaleFormats(french_on_us).date(date(2026, 12, 2))
    canada = QLocale(QLocale.Language.English, QLocale.Country.Canada)
    assert locale_for_language("fr", canada).territory() == QLocale.Country.Canada  # fr_CA exists
    belgium = QLocale(QLocale.Language.French, QLocale.Country.Belgium)
    assert locale_for_language("fr", belgium) == belgium
    assert locale_for_language("en", us) == us
    c = QLocale.c()  # no locale set on the machine: English keeps C's formats (24-hour), French is French
    assert locale_for_language("en", c) == c
    assert locale_for_language("fr", c).language() == QLocale.Language.French
