"""Every screen fits at 200 % scaling on a 1920 × 1080 screen (issue 15, item 3).

At 200 % such a screen has 960 × 540 logical pixels, 960 × 520 once a taskbar takes its share. Each role's
main window is resized to 960 × 520 and every tab, sub-tab and administration section shown in turn (as
test_keyboard's ``every_screen`` walks them); every dialog test_keyboard opens is shown at most that size.
A screen fails when its minimum size is larger, or when a visible enabled control (button, field, list) or a
label lies outside what the window shows: cut by its window or by any widget around it. A control inside a
scroll area (a QScrollArea's page, an item view's index widget) only has to be inside the scrolled page: the
person scrolls to it. Failures name the screen and the widget.

The font is the tests' DejaVu Sans at the same point size, so these logical pixels are what 200 % shows
(Qt scales fonts and pixels alike).
"""

from __future__ import annotations

import pytest
from factories import new_patient
from helpers import DEFAULT_PASSWORD, break_the_glass, doctor_asking_for_a_chart, log_in
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from test_keyboard import DIALOGS, admin, doctor_id, every_screen  # noqa: F401  (fixtures used by name)

from hms_desktop.domain.staff import Group
from hms_desktop.services import demo_wards

pytestmark = pytest.mark.usefixtures("app_style")

AT_200 = QSize(960, 520)  # 1920 × 1080 at 200 %, less a taskbar
ROLES = {
    "reception": (Group.RECEPTION,),
    "doctor": (Group.DOCTOR,),
    "billing": (Group.BILLING,),
    "admin": (Group.ADMIN,),
}
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView,
            QAbstractSlider, QLabel)


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text()[:30]
    label = widget.objectName() or widget.accessibleName() or text
    return f"{type(widget).__name__} {label!r}"


def _scrolled(widget: QWidget) -> bool:
    """True when ``widget`` is the viewport of a scroll area: what lies in it is reached by scrolling."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _cut_by(widget: QWidget, top: QWidget) -> QWidget | None:
    """The first widget around ``widget`` (up to ``top``) that does not show all of it, or None."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    while child is not top:
        parent = child.parentWidget()
        if parent is None or child.isWindow():
            return None
        rect.translate(child.pos())
        if _scrolled(parent):  # in a scrolled page: inside that page is reachable, and that page is the child
            return None
        if not QRect(QPoint(0, 0), parent.size()).adjusted(-1, -1, 1, 1).contains(rect):
            return parent
        child = parent
    return None


def off_screen(top: QWidget, size: QSize, where: str) -> list[str]:
    """What of ``top``, at most ``size``, a person cannot see or reach."""
    QApplication.processEvents()
    problems = []
    hint = top.minimumSizeHint()
    if hint.width() > size.width() or hint.height() > size.height():
        problems.append(f"{where}: needs at least {hint.width()} × {hint.height()} px")
    if top.width() > size.width() or top.height() > size.height():
        problems.append(f"{where}: is {top.width()} × {top.height()} px")
    for widget in top.findChildren(QWidget):
        if (not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar) or not widget.isVisibleTo(top)
                or not widget.isEnabled() or widget.window() is not top):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        cut = _cut_by(widget, top)
        if cut is not None:
            origin = widget.mapTo(top, QPoint(0, 0))
            problems.append(f"{where}: {_name(widget)} at {origin.x()},{origin.y()} ({widget.width()} × "
                            f"{widget.height()}) is cut by {_name(cut)} ({cut.width()} × {cut.height()})")
    return problems


@pytest.fixture(scope="module")
def wards(database) -> int:
    """The demo's wards and beds, so the bed board has its tiles."""
    with database.owner.engine.begin() as conn:
        return demo_wards.seed_demo_wards(conn)


@pytest.mark.parametrize("role", list(ROLES))
def test_every_screen_of_the_main_window_fits_960_by_520(qtbot, controller, database, wards, role) -> None:
    username = database.add_user(*ROLES[role])
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    window.resize(AT_200)
    problems: list[str] = []
    for screen in every_screen(window):
        problems += off_screen(window, AT_200, f"{role} {screen}")
        sections = next((w.sections for w in window.findChildren(QWidget)
                         if isinstance(getattr(w, "sections", None), QListWidget) and w.isVisibleTo(window)), None)
        if sections is not None:  # Administration: its sections are a list, each page shown in turn
            for row in range(1, sections.count()):
                sections.setCurrentRow(row)
                for inner in every_screen(window):
                    problems += off_screen(window, AT_200, f"{role} {inner}/{sections.item(row).text()}")
            sections.setCurrentRow(0)
    assert not problems, "\n".join(dict.fromkeys(problems))


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_fits_960_by_520(qtbot, runner, database, admin, doctor_id, name) -> None:  # noqa: F811
    dialog: QDialog = DIALOGS[name](admin, runner, database, doctor_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # A window manager keeps a window on its screen: a dialog larger than the screen is cut to it.
    dialog.resize(min(dialog.width(), AT_200.width()), min(dialog.height(), AT_200.height()))
    problems: list[str] = []
    for screen in every_screen(dialog):
        problems += off_screen(dialog, AT_200, f"{name} {screen}")
    assert not problems, "\n".join(dict.fromkeys(problems))





def test_the_consultation_tab_with_a_chart_and_an_encounter_open_fits_960_by_520(qtbot, controller,
                                                                                 database) -> None:
    """The chart's panes and the encounter editor show only with a patient: open one, then a new encounter."""
    window, tab, dialog = doctor_asking_for_a_chart(qtbot, controller, database, AT_200,
                                                    new_patient(database, "Fit", "Chart"))
    problems = off_screen(dialog, AT_200, "break the glass")
    break_the_glass(tab, dialog)
    for screen in every_screen(window):
        problems += off_screen(window, AT_200, f"chart open {screen}")
    window.tabs.setCurrentWidget(tab)
    tab.chart_view.encounters.ui.newButton.click()
    qtbot.waitUntil(lambda: tab.ui.chartStack.currentWidget() is tab.editor and tab.editor.encounter is not None)
    problems += off_screen(window, AT_200, "encounter editor")
    assert not problems, "\n".join(dict.fromkeys(problems))
