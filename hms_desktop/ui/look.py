"""The application's style: Fusion, with what a style sheet or a palette cannot set (issue 15.3).

Qt's month calendar (the popup of every date field, QCalendarWidget) paints weekend days in pure red,
4.0:1 on white, below the 4.5:1 body text needs. That red is a per-widget text format, not a palette role
or a style-sheet property, so the style sets a darker red on each calendar as Qt polishes it: every date
picker, including those built by Designer forms and the popups Qt creates on first opening, without any
screen having to remember it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCalendarWidget, QProxyStyle, QStyleFactory

from hms_desktop.ui import colours

DAYS_OF_WEEK = (Qt.DayOfWeek.Monday, Qt.DayOfWeek.Tuesday, Qt.DayOfWeek.Wednesday, Qt.DayOfWeek.Thursday,
                Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday)


def darken_weekends(calendar: QCalendarWidget) -> None:
    """Give the days Qt marks in colour (the weekend) the readable WEEKEND_TEXT instead of pure red."""
    for day in DAYS_OF_WEEK:
        text_format = calendar.weekdayTextFormat(day)
        if text_format.hasProperty(text_format.Property.ForegroundBrush):
            text_format.setForeground(QColor(colours.WEEKEND_TEXT))
            calendar.setWeekdayTextFormat(day, text_format)


class HospitalStyle(QProxyStyle):
    """Fusion, and the calendars' weekends in a readable red."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def polish(self, target: Any) -> Any:  # QStyle.polish is overloaded: a widget, the application, a palette
        polished = super().polish(target)
        if isinstance(target, QCalendarWidget):
            darken_weekends(target)
        return polished
