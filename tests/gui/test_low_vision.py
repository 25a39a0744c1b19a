"""Low vision (issue 15.3), looked at in pixels: the focus ring of every focusable kind, the placeholder colour,
greyed rows said in words too, off hours hatched and edged on the calendar. No database."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from hms_desktop.domain.staff import Group
from hms_desktop.services.patients import PatientSummary, SearchPage
from hms_desktop.services.users import StaffMemberDTO
from hms_desktop.ui import colours
from hms_desktop.ui.colours import contrast_ratio

pytestmark = pytest.mark.usefixtures("app_style")


def count(image: QImage, colour: str, *, tolerance: int = 0) -> int:
    """Pixels of this colour (each channel within ``tolerance``)."""
    wanted = QColor(colour)
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = QColor(image.pixel(x, y))
            if (abs(pixel.red() - wanted.red()) <= tolerance and abs(pixel.green() - wanted.green()) <= tolerance
                    and abs(pixel.blue() - wanted.blue()) <= tolerance):
                found += 1
    return found


@pytest.fixture
def form(qtbot) -> tuple[QDialog, dict[str, QWidget]]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QFormLayout(dialog)
    combo = QComboBox()
    combo.addItems(["Cardiology", "Neurology"])
    editable = QComboBox()
    editable.setEditable(True)
    editable.addItem("Typed")
    date_popup = QDateEdit(QDate(2026, 3, 2))
    date_popup.setCalendarPopup(True)
    table = QTableWidget(2, 2)
    table.setTabKeyNavigation(False)
    tabs = QTabBar()
    tabs.addTab("First")
    tabs.addTab("Second")
    tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    widgets: dict[str, QWidget] = {
        "line edit": QLineEdit(), "combo box": combo, "editable combo box": editable, "spin box": QSpinBox(),
        "date edit": date_popup, "plain date edit": QDateEdit(QDate(2026, 3, 2)), "check box": QCheckBox("Urgent"),
        "radio button": QRadioButton("Female"), "table": table, "tab bar": tabs,
        "button": buttons.button(QDialogButtonBox.StandardButton.Cancel),
        "default button": buttons.button(QDialogButtonBox.StandardButton.Ok),
    }
    for name, widget in widgets.items():
        if isinstance(widget, QPushButton):
            continue
        layout.addRow(name, widget)
    layout.addRow(buttons)
    widgets["default button"].setDefault(True)  # type: ignore[attr-defined]
    dialog.resize(460, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, widgets


def tab_to(dialog: QDialog, target: QWidget) -> None:
    """Reach ``target`` with the Tab key, as a keyboard user does (Fusion draws some rings only then)."""
    dialog.activateWindow()
    for _ in range(40):
        focused = QApplication.focusWidget()
        if focused is target or (focused is not None and target.isAncestorOf(focused)):
            return
        QTest.keyClick(focused or dialog, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}")


KINDS = ["line edit", "combo box", "editable combo box", "spin box", "date edit", "plain date edit", "check box",
         "radio button", "table", "tab bar", "button"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_focus_ring_is_drawn(form, kind: str) -> None:
    """At rest a control shows no focus colour; focused by Tab it shows a ring of it, at least its outline
    (2 px around a control whose sides add up to ``perimeter``)."""
    dialog, widgets = form
    widget = widgets[kind]
    widgets["combo box" if kind == "line edit" else "line edit"].setFocus()
    at_rest = count(widget.grab().toImage(), colours.FOCUS)
    tab_to(dialog, widget)
    QTest.qWait(20)
    image = widget.grab().toImage()
    perimeter = 2 * (image.width() + image.height())
    assert at_rest == 0 or kind == "table"  # a table's selected cell is highlighted, in another colour
    # A focused push button in a dialog becomes its default button: the ring is then the dark one.
    # Fusion tints a radio button's focus area, ring included, a shade: a tolerance of 16 per channel.
    ring = count(image, colours.FOCUS, tolerance=16) + (
        count(image, colours.FOCUS_ON_ACCENT) if kind == "button" else 0)
    assert ring >= perimeter * 0.8 if kind != "tab bar" else ring > 60, (ring, perimeter)


def test_the_default_button_rings_in_a_dark_colour(form) -> None:
    dialog, widgets = form
    tab_to(dialog, widgets["default button"])
    image = widgets["default button"].grab().toImage()
    assert count(image, colours.FOCUS_ON_ACCENT) >= 2 * (image.width() + image.height()) * 0.8


def test_combo_and_spin_boxes_keep_their_arrows(form) -> None:
    """The styled frame would drop Fusion's arrows: the sheet's icons are drawn instead (dark pixels at the
    right end, where the drop-down or up/down buttons are)."""
    _dialog, widgets = form
    for kind in ("combo box", "spin box", "date edit", "plain date edit"):
        image = widgets[kind].grab().toImage()
        right = image.copy(image.width() - 22, 2, 20, image.height() - 4)
        dark = sum(1 for y in range(right.height()) for x in range(right.width())
                   if QColor(right.pixel(x, y)).lightness() < 160)
        assert dark > 6, kind  # none at all when Qt drops the arrows


def test_placeholder_text_is_readable(qapp) -> None:
    placeholder = qapp.palette().color(QPalette.ColorRole.PlaceholderText).name()
    assert placeholder == colours.PLACEHOLDER_TEXT
    assert contrast_ratio(placeholder, colours.SURFACE) >= 4.5


def test_a_message_in_a_list_is_readable(qtbot) -> None:
    """"Nobody is waiting." is an item nobody can choose: drawn in the muted text colour, not Qt's pale grey."""
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    item = QTreeWidgetItem(["Nobody is waiting."])
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    tree.addTopLevelItem(item)
    tree.resize(300, 120)
    tree.show()
    qtbot.waitExposed(tree)
    assert count(tree.viewport().grab().toImage(), colours.MUTED_TEXT, tolerance=8) > 20


