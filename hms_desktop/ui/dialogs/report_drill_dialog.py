"""The patients behind one row of a report (issue 12, item 7): MRN, name, when and what, read-only.

Shown with a ``DrillDown`` the runner page fetched in the background (``services.reports.drill_down``); this
dialog only lays it out. Its reading was already recorded in the audit chain by the service.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from hms_desktop.domain.reports import DRILL_CAP, DrillDown
from hms_desktop.formats import format_date, format_date_time
from hms_desktop.ui.forms.ui_report_drill_dialog import Ui_ReportDrillDialog

# Wide enough for the title and four columns, small enough for a 1280x720 screen with its task bar.
PREFERRED_SIZE = (1100, 600)


def when_text(value: date | datetime | None) -> str:
    """"02 Mar 2026 09:30" for a moment (already on the hospital's clock), "02 Mar 2026" for a day."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_date_time(value)
    return format_date(value)


class ReportDrillDialog(QDialog):
    def __init__(self, drill: DrillDown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportDrillDialog()
        self.ui.setupUi(self)
        self.drill = drill
        self.setWindowTitle(self.tr("Patients behind the report row"))
        self.ui.headingLabel.setText(drill.title)
        heading_font = self.ui.headingLabel.font()
        heading_font.setBold(True)
        self.ui.headingLabel.setFont(heading_font)
        self.ui.countLabel.setText(self._count_text())
        self.ui.noticeLabel.setText(self.tr(
            "Showing the first %1. Narrow the report (a shorter range or a filter) to see the rest.")
            .replace("%1", str(DRILL_CAP)) if drill.truncated else "")
        self.ui.noticeLabel.setVisible(drill.truncated)
        table = self.ui.patientTable
        table.setHorizontalHeaderLabels([self.tr("MRN"), self.tr("Patient"), self.tr("When"), self.tr("Detail")])
        table.setAccessibleName(self.tr("Patients behind the report row"))
        table.setTabKeyNavigation(False)  # Tab leaves the table for the Close button
        table.setRowCount(len(drill.rows))
        for index, row in enumerate(drill.rows):
            for column, value in enumerate((row.mrn, row.patient_name, when_text(row.when), row.detail)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(value)
                table.setItem(index, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # A long name or detail wraps onto a second line of its row rather than ending in "…".
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        close = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the list of patients"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.resize(*PREFERRED_SIZE)
        if drill.rows:
            table.setCurrentCell(0, 0)
            table.setFocus()
        else:
            close.setFocus()

    def _count_text(self) -> str:
        count = len(self.drill.rows)
        if count == 0:
            return self.tr("No patients are behind this row (the records may have changed since the report ran).")
        if self.drill.truncated:
            return self.tr("More than %1 records.").replace("%1", str(DRILL_CAP))
        if count == 1:
            return self.tr("1 record.")
        return self.tr("%1 records.").replace("%1", str(count))
