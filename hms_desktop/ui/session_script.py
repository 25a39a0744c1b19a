"""``hms soak --session``: a long scripted working session through the real controller, then Ctrl+Q (issue 13.1).

The crash on quit was seen once after a long day at one workstation: several people logging in and out,
the idle lock, "Log in as someone else", a wristband preview saved as PDF, a booking, a cancelled password
change, a new user, resizing. This drives exactly that through the real ``AppController``, the real task
runner and listener, typing into the real login dialog, lock screen and dialogs, and then quits the way
the Quit action does. The caller (``tests/gui/test_session_quit.py``, ``build/smoke_bundle.py``) checks
that the process exits with status 0, which it cannot if something is torn down in the wrong order and the
interpreter aborts while finalising.

The script is a generator: each ``yield`` hands back a condition, and the driver polls it on a timer while
the event loop runs (the app's own work stays asynchronous), failing the run if it is not met in time.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from hms_desktop.config import WorkstationSettings
from hms_desktop.domain.demo import DEMO_ACCOUNTS
from hms_desktop.domain.staff import Module
from hms_desktop.ui.controller import AppController
from hms_desktop.ui.dialogs.book_dialog import SLOT_ROLE
from hms_desktop.ui.tasks import TaskRunner
from hms_desktop.ui.widgets.select_row import select_row

log = logging.getLogger(__name__)

DEFAULT_USERS = tuple(account.username for account in DEMO_ACCOUNTS)  # admin, reception, billing, doctor
STEP_TIMEOUT_SECONDS = 60.0  # one step (a login starting the embedded server) takes seconds; this stops a stuck one
POLL_MS = 20
PATIENT_QUERIES = ("son", "an", "e")  # the first one that finds someone; the demo's names are generated
DONE_LINE = "hms: session done"

Condition = Callable[[], object]
Script = Generator[tuple[str, Condition], None, None]


class SessionDriver(QObject):
    """Runs ``script`` step by step: each yielded condition is polled until true, or the run fails."""

    def __init__(self, script: Script, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._script = script
        self._waiting: tuple[str, Condition] | None = None
        self._deadline = 0.0
        self.failure: str | None = None
        self.steps: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._timer.start()
        self._advance()

    def _advance(self) -> None:
        try:
            name, condition = next(self._script)
        except StopIteration:
            self._timer.stop()
            self._waiting = None
            return
        except Exception as error:  # a broken step: report it and quit, so the process still ends
            log.exception("Session step failed")
            self._fail(f"{type(error).__name__}: {error}")
            return
        self.steps.append(name)
        self._waiting = (name, condition)
        self._deadline = time.monotonic() + STEP_TIMEOUT_SECONDS

    def _poll(self) -> None:
        if self._waiting is None:
            return
        name, condition = self._waiting
        try:
            met = condition()
        except Exception as error:
            log.exception("Session condition failed")
            self._fail(f"{name}: {type(error).__name__}: {error}")
            return
        if met:
            self._advance()
        elif time.monotonic() > self._deadline:
            self._fail(f"{name}: not done after {STEP_TIMEOUT_SECONDS:.0f} s")

    def _fail(self, message: str) -> None:
        self._timer.stop()
        self._waiting = None
        self.failure = message
        app = QApplication.instance()
        if app is not None:
            app.exit(1)


class Session:
    """The working day, as the people at the desk would do it."""

    def __init__(self, controller: AppController, *, users: Sequence[str], password: str, pdf_dir: Path,
                 new_user_password: str) -> None:
        self.controller = controller
        self.users = list(users)
        self.password = password
        self.pdf_dir = pdf_dir
        self.new_user_password = new_user_password
        self.logins_ready = 0
        self.added_user = ""
        self.saved_pdf: Path | None = None
        self.booked: Any = None
        controller.login_ready.connect(self._login_ready)

    def _login_ready(self) -> None:
        self.logins_ready += 1

    @property
    def window(self) -> Any:
        window = self.controller.main_window
        assert window is not None, "no main window"
        return window

    def _tab(self, module: Module) -> Any:
        return self.window.module_widgets.get(module)

    def script(self) -> Script:
        users = self.users
        self.controller.start()
        for index, username in enumerate(users):
            yield from self.log_in(username)
            yield from self.resize(index)
            if index == 0:
                yield from self.idle_lock_and_unlock()
                yield from self.change_password_and_cancel()
            if self._tab(Module.ADMINISTRATION) is not None and not self.added_user:
                yield from self.add_user()
            if self._tab(Module.REGISTRATION) is not None and self.saved_pdf is None:
                yield from self.wristband_saved_as_pdf()
            if self._tab(Module.SCHEDULING) is not None and self.booked is None \
                    and self._tab(Module.SCHEDULING).can_book:
                yield from self.book_appointment()
            if index == len(users) - 1:
                break
            if index % 2 == 0:
                yield from self.switch_user_from_lock()
            else:
                yield from self.log_out()
        yield from self.idle_lock_and_unlock()
        yield from self.quit()

    # --- steps ---

    def log_in(self, username: str) -> Script:
        yield f"login window for {username}", lambda: (self.controller.login_dialog is not None
                                                       and self.controller.login_dialog.ready)
        dialog = self.controller.login_dialog
        assert dialog is not None
        dialog.ui.usernameEdit.setText(username)
        dialog.ui.passwordEdit.setText(self.password)
        dialog.ui.rememberCheck.setChecked(False)
        dialog.ui.loginButton.click()
        yield f"{username} logged in", lambda: (self.controller.main_window is not None
                                                and self.controller.main_window.isVisible()
                                                and self.controller.ctx is not None
                                                and self.controller.ctx.user.username == username)
        # Each screen's first load and the listener's catch-up reload run while the person starts working.
        yield "first loads", lambda: self.controller.runner.wait_for_idle(0)

    def resize(self, index: int) -> Script:
        sizes = ((1280, 720), (1600, 900), (1024, 700), (1440, 860))
        width, height = sizes[index % len(sizes)]
        self.window.resize(width, height)
        yield "resized", lambda: self.window.width() == width or not self.window.isVisible()
        self.window.showMaximized()
        yield "maximised", lambda: True
        self.window.showNormal()
        yield "restored", lambda: True

    def idle_lock_and_unlock(self) -> Script:
        window = self.window
        window.idle.idle.emit()  # what the idle watcher sends after the hospital's idle minutes
        yield "locked", lambda: window.locked
        screen = window.lock_screen
        screen.ui.passwordEdit.setText("not the password")
        screen.ui.unlockButton.click()
        yield "wrong password refused", lambda: screen.ui.unlockButton.isEnabled() and window.locked
        screen.ui.passwordEdit.setText(self.password)
        screen.ui.unlockButton.click()
        yield "unlocked", lambda: not window.locked

    def change_password_and_cancel(self) -> Script:
        window = self.window
        window.password_action.trigger()
        dialog = window.password_dialog
        yield "password dialog", dialog.isVisible
        dialog.ui.currentEdit.setText(self.password)
        dialog.ui.newEdit.setText("a-new-password-2026")
        dialog.reject()
        yield "password dialog cancelled", lambda: not _visible(dialog)

    def add_user(self) -> Script:
        window = self.window
        admin = self._tab(Module.ADMINISTRATION)
        window.tabs.setCurrentWidget(admin)
        page = admin.users_page
        yield "users listed", lambda: self.controller.runner.wait_for_idle(0)
        page.add_user()
        dialog = page.active_dialog
        yield "user dialog", dialog.isVisible
        username = f"session{int(time.time() * 1000) % 10**9}"
        dialog.ui.fullNameEdit.setText("Session Check")
        dialog.ui.usernameEdit.setText(username)
        dialog.ui.receptionCheck.setChecked(True)
        dialog.ui.passwordEdit.setText(self.new_user_password)
        dialog.ui.repeatEdit.setText(self.new_user_password)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        yield "user added", lambda: dialog.saved is not None if _alive(dialog) else True
        yield "user listed", lambda: page.selected() is not None and page.selected().username == username
        self.added_user = username

    def wristband_saved_as_pdf(self) -> Script:
        window = self.window
        tab = self._tab(Module.REGISTRATION)
        window.tabs.setCurrentWidget(tab)
        tab.focus_search()
        for query in PATIENT_QUERIES:
            tab.ui.searchEdit.setText(query)
            tab.search_now()
            yield f"search {query!r}", _searched(tab.model, query)
            if tab.model.rowCount() > 0:
                break
        assert tab.model.rowCount() > 0, "no patient found to print a wristband for"
        select_row(tab.ui.table, 0)
        tab.active_dialog = None
        tab.ui.wristbandButton.click()
        yield "wristband preview", lambda: tab.active_dialog is not None and tab.active_dialog.isVisible()
        preview = tab.active_dialog
        yield "wristband rendered", lambda: preview.document.pageCount() > 0
        path = self.pdf_dir / "wristband.pdf"
        assert preview.save_to(str(path)), "the wristband could not be saved"
        yield "print logged", lambda: self.controller.runner.wait_for_idle(0)
        assert path.read_bytes().startswith(b"%PDF"), "the saved wristband is not a PDF"
        self.saved_pdf = path
        preview.closeButton.click()
        yield "preview closed", lambda: not _visible(preview)

    def book_appointment(self) -> Script:
        window = self.window
        tab = self._tab(Module.SCHEDULING)
        window.tabs.setCurrentWidget(tab)
        yield "day loaded", lambda: tab.view is not None
        dialog = tab.open_book()
        assert dialog is not None
        for query in PATIENT_QUERIES:
            dialog.search_patient(query)
            yield f"patient {query!r}", _picked_or_searched(dialog, query)
            if dialog.patient_id is None and dialog.patients.rowCount() > 0:
                select_row(dialog.ui.patientTable, 0)  # the person clicks the first one found
            if dialog.patient_id is not None:
                break
        assert dialog.patient_id is not None, "no patient found to book"
        yield "free slots", lambda: len(dialog.slots) > 0
        dialog.ui.reasonEdit.setText("Session check")
        tree = dialog.ui.slotTree
        refused: set[object] = set()  # start times the patient is already booked at (an earlier run)
        for _attempt in range(20):
            yield "slots shown", lambda: _first_slot(dialog, refused) is not None
            item, starts_at = _first_slot(dialog, refused)  # type: ignore[misc]
            tree.setCurrentItem(item)
            dialog.ok_button.click()
            yield "booking answered", lambda: dialog.appointment is not None or dialog.ui.buttonBox.isEnabled()
            if dialog.appointment is not None:
                break
            refused.add(starts_at)  # the desk picks another time
        assert dialog.appointment is not None, "no slot could be booked"
        yield "booked", lambda: not _alive(dialog) or dialog.result() == QDialog.DialogCode.Accepted
        self.booked = dialog.appointment
        yield "day shows the booking", lambda: self.booked is None or tab.calendar.block_by_id(self.booked.id)

    def switch_user_from_lock(self) -> Script:
        window = self.window
        window.lock_action.trigger()
        yield "locked for switching", lambda: window.locked
        window.lock_screen.ui.switchUserButton.click()
        yield "back at the login window", lambda: self.controller.main_window is None

    def log_out(self) -> Script:
        self.window.logout_action.trigger()
        yield "logged out", lambda: self.controller.main_window is None

    def quit(self) -> Script:
        self.window.quit_action.trigger()  # Ctrl+Q
        yield "quitting", lambda: self.controller.main_window is None


def _searched(model: Any, query: str) -> Condition:
    return lambda: model.searched_text == query


def _first_slot(dialog: Any, refused: set[object]) -> tuple[Any, object] | None:
    """The first slot in the dialog's list not at a refused time, with its start."""
    tree = dialog.ui.slotTree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        index = item.data(0, SLOT_ROLE) if item is not None else None
        if index is not None and int(index) < len(dialog.slots):
            starts_at = dialog.slots[int(index)].starts_at
            if starts_at not in refused:
                return item, starts_at
    return None


