"""The report chart stays readable when a report has many rows or many series (issue 12): Qt would draw "..."
for every name down a crowded axis and cut legend names under the chart to their colour alone."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from hms_desktop.domain import reports
from hms_desktop.domain.reports import ReportParams, ReportResult
from hms_desktop.ui.widgets.report_chart import MAX_NAMES_DOWN, ReportChart


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
