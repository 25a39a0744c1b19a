"""The workstation's language: Qt's translators for the app and for Qt's own dialogs (issue 15, item 4).

A language is offered when ``resources/translations/hms_<code>.qm`` exists (``make translations`` builds it from
``hms_<code>.ts``); English is the source language and always offered. The choice is the workstation's
(``WorkstationSettings.language``, empty for the system's language) and applies from the next start: every
screen is built in one language, and a half-translated window after a switch would confuse more than a restart.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hms_desktop import i18n

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
APP_CATALOGUE = "hms"
# Qt's own strings (the buttons of QMessageBox and QDialogButtonBox, the file and print dialogs).
QT_CATALOGUES = ("qtbase",)


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # "fr", "es", "pt_BR"
    name: str  # in the language itself ("Français"), as people look for their own


def translations_dir() -> Path:
    from hms_desktop.app import resources_dir

    return resources_dir() / "translations"


def _native_name(code: str) -> str:
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def available_languages(directory: Path | None = None) -> tuple[Language, ...]:
    """English first, then every language with a compiled catalogue, by name."""
    folder = directory or translations_dir()
    codes = sorted(p.stem.removeprefix(f"{APP_CATALOGUE}_") for p in folder.glob(f"{APP_CATALOGUE}_*.qm"))
    others = sorted((Language(code, _native_name(code)) for code in codes if code != SOURCE_LANGUAGE),
                    key=lambda language: language.name.casefold())
    return (Language(SOURCE_LANGUAGE, "English"), *others)


def resolve(chosen: str, directory: Path | None = None) -> str:
    """The language to use: the workstation's choice when it is offered, else the first of the system's
    languages that is, else English."""
    offered = {language.code for language in available_languages(directory)}
    wanted = [chosen] if chosen else [tag.replace("-", "_") for tag in QLocale.system().uiLanguages()]
    for tag in wanted:
        for candidate in (tag, tag.split("_")[0]):
            if candidate in offered:
                return candidate
    return SOURCE_LANGUAGE


def install_language(app: QCoreApplication, chosen: str = "", directory: Path | None = None) -> str:
    """Install the translators for the workstation's language on ``app`` and route the services' messages
    (``hms_desktop.i18n``) through them. Returns the language code used. The translators are parented to
    ``app`` so they live as long as it does."""
    code = resolve(chosen, directory)
    for old in app.findChildren(QTranslator, "hmsTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    if code != SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues = [(name, qt_folder) for name in QT_CATALOGUES]
        catalogues.append((APP_CATALOGUE, str(directory or translations_dir())))
        for name, folder in catalogues:
            translator = QTranslator(app)
            translator.setObjectName("hmsTranslator")
            if translator.load(f"{name}_{code}", folder):
                app.installTranslator(translator)
            else:
                log.warning("No %s translation for %s in %s", name, code, folder)
                translator.deleteLater()
    # Dates, times and numbers follow the system's locale, not the language: a French-speaking clerk in
    # Belgium and one in Canada read dates differently (item 5 of issue 15 moves the formats to QLocale).
    i18n.install(_qt_translate)
    return code


def _qt_translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)
