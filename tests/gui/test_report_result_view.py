"""The Reports tab's one result view (issue 12, items 4 and 7): the same view in the runner and the builder, Print
preview… showing the report's own PDF (title, filters, hospital header) and printing it to a file logged in the
print log like any document, Show patients… enabled only where the person may see a row's patients and a row is
chosen, and the keyboard (every control named, Tab leaves the table)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import report_pages
from helpers import TODAY
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QDateEdit, QTableWidget, QWidget
from report_pages import TableLock, active_queries, open_runner
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from hms_desktop.ui.dialogs.report_drill_dialog import ReportDrillDialog
from hms_desktop.ui.tabs.report_builder import ReportBuilder
from hms_desktop.ui.tabs.report_result_view import ReportResultView
from hms_desktop.ui.tabs.report_runner import ReportRunner
from hms_desktop.ui.widgets.report_chart import ReportChart

pytestmark = pytest.mark.usefixtures("app_style")

# The shared fixtures (tests/gui/report_pages.py), bound here so that pytest finds them by name.
admin = report_pages.admin
seeded = report_pages.seeded
task_runner = report_pages.task_runner


def run(qtbot, page: ReportRunner, name: str) -> None:
    assert page.select_report(name)
    page.set_range(TODAY, TODAY)
    with qtbot.waitSignal(page.finished, timeout=10000) as finished:
        page.run()
    assert finished.args == ["done"]


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def print_log(database, subject: str) -> list[tuple[str, bool, str]]:
    with database.owner.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(
            "SELECT document, is_copy, destination FROM print_log WHERE subject = :s ORDER BY id"), {"s": subject})]


def test_both_pages_show_results_in_the_one_view(qtbot, runner, admin) -> None:
    runner_page = open_runner(qtbot, runner, admin)
    builder = ReportBuilder(ctx=admin, runner=runner)
    qtbot.addWidget(builder)
    for page in (runner_page, builder):
        views = page.findChildren(ReportResultView)
        assert views == [page.view]
        # One table and one chart each: the view's, nothing of the pages' own.
        assert page.findChildren(QTableWidget) == [page.view.ui.resultTable]
        assert page.findChildren(ReportChart) == [page.view.chart]
    # Predefined reports may have patients behind a row; the builder's never, so it offers no button at all.
    assert not runner_page.view.ui.drillButton.isHidden()
    assert builder.view.ui.drillButton.isHidden()


def test_print_preview_shows_the_reports_pdf_and_printing_logs_it(qtbot, runner, admin, seeded, database,
                                                                  tmp_path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    page = open_runner(qtbot, runner, admin)
    run(qtbot, page, "appointment-volume")
    doctor = page.view.ui.resultTable.item(0, 0).text()
    combo = page.filters.combos["doctor"]
    combo.setCurrentIndex(combo.findText(doctor))
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.run()
    assert page.view.ui.printButton.isEnabled()
    page.view.ui.smallCountsCheck.setChecked(True)  # the day's counts are 1 each: shown, so the chart has bars
    with qtbot.waitSignal(page.finished, timeout=10000) as finished:
        page.view.ui.printButton.click()
    assert finished.args == ["previewed"]
    dialog = page.view.preview
    assert isinstance(dialog, PrintPreviewDialog) and dialog.isVisible()
    if os.environ.get("HMS_SCREENSHOT_DIR"):
        qtbot.wait(100)  # the preview renders its page on the next turns of the event loop
        dialog.grab().save(str(Path(os.environ["HMS_SCREENSHOT_DIR"]) / "report-print-preview.png"))
    job = dialog.job
    assert job.document == "report" and not job.is_copy and dialog.document.pageCount() >= 1
    assert job.title.startswith("Appointment volume by doctor and specialty")
    with admin.uow(read_only=True) as uow:
        hospital = uow.settings.read().hospital_name
    words = pdf_text(job.pdf, tmp_path)
    assert "Appointment volume by doctor and specialty" in words
    assert f"doctor: {doctor}" in words  # the filter as the page showed it
    assert hospital in words
    assert words.count("No-shows") >= 2  # the chart's legend and the table's heading
    # The same PDF as the export makes: one document, two ways out.
    exported = tmp_path / "exported.pdf"
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.view.export_to(exported, "pdf")
    assert pdf_text(exported.read_bytes(), tmp_path) == words

    printer = dialog.prepared_printer()
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.printFinished, timeout=10000) as printed:
        dialog.print_to(printer)
    assert printed.args == [True]
    assert out.read_bytes() == job.pdf
    assert print_log(database, job.subject) == [("report", False, str(out))]
    # A second print from the same preview is the copy, marked so on the page and in the log.
    again = tmp_path / "again.pdf"
    printer.setOutputFileName(str(again))
    with qtbot.waitSignal(dialog.printFinished, timeout=10000):
        dialog.print_to(printer)
    assert print_log(database, job.subject)[-1] == ("report", True, str(again))
    assert "COPY" in pdf_text(again.read_bytes(), tmp_path)
    assert runner.errors == []
    dialog.close()


def test_small_counts_in_the_printout_follow_the_export_rule(qtbot, runner, admin, seeded, tmp_path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    page = open_runner(qtbot, runner, admin)
    run(qtbot, page, "appointment-volume")
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.view.print_preview()
    assert page.view.preview is not None
    # Seen, no-shows and cancelled are 1 each: hidden by default (the footer's note says "<5" once anyway).
    assert pdf_text(page.view.preview.job.pdf, tmp_path).count("<5") == 1 + 3
    page.view.preview.close()
    page.view.ui.smallCountsCheck.setChecked(True)  # an administrator asks for the exact counts
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.view.print_preview()
    assert pdf_text(page.view.preview.job.pdf, tmp_path).count("<5") == 1
    page.view.preview.close()


def test_show_patients_is_enabled_per_group_report_and_row(qtbot, runner, admin, database, seeded) -> None:
    doctor = open_runner(qtbot, runner, database.context_for(Group.DOCTOR))
    button = doctor.view.ui.drillButton
    assert not button.isEnabled()  # nothing run yet
    run(qtbot, doctor, "appointment-volume")
    assert not button.isEnabled()  # no row chosen
    doctor.view.ui.resultTable.selectRow(0)
    assert button.isEnabled()
    with qtbot.waitSignal(doctor.finished, timeout=10000) as finished:
        button.click()
    assert finished.args == ["drilled"]
    dialog = doctor.view.drill_dialog
    assert isinstance(dialog, ReportDrillDialog) and dialog.isVisible()
    assert len(dialog.drill.rows) == 6  # the six appointments booked with the doctor that day
    dialog.close()

    # A row's double-click does the same.
    table = doctor.view.ui.resultTable
    with qtbot.waitSignal(doctor.finished, timeout=10000) as finished:
        table.cellDoubleClicked.emit(0, 1)
    assert finished.args == ["drilled"]
    assert doctor.view.drill_dialog is not None
    doctor.view.drill_dialog.close()

    # A report with no patients behind its rows (stock valuation): never enabled, a row chosen or not.
    admin_page = open_runner(qtbot, runner, admin)
    run(qtbot, admin_page, "stock-valuation")
    admin_page.view.ui.resultTable.selectRow(0)
    assert not admin_page.view.can_drill() and not admin_page.view.ui.drillButton.isEnabled()

    # Billing may see who is behind its revenue reports; it has no clinical report to drill into.
    billing = open_runner(qtbot, runner, database.context_for(Group.BILLING))
    assert not billing.view.ui.drillButton.isHidden()
    assert all(billing.view.can_drill(d) == (Group.BILLING in d.drill) for d in billing.definitions)


def test_cancel_stops_a_drill_down_on_the_server(qtbot, task_runner, runner, database, seeded) -> None:
    """Show patients… runs like a report: in the background, with the same Cancel stopping its query."""
    page = open_runner(qtbot, runner, database.context_for(Group.DOCTOR))
    run(qtbot, page, "appointment-volume")
    page.view.runner = task_runner  # the drill-down goes to the thread pool, so it can be seen waiting
    page.view.ui.resultTable.selectRow(0)
    lock = TableLock(database)
    try:
        page.view.ui.drillButton.click()
        assert page.view.ui.cancelButton.isEnabled() and not page.view.ui.drillButton.isEnabled()
        qtbot.waitUntil(lambda: active_queries(database, "hms_report_drill_appointment_volume") == 1,
                        timeout=10000)
        with qtbot.waitSignal(page.finished, timeout=10000) as finished:
            page.view.ui.cancelButton.click()
        assert finished.args == ["cancelled"] and page.view.drill_dialog is None
        qtbot.waitUntil(lambda: active_queries(database, "hms_report_drill_appointment_volume") == 0,
                        timeout=5000)
        assert page.view.ui.drillButton.isEnabled()
    finally:
        lock.release()


def _named(widget: QWidget) -> bool:
    if widget.accessibleName():
        return True
    # A label's buddy names the field for a screen reader.
    return any(getattr(label, "buddy", lambda: None)() is widget for label in widget.parent().findChildren(QWidget))


def test_every_control_is_named_and_tab_leaves_the_table(qtbot, runner, admin, seeded) -> None:
    page = open_runner(qtbot, runner, admin)
    run(qtbot, page, "appointment-volume")
    # What Tab reaches: buttons, check box, combos, dates, the list and the table (not a table's corner button).
    controls = [w for w in page.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QComboBox, QDateEdit, QAbstractItemView)) and w.isVisible()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert len(controls) >= 12
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in controls if not _named(w)]
    assert unnamed == []
    table = page.view.ui.resultTable
    assert not table.tabKeyNavigation()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    # Shift+Tab from the table goes back to the actions above it, not into the cells.
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert page.view.ui.exportButton.hasFocus()


def test_the_reports_preview_fits_a_small_screen(qtbot, runner, admin, seeded) -> None:
    """A report is A4 landscape: its preview opens wide, and no taller than a 1280 x 720 screen."""
    page = open_runner(qtbot, runner, admin)
    run(qtbot, page, "appointment-volume")
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.view.print_preview()
    dialog = page.view.preview
    assert dialog is not None
    assert dialog.width() > dialog.height() and dialog.frameGeometry().height() <= 690
    dialog.close()
