"""A report's chart (QtCharts), drawn from its definition's ``ChartSpec`` and the result's rows.

Readable without colour (issue 12): every series has its own fill pattern as well as its own colour, every
bar, point and slice carries its value as a label where the label fits, and the chart's accessible description
says the numbers in words.

Kept legible when the chart is narrow: a line chart's time axis is labelled with short names ("Oct ’25",
"02 Oct") at every k-th point, k chosen from the room the plot has (Qt would cut every name to "Oct 20…"), and
its points' values are shown only while they have room; a stacked bar's segments are labelled by the chart
itself, in the middle of each segment, and only where the number fits inside (Qt's own labels pile up on the
thin ones). When the category repeats in the rows (a month per specialty, a payer per status), the rows are
split by the first other text column: one series per value of it (one line per specialty, one stack per
status), drawn for the first value column; what is left repeating is added up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from hms_desktop.domain.reports import ReportColumn, ReportResult, report_word
from hms_desktop.formats import format_day_month, format_month_year, format_number, format_short_month_year

# Colour and pattern go together: two series never differ by colour alone.
STYLES: tuple[tuple[str, Qt.BrushStyle], ...] = (
    ("#2f6f9f", Qt.BrushStyle.SolidPattern),
    ("#c05621", Qt.BrushStyle.BDiagPattern),
    ("#4f7f3f", Qt.BrushStyle.CrossPattern),
    ("#6b46c1", Qt.BrushStyle.Dense5Pattern),
    ("#b7791f", Qt.BrushStyle.FDiagPattern),
    ("#2c7a7b", Qt.BrushStyle.HorPattern),
    ("#9b2c2c", Qt.BrushStyle.DiagCrossPattern),
    ("#4a5568", Qt.BrushStyle.VerPattern),
)
LINE_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
               Qt.PenStyle.DashDotDotLine)
MAX_CATEGORIES = 40  # more bars than this are unreadable at 1280x720: the first ones (the table has them all)


def category_text(column: ReportColumn, value: Any) -> str:
    if value is None:
        return QCoreApplication.translate("ReportChart", "(none)")
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return format_month_year(value) if column.key == "month" else format_day_month(value)
    return str(report_word(value))


def axis_text(column: ReportColumn, value: Any) -> str:
    """A category as a time axis labels it, short: "Oct ’25" for a month, "02 Oct" for a day (the accessible
    description and the table keep the long form)."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date) and column.key == "month":
        return format_short_month_year(value)
    return category_text(column, value)


