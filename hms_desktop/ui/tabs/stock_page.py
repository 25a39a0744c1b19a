"""Administration → Pharmacy and stores (issue 10, item 3): stock on hand per batch and location (filter by item
or batch, choose a location), with "Receive…", "Issue or transfer…" and "Adjust…"; the reorder list; batches
expiring within N days; the stock's value at cost per item and location with the total; the item catalogue
(the hospital's drug formulary items and supplies); the locations (pharmacy, ward stores); the latest movements.

Data is loaded when the page is first shown (``activate``), each section when it is opened; every service call
goes through the task runner.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from hms_desktop.domain.inventory import ADJUST_REASONS, MOVEMENT_KINDS, ReceiptDraft, counted
from hms_desktop.formats import format_date, format_date_time
from hms_desktop.services import inventory
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.inventory import (
    ExpiringDTO,
    MovementDTO,
    ReorderDTO,
    StockLevelDTO,
    StockOverview,
    ValuationDTO,
)
from hms_desktop.ui.dialogs.stock_dialogs import AdjustStockDialog, MoveStockDialog, ReceiveStockDialog
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_stock_page import Ui_StockPage
from hms_desktop.ui.tabs.stock_items import build_stock_item_editor, build_stock_location_editor
from hms_desktop.ui.tasks import Runner, show_error
from hms_desktop.ui.widgets.amounts import amount_text
from hms_desktop.ui.widgets.count_suffix import follow_count
from hms_desktop.ui.widgets.fill_column import fill_column, refit
from hms_desktop.ui.widgets.flow_layout import reflow
from hms_desktop.ui.widgets.refresh import hand_refresh_to_host
from hms_desktop.ui.widgets.select_row import select_row

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEVEL_ROLE = Qt.ItemDataRole.UserRole


def _cell(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    return item


def _fill(table: QTableWidget, rows: Sequence[Sequence[QTableWidgetItem]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, cell in enumerate(cells):
            table.setItem(row, column, cell)
    refit(table)


def _columns(table: QTableWidget, headings: Sequence[str], stretch: int) -> None:
    table.setColumnCount(len(headings))
    table.setHorizontalHeaderLabels(list(headings))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    fill_column(table, stretch)  # the room left, but never narrower than its names (200 %: "Amoxi…")
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


class StockPage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StockPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._loaded = False
        self.overview: StockOverview | None = None
        self.reorder: tuple[ReorderDTO, ...] = ()
        self.expiring: tuple[ExpiringDTO, ...] = ()
        self.valuation: ValuationDTO | None = None
        self.movements: tuple[MovementDTO, ...] = ()
        self.active_dialog: QDialog | None = None
        self.clock = HospitalClock.unloaded(ctx)  # times of movements on the hospital's wall clock
        # The filter, the location and four buttons wrap onto two lines at 200 % (960 px wide): in French the one
        # line needed 890 px, the administrator's window 1002 (issue 15.3).
        reflow(self.ui.stockToolbar)
        # In a flow the filter has no stretch: it keeps the width of its hint ("Filter by item or batch…" whole,
        # padding and frame included), whatever the language.
        filter_edit = self.ui.filterEdit
        filter_edit.setMinimumWidth(filter_edit.fontMetrics().horizontalAdvance(filter_edit.placeholderText()) + 30)
        self.ui.locationCombo.setAccessibleName(self.tr("Location"))
        self.ui.valuationCombo.setAccessibleName(self.tr("Location valued"))
        _columns(self.ui.stockTable, [self.tr("Item"), self.tr("Location"), self.tr("Batch"), self.tr("Expires"),
                                      self.tr("Quantity"), self.tr("Unit cost"), self.tr("Value"),
                                      self.tr("Supplier")], 0)
        _columns(self.ui.reorderTable, [self.tr("Item"), self.tr("On hand"), self.tr("Reorder level"),
                                        self.tr("Short by"), self.tr("Pack size")], 0)
        _columns(self.ui.expiringTable, [self.tr("Expires"), self.tr("Item"), self.tr("Batch"), self.tr("Location"),
                                         self.tr("Quantity"), self.tr("State")], 1)
        _columns(self.ui.valuationTable, [self.tr("Item"), self.tr("Location"), self.tr("Quantity"),
                                          self.tr("Value at cost")], 0)
        _columns(self.ui.movementsTable, [self.tr("When"), self.tr("What"), self.tr("Item"), self.tr("Batch"),
                                          self.tr("Quantity"), self.tr("From"), self.tr("To"), self.tr("Reason"),
                                          self.tr("By")], 2)
        self.ui.filterEdit.textChanged.connect(lambda _t: self._fill_stock())
        self.ui.locationCombo.currentIndexChanged.connect(lambda _i: self._fill_stock())
        self.ui.stockTable.itemSelectionChanged.connect(self._update_buttons)
        self.ui.receiveButton.clicked.connect(self.receive)
        self.ui.moveButton.clicked.connect(self.move_selected)
        self.ui.adjustButton.clicked.connect(self.adjust_selected)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.daysSpin.valueChanged.connect(lambda _v: self.load_expiring())
        follow_count(self.ui.daysSpin, self.tr(" day"), self.tr(" days"))
        self.ui.valuationCombo.currentIndexChanged.connect(lambda _i: self.load_valuation())
        self.ui.sectionTabs.currentChanged.connect(lambda _i: self._section_changed())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.items_editor: QWidget | None = None
        self.locations_editor: QWidget | None = None
        self._build_items_editor()
        self._update_buttons()

    def _build_items_editor(self) -> None:
        """The item catalogue and the locations: the catalogue engineer's reusable editor, bound to the inventory's
        services."""
        self.items_editor = build_stock_item_editor(ctx=self._ctx, runner=self._runner, parent=self.ui.itemsTab)
        self.ui.itemsLayout.addWidget(self.items_editor)
        self.locations_editor = build_stock_location_editor(ctx=self._ctx, runner=self._runner,
                                                            parent=self.ui.locationsTab)
        self.ui.locationsLayout.addWidget(self.locations_editor)
        # The editors load when first shown; what they save is offered by the stock dialogs at once.
        for editor in (self.items_editor, self.locations_editor):
            hand_refresh_to_host(editor)  # this page's F5 (refresh) reloads the editor showing
            editor.saved.connect(lambda _row: self.reload())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.activate()

    def activate(self) -> None:
        """Load stock on hand (the first time the page is shown, or when asked), and the open section."""
        self._loaded = True
        ctx = self._ctx
        self._runner.run(lambda: hospital_clock(ctx), on_success=self._clock_loaded, on_failure=self._failed,
                         owner=self)
        self.reload()

    def _clock_loaded(self, clock: HospitalClock) -> None:
        self.clock = clock
        if self.movements:
            self._show_movements(self.movements)

    # --- loading ---

    def refresh(self) -> None:
        """F5: the stock, and the item and location lists (their own F5 is this one: ui/widgets/refresh.py)."""
        self.reload()
        for editor in (self.items_editor, self.locations_editor):
            reload = getattr(editor, "reload", None)
            if editor is not None and editor.isVisible() and reload is not None:
                reload()

    def reload(self) -> None:
        ctx = self._ctx
        self.ui.stockSummary.setText(self.tr("Loading…"))
        self._runner.run(lambda: inventory.stock_overview(ctx), on_success=self._show_overview,
                         on_failure=self._failed, owner=self)
        self._section_changed()

    def _section_changed(self) -> None:
        current = self.ui.sectionTabs.currentWidget()
        if current is self.ui.reorderTab:
            self.load_reorder()
        elif current is self.ui.expiringTab:
            self.load_expiring()
        elif current is self.ui.valuationTab:
            self.load_valuation()
        elif current is self.ui.movementsTab:
            self.load_movements()


    def _failed(self, error: ServiceError) -> None:
        self.ui.stockSummary.setText(str(error))
        show_error(self, error)

    def _show_overview(self, overview: StockOverview) -> None:
        self.overview = overview
        for combo, everywhere in ((self.ui.locationCombo, self.tr("All locations")),
                                  (self.ui.valuationCombo, self.tr("All locations"))):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everywhere, None)
            for location in overview.locations:
                combo.addItem(location.name, location.id)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            combo.blockSignals(False)
        self._fill_stock()

    def visible_levels(self) -> list[StockLevelDTO]:
        if self.overview is None:
            return []
        words = self.ui.filterEdit.text().strip().lower()
        location = self.ui.locationCombo.currentData()
        return [level for level in self.overview.levels
                if (not words or words in level.item_name.lower() or words in level.batch_number.lower())
                and (location is None or level.location_id == location)]

    def _fill_stock(self) -> None:
        keep = self.selected_level()
        shown = self.visible_levels()
        today = self.overview.today if self.overview else None
        rows = []
        for level in shown:
            item = _cell(level.item_name)
            item.setData(LEVEL_ROLE, (level.batch_id, level.location_id))
            expires = _cell(format_date(level.expiry_date))
            if today is not None and level.expiry_date < today:
                expires.setText(self.tr("%1 (expired)").replace("%1", expires.text()))
            rows.append((item, _cell(level.location_name), _cell(level.batch_number), expires,
                         _cell(counted(level.quantity, level.unit), right=True),
                         _cell(amount_text(level.unit_cost), right=True),
                         _cell(amount_text(level.value), right=True), _cell(level.supplier)))
        table = self.ui.stockTable
        table.blockSignals(True)
        _fill(table, rows)
        table.clearSelection()
        table.blockSignals(False)
        if keep is not None:
            self.select_level(keep.batch_id, keep.location_id)
        total = len(self.overview.levels) if self.overview else 0
        self.ui.stockSummary.setText(self.tr("%1 of %2 batch levels shown (item, batch and location).")
                                     .replace("%1", str(len(shown))).replace("%2", str(total)))
        self._update_buttons()

    def load_reorder(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: inventory.reorder_list(ctx), on_success=self._show_reorder,
                         on_failure=self._failed, owner=self)

    def _show_reorder(self, rows: tuple[ReorderDTO, ...]) -> None:
        self.reorder = rows
        _fill(self.ui.reorderTable, [
            (_cell(r.item_name), _cell(counted(r.on_hand, r.unit), right=True), _cell(str(r.reorder_level), right=True),
             _cell(str(max(r.reorder_level - r.on_hand, 0)), right=True), _cell(str(r.pack_size), right=True))
            for r in rows])
        self.ui.reorderIntro.setText(self.tr("%1 items at or below their reorder level (stock summed over every "
                                             "location), the emptiest first.").replace("%1", str(len(rows))))

    def load_expiring(self) -> None:
        ctx = self._ctx
        days = self.ui.daysSpin.value()
        self._runner.run(lambda: inventory.expiring(ctx, days), on_success=self._show_expiring,
                         on_failure=self._failed, owner=self)

    def _show_expiring(self, rows: tuple[ExpiringDTO, ...]) -> None:
        self.expiring = rows
        _fill(self.ui.expiringTable, [
            (_cell(format_date(r.expiry_date)), _cell(r.item_name), _cell(r.batch_number), _cell(r.location_name),
             _cell(counted(r.quantity, r.unit), right=True),
             _cell(self.tr("Expired: adjust it out") if r.expired else self.tr("Expiring")))
            for r in rows])
        self.ui.expiringSummary.setText(self.tr("%1 batch levels expire within %2 days or have expired.")
                                        .replace("%1", str(len(rows))).replace("%2", str(self.ui.daysSpin.value())))

    def load_valuation(self) -> None:
        ctx = self._ctx
        location = self.ui.valuationCombo.currentData()
        self._runner.run(lambda: inventory.valuation(ctx, location), on_success=self._show_valuation,
                         on_failure=self._failed, owner=self)

    def _show_valuation(self, value: ValuationDTO) -> None:
        self.valuation = value
        _fill(self.ui.valuationTable, [
            (_cell(v.item_name), _cell(v.location_name), _cell(counted(v.quantity, v.unit), right=True),
             _cell(amount_text(v.value), right=True)) for v in value.lines])
        parts = [f"{name}: {amount_text(amount)}" for name, amount in value.per_location]
        self.ui.valuationTotal.setText(self.tr("Total at cost: %1").replace("%1", amount_text(value.total))
                                       + ("    (" + "; ".join(parts) + ")" if len(parts) > 1 else ""))

    def load_movements(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: inventory.recent_movements(ctx), on_success=self._show_movements,
                         on_failure=self._failed, owner=self)

    def _show_movements(self, rows: tuple[MovementDTO, ...]) -> None:
        self.movements = rows
        _fill(self.ui.movementsTable, [
            (_cell(format_date_time(self.clock.local(m.at))), _cell(domain_word(MOVEMENT_KINDS.get(m.kind, m.kind))),
             _cell(m.item_name), _cell(m.batch_number), _cell(str(m.quantity), right=True), _cell(m.from_name or ""),
             _cell(m.to_name or ""), _cell(domain_word(ADJUST_REASONS.get(m.reason or "", ""))), _cell(m.by))
            for m in rows])

    # --- selection ---

    def selected_level(self) -> StockLevelDTO | None:
        model = self.ui.stockTable.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows or self.overview is None:
            return None
        item = self.ui.stockTable.item(rows[0].row(), 0)
        key = None if item is None else item.data(LEVEL_ROLE)
        return next((lv for lv in self.overview.levels if (lv.batch_id, lv.location_id) == tuple(key or ())), None)

    def select_level(self, batch_id: int, location_id: int) -> None:
        for row in range(self.ui.stockTable.rowCount()):
            item = self.ui.stockTable.item(row, 0)
            if item is not None and tuple(item.data(LEVEL_ROLE)) == (batch_id, location_id):
                select_row(self.ui.stockTable, row)
                self.ui.stockTable.scrollToItem(item)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected_level() is not None
        for button in (self.ui.moveButton, self.ui.adjustButton):
            button.setEnabled(chosen)
        self.ui.receiveButton.setEnabled(self.overview is not None)

    # --- actions ---

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _after_change(self) -> None:
        self.reload()

    def receive(self) -> None:
        if self.overview is None:
            return
        ctx = self._ctx
        selected = self.selected_level()

        def save(draft: ReceiptDraft) -> StockLevelDTO:
            return inventory.receive(ctx, draft)

        dialog = ReceiveStockDialog(runner=self._runner, today=self.overview.today, items=self.overview.items,
                                    locations=self.overview.locations, save=save,
                                    item_id=selected.item_id if selected else None,
                                    location_id=self.ui.locationCombo.currentData(), parent=self)
        dialog.accepted.connect(self._after_change)
        self._open(dialog)

    def move_selected(self) -> None:
        level = self.selected_level()
        if level is None or self.overview is None:
            return
        ctx = self._ctx
        dialog = MoveStockDialog(runner=self._runner, level=level, locations=self.overview.locations,
                                 save=lambda to_id, quantity: inventory.move(ctx, level.batch_id, level.location_id,
                                                                             to_id, quantity), parent=self)
        dialog.accepted.connect(self._after_change)
        self._open(dialog)

    def adjust_selected(self) -> None:
        level = self.selected_level()
        if level is None:
            return
        ctx = self._ctx
        dialog = AdjustStockDialog(runner=self._runner, level=level,
                                   save=lambda change, reason, note: inventory.adjust(
                                       ctx, level.batch_id, level.location_id, change, reason=reason, note=note),
                                   parent=self)
        dialog.accepted.connect(self._after_change)
        self._open(dialog)

    def total_value(self) -> Decimal:
        return self.valuation.total if self.valuation else Decimal(0)
