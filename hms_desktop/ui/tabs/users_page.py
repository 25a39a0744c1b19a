"""Administration → Users: staff accounts with their groups and last login; add, edit, (de)activate, reset."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from hms_desktop.services import users
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.users import StaffMemberDTO
from hms_desktop.ui.dialogs.password_dialog import PasswordDialog
from hms_desktop.ui.dialogs.user_dialog import UserDialog
from hms_desktop.ui.forms.ui_users_page import Ui_UsersPage
from hms_desktop.ui.models.staff_table import StaffTableModel
from hms_desktop.ui.tasks import Runner, show_error
from hms_desktop.ui.widgets.flow_layout import reflow
from hms_desktop.ui.widgets.keyboard_sort import sort_from_keyboard
from hms_desktop.ui.widgets.select_row import select_row


class StaffFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_inactive = True
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # type: ignore[no-untyped-def]
        model = self.sourceModel()
        assert isinstance(model, StaffTableModel)
        if not self.show_inactive and not model.member(source_row).active:
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def set_show_inactive(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)


class UsersPage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        reflow(self.ui.toolbarRow)  # the filter and five buttons wrap at 200 % (960 px wide, issue 15.3)
        self._ctx = ctx
        self._runner = runner
        self.model = StaffTableModel(self)
        self.proxy = StaffFilter(self)
        self.proxy.setSourceModel(self.model)
        self.ui.table.setModel(self.proxy)
        self.ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        sort_from_keyboard(self.ui.table)
        header = self.ui.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Title takes what is left; short columns fit their content, so nothing needs a sideways scroll.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 4, 5, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.table.setColumnWidth(0, 180)
        self.ui.table.setColumnWidth(3, 150)
        # A long title or department ("Obstetrics & Gynaecology") wraps onto a second line instead of eliding.
        self.ui.table.setWordWrap(True)
        self.ui.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.filterEdit.setMinimumWidth(330)
        self.active_dialog: QDialog | None = None
        self._deactivating: StaffMemberDTO | None = None
        self.departments: list[str] = []
        self.clock = HospitalClock.unloaded(ctx)  # the hospital's zone (last logins), read with the first reload
        self.ui.filterEdit.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.showInactiveCheck.toggled.connect(self.proxy.set_show_inactive)
        self.ui.showInactiveCheck.toggled.connect(lambda _c: self._update_summary())
        self.ui.addButton.clicked.connect(self.add_user)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.passwordButton.clicked.connect(self.reset_password)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.ui.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self._update_buttons()
        self.reload()

    # --- loading ---

    def reload(self, select: str | None = None) -> None:
        ctx = self._ctx
        current = select
        if not current:
            member = self.selected()
            current = member.username if member else None

        known = self.clock

        def load() -> tuple[list[StaffMemberDTO], list[str], HospitalClock]:
            return (users.list_staff(ctx), users.list_departments(ctx),
                    known if known.loaded else hospital_clock(ctx))

        def show(result: tuple[list[StaffMemberDTO], list[str], HospitalClock]) -> None:
            rows, self.departments, self.clock = result
            self.model.set_rows(rows, clock=self.clock)
            self._update_summary()
            if current:
                self.select_username(current)
            self._update_buttons()

        self.ui.summaryLabel.setText(self.tr("Loading…"))
        self._runner.run(load, on_success=show, on_failure=self._failed, owner=self)

    def _failed(self, error: ServiceError) -> None:
        self.ui.summaryLabel.setText(str(error))
        show_error(self, error)

    def _update_summary(self) -> None:
        total = self.model.rowCount()
        active = sum(1 for i in range(total) if self.model.member(i).active)
        self.ui.summaryLabel.setText(self.tr("%1 staff members, %2 active").replace("%1", str(total))
                                     .replace("%2", str(active)))

    # --- selection ---

    def selected(self) -> StaffMemberDTO | None:
        rows = self.ui.table.selectionModel().selectedRows() if self.ui.table.selectionModel() else []
        if not rows:
            return None
        return self.model.member(self.proxy.mapToSource(rows[0]).row())

    def select_username(self, username: str) -> None:
        row = self.model.row_of(username)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            select_row(self.ui.table, index.row())
            self.ui.table.scrollTo(index)

    def _update_buttons(self) -> None:
        member = self.selected()
        for button in (self.ui.editButton, self.ui.passwordButton, self.ui.activeButton):
            button.setEnabled(member is not None)
        is_me = member is not None and member.username == self._ctx.user.username
        self.ui.activeButton.setText(self.tr("&Reactivate") if member and not member.active
                                     else self.tr("&Deactivate"))
        if is_me:
            self.ui.activeButton.setEnabled(False)
            self.ui.activeButton.setToolTip(self.tr("You cannot deactivate your own account."))
        else:
            self.ui.activeButton.setToolTip("")

    # --- actions ---

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def add_user(self) -> None:
        ctx = self._ctx
        dialog = UserDialog(runner=self._runner, departments=self.departments,
                            save_new=lambda member, pw: users.add_staff(ctx, member, pw), parent=self)
        dialog.accepted.connect(lambda: self.reload(select=dialog.saved.username if dialog.saved else None))
        self._open(dialog)

    def edit_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        ctx = self._ctx
        dialog = UserDialog(
            runner=self._runner, departments=self.departments, existing=member,
            save_changes=lambda changes, version: users.update_staff(ctx, member.username, changes,
                                                                     expected_version=version),
            parent=self)
        dialog.accepted.connect(lambda: self.reload(select=member.username))
        self._open(dialog)

    def reset_password(self) -> None:
        member = self.selected()
        if member is None:
            return
        ctx = self._ctx
        dialog = PasswordDialog(
            runner=self._runner, username=member.username, own=False,
            intro=self.tr("Set a new password for %1 (%2). Tell them in person; they can change it "
                          "afterwards under Session → Change password.").replace("%1", member.full_name)
            .replace("%2", member.username),
            save=lambda _current, new: users.reset_password(ctx, member.username, new), parent=self)
        self._open(dialog)

    def toggle_active(self) -> None:
        member = self.selected()
        if member is None:
            return
        activate = not member.active
        if activate:
            self._set_active(member, True)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Deactivate account"),
                          self.tr("Deactivate %1? They will no longer be able to log in on any workstation. "
                                  "Their records and audit history stay.").replace("%1", member.full_name),
                          QMessageBox.StandardButton.Cancel, self)
        box.addButton(self.tr("Deactivate"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        # A bound method, not a lambda holding the box's own button: Qt may delete that button first.
        self._deactivating = member
        box.accepted.connect(self._confirmed_deactivation)
        self._open(box)

    def _confirmed_deactivation(self) -> None:
        member, self._deactivating = self._deactivating, None
        if member is not None:
            self._set_active(member, False)

    def _set_active(self, member: StaffMemberDTO, active: bool) -> None:
        ctx = self._ctx
        self._runner.run(lambda: users.set_active(ctx, member.username, active),
                         on_success=lambda _m: self.reload(select=member.username),
                         on_failure=lambda error: show_error(self, error), owner=self)
