"""Administration → Pharmacy and stores: the dialogs that move stock (issue 10, item 3).

``ReceiveStockDialog``: a delivery (item, location, batch number, expiry date, quantity, unit cost, supplier).
``MoveStockDialog``: the selected batch from its location to another: a ward store (an issue) or any other
location (a transfer). ``AdjustStockDialog``: the selected batch's level corrected with a reason (loss, breakage,
expired: down only; stock count: either way) and an optional note.

Each checks what it can as it is typed (``domain.inventory``) and saves through the task runner with a
service call handed in by the page; the database refuses the same again (levels never below zero).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hms_desktop.domain.inventory import ADJUST_REASONS, ReceiptDraft, adjustment_problems, counted, receipt_problems
from hms_desktop.formats import format_date
from hms_desktop.services.inventory import StockItemDTO, StockLevelDTO, StockLocationDTO
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_stock_adjust_dialog import Ui_StockAdjustDialog
from hms_desktop.ui.forms.ui_stock_move_dialog import Ui_StockMoveDialog
from hms_desktop.ui.forms.ui_stock_receive_dialog import Ui_StockReceiveDialog
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.amounts import amount_problem, read_amount


def _batch_text(level: StockLevelDTO) -> str:
    return QCoreApplication.translate("StockDialogs", "{item} — batch {batch}, expires {expiry}").format(
        item=level.item_name, batch=level.batch_number, expiry=format_date(level.expiry_date))


class ReceiveStockDialog(FormDialog):
    """``save(draft)`` receives; ``saved`` is the batch's level afterwards."""

    def __init__(self, *, runner: Runner, today: date, items: Sequence[StockItemDTO],
                 locations: Sequence[StockLocationDTO], save: Callable[[ReceiptDraft], StockLevelDTO],
                 item_id: int | None = None, location_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StockReceiveDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._runner = runner
        self._today = today
        self._save = save
        self.saved: StockLevelDTO | None = None
        self.setWindowTitle(self.tr("Receive stock"))
        self.ui.introLabel.setText(self.tr("A delivery as printed on the packs. A batch number received before is "
                                           "the same batch: its expiry date and unit cost must agree."))
        for item in items:
            self.ui.itemEdit.addItem(f"{item.name} ({item.unit})", item.id)
        for location in locations:
            self.ui.locationEdit.addItem(location.name, location.id)
        self.ui.itemEdit.setCurrentIndex(self.ui.itemEdit.findData(item_id) if item_id is not None else -1)
        self.ui.locationEdit.setCurrentIndex(max(self.ui.locationEdit.findData(location_id), 0)
                                             if location_id is not None else 0)
        later = today + timedelta(days=365)
        self.ui.expiryEdit.setDate(QDate(later.year, later.month, later.day))
        save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(self.tr("Recei&ve"))
        self.setup_form(
            fields={
                "item": (self.ui.itemError, self.ui.itemEdit),
                "location": (self.ui.locationError, self.ui.locationEdit),
                "batch_number": (self.ui.batchError, self.ui.batchEdit),
                "expiry_date": (self.ui.expiryError, self.ui.expiryEdit),
                "quantity": (self.ui.quantityError, self.ui.quantityEdit),
                "unit_cost": (self.ui.costError, self.ui.costEdit),
                "supplier": (self.ui.supplierError, self.ui.supplierEdit),
            },
            message_label=self.ui.messageLabel, accept_button=save_button, submit=self._submit)
        self.setMinimumWidth(520)
        self.adjustSize()

    def draft(self) -> ReceiptDraft:
        item = self.ui.itemEdit.currentData()
        location = self.ui.locationEdit.currentData()
        return ReceiptDraft(item_id=None if item is None else int(item),
                            location_id=None if location is None else int(location),
                            batch_number=self.ui.batchEdit.text(),
                            expiry_date=cast(date, self.ui.expiryEdit.date().toPython()),
                            quantity=self.ui.quantityEdit.value(), unit_cost=read_amount(self.ui.costEdit.text())[0],
                            supplier=self.ui.supplierEdit.text())

    def validate(self) -> Problems:
        problems = receipt_problems(self.draft(), self._today)
        if unclear := amount_problem(self.ui.costEdit.text()):  # "1,234": never guessed
            problems["unit_cost"] = unclear
        return problems

    def _submit(self) -> None:
        draft = self.draft()
        save = self._save

        def done(level: StockLevelDTO) -> None:
            self.saved = level

        self.save(lambda: save(draft), done)


class MoveStockDialog(FormDialog):
    """``save(to_location_id, quantity)`` moves; ``saved`` is the movement's kind ('issue' or 'transfer')."""

    def __init__(self, *, runner: Runner, level: StockLevelDTO, locations: Sequence[StockLocationDTO],
                 save: Callable[[int, int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StockMoveDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._runner = runner
        self._level = level
        self._save = save
        self.saved: str | None = None
        self.setWindowTitle(self.tr("Issue or transfer stock"))
        self.ui.introLabel.setText(self.tr("To a ward store it is an issue to that ward; to any other location, a "
                                           "transfer."))
        self.ui.batchValue.setText(_batch_text(level))
        self.ui.fromValue.setText(self.tr("%1 (%2 in stock)").replace("%1", level.location_name)
                                  .replace("%2", counted(level.quantity, level.unit)))
        for location in locations:
            if location.id != level.location_id:
                self.ui.toEdit.addItem(f"{location.name} — {domain_word(location.kind_label)}", location.id)
        self.ui.toEdit.setCurrentIndex(-1)
        self.ui.quantityEdit.setMaximum(max(level.quantity, 1))
        self.ui.quantityEdit.setSuffix(" " + counted(2, level.unit).split(" ", 1)[1])
        save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(self.tr("&Move"))
        self.setup_form(fields={"to": (self.ui.toError, self.ui.toEdit),
                                "quantity": (self.ui.quantityError, self.ui.quantityEdit)},
                        message_label=self.ui.messageLabel, accept_button=save_button, submit=self._submit)
        self.setMinimumWidth(520)
        self.adjustSize()

    def validate(self) -> Problems:
        problems: Problems = {}
        if self.ui.toEdit.currentData() is None:
            problems["to"] = self.tr("Choose where the stock goes.")
        if self.ui.quantityEdit.value() > self._level.quantity:
            problems["quantity"] = self.tr("Only %1 of this batch here.").replace("%1", str(self._level.quantity))
        return problems

    def _submit(self) -> None:
        to_id = int(self.ui.toEdit.currentData())
        quantity = self.ui.quantityEdit.value()
        save = self._save

        def done(kind: str) -> None:
            self.saved = kind

        self.save(lambda: save(to_id, quantity), done)


class AdjustStockDialog(FormDialog):
    """``save(change, reason, note)`` adjusts; ``saved`` is the level afterwards."""

    def __init__(self, *, runner: Runner, level: StockLevelDTO, save: Callable[[int, str, str], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StockAdjustDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._runner = runner
        self._level = level
        self._save = save
        self.saved: int | None = None
        self.setWindowTitle(self.tr("Adjust stock"))
        self.ui.introLabel.setText(self.tr("Loss, breakage and expiry take stock away; a stock count may find "
                                           "fewer or more. Type a negative number to take away."))
        self.ui.batchValue.setText(_batch_text(level))
        self.ui.locationValue.setText(level.location_name)
        self.ui.levelValue.setText(counted(level.quantity, level.unit))
        for key, words in ADJUST_REASONS.items():
            self.ui.reasonEdit.addItem(domain_word(words), key)
        self.ui.reasonEdit.setCurrentIndex(-1)
        self.ui.changeEdit.setMinimum(-level.quantity)
        self.ui.changeEdit.setSuffix(" " + counted(2, level.unit).split(" ", 1)[1])
        save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(self.tr("Ad&just"))
        self.setup_form(fields={"reason": (self.ui.reasonError, self.ui.reasonEdit),
                                "change": (self.ui.changeError, self.ui.changeEdit),
                                "note": (self.ui.noteError, self.ui.noteEdit)},
                        message_label=self.ui.messageLabel, accept_button=save_button, submit=self._submit)
        self.setMinimumWidth(520)
        self.adjustSize()

    def validate(self) -> Problems:
        reason = self.ui.reasonEdit.currentData()
        return adjustment_problems(self.ui.changeEdit.value(), "" if reason is None else str(reason),
                                   self._level.quantity, self.ui.noteEdit.text())

    def _submit(self) -> None:
        change = self.ui.changeEdit.value()
        reason = str(self.ui.reasonEdit.currentData())
        note = self.ui.noteEdit.text()
        save = self._save

        def done(after: int) -> None:
            self.saved = after

        self.save(lambda: save(change, reason, note), done)
