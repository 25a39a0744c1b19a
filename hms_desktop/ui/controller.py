"""Session flow: find the database, log in, open the main window, lock, log out, quit."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

from hms_desktop.config import WorkstationSettings, call_timeout, data_dir
from hms_desktop.domain.demo import DEMO_ACCOUNTS
from hms_desktop.secrets import UNAVAILABLE_REASON, PasswordVault
from hms_desktop.services.errors import AuthenticationFailed, ServiceError, TooManyAttempts
from hms_desktop.services.throttle import LoginThrottle
from hms_desktop.ui.dialogs.login_dialog import LoginDialog
from hms_desktop.ui.tasks import Runner, TaskControl
from hms_desktop.ui.widgets.amounts import set_currency

if TYPE_CHECKING:
    # The services below load SQLAlchemy, psycopg and alembic: they are imported inside the tasks that use
    # them, on the worker thread, while the login window is already on screen (cold start, issue 11).
    from hms_desktop.services import setup
    from hms_desktop.services.context import ServiceContext
    from hms_desktop.services.settings import HospitalSettings

    # Imported where first needed, not here: the main window pulls in every tab, their dialogs and
    # printing, which the login window does not need (cold start, issue 11 item 8).
    from hms_desktop.ui.live import LiveUpdates
    from hms_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

VISIBLE_LINE = "hms: login window visible"


@dataclass(frozen=True, slots=True)
class _Ready:
    connection: setup.Connection
    state: setup.EmbeddedState | None


class AppController(QObject):
    """Owns the windows of one running app. The database work runs on the task runner."""

    main_window_shown = Signal(object)
    login_ready = Signal()

    def __init__(self, *, runner: Runner, workstation: WorkstationSettings | None = None,
                 vault: PasswordVault | None = None, url: str | None = None, data_directory: Path | None = None,
                 connection: setup.Connection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.workstation = workstation or WorkstationSettings.load()
        self.vault = vault or PasswordVault()
        self.throttle = LoginThrottle(data_dir() / "login-attempts.json")
        self._url = url
        self._data_dir = data_directory
        # One connection per server choice; an injected one (tests) stands for the default choice.
        self._connections: dict[str, setup.Connection] = {"embedded": connection} if connection else {}
        self.connection: setup.Connection | None = None
        self.login_dialog: LoginDialog | None = None
        self.main_window: MainWindow | None = None
        self.ctx: ServiceContext | None = None
        self.hospital: HospitalSettings | None = None
        self.live: LiveUpdates | None = None
        self._ended: list[ServiceContext] = []  # sessions ended by Quit, disposed in ``shutdown``
        # Set when the user ticked "remember" but the hospital does not allow it; said in the status bar.
        self._remember_refused = False
        self._daily_backup: TaskControl | None = None  # the embedded database's daily backup, once per run
        # A call refused because the account was deactivated ends the session like the connection watch does.
        deactivated = getattr(runner, "account_deactivated", None)
        if deactivated is not None:
            deactivated.connect(self.account_deactivated)

    # --- login ---

    def start(self) -> None:
        self.show_login()

    def show_login(self, *, someone_else: bool = False) -> None:
        """The login window, with the last user name filled in, or empty for ``someone_else`` (the lock
        screen's "Log in as someone else": the next person types their own name, and no remembered
        password of the one who left is offered)."""
        dialog = LoginDialog()
        self.login_dialog = dialog
        dialog.set_servers([p.name for p in self.workstation.profiles], self.workstation.active_profile)
        dialog.set_username("" if someone_else else self.workstation.last_username)
        dialog.login_requested.connect(self._login)
        dialog.server_changed.connect(self._choose_server)
        dialog.servers_requested.connect(self._edit_servers)
        dialog.quit_requested.connect(self.quit)
        available = self.vault.is_available()
        dialog.set_remember(available=available, reason=UNAVAILABLE_REASON, checked=False)
        dialog.show()
        if smoke_mode():  # the start-up benchmark's first mark: the window is on screen, the database still starting
            print(VISIBLE_LINE, flush=True)
        self._prepare_connection(self.workstation.active_profile)

    def _key(self) -> str:
        return self._url or self.workstation.active_profile or "embedded"

    def _prepare_connection(self, profile: str) -> None:
        dialog = self.login_dialog
        assert dialog is not None
        key = self._url or profile or "embedded"
        dialog.set_demo_accounts(None)
        dialog.set_busy(self.tr("Starting the local database…") if key == "embedded"
                        else self.tr("Server: %1").replace("%1", key))
        url, data_directory = self._url, self._data_dir
        known = self._connections.get(key)

        def prepare() -> _Ready:
            from hms_desktop.services import setup

            connection = known or setup.resolve(url, profile=profile, data_dir=data_directory)
            state = setup.embedded_state(connection) if connection.local_owner else None
            return _Ready(connection, state)

        def ready(result: _Ready) -> None:
            self._connections[key] = result.connection
            self.connection = result.connection
            self._start_daily_backup(result.connection)
            if self.login_dialog is not dialog:
                return
            dialog.set_ready()
            if result.state is not None:
                dialog.set_hospital_name(result.state.hospital_name)
                dialog.set_demo_accounts(DEMO_ACCOUNTS if result.state.demo_mode else None)
                if result.state.needs_first_admin:
                    self._ask_first_admin()
            self._recall_password()
            self.login_ready.emit()

        def failed(error: ServiceError) -> None:
            if smoke_mode():  # a headless check must not wait for a person to read the message
                print(f"hms: the database could not be prepared: {error}", file=sys.stderr, flush=True)
                QApplication.exit(1)
            if self.login_dialog is dialog:
                dialog.set_ready()
                dialog.show_error(str(error))

        self.runner.run(prepare, on_success=ready, on_failure=failed, owner=dialog)

    def _start_daily_backup(self, connection: setup.Connection) -> None:
        """The embedded database backs itself up once a day into the data folder's backups/ (issue 10.5),
        in the background while people work; a failure is logged, never shown in a dialog at start. Then the
        appointment reports' per-day summary is brought up to yesterday (issue 12, migration 0032)."""
        if connection.embedded is None or self._daily_backup is not None or smoke_mode():
            return
        target = connection.target

        def work(control: TaskControl) -> Path | None:
            from hms_desktop.services import backup
            from hms_desktop.services.reports import summary

            path = backup.daily_backup_if_due(target, backup.daily_backup_folder(),
                                              cancelled=lambda: control.cancelled)
            if not control.cancelled:
                try:
                    if (refreshed := summary.refresh_embedded_if_behind(connection)) is not None:
                        log.info("Report summary: %d days summarised in %.1f s", refreshed.days, refreshed.seconds)
                except Exception as error:  # the reports stay exact without it (read live): log, never a dialog
                    log.warning("The report summary's refresh failed: %s", error)
            return path

        def done(path: Path | None) -> None:
            if path is not None:
                log.info("Daily backup written to %s", path)

        self._daily_backup = self.runner.run_cancellable(
            work, on_success=done, on_failure=lambda error: log.warning("The daily backup failed: %s", error))

    def _recall_password(self) -> None:
        dialog = self.login_dialog
        username = self.workstation.last_username
        if dialog is None or not username or dialog.username() != username or not self.vault.is_available():
            return
        key, vault = self._key(), self.vault

        def show(password: str | None) -> None:
            if password:
                dialog.set_password(password)
                dialog.set_remember(available=True, reason="", checked=True)

        self.runner.run(lambda: vault.recall(key, username), on_success=show, on_failure=lambda _e: None,
                        owner=dialog)

    def _ask_first_admin(self) -> None:
        connection = self.connection
        assert connection is not None and self.login_dialog is not None

        def create(username: str, full_name: str, password: str) -> None:
            from hms_desktop.services import setup

            setup.create_first_administrator(connection, username=username, full_name=full_name,
                                             password=password)

        from hms_desktop.ui.dialogs.first_admin_dialog import FirstAdminDialog

        dialog = FirstAdminDialog(runner=self.runner, create=create, parent=self.login_dialog)
        self.first_admin_dialog = dialog

        def created() -> None:
            if self.login_dialog is not None:
                self.login_dialog.set_username(dialog.created_username)
                self.login_dialog.show_info(self.tr("Administrator created. Log in with the new account."))

        dialog.accepted.connect(created)
        dialog.open()

    def _choose_server(self, profile: str) -> None:
        self.workstation.active_profile = profile
        self.workstation.save()
        self._prepare_connection(profile)

    def _edit_servers(self) -> None:
        from hms_desktop.ui.dialogs.servers_dialog import ServersDialog

        dialog = ServersDialog(self.workstation, parent=self.login_dialog)
        dialog.exec()
        if self.login_dialog is not None:
            self.login_dialog.set_servers([p.name for p in self.workstation.profiles],
                                          self.workstation.active_profile)

    def _login(self, username: str, password: str, remember: bool) -> None:
        connection, dialog = self.connection, self.login_dialog
        if connection is None or dialog is None:
            return
        throttle = self.throttle

        def work() -> tuple[ServiceContext, HospitalSettings]:
            from hms_desktop.services import auth, settings

            ctx = auth.login(connection.target, username, password, throttle=throttle, call_timeout=call_timeout())
            return ctx, settings.get_settings(ctx)

        def failed(error: ServiceError) -> None:
            if self.login_dialog is not dialog:
                return
            dialog.set_ready()
            if isinstance(error, TooManyAttempts):
                dialog.wait_before_retry(error.wait_seconds)
            else:
                dialog.show_error(str(error))
                wait = throttle.seconds_to_wait()
                if isinstance(error, AuthenticationFailed) and wait:
                    dialog.wait_before_retry(wait)

        def succeeded(result: tuple[ServiceContext, HospitalSettings]) -> None:
            ctx, hospital = result
            self.workstation.last_username = ctx.user.username
            self.workstation.save()
            self._remember(ctx.user.username, password, remember=remember, allowed=hospital.allow_remember_password)
            self.open_main_window(ctx, hospital)

        self.runner.run(work, on_success=succeeded, on_failure=failed, owner=dialog)

    def _remember(self, username: str, password: str, *, remember: bool, allowed: bool) -> None:
        key, vault = self._key(), self.vault
        if remember and allowed:
            self.runner.run(lambda: vault.remember(key, username, password), on_failure=lambda _e: None)
        else:
            self.runner.run(lambda: vault.forget(key, username), on_failure=lambda _e: None)
        self._remember_refused = remember and not allowed

    # --- main window ---

    def open_main_window(self, ctx: ServiceContext, hospital: HospitalSettings) -> None:
        from hms_desktop.ui.live import LiveUpdates
        from hms_desktop.ui.main_window import MainWindow

        self.ctx = ctx
        self.hospital = hospital
        set_currency(hospital.currency)  # every amount shown this session, as the printouts write it
        # Live updates first, so every tab can LISTEN on the channels it shows.
        live = LiveUpdates(ctx)
        self.live = live
        window = MainWindow(ctx=ctx, runner=self.runner, hospital_name=hospital.hospital_name,
                            idle_minutes=hospital.idle_lock_minutes, throttle=self.throttle, live=live)
        live.setParent(window)
        window.logout_requested.connect(self.logout)
        window.switch_user_requested.connect(self.switch_user)
        window.quit_requested.connect(self.quit)
        live.account_deactivated.connect(self.account_deactivated)
        self.main_window = window
        live.start()
        if self.login_dialog is not None:
            self.login_dialog.hide()
            self.login_dialog.deleteLater()
            self.login_dialog = None
        window.show()
        if self._remember_refused:
            window.statusBar().showMessage(self.tr("Your administrator does not allow passwords to be remembered; "
                                                   "yours was not stored."), 10000)
        self.main_window_shown.emit(window)

    def _end_session(self, *, dispose: bool = True) -> None:
        """Stop the listener and the connection watch (joining their threads), close the main window, and
        dispose the session's engine. ``dispose=False`` (quitting) leaves the engine to ``shutdown``, which
        first waits for the tasks still using it."""
        if self.live is not None:
            self.live.stop()
            self.live = None
        if self.main_window is not None:
            self.main_window.end_session()
            self.main_window.deleteLater()
            self.main_window = None
        if self.ctx is not None:
            ctx, self.ctx = self.ctx, None
            if dispose:
                ctx.db.dispose()
            else:
                self._ended.append(ctx)

    def logout(self) -> None:
        self._end_session()
        self.show_login()

    def account_deactivated(self) -> None:
        """An administrator deactivated this person while they were logged in (the connection watch, or a call,
        found the server refusing them): end the session and say so in the login window, in words — not
        "connection lost", which would have them wait for a connection that will not come back."""
        if self.main_window is None:  # already back at the login window (the watch and a call both noticed)
            return
        log.info("The account was deactivated by an administrator; back to the login window")
        self._end_session()
        self.show_login()
        assert self.login_dialog is not None
        self.login_dialog.show_error(self.tr("Your account was deactivated by an administrator."))

    def switch_user(self) -> None:
        """From the lock screen: end this session and let another person log in with their own name."""
        self._end_session()
        self.show_login(someone_else=True)

    def quit(self) -> None:
        self._end_session(dispose=False)
        if self.login_dialog is not None:
            self.login_dialog.hide()
            self.login_dialog.deleteLater()
            self.login_dialog = None
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        """After the event loop, in this order (issue 13.1): the session's threads (listener, watch), the
        task runner's threads, the engines they used, the windows, then the embedded server if no other
        ``hms`` uses it.

        The windows were only scheduled for deletion (``deleteLater``) and the loop has ended, so nothing
        would delete them before the interpreter tears the application down around them: they are deleted
        here, while Qt and Python are whole, after the last task that could call back into them is done.
        """
        self._end_session(dispose=False)
        if self._daily_backup is not None:
            self._daily_backup.cancel()  # before the embedded server stops under it; its partial file goes
        if not self.runner.wait_for_idle(10000):
            log.warning("Background tasks were still running when the application quit")
        for ctx in self._ended:
            ctx.db.dispose()
        self._ended.clear()
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
            self.login_dialog = None
        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for connection in self._connections.values():
            try:
                connection.close()
            except Exception:  # shutting down: log and carry on closing the rest
                log.exception("Could not close the connection cleanly")
        self._connections.clear()


def smoke_mode() -> bool:
    return os.environ.get("HMS_SMOKE_EXIT_AFTER_LOGIN") == "1"
