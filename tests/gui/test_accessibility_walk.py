"""Every screen and dialog, walked with Tab and Shift+Tab and read as a screen reader would (issue 15, 1-2),
and, in the same pass, checked to fit 200 % scaling (issue 15, item 3; the check is test_fit_200's ``off_screen``).

For each role (reception, doctor, billing, admin, and a doctor who also bills) every tab, sub-tab and
administration section of the main window, the lock screen, and every dialog test_keyboard opens: no widget
keeps Tab, every enabled visible control is reached both ways, every interactive widget has an accessible name
that is more than a symbol. The checks are in a11y_walk.py; the report screens rptview rebuilds are its
``KNOWN_EXCEPTIONS`` until the lead names their widgets.

One login per role does both walks (logging in and building every screen took as long as a walk): every
screen audited at 1280 × 690, then the window shrunk to 960 × 520 (``AT_200``) and every screen shown again, with
nothing out of reach; each of test_keyboard's dialogs is opened once, audited, then cut to at most 960 × 520 and
checked the same way. With the application's style sheet (``app_style``), as people see them.
"""

from __future__ import annotations

import pytest
from a11y_walk import audit
from factories import new_patient
from helpers import DEFAULT_PASSWORD, break_the_glass, doctor_asking_for_a_chart, log_in
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog
from test_fit_200 import AT_200, off_screen
from test_keyboard import (  # noqa: F401  (fixtures used by name)
    DIALOGS,
    admin,
    doctor_id,
    every_screen,
    every_screen_and_section,
)

from hms_desktop.domain.staff import Group
from hms_desktop.services import demo_wards

pytestmark = pytest.mark.usefixtures("app_style")

WALK_SIZE = QSize(1280, 690)  # 1280 × 720 less a taskbar: where the Tab walk and the screen reader run
ROLES = {
    "reception": (Group.RECEPTION,),
    "doctor": (Group.DOCTOR,),
    "billing": (Group.BILLING,),
    "admin": (Group.ADMIN,),
    "doctor+billing": (Group.DOCTOR, Group.BILLING),
}


@pytest.fixture(scope="module")
def wards(database) -> int:
    """The demo's wards and 60 beds, so the bed board has its tiles to walk."""
    with database.owner.engine.begin() as conn:
        return demo_wards.seed_demo_wards(conn)


@pytest.mark.parametrize("role", list(ROLES))
def test_every_screen_of_the_main_window_walks_with_tab_names_its_controls_and_fits_960_by_520(
        qtbot, controller, database, wards, role) -> None:
    username = database.add_user(*ROLES[role])
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    problems: list[str] = []
    # Two rounds of one login: every screen is built on the first, and the second only shows it again.
    for size, check in ((WALK_SIZE, audit), (AT_200, lambda top, where: off_screen(top, AT_200, where))):
        window.resize(size)
        for screen in every_screen_and_section(window):
            problems += check(window, f"{role} {screen}")
    window.resize(WALK_SIZE)
    window.lock()
    QApplication.processEvents()
    problems += audit(window, f"{role}: the lock screen")
    assert not problems, "\n".join(dict.fromkeys(problems))


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_walks_with_tab_names_its_controls_and_fits_960_by_520(qtbot, runner, database, admin,  # noqa: F811
                                                                            doctor_id, name) -> None:  # noqa: F811
    dialog: QDialog = DIALOGS[name](admin, runner, database, doctor_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems: list[str] = []
    for screen in every_screen(dialog):
        problems += audit(dialog, f"{name} {screen}")
    # A window manager keeps a window on its screen: at 200 % a dialog larger than the screen is cut to it.
    dialog.resize(min(dialog.width(), AT_200.width()), min(dialog.height(), AT_200.height()))
    for screen in every_screen(dialog):
        problems += off_screen(dialog, AT_200, f"{name} {screen}")
    assert not problems, "\n".join(dict.fromkeys(problems))


def _print_preview(ctx, runner, database, _doctor) -> QDialog:
    from PySide6.QtCore import QSettings

    from hms_desktop.services import printing
    from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    job = printing.wristband_pdf(ctx, new_patient(database, "Keys", "Preview"))
    return PrintPreviewDialog(runner=runner, ctx=ctx, job=job,
                              settings=QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "hms-walk"))


