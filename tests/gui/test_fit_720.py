"""Every screen fits a 1280 × 720 screen, and the main tabs need no scroll bars at 1366 × 768 (issue 13.4).

The demo hospital (twenty doctors, long specialty names such as "Obstetrics & Gynaecology") is loaded into
this module's database; each role's main window is shown at 1280 × 690 (720 less a window frame) and each
dialog at most that size. A screen fails when its minimum size is larger, or when a label, button, combo box
item, placeholder, header section, tab or list entry does not fit its widget: Qt would clip or elide it. A
widget that elides on purpose carries the full text in its tooltip and the dynamic property ``elideOk``.
PNGs of the screens go to HMS_SCREENSHOT_DIR when it is set.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import fixed_clock
from psycopg import sql
from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionHeader,
    QTabBar,
    QTableView,
    QWidget,
)

from hms_desktop.domain.demo import DEMO_PASSWORD
from hms_desktop.domain.staff import Module
from hms_desktop.services import demo
from hms_desktop.services.throttle import LoginThrottle
from hms_desktop.ui.main_window import MainWindow
from hms_desktop.ui.widgets.day_calendar import GUTTER_WIDTH, HEADER_HEIGHT

pytestmark = pytest.mark.usefixtures("app_style")

SMALL = QSize(1280, 690)   # 1280 × 720 less the window frame and title
LARGER = QSize(1366, 738)  # 1366 × 768 likewise
# Every login the demo makes (the four accounts and its doctors): roles are cluster-wide, and
# tests/integration/test_demo.py refuses to run while any of them is left behind.
DEMO_USERNAMES = [member.username for member in demo.staff_plan()]


# --- the checks ----------------------------------------------------------------------------------------

def _plain(text: str) -> str:
    """The text as painted: mnemonics' ampersands gone, "&&" one ampersand."""
    return re.sub(r"&(.)", r"\1", text)


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0


def _elides_on_purpose(widget: QWidget) -> bool:
    return bool(widget.property("elideOk")) and bool(widget.toolTip())


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or ''}".strip()


def _clipped_cells(view: QTableView) -> list[str]:
    """Cells whose text the view elides (the first screenful of rows)."""
    model, problems = view.model(), []
    rows = min(model.rowCount(), 30)
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) or view.indexWidget(model.index(0, column)) is not None:
            continue
        for row in range(rows):
            index = model.index(row, column)
            text = str(index.data() or "")
            if not text:
                continue
            need = view.sizeHintForIndex(index).width()
            if view.wordWrap():  # the text wraps at spaces: only its longest word must fit
                metrics = view.fontMetrics()
                need -= metrics.horizontalAdvance(text) - max(metrics.horizontalAdvance(w) for w in text.split())
            if need > view.columnWidth(column) + 1:
                problems.append(f"{_name(view)} cell {text!r} needs {need} px, has {view.columnWidth(column)}")
                break
    return problems


