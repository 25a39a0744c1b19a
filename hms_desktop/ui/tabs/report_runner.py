"""Reports → Run a report: choose one of the reports this person may run, a range of days and its filters,
Run it in the background (a busy bar and a Cancel that stops the query on the server), read the table and
the chart, Export… it to CSV, XLSX or PDF.

Everything that reads the database goes through the task runner: the list of reports and the filters'
choices (``available_reports``, ``filter_choices``) with the hospital's clock at first, then each run
(``run_report`` with a ``CancelToken``) and each export (``export_report``). The list comes from the
engine's ``available_reports``: billing sees revenue and insurance reports, doctors clinical aggregates.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QTableWidgetItem, QTreeWidgetItem, QWidget

from hms_desktop.domain.reports import FILTERS, ColumnKind, ReportDefinition, ReportParams, ReportResult
from hms_desktop.domain.staff import Group
from hms_desktop.services import reports
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Cancelled, ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.reports import CancelToken, FilterChoices
from hms_desktop.ui.forms.ui_report_runner import Ui_ReportRunner
from hms_desktop.ui.tasks import Runner, TaskControl
from hms_desktop.ui.widgets.amounts import money_text
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.report_chart import ReportChart

FAMILY_TITLES = {"appointments": "Appointments", "inpatients": "Inpatients", "revenue": "Revenue",
                 "pharmacy": "Pharmacy", "diagnoses": "Diagnoses", "patients": "Patients", "insurance": "Insurance",
                 "resources": "Resources"}
CHOICES_OF = {"department": "departments", "doctor": "doctors", "specialty": "specialties", "payer": "payers",
              "ward": "wards"}
EXPORT_FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel workbook (*.xlsx)", "pdf": "PDF document (*.pdf)"}
NUMERIC_KINDS = frozenset({"int", "decimal", "money", "percent", "days"})


def last_month(today: date) -> tuple[date, date]:
    """The calendar month before ``today``'s (the hospital's today): the default range."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def cell_text(kind: ColumnKind, key: str, value: Any) -> str:
    """A cell as the table shows it, by the column's kind."""
    if value is None:
        return ""
    if kind == "money":
        return money_text(Decimal(str(value)))
    if kind == "percent":
        return f"{float(value) * 100:.1f} %"
    if kind == "int":
        return f"{int(value):,}"
    if kind in ("decimal", "days"):
        return f"{float(value):,.1f}"
    if kind == "date":
        day = value.date() if isinstance(value, datetime) else value
        if isinstance(day, date):
            return f"{day:%b %Y}" if key == "month" else f"{day:%d %b %Y}"
    return str(value)


