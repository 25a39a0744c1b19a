"""No words written straight into the UI (issue 15, item 4): the texts that appear only after an action.

The pseudo-language walk (tests/gui/test_translation_walk.py) reads what each screen shows when it opens; a
status line, a message box or a list filled after a click is not there yet. This scan reads the UI's code
instead: a string literal (or the literal parts of an f-string) with words in it, given to a call that puts
text in front of people — ``setText``, ``setToolTip``, ``QMessageBox.warning``, ``show_message``, ``addItem``,
``QLabel(...)``... — is a text lupdate never sees. Tags, entities, unit symbols (kg, cm, mmHg, /min) and
single letters are not words. Wrap the text in ``self.tr`` (a literal), or build it from translated parts.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "hms_desktop" / "ui"

SHOWN_BY = {
    "setText", "setPlaceholderText", "setToolTip", "setWindowTitle", "showMessage", "information", "warning",
    "critical", "question", "addItem", "addItems", "insertItem", "setStatusTip", "setTitle", "setHeaderLabels",
    "addTab", "insertTab", "setTabText", "setAccessibleName", "setAccessibleDescription", "setWhatsThis",
    "setSuffix", "setPrefix", "setSpecialValueText", "setLabelText", "setInformativeText", "setDetailedText",
    "addAction", "addMenu", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "getText", "getItem",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "addButton", "setButtonText", "setHtml",
    "setPlainText", "append", "show_message",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "QMenu",
    "QTableWidgetItem", "QListWidgetItem", "QTreeWidgetItem", "QMessageBox", "QCommandLinkButton",
}
# Where the text is among the arguments of these (show_message's first is its label, addItem's second is data).
TEXT_AT = {"show_message": slice(1, 2), "addItem": slice(0, 1), "insertItem": slice(1, 2)}
# Files whose literals are not shown to people: the scripted session check types a test user's details.
NOT_SHOWN = {"session_script.py"}
# (file, literal): values, not words — the default database name offered in the servers dialog.
VALUES = {("servers_dialog.py", "hms")}

_NOT_WORDS = re.compile(r"<[^>]*>|&[a-z]+;|\b(?:kg|cm|mm|mmHg|min|h|°C|SpO₂)\b")


def _has_words(text: str) -> bool:
    return re.search(r"[^\W\d_]{2,}", _NOT_WORDS.sub(" ", text)) is not None


def _literals(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [part.value for part in node.values if isinstance(part, ast.Constant) and isinstance(part.value, str)]
    return []


def bare_words(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else (func.id if isinstance(func, ast.Name) else "")
        if name not in SHOWN_BY:
            continue
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("log", "logger"):
            continue  # a log line is for the administrator's log file, in English
        args = node.args[TEXT_AT.get(name, slice(None))]
        for arg in args:
            for text in _literals(arg):
                if _has_words(text) and (filename, text) not in VALUES:
                    found.append(f"{filename}:{node.lineno}: {name}({text[:60]!r})")
    return found


def test_no_ui_call_shows_a_bare_word() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if "forms" in path.relative_to(UI).parts or path.name in NOT_SHOWN:
            continue
        found += bare_words(path.read_text(encoding="utf-8"), path.name)
    assert not found, "words people read that lupdate never sees:\n" + "\n".join(found)


def test_the_scan_catches_a_bare_word_and_lets_translated_text_and_units_through() -> None:
    code = '''
self.status.setText("Saved.")
QMessageBox.warning(self, self.tr("Stop"), f"{n} beds were not freed")
show_message(self.ui.status, "Done", role="info")
combo.addItem(self.tr("All wards"), "all")
self.label.setText(self.tr("Saved."))
parts.append(" kg")
parts.append("</b><br>")
log.warning("Ignored a malformed notification")
'''
    found = bare_words(code, "example.py")
    assert [line.split(": ", 1)[1] for line in found] == ["setText('Saved.')", "warning(' beds were not freed')",
                                                           "show_message('Done')"]
