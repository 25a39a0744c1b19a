"""My shift (a page of the Billing tab for billing and of the Registration tab for reception, who take cash
deposits; issue 9 item 8): the clerk's cash drawer from the opening float to the counted close, and the
Z-report.

With no shift open the page offers "Open shift" with the float. With one open it shows what the shift took so
far (payments and refunds by method, deposits, the cash expected in the drawer), refreshed when the page is
shown, on Refresh and every ``REFRESH_MS`` while it is visible (a payment taken in the patient account page or
at another workstation of the same clerk has no live channel of its own). Closing takes the cash counted; the
difference against the expected cash is shown as it is typed, and a note is asked for when it is not zero. The
close is confirmed first (a closed shift never changes) and the database computes the final figures. On the
right, the clerk's own shifts, read-only, and "Print Z-report…" for a closed one. Every service call runs on
the task runner.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from hms_desktop.domain.billing import money as parse_money
from hms_desktop.domain.errors import ValidationError
from hms_desktop.formats import format_date_time, format_time
from hms_desktop.services.billing import shifts
from hms_desktop.services.billing.shifts import ShiftDTO, ShiftSummary
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.printing import PrintJob
from hms_desktop.ui.forms.ui_shift_page import Ui_ShiftPage
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.amounts import amount_problem, money_text, read_amount
from hms_desktop.ui.widgets.feedback import mark_invalid, show_message, show_problems
from hms_desktop.ui.widgets.select_row import select_row

log = logging.getLogger(__name__)

REFRESH_MS = 30_000
SHIFT_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# History columns
H_OPENED, H_CLOSED, H_FLOAT, H_EXPECTED, H_COUNTED, H_DIFFERENCE, H_NOTE = range(7)


def method_words(widget: QWidget) -> dict[str, str]:
    """How each payment method reads on screen (``shifts.METHOD_LABELS``, translated)."""
    del widget  # the words are the page's, whichever widget asks
    return {"cash": QCoreApplication.translate("ShiftPage", "Cash"),
            "card": QCoreApplication.translate("ShiftPage", "Card"),
            "transfer": QCoreApplication.translate("ShiftPage", "Bank transfer"),
            "insurance": QCoreApplication.translate("ShiftPage", "Insurance"),
            "deposit": QCoreApplication.translate("ShiftPage", "Deposit applied")}


def money(value: Decimal | None) -> str:
    return money_text(value)


def signed(value: Decimal) -> str:
    return money_text(value, signed=True)


def prepare_table(table: QTableWidget, stretch: int) -> None:
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def cell(text: str, *, right: bool = False, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(RIGHT)
    if data is not None:
        item.setData(SHIFT_ROLE, data)
    return item


class ShiftPage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftPage")
        self.ui = Ui_ShiftPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._live = live  # no channel: payments notify nothing; the page refreshes on a timer instead
        self.clock = HospitalClock.unloaded(ctx)
        self.shift: ShiftDTO | None = None
        self.summary: ShiftSummary | None = None
        self.history: tuple[ShiftDTO, ...] = ()
        self.active_confirm: QMessageBox | None = None
        self.active_dialog: QWidget | None = None
        self._loaded = False
        self._select_after_load: int | None = None
        font = self.ui.statusLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.statusLabel.setFont(font)
        bold = self.ui.expectedLabel.font()
        bold.setBold(True)
        for label in (self.ui.expectedLabel, self.ui.differenceLabel):
            label.setFont(bold)
        for label in (self.ui.messageLabel, self.ui.floatError, self.ui.countedError, self.ui.noteError):
            show_message(label, "")
        prepare_table(self.ui.summaryTable, 1)
        prepare_table(self.ui.historyTable, H_NOTE)
        self.ui.summaryTable.setAccessibleName(self.tr("What this shift took"))
        self.ui.historyTable.setAccessibleName(self.tr("My shifts"))
        self.ui.floatEdit.setAccessibleName(self.tr("Opening float"))
        self.ui.countedEdit.setAccessibleName(self.tr("Cash counted"))
        self.ui.noteEdit.setAccessibleName(self.tr("Note on the difference"))
        self.ui.openButton.clicked.connect(self.open_shift)
        self.ui.floatEdit.returnPressed.connect(self.open_shift)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.closeButton.clicked.connect(self.confirm_close)
        self.ui.countedEdit.textChanged.connect(lambda _text: self._show_difference())
        self.ui.noteEdit.textChanged.connect(lambda _text: self._note_edited())
        self.ui.printButton.clicked.connect(self.print_z_report)
        self.ui.historyTable.itemSelectionChanged.connect(self._update_buttons)
        self.ui.historyTable.itemActivated.connect(lambda _item: self.print_z_report())
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._refresh_if_shown)
        self._show_shift(None)

    # --- loading ---

    def activate(self) -> None:
        """Called by the Billing tab when the page is shown: load (again) and keep the summary fresh."""
        if not self._loaded:
            ctx = self._ctx
            self._runner.run(lambda: hospital_clock(ctx), on_success=self._clock_loaded,
                             on_failure=lambda error: log.info("Hospital clock not read: %s", error), owner=self)
        self.reload()
        self.timer.start()

    def _clock_loaded(self, clock: HospitalClock) -> None:
        self.clock = clock
        self._show_history(self.history)
        self._show_shift(self.shift)

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and self.shift is not None:
            self.reload()

    def reload(self) -> None:
        ctx = self._ctx

        def load() -> tuple[tuple[ShiftDTO, ...], ShiftSummary | None]:
            mine = shifts.my_shifts(ctx)
            current = next((s for s in mine if s.is_open), None)
            return mine, (shifts.shift_summary(ctx, current.id) if current is not None else None)

        self._runner.run(load, on_success=self._loaded_shifts, on_failure=self._failed, owner=self)

    def _loaded_shifts(self, loaded: tuple[tuple[ShiftDTO, ...], ShiftSummary | None]) -> None:
        self._loaded = True
        history, summary = loaded
        self.summary = summary
        self._show_history(history)
        self._show_shift(summary.shift if summary is not None else None)

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))
        self._update_buttons()

    # --- showing ---

    def _when(self, instant: Any) -> str:
        return format_date_time(self.clock.local(instant)) if instant is not None else ""

    def _show_shift(self, shift: ShiftDTO | None) -> None:
        self.shift = shift
        is_open = shift is not None
        self.ui.openBox.setVisible(not is_open)
        self.ui.summaryBox.setVisible(is_open)
        self.ui.closeBox.setVisible(is_open)
        if shift is None:
            self.ui.statusLabel.setText(self.tr("No cash shift open. Open one with the float in the drawer "
                                                "before taking cash."))
            self.summary = None
        else:
            self.ui.statusLabel.setText(self.tr("Cash shift Z-%1 open since %2, float %3.")
                                        .replace("%1", str(shift.id)).replace("%2", self._when(shift.opened_at))
                                        .replace("%3", money(shift.opening_float)))
        self._show_summary(self.summary)
        self._show_difference()
        self._update_buttons()

    def _show_summary(self, summary: ShiftSummary | None) -> None:
        table = self.ui.summaryTable
        table.setRowCount(0)
        if summary is None:
            self.ui.expectedLabel.setText("")
            return
        rows: list[tuple[str, str, str, str]] = []
        methods = method_words(self)
        for words, totals in ((self.tr("Payments"), summary.payments), (self.tr("Refunds"), summary.refunds),
                              (self.tr("Deposits"), summary.deposits)):
            rows += [(words, methods.get(m.method, m.label), str(m.items), money(m.amount)) for m in totals]
        if not rows:
            rows.append((self.tr("Nothing taken yet"), "", "", ""))
        table.setRowCount(len(rows))
        for row, (words, method, items, amount) in enumerate(rows):
            table.setItem(row, 0, cell(words))
            table.setItem(row, 1, cell(method))
            table.setItem(row, 2, cell(items, right=True))
            table.setItem(row, 3, cell(amount, right=True))
        self.ui.expectedLabel.setText(
            self.tr("Expected in the drawer: %1 (float %2 + cash taken %3 − cash paid back %4)")
            .replace("%1", money(summary.expected_cash)).replace("%2", money(summary.shift.opening_float))
            .replace("%3", money(summary.cash_in)).replace("%4", money(summary.cash_refunds)))

    def counted(self) -> Decimal | None:
        """The cash counted as typed, or None while it is not an amount."""
        text, unclear = read_amount(self.ui.countedEdit.text())
        if not text or unclear:
            return None
        try:
            return parse_money(text)
        except ValidationError:
            return None

    def _show_difference(self) -> None:
        """The difference against the expected cash, as the count is typed."""
        counted, summary = self.counted(), self.summary
        typed = bool(self.ui.countedEdit.text().strip())
        show_message(self.ui.countedError, (amount_problem(self.ui.countedEdit.text())
                                            or self.tr("Enter an amount like 245.50.")) if typed and counted is None
                     else "")
        mark_invalid(self.ui.countedEdit, typed and counted is None)
        if counted is None or summary is None:
            self.ui.differenceLabel.setText("")
            self.ui.noteLabel.setText(self.tr("&Note"))
        else:
            difference = summary.difference_if(counted)
            words = (self.tr("exact") if not difference else
                     self.tr("over") if difference > 0 else self.tr("short"))
            self.ui.differenceLabel.setText(self.tr("Difference %1 (%2)").replace("%1", signed(difference))
                                            .replace("%2", words))
            self.ui.noteLabel.setText(self.tr("&Note (required)") if difference else self.tr("&Note"))
        self._update_buttons()

    def _note_edited(self) -> None:
        show_message(self.ui.noteError, "")
        mark_invalid(self.ui.noteEdit, False)

    def _show_history(self, history: tuple[ShiftDTO, ...]) -> None:
        self.history = history
        table = self.ui.historyTable
        chosen = self._select_after_load if self._select_after_load is not None else self.selected_shift_id()
        self._select_after_load = None
        table.setRowCount(len(history))
        for row, shift in enumerate(history):
            closed = self._when(shift.closed_at) if shift.closed_at is not None else self.tr("Open")
            table.setItem(row, H_OPENED, cell(self._when(shift.opened_at), data=shift.id))
            table.setItem(row, H_CLOSED, cell(closed))
            table.setItem(row, H_FLOAT, cell(money(shift.opening_float), right=True))
            table.setItem(row, H_EXPECTED, cell(money(shift.expected_cash), right=True))
            table.setItem(row, H_COUNTED, cell(money(shift.counted_cash), right=True))
            difference = "" if shift.difference is None else signed(shift.difference)
            table.setItem(row, H_DIFFERENCE, cell(difference, right=True))
            note = cell(shift.note or "")
            note.setToolTip(shift.note or "")
            table.setItem(row, H_NOTE, note)
            if shift.id == chosen:
                select_row(table, row)
        self._update_buttons()

    def selected_shift_id(self) -> int | None:
        rows = self.ui.historyTable.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.ui.historyTable.item(rows[0].row(), H_OPENED)
        return int(item.data(SHIFT_ROLE)) if item is not None else None

    def select_shift(self, shift_id: int) -> bool:
        for row in range(self.ui.historyTable.rowCount()):
            item = self.ui.historyTable.item(row, H_OPENED)
            if item is not None and item.data(SHIFT_ROLE) == shift_id:
                select_row(self.ui.historyTable, row)
                return True
        return False

    def _selected_closed(self) -> ShiftDTO | None:
        chosen = self.selected_shift_id()
        return next((s for s in self.history if s.id == chosen and not s.is_open), None)

    def _update_buttons(self) -> None:
        self.ui.closeButton.setEnabled(self.shift is not None and self.counted() is not None)
        self.ui.printButton.setEnabled(self._selected_closed() is not None)

    # --- opening ---

    def open_shift(self) -> None:
        ctx, (typed, unclear) = self._ctx, read_amount(self.ui.floatEdit.text())
        show_message(self.ui.messageLabel, "")
        if unclear:  # "1,234": never guessed (amounts.read_amount)
            show_problems({"opening_float": unclear}, {"opening_float": (self.ui.floatError, self.ui.floatEdit)},
                          self.ui.messageLabel)
            self.ui.floatEdit.setFocus()
            return
        self.ui.openButton.setEnabled(False)
        self._runner.run(lambda: shifts.open_shift(ctx, typed), on_success=self._opened,
                         on_failure=self._open_failed, owner=self)

    def _opened(self, shift: ShiftDTO) -> None:
        self.ui.openButton.setEnabled(True)
        self.ui.floatEdit.clear()
        show_problems({}, {"opening_float": (self.ui.floatError, self.ui.floatEdit)}, self.ui.messageLabel)
        show_message(self.ui.messageLabel, self.tr("Shift opened at %1 with a float of %2.")
                     .replace("%1", format_time(self.clock.local(shift.opened_at)))
                     .replace("%2", money(shift.opening_float)), role="info")
        self.ui.countedEdit.setFocus()
        self.reload()

    def _open_failed(self, error: ServiceError) -> None:
        self.ui.openButton.setEnabled(True)
        if isinstance(error, ValidationFailed):
            field = show_problems(error.problems, {"opening_float": (self.ui.floatError, self.ui.floatEdit)},
                                  self.ui.messageLabel)
            (field or self.ui.floatEdit).setFocus()
        else:
            self._failed(error)
            self.reload()  # a shift opened elsewhere meanwhile is shown

    # --- closing ---

    def confirm_close(self) -> QMessageBox | None:
        shift, counted, summary = self.shift, self.counted(), self.summary
        if shift is None or counted is None or summary is None:
            return None
        difference = summary.difference_if(counted)
        if difference and not self.ui.noteEdit.text().strip():
            show_message(self.ui.noteError, self.tr("The count differs from the expected cash by %1; say why in "
                                                    "a note.").replace("%1", signed(difference)))
            mark_invalid(self.ui.noteEdit, True)
            self.ui.noteEdit.setFocus()
            return None
        text = self.tr("Close your cash shift with %1 counted (difference %2)?\n\nA closed shift cannot be "
                       "changed; the Z-report prints its figures.").replace("%1", money(counted)) \
            .replace("%2", signed(difference))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close shift"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("C&lose shift"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Not yet"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_confirm = box
        note = self.ui.noteEdit.text()
        box.finished.connect(lambda result: self._close_answered(shift.id, counted, note,
                                                                 result == QMessageBox.StandardButton.Yes))
        box.open()
        return box

    def _close_answered(self, shift_id: int, counted: Decimal, note: str, yes: bool) -> None:
        self.active_confirm = None
        if not yes:
            self.ui.countedEdit.setFocus()
            return
        ctx = self._ctx
        self.ui.closeButton.setEnabled(False)
        self._runner.run(lambda: shifts.close_shift(ctx, shift_id, counted, note), on_success=self._closed,
                         on_failure=self._close_failed, owner=self)

    def _closed(self, shift: ShiftDTO) -> None:
        self.ui.countedEdit.clear()
        self.ui.noteEdit.clear()
        assert shift.difference is not None and shift.closed_at is not None
        show_message(self.ui.messageLabel, self.tr("Shift closed at %1: counted %2, expected %3, difference %4. "
                                                   "Print the Z-report for the cash bag.")
                     .replace("%1", format_time(self.clock.local(shift.closed_at)))
                     .replace("%2", money(shift.counted_cash)).replace("%3", money(shift.expected_cash))
                     .replace("%4", signed(shift.difference)), role="info")
        self._select_after_load = shift.id
        self.reload()
        self.ui.historyTable.setFocus()

    def _close_failed(self, error: ServiceError) -> None:
        if isinstance(error, ValidationFailed):
            field = show_problems(error.problems, {"counted_cash": (self.ui.countedError, self.ui.countedEdit),
                                                   "note": (self.ui.noteError, self.ui.noteEdit)},
                                  self.ui.messageLabel)
            (field or self.ui.countedEdit).setFocus()
            self._update_buttons()
        else:
            self._failed(error)
        self.reload()  # money taken meanwhile changes the expected cash

    # --- the Z-report ---

    def print_z_report(self) -> None:
        shift = self._selected_closed()
        if shift is None:
            return
        ctx, shift_id = self._ctx, shift.id
        self._runner.run(lambda: shifts.print_z_report(ctx, shift_id), on_success=self._preview,
                         on_failure=self._failed, owner=self)

    def _preview(self, job: PrintJob) -> None:
        from hms_desktop.ui.dialogs.print_preview import open_print_preview

        self.active_dialog = open_print_preview(job, ctx=self._ctx, runner=self._runner, parent=self)
