"""The report chart stays readable when a report has many rows or many series (issue 12): Qt would draw "..."
for every name down a crowded axis and cut legend names under the chart to their colour alone, cut every month
of a narrow line chart to "Oct 20…", and pile stacked bars' numbers on top of each other on thin segments."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from hms_desktop.domain import reports
from hms_desktop.domain.reports import ReportParams, ReportResult
from hms_desktop.ui.widgets.report_chart import MAX_NAMES_DOWN, ReportChart, label_step


def _result(name: str, rows: list[tuple[object, ...]]) -> ReportResult:
    definition = reports.find(name)
    assert definition is not None
    return ReportResult(definition=definition, params=ReportParams(first=date(2026, 10, 1), last=date(2026, 12, 31)),
                        rows=tuple(rows), generated_at=datetime(2026, 12, 2, 9, 0))


def test_many_doctors_chart_the_first_twelve_and_the_title_says_so(qtbot) -> None:
    chart = ReportChart()
    qtbot.addWidget(chart)
    doctors = [f"Doctor {letter}" for letter in "ABCDEFGHIJKLMN"]
    chart.show_result(_result("appointment-volume", [(doctor, "Surgery", 10, 6, 1, 3) for doctor in doctors]))
    assert chart.categories == doctors[:MAX_NAMES_DOWN][::-1]  # drawn bottom up, the first name on top
    assert chart.chart().title() == f"Appointment volume by doctor and specialty (first 12 of {len(doctors)})"
    # The accessible description still reads every charted value.
    assert "Doctor A 6" in chart.accessibleDescription()


def test_many_series_list_their_names_beside_the_chart(qtbot) -> None:
    chart = ReportChart()
    qtbot.addWidget(chart)
    specialties = [f"Specialty {n}" for n in range(8)]
    rows = [(month, name, 20, 2, 10.0) for month in (date(2026, 10, 1), date(2026, 11, 1)) for name in specialties]
    chart.show_result(_result("no-show-rate", rows))
    assert chart.series_names == specialties
    assert chart.chart().legend().alignment() == Qt.AlignmentFlag.AlignRight
    chart.show_result(_result("no-show-rate", rows[:2] + rows[8:10]))  # two series: under the chart again
    assert chart.chart().legend().alignment() == Qt.AlignmentFlag.AlignBottom


MONTHS = [date(2025 + (9 + i) // 12, (9 + i) % 12 + 1, 1) for i in range(15)]  # Oct 2025 to Dec 2026


def _shown(qtbot, chart: ReportChart, width: int, height: int = 360) -> None:
    chart.resize(width, height)
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: chart.chart().plotArea().width() > 0, timeout=2000)
    qtbot.wait(20)  # the plot area settles on the next turn of the event loop, and the labels with it


def test_label_step_is_a_whole_number_of_months_that_fits() -> None:
    assert label_step(15, 50.0, 1000.0) == 1
    assert label_step(15, 50.0, 300.0) == 3  # 15 labels of 50 px in 300 px: every third (quarters)
    assert label_step(24, 50.0, 300.0) == 4
    assert label_step(60, 50.0, 100.0) == 36
    assert label_step(1, 500.0, 10.0) == 1


def test_a_narrow_line_chart_labels_some_months_short_and_whole(qtbot) -> None:
    """Qt cut every month of a narrow chart to "Oct 20…": the axis now names every k-th month, short."""
    chart = ReportChart()
    qtbot.addWidget(chart)
    chart.show_result(_result("new-registrations", [(month, 20 + i) for i, month in enumerate(MONTHS)]))
    _shown(qtbot, chart, 420)
    assert chart.time_labels[:3] == ["Oct ’25", "Nov ’25", "Dec ’25"]
    assert chart.label_step > 1
    (axis,) = chart.chart().axes(Qt.Orientation.Horizontal)
    labels = axis.categoriesLabels()
    assert labels == chart.time_labels[::chart.label_step]
    # Each label has the room its step gives it: nothing for Qt to cut.
    metrics = QFontMetricsF(axis.labelsFont())
    room = chart.chart().plotArea().width() / len(MONTHS) * chart.label_step
    assert max(metrics.horizontalAdvance(label) for label in labels) < room
    # Wide enough, every month is named.
    _shown(qtbot, chart, 1100)
    assert chart.label_step == 1 and len(axis.categoriesLabels()) == len(MONTHS)
    # The accessible description keeps the long names.
    assert "Oct 2025 20" in chart.accessibleDescription()


def test_stacked_bar_numbers_only_where_they_fit(qtbot) -> None:
    chart = ReportChart()
    qtbot.addWidget(chart)
    rows = [(f"Doctor {letter}", "Surgery", 60, 50 - i * 9, i % 3, 1) for i, letter in enumerate("ABCDEF")]
    chart.show_result(_result("appointment-volume", rows))
    _shown(qtbot, chart, 420)
    labels = dict(chart.segment_labels)
    assert labels["50"] and labels["41"]  # long segments say their number
    assert not labels["1"]  # a segment of 1 among 50 is a sliver: its number would spill over its neighbours
    assert "0" not in labels  # an empty segment has no label at all
    # Qt's own labels (which it draws on every bar, fitting or not) are off.
    assert not any(series.isLabelsVisible() for series in chart.chart().series())


def test_the_pyramid_reads_its_left_side_unsigned(qtbot) -> None:
    chart = ReportChart()
    qtbot.addWidget(chart)
    bands = ["0-9", "10-19", "20-29", "30-39"]
    chart.show_result(_result("age-pyramid", [(band, 30 - i, 20 + i) for i, band in enumerate(bands)]))
    _shown(qtbot, chart, 600)
    shown = [text for text, visible in chart.segment_labels if visible]
    assert "30" in shown and "20" in shown
    assert not any(text.startswith("-") for text in shown)


def test_numbers_on_a_chart_follow_the_workstations_locale(qtbot) -> None:
    """QtCharts writes "72.4" whatever the locale unless asked: a French desk reads "72,4" on its bars and axes."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        chart = ReportChart()
        qtbot.addWidget(chart)
        assert chart.chart().localizeNumbers()
        assert chart.chart().locale().toString(72.4, "f", 1) == "72,4"
    finally:
        QLocale.setDefault(before)


def test_no_chart_axis_uses_a_format_qtcharts_cannot_localise() -> None:
    """With localizeNumbers on, QtCharts draws nothing at all for an axis formatted "%d" or "%i" (the dashboard's
    bed axis lost its 0 5 10 15 20 that way); "%.0f" gives the same whole numbers, localised."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "hms_desktop" / "ui"
    found = [f"{path.relative_to(ui)}:{number}" for path in sorted(ui.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if re.search(r"""setLabelFormat\(\s*["'][^"']*%[-+ #0]*\d*[di]""", line)]
    assert not found, "an integer label format QtCharts draws as nothing when localised:\n" + "\n".join(found)
