"""A pseudo-translation for the app's texts, and a reader of what a window shows (issue 15, item 4).

``PseudoTranslator`` is a QTranslator written in Python: every source text of the app's contexts comes back
as ``[Šàvé ţhé pàţïéñţ~~~~]``: in brackets, with accented letters, and 35 % longer. What it keeps intact, so
the app still works with it: ``{named}`` placeholders (formatted after tr), ``%n`` / ``%1`` markers, the
``&`` of a mnemonic and its letter (Alt+letter stays the same), ``&&``, HTML tags and entities, line breaks.
Qt's own contexts (``QDialogButtonBox``, ``QPlatformTheme``, ... all starting with "Q" and a capital) are left
alone: Qt's catalogue (qtbase) translates them in a real language.

``untranslated(top, where)`` reads every visible text of a window — labels, buttons, check boxes, group box
titles, tab titles and tips, table and tree headers, the section list, combo box items, placeholders, menus and
actions, the window title, tooltips — and returns those that still have letters once every bracketed part is
taken out: a text that never went through the translator. ``clipped(top, where)`` lists the labels and
buttons whose (longer) text is wider than they are.

What is data, not UI text, is never read, by these rules:

- table and tree cells (only their headers are read): they hold the database's rows;
- list widgets other than a window's section list (``sections``): their items are rows too;
- the items of the combo boxes in ``DATA_COMBOS`` (doctors, departments, services, countries, time zones,
  codes); every other combo box's items are read;
- editable fields' contents (a line edit's text is typed or loaded; its placeholder is read);
- Qt's standard dialog buttons (OK, Cancel, ...) whose text Qt set: qtbase's catalogue translates them.

And what is left of a text once its translated parts are removed is ignored when it is made only of digits,
punctuation, symbols and spaces, or of the data the tests create (``DATA``: the "KEYS, ..." patients, conftest's
"Test doctor_..." users, "Dr Mnemonic Keys", test_keyboard's fee, payer, ward, bed and stock, the demo wards,
the prescribing codes), or of month and weekday names (dates as hms_desktop.formats writes them: QLocale's job,
item 5; ``DATA_PATTERNS``). ``BELOW_THE_UI`` would list a sentence worded below the UI and not translated yet:
it is empty.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from hms_desktop.domain.prescribing import FREQUENCIES
from hms_desktop.services.demo_wards import DEMO_WARDS

_ACCENTED = str.maketrans("aeiouycnsztAEIOUYCNSZT", "àéïöüýçñšžţÀÉÏÖÜÝÇÑŠŽŢ")
# What must come back unchanged: placeholders, Qt's %n / %1 / %L1, printf-style markers, HTML tags and
# entities, '&&', a mnemonic's '&' with its letter, line breaks.
_KEPT = re.compile(r"\{[^{}]*\}|%L?\d+|%n|%[sd]|<[^>]*>|&[A-Za-z]+;|&#\d+;|&&|&.|\n", re.DOTALL)
_LEADING_TAGS = re.compile(r"^(\s*<[^>]*>)+")
_TRAILING_TAGS = re.compile(r"(<[^>]*>\s*)+$")
_QT_CONTEXT = re.compile(r"^Q[A-Z]")
LONGER = 0.35


def pseudo(source: str) -> str:
    """``source`` as the pseudo-language writes it; the brackets go inside leading and trailing HTML tags,
    so that Qt still sees rich text as rich text."""
    if not source.strip():
        return source
    lead = _LEADING_TAGS.match(source)
    trail = _TRAILING_TAGS.search(source)
    start = lead.end() if lead else 0
    end = trail.start() if trail and trail.start() >= start else len(source)
    body = source[start:end]
    pieces: list[str] = []
    position = 0
    for kept in _KEPT.finditer(body):
        pieces.append(body[position:kept.start()].translate(_ACCENTED))
        pieces.append(kept.group())
        position = kept.end()
    pieces.append(body[position:].translate(_ACCENTED))
    letters = sum(ch.isalpha() for ch in _KEPT.sub("", body))
    padding = "~" * max(1, math.ceil(letters * LONGER))
    return f"{source[:start]}[{''.join(pieces)}{padding}]{source[end:]}"


class PseudoTranslator(QTranslator):
    """Every text of the app's contexts in the pseudo-language; Qt's own contexts left to Qt."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pseudoTranslator")

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # Qt's own texts come back as they are (a real language has qtbase's catalogue for them)
        text = source if not source or _QT_CONTEXT.match(context or "") else pseudo(source)
        return text.replace("%n", str(n)) if n >= 0 else text

    def isEmpty(self) -> bool:
        return False


# Data the tests create (test_keyboard's fixtures and constants, factories, conftest's users and department, the
# settings' hospital name, the lab catalogue), the demo wards' names, floors and rooms, and the prescribing
# frequencies' codes: never UI text.
_DEMO_WARD_NAMES = sorted({text for ward in DEMO_WARDS for text in (ward.name, ward.floor,
                                                                    *(room.name for room in ward.rooms))},
                          key=len, reverse=True)
