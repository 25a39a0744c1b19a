"""A predefined report on A4 landscape (issue 12, item 4): the hospital header (logo, name), the report's
title, the range and filters used, the chart (reportlab graphics) and the table, continued on as many pages
as it needs with the column headings repeated. reportlab only (no Qt).

The chart is readable without colour: series differ in shade and in hatch-free order, every series is named
in a legend, and a pie names its slices. Counts hidden as "<5" are drawn as 0 so the chart does not give them away.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer, TableStyle

from hms_desktop.domain.reports import ReportDefinition, report_word
from hms_desktop.domain.settings import CurrencyFormat
from hms_desktop.formats import format_date, format_date_time, format_month_year, format_number
from hms_desktop.i18n import translate
from hms_desktop.printing.invoice import INK, MUTED, RULE, fit_line
from hms_desktop.printing.layout import display_form, draw_copy_tag, draw_logo, draw_text, fonts, label_font, pdf_date

PAGE = landscape(A4)
_MARGIN = 12 * mm
_HEADER = 30 * mm
LOGO_MAX = (30 * mm, 14 * mm)
MAX_CHART_CATEGORIES = 24
# Shades from dark to light: told apart in grey print as in colour; the legend names each.
SHADES = (colors.HexColor("#14213d"), colors.HexColor("#7f8ea3"), colors.HexColor("#c9d2dc"),
          colors.HexColor("#3d5a80"), colors.HexColor("#e0e1dd"), colors.HexColor("#98c1d9"))


@dataclass(frozen=True, slots=True)
class ReportPdfData:
    hospital_name: str
    definition: ReportDefinition
    subtitle: str  # the range and filters used
    cells: tuple[tuple[Any, ...], ...]  # as exported ("<5" for a hidden count)
    generated: str  # on the hospital's wall clock, formatted
    source: str = "primary"
    currency: CurrencyFormat | None = None
    logo: bytes | None = None


def cell_text(kind: str, value: Any, currency: CurrencyFormat | None, key: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return str(report_word(value))
    if isinstance(value, datetime):
        return format_date_time(value)
    if isinstance(value, date):
        return format_month_year(value) if key == "month" else format_date(value)
    if kind == "money" and isinstance(value, Decimal):
        return currency.format(value) if currency else format_number(value, 2)
    if kind == "percent":
        return f"{format_number(Decimal(value) * 100, 1)} %"
    if kind in ("decimal", "days"):
        return format_number(Decimal(value), 1)
    if kind == "int":
        return format_number(value)
    return str(value)


def _number(value: Any) -> float:
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return float(value)
    return 0.0  # "<5" and empty cells


def chart_series(definition: ReportDefinition, cells: tuple[tuple[Any, ...], ...]
                 ) -> tuple[list[str], list[str], list[list[float]]]:
    """(categories, series names, values per series) for the chart. A report whose rows repeat a category
    with one value column (month x specialty) is pivoted on its first other text column: one series each."""
    chart = definition.chart
    assert chart is not None
    keys = [c.key for c in definition.columns]
    at = keys.index(chart.category)
    category_text = [cell_text(definition.columns[at].kind, row[at], None, definition.columns[at].key)
                     for row in cells]
    repeated = len(set(category_text)) < len(category_text)
    pivot = next((i for i, c in enumerate(definition.columns) if c.kind == "text" and i != at), None)
    categories = list(dict.fromkeys(category_text))[:MAX_CHART_CATEGORIES]
    if repeated and pivot is not None and len(chart.series) == 1:
        value_at = keys.index(chart.series[0])
        names = list(dict.fromkeys(str(report_word(row[pivot])) for row in cells))[:len(SHADES)]
        table = {(c, str(report_word(row[pivot]))): _number(row[value_at])
                 for c, row in zip(category_text, cells, strict=True)}
        return categories, names, [[table.get((c, n), 0.0) for c in categories] for n in names]
    names = [definition.column(k).label for k in chart.series]
    values: list[list[float]] = []
    for key in chart.series:
        index = keys.index(key)
        sums: dict[str, float] = {}
        for c, row in zip(category_text, cells, strict=True):
            sums[c] = sums.get(c, 0.0) + _number(row[index])
        values.append([sums.get(c, 0.0) for c in categories])
    return categories, names, values


def chart_label(text: str, font: str, size: float, width: float | None = None) -> tuple[str, str]:
    """(what is drawn, its font) for one chart label: a chart string takes a single font, so the label gets
    the one that has its characters (``label_font``: a Chinese area name in the CJK font, not boxes);
    right-to-left text shaped and in visual order; cut with an ellipsis to ``width`` when given."""
    chosen = label_font(text, font)
    if width is not None and stringWidth(display_form(text, chosen), chosen, size) > width:
        while text and stringWidth(display_form(text + "…", chosen), chosen, size) > width:
            text = text[:-1]
        text = text.rstrip() + "…"
    return display_form(text, chosen), chosen


def build_chart(definition: ReportDefinition, cells: tuple[tuple[Any, ...], ...], width: float,
                height: float) -> Drawing | None:
    if definition.chart is None or not cells:
        return None
    categories, names, values = chart_series(definition, cells)
    if not any(value for series in values for value in series):
        return None  # nothing to draw (every count hidden as "<5", or all zero): an empty frame says nothing
    regular = fonts().regular
    drawing = Drawing(width, height)
    kind = definition.chart.kind
    plot_width = width - 60 * mm
    if kind == "pie":
        pie = Pie()
        pie.x, pie.y, pie.width, pie.height = 20 * mm, 5 * mm, height - 10 * mm, height - 10 * mm
        pie.data = [max(v, 0.0) for v in values[0]] or [1.0]
        labels = [chart_label(f"{c}", regular, 7) for c in categories]
        pie.labels = [shown for shown, _font in labels]
        pie.slices.fontName = regular
        pie.slices.fontSize = 7
        for i in range(len(pie.data)):
            if i < len(labels):
                pie.slices[i].fontName = labels[i][1]
            pie.slices[i].fillColor = SHADES[i % len(SHADES)]
            pie.slices[i].strokeColor = colors.white
        drawing.add(pie)
        return drawing
    if kind == "pyramid":
        chart: Any = HorizontalBarChart()
        chart.data = [[-v for v in values[0]], values[1] if len(values) > 1 else []]
        chart.valueAxis.labelTextFormat = lambda v: format_number(abs(v))
        chart.categoryAxis.style = "stacked"  # both sexes on one line per band, to either side of 0
        chart.categoryAxis.labelAxisMode = "low"  # band names at the left edge, clear of the bars
    elif kind == "line":
        chart = HorizontalLineChart()
        chart.data = values
        for i in range(len(values)):
            chart.lines[i].strokeColor = SHADES[i % len(SHADES)]
            chart.lines[i].strokeWidth = 1.5
            chart.lines[i].strokeDashArray = None if i == 0 else (i * 2, 2)  # told apart without colour
    else:
        chart = VerticalBarChart()
        chart.data = values
        if kind == "stacked_bar":
            chart.categoryAxis.style = "stacked"
    if kind != "line":
        for i in range(len(chart.data)):
            chart.bars[i].fillColor = SHADES[i % len(SHADES)]
            chart.bars[i].strokeColor = INK
            chart.bars[i].strokeWidth = 0.3
    chart.x, chart.y = 15 * mm, 15 * mm
    chart.width, chart.height = plot_width, height - 20 * mm
    labels = [chart_label(f"{c}", regular, 6, 30 * mm) for c in categories]
    chart.categoryAxis.categoryNames = [shown for shown, _font in labels]
    chart.categoryAxis.labels.fontName = regular
    for i, (_shown, font) in enumerate(labels):
        if font != regular:
            chart.categoryAxis.labels[i].fontName = font
    chart.categoryAxis.labels.fontSize = 6
    if kind != "pyramid":
        chart.categoryAxis.labels.angle = 30 if len(categories) > 6 else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if len(categories) > 6 else "n"
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.forceZero = True
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 40 * mm, height - 5 * mm
    if kind == "pyramid":  # which side is which, in words: the shades alone would not say it
        names = [translate("printing", "{series} (left)").format(series=names[0]),
                 translate("printing", "{series} (right)").format(series=names[1])]
    # A legend takes one font for all its names: the one that has all their characters.
    legend_font = label_font("".join(names), regular)
    legend.fontName, legend.fontSize = legend_font, 7
    legend.colorNamePairs = [(SHADES[i % len(SHADES)], display_form(names[i], legend_font))
                             for i in range(len(names))]
    drawing.add(legend)
    return drawing


def _header(data: ReportPdfData, copy: bool) -> Callable[[Any, Any], None]:
    regular, bold = fonts().regular, fonts().bold
    width, height = PAGE

    def draw(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(INK)
        logo_width, _ = draw_logo(canvas, data.logo, _MARGIN, height - _MARGIN, max_width=LOGO_MAX[0],
                                  max_height=LOGO_MAX[1])
        left = _MARGIN + (logo_width + 4 * mm if logo_width else 0)
        y = height - _MARGIN - 5 * mm
        draw_text(canvas, left, y, fit_line(data.hospital_name, bold, 13, 140 * mm), font=bold, size=13)
        draw_text(canvas, width - _MARGIN, y, fit_line(data.definition.title, bold, 12, 120 * mm), font=bold,
                  size=12, align="right")
        y -= 6 * mm
        draw_text(canvas, left, y, fit_line(data.subtitle, regular, 9, 160 * mm), font=regular, size=9)
        draw_text(canvas, width - _MARGIN, y, translate("printing", "Page {document_page}").format(
                                                  document_page=document.page), font=regular, size=9, align="right")
        if copy:  # printed again from the same preview: every page says so, in the footer clear of the table
            draw_copy_tag(canvas, width - _MARGIN - 24 * mm, 2 * mm, 24 * mm, 8 * mm)
        canvas.setFillColor(MUTED)
        draw_text(canvas, _MARGIN, _MARGIN - 5 * mm,
                  translate("printing", "Generated {generated} from the {source} database. Counts below 5 may be shown "
                                        "as <5.").format(generated=data.generated, source=data.source),
                  font=regular, size=7)
        canvas.setStrokeColor(RULE)
        canvas.line(_MARGIN, height - _HEADER + 4 * mm, width - _MARGIN, height - _HEADER + 4 * mm)
        canvas.restoreState()

    return draw


def build_report_pdf(data: ReportPdfData, *, created: datetime | None = None, copy: bool = False) -> bytes:
    """The report as PDF bytes; ``copy`` marks every page COPY (a second print from the print preview)."""
    regular, bold = fonts().regular, fonts().bold
    buffer = io.BytesIO()
    width, _height = PAGE
    document = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=_MARGIN, rightMargin=_MARGIN,
                                 topMargin=_HEADER, bottomMargin=_MARGIN, title=data.definition.title,
                                 author="hms_desktop", creator="hms_desktop", subject=data.subtitle,
                                 invariant=1)
    stamp = pdf_date(created or datetime.now(UTC))
    story: list[Any] = []
    drawing = build_chart(data.definition, data.cells, width - 2 * _MARGIN, 70 * mm)
    if drawing is not None:
        story += [drawing, Spacer(1, 6 * mm)]  # a Drawing is a flowable itself
    columns = data.definition.columns
    rows = [[c.label for c in columns]]
    rows += [[cell_text(c.kind, v, data.currency, c.key) for c, v in zip(columns, row, strict=True)]
             for row in data.cells]
    if not data.cells:
        rows.append([translate("printing", "No rows for this range and these filters.")] + [""] * (len(columns) - 1))
    table = LongTable(rows, repeatRows=1, hAlign="LEFT")
    style = [("FONT", (0, 0), (-1, 0), bold, 8), ("FONT", (0, 1), (-1, -1), regular, 8),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK), ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
             ("TEXTCOLOR", (0, 0), (-1, -1), INK), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for i, column in enumerate(columns):
        if column.kind not in ("text", "date"):
            style.append(("ALIGN", (i, 0), (i, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    story.append(table)
    header = _header(data, copy)

    def first(canvas: Any, doc: Any) -> None:
        canvas.setDateFormatter(lambda *_reportlabs_time: stamp)
        header(canvas, doc)

    document.build(story, onFirstPage=first, onLaterPages=header)
    return buffer.getvalue()
