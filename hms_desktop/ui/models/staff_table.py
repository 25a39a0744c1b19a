"""Staff list as a Qt table model over DTOs (never ORM objects)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from hms_desktop.formats import format_date_time
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services.hospital_clock import HospitalClock, to_hospital
from hms_desktop.services.users import StaffMemberDTO
from hms_desktop.ui import colours
from hms_desktop.ui.domain_words import group_names

COLUMNS = (
    QT_TRANSLATE_NOOP("StaffTable", "Name"),
    QT_TRANSLATE_NOOP("StaffTable", "User name"),
    QT_TRANSLATE_NOOP("StaffTable", "Title"),
    QT_TRANSLATE_NOOP("StaffTable", "Department"),
    QT_TRANSLATE_NOOP("StaffTable", "Groups"),
    QT_TRANSLATE_NOOP("StaffTable", "Status"),
    QT_TRANSLATE_NOOP("StaffTable", "Last login"),
)
Index = QModelIndex | QPersistentModelIndex


def _words(text: str) -> str:
    """One of the labels marked QT_TRANSLATE_NOOP("StaffTable", ...), in the workstation's language."""
    return QCoreApplication.translate("StaffTable", text)


class StaffTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffMemberDTO] = []
        self._clock: HospitalClock | None = None

    def set_rows(self, rows: list[StaffMemberDTO], *, clock: HospitalClock | None = None) -> None:
        """``clock``: the hospital's, whose wall clock the last logins are shown on."""
        self.beginResetModel()
        self._rows = list(rows)
        self._clock = clock
        self.endResetModel()

    def member(self, row: int) -> StaffMemberDTO:
        return self._rows[row]

    def row_of(self, username: str) -> int:
        return next((i for i, m in enumerate(self._rows) if m.username == username), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _words(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            if column == 0:
                return member.full_name
            if column == 1:
                return member.username
            if column == 2:
                return member.title
            if column == 3:
                return member.department
            if column == 4:
                return group_names(member.groups)
            if column == 5:
                return self.tr("Active") if member.active else self.tr("Deactivated")
            if column == 6:
                if role == Qt.ItemDataRole.UserRole:  # sort key
                    return member.last_login_at.timestamp() if member.last_login_at else 0.0
                if member.last_login_at is None:
                    return self.tr("never")
                zone = self._clock.zone if self._clock is not None else None
                return format_date_time(to_hospital(member.last_login_at, zone))
        if role == Qt.ItemDataRole.ForegroundRole and not member.active:
            return QColor(colours.DIMMED_TEXT)  # the Status column says "Deactivated" in words
        return None