DATA = re.compile("|".join([
    *(re.escape(name) for name in _DEMO_WARD_NAMES),
    r"\b[A-Z][A-Z'-]+, [A-Z]\w*",  # a patient as the app writes one: "KEYS, Book", "WALK, Chart"
    r"\bTest [a-z]+_\w+", r"\b[a-z]+_[0-9a-f]+_\d+\b",  # conftest's users: "Test admin_25e1c1_4"
    r"Dr Mnemonic Keys", r"Keys Health", r"Key room", r"\bKeys\b", r"Garden Ward", r"Bay \d+",
    r"Amoxicillin 500 mg capsule", r"capsules?", r"Main pharmacy", r"Ward A( store)?", r"Ward-A4", r"Desk-Receipts",
    r"AMX-\d+", r"INV-\d+-\d+", r"General Hospital", r"\bALT\b", r"Alanine aminotransferase", r"\bTesting\b",
    *(rf"\b{re.escape(code)}\b" for code in FREQUENCIES),  # prescribing's codes: OD, BD, PRN, Q4H...
]))
DATA_PATTERNS = (
    # dates as hms_desktop.formats writes them in English: "2 Dec 2026", "Wed 2 Dec", "December 2026"
    re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b"),
    re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"),
)
# Sentences worded below the UI that the walk may meet untranslated: none since the services, the domain and
# the printouts word theirs through translate (svcstrings, merged). Kept as the one place to name such a
# sentence, with the reason, should one ever have to wait.
BELOW_THE_UI = re.compile(r"(?!x)x")  # matches nothing
# Combo boxes whose items are data or codes, not words: the database's doctors, departments, services and
# tables, the phone regions' country names and the IANA time zones (both from libraries), libpq's SSL modes,
# dose units (symbols).
DATA_COMBOS = frozenset({"doctorCombo", "departmentCombo", "specialtyCombo", "codeCombo", "feeCombo", "tableCombo",
                         "regionCombo", "timeZoneCombo", "sslCombo", "unitCombo"})
_BRACKETED = re.compile(r"\[[^\[\]]*\]")
_TAG = re.compile(r"<[^>]*>|&[A-Za-z]+;|&#\d+;")


def leftover(text: str) -> str:
    """What of ``text`` did not come from the translator and is not recognised data ("" when none)."""
    plain = _TAG.sub(" ", text)
    previous = None
    while previous != plain:  # nested brackets: a translated sentence holding a translated word
        previous, plain = plain, _BRACKETED.sub(" ", plain)
    plain = DATA.sub(" ", BELOW_THE_UI.sub(" ", plain))
    for pattern in DATA_PATTERNS:
        plain = pattern.sub(" ", plain)
    return " ".join(plain.split()) if any(ch.isalpha() for ch in plain) else ""


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.window() is top


def describe(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 2:
        if current.objectName() and not current.objectName().startswith("qt_"):
            names.append(current.objectName())
        current = current.parentWidget()
    return f"{type(widget).__name__} {' in '.join(names) or '(no object name)'}"


def _texts(top: QWidget) -> Iterable[tuple[QWidget, str, str]]:
    """(widget, what, text) for every text ``top`` shows now."""
    yield top, "window title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not _shown(widget, top):
            continue
        if widget.toolTip():
            yield widget, "tooltip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield widget, "text", widget.text()
        elif isinstance(widget, QAbstractButton):
            box = widget.parentWidget()
            if isinstance(box, QDialogButtonBox) and \
                    box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton:
                continue  # Qt's own OK, Cancel, ...: qtbase's catalogue translates them
            yield widget, "text", widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget, "title", widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    yield widget, f"tab {index}", widget.tabText(index)
                    yield widget, f"tab {index} tip", widget.tabToolTip(index)
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if model is None or widget.orientation() != Qt.Orientation.Horizontal:
                continue
            for section in range(widget.count()):
                if not widget.isSectionHidden(section):
                    value = model.headerData(section, widget.orientation(), Qt.ItemDataRole.DisplayRole)
                    yield widget, f"header {section}", value if isinstance(value, str) else ""
        elif isinstance(widget, QListWidget) and widget.objectName() == "sections":
            for row in range(widget.count()):
                yield widget, f"item {row}", widget.item(row).text()
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and \
                not isinstance(widget.parentWidget(), QComboBox):
            yield widget, "placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            if widget.isEditable() and widget.lineEdit() is not None:
                yield widget, "placeholder", widget.lineEdit().placeholderText()
            if widget.objectName() not in DATA_COMBOS:
                for index in range(widget.count()):
                    yield widget, f"item {index}", widget.itemText(index)
    if isinstance(top, QMainWindow):
        for menu in top.menuBar().findChildren(QMenu):
            yield menu, "menu", menu.title()
            for action in menu.actions():
                if not action.isSeparator():
                    yield menu, f"action {action.objectName()}", action.text()


def untranslated(top: QWidget, where: str) -> list[str]:
    """One line per visible text of ``top`` that never went through the translator."""
    found = []
    for widget, what, text in _texts(top):
        if text and (rest := leftover(text)):
            found.append(f"{where}: {describe(widget)} {what}: {text!r} (untranslated: {rest!r})")
    return found


def clipped(top: QWidget, where: str) -> list[str]:
    """Labels, buttons and table headings whose one-line text is wider than the room they have."""
    found = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap():
            text = widget.text()
            if not text or "<" in text or "\n" in text or not widget.pixmap().isNull():
                continue
            needed = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
            room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text()
            needed, room = widget.sizeHint().width(), widget.width()
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal \
                and widget.model() is not None and widget.isVisibleTo(top):
            for section in range(widget.count()):
                heading = widget.model().headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                size = widget.sectionSize(section)
                if isinstance(heading, str) and heading and not widget.isSectionHidden(section) and size > 0:
                    wanted = widget.fontMetrics().horizontalAdvance(heading) + 8  # the section's own margins
                    if wanted > size:
                        found.append(f"{where}: {describe(widget)} heading {heading!r} needs {wanted}px, has {size}px")
            continue
        else:
            continue
        if needed > room + 1:
            found.append(f"{where}: {describe(widget)}: {text!r} needs {needed}px, has {room}px")
    return found
