"""One report's result, as both Reports pages show it (issue 12): the Run / Cancel row with its busy bar, the
summary line ("6 rows · generated at 02 Dec 2026 10:00 · from the primary database"), the table, the chart, and
the actions on the result: Export… (CSV, XLSX, PDF), Print preview… (the same PDF in the print preview, printed
and logged like every other document) and, for a predefined report whose definition allows it for this person,
Show patients… (the drill-down; a row's double-click does the same).

The page around it (``ui/tabs/report_runner.py``, ``ui/tabs/report_builder.py``) owns the choices: it says
whether Run may be pressed (``set_runnable``), and on Run hands ``start`` the work to do with a ``CancelToken``
and the names its filters showed. Everything that reads the database or writes a file runs through the task
runner: the report itself (cancellable on the server), the export, the print job and the drill-down.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from hms_desktop.domain.reports import ColumnKind, DrillDown, ReportDefinition, ReportResult, report_word
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_date, format_date_time, format_month_year, format_number
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import reports
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Cancelled, ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.services.printing import PrintJob
from hms_desktop.services.reports import CancelToken, can_drill, drill_down
from hms_desktop.services.reports.export import print_report
from hms_desktop.ui.dialogs.print_preview import open_print_preview
from hms_desktop.ui.dialogs.report_drill_dialog import ReportDrillDialog
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_report_result_view import Ui_ReportResultView
from hms_desktop.ui.tasks import Runner, TaskControl
from hms_desktop.ui.widgets.amounts import money_text
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.flow_layout import reflow
from hms_desktop.ui.widgets.report_chart import ReportChart

EXPORT_FILTERS = {
    "csv": QT_TRANSLATE_NOOP("ReportResultView", "CSV (*.csv)"),
    "xlsx": QT_TRANSLATE_NOOP("ReportResultView", "Excel workbook (*.xlsx)"),
    "pdf": QT_TRANSLATE_NOOP("ReportResultView", "PDF document (*.pdf)"),
}
NUMERIC_KINDS = frozenset({"int", "decimal", "money", "percent", "days"})


def _filter_words(text: str) -> str:
    """One of EXPORT_FILTERS's names, marked QT_TRANSLATE_NOOP("ReportResultView", ...), translated."""
    return QCoreApplication.translate("ReportResultView", text)


def cell_text(kind: ColumnKind, key: str, value: Any) -> str:
    """A cell as the table shows it, by the column's kind."""
    if value is None:
        return ""
    if kind == "money":
        return money_text(Decimal(str(value)))
    if kind == "percent":
        return f"{format_number(Decimal(str(value)) * 100, 1)} %"
    if kind == "int":
        return format_number(int(value))
    if kind in ("decimal", "days"):
        return format_number(Decimal(str(value)), 1)
    if kind == "date":
        day = value.date() if isinstance(value, datetime) else value
        if isinstance(day, date):
            return format_month_year(day) if key == "month" else format_date(day)
    return str(report_word(value))


