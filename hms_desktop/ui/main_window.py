"""The main window: one tab per module the user's groups use, status bar, session menu, idle lock."""

from __future__ import annotations

from typing import assert_never

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hms_desktop import __version__
from hms_desktop.domain.staff import MODULE_LABELS, Group, Module, home_module, visible_modules
from hms_desktop.domain.wording import plural
from hms_desktop.services import auth
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import AuthenticationFailed, ServiceError
from hms_desktop.services.throttle import LoginThrottle
from hms_desktop.ui.dialogs.language_dialog import LanguageDialog
from hms_desktop.ui.dialogs.password_dialog import PasswordDialog
from hms_desktop.ui.dialogs.printers_dialog import PrintersDialog
from hms_desktop.ui.domain_words import domain_word, group_names
from hms_desktop.ui.live import LiveUpdates
from hms_desktop.ui.tabs.administration import AdministrationTab
from hms_desktop.ui.tabs.billing import BillingTab
from hms_desktop.ui.tabs.consultation import ConsultationTab
from hms_desktop.ui.tabs.doctors_page import DoctorsPage
from hms_desktop.ui.tabs.registration import RegistrationTab
from hms_desktop.ui.tabs.reports import ReportsTab
from hms_desktop.ui.tabs.scheduling import SchedulingTab
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.idle import IdleWatcher
from hms_desktop.ui.widgets.lock_screen import LockScreen


