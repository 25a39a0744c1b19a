"""No visible text escapes translation (issue 15, item 4): every screen walked in a pseudo-language.

A pseudo-translator (pseudo_translation.py) returns every text of the app's contexts as ``[Ŝàvé~~~]``:
bracketed, accented, 35 % longer, placeholders, %n, mnemonics and HTML kept. With it installed, each role's
main window (every tab, sub-tab and administration section, and the lock screen), a doctor's open chart,
and every dialog test_keyboard and test_accessibility_walk open are walked; any visible text (label, button,
check box, group box, tab, table header, section, combo item, placeholder, menu, window title, tooltip) with letters
outside brackets never went through ``tr``/``translate`` and fails the test, named by widget class, object
name and text. Data is told apart from UI text by the rules in pseudo_translation's docstring: table cells,
list rows and the items of data combo boxes are not read, and the test data's names, codes, dates and numbers
are recognised.

Labels and buttons whose pseudo text is wider than they are (the longer words of a real language would be
cut) are printed, not failed: another piece of work (200 % scaling) fits the layouts.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from factories import new_patient
from helpers import DEFAULT_PASSWORD, break_the_glass, doctor_asking_for_a_chart, log_in
from pseudo_translation import PseudoTranslator, clipped, leftover, pseudo, untranslated
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication
from test_accessibility_walk import MORE_DIALOGS, ROLES, wards  # noqa: F401  (fixture used by name)
from test_keyboard import (  # noqa: F401  (fixtures used by name)
    DIALOGS,
    admin,
    doctor_id,
    every_screen,
    every_screen_and_section,
)

from hms_desktop import i18n


def _qt_translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


@pytest.fixture
def pseudo_language(qapp) -> Iterator[PseudoTranslator]:
    """The pseudo-translator for one test, the services' messages routed through it; removed afterwards."""
    translator = PseudoTranslator(qapp)
    assert qapp.installTranslator(translator)
    i18n.install(_qt_translate)
    yield translator
    qapp.removeTranslator(translator)
    translator.deleteLater()
    i18n.install(None)


def _report(problems: list[str], clips: list[str]) -> None:
    for line in dict.fromkeys(clips):
        print("CLIPPED", line)
    assert not problems, "untranslated:\n" + "\n".join(dict.fromkeys(problems))


def test_the_pseudo_language_keeps_what_the_app_needs() -> None:
    assert pseudo("Save") == "[Šàvé~~]"
    assert pseudo("&Book {name} at {time:%H:%M}") == "[&Böök {name} àţ {time:%H:%M}~~]"
    assert pseudo("%n beds") == "[%n bédš~~]"
    assert pseudo("<b>Due</b> now") == "<b>[Düé</b> ñöw~~~]"
    assert pseudo("<html><body>Hi</body></html>") == "<html><body>[Hï~]</body></html>"
    assert pseudo("Fish && chips") == "[Fïšh && çhïpš~~~~]"
    assert leftover(pseudo("Patient {name}").format(name="KEYS, Book")) == ""
    assert leftover("Saved") == "Saved"
    assert leftover("12:30 · 3 Dec 2026") == ""


def test_the_pseudo_translator_leaves_qts_own_texts_to_qt(qapp, pseudo_language) -> None:
    assert QCoreApplication.translate("PatientDialog", "Save") == "[Šàvé~~]"
    assert QCoreApplication.translate("BedBoard", "%n beds", None, 3) == "[3 bédš~~]"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert i18n.translate("services", "Saved.") == "[Šàvéd.~~]"


@pytest.mark.parametrize("role", list(ROLES))
def test_every_screen_of_the_main_window_is_translated(pseudo_language, qtbot, controller, database, wards,  # noqa: F811
                                                      role) -> None:
    username = database.add_user(*ROLES[role])
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    window.resize(1280, 690)
    problems: list[str] = []
    clips: list[str] = []
    for screen in every_screen_and_section(window):
        problems += untranslated(window, f"{role} {screen}")
        clips += clipped(window, f"{role} {screen}")
    window.lock()
    QApplication.processEvents()
    problems += untranslated(window, f"{role}: the lock screen")
    _report(problems, clips)


@pytest.mark.parametrize("name", [*DIALOGS, *MORE_DIALOGS])
def test_every_dialog_is_translated(pseudo_language, qtbot, runner, database, admin, doctor_id,  # noqa: F811
                                    name) -> None:
    dialog = {**DIALOGS, **MORE_DIALOGS}[name](admin, runner, database, doctor_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems: list[str] = []
    clips: list[str] = []
    for screen in every_screen(dialog):
        problems += untranslated(dialog, f"{name} {screen}")
        clips += clipped(dialog, f"{name} {screen}")
    _report(problems, clips)


def test_the_consultation_tab_with_a_chart_open_is_translated(pseudo_language, qtbot, controller,
                                                              database) -> None:
    """The chart's panes (history trees, encounters, medications, labs, documents) show only with a patient."""
    window, tab, dialog = doctor_asking_for_a_chart(qtbot, controller, database, QSize(1280, 690),
                                                    new_patient(database, "Walk", "Chart"))
    problems = untranslated(dialog, "break the glass")
    break_the_glass(tab, dialog)
    clips: list[str] = []
    for screen in every_screen(window):
        problems += untranslated(window, f"doctor, chart open {screen}")
        clips += clipped(window, f"doctor, chart open {screen}")
    _report(problems, clips)


def test_every_tr_in_the_ui_has_its_text_written_in_the_call() -> None:
    """lupdate extracts ``self.tr("...")`` only when the text is a literal: ``self.tr(label)`` or
    ``self.tr(f"...")`` is never translated. A label kept in a constant is marked where it is written
    (``QT_TRANSLATE_NOOP(context, "...")``) and translated where it is shown (``QCoreApplication.translate``
    with the same context, or ui/domain_words.py for the domain's and the services' labels).

    And only ``self.tr``: lupdate files ``widget.tr("...")`` under the context "widget", while Qt looks it up
    under the widget's class, so it would never be found; a function outside a class names its context:
    ``QCoreApplication.translate("ShiftPage", "...")``."""
    import ast
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "hms_desktop" / "ui"
    found = []
    for path in sorted(ui.rglob("*.py")):
        if "forms" in path.relative_to(ui).parts:
            continue  # generated by pyside6-uic from forms/*.ui, which lupdate reads itself
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr" \
                    and not (node.args and isinstance(node.args[0], ast.Constant)
                             and isinstance(node.args[0].value, str)
                             and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"):
                found.append(f"{path.relative_to(ui)}:{node.lineno}: {ast.unparse(node)[:100]}")
    assert not found, "tr() lupdate cannot extract:\n" + "\n".join(found)
