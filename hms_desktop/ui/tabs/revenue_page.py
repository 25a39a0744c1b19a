"""Revenue (a page of the Billing tab for administrators, issue 9 item 8): one day's revenue.

Pick a day (the hospital's calendar day, midnight to midnight in its zone; today when the page is first
shown): what was invoiced and credited, money taken by method, refunds and deposits, the takings per clerk
and the shifts closed that day with their differences. "Print…" previews the A4 summary
(``shifts.print_daily_revenue``); "Export CSV…" writes the rows shown (``shifts.revenue_csv``) to a file for a
spreadsheet. Every service call runs on the task runner; writing the CSV is a local file, done here.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QTableWidget, QWidget

from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_time
from hms_desktop.services.billing import shifts
from hms_desktop.services.billing.shifts import DailyRevenue
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.printing import PrintJob
from hms_desktop.ui.forms.ui_revenue_page import Ui_RevenuePage
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tabs.shift_page import cell, method_words, money, prepare_table, signed
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message

log = logging.getLogger(__name__)


class RevenuePage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revenuePage")
        self.ui = Ui_RevenuePage()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._ctx = ctx
        self._runner = runner
        self._live = live  # nothing live: a day's summary is read when asked for
        self.clock = HospitalClock.unloaded(ctx)
        self.revenue: DailyRevenue | None = None
        self.active_dialog: QWidget | None = None
        self._day_chosen = False
        self._requested: date | None = None
        show_message(self.ui.messageLabel, "")
        font = self.ui.totalsLabel.font()
        font.setBold(True)
        self.ui.totalsLabel.setFont(font)
        prepare_table(self.ui.takingsTable, 1)
        prepare_table(self.ui.clerksTable, 0)
        prepare_table(self.ui.shiftsTable, 6)
        for table, name in ((self.ui.takingsTable, self.tr("Money taken")), (self.ui.clerksTable, self.tr("Per clerk")),
                            (self.ui.shiftsTable, self.tr("Shifts closed this day"))):
            table.setAccessibleName(name)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.ui.dayEdit.setAccessibleName(self.tr("Day"))
        self.ui.previousButton.setAccessibleName(self.tr("Previous day"))
        self.ui.nextButton.setAccessibleName(self.tr("Next day"))
        self.ui.dayEdit.setDate(QDate(self.clock.today()))
        self.ui.dayEdit.dateChanged.connect(lambda _d: self._day_edited())
        self.ui.previousButton.clicked.connect(lambda: self.show_day(self.day - timedelta(days=1)))
        self.ui.nextButton.clicked.connect(lambda: self.show_day(self.day + timedelta(days=1)))
        self.ui.todayButton.clicked.connect(lambda: self.show_day(self.clock.today()))
        self.ui.printButton.clicked.connect(self.print_summary)
        self.ui.exportButton.clicked.connect(self.choose_csv_file)
        if not ctx.user.has(Group.ADMIN):
            show_message(self.ui.messageLabel, self.tr("Only an administrator reads the daily revenue."))
            for widget in (self.ui.dayEdit, self.ui.previousButton, self.ui.nextButton, self.ui.todayButton):
                widget.setEnabled(False)

    @property
    def day(self) -> date:
        # toPython() is typed as returning object: a QDate gives a date.
        return cast(date, self.ui.dayEdit.date().toPython())

    def activate(self) -> None:
        """Called by the Billing tab when the page is shown: read the zone once, then load the day."""
        if not self._ctx.user.has(Group.ADMIN):
            return
        if not self.clock.loaded:
            ctx = self._ctx
            self._runner.run(lambda: hospital_clock(ctx), on_success=self._clock_loaded,
                             on_failure=self._failed, owner=self)
        else:
            self.reload()

    def _clock_loaded(self, clock: HospitalClock) -> None:
        self.clock = clock
        if not self._day_chosen:
            self.ui.dayEdit.blockSignals(True)
            self.ui.dayEdit.setDate(QDate(clock.today()))
            self.ui.dayEdit.blockSignals(False)
        self.reload()

    def show_day(self, day: date) -> None:
        self._day_chosen = True
        self.ui.dayEdit.setDate(QDate(day))  # dateChanged reloads

    def _day_edited(self) -> None:
        self._day_chosen = True
        self.reload()

    def reload(self) -> None:
        ctx, day = self._ctx, self.day
        self._requested = day
        self._runner.run(lambda: shifts.daily_revenue(ctx, day), on_success=self._loaded,
                         on_failure=self._failed, owner=self)

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))

    def _loaded(self, revenue: DailyRevenue) -> None:
        if revenue.day != self._requested:  # a reply for a day the person has already left
            return
        self.revenue = revenue
        show_message(self.ui.messageLabel, "")
        self.ui.totalsLabel.setText(
            self.tr("Invoiced %1 (%2)   ·   Credited %3 (%4)   ·   Taken %5   ·   Refunded %6   ·   Deposits %7   ·   "
                    "Net takings %8")
            .replace("%1", money(revenue.invoiced)).replace("%2", str(revenue.invoiced_count))
            .replace("%3", money(revenue.credited)).replace("%4", str(revenue.credited_count))
            .replace("%5", money(revenue.taken_total)).replace("%6", money(revenue.refunded_total))
            .replace("%7", money(revenue.deposits_total)).replace("%8", money(revenue.net_takings)))
        takings: list[tuple[str, str, str, str]] = []
        methods = method_words(self)
        for words, totals in ((self.tr("Taken"), revenue.taken), (self.tr("Refunds"), revenue.refunds),
                              (self.tr("Deposits"), revenue.deposits)):
            takings += [(words, methods.get(m.method, m.label), str(m.items), money(m.amount)) for m in totals]
        if not takings:
            takings.append((self.tr("No money taken this day"), "", "", ""))
        self._fill(self.ui.takingsTable, [(a, b, c, d) for a, b, c, d in takings], right_from=2)
        self._fill(self.ui.clerksTable, [(c.name, money(c.payments), money(c.refunds), money(c.deposits),
                                          money(c.cash_net)) for c in revenue.clerks], right_from=1)
        shift_rows: list[tuple[str, ...]] = []
        for shift in revenue.shifts:
            assert shift.closed_at is not None and shift.difference is not None
            shift_rows.append((f"Z-{shift.id}", shift.staff_name, format_time(self.clock.local(shift.closed_at)),
                               money(shift.expected_cash), money(shift.counted_cash), signed(shift.difference),
                               shift.note or ""))
        self._fill(self.ui.shiftsTable, shift_rows, right_from=3, right_to=5)
        self.ui.printButton.setEnabled(True)
        self.ui.exportButton.setEnabled(True)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]], *, right_from: int, right_to: int = 99) -> None:
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = cell(value, right=right_from <= column <= right_to)
                item.setToolTip(value if column == len(values) - 1 and len(value) > 30 else "")
                table.setItem(row, column, item)

    # --- print and export ---

    def print_summary(self) -> None:
        if self.revenue is None:
            return
        ctx, day = self._ctx, self.revenue.day
        self._runner.run(lambda: shifts.print_daily_revenue(ctx, day), on_success=self._preview,
                         on_failure=self._failed, owner=self)

    def _preview(self, job: PrintJob) -> None:
        from hms_desktop.ui.dialogs.print_preview import open_print_preview

        self.active_dialog = open_print_preview(job, ctx=self._ctx, runner=self._runner, parent=self)

    def choose_csv_file(self) -> None:
        if self.revenue is None:
            return
        # A file name keeps the ISO date (2026-12-02) whatever the language: it sorts and every system reads it.
        suggested = str(Path.home() / f"revenue-{self.revenue.day.isoformat()}.csv")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the daily revenue"), suggested,
                                                    self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> bool:
        """Write the day shown as CSV; say where, or why not."""
        if self.revenue is None:
            return False
        try:
            path.write_text(shifts.revenue_csv(self.revenue), encoding="utf-8-sig", newline="")
        except OSError as error:
            show_message(self.ui.messageLabel, self.tr("The file could not be written (%1). Choose another "
                                                       "folder.").replace("%1", error.strerror or str(error)))
            return False
        show_message(self.ui.messageLabel, self.tr("Saved %1.").replace("%1", str(path)), role="info")
        return True