def _batch_print(ctx, runner, database, _doctor) -> QDialog:
    from hms_desktop.ui.dialogs.batch_print_dialog import BatchPrintDialog

    return BatchPrintDialog(ctx=ctx, runner=runner)


def _patient_audit(ctx, runner, database, _doctor) -> QDialog:
    from hms_desktop.ui.dialogs.patient_audit_dialog import PatientAuditDialog

    return PatientAuditDialog(ctx=ctx, runner=runner, patient_id=new_patient(database, "Keys", "Audit"),
                              patient_name="KEYS, Audit")


def _login(ctx, runner, database, _doctor) -> QDialog:
    from hms_desktop.ui.dialogs.login_dialog import LoginDialog

    return LoginDialog()


# Dialogs test_keyboard does not open: the PDF preview, batch printing, a patient's audit trail, the login.
MORE_DIALOGS = {"print preview": _print_preview, "batch print": _batch_print, "patient audit": _patient_audit,
                "login": _login}


@pytest.mark.parametrize("name", list(MORE_DIALOGS))
def test_more_dialogs_walk_with_tab_and_name_their_controls(qtbot, runner, database, admin, doctor_id,  # noqa: F811
                                                            name) -> None:
    dialog = MORE_DIALOGS[name](admin, runner, database, doctor_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems: list[str] = []
    for screen in every_screen(dialog):
        problems += audit(dialog, f"{name} {screen}")
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_consultation_tab_with_a_chart_and_an_encounter_open_walks_with_tab_and_fits_960_by_520(
        qtbot, controller, database) -> None:
    """The chart's panes (history trees, encounters, medications, labs, documents) and the encounter editor show
    only with a patient: open one (walked and fitted), then a new encounter (fitted)."""
    window, tab, dialog = doctor_asking_for_a_chart(qtbot, controller, database, WALK_SIZE,
                                                    new_patient(database, "Walk", "Chart"))
    problems = audit(dialog, "break the glass") + off_screen(dialog, AT_200, "break the glass")
    break_the_glass(tab, dialog)
    for screen in every_screen(window):
        problems += audit(window, f"doctor, chart open {screen}")
    window.resize(AT_200)
    for screen in every_screen(window):
        problems += off_screen(window, AT_200, f"chart open {screen}")
    window.tabs.setCurrentWidget(tab)
    tab.chart_view.encounters.ui.newButton.click()
    qtbot.waitUntil(lambda: tab.ui.chartStack.currentWidget() is tab.editor and tab.editor.encounter is not None)
    problems += off_screen(window, AT_200, "encounter editor")
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_tab_leaves_the_doctor_hours_open_ended_date_for_the_buttons(qtbot, runner, database, admin,  # noqa: F811
                                                                     doctor_id) -> None:  # noqa: F811
    """It swallowed Tab: Add, Remove and Save could not be reached by keyboard."""
    from hms_desktop.ui.widgets.date_fields import OpenEndedDateEdit

    dialog = DIALOGS["doctor hours"](admin, runner, database, doctor_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    valid_to = dialog.session_widget(dialog.ui.sessionsTable.rowCount() - 1, 6)
    assert isinstance(valid_to, OpenEndedDateEdit) and valid_to.text() == "Open-ended"
    assert valid_to.accessibleName() == f"Valid to, row {dialog.ui.sessionsTable.rowCount()}"
    valid_to.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(valid_to, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.addSessionButton
    qtbot.keyClick(dialog.ui.addSessionButton, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is valid_to