def clipped_texts(top: QWidget) -> list[str]:
    """Every text under ``top`` that does not fit the widget showing it."""
    QApplication.processEvents()
    problems: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget, top) or _elides_on_purpose(widget):
            continue
        metrics = widget.fontMetrics()
        style = widget.style()
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            text = widget.text()
            if widget.textFormat() == Qt.TextFormat.RichText or (
                    widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)):
                text = re.sub(r"<br\s*/?>", "\n", text)
                text = re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ").replace("&amp;", "&")
            elif widget.buddy() is not None:
                text = _plain(text)
            room = widget.contentsRect().width() - 2 * widget.margin() - max(0, widget.indent())
            for line in text.splitlines():
                if metrics.horizontalAdvance(line) > room:
                    problems.append(f"{_name(widget)}: {line!r} needs {metrics.horizontalAdvance(line)} px, "
                                    f"has {room}")
        elif isinstance(widget, QPushButton) and widget.text():
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            overhead = style.sizeFromContents(QStyle.ContentsType.CT_PushButton, option, QSize(1000, 20),
                                              widget).width() - 1000
            text = _plain(widget.text())
            icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
            need = metrics.horizontalAdvance(text) + icon + overhead
            if need > widget.width():
                problems.append(f"{_name(widget)}: {text!r} needs {need} px, has {widget.width()}")
        elif isinstance(widget, QComboBox) and widget.count():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            room = style.subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, widget).width()
            for index in range(widget.count()):
                text = widget.itemText(index)
                icon = widget.iconSize().width() + 4 if not widget.itemIcon(index).isNull() else 0
                if metrics.horizontalAdvance(text) + icon > room:
                    problems.append(f"{_name(widget)}: item {text!r} needs "
                                    f"{metrics.horizontalAdvance(text) + icon} px, has {room}")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            option = QStyleOptionFrame()
            widget.initStyleOption(option)
            rect = style.subElementRect(QStyle.SubElement.SE_LineEditContents, option, widget)
            margins = widget.textMargins()
            room = rect.width() - margins.left() - margins.right() - 4  # QLineEdit's own 2 px each side
            text = widget.placeholderText()
            if metrics.horizontalAdvance(text) > room:
                problems.append(f"{_name(widget)}: placeholder {text!r} needs {metrics.horizontalAdvance(text)}"
                                f" px, has {room}")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            if model is None:
                continue
            for section in range(widget.count()):
                if widget.isSectionHidden(section) or widget.sectionSize(section) == 0:
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                # Through the style, which knows the style sheet's bold font and padding of a section.
                option = QStyleOptionHeader()
                option.initFrom(widget)
                option.section, option.text = section, text
                option.orientation = Qt.Orientation.Horizontal
                if widget.isSortIndicatorShown() and widget.sortIndicatorSection() == section:
                    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
                need = style.sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), widget).width()
                if need > widget.sectionSize(section):
                    problems.append(f"{_name(widget.parentWidget() or widget)} header: {text!r} needs {need} px, "
                                    f"has {widget.sectionSize(section)}")
            view = widget.parentWidget()
            if isinstance(view, QTableView) and not _elides_on_purpose(view):
                problems += _clipped_cells(view)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if not widget.isTabVisible(index):
                    continue
                text = _plain(widget.tabText(index))
                rect = widget.tabRect(index)
                if rect.right() > widget.width() or rect.left() < 0:
                    problems.append(f"tab {text!r} is scrolled out of its tab bar ({widget.width()} px)")
                elif metrics.horizontalAdvance(text) > rect.width() - 8:
                    problems.append(f"tab {text!r} needs {metrics.horizontalAdvance(text)} px, has {rect.width()}")
        elif isinstance(widget, QListWidget) and widget.wordWrap():  # every wrapped line shown, none elided
            for row in range(widget.count()):
                item = widget.item(row)
                rect = widget.visualItemRect(item)
                if item.isHidden() or rect.isEmpty():
                    continue
                # style.qss pads these entries 5 px × 4 px; the style keeps 3 px each side of the text.
                lines = metrics.boundingRect(QRect(0, 0, rect.width() - 8 - 6, 100_000), Qt.TextFlag.TextWordWrap,
                                             item.text()).height()
                if rect.height() < lines + 10:
                    problems.append(f"{_name(widget)} entry: {item.text()!r} needs {lines + 10} px high, has "
                                    f"{rect.height()}")
        elif isinstance(widget, QListWidget):
            room = widget.viewport().width()
            for row in range(widget.count()):
                item = widget.item(row)
                if item.isHidden():
                    continue
                need = widget.sizeHintForIndex(widget.indexFromItem(item)).width()
                if need > min(room, widget.visualItemRect(item).width() or room):
                    problems.append(f"{_name(widget)} entry: {item.text()!r} needs {need} px, has "
                                    f"{min(room, widget.visualItemRect(item).width() or room)}")
    return problems


def too_big(window: QWidget, size: QSize) -> list[str]:
    hint = window.minimumSizeHint()
    return ([f"{window.windowTitle()!r} needs at least {hint.width()} × {hint.height()} px"]
            if hint.width() > size.width() or hint.height() > size.height() else [])