class ReportResultView(QWidget):
    # "done", "cancelled", "failed" (a run); "exported", "previewed", "drilled" (an action on the result);
    # "action failed" (an export, print or drill-down refused: the message says why).
    finished = Signal(str)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self.clock = HospitalClock.unloaded(ctx)
        self.result: ReportResult | None = None
        self.token: CancelToken | None = None
        self.control: TaskControl | None = None
        self.preview: QDialog | None = None  # the last print preview opened (tests look at it)
        self.drill_dialog: ReportDrillDialog | None = None
        self._filter_names: dict[str, str] = {}
        self._runnable = False
        # Drill-down is offered for predefined reports only; the runner page turns it on, the builder never.
        self._drill_offered = False
        self.ui = Ui_ReportResultView()
        self.ui.setupUi(self)
        # The summary, "Show counts under 5" and the three buttons wrap onto more lines at 200 % (960 px wide)
        # when the words are long: in French the one line needed 665 px and the runner 989 px (issue 15.3).
        reflow(self.ui.actionsLayout)
        self.chart = ReportChart(self.ui.chartHost)
        self.chart.setMinimumWidth(320)
        self.ui.chartLayout.addWidget(self.chart)
        self.ui.chartHost.setVisible(False)
        self.ui.resultSplitter.setStretchFactor(0, 3)
        self.ui.resultSplitter.setStretchFactor(1, 2)
        # Only an administrator may export or print the exact small counts (issue 12, item 7; the service checks
        # too): nobody else is offered the choice.
        self.ui.smallCountsCheck.setVisible(ctx.user.has(Group.ADMIN))
        self.ui.drillButton.setVisible(False)
        self.ui.progressBar.setRange(0, 0)  # busy: a report's SQL says nothing of how far it has got
        self.ui.progressBar.setVisible(False)
        show_message(self.ui.messageLabel, "")
        self.ui.summaryLabel.setText("")
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.printButton.clicked.connect(self.print_preview)
        self.ui.drillButton.clicked.connect(self.show_patients)
        self.ui.resultTable.itemSelectionChanged.connect(self._enable_actions)
        self.ui.resultTable.cellDoubleClicked.connect(lambda _row, _column: self.show_patients())
        self._enable_actions()

    # --- what the page says ---

    @property
    def runner(self) -> Runner:
        return self._runner

    @runner.setter
    def runner(self, runner: Runner) -> None:
        """Another task runner (tests: a real thread pool, to see a report wait on the server)."""
        self._runner = runner

    def set_runnable(self, runnable: bool) -> None:
        """Whether the page's choices make a report that Run may start (a report chosen, a subject offered)."""
        self._runnable = runnable
        self.ui.runButton.setEnabled(runnable and not self.running)

    def offer_drill_down(self, offered: bool) -> None:
        """Show "Show patients…" (predefined reports: the runner page). It is enabled only for a report this
        person may drill into and a chosen row."""
        self._drill_offered = offered
        self.ui.drillButton.setVisible(offered)
        self._enable_actions()

    def show_message(self, text: str, role: str = "error") -> None:
        show_message(self.ui.messageLabel, text, role=role)

    # --- running ---

    @property
    def running(self) -> bool:
        return self.token is not None

    def start(self, title: str, work: Callable[[CancelToken], ReportResult], *,
              filter_names: dict[str, str] | None = None) -> None:
        """Run ``work`` in the background with a token that Cancel (or the page going) uses to stop the query on
        the server. ``filter_names``: the names the page showed for the filters of this run ("doctor": "Dr
        Amos"), printed in the PDF; taken now, so a filter changed after the run does not mislabel the file."""
        if self.running:
            return
        token = CancelToken()
        self.token = token
        self._filter_names = dict(filter_names or {})
        self._busy(True, self.tr("Running “%1”…").replace("%1", title))
        self.show_message("")
        # The view going (the window closed, the person logged out) stops the query on the server too.
        self.destroyed.connect(token.cancel)
        self.control = self._runner.run_cancellable(lambda _control: work(token), on_success=self._done,
                                                    on_failure=self._failed, owner=self)

    def cancel(self) -> None:
        """Cancel: the engine's token stops the query on the server; the answer then comes as ``Cancelled``."""
        if self.token is None:
            return
        self.ui.statusLabel.setText(self.tr("Cancelling…"))
        self.ui.cancelButton.setEnabled(False)
        self.token.cancel()
        if self.control is not None:
            self.control.cancel()

    def _busy(self, busy: bool, status: str = "") -> None:
        self.ui.progressBar.setVisible(busy)
        self.ui.cancelButton.setEnabled(busy)
        self.ui.runButton.setEnabled(not busy and self._runnable)
        self.ui.statusLabel.setText(status)
        self._enable_actions()

    def _done(self, result: ReportResult) -> None:
        self.token = self.control = None
        self.result = result
        self._busy(False)
        self.ui.summaryLabel.setText(self.summary(result))
        self._fill_table(result)
        self.chart.show_result(result)
        self.ui.chartHost.setVisible(result.definition.chart is not None and bool(result.rows))
        self._share_width()
        self._enable_actions()
        self.finished.emit("done")

    def _share_width(self) -> None:
        """The table as wide as its columns need (no hidden last column) while the chart keeps its minimum; the
        chart takes the rest. A person's own dragging of the splitter lasts until the next result."""
        splitter, table = self.ui.resultSplitter, self.ui.resultTable
        if not self.ui.chartHost.isVisible():
            return
        total = splitter.width() - splitter.handleWidth()
        needed = (table.horizontalHeader().length() + 2 * table.frameWidth()
                  + table.verticalScrollBar().sizeHint().width())
        chart_least = self.chart.minimumWidth()
        width = max(min(needed, total - chart_least), total * 2 // 5)
        splitter.setSizes([width, total - width])

    def _failed(self, error: ServiceError) -> None:
        self.token = self.control = None
        if isinstance(error, Cancelled):
            self._busy(False, self.tr("The report was cancelled."))
            self.finished.emit("cancelled")
            return
        self._busy(False)
        self.show_message(self.tr("The report could not be run: %1").replace("%1", _words(error)))
        self.finished.emit("failed")

    def summary(self, result: ReportResult) -> str:
        """"6 rows · generated at 02 Dec 2026 10:00 · from the primary database"."""
        rows = len(result.rows)
        # The language's plural form for the count, the count itself written the workstation's way (1,234).
        words = (self.tr("1 row") if rows == 1 else self.tr("%n rows", "", rows)).replace(
            str(rows), format_number(rows), 1)
        when = self.tr("generated at %1").replace("%1", format_date_time(self.clock.local(result.generated_at)))
        source = (self.tr("from the primary database") if result.source == "primary"
                  else self.tr("from the %1").replace("%1", result.source))
        return " · ".join((words, when, source))

    def _fill_table(self, result: ReportResult) -> None:
        table = self.ui.resultTable
        columns = result.definition.columns
        table.clear()
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels([domain_word(c.label) for c in columns])
        table.setRowCount(len(result.rows))
        for row_number, row in enumerate(result.rows):
            for column_number, (column, value) in enumerate(zip(columns, row, strict=True)):
                item = QTableWidgetItem(cell_text(column.kind, column.key, value))
                if column.kind in NUMERIC_KINDS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row_number, column_number, item)
        table.resizeColumnsToContents()
        if not result.rows:
            self.show_message(self.tr("Nothing to report for these days and filters."), role="info")

    # --- the actions on the result ---

    @property
    def selected_row(self) -> int | None:
        rows = {index.row() for index in self.ui.resultTable.selectionModel().selectedRows()}
        return min(rows) if rows else None

    def can_drill(self, definition: ReportDefinition | None = None) -> bool:
        """Whether "Show patients…" may be pressed for ``definition`` (the shown result's by default)."""
        if definition is None:
            definition = self.result.definition if self.result is not None else None
        return self._drill_offered and definition is not None and can_drill(self._ctx, definition)

    def _enable_actions(self) -> None:
        has_result = self.result is not None and not self.running
        self.ui.exportButton.setEnabled(has_result)
        self.ui.printButton.setEnabled(has_result)
        self.ui.drillButton.setEnabled(has_result and self.selected_row is not None and self.can_drill())

    def _show_small_counts(self) -> bool:
        return self.ui.smallCountsCheck.isVisible() and self.ui.smallCountsCheck.isChecked()

    def export(self) -> None:
        result = self.result
        if result is None:
            return
        # A file name keeps the ISO date (2026-12-02) whatever the language: it sorts and every system reads it.
        suggested = f"{result.definition.name}-{result.params.first:%Y%m%d}-{result.params.last:%Y%m%d}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the report"), suggested,
                                                   ";;".join(_filter_words(f) for f in EXPORT_FILTERS.values()))
        if not path:
            return
        fmt = Path(path).suffix.lower().lstrip(".")
        if fmt not in EXPORT_FILTERS:  # no suffix typed: the type chosen in the dialog
            fmt = next((k for k, f in EXPORT_FILTERS.items() if _filter_words(f) == chosen), "xlsx")
            path = f"{path}.{fmt}"
        self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        result = self.result
        if result is None or fmt not in EXPORT_FILTERS:
            return
        ctx, small, names = self._ctx, self._show_small_counts(), self._filter_names
        export_format: Any = fmt
        self.ui.statusLabel.setText(self.tr("Exporting…"))

        def written(saved: Path) -> None:
            self.ui.statusLabel.setText(self.tr("Saved to %1").replace("%1", str(saved)))
            self.finished.emit("exported")

        self._runner.run(lambda: reports.export_report(ctx, result, export_format, path, show_small_counts=small,
                                                       filter_names=names),
                         on_success=written, on_failure=self._action_failed(
                             self.tr("The report could not be exported: %1")), owner=self)

    def print_preview(self) -> None:
        """The report's PDF (the export's, with the "<5" choice as for a file) made in the background, then shown
        in the print preview, which prints it or saves it and logs either in the print log."""
        result = self.result
        if result is None:
            return
        ctx, small, names = self._ctx, self._show_small_counts(), self._filter_names
        self.ui.statusLabel.setText(self.tr("Preparing the printout…"))
        self.ui.printButton.setEnabled(False)

        def ready(job: PrintJob) -> None:
            self.ui.statusLabel.setText("")
            self._enable_actions()
            self.preview = open_print_preview(job, ctx=ctx, runner=self._runner, parent=self)
            self.finished.emit("previewed")

        self._runner.run(lambda: print_report(ctx, result, show_small_counts=small, filter_names=names),
                         on_success=ready, on_failure=self._action_failed(
                             self.tr("The report could not be prepared for printing: %1")), owner=self)

    def show_patients(self) -> None:
        """The patients behind the chosen row, found in the background (Cancel stops that query as it stops a
        report), shown in the drill-down dialog."""
        row, result = self.selected_row, self.result
        if row is None or result is None or self.running or not self.can_drill():
            return
        self._drill(result, row)

    def _drill(self, result: ReportResult, row: int) -> None:
        ctx, token = self._ctx, CancelToken()
        self.token = token
        self._busy(True, self.tr("Finding the patients…"))
        self.show_message("")
        self.destroyed.connect(token.cancel)

        def found(drill: DrillDown) -> None:
            self.token = self.control = None
            self._busy(False)
            dialog = ReportDrillDialog(drill, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.drill_dialog = dialog
            dialog.open()
            self.finished.emit("drilled")

        def failed(error: ServiceError) -> None:
            self.token = self.control = None
            if isinstance(error, Cancelled):
                self._busy(False, self.tr("Cancelled."))
                self.finished.emit("cancelled")
                return
            self._busy(False)
            self.show_message(self.tr("The patients could not be listed: %1").replace("%1", _words(error)))
            self.finished.emit("action failed")

        self.control = self._runner.run_cancellable(lambda _control: drill_down(ctx, result, row, cancel=token),
                                                    on_success=found, on_failure=failed, owner=self)

    def _action_failed(self, what: str) -> Callable[[ServiceError], None]:
        def failed(error: ServiceError) -> None:
            self.ui.statusLabel.setText("")
            self._enable_actions()
            self.show_message(what.replace("%1", _words(error)))
            self.finished.emit("action failed")

        return failed


def _words(error: ServiceError) -> str:
    return " ".join(error.problems.values()) if isinstance(error, ValidationFailed) else str(error)
