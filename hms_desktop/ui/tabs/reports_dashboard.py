"""Reports → Dashboard: today's figures as big numbers with words, occupancy and money taken as charts, live.

One service call (``services.dashboard.dashboard``) returns every tile, always on the task runner. The page
reloads when the ``appointments`` or ``beds`` channel says something changed, but at most once every
``THROTTLE_MS``: a busy front desk notifies many times a minute and the dashboard need not repaint each time.
The money taken is not notified (payments have no channel), so a timer reloads every ``REVENUE_RELOAD_MS``
for those who see it. Tiles a person may not read (the service returns ``None``) are hidden, not zero.

The charts are readable without colour: every bar carries its value as a label, and the "free" bars are
hatched while the "occupied" ones are solid.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QShortcut, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from hms_desktop.domain.inventory import counted
from hms_desktop.formats import format_long_date, format_time_seconds
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import dashboard as dashboard_service
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.dashboard import DashboardDTO
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_reports_dashboard import Ui_ReportsDashboard
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.amounts import money_text
from hms_desktop.ui.widgets.feedback import show_message

CHANNELS = ("appointments", "beds")
THROTTLE_MS = 3000
CATCH_UP_MS = 1200  # the listener LISTENs on a new channel within about half a second (as LiveScreen)
# Reloads after a read on a replica that was behind, until a notification comes again (services/reports/source.py).
REPLAY_RELOADS = 3
REVENUE_RELOAD_MS = 60_000
TILE_COLUMNS = 6
OCCUPIED_COLOUR = QColor("#2f6f9f")
FREE_COLOUR = QColor("#9fc3dd")
MONEY_COLOUR = QColor("#4f7f3f")

# (key, words under the number, tooltip)
TILES: tuple[tuple[str, str, str], ...] = (
    ("booked", QT_TRANSLATE_NOOP("ReportsDashboard", "Appointments today"),
     QT_TRANSLATE_NOOP("ReportsDashboard", "Today's appointments, not cancelled or declined")),
    ("checked_in", QT_TRANSLATE_NOOP("ReportsDashboard", "Checked in"),
     QT_TRANSLATE_NOOP("ReportsDashboard", "Patients who arrived for today's appointments")),
    ("seen", QT_TRANSLATE_NOOP("ReportsDashboard", "Seen"),
     QT_TRANSLATE_NOOP("ReportsDashboard", "Today's appointments completed")),
    ("no_shows", QT_TRANSLATE_NOOP("ReportsDashboard", "No-shows"),
     QT_TRANSLATE_NOOP("ReportsDashboard", "Today's appointments marked as not attended")),
    ("waiting", QT_TRANSLATE_NOOP("ReportsDashboard", "Waiting now"),
     QT_TRANSLATE_NOOP("ReportsDashboard", "Checked in and not yet called")),
    ("average_wait", QT_TRANSLATE_NOOP("ReportsDashboard", "Average wait"),
     QT_TRANSLATE_NOOP("ReportsDashboard", "How long those waiting now have waited, on average")),
    ("occupancy", QT_TRANSLATE_NOOP("ReportsDashboard", "Beds occupied"),
     QT_TRANSLATE_NOOP("ReportsDashboard", "Beds with a patient, of the beds in service")),
    ("admissions", QT_TRANSLATE_NOOP("ReportsDashboard", "Admissions today"),
     QT_TRANSLATE_NOOP("ReportsDashboard", "Patients admitted since midnight")),
    ("discharges", QT_TRANSLATE_NOOP("ReportsDashboard", "Discharges today"),
     QT_TRANSLATE_NOOP("ReportsDashboard", "Patients discharged since midnight")),
    ("revenue", QT_TRANSLATE_NOOP("ReportsDashboard", "Taken today"),
     QT_TRANSLATE_NOOP("ReportsDashboard", "Payments less refunds, and deposits, taken since midnight")),
    ("low_stock", QT_TRANSLATE_NOOP("ReportsDashboard", "Items to reorder"),
     QT_TRANSLATE_NOOP("ReportsDashboard", "Stock items below their reorder level")),
)


class Tile(QFrame):
    """A big number and the words that say what it counts; its accessible name reads both."""

    def __init__(self, caption: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = caption
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.value_label = QLabel("–", self, objectName="tileValue")
        self.caption_label = QLabel(caption, self, objectName="tileCaption")
        self.caption_label.setWordWrap(True)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        self.setToolTip(tooltip)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_value(self, text: str) -> None:
        self.value_label.setText(text)
        self.setAccessibleName(f"{self.caption}: {text}")

    @property
    def value(self) -> str:
        return str(self.value_label.text())


def _chart_view(chart: QChart, name: str) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    view.setMinimumHeight(180)
    return view


class ReportsDashboard(QWidget):
    loaded = Signal()

    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._live = live
        self.clock = HospitalClock.unloaded(ctx)
        self.board: DashboardDTO | None = None
        self._sequence = 0
        self.ui = Ui_ReportsDashboard()
        self.ui.setupUi(self)
        self.tiles: dict[str, Tile] = {}
        for index, (key, caption, tooltip) in enumerate(TILES):
            tile = Tile(QCoreApplication.translate("ReportsDashboard", caption),
                        QCoreApplication.translate("ReportsDashboard", tooltip), self.ui.tilesHost)
            self.tiles[key] = tile
            self.ui.tilesLayout.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
        self._build_charts()
        show_message(self.ui.messageLabel, "")
        self.ui.reloadButton.setAccessibleName(self.tr("Reload the dashboard"))
        self.ui.reloadButton.clicked.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        # Throttle, not debounce: the first notification starts the timer, later ones within it change
        # nothing, so a steady stream reloads once every THROTTLE_MS instead of never. Not named
        # "liveDebounce": the soak (ui/soak.py) shortens those to 0 ms to reload the bed board and day view on
        # every NOTIFY, and the dashboard is meant to keep its few seconds under such a storm.
        self._replay_reloads = 0
        self.throttle = QTimer(self)
        self.throttle.setObjectName("dashboardThrottle")
        self.throttle.setSingleShot(True)
        self.throttle.setInterval(THROTTLE_MS)
        self.throttle.timeout.connect(self._reload_if_shown)
        self.revenue_timer = QTimer(self)
        self.revenue_timer.setInterval(REVENUE_RELOAD_MS)
        self.revenue_timer.timeout.connect(self._reload_if_shown)
        self.catch_up = QTimer(self)
        self.catch_up.setSingleShot(True)
        self.catch_up.setInterval(CATCH_UP_MS)
        self.catch_up.timeout.connect(self._reload_if_shown)
        # Nothing is queried while the page is not on screen (every admin, billing and doctor login has the
        # tab; most never open it): a notification then only marks it out of date, and showing it reloads.
        self._stale = True
        if live is not None:
            for channel in CHANNELS:
                live.listen(channel)
            live.notified.connect(self._notified)
            live.connection_changed.connect(self._connection_changed)
            self.catch_up.start()

    # --- layout ---

    def _build_charts(self) -> None:
        self.ward_chart = QChart()
        self.ward_chart.setLocalizeNumbers(True)  # labels and axes in the locale's digits and decimal sign
        self.ward_chart.setTitle(self.tr("Beds by ward"))
        self.ward_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.ward_view = _chart_view(self.ward_chart, self.tr("Bed occupancy by ward"))
        self.ui.wardChartLayout.addWidget(self.ward_view)
        self.revenue_chart = QChart()
        self.revenue_chart.setLocalizeNumbers(True)
        self.revenue_chart.setTitle(self.tr("Taken today by payment method"))
        self.revenue_chart.legend().hide()
        self.revenue_view = _chart_view(self.revenue_chart, self.tr("Money taken today by payment method"))
        self.ui.revenueChartLayout.addWidget(self.revenue_view)
        header = self.ui.stockTable.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)

    # --- loading ---

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _notified(self, channel: str, _payload: str) -> None:
        if channel not in CHANNELS:
            return
        self._replay_reloads = 0
        if not self.isVisible():
            self._stale = True
        elif not self.throttle.isActive():
            self.throttle.start()

    def _connection_changed(self, connected: bool) -> None:
        if connected:  # what was notified while the connection was lost is lost too
            self._reload_if_shown()

    def reload(self) -> None:
        ctx, known = self._ctx, self.clock
        self.throttle.stop()
        self._stale = False
        self._sequence += 1
        sequence = self._sequence
        if self.board is None:
            self.ui.updatedLabel.setText(self.tr("Loading…"))

        def load() -> tuple[HospitalClock, DashboardDTO]:
            return (known if known.loaded else hospital_clock(ctx)), dashboard_service.dashboard(ctx)

        def done(result: tuple[HospitalClock, DashboardDTO]) -> None:
            if sequence == self._sequence:  # an older, slower answer never paints over a newer one
                self._loaded(*result)

        def failed(error: ServiceError) -> None:
            if sequence == self._sequence:
                show_message(self.ui.messageLabel,
                             self.tr("The dashboard could not be loaded: %1").replace("%1", str(error)))
                self.ui.updatedLabel.setText("")

        self._runner.run(load, on_success=done, on_failure=failed, owner=self)

    def _loaded(self, clock: HospitalClock, board: DashboardDTO) -> None:
        self.clock = clock
        self.board = board
        show_message(self.ui.messageLabel, "")
        self.ui.headingLabel.setText(self.tr("Today, %1").replace("%1", format_long_date(board.day)))
        updated = self.tr("Updated %1").replace("%1", format_time_seconds(board.generated_at))
        if board.source != "primary":  # read on the profile's replica: say how fresh it is
            updated += " · " + self.tr("from the %1").replace("%1", board.source)
        self.ui.updatedLabel.setText(updated)
        # Notifications come from the primary; a replica with changes still to replay may not show what was
        # announced yet. Read again after the throttle, a few times at most (a replica hours behind must not
        # make the page reload forever), until it has caught up.
        if board.source.endswith(" s behind)") and self._replay_reloads < REPLAY_RELOADS:
            self._replay_reloads += 1
            if not self.throttle.isActive():
                self.throttle.start()
        counts = board.appointments
        values: dict[str, str | None] = {
            "booked": str(counts.booked),
            "checked_in": str(counts.checked_in),
            "seen": str(counts.seen),
            "no_shows": str(counts.no_shows),
            "waiting": str(board.waiting),
            "average_wait": (self.tr("none waiting") if board.average_wait_minutes is None
                             else self.tr("%1 min").replace("%1", str(round(board.average_wait_minutes)))),
            "occupancy": self.tr("%1 of %2").replace("%1", str(board.occupied)).replace("%2", str(board.beds)),
            "admissions": str(board.admissions),
            "discharges": str(board.discharges),
            "revenue": None if board.revenue is None else money_text(board.revenue_total),
            "low_stock": None if board.low_stock is None else str(len(board.low_stock)),
        }
        for key, value in values.items():
            tile = self.tiles[key]
            tile.setVisible(value is not None)
            if value is not None:
                tile.set_value(value)
        self._fill_wards(board)
        self._fill_revenue(board)
        self._fill_stock(board)
        if board.revenue is not None and not self.revenue_timer.isActive():
            self.revenue_timer.start()
        self.loaded.emit()

    def _fill_wards(self, board: DashboardDTO) -> None:
        chart = self.ward_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        occupied = QBarSet(self.tr("Occupied"))
        free = QBarSet(self.tr("Free"))
        occupied.setColor(OCCUPIED_COLOUR)
        occupied.setBorderColor(QColor("black"))
        # Hatched, so "free" and "occupied" differ in grey print and to colour-blind eyes too.
        free.setBrush(QBrush(QColor("black"), Qt.BrushStyle.BDiagPattern))
        free.setBorderColor(QColor("black"))
        for ward in board.wards:
            occupied.append(ward.occupied)
            free.append(max(0, ward.beds - ward.occupied))
        series = QHorizontalStackedBarSeries()
        series.append(occupied)
        series.append(free)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        occupied.setLabelColor(QColor("white"))
        free.setLabelColor(QColor("black"))
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([ward.name for ward in board.wards])
        values = QValueAxis()
        values.setLabelFormat("%.0f")  # not "%d": with localizeNumbers QtCharts draws no label for it
        values.setRange(0, max([ward.beds for ward in board.wards] + [1]))
        values.applyNiceNumbers()  # whole beds on the axis: 0, 5, 10, not 0, 1.7, 3.3
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.ward_view.setAccessibleDescription("; ".join(
            self.tr("%1: %2 of %3 beds occupied").replace("%1", w.name).replace("%2", str(w.occupied))
            .replace("%3", str(w.beds)) for w in board.wards))

    def _fill_revenue(self, board: DashboardDTO) -> None:
        self.ui.revenueChartHost.setVisible(board.revenue is not None)
        if board.revenue is None:
            return
        chart = self.revenue_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        taken = QBarSet(self.tr("Taken"))
        taken.setColor(MONEY_COLOUR)
        taken.setBorderColor(QColor("black"))
        taken.setLabelColor(QColor("black"))
        for line in board.revenue:
            taken.append(float(line.amount))
        series = QHorizontalBarSeries()
        series.append(taken)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(12)  # "75.5" stays 75.5, not 75; the tile and the description say it exactly
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([domain_word(line.label) for line in board.revenue] or [self.tr("Nothing yet")])
        values = QValueAxis()
        top = max([float(line.amount) for line in board.revenue] + [1.0])
        bottom = min([0.0] + [float(line.amount) for line in board.revenue])  # a day of refunds goes below 0
        values.setRange(bottom, top * 1.3)  # room for the value labels outside the bars
        values.applyNiceNumbers()
        values.setLabelFormat("%.0f")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.revenue_view.setAccessibleDescription("; ".join(
            f"{domain_word(line.label)}: {money_text(line.amount)}" for line in board.revenue))

    def _fill_stock(self, board: DashboardDTO) -> None:
        self.ui.stockHost.setVisible(board.low_stock is not None)
        table = self.ui.stockTable
        lines = board.low_stock or ()
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            table.setItem(row, 0, QTableWidgetItem(line.name))
            for column, number in ((1, line.on_hand), (2, line.reorder_level)):
                item = QTableWidgetItem(counted(number, line.unit))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    def tile_text(self, key: str) -> str | None:
        """What a tile shows, or None when it is hidden (for tests and the soak)."""
        tile = self.tiles[key]
        return tile.value if not tile.isHidden() else None


__all__ = ["CHANNELS", "ReportsDashboard", "Tile"]