def scroll_bars(top: QWidget) -> list[str]:
    """Scroll areas under ``top`` that show a scroll bar (the day calendar scrolls by design)."""
    found = []
    for area in top.findChildren(QAbstractScrollArea):
        if not _shown(area, top) or area.objectName() in {"dayCalendar", "weekCalendar", "boardScroll"}:
            continue
        if isinstance(area, QScrollArea) and (area.horizontalScrollBar().isVisible()
                                              or area.verticalScrollBar().isVisible()):
            found.append(_name(area))
    return found


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def check(widget: QWidget, size: QSize, name: str) -> list[str]:
    screenshot(widget, name)
    return [f"{name}: {p}" for p in too_big(widget, size) + clipped_texts(widget)]


# --- fixtures --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_roles(cluster) -> Iterator[None]:
    """Refuse to run where the demo's login names are taken; drop them afterwards (they are cluster-wide)."""
    with cluster.admin_connect() as conn:
        taken = [n for n in DEMO_USERNAMES
                 if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (n,)).fetchone()]
    if taken and cluster.embedded is not None:  # the run's own server: an earlier test left them behind
        pytest.fail(f"a test left the demo's login roles behind: {', '.join(taken)}")
    if taken:
        pytest.skip(f"the test server already has login roles named {', '.join(taken)}")
    yield
    with cluster.admin_connect() as conn:
        for username in DEMO_USERNAMES:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(username)))


@pytest.fixture(scope="module")
def hospital(demo_roles, database):
    demo.load_demo(database.owner_context(), patients=40)
    return database


@pytest.fixture
def open_window(qtbot, runner, hospital, tmp_path):
    windows: list[MainWindow] = []

    def open_as(username: str, size: QSize = SMALL) -> MainWindow:
        ctx = hospital.login(username, DEMO_PASSWORD)
        ctx.clock = fixed_clock()
        window = MainWindow(ctx=ctx, runner=runner, hospital_name="Demo", idle_minutes=60,
                            throttle=LoginThrottle(tmp_path / "throttle.json"))
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        window.resize(size)
        qtbot.waitExposed(window)
        return window

    yield open_as
    for window in windows:
        window.end_session()
        window.ctx.db.dispose()


