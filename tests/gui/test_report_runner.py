"""Reports → Run a report (issue 12): the list per group, a run with rows and a chart, Cancel on the server,
export read back, and the GUI thread kept free while a report runs."""

from __future__ import annotations

import csv
import threading
import time

import pytest
import report_pages
from helpers import TODAY
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QFileDialog
from report_pages import TableLock, active_queries, open_runner, save_png

from hms_desktop.domain.staff import Group
from hms_desktop.ui.tabs.report_runner import last_month

pytestmark = pytest.mark.usefixtures("app_style")

# The shared fixtures (tests/gui/report_pages.py), bound here so that pytest finds them by name.
admin = report_pages.admin
seeded = report_pages.seeded
task_runner = report_pages.task_runner


def test_the_default_range_is_last_month_in_the_hospitals_zone() -> None:
    from datetime import date

    assert last_month(date(2026, 3, 15)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert last_month(date(2026, 1, 1)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_each_group_sees_only_its_reports(qtbot, runner, database) -> None:
    billing = open_runner(qtbot, runner, database.context_for(Group.BILLING))
    assert {d.family for d in billing.definitions} == {"revenue", "insurance"}
    assert not billing.view.ui.smallCountsCheck.isVisible()
    doctor = open_runner(qtbot, runner, database.context_for(Group.DOCTOR))
    assert "no-show-rate" in doctor.report_names
    assert not {"revenue", "insurance", "pharmacy"} & {d.family for d in doctor.definitions}
    top = doctor.ui.reportTree.topLevelItem(0)
    assert top is not None and top.childCount() > 0  # grouped by family


def test_a_report_shows_its_rows_and_its_chart(qtbot, runner, admin, seeded) -> None:
    page = open_runner(qtbot, runner, admin)
    first, last = page.filters.ui.fromDate.date().toPython(), page.filters.ui.toDate.date().toPython()
    assert (first, last) == last_month(TODAY)
    assert page.select_report("appointment-volume")
    # Only the filters the definition names are offered.
    assert page.filters.ui.doctorCombo.isVisible() and not page.filters.ui.payerCombo.isVisible()
    page.set_range(TODAY, TODAY)
    with qtbot.waitSignal(page.finished, timeout=10000) as finished:
        page.view.ui.runButton.click()
    assert finished.args == ["done"]
    qtbot.wait(50)  # QtCharts lays out its title and axes on the next turn of the event loop
    save_png(page, "report_runner_appointment_volume")
    table = page.view.ui.resultTable
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Doctor", "Specialty", "Booked", "Seen", "No-shows", "Cancelled"]
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(2, 6)] == ["6", "1", "1", "1"]
    assert not table.tabKeyNavigation()
    assert page.chart.series_names == ["Seen", "No-shows", "Cancelled"]
    assert "Seen" in page.chart.accessibleDescription()
    assert page.view.ui.exportButton.isEnabled() and not page.view.ui.cancelButton.isEnabled()


def test_export_writes_a_file_that_reads_back(qtbot, runner, admin, seeded, tmp_path, monkeypatch) -> None:
    page = open_runner(qtbot, runner, admin)
    page.select_report("appointment-volume")
    page.set_range(TODAY, TODAY)
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.run()
    target = tmp_path / "volume.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "CSV (*.csv)"))
    with qtbot.waitSignal(page.finished, timeout=10000) as exported:
        page.view.ui.exportButton.click()
    assert exported.args == ["exported"]
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    header, line = rows[0], rows[-1]
    assert header[:3] == ["Doctor", "Specialty", "Booked"]
    # Counts of 1-4 are "<5" in a file unless an administrator asks for them.
    assert line[header.index("Booked")] == "6" and line[header.index("Seen")] == "<5"
    assert page.view.ui.smallCountsCheck.isVisible()
    page.view.ui.smallCountsCheck.setChecked(True)
    exact = tmp_path / "exact.csv"
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.view.export_to(exact, "csv")
    rows = list(csv.reader(exact.open(encoding="utf-8-sig")))
    assert rows[-1][rows[0].index("Seen")] == "1"


def test_export_to_xlsx_reads_back(qtbot, runner, admin, seeded, tmp_path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    page = open_runner(qtbot, runner, admin)
    page.select_report("appointment-volume")
    page.set_range(TODAY, TODAY)
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.run()
    target = tmp_path / "volume.xlsx"
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.view.export_to(target, "xlsx")
    values = [cell for row in openpyxl.load_workbook(target).active.iter_rows(values_only=True) for cell in row]
    assert "Booked" in values and 6 in values


def test_export_to_pdf_reads_back(qtbot, runner, admin, seeded, tmp_path) -> None:
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    page = open_runner(qtbot, runner, admin)
    page.select_report("appointment-volume")
    page.set_range(TODAY, TODAY)
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.run()
    target = tmp_path / "volume.pdf"
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.view.export_to(target, "pdf")
    words = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True, text=True).stdout
    assert "Appointment volume by doctor and specialty" in words and "Booked" in words


def test_cancel_stops_the_query_on_the_server(qtbot, task_runner, runner, admin, database, seeded) -> None:
    page = open_runner(qtbot, runner, admin)  # the list loads synchronously; the run goes to the thread pool
    page.view.runner = task_runner
    page.select_report("appointment-volume")
    page.set_range(TODAY, TODAY)
    lock = TableLock(database)
    try:
        page.view.ui.runButton.click()
        assert page.view.ui.progressBar.isVisible() and page.view.ui.cancelButton.isEnabled()
        assert not page.view.ui.runButton.isEnabled()
        qtbot.waitUntil(lambda: volume_queries(database) == 1, timeout=10000)
        with qtbot.waitSignal(page.finished, timeout=10000) as finished:
            page.view.ui.cancelButton.click()
        assert finished.args == ["cancelled"]
        assert page.view.ui.statusLabel.text() == "The report was cancelled."
        assert not page.view.ui.progressBar.isVisible() and page.view.ui.runButton.isEnabled()
        qtbot.waitUntil(lambda: volume_queries(database) == 0, timeout=5000)  # nothing left on the server
    finally:
        lock.release()


def volume_queries(database) -> int:
    return active_queries(database, "hms_report_appointment_volume")


@pytest.mark.slow
def test_the_gui_thread_is_not_blocked_while_a_report_runs(qtbot, task_runner, runner, admin, database,
                                                           seeded) -> None:
    """Issue 12: "the GUI thread never blocked for more than 100 ms while a report runs". A heartbeat every
    10 ms records the longest gap between two beats from the moment the report is seen running on the server
    (waiting on a lock) until its rows are shown; the lock is released from another thread a second later, so
    the GUI thread does nothing of the test's own meanwhile. The bound allows for a busy shared test machine:
    100 ms, plus the timer's own 10 ms, plus 90 ms of scheduling noise; a query run on the GUI thread would
    block for the whole second the lock is held."""
    page = open_runner(qtbot, runner, admin)
    page.view.runner = task_runner
    page.select_report("appointment-volume")
    page.set_range(TODAY, TODAY)
    gaps: list[int] = []
    measuring = {"on": False}
    clock = QElapsedTimer()
    heartbeat = QTimer()
    heartbeat.setInterval(10)

    def beat() -> None:
        gap = clock.restart()
        if measuring["on"]:
            gaps.append(gap)

    heartbeat.timeout.connect(beat)
    lock = TableLock(database)
    release = threading.Timer(1.0, lock.release)
    try:
        clock.start()
        heartbeat.start()
        page.view.ui.runButton.click()
        qtbot.waitUntil(lambda: volume_queries(database) == 1, timeout=10000)
        started = time.monotonic()
        with qtbot.waitSignal(page.finished, timeout=10000) as finished:
            qtbot.wait(20)  # the beat after the last poll above starts the measured stretch
            measuring["on"] = True
            release.start()
        measuring["on"] = False
        assert time.monotonic() - started >= 1.0  # the report really ran for a second
    finally:
        heartbeat.stop()
        if release.ident is not None:  # started: let it finish releasing
            release.join(5)
        if not lock.conn.closed:
            lock.release()
    assert finished.args == ["done"] and page.view.ui.resultTable.rowCount() == 1
    assert len(gaps) > 30
    assert max(gaps) < 200, f"the GUI thread stopped for {max(gaps)} ms"