def label_step(count: int, label_width: float, room: float) -> int:
    """Label every k-th of ``count`` points so that labels ``label_width`` wide fit in ``room``: 1, 2, 3, 4, 6 or
    12 (whole quarters and half-years of months), then multiples of 12."""
    if count <= 1 or room <= 0:
        return 1
    needed = count * label_width / room
    for step in (1, 2, 3, 4, 6, 12):
        if step >= needed:
            return step
    return 12 * int(-(-needed // 12))


def chart_number(column: ReportColumn, value: Any) -> float:
    """A value as the chart draws it: percentages (fractions in the rows) as 0-100."""
    if value is None or isinstance(value, str):
        return 0.0
    number = float(value) if isinstance(value, (int, float, Decimal)) else 0.0
    return number * 100.0 if column.kind == "percent" else number


def _brush(index: int) -> tuple[QColor, QBrush]:
    colour, pattern = STYLES[index % len(STYLES)]
    if pattern == Qt.BrushStyle.SolidPattern:
        return QColor(colour), QBrush(QColor(colour))
    return QColor(colour), QBrush(QColor(colour), pattern)


FULL_SIZE_NAMES = 8          # more names than this down a horizontal bar chart's axis: a smaller font
SMALL_NAMES_POINTS = 7.0
MAX_NAMES_DOWN = 12          # and at most this many names (in the space a report has at 1280 x 720)
LEGEND_BELOW_AT_MOST = 4      # more series than this: the legend goes to the right, one name a line
LABEL_GAP = 10.0              # pixels between two time-axis labels
MAX_LABELLED_LINES = 3        # more lines than this: their points carry no numbers (the table has them)
SEGMENT_PADDING = 2.0         # a segment's number needs this much room around it to be drawn inside it


class ReportChart(QChartView):
    """``show_result(result)`` draws the chart of a result; ``clear()`` empties it."""

    def __init__(self, parent: Any = None) -> None:
        self._chart = QChart()
        self._chart.setLocalizeNumbers(True)  # labels and axes in the locale's digits and decimal sign ("72,4")
        super().__init__(self._chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(QCoreApplication.translate("ReportChart", "Report chart"))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._legend_font = self._chart.legend().font()
        self.series_names: list[str] = []
        self.categories: list[str] = []
        self._label_format = "%.0f"
        # A line chart's time axis: its short labels, and the step between two labelled points now.
        self.time_labels: list[str] = []
        self.label_step = 1
        self._time_axis: QCategoryAxis | None = None
        # A stacked bar chart's own labels, one per segment.
        self._segments: list[_Segment] = []
        self._chart.plotAreaChanged.connect(lambda _area: self._fit_labels())

    @property
    def segment_labels(self) -> list[tuple[str, bool]]:
        """Each stacked segment's number and whether it is drawn (it fits inside its segment)."""
        return [(segment.item.text(), segment.item.isVisible()) for segment in self._segments]

    def clear(self) -> None:
        for segment in self._segments:
            if segment.item.scene() is not None:
                segment.item.scene().removeItem(segment.item)
        self._segments = []
        self._time_axis = None
        self.time_labels = []
        self.label_step = 1
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.legend().setFont(self._legend_font)
        self._chart.removeAllSeries()
        for axis in self._chart.axes():
            self._chart.removeAxis(axis)
        self._chart.setTitle("")
        self.series_names = []
        self.categories = []
        self.setAccessibleDescription("")

    def show_result(self, result: ReportResult) -> None:
        self.clear()
        spec = result.definition.chart
        if spec is None or not result.rows:
            return
        columns = result.definition.columns
        index = {c.key: i for i, c in enumerate(columns)}
        category_column = columns[index[spec.category]]
        series_columns = [columns[index[key]] for key in spec.series]
        categories, table = self._pivot(result.rows, columns, index, category_column, series_columns)
        self.categories = categories
        self.series_names = list(table)
        if spec.kind == "line":
            self.time_labels = list(dict.fromkeys(
                axis_text(category_column, row[index[category_column.key]]) for row in result.rows))
            self.time_labels = self.time_labels[:len(categories)]
        # Whole numbers on the axis for counts and money; one decimal for days, rates and averages.
        self._label_format = "%.0f" if all(c.kind in ("int", "money") for c in series_columns) else "%.1f"
        self._chart.setTitle(result.definition.title)
        match spec.kind:
            case "pie":
                self._pie(categories, table)
            case "line":
                self._line(categories, table)
            case "pyramid":
                self._pyramid(categories, table)
            case "stacked_bar" | "bar" if category_column.kind == "text":
                # Names (doctors, wards, payers) read across, not squeezed under narrow bars; listed top
                # down in the table's order.
                stacked = spec.kind == "stacked_bar"
                if len(categories) > MAX_NAMES_DOWN:
                    # Qt draws "..." for every name once the bands are too thin: the first ones are charted.
                    self._chart.setTitle(QCoreApplication.translate("ReportChart", "%1 (first %2 of %3)")
                                         .replace("%1", result.definition.title)
                                         .replace("%2", str(MAX_NAMES_DOWN)).replace("%3", str(len(categories))))
                    del categories[MAX_NAMES_DOWN:]
                    for values in table.values():
                        del values[MAX_NAMES_DOWN:]
                    self.categories = categories
                categories.reverse()
                for values in table.values():
                    values.reverse()
                self._bars(categories, table, QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries(),
                           horizontal=True, stacked=stacked)
            case "stacked_bar":
                self._bars(categories, table, QStackedBarSeries(), stacked=True)
            case _:
                self._bars(categories, table, QBarSeries())
        if len(table) > LEGEND_BELOW_AT_MOST:
            # Under the chart, many names are cut to nothing but their colour: listed down the side instead.
            self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
            font = self._chart.legend().font()
            font.setPointSizeF(SMALL_NAMES_POINTS)  # narrower, so the plot keeps room for its own labels
            self._chart.legend().setFont(font)
        self._fit_labels()  # in the plot area as it is; again when the new chart's layout changes it
        self.setAccessibleDescription("; ".join(
            f"{name}: " + ", ".join(f"{cat} {_number_text(value)}" for cat, value in zip(categories, values,
                                                                                      strict=True))
            for name, values in table.items()))

    # --- the rows as categories × series ---

    @staticmethod
    def _pivot(rows: Sequence[tuple[Any, ...]], columns: Sequence[ReportColumn], index: dict[str, int],
               category: ReportColumn, series: Sequence[ReportColumn]) -> tuple[list[str], dict[str, list[float]]]:
        category_values = [category_text(category, row[index[category.key]]) for row in rows]
        split: ReportColumn | None = None
        if len(set(category_values)) < len(category_values):
            split = next((c for c in columns if c.kind == "text" and c.key != category.key
                          and c.key not in {s.key for s in series}), None)
        categories = list(dict.fromkeys(category_values))[:MAX_CATEGORIES]
        position = {name: i for i, name in enumerate(categories)}
        table: dict[str, list[float]] = {}
        for row, name in zip(rows, category_values, strict=True):
            if name not in position:
                continue
            if split is None:
                keyed = [(column.label, column) for column in series]
            else:  # one series per value of the split column, of the first value column
                split_value = report_word(row[index[split.key]])
                keyed = [(str(split_value or QCoreApplication.translate("ReportChart", "(none)")), series[0])]
            for key, column in keyed:
                values = table.setdefault(key, [0.0] * len(categories))
                values[position[name]] += chart_number(column, row[index[column.key]])
        return categories, table

    # --- the kinds ---

    def _axes(self, series: Any, categories: list[str], *, horizontal: bool = False,
              top: float | None = None, bottom: float = 0.0) -> None:
        category_axis = QBarCategoryAxis()
        category_axis.append(categories)
        if horizontal:
            # Qt replaced a whole name by "..." once names took more than its share of a narrow chart; the plot
            # gives up the room instead: a name is what the bar is read by.
            category_axis.setTruncateLabels(False)
        if horizontal and len(categories) > FULL_SIZE_NAMES:
            # Names down a crowded axis get a smaller font (Qt draws "..." for a name its band cannot hold).
            font = category_axis.labelsFont()
            font.setPointSizeF(SMALL_NAMES_POINTS)
            category_axis.setLabelsFont(font)
        value_axis = QValueAxis()
        value_axis.setRange(bottom, top if top is not None else 1.0)
        value_axis.applyNiceNumbers()
        value_axis.setLabelFormat(self._label_format)
        self._chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)

    def _bar_sets(self, table: dict[str, list[float]]) -> list[QBarSet]:
        sets = []
        for number, (name, values) in enumerate(table.items()):
            bar_set = QBarSet(name)
            colour, brush = _brush(number)
            bar_set.setBrush(brush)
            bar_set.setBorderColor(QColor(colour).darker(150))
            bar_set.setLabelColor(QColor("black"))
            bar_set.append(values)
            sets.append(bar_set)
        return sets

    def _bars(self, categories: list[str], table: dict[str, list[float]], series: Any, *,
              horizontal: bool = False, stacked: bool = False) -> None:
        for bar_set in self._bar_sets(table):
            series.append(bar_set)
        if stacked:
            self._label_segments(series, table, horizontal=horizontal)
        else:
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value")
            series.setLabelsPrecision(6)
        self._chart.addSeries(series)
        sums = [sum(values[i] for values in table.values()) for i in range(len(categories))]
        highest = max(sums if stacked else [v for values in table.values() for v in values] + [1.0])
        lowest = min([0.0] + [v for values in table.values() for v in values])
        self._axes(series, categories, top=highest * 1.1, bottom=lowest, horizontal=horizontal)
        self._chart.legend().setVisible(len(table) > 1)

    def _pyramid(self, categories: list[str], table: dict[str, list[float]]) -> None:
        """Two series to either side of zero (the first to the left); labels read the counts unsigned."""
        series = QHorizontalStackedBarSeries()
        names = list(table)
        # The first series drawn leftwards: its values negated; the chart's own labels read them unsigned, and
        # the legend says "left".
        mirrored = {QCoreApplication.translate(
            "ReportChart", "%1 (left)").replace("%1", names[0]): [-v for v in table[names[0]]],
                    **{name: table[name] for name in names[1:]}}
        for bar_set in self._bar_sets(mirrored):
            series.append(bar_set)
        self._label_segments(series, mirrored, horizontal=True)
        self._chart.addSeries(series)
        widest = max([abs(v) for values in table.values() for v in values] + [1.0])
        self._axes(series, categories, horizontal=True, top=widest * 1.1, bottom=-widest * 1.1)

    def _line(self, categories: list[str], table: dict[str, list[float]]) -> None:
        highest = max([v for values in table.values() for v in values] + [1.0])
        for number, (name, values) in enumerate(table.items()):
            line = QLineSeries()
            line.setName(name)
            colour, _ = _brush(number)
            line.setPen(QPen(colour, 2, LINE_STYLES[number % len(LINE_STYLES)]))
            line.setPointsVisible(True)
            line.setPointLabelsVisible(True)
            line.setPointLabelsFormat("@yPoint")
            line.setPointLabelsClipping(False)
            for position, value in enumerate(values):
                line.append(position, value)
            self._chart.addSeries(line)
        # Points along a value axis labelled at every k-th point (``_fit_labels``): a category axis would give
        # every point a band of its own and cut every name to "Oct 20…" once the bands are narrow.
        category_axis = QCategoryAxis()
        category_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        category_axis.setRange(-0.5, len(categories) - 0.5)
        category_axis.setGridLineVisible(False)
        self._time_axis = category_axis
        self._set_time_labels(1)
        value_axis = QValueAxis()
        value_axis.setRange(0.0, highest * 1.15)
        value_axis.applyNiceNumbers()
        value_axis.setLabelFormat(self._label_format)
        self._chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        for drawn in self._chart.series():
            drawn.attachAxis(category_axis)
            drawn.attachAxis(value_axis)
        self._chart.legend().setVisible(len(table) > 1)

    def _set_time_labels(self, step: int) -> None:
        axis = self._time_axis
        if axis is None:
            return
        self.label_step = step
        for label in axis.categoriesLabels():
            axis.remove(label)
        for position in range(0, len(self.time_labels), step):
            axis.append(self.time_labels[position], position)

    # --- labels that fit the room the plot has (again each time the plot area changes) ---

    def _label_segments(self, series: QAbstractBarSeries, table: dict[str, list[float]], *,
                        horizontal: bool) -> None:
        """One label per non-zero segment of a stacked series, placed and shown or hidden by ``_fit_labels``.
        Stacked as Qt stacks them: positive values upwards (rightwards) from 0, negative ones the other way."""
        above = [0.0] * len(self.categories)
        below = [0.0] * len(self.categories)
        # One way of writing for the whole chart: "158.00" beside "136.40", not "158".
        whole = all(value == int(value) for values in table.values() for value in values)
        for values in table.values():
            for index, value in enumerate(values):
                pile = above if value >= 0 else below
                start = pile[index]
                pile[index] += value
                if value == 0:
                    continue
                number = format_number(abs(value), 0 if whole else 2)
                item = QGraphicsSimpleTextItem(number, self._chart)
                item.setBrush(QBrush(QColor("black")))
                item.setZValue(10)  # over the bars
                item.hide()
                self._segments.append(_Segment(series, horizontal, index, start, value, item))

    def _fit_labels(self) -> None:
        area = self._chart.plotArea()
        if area.width() <= 0 or area.height() <= 0:
            return
        if self._time_axis is not None and self.time_labels:
            metrics = QFontMetricsF(self._time_axis.labelsFont())
            widest = max(metrics.horizontalAdvance(label) for label in self.time_labels) + LABEL_GAP
            step = label_step(len(self.time_labels), widest, area.width())
            if step != self.label_step:
                self._set_time_labels(step)
            # The points' own numbers while they have room; the axis and the table say them otherwise.
            longest = max((len(_number_text(p.y())) for line in self._chart.series()
                           if isinstance(line, QLineSeries) for p in line.points()), default=1)
            room = area.width() / max(len(self.time_labels), 1)
            lines = [line for line in self._chart.series() if isinstance(line, QLineSeries)]
            # Lines that meet or cross put their numbers on top of each other: more than a few, none.
            legible = len(lines) <= MAX_LABELLED_LINES and room >= longest * metrics.averageCharWidth() + 4
            for line in lines:
                line.setPointLabelsVisible(legible)
        for segment in self._segments:
            self._place(segment)

    def _place(self, segment: _Segment) -> None:
        """Put a segment's number in its middle when it fits inside the segment; hide it when it does not."""
        series, index = segment.series, segment.category
        if segment.horizontal:
            start = self._chart.mapToPosition(QPointF(segment.start, index), series)
            end = self._chart.mapToPosition(QPointF(segment.start + segment.value, index), series)
            next_band = self._chart.mapToPosition(QPointF(segment.start, index + 1), series)
            thickness = abs(next_band.y() - start.y()) * series.barWidth()
            length = abs(end.x() - start.x())
        else:
            start = self._chart.mapToPosition(QPointF(index, segment.start), series)
            end = self._chart.mapToPosition(QPointF(index, segment.start + segment.value), series)
            next_band = self._chart.mapToPosition(QPointF(index + 1, segment.start), series)
            thickness = abs(next_band.x() - start.x()) * series.barWidth()
            length = abs(end.y() - start.y())
        box: QRectF = segment.item.boundingRect()
        # The digits' own height, not the line's (which adds leading and room for descenders digits do not have).
        ink = QFontMetricsF(segment.item.font()).tightBoundingRect(segment.item.text())
        along, across = (ink.width(), ink.height()) if segment.horizontal else (ink.height(), ink.width())
        fits = length >= along + 2 * SEGMENT_PADDING and thickness >= across + SEGMENT_PADDING
        segment.item.setVisible(fits)
        if fits:
            middle = (start + end) / 2
            segment.item.setPos(middle.x() - box.width() / 2, middle.y() - box.height() / 2)

    def _pie(self, categories: list[str], table: dict[str, list[float]]) -> None:
        values = next(iter(table.values()))
        series = QPieSeries()
        for number, (name, value) in enumerate(zip(categories, values, strict=True)):
            if value <= 0:
                continue
            pie_slice = series.append(f"{name}: {_number_text(value)}", value)
            _colour, brush = _brush(number)
            pie_slice.setBrush(brush)
            pie_slice.setBorderColor(QColor("black"))
            pie_slice.setLabelVisible(True)
        self._chart.addSeries(series)
        self._chart.legend().setVisible(False)


@dataclass(slots=True)
class _Segment:
    """One segment of a stacked bar: where it starts on the value axis, its value, and its label."""

    series: QAbstractBarSeries
    horizontal: bool
    category: int
    start: float
    value: float
    item: QGraphicsSimpleTextItem


def _number_text(value: float) -> str:
    return format_number(value, 0 if value == int(value) else 2)


__all__ = ["ReportChart", "axis_text", "category_text", "chart_number", "label_step"]
