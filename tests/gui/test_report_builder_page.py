"""Reports → Build a report (issue 12, item 3): subjects per group, "no-show rate by specialty by month" built
with the combos, saved, opened and run by another administrator, exported to XLSX and PDF and read back, Cancel
stopping the query on the server, and the keyboard (Tab leaves the tables; no combo takes typed text)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
import report_pages
from helpers import TODAY, fixed_clock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox
from report_pages import TableLock, active_queries, open_builder, save_png

from hms_desktop.domain.report_builder import AdhocSpec
from hms_desktop.domain.staff import Group
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.tabs.report_builder import ReportBuilder

pytestmark = pytest.mark.usefixtures("app_style")

# The shared fixtures (tests/gui/report_pages.py), bound here so that pytest finds them by name.
admin = report_pages.admin
seeded = report_pages.seeded
task_runner = report_pages.task_runner


@pytest.fixture(scope="module")
def other_admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN, clock=fixed_clock(10))


def choose(combo: QComboBox, data: object) -> None:
    """As a person picking an entry would."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def build_no_show_rate(page: ReportBuilder) -> None:
    choose(page.ui.subjectCombo, "appointments")
    choose(page.ui.measureCombo, "rate:no_show")
    choose(page.ui.dim1Combo, "month")
    choose(page.ui.dim2Combo, "specialty")
    page.set_range(TODAY, TODAY)


def test_each_group_builds_on_its_subjects_only(qtbot, runner, database) -> None:
    billing = open_builder(qtbot, runner, database.context_for(Group.BILLING))
    combo = billing.ui.subjectCombo
    assert {combo.itemData(i) for i in range(combo.count())} == {"invoices", "claims"}
    assert not billing.ui.templateList.isVisible() and not billing.ui.saveButton.isVisible()
    doctor = open_builder(qtbot, runner, database.context_for(Group.DOCTOR))
    combo = doctor.ui.subjectCombo
    assert {combo.itemData(i) for i in range(combo.count())} == {"appointments", "admissions", "encounters"}
    choose(combo, "encounters")
    dims = {doctor.ui.dim1Combo.itemData(i) for i in range(doctor.ui.dim1Combo.count())}
    assert "diagnosis_chapter" in dims and "payer" not in dims
    assert doctor.filters.ui.doctorCombo.isVisible() and not doctor.filters.ui.payerCombo.isVisible()


def test_no_show_rate_built_saved_and_run_by_another_admin(qtbot, runner, admin, other_admin, seeded,
                                                           tmp_path) -> None:
    page = open_builder(qtbot, runner, admin)
    build_no_show_rate(page)
    assert page.spec() == AdhocSpec("appointments", "rate", "no_show", ("month", "specialty"))
    assert page.ui.titleLabel.text() == "No-show rate (appointments) by month by specialty"
    with qtbot.waitSignal(page.finished, timeout=10000) as finished:
        page.view.ui.runButton.click()
    assert finished.args == ["done"]
    table = page.view.ui.resultTable
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers == ["Month", "Specialty", "Appointments", "No-show rate"]
    # The demo day: 5 appointments counted (the cancelled one is not), one no-show: 20 %.
    assert page.view.ui.resultTable.rowCount() == 1
    assert page.view.ui.resultTable.item(0, 2).text() == "5"
    assert page.view.ui.resultTable.item(0, 3).text() == "20.0 %"
    assert page.chart.isVisible()
    qtbot.wait(50)  # QtCharts and the splitter lay out the chart on the next turn of the event loop
    save_png(page, "63-report-builder")

    with qtbot.waitSignal(page.finished, timeout=10000) as finished:
        page.save_as("Monthly no-show rate")
    assert finished.args == ["saved"]
    assert [page.ui.templateList.item(i).text() for i in range(page.ui.templateList.count())] == [
        "Monthly no-show rate"]
    with qtbot.waitSignal(page.finished, timeout=10000) as finished:
        page.save_as("MONTHLY NO-SHOW RATE")
    assert finished.args == ["failed"] and "already exists" in page.view.ui.messageLabel.text()

    other = open_builder(qtbot, runner, other_admin)
    other.set_range(TODAY, TODAY)
    item = other.ui.templateList.item(0)
    assert item is not None and item.text() == "Monthly no-show rate"
    with qtbot.waitSignal(other.finished, timeout=10000):
        other.ui.templateList.itemActivated.emit(item)
    assert other.result is not None and other.result.definition.title == "Monthly no-show rate"
    assert other.spec() == AdhocSpec("appointments", "rate", "no_show", ("month", "specialty"))
    assert other.view.ui.resultTable.item(0, 3).text() == "20.0 %"

    openpyxl = pytest.importorskip("openpyxl")
    with qtbot.waitSignal(other.finished, timeout=10000) as finished:
        other.view.export_to(tmp_path / "noshow.xlsx", "xlsx")
    assert finished.args == ["exported"]
    values = [cell for row in openpyxl.load_workbook(tmp_path / "noshow.xlsx").active.iter_rows(values_only=True)
              for cell in row]
    assert "No-show rate" in values and 5 in values
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    with qtbot.waitSignal(other.finished, timeout=10000):
        other.view.export_to(tmp_path / "noshow.pdf", "pdf")
    words = subprocess.run(["pdftotext", "-layout", str(tmp_path / "noshow.pdf"), "-"], capture_output=True,
                           text=True, check=True).stdout
    assert "Monthly no-show rate" in words and "20" in words

    with qtbot.waitSignal(other.finished, timeout=10000) as finished:
        other.delete_template(other.templates[0].id)
    assert finished.args == ["deleted"] and other.ui.templateList.count() == 0


def test_nothing_typed_reaches_a_choice(qtbot, runner, admin) -> None:
    page = open_builder(qtbot, runner, admin)
    for combo in page.findChildren(QComboBox):
        assert not combo.isEditable(), combo.objectName()
    for view in page.findChildren(QAbstractItemView):
        if view.objectName() in ("resultTable", "templateList"):
            assert not view.tabKeyNavigation()
    assert page.ui.templateList.accessibleName() == "Saved reports"


def test_cancel_stops_the_query_on_the_server(qtbot, task_runner, runner, admin, database, seeded) -> None:
    page = open_builder(qtbot, runner, admin)
    page.view.runner = task_runner
    build_no_show_rate(page)
    lock = TableLock(database)
    try:
        page.view.ui.runButton.click()
        assert page.view.ui.progressBar.isVisible() and page.view.ui.cancelButton.isEnabled()
        qtbot.waitUntil(lambda: active_queries(database, "hms_report_adhoc") == 1, timeout=10000)
        with qtbot.waitSignal(page.finished, timeout=10000) as finished:
            page.view.ui.cancelButton.click()
        assert finished.args == ["cancelled"]
        qtbot.waitUntil(lambda: active_queries(database, "hms_report_adhoc") == 0, timeout=5000)
    finally:
        lock.release()


def test_keyboard_tab_walks_the_builder_and_leaves_the_table(qtbot, runner, admin) -> None:
    page = open_builder(qtbot, runner, admin)
    page.ui.subjectCombo.setFocus()
    qtbot.waitUntil(page.ui.subjectCombo.hasFocus, timeout=2000)
    qtbot.keyClick(page.ui.subjectCombo, Qt.Key.Key_Tab)
    assert page.ui.measureCombo.hasFocus()
    page.view.ui.resultTable.setFocus()
    qtbot.keyClick(page.view.ui.resultTable, Qt.Key.Key_Tab)
    assert not page.view.ui.resultTable.hasFocus()
