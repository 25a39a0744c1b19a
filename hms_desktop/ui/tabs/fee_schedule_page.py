"""Administration → Fees and prices: the fee schedule as it stands today (code, name, category, price, tax
rate, valid from, the next change already entered), filtered by text and category; the price history of the
selected code; "New service…" and "New price…" (a new row from a day, today or later, never an edit).

Data is loaded when the page is first shown (``activate``), not when the Administration tab is built.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from hms_desktop.domain.insurance import CATEGORY_LABELS, Category
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_date
from hms_desktop.services import fees
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.fees import FeeList, FeeRowDTO, ScheduledFeeDTO
from hms_desktop.ui.dialogs.fee_dialog import FeeDialog
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_fee_schedule_page import Ui_FeeSchedulePage
from hms_desktop.ui.tasks import Runner, show_error
from hms_desktop.ui.widgets.amounts import money_text, percent_text
from hms_desktop.ui.widgets.select_row import select_row

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CODE_ROLE = Qt.ItemDataRole.UserRole


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    return item


def _day(value: date) -> str:  # a datetime too: its day
    return format_date(value)


class FeeSchedulePage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeSchedulePage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._loaded = False
        self.listing: FeeList | None = None
        self.active_dialog: QDialog | None = None
        self.ui.categoryCombo.addItem(self.tr("All categories"), None)
        for category in Category:
            self.ui.categoryCombo.addItem(domain_word(CATEGORY_LABELS[category]), category.value)
        self.ui.categoryCombo.setAccessibleName(self.tr("Category"))
        self.ui.table.setColumnCount(7)
        self.ui.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Category"),
                                                 self.tr("Price"), self.tr("Tax %"), self.tr("Valid from"),
                                                 self.tr("Next change")])
        self.ui.historyTable.setColumnCount(6)
        self.ui.historyTable.setHorizontalHeaderLabels([self.tr("Effective from"), self.tr("Price"),
                                                        self.tr("Tax %"), self.tr("Name"), self.tr("Added by"),
                                                        self.tr("Added on")])
        for table, stretch in ((self.ui.table, 1), (self.ui.historyTable, 3)):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            table.setWordWrap(False)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        admin = Group.ADMIN in ctx.user.groups
        for button in (self.ui.newServiceButton, self.ui.newPriceButton):
            button.setVisible(admin)  # billing reads the schedule; only administrators change it
        self.ui.filterEdit.textChanged.connect(lambda _t: self._fill())
        self.ui.categoryCombo.currentIndexChanged.connect(lambda _i: self._fill())
        self.ui.table.itemSelectionChanged.connect(self._selection_changed)
        self.ui.table.itemDoubleClicked.connect(lambda _i: self.new_price())
        self.ui.newServiceButton.clicked.connect(self.new_service)
        self.ui.newPriceButton.clicked.connect(self.new_price)
        self.ui.refreshButton.clicked.connect(self._reload_now)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self._reload_now,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.activate()

    def activate(self) -> None:
        """Load the schedule (the first time the page is shown, or when asked)."""
        self._loaded = True
        self.reload()

    # --- loading ---

    def _reload_now(self) -> None:
        self.reload()

    def reload(self, select: str | None = None) -> None:
        ctx = self._ctx
        current = select or self.selected_code()
        self.ui.summaryLabel.setText(self.tr("Loading…"))

        def show(listing: FeeList) -> None:
            self.listing = listing
            self._fill(select=current)

        self._runner.run(lambda: fees.list_fees(ctx), on_success=show, on_failure=self._failed, owner=self)

    def _failed(self, error: ServiceError) -> None:
        self.ui.summaryLabel.setText(str(error))
        show_error(self, error)

    def visible_fees(self) -> list[ScheduledFeeDTO]:
        if self.listing is None:
            return []
        words = self.ui.filterEdit.text().strip().lower()
        category = self.ui.categoryCombo.currentData()
        return [fee for fee in self.listing.fees
                if (not words or words in fee.code.lower() or words in fee.name.lower())
                and (category is None or fee.category.value == category)]

    def _fill(self, select: str | None = None) -> None:
        keep = select or self.selected_code()
        table = self.ui.table
        shown = self.visible_fees()
        table.blockSignals(True)
        table.setRowCount(len(shown))
        for row, fee in enumerate(shown):
            code = _item(fee.code)
            code.setData(CODE_ROLE, fee.code)
            upcoming = "" if fee.next_from is None or fee.next_price is None else self.tr("%1 from %2").replace(
                "%1", money_text(fee.next_price)).replace("%2", _day(fee.next_from))
            for column, item in enumerate((code, _item(fee.name), _item(domain_word(CATEGORY_LABELS[fee.category])),
                                           _item(money_text(fee.price), right=True),
                                           _item(percent_text(fee.tax_rate), right=True),
                                           _item(_day(fee.effective_from)), _item(upcoming))):
                table.setItem(row, column, item)
        table.clearSelection()
        table.blockSignals(False)
        if keep:
            self.select_code(keep)
        if self.selected_code() is None and shown:
            select_row(table, 0)  # its history shows at once (the signal is not blocked any more)
        total = len(self.listing.fees) if self.listing else 0
        self.ui.summaryLabel.setText(self.tr("%1 of %2 services shown. Prices are those valid today; a change "
                                             "takes effect on its day and never rewrites the past.")
                                     .replace("%1", str(len(shown))).replace("%2", str(total)))
        self._selection_changed()

    # --- selection ---

    def selected_code(self) -> str | None:
        rows = self.ui.table.selectionModel().selectedRows() if self.ui.table.selectionModel() else []
        if not rows:
            return None
        item = self.ui.table.item(rows[0].row(), 0)
        return None if item is None else str(item.data(CODE_ROLE))

    def selected(self) -> ScheduledFeeDTO | None:
        code = self.selected_code()
        return next((fee for fee in self.visible_fees() if fee.code == code), None)

    def select_code(self, code: str) -> None:
        for row in range(self.ui.table.rowCount()):
            item = self.ui.table.item(row, 0)
            if item is not None and item.data(CODE_ROLE) == code:
                select_row(self.ui.table, row)
                self.ui.table.scrollToItem(item)
                return

    def _selection_changed(self) -> None:
        self._update_buttons()
        code = self.selected_code()
        if code is None:
            self.ui.historyBox.setTitle(self.tr("Price history (select a service)"))
            self.ui.historyTable.setRowCount(0)
            return
        self.ui.historyBox.setTitle(self.tr("Price history of %1").replace("%1", code))
        ctx = self._ctx
        self._runner.run(lambda: fees.fee_history(ctx, code), on_success=lambda rows: self._show_history(code, rows),
                         on_failure=self._failed, owner=self)

    def _show_history(self, code: str, rows: tuple[FeeRowDTO, ...]) -> None:
        if code != self.selected_code():
            return  # the selection moved on while this loaded
        table: QTableWidget = self.ui.historyTable
        table.setRowCount(len(rows))
        for row, fee in enumerate(rows):
            for column, item in enumerate((_item(_day(fee.effective_from)), _item(money_text(fee.price), right=True),
                                           _item(percent_text(fee.tax_rate), right=True), _item(fee.name),
                                           _item(fee.created_by), _item(_day(fee.created_at)))):
                table.setItem(row, column, item)

    def _update_buttons(self) -> None:
        self.ui.newPriceButton.setEnabled(self.selected() is not None)
        self.ui.newPriceButton.setToolTip("" if self.selected() else self.tr("Select a service first."))

    # --- actions ---

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def new_service(self) -> None:
        if self.listing is None or not self.ui.newServiceButton.isVisible():
            return
        ctx = self._ctx
        dialog = FeeDialog(runner=self._runner, today=self.listing.today,
                           save_service=lambda draft: fees.add_service(ctx, draft), parent=self)
        dialog.accepted.connect(lambda: self.reload(select=dialog.saved.code if dialog.saved else None))
        self._open(dialog)

    def new_price(self) -> None:
        fee = self.selected()
        if fee is None or self.listing is None or not self.ui.newPriceButton.isVisible():
            return
        ctx = self._ctx
        dialog = FeeDialog(runner=self._runner, today=self.listing.today, existing=fee,
                           save_price=lambda draft: fees.add_price(ctx, fee.code, draft), parent=self)
        dialog.accepted.connect(lambda: self.reload(select=fee.code))
        self._open(dialog)