def test_a_merged_patient_is_said_in_words(runner) -> None:
    from hms_desktop.ui.models.patient_search import NAME, PatientSearchModel

    def patient(mrn: str, merged: str | None) -> PatientSummary:
        return PatientSummary(id=int(mrn[-1]), mrn=mrn, family_name="SHARMA", given_name="Asha", sex="female",
                              birth_date=date(1980, 1, 1), birth_date_estimated=False, phone=None,
                              last_visit=None, merged_into_mrn=merged)

    rows = (patient("M000001", "M000002"), patient("M000002", None))
    model = PatientSearchModel(runner=runner, fetch=lambda *_a: SearchPage(rows=rows, has_more=False))
    model.search("sharma")
    merged, kept = model.index(0, NAME), model.index(1, NAME)
    assert model.data(merged).endswith("(merged)") and "(merged)" not in model.data(kept)
    ink = model.data(merged, Qt.ItemDataRole.ForegroundRole).name()
    assert ink == colours.DIMMED_TEXT and model.data(kept, Qt.ItemDataRole.ForegroundRole) is None
    assert contrast_ratio(ink, colours.ALTERNATE_ROW) >= 4.5


def test_a_deactivated_account_is_greyed_readably() -> None:
    from hms_desktop.ui.models.staff_table import StaffTableModel

    model = StaffTableModel()
    member = StaffMemberDTO(id=1, username="gone", full_name="Gone Away", title="", department="",
                            groups=frozenset({Group.RECEPTION}), active=False, last_login_at=None, version=1)
    model.set_rows([member])
    assert model.data(model.index(0, 5)) == "Deactivated"  # in words, in its own column
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole).name() == colours.DIMMED_TEXT
    assert model.data(QModelIndex(), Qt.ItemDataRole.ForegroundRole) is None


def test_off_hours_are_hatched_and_working_hours_edged(qtbot) -> None:
    from hms_desktop.ui.widgets.day_calendar import GUTTER_WIDTH, HEADER_HEIGHT, ROW_HEIGHT, CalendarColumn, DayCalendar

    calendar = DayCalendar()
    qtbot.addWidget(calendar)
    calendar.resize(500, 700)
    column = CalendarColumn(key=1, title="Dr Haddad", day=date(2026, 3, 2), hours=((time(9), time(12)),))
    calendar.set_content([column], [], day_start=time(8), day_end=time(14), slot_minutes=30)
    calendar.show()
    qtbot.waitExposed(calendar)
    image = calendar.viewport().grab().toImage()
    x = GUTTER_WIDTH + 40

    def line(y: int) -> QImage:
        return image.copy(x, y, 60, 1)

    edges = [y for y in range(HEADER_HEIGHT, image.height()) if count(line(y), colours.WORKING_EDGE) == 60]
    assert len(edges) == 2, edges  # where the doctor starts (09:00) and stops (12:00)
    start, end = edges
    assert end - start == 6 * ROW_HEIGHT  # three hours of half-hour rows
    off = image.copy(x, start - ROW_HEIGHT, 60, ROW_HEIGHT - 2)  # 08:30-09:00, before the doctor starts
    working = image.copy(x, start + 3, 60, ROW_HEIGHT - 6)  # 09:00-09:30
    after = image.copy(x, end + 2, 60, ROW_HEIGHT - 2)  # 12:00-12:30
    for hatched in (off, after):
        assert count(hatched, colours.OFF_HOURS_HATCH) > 20 and count(hatched, colours.OFF_HOURS) > 20
    assert count(working, colours.OFF_HOURS_HATCH) == 0 and count(working, colours.WORKING_HOURS) > 500


def test_a_date_pickers_weekends_are_readable(qtbot) -> None:
    """Qt paints a month calendar's weekends pure red, 4.0:1 on white; every date picker's popup (built by Qt on
    first opening) has the darker WEEKEND_TEXT instead, in its text formats and in its pixels."""
    edit = QDateEdit(QDate(2026, 3, 2))  # March 2026: the weekends' numbers are in the first screenful
    edit.setCalendarPopup(True)
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))  # the arrow
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        ink = calendar.weekdayTextFormat(day).foreground().color().name()
        assert ink == colours.WEEKEND_TEXT, (day, ink)
    assert contrast_ratio(colours.WEEKEND_TEXT, colours.SURFACE) >= 4.5
    assert contrast_ratio(colours.WEEKEND_TEXT, colours.HEADER) >= 4.5
    picture = calendar.grab().toImage()
    assert count(picture, "#ff0000", tolerance=8) == 0  # no pure red left anywhere
    assert count(picture, colours.WEEKEND_TEXT, tolerance=24) > 0  # the weekends are drawn in the darker red
    QTest.keyClick(calendar, Qt.Key.Key_Escape)
