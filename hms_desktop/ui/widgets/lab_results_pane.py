"""A patient's lab results over time: a table (newest first, flags in words) and a small chart of one test with
its reference band (QtCharts). A pane of the chart: ``show_patient(patient_id)`` loads it in the background.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCharts import QAreaSeries, QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from hms_desktop.formats import format_date_time
from hms_desktop.services import labs
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.labs import PatientResults, TestSeries
from hms_desktop.ui.forms.ui_lab_results_pane import Ui_LabResultsPane
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.lab_flags import paint_flag

CODE_ROLE = Qt.ItemDataRole.UserRole
DATE, TEST, RESULT, FLAG, RANGE = range(5)
BAND_COLOUR = QColor(47, 107, 47, 40)
LINE_COLOUR = QColor("#1d3557")


def _ms(instant: datetime, clock: HospitalClock) -> float:
    """The chart's x value for ``instant``. QDateTimeAxis labels its values on the workstation's clock, so the
    value is the moment the workstation's clock reads the hospital's wall-clock time of ``instant``: the
    labels then show the hospital's times whatever the workstation's zone."""
    wall = clock.local(instant)
    return float(QDateTime(QDate(wall.year, wall.month, wall.day),
                           QTime(wall.hour, wall.minute, wall.second)).toMSecsSinceEpoch())


class LabResultsPane(QWidget):
    loaded = Signal()

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._sequence = 0
        self.clock = HospitalClock.unloaded(ctx)
        self.patient_id: int | None = None
        self.results: PatientResults | None = None
        self.ui = Ui_LabResultsPane()
        self.ui.setupUi(self)  # named "labResultsPane" for resources/style.qss
        self.tree = self.ui.resultTree
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (DATE, RESULT, FLAG, RANGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEST, QHeaderView.ResizeMode.Stretch)
        self.chart = QChart()
        self.chart.setLocalizeNumbers(True)  # results in the locale's decimal sign, as the table shows them
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # 180 px high at least: the chart still reads, and the chart page under the patient's banner and the
        # panes' tabs fits a screen at 200 % (520 px) even with a taller UI font than DejaVu (Noto Sans needed
        # 523 px with 220).
        self.chart_view.setMinimumSize(260, 180)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do there with the keyboard
        self.chart_view.setAccessibleName(self.tr("Chart of the chosen test over time"))
        self.ui.chartLayout.addWidget(self.chart_view)
        # The table's dates, values and flags must stay readable beside the test's name: it gets two thirds.
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([560, 280])
        show_message(self.ui.messageLabel, "")
        self.ui.testCombo.currentIndexChanged.connect(lambda _i: self._draw())
        self.tree.currentItemChanged.connect(self._row_chosen)
        self._placeholder(self.tr("Choose a patient."))

    # --- loading -----------------------------------------------------------------------------------------

    def show_patient(self, patient_id: int) -> None:
        self.patient_id = patient_id
        self.reload()

    def reload(self) -> None:
        if self.patient_id is None:
            return
        self._sequence += 1
        sequence, ctx, known, patient_id = self._sequence, self._ctx, self.clock, self.patient_id

        def load() -> tuple[HospitalClock, PatientResults]:
            clock = known if known.loaded else hospital_clock(ctx)
            return clock, labs.patient_results(ctx, patient_id)

        def loaded(result: tuple[HospitalClock, PatientResults]) -> None:
            if sequence == self._sequence:  # another patient's answer arriving late is dropped
                self._loaded(*result)

        def failed(error: ServiceError) -> None:
            if sequence == self._sequence:
                show_message(self.ui.messageLabel, self.tr("Lab results could not be loaded: %1").replace(
                    "%1", str(error)))
                self.loaded.emit()

        self._placeholder(self.tr("Loading…"))
        self._runner.run(load, on_success=loaded, on_failure=failed, owner=self)

    def _placeholder(self, text: str) -> None:
        self.tree.clear()
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)

    def _loaded(self, clock: HospitalClock, results: PatientResults) -> None:
        show_message(self.ui.messageLabel, "")
        self.clock, self.results = clock, results
        self.tree.blockSignals(True)
        self.tree.clear()
        for result in results.results:
            row = QTreeWidgetItem([format_date_time(clock.local(result.entered_at)), result.test_name,
                                   result.value_display, "", result.range_text])
            row.setData(0, CODE_ROLE, result.test_code)
            paint_flag(row, FLAG, result.flag)
            self.tree.addTopLevelItem(row)
        self.tree.blockSignals(False)
        if not results.results:
            self._placeholder(self.tr("No lab results are recorded for this patient."))
        charted = [s for s in results.series if any(r.value_numeric is not None for r in s.results)]
        combo = self.ui.testCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for series in charted:
            combo.addItem(self.tr("%1 (%2)").replace("%1", series.test_name).replace(
                "%2", str(len(series.results))) if len(series.results) > 1 else series.test_name, series.test_code)
        combo.setEnabled(bool(charted))
        index = combo.findData(keep) if keep is not None else -1
        if index < 0 and results.results:  # the newest result's test, if it can be charted
            index = combo.findData(results.results[0].test_code)
        combo.setCurrentIndex(max(index, 0) if charted else -1)
        combo.blockSignals(False)
        count = len(results.results)
        self.ui.summaryLabel.setText(self.tr("1 result") if count == 1 else self.tr("%1 results").replace(
            "%1", str(count)))
        self._draw()
        self.loaded.emit()

    def _row_chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        code = item.data(0, CODE_ROLE) if item is not None else None
        index = self.ui.testCombo.findData(code) if code is not None else -1
        if index >= 0:
            self.ui.testCombo.setCurrentIndex(index)

    # --- the chart ---------------------------------------------------------------------------------------

    def charted(self) -> TestSeries | None:
        code = self.ui.testCombo.currentData()
        return self.results.series_of(str(code)) if self.results is not None and code is not None else None

    def _draw(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = self.charted()
        if series is None:
            self.chart.setTitle(self.tr("No numeric results to chart") if self.results is not None else "")
            return
        points = [(r.entered_at, r.value_numeric) for r in series.results if r.value_numeric is not None]
        self.chart.setTitle(f"{series.test_name} ({series.unit})" if series.unit else series.test_name)
        self.chart_view.setAccessibleName(self.tr("Chart of %1 over time").replace("%1", series.test_name))
        first, last = points[0][0], points[-1][0]
        start, end = _ms(first, self.clock), _ms(last, self.clock)
        if end - start < 86_400_000:  # a single day: a day either side, so the points are not on the edges
            start, end = start - 86_400_000, end + 86_400_000
        values = [float(v) for _, v in points]
        newest = series.results[-1]
        low, high = newest.range_low, newest.range_high
        bounds = values + [float(b) for b in (low, high) if b is not None]
        span = (max(bounds) - min(bounds)) or max(abs(max(bounds)), 1.0)
        y_min, y_max = min(bounds) - span * 0.1, max(bounds) + span * 0.1

        x_axis = QDateTimeAxis()
        # Dates for a history; hours when every result is from the last few days.
        x_axis.setFormat("dd MMM yy" if end - start > 4 * 86_400_000 else "dd MMM HH:mm")
        x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(start)), QDateTime.fromMSecsSinceEpoch(int(end)))
        x_axis.setTickCount(4)
        y_axis = QValueAxis()
        y_axis.setRange(y_min, y_max)
        y_axis.applyNiceNumbers()  # ticks at round values (3.0, 3.5, …), not at tenths of the span
        y_axis.setLabelFormat("%g")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        if low is not None or high is not None:
            self._add_band(float(low) if low is not None else y_min, float(high) if high is not None else y_max,
                           start=start, end=end, x_axis=x_axis, y_axis=y_axis)
        line = QLineSeries()
        line.setName(series.test_name)
        for instant, value in points:
            line.append(_ms(instant, self.clock), float(Decimal(value)))
        line.setPointsVisible(True)
        line.setPen(QPen(LINE_COLOUR, 2))
        self.chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)

    def _add_band(self, low: float, high: float, *, start: float, end: float, x_axis: QDateTimeAxis,
                  y_axis: QValueAxis) -> None:
        """The reference range as a shaded band behind the line."""
        lower, upper = QLineSeries(self.chart), QLineSeries(self.chart)
        for x in (start, end):
            lower.append(x, low)
            upper.append(x, high)
        band = QAreaSeries(upper, lower)
        band.setName(self.tr("Reference range"))
        band.setBrush(QBrush(BAND_COLOUR))
        band.setPen(QPen(Qt.PenStyle.NoPen))
        self.chart.addSeries(band)
        band.attachAxis(x_axis)
        band.attachAxis(y_axis)