def _picked_or_searched(dialog: Any, query: str) -> Condition:
    return lambda: dialog.patient_id is not None or dialog.picker.model.searched_text == query


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return bool(isValid(obj))


def _visible(widget: Any) -> bool:
    return _alive(widget) and bool(widget.isVisible())


def run_session(*, url: str | None, profile: str | None, users: Sequence[str], password: str,
                pdf_dir: Path | None = None) -> int:
    """Returns the exit status: 0 when every step was done and the app quit cleanly."""
    from hms_desktop.app import apply_look

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("hms_desktop")
    apply_look(app)
    folder = pdf_dir or Path(tempfile.mkdtemp(prefix="hms-session-"))
    runner = TaskRunner(app)
    workstation = WorkstationSettings()
    if profile is not None:
        workstation.active_profile = profile
    controller = AppController(runner=runner, workstation=workstation, url=url)
    session = Session(controller, users=users, password=password, pdf_dir=folder,
                      new_user_password="session-check-pass-1")
    driver = SessionDriver(session.script(), parent=controller)
    started = time.monotonic()
    QTimer.singleShot(0, driver.start)
    try:
        status = app.exec()
    finally:
        controller.shutdown()
    if driver.failure is not None:
        print(f"hms: session failed at step {len(driver.steps)}: {driver.failure}", file=sys.stderr, flush=True)
        return 1
    print(f"{DONE_LINE}: {len(users)} logins, {len(driver.steps)} steps, user {session.added_user} added, "
          f"wristband saved to {session.saved_pdf}, appointment {getattr(session.booked, 'id', None)} booked "
          f"in {time.monotonic() - started:.1f} s", flush=True)
    return status
