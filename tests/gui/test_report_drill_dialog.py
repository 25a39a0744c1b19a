"""The patients behind a report row (issue 12, item 7): the dialog lays out a ``DrillDown``: its title, MRN /
Patient / When / Detail, "Showing the first 500" when the list was cut, Close; Tab leaves the table, every
control has a name for a screen reader, and it fits a 1280 × 720 screen."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from test_fit_720 import SMALL, check

from hms_desktop.domain.reports import DRILL_CAP, DrillDown, DrillRow
from hms_desktop.ui.dialogs.report_drill_dialog import ReportDrillDialog

pytestmark = pytest.mark.usefixtures("app_style")

TITLE = "No-shows — January 2025, Obstetrics & Gynaecology (1 Jan 2025 – 31 Dec 2025)"


def _rows(n: int) -> tuple[DrillRow, ...]:
    return tuple(DrillRow(mrn=f"{10000000 + i}", patient_name=f"Al-Rashidi-Montgomery, Anna-Maria {i}",
                          when=datetime(2025, 1, 1 + i % 28, 9, 30),
                          detail="No-show with Dr Konstantinos Papadopoulos-Whitfield") for i in range(n))


def _shown(qtbot, drill: DrillDown) -> ReportDrillDialog:
    dialog = ReportDrillDialog(drill)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _close(dialog: ReportDrillDialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)


def test_the_rows_are_laid_out_under_their_headings(qtbot) -> None:
    drill = DrillDown(TITLE, (DrillRow("10000001", "Haddad, Amal", datetime(2025, 1, 8, 9, 0), "No-show with Dr Alpha"),
                              DrillRow("10000002", "Papadopoulou, Eleni", date(2025, 1, 10), "Invoice INV-1: 60.00"),
                              DrillRow("10000003", "Okafor, Chidi", None, "Female, 44 on 31 Jan 2025")), False)
    dialog = _shown(qtbot, drill)
    table = dialog.ui.patientTable
    assert [table.horizontalHeaderItem(c).text() for c in range(4)] == ["MRN", "Patient", "When", "Detail"]
    assert [[table.item(r, c).text() for c in range(4)] for r in range(3)] == [
        ["10000001", "Haddad, Amal", "08 Jan 2025 09:00", "No-show with Dr Alpha"],
        ["10000002", "Papadopoulou, Eleni", "10 Jan 2025", "Invoice INV-1: 60.00"],
        ["10000003", "Okafor, Chidi", "", "Female, 44 on 31 Jan 2025"]]
    assert dialog.ui.headingLabel.text() == TITLE
    assert dialog.ui.countLabel.text() == "3 records."
    assert not dialog.ui.noticeLabel.isVisible()
    assert not table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable


def test_a_cut_list_says_so(qtbot, tmp_path) -> None:
    dialog = _shown(qtbot, DrillDown(TITLE, _rows(DRILL_CAP), True))
    assert dialog.ui.patientTable.rowCount() == 500
    assert dialog.ui.noticeLabel.isVisible()
    assert dialog.ui.noticeLabel.text().startswith("Showing the first 500.")
    assert dialog.ui.countLabel.text() == "More than 500 records."
    dialog.grab().save(str(tmp_path / "report-drill.png"))
    assert (tmp_path / "report-drill.png").stat().st_size > 0


def test_nobody_behind_the_row_is_said_in_words(qtbot) -> None:
    dialog = _shown(qtbot, DrillDown(TITLE, (), False))
    assert "No patients" in dialog.ui.countLabel.text()
    assert dialog.focusWidget() is _close(dialog)


def test_tab_leaves_the_table_and_escape_closes(qtbot) -> None:
    dialog = _shown(qtbot, DrillDown(TITLE, _rows(3), False))
    table = dialog.ui.patientTable
    assert dialog.focusWidget() is table and not table.tabKeyNavigation()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is _close(dialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_every_control_has_a_name_for_a_screen_reader(qtbot) -> None:
    dialog = _shown(qtbot, DrillDown(TITLE, _rows(2), False))
    assert dialog.ui.patientTable.accessibleName() == "Patients behind the report row"
    assert _close(dialog).accessibleName() == "Close the list of patients"
    assert _close(dialog).text() == "Close"


def test_it_fits_1280_by_720_with_long_names(qtbot) -> None:
    dialog = _shown(qtbot, DrillDown(TITLE, _rows(DRILL_CAP), True))
    assert dialog.width() <= SMALL.width() and dialog.height() <= SMALL.height()
    assert check(dialog, SMALL, "report-drill") == []
