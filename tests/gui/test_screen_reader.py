"""What a screen reader is told about the painted calendars and the bed tiles (issue 15, item 2).

Read through Qt's own accessibility API (``QAccessible.queryAccessibleInterface``), as the platform bridge
(AT-SPI, UI Automation, NSAccessibility) reads it, including Qt calling our Python interfaces back.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication

from hms_desktop.ui.widgets.day_calendar import CalendarBlock, CalendarColumn, DayCalendar

DAY = date(2030, 3, 4)


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute), tzinfo=UTC)


def _calendar(qtbot) -> DayCalendar:
    calendar = DayCalendar()
    qtbot.addWidget(calendar)
    calendar.resize(900, 600)
    calendar.show()
    qtbot.waitExposed(calendar)
    columns = [CalendarColumn(key=1, title="Dr Amal Haddad", day=DAY),
               CalendarColumn(key=2, title="Dr Li Wei", day=DAY)]
    blocks = [CalendarBlock(id=11, column=2, starts_at=_at(9), ends_at=_at(9, 30), title="OKAFOR, Chidinma",
                            status="booked", status_label="Booked", detail="Follow-up"),
              CalendarBlock(id=10, column=1, starts_at=_at(10), ends_at=_at(10, 15), title="SHAH, Rita",
                            status="checked_in", status_label="Checked in")]
    calendar.set_content(columns, blocks, day_start=time(8), day_end=time(18), slot_minutes=15, zone=UTC)
    return calendar


def test_a_calendar_is_a_list_with_one_item_per_appointment_named_by_what_is_drawn(qtbot) -> None:
    calendar = _calendar(qtbot)
    interface = QAccessible.queryAccessibleInterface(calendar)
    assert interface.text(QAccessible.Text.Name) == "Day calendar"
    assert interface.role() == QAccessible.Role.List
    assert interface.childCount() == 2
    # Column by column, then by time: Dr Haddad's 10:00 first, then Dr Li's 09:00.
    names = [interface.child(i).text(QAccessible.Text.Name) for i in range(2)]
    assert names == ["Dr Amal Haddad, until 10:15: 10:00 · SHAH, Rita · CHECKED IN",
                     "Dr Li Wei, until 09:30: 09:00 · OKAFOR, Chidinma · BOOKED · Follow-up"]
    child = interface.child(1)
    assert child.role() == QAccessible.Role.ListItem
    assert child.parent() is interface and interface.indexOfChild(child) == 1
    assert interface.child(1) is child  # the same object every time: Qt keeps its address
    rect = calendar.block_rect(11)
    assert rect is not None
    assert child.rect().center() == calendar.viewport().mapToGlobal(rect.center())
    found = interface.childAt(child.rect().center().x(), child.rect().center().y())
    assert found is child


def test_moving_the_keyboard_cursor_says_what_is_under_it_and_focuses_the_appointment(qtbot) -> None:
    calendar = _calendar(qtbot)
    calendar.setFocus()
    calendar.move_cursor(0, 8)  # Dr Haddad, 10:00: Rita Shah's appointment
    interface = QAccessible.queryAccessibleInterface(calendar)
    assert calendar.accessibleDescription() == "Dr Amal Haddad, until 10:15: 10:00 · SHAH, Rita · CHECKED IN"
    assert interface.text(QAccessible.Text.Description) == calendar.accessibleDescription()
    focus = interface.focusChild()
    assert focus is not None and focus is interface.child(0)
    assert focus.state().selected
    qtbot.keyClick(calendar, Qt.Key.Key_Down)  # past her appointment: a free slot
    assert calendar.selected_id is None
    assert calendar.accessibleDescription() == "Dr Amal Haddad, 10:15: free"
    assert interface.focusChild() is None
    qtbot.keyClick(calendar, Qt.Key.Key_Right)
    assert calendar.accessibleDescription() == "Dr Li Wei, 10:15: free"
    # The focus event Qt sends carries the appointment as its child: Qt calls our interface back for it.
    event = QAccessibleEvent(calendar, QAccessible.Event.Focus)
    event.setChild(1)
    assert event.accessibleInterface().text(QAccessible.Text.Name).startswith("Dr Li Wei, until 09:30")


def test_new_content_is_read_and_old_items_stay_safe(qtbot) -> None:
    calendar = _calendar(qtbot)
    interface = QAccessible.queryAccessibleInterface(calendar)
    old = interface.child(0)
    calendar.set_content(calendar.columns, calendar.blocks[:1], zone=UTC)  # Dr Li's only
    QApplication.processEvents()
    assert interface.childCount() == 1
    assert interface.child(0).text(QAccessible.Text.Name).startswith("Dr Li Wei")
    assert not old.isValid() and old.text(QAccessible.Text.Name) == ""
