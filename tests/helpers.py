"""Shared by the test modules (import as ``from helpers import ...``; tests/ is on sys.path)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from hms_desktop.domain.clock import FixedClock
from hms_desktop.domain.settings import HospitalSettings

DEFAULT_PASSWORD = "a-Good-pass-2026"

# The tests' "today": the hospital's date (default zone) when the run started, at 10:00 on its wall clock.
# The date is the real one because stamps the server writes (check-in, admission) use its now(); the hour
# is fixed, so a test finds "later today" at any hour and never crosses midnight. Fixtures give doctors
# weekly hours from YESTERDAY.
HOSPITAL_ZONE = ZoneInfo(HospitalSettings().time_zone)
TODAY: date = datetime.now(HOSPITAL_ZONE).date()
TOMORROW: date = TODAY + timedelta(days=1)
YESTERDAY: date = TODAY - timedelta(days=1)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """``hour:minute`` on the hospital's wall clock (default zone) on ``day``: what the screens show and take,
    whatever the workstation's zone."""
    return datetime.combine(day, time(hour, minute), tzinfo=HOSPITAL_ZONE)


def fixed_clock(hour: int = 10, minute: int = 0, *, day: date = TODAY) -> FixedClock:
    """A clock standing at ``hour:minute`` on the hospital's wall clock on ``day`` (default the tests' today)."""
    return FixedClock(datetime.combine(day, time(hour, minute), tzinfo=HOSPITAL_ZONE))


def with_fixed_clock(ctx: Any, clock: FixedClock | None = None) -> Any:
    """``ctx`` with a FixedClock (the tests' today at 10:00 unless given): for the contexts tests create."""
    ctx.clock = clock or fixed_clock()
    return ctx


def log_in(qtbot: Any, controller: Any, username: str, password: str) -> None:
    """Type into the real login window and click Log in, as a person would."""
    dialog = controller.login_dialog
    assert dialog is not None
    dialog.ui.usernameEdit.clear()
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)


def doctor_asking_for_a_chart(qtbot: Any, controller: Any, database: Any, size: Any, patient_id: int
                              ) -> tuple[Any, Any, Any]:
    """A new doctor logged in, the main window at ``size`` (a QSize), the Consultation tab asked for
    ``patient_id``'s chart: (window, tab, the break-the-glass dialog it opens, not answered yet)."""
    from hms_desktop.domain.staff import Group, Module

    username = database.add_user(Group.DOCTOR)
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    window.resize(size)
    tab = window.module_widgets[Module.CONSULTATION]
    window.tabs.setCurrentWidget(tab)
    tab.open_patient(patient_id)
    return window, tab, tab.active_dialog


def break_the_glass(tab: Any, dialog: Any) -> None:
    """Answer the break-the-glass question with "emergency": the chart opens."""
    dialog.ui.emergencyRadio.setChecked(True)
    dialog.ok_button.click()
    assert tab.chart_view.patient_id is not None


def submit(dialog: Any, button: Any) -> None:
    """Send a form as a person would: click ``button`` when the form lets them, otherwise press Enter, which
    is how a person with a disabled OK button gets every problem of the form explained."""
    from PySide6.QtTest import QTest

    if button.isEnabled():
        button.click()
    else:
        QTest.keyClick(dialog, Qt.Key.Key_Return)