class ReportRunner(QWidget):
    loaded = Signal()
    finished = Signal(str)  # "done", "cancelled" or "failed"

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self.clock = HospitalClock.unloaded(ctx)
        self.definitions: tuple[ReportDefinition, ...] = ()
        self.choices: FilterChoices | None = None
        self.result: ReportResult | None = None
        self.token: CancelToken | None = None
        self.control: TaskControl | None = None
        self._dates_touched = False
        self.ui = Ui_ReportRunner()
        self.ui.setupUi(self)
        self.chart = ReportChart(self.ui.chartHost)
        self.chart.setMinimumWidth(380)
        self.ui.chartLayout.addWidget(self.chart)
        self.ui.resultSplitter.setStretchFactor(0, 3)
        self.ui.resultSplitter.setStretchFactor(1, 2)
        title_font = self.ui.titleLabel.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.ui.titleLabel.setFont(title_font)
        self.filter_combos: dict[str, QComboBox] = {name: getattr(self.ui, f"{name}Combo") for name in FILTERS}
        self.filter_labels: dict[str, QLabel] = {name: getattr(self.ui, f"{name}Label") for name in FILTERS}
        # Only an administrator may export the exact small counts (issue 12, item 7; the engine checks too).
        self.ui.smallCountsCheck.setVisible(ctx.user.has(Group.ADMIN))
        self.ui.progressBar.setRange(0, 0)  # busy: a report's SQL says nothing of how far it has got
        self.ui.progressBar.setVisible(False)
        show_message(self.ui.messageLabel, "")
        self._set_range(*last_month(self.clock.today()))
        self._show_definition(None)

        self.ui.reportTree.currentItemChanged.connect(lambda current, _previous: self._chosen(current))
        self.ui.reportTree.itemActivated.connect(lambda _item, _column: self.run())
        self.ui.fromDate.userDateChanged.connect(self._touched)
        self.ui.toDate.userDateChanged.connect(self._touched)
        self.ui.runButton.clicked.connect(self.run)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.exportButton.clicked.connect(self.export)
        self.load()

    # --- the list and the choices ---

    def load(self) -> None:
        ctx, known = self._ctx, self.clock

        def work() -> tuple[HospitalClock, tuple[ReportDefinition, ...], FilterChoices]:
            return ((known if known.loaded else hospital_clock(ctx)), reports.available_reports(ctx),
                    reports.filter_choices(ctx))

        def failed(error: ServiceError) -> None:
            show_message(self.ui.messageLabel,
                         self.tr("The list of reports could not be loaded: %1").replace("%1", str(error)))

        self._runner.run(work, on_success=lambda result: self._loaded(*result), on_failure=failed, owner=self)

    def _loaded(self, clock: HospitalClock, definitions: tuple[ReportDefinition, ...],
                choices: FilterChoices) -> None:
        self.clock = clock
        self.definitions = definitions
        self.choices = choices
        if not self._dates_touched:
            self._set_range(*last_month(clock.today()))
        tree = self.ui.reportTree
        tree.clear()
        families: dict[str, QTreeWidgetItem] = {}
        for definition in definitions:
            family = families.get(definition.family)
            if family is None:
                family = QTreeWidgetItem([self.tr(FAMILY_TITLES.get(definition.family,
                                                                    definition.family.capitalize()))])
                family.setFlags(Qt.ItemFlag.ItemIsEnabled)
                families[definition.family] = family
                tree.addTopLevelItem(family)
            item = QTreeWidgetItem([self.tr(definition.title)])
            item.setData(0, Qt.ItemDataRole.UserRole, definition.name)
            item.setToolTip(0, self.tr(definition.description))
            family.addChild(item)
        tree.expandAll()
        for name in FILTERS:
            combo = self.filter_combos[name]
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for row_id, label in getattr(choices, CHOICES_OF[name]):
                combo.addItem(label, row_id)
        if not definitions:
            show_message(self.ui.messageLabel, self.tr("Your account may not run any report."), role="info")
        self.loaded.emit()

    def select_report(self, name: str) -> bool:
        """Choose the report called ``name`` in the list (as a click would); False if it is not there."""
        tree = self.ui.reportTree
        for top in range(tree.topLevelItemCount()):
            family = tree.topLevelItem(top)
            for child in range(family.childCount() if family is not None else 0):
                item = family.child(child) if family is not None else None
                if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == name:
                    tree.setCurrentItem(item)
                    return True
        return False

    @property
    def report_names(self) -> list[str]:
        return [d.name for d in self.definitions]

    @property
    def definition(self) -> ReportDefinition | None:
        item = self.ui.reportTree.currentItem()
        name = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((d for d in self.definitions if d.name == name), None)

    def _chosen(self, _item: QTreeWidgetItem | None) -> None:
        self._show_definition(self.definition)

    def _show_definition(self, definition: ReportDefinition | None) -> None:
        if definition is None:
            self.ui.titleLabel.setText(self.tr("Choose a report"))
            self.ui.descriptionLabel.setText(self.tr("Choose a report in the list, a range of days and the filters "
                                                     "it offers, then Run."))
        else:
            self.ui.titleLabel.setText(self.tr(definition.title))
            self.ui.descriptionLabel.setText(self.tr(definition.description))
        for name in FILTERS:
            shown = definition is not None and name in definition.filters
            self.filter_combos[name].setVisible(shown)
            self.filter_labels[name].setVisible(shown)
        self.ui.runButton.setEnabled(definition is not None and self.token is None)

    def _set_range(self, first: date, last: date) -> None:
        for edit, day in ((self.ui.fromDate, first), (self.ui.toDate, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _touched(self) -> None:
        self._dates_touched = True

    def set_range(self, first: date, last: date) -> None:
        """As a person choosing the dates would (tests, the screenshots)."""
        self._set_range(first, last)
        self._dates_touched = True

    def params(self) -> ReportParams:
        first, last = self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        definition = self.definition
        chosen: dict[str, int | None] = {}
        for name in FILTERS:
            value = self.filter_combos[name].currentData()
            chosen[f"{name}_id"] = value if definition is not None and name in definition.filters else None
        return ReportParams(first=first, last=last, **chosen)

    # --- running ---

    @property
    def running(self) -> bool:
        return self.token is not None

    def run(self) -> None:
        definition = self.definition
        if definition is None or self.running:
            return
        ctx, params, token = self._ctx, self.params(), CancelToken()
        self.token = token
        self._busy(True, self.tr("Running “%1”…").replace("%1", self.tr(definition.title)))
        show_message(self.ui.messageLabel, "")

        def work(control: TaskControl) -> ReportResult:
            return reports.run_report(ctx, definition.name, params, cancel=token)

        # The page going (the window closed, the person logged out) stops the query on the server too.
        self.destroyed.connect(token.cancel)
        self.control = self._runner.run_cancellable(work, on_success=self._done, on_failure=self._failed,
                                                    owner=self)

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
        self.ui.runButton.setEnabled(not busy and self.definition is not None)
        self.ui.exportButton.setEnabled(not busy and self.result is not None)
        self.ui.statusLabel.setText(status)

    def _done(self, result: ReportResult) -> None:
        self.token = self.control = None
        self.result = result
        self._busy(False, self._summary(result))
        self._fill_table(result)
        self.chart.show_result(result)
        self.ui.chartHost.setVisible(result.definition.chart is not None)
        self.finished.emit("done")

    def _failed(self, error: ServiceError) -> None:
        self.token = self.control = None
        if isinstance(error, Cancelled):
            self._busy(False, self.tr("The report was cancelled."))
            self.finished.emit("cancelled")
            return
        self._busy(False)
        text = " ".join(error.problems.values()) if isinstance(error, ValidationFailed) else str(error)
        show_message(self.ui.messageLabel, self.tr("The report could not be run: %1").replace("%1", text))
        self.finished.emit("failed")

    def _summary(self, result: ReportResult) -> str:
        rows = len(result.rows)
        words = self.tr("1 row") if rows == 1 else self.tr("%n rows").replace("%n", f"{rows:,}")
        when = f"{self.clock.local(result.generated_at):%d %b %Y %H:%M}"
        text = self.tr("%1, run %2").replace("%1", words).replace("%2", when)
        if result.source != "primary":
            text += " · " + self.tr("from the %1").replace("%1", result.source)
        return text

    def _fill_table(self, result: ReportResult) -> None:
        table = self.ui.resultTable
        columns = result.definition.columns
        table.clear()
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels([self.tr(c.label) for c in columns])
        table.setRowCount(len(result.rows))
        for row_number, row in enumerate(result.rows):
            for column_number, (column, value) in enumerate(zip(columns, row, strict=True)):
                item = QTableWidgetItem(cell_text(column.kind, column.key, value))
                if column.kind in NUMERIC_KINDS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row_number, column_number, item)
        table.resizeColumnsToContents()
        if not result.rows:
            show_message(self.ui.messageLabel, self.tr("Nothing to report for these days and filters."),
                         role="info")

    # --- export ---

    def export(self) -> None:
        result = self.result
        if result is None:
            return
        suggested = f"{result.definition.name}-{result.params.first:%Y%m%d}-{result.params.last:%Y%m%d}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the report"), suggested,
                                                   ";;".join(self.tr(f) for f in EXPORT_FILTERS.values()))
        if not path:
            return
        fmt = Path(path).suffix.lower().lstrip(".")
        if fmt not in EXPORT_FILTERS:  # no suffix typed: the type chosen in the dialog
            fmt = next((k for k, f in EXPORT_FILTERS.items() if self.tr(f) == chosen), "xlsx")
            path = f"{path}.{fmt}"
        self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        result = self.result
        if result is None or fmt not in EXPORT_FILTERS:
            return
        ctx = self._ctx
        small = self.ui.smallCountsCheck.isVisible() and self.ui.smallCountsCheck.isChecked()
        names = {name: self.filter_combos[name].currentText() for name in FILTERS
                 if result.params.filter_value(name) is not None}
        export_format: Any = fmt
        self.ui.statusLabel.setText(self.tr("Exporting…"))

        def written(saved: Path) -> None:
            self.ui.statusLabel.setText(self.tr("Saved to %1").replace("%1", str(saved)))
            self.finished.emit("exported")

        def failed(error: ServiceError) -> None:
            self.ui.statusLabel.setText("")
            show_message(self.ui.messageLabel, self.tr("The report could not be exported: %1")
                         .replace("%1", str(error)))

        self._runner.run(lambda: reports.export_report(ctx, result, export_format, path, show_small_counts=small,
                                                       filter_names=names),
                         on_success=written, on_failure=failed, owner=self)