class MainWindow(QMainWindow):
    logout_requested = Signal()
    switch_user_requested = Signal()
    quit_requested = Signal()

    def __init__(self, *, ctx: ServiceContext, runner: Runner, hospital_name: str, idle_minutes: int,
                 throttle: LoginThrottle, live: LiveUpdates | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self._runner = runner
        self._throttle = throttle
        self._closing_for_session_end = False
        self._hidden_for_lock: list[QWidget] = []
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("{hospital} — Hospital Management System").format(hospital=hospital_name))
        self.resize(1200, 760)

        self.stack = QStackedWidget(self)
        self.tabs = QTabWidget(self.stack)
        self.tabs.setDocumentMode(False)
        self.module_widgets: dict[Module, QWidget] = {}
        for module in visible_modules(ctx.user.groups):
            widget: QWidget
            match module:  # every Module has its tab: assert_never makes mypy say so when one is added
                case Module.REPORTS:
                    widget = ReportsTab(ctx=ctx, runner=runner, live=live, parent=self.tabs)
                case Module.ADMINISTRATION:
                    widget = AdministrationTab(ctx=ctx, runner=runner, parent=self.tabs)
                case Module.REGISTRATION:
                    widget = RegistrationTab(ctx=ctx, runner=runner, live=live, parent=self.tabs)
                case Module.SCHEDULING:
                    widget = SchedulingTab(ctx=ctx, runner=runner, live=live, parent=self.tabs)
                case Module.CONSULTATION:  # doctors only (visible_modules)
                    widget = ConsultationTab(ctx=ctx, runner=runner, live=live, parent=self.tabs)
                case Module.BILLING:
                    widget = BillingTab(ctx=ctx, runner=runner, live=live, parent=self.tabs)
                case _:
                    assert_never(module)
            self.module_widgets[module] = widget
            self.tabs.addTab(widget, domain_word(MODULE_LABELS[module]))
        self.tabs.setCurrentWidget(self.module_widgets[home_module(ctx.user.groups)])
        self._focused_home = False
        self.lock_screen = LockScreen(self.stack)
        self.lock_screen.unlock_requested.connect(self._try_unlock)
        self.lock_screen.switch_user_requested.connect(self._switch_user)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

        self._build_menus()
        self._build_status_bar()
        if live is not None:
            live.connection_changed.connect(self.set_connected)
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)

    # --- chrome ---

    def _build_menus(self) -> None:
        session = self.menuBar().addMenu(self.tr("&Session"))
        self.lock_action = QAction(self.tr("&Lock"), self, shortcut=QKeySequence("Ctrl+L"), triggered=self.lock)
        self.password_action = QAction(self.tr("Change &password…"), self, triggered=self.change_password)
        self.logout_action = QAction(self.tr("Log &out"), self, triggered=self._logout)
        self.quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit,
                                   triggered=self.close)
        # Every user's: the printer for each kind of document belongs to the computer (issue 10, item 6).
        self.printers_action = QAction(self.tr("P&rinters on this workstation…"), self,
                                       triggered=self.choose_printers)
        self.language_action = QAction(self.tr("Lan&guage on this workstation…"), self,
                                       triggered=self.choose_language)
        for action in (self.lock_action, self.password_action, self.printers_action, self.language_action,
                       self.logout_action):
            session.addAction(action)
        self.profile_action: QAction | None = None
        if self.ctx.user.has(Group.DOCTOR) and not self.ctx.user.has(Group.ADMIN):
            self.profile_action = QAction(self.tr("My doctor &profile…"), self, triggered=self.open_my_profile)
            session.insertAction(self.password_action, self.profile_action)
        session.addSeparator()
        session.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(QAction(self.tr("&About"), self, triggered=self.about))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        user = self.ctx.user
        self.user_label = QLabel(self.tr("{name} ({username})").format(name=user.full_name, username=user.username),
                                 self)
        self.roles_label = QLabel(group_names(user.groups, owner=user.is_owner), self)
        # The db layer describes a server as "host:port/database"; the embedded one is named here, in words.
        server = (self.tr("embedded database") if self.ctx.db.target.embedded
                  else self.ctx.db.target.describe())
        self.server_label = QLabel(server, self, objectName="serverLabel")
        if self.ctx.sent_in_plain_text:
            self.server_label.setText(self.tr("%1 — not encrypted").replace("%1", server))
            self.server_label.setToolTip(self.tr("This connection crosses the network without TLS: anyone on the "
                                                 "network can read what is sent. Ask the administrator to set up "
                                                 "TLS and use sslmode verify-full."))
            self.server_label.setProperty("security", "plain")
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connectionLabel")
        for label in (self.user_label, self.roles_label, self.server_label):
            bar.addWidget(label)
        bar.addPermanentWidget(self.connection_label)
        self.set_connected(True)

    def set_connected(self, connected: bool) -> None:
        self.connection_label.setText(self.tr("● Connected") if connected
                                      else self.tr("● Connection lost — reconnecting…"))
        self.connection_label.setProperty("state", "ok" if connected else "lost")
        self.connection_label.style().unpolish(self.connection_label)
        self.connection_label.style().polish(self.connection_label)

    @property
    def connected(self) -> bool:
        return bool(self.connection_label.property("state") == "ok")

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About"),
                          self.tr("<b>Hospital Management System</b> (hms_desktop %1)<br>Connected to the %2.")
                          .replace("%1", __version__).replace("%2", self.ctx.db.target.describe()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_home:
            self._focused_home = True
            # After the window is really shown, or the window manager's activation takes the focus back.
            QTimer.singleShot(0, self.focus_home)

    def focus_home(self) -> None:
        """Focus the search box of the tab the login opened on, so a scanner can type an MRN at once."""
        current = self.tabs.currentWidget()
        focus_search = getattr(current, "focus_search", None)
        if callable(focus_search):
            focus_search()

    # --- lock ---

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def lock(self) -> None:
        if self.locked:
            return
        # Open dialogs are hidden, not closed: what was typed in them is there after unlocking.
        self._hidden_for_lock = [w for w in self.findChildren(QWidget)
                                 if w.isWindow() and w.isVisible() and w is not self]
        for window in self._hidden_for_lock:
            window.hide()
        self.menuBar().setEnabled(False)
        self.idle.pause()
        self.lock_screen.prepare(self.ctx.user.full_name, self.ctx.user.username)
        self.stack.setCurrentWidget(self.lock_screen)

    def unlock(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        for window in self._hidden_for_lock:
            window.show()
        self._hidden_for_lock = []
        self.idle.resume()

    def _try_unlock(self, password: str) -> None:
        wait = self._throttle.seconds_to_wait()
        if wait:
            self.lock_screen.refused(plural(wait, self.tr("Too many failed attempts. Wait %n second.", "", wait),
                                            self.tr("Too many failed attempts. Wait %n seconds.", "", wait)))
            return
        ctx = self.ctx

        def refused(error: ServiceError) -> None:
            if isinstance(error, AuthenticationFailed):
                self._throttle.failed()
                self.lock_screen.refused(self.tr("That is not your password."))
            else:
                self.lock_screen.refused(str(error))

        def accepted(_: object) -> None:
            self._throttle.succeeded()
            self.unlock()

        self._runner.run(lambda: auth.verify_password(ctx, password), on_success=accepted, on_failure=refused,
                         owner=self)

    def _switch_user(self) -> None:
        self._closing_for_session_end = True
        self.switch_user_requested.emit()

    # --- session ---

    def change_password(self) -> None:
        ctx = self.ctx
        dialog = PasswordDialog(runner=self._runner, username=ctx.user.username, own=True,
                                save=lambda current, new: auth.change_own_password(ctx, current, new), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 8000))
        self.password_dialog = dialog
        dialog.open()

    def choose_printers(self) -> None:
        """Session → Printers on this workstation: kept in this computer's printers.ini, no database."""
        dialog = PrintersDialog(parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Printers saved for this workstation."), 8000))
        self.printers_dialog = dialog
        dialog.open()

    def choose_language(self) -> None:
        """Session → Language on this workstation: the workstation's settings file, no database."""
        dialog = LanguageDialog(parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("The screens will be in %1 from the next start.").replace("%1", dialog.chosen_name()), 8000))
        self.language_dialog = dialog
        dialog.open()

    def open_my_profile(self) -> None:
        """A doctor's own qualifications and availability notes (admins use Administration → Doctors)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("My doctor profile"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        layout.addWidget(DoctorsPage(ctx=self.ctx, runner=self._runner, parent=dialog))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(760, 560)
        self.profile_dialog = dialog
        dialog.open()

    def _logout(self) -> None:
        self._closing_for_session_end = True
        self.logout_requested.emit()

    def end_session(self) -> None:
        """Close for good (log out / another user): the controller calls this."""
        self._closing_for_session_end = True
        self.idle.detach()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_for_session_end:
            event.accept()
            return
        event.ignore()
        self.quit_requested.emit()
