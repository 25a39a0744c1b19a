"""The patient record's listed words: a preferred language, a contact's relation (issue 15, item 4).

The record stores the English word of the list ("Spouse", "French"): a stable key, the same whichever language
the desk that typed it works in, so that a French desk and an English desk read each other's records in their
own words. The combo boxes show the word translated and carry the key as item data. They stay editable: a
relation or language the list does not know is typed in, stored as typed and shown as stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from hms_desktop.i18n import QT_TRANSLATE_NOOP

# Marked in the patient form's context, where their French already is.
CONTEXT = "PatientDialog"
RELATIONS = (
    QT_TRANSLATE_NOOP("PatientDialog", "Spouse"),
    QT_TRANSLATE_NOOP("PatientDialog", "Partner"),
    QT_TRANSLATE_NOOP("PatientDialog", "Parent"),
    QT_TRANSLATE_NOOP("PatientDialog", "Child"),
    QT_TRANSLATE_NOOP("PatientDialog", "Sibling"),
    QT_TRANSLATE_NOOP("PatientDialog", "Guardian"),
    QT_TRANSLATE_NOOP("PatientDialog", "Friend"),
    QT_TRANSLATE_NOOP("PatientDialog", "Other"),
)
LANGUAGES = (
    QT_TRANSLATE_NOOP("PatientDialog", "English"),
    QT_TRANSLATE_NOOP("PatientDialog", "French"),
    QT_TRANSLATE_NOOP("PatientDialog", "Spanish"),
    QT_TRANSLATE_NOOP("PatientDialog", "Portuguese"),
    QT_TRANSLATE_NOOP("PatientDialog", "Arabic"),
    QT_TRANSLATE_NOOP("PatientDialog", "Polish"),
    QT_TRANSLATE_NOOP("PatientDialog", "Urdu"),
    QT_TRANSLATE_NOOP("PatientDialog", "Bengali"),
    QT_TRANSLATE_NOOP("PatientDialog", "Mandarin"),
)
_LISTED = frozenset((*RELATIONS, *LANGUAGES))


def listed_word(stored: str | None) -> str:
    """A stored language or relation as this workstation reads it: a listed key translated, other text as is."""
    if not stored:
        return ""
    return QCoreApplication.translate(CONTEXT, stored) if stored in _LISTED else stored


def fill_listed(combo: QComboBox, keys: Sequence[str]) -> None:
    """An empty choice, then each key's translated word with the key as its data."""
    combo.clear()
    combo.addItem("", None)
    for key in keys:
        combo.addItem(QCoreApplication.translate(CONTEXT, key), key)


def show_listed(combo: QComboBox, stored: str | None) -> None:
    """Select the listed item whose key is ``stored``; a value the list does not know is shown as stored."""
    index = combo.findData(stored) if stored else 0
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentText(stored or "")  # an editable combo: the text goes into its line edit


def listed_value(combo: QComboBox) -> str | None:
    """What to store: the key of the item whose word is shown, else the text as typed (None when empty)."""
    text = combo.currentText()
    if not text.strip():
        return None
    index = combo.findText(text)
    key = combo.itemData(index) if index >= 0 else None
    return key if isinstance(key, str) else text