def pages_of(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every main tab, and every page inside one (sub-tabs, administration sections), shown in turn."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        name = window.tabs.tabText(index).lower()
        yield name, tab
        admin = getattr(tab, "sections", None)
        if isinstance(admin, QListWidget):
            for row in range(1, admin.count()):
                admin.setCurrentRow(row)
                yield f"{name}-{admin.item(row).text().split()[0].lower()}", tab
            admin.setCurrentRow(0)
        inner = getattr(getattr(tab, "ui", None), "sections", None)
        if inner is not None and hasattr(inner, "count") and not isinstance(inner, QListWidget):
            for sub in range(1, inner.count()):
                inner.setCurrentIndex(sub)
                yield f"{name}-{_plain(inner.tabText(sub)).split()[0].lower()}", tab
            inner.setCurrentIndex(0)


# --- the tests -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("username", ["admin", "reception", "doctor", "billing"])
def test_every_main_tab_fits_1280_by_720(open_window, username) -> None:
    window = open_window(username)
    problems: list[str] = []
    for name, _page in pages_of(window):
        QApplication.processEvents()
        problems += check(window, SMALL, f"{username}-{name}")
    assert not problems, "\n".join(problems)
    assert window.width() == SMALL.width()


@pytest.mark.parametrize("username", ["admin", "reception", "doctor"])
def test_main_tabs_need_no_scroll_bars_at_1366_by_768(open_window, username) -> None:
    window = open_window(username, LARGER)
    problems: list[str] = []
    for name, _page in pages_of(window):
        QApplication.processEvents()
        problems += [f"{name}: {p}" for p in scroll_bars(window)]
    assert not problems, "\n".join(problems)


def _dialog_problems(qtbot, dialog: QDialog, name: str) -> list[str]:
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    problems = []
    if dialog.width() > SMALL.width() or dialog.height() > SMALL.height():
        problems.append(f"{name}: opens at {dialog.width()} × {dialog.height()}")
    problems += check(dialog, SMALL, name)
    dialog.reject()
    return problems


def test_the_day_shows_as_many_doctors_as_asked_with_full_names_in_tooltips(open_window) -> None:
    window = open_window("reception")
    scheduling = window.module_widgets[Module.SCHEDULING]
    window.tabs.setCurrentWidget(scheduling)
    calendar = scheduling.calendar
    assert len(calendar.columns) == 20
    assert scheduling.zoom_corner.isVisible() and scheduling.zoom_spin.specialValueText() == "Fit"
    shown_at_fit = calendar.viewport().width() // calendar.column_width()
    assert shown_at_fit < 10  # 20 doctors at the usual width do not fit: the person may ask for more

    scheduling.zoom_spin.setValue(10)
    room = calendar.viewport().width() - GUTTER_WIDTH
    assert calendar.column_width() == room // 10
    assert calendar.horizontalScrollBar().maximum() > 0  # the other ten are a scroll away

    scheduling.zoom_spin.setValue(20)
    assert calendar.column_width() * 20 <= room
    assert calendar.horizontalScrollBar().maximum() == 0
    first = calendar.columns[0]
    header = QPoint(GUTTER_WIDTH + calendar.column_width() // 2, HEADER_HEIGHT // 2)
    assert calendar.tooltip_at(header) == f"{first.title}\n{first.subtitle}"
    assert calendar.fontMetrics().horizontalAdvance(first.title) > calendar.column_width() - 12  # elided
    block = calendar.blocks[0]
    rect = calendar.block_rect(block.id)
    if rect is not None and calendar.viewport().rect().contains(rect.center()):
        assert calendar.tooltip_at(rect.center()) == calendar.texts(block.id)

    scheduling.sections.setCurrentWidget(scheduling.week)
    assert not scheduling.zoom_corner.isVisible()  # the week has one column a day
    # Remembered for the next time the tab is made (the next login on this workstation).
    window.tabs.setCurrentWidget(scheduling)
    again = open_window("reception")
    assert again.module_widgets[Module.SCHEDULING].calendar.columns_per_screen == 20


def test_every_dialog_fits_1280_by_720(qtbot, open_window) -> None:
    problems: list[str] = []
    admin = open_window("admin")
    administration = admin.module_widgets[Module.ADMINISTRATION]
    users_page = administration.users_page
    users_page.add_user()
    problems += _dialog_problems(qtbot, users_page.active_dialog, "add-user")
    doctors_page = administration.doctors_page
    administration.sections.setCurrentRow(1)
    doctors_page.ui.doctorTable.selectRow(0)
    doctors_page.open_hours()
    hours = doctors_page.hours_dialog
    qtbot.waitExposed(hours)
    problems += _dialog_problems(qtbot, hours, "working-hours")
    admin.change_password()
    problems += _dialog_problems(qtbot, admin.password_dialog, "change-password")
    # Administration → Fees and prices and → Insurance (billadmin): the demo's schedule, insurers and plans.
    sections = {administration.sections.item(row).text(): row for row in range(administration.sections.count())}
    admin.tabs.setCurrentWidget(administration)  # the pages load when first shown
    administration.sections.setCurrentRow(sections["Fees and prices"])
    fee_page = administration.fee_schedule_page
    qtbot.waitUntil(lambda: fee_page.listing is not None)
    fee_page.new_service()
    problems += _dialog_problems(qtbot, fee_page.active_dialog, "new-service")
    administration.sections.setCurrentRow(sections["Insurance"])
    insurance_page = administration.insurance_page
    qtbot.waitUntil(lambda: insurance_page.selected_plan() is not None)
    insurance_page.edit_plan()
    problems += _dialog_problems(qtbot, insurance_page.active_dialog, "edit-plan")
    insurance_page.add_price()
    problems += _dialog_problems(qtbot, insurance_page.active_dialog, "plan-price")

    reception = open_window("reception")
    registration = reception.module_widgets[Module.REGISTRATION]
    registration.new_patient()
    problems += _dialog_problems(qtbot, registration.active_dialog, "new-patient")
    registration.ui.searchEdit.setText("a")
    registration.search_now()
    qtbot.waitUntil(lambda: registration.model.rowCount() > 0)
    registration.ui.table.selectRow(0)
    registration.open_selected()
    problems += _dialog_problems(qtbot, registration.active_dialog, "patient-overview")
    scheduling = reception.module_widgets[Module.SCHEDULING]
    reception.tabs.setCurrentWidget(scheduling)
    scheduling.open_book()
    problems += _dialog_problems(qtbot, scheduling.active_dialog, "find-and-book")
    panel = scheduling.waiting_panel
    panel.open_add()
    problems += _dialog_problems(qtbot, panel.active_dialog, "waiting-list-entry")
    reception.choose_printers()  # Session → Printers on this workstation (issue 10, item 6)
    problems += _dialog_problems(qtbot, reception.printers_dialog, "printers-on-this-workstation")
    board = registration.ensure_bed_board()  # the bed board's "Mark out of service…" (migration 0029)
    assert board is not None
    qtbot.waitUntil(lambda: bool(board.tiles))
    free = next(tile.bed for tile in board.tiles.values() if tile.status == "available")
    board.mark_out_of_service(free)
    problems += _dialog_problems(qtbot, board.active_dialog, "mark-out-of-service")

    doctor = open_window("doctor")
    doctor.open_my_profile()
    problems += _dialog_problems(qtbot, doctor.profile_dialog, "my-doctor-profile")
    assert not problems, "\n".join(problems)


def test_the_pharmacy_and_stores_pages_and_their_dialogs_fit_1280_by_720(qtbot, open_window) -> None:
    """Administration → Pharmacy and stores (every section, the receive, move and adjust dialogs, with the demo's
    stock) and Billing → Pharmacy (the demo clerk holds hms_dispenser; the amoxicillin course waits)."""
    problems: list[str] = []
    admin = open_window("admin")
    administration = admin.module_widgets[Module.ADMINISTRATION]
    admin.tabs.setCurrentWidget(administration)
    sections = {administration.sections.item(row).text(): row for row in range(administration.sections.count())}
    administration.sections.setCurrentRow(sections["Pharmacy and stores"])
    page = administration.stock_page
    qtbot.waitUntil(lambda: page.overview is not None and page.ui.stockTable.rowCount() > 0)
    for index in range(page.ui.sectionTabs.count()):
        page.ui.sectionTabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += check(admin, SMALL, f"admin-stock-{_plain(page.ui.sectionTabs.tabText(index)).split()[0].lower()}")
    page.ui.sectionTabs.setCurrentIndex(0)
    page.receive()
    problems += _dialog_problems(qtbot, page.active_dialog, "receive-stock")
    page.ui.stockTable.selectRow(0)
    page.move_selected()
    problems += _dialog_problems(qtbot, page.active_dialog, "move-stock")
    page.adjust_selected()
    problems += _dialog_problems(qtbot, page.active_dialog, "adjust-stock")

    billing = open_window("billing")
    tab = billing.module_widgets[Module.BILLING]
    assert tab.pharmacy_page is not None
    tab.show_page(tab.pharmacy_page)
    qtbot.waitUntil(lambda: tab.pharmacy_page.queue is not None)
    # The page itself: the Billing tab's own tab bar (its selected tab drawn bold) is the Billing tab's.
    problems += check(tab.pharmacy_page, SMALL, "billing-pharmacy")
    assert not problems, "\n".join(problems)


def test_the_encounter_editor_fits_1280_by_720_as_a_draft_and_signed(qtbot, runner, hospital) -> None:
    """The editor the Consultation tab shows (issue 8.4), with a long chief complaint, a flagged set of vitals
    and two diagnoses, then signed with an addendum; and its addendum dialog."""
    from sqlalchemy import text

    from hms_desktop.domain.clinical import DiagnosisDraft, VitalsDraft
    from hms_desktop.services import consultation
    from hms_desktop.ui.widgets.encounter_editor import EncounterEditor

    ctx = hospital.login("doctor", DEMO_PASSWORD)
    ctx.clock = fixed_clock()
    try:
        with hospital.owner.engine.connect() as conn:
            patient = conn.execute(text("SELECT id FROM patient ORDER BY length(family_name || given_name) DESC, id "
                                        "LIMIT 1")).scalar_one()
        started = consultation.start_encounter(ctx, patient)
        consultation.save_draft(ctx, started.id, {"chief_complaint": "Shortness of breath on exertion for three "
                                                                     "weeks, worse at night"}, started.version)
        consultation.record_vitals(ctx, started.id, VitalsDraft(systolic_mmhg=190, diastolic_mmhg=120,
                                                                 pulse_bpm=128, weight_kg=None))
        consultation.set_diagnoses(ctx, started.id, [DiagnosisDraft("I11.0", primary=True),
                                                     DiagnosisDraft("E11.9")])
        editor = EncounterEditor(ctx=ctx, runner=runner)
        qtbot.addWidget(editor)
        editor.resize(SMALL)
        editor.show()
        qtbot.waitExposed(editor)
        with qtbot.waitSignal(editor.loaded):
            editor.show_encounter(started.id)
        editor.ui.searchEdit.setText("heart failure")
        editor._search_now()
        qtbot.waitUntil(lambda: bool(editor.result_codes()))
        problems = check(editor, SMALL, "encounter-editor-draft")
        editor.sign()
        qtbot.waitUntil(editor.is_signed)
        consultation.add_addendum(ctx, started.id, "Echocardiogram booked; result to follow.")
        with qtbot.waitSignal(editor.loaded):
            editor.show_encounter(started.id)
        problems += check(editor, SMALL, "encounter-editor-signed")
        editor.open_addendum()
        dialog = editor.active_dialog
        assert isinstance(dialog, QDialog)
        problems += _dialog_problems(qtbot, dialog, "add-addendum")
        assert not problems, "\n".join(problems)
    finally:
        ctx.db.dispose()


def test_the_lab_screens_fit_1280_by_720(qtbot, runner, hospital) -> None:
    """The lab worklist, the results pane and the order dialog (made on their own: the chart and the
    encounter editor place them), with a patient's results loaded, as the demo doctor."""
    from sqlalchemy import text

    from hms_desktop.services import labs
    from hms_desktop.ui.dialogs.order_labs_dialog import OrderLabsDialog
    from hms_desktop.ui.widgets.lab_results_pane import LabResultsPane
    from hms_desktop.ui.widgets.lab_worklist import LabWorklist

    ctx = hospital.login("doctor", DEMO_PASSWORD)
    ctx.clock = fixed_clock()
    try:
        with hospital.owner.engine.begin() as conn:
            patient = conn.execute(text("SELECT id FROM patient ORDER BY id LIMIT 1")).scalar_one()
            encounter = conn.execute(text(
                "INSERT INTO encounter (patient_id, doctor_id, kind) VALUES (:p, :d, 'walk_in') RETURNING id"),
                {"p": patient, "d": ctx.user.staff_id}).scalar_one()
        ordered = labs.order_labs(ctx, encounter, ["K", "MAL", "TROP", "ALT"], "stat")
        labs.enter_result(ctx, ordered.tests[0].item_id, "7.1")
        labs.enter_result(ctx, ordered.tests[1].item_id, "Positive (P. falciparum)")
        problems: list[str] = []
        worklist = LabWorklist(ctx=ctx, runner=runner)
        pane = LabResultsPane(ctx=ctx, runner=runner)
        for widget in (worklist, pane):
            qtbot.addWidget(widget)
            widget.resize(SMALL)
            widget.show()
            qtbot.waitExposed(widget)
        pane.show_patient(patient)
        for widget, name in ((worklist, "lab-worklist"), (pane, "lab-results-pane")):
            problems += check(widget, SMALL, name)
        worklist.ui.showCombo.setCurrentIndex(1)  # the results entered, with their flags
        problems += check(worklist, SMALL, "lab-worklist-resulted")
        dialog = OrderLabsDialog(ctx=ctx, runner=runner, encounter_id=encounter)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.check("K", "HGB")
        problems += _dialog_problems(qtbot, dialog, "order-labs")
        assert not problems, "\n".join(problems)
    finally:
        ctx.db.dispose()


def test_the_consultation_tab_with_a_chart_open_and_its_dialogs_fit_1280_by_720(qtbot, open_window) -> None:
    from hms_desktop.services import patients as patient_service
    from hms_desktop.ui.tabs.consultation import ConsultationTab

    doctor = open_window("doctor")
    tab = doctor.module_widgets[Module.CONSULTATION]
    assert isinstance(tab, ConsultationTab)
    doctor.tabs.setCurrentWidget(tab)
    problems: list[str] = []
    for index in range(tab.ui.worklistTabs.count()):
        tab.ui.worklistTabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += check(doctor, SMALL, f"consultation-worklist-{index}")
    tab.ui.worklistTabs.setCurrentIndex(0)

    # A demo patient the doctor has no appointment with today: the reason is asked first.
    patient = patient_service.search(doctor.ctx, "a", limit=1).rows[0]
    tab.open_patient(patient.id, label=f"{patient.display_name} · MRN {patient.mrn}")
    dialog = tab.active_dialog
    if dialog is not None and dialog.isVisible():
        qtbot.waitExposed(dialog)
        problems += check(dialog, SMALL, "break-the-glass")
        dialog.ui.emergencyRadio.setChecked(True)
        dialog.ok_button.click()
    chart = tab.chart_view
    assert chart.patient_id == patient.id
    panes = chart.ui.paneTabs
    history = tab.history_pane
    for index in range(panes.count()):
        panes.setCurrentIndex(index)
        QApplication.processEvents()
        problems += check(doctor, SMALL, f"consultation-chart-{_plain(panes.tabText(index)).lower()}")
        if panes.widget(index) is history:
            for sub in range(history.ui.historyTabs.count()):
                history.ui.historyTabs.setCurrentIndex(sub)
                QApplication.processEvents()
                problems += check(doctor, SMALL, f"consultation-history-{sub}")
    if os.environ.get("HMS_SCREENSHOT_DIR"):
        panes.setCurrentIndex(0)
        QApplication.processEvents()
        doctor.grab().save(str(Path(os.environ["HMS_SCREENSHOT_DIR"]) / "fit-consultation-chart.png"))

    for name, open_dialog in (("allergy", lambda: history.edit_allergy(None)),
                              ("problem", lambda: history.edit_problem(None)),
                              ("family-history", lambda: history.edit_family(None)),
                              ("social-history", history.edit_social)):
        open_dialog()
        problems += _dialog_problems(qtbot, history.active_dialog, name)
    assert not problems, "\n".join(problems)


def test_the_billing_tab_with_a_draft_an_issued_invoice_and_a_credit_note_fits_1280_by_720(qtbot, runner,
                                                                                        hospital) -> None:
    """The Billing tab as the demo billing clerk: unbilled charges (one with no price, long descriptions), the
    draft, the issued invoice and the credit note dialog."""
    from datetime import date

    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import text

    from hms_desktop.ui.tabs.billing import BillingTab

    ctx = hospital.login("billing", DEMO_PASSWORD)
    ctx.clock = fixed_clock()
    try:
        with hospital.owner.engine.begin() as conn:
            patient = conn.execute(text("SELECT id FROM patient ORDER BY id LIMIT 1")).scalar_one()
            charges = [conn.execute(text(
                "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
                "VALUES (:p, :d, :f, :t, 'encounter', :s) RETURNING id"),
                {"p": patient, "d": date(2030, 6, 1), "f": code, "t": words, "s": 5_000_000 + n}).scalar_one()
                for n, (code, words) in enumerate([
                    ("CONS", "Consultation with a consultant, follow-up visit after discharge from the ward"),
                    ("LAB-HGB", "Laboratory: Haemoglobin"), ("DRUG-B01AA03", "Warfarin 1 mg tablets, 28 days"),
                    ("NOPE", "A service the fee schedule does not price yet")])]
        tab = BillingTab(ctx=ctx, runner=runner)
        qtbot.addWidget(tab)
        tab.resize(SMALL)
        tab.show()
        qtbot.waitExposed(tab)
        with hospital.owner.engine.connect() as conn:
            mrn = conn.execute(text("SELECT mrn FROM patient WHERE id = :p"), {"p": patient}).scalar_one()
        tab.picker.search(mrn)
        qtbot.waitUntil(lambda: tab.ui.chargesTable.rowCount() >= len(charges))
        problems = check(tab, SMALL, "billing-charges")
        for charge_id in charges[:3]:
            assert tab.set_charge_checked(charge_id, True)
        tab.create_draft()
        problems += check(tab, SMALL, "billing-draft")
        tab.confirm_issue()
        assert tab.active_confirm is not None
        tab.active_confirm.button(QMessageBox.StandardButton.Yes).click()
        assert tab.invoice is not None and tab.invoice.status == "issued"
        problems += check(tab, SMALL, "billing-issued")
        dialog = tab.open_credit_note()
        assert dialog is not None
        problems += _dialog_problems(qtbot, dialog, "credit-note")
        assert not problems, "\n".join(problems)
    finally:
        ctx.db.dispose()


def test_the_batch_print_dialog_with_the_demos_invoices_fits_1280_by_720(qtbot, runner, hospital,
                                                                          tmp_path) -> None:
    """The "Print invoices…" dialog as the demo billing clerk, with the demo's issued invoices found, a folder
    chosen and a batch printed (its message and progress bar showing)."""
    from datetime import UTC, datetime, timedelta

    from hms_desktop.ui.dialogs.batch_print_dialog import BatchPrintDialog

    ctx = hospital.login("billing", DEMO_PASSWORD)
    try:
        dialog = BatchPrintDialog(ctx=ctx, runner=runner)
        qtbot.addWidget(dialog)
        dialog.show()
        today = datetime.now(UTC).date()
        dialog.set_period(today - timedelta(days=30), today + timedelta(days=1))
        dialog.ui.findButton.click()
        assert dialog.ui.invoiceTable.rowCount() > 0  # the demo's invoices
        dialog.ui.folderEdit.setText(str(tmp_path))
        dialog.ui.printButton.click()
        assert dialog.ui.messageLabel.text().startswith("Done:")
        problems = _dialog_problems(qtbot, dialog, "batch-print")
        assert not problems, "\n".join(problems)
    finally:
        ctx.db.dispose()


def test_the_reports_tab_fits_1280_by_720_with_a_report_run(qtbot, open_window) -> None:
    """Reports (issue 12): the dashboard with the demo's day, and the runner with a report of three filters run
    over the demo's data, table and chart shown."""
    from datetime import timedelta

    problems: list[str] = []
    admin = open_window("admin")
    tab = admin.module_widgets[Module.REPORTS]
    admin.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.dashboard.board is not None)
    problems += check(admin, SMALL, "admin-reports-dashboard")
    tab.ui.sections.setCurrentIndex(1)
    page = tab.runner_page
    qtbot.waitUntil(lambda: bool(page.definitions))
    assert page.select_report("appointment-volume")
    today = admin.ctx.clock.now().date()
    page.set_range(today - timedelta(days=30), today + timedelta(days=30))
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.run()
    QApplication.processEvents()
    problems += check(admin, SMALL, "admin-reports-runner")
    # The runner's column scrolls only where it must (200 %): at 1280 × 720 everything shows without a scroll bar.
    assert not page.column_scroll.verticalScrollBar().isVisible()
    # The builder (issue 12, item 3): no-show rate by specialty by month over the demo's two months.
    tab.ui.sections.setCurrentIndex(2)
    builder = tab.builder_page
    qtbot.waitUntil(lambda: builder.choices is not None)
    for combo, data in ((builder.ui.subjectCombo, "appointments"), (builder.ui.measureCombo, "rate:no_show"),
                        (builder.ui.dim1Combo, "month"), (builder.ui.dim2Combo, "specialty")):
        combo.setCurrentIndex(combo.findData(data))
    builder.set_range(today - timedelta(days=30), today + timedelta(days=30))
    with qtbot.waitSignal(builder.finished, timeout=10000):
        builder.run()
    QApplication.processEvents()
    problems += check(admin, SMALL, "admin-reports-builder")
    assert not problems, "\n".join(problems)
