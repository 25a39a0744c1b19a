"""New service / new price (Administration → Fees and prices): a fee schedule row, never an edit of one.

"New service" asks for the code, name, category, price, tax rate and the day it starts; "New price" shows the
chosen service's code, name and category read-only and asks for the new price, tax rate and the day it takes
effect. Both refuse a day before today with a sentence saying why (the database refuses it too, HM045).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hms_desktop.domain.fees import (
    PriceDraft,
    ServiceDraft,
    code_problem,
    date_problem,
    name_problem,
    normal_code,
    parse_decimal,
    price_problem,
    read_number,
    tax_rate_problem,
)
from hms_desktop.domain.insurance import CATEGORY_LABELS, Category
from hms_desktop.services.fees import FeeRowDTO, ScheduledFeeDTO
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_fee_dialog import Ui_FeeDialog
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.amounts import money_text, percent_text, read_amount


class FeeDialog(FormDialog):
    """``existing`` None: a new service (``save_service``); otherwise a new price of it (``save_price``).
    ``saved`` holds the row the service returned."""

    def __init__(self, *, runner: Runner, today: date, existing: ScheduledFeeDTO | None = None,
                 save_service: Callable[[ServiceDraft], FeeRowDTO] | None = None,
                 save_price: Callable[[PriceDraft], FeeRowDTO] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._runner = runner
        self._today = today
        self._existing = existing
        self._save_service = save_service
        self._save_price = save_price
        self.saved: FeeRowDTO | None = None
        for category in Category:
            self.ui.categoryCombo.addItem(domain_word(CATEGORY_LABELS[category]), category.value)
        self.ui.fromEdit.setDate(QDate(today.year, today.month, today.day))
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if existing is None:
            self.setWindowTitle(self.tr("New service"))
            self.ui.introLabel.setText(self.tr("A service the fee schedule does not have yet, with its first "
                                               "price. Its code is what charges and invoices name."))
            save.setText(self.tr("&Add service"))
            self.ui.categoryCombo.setCurrentIndex(-1)
        else:
            self.setWindowTitle(self.tr("New price for %1").replace("%1", existing.code))
            self.ui.introLabel.setText(
                self.tr("Prices are never changed: the new price applies to services given on or after the day "
                        "below; earlier ones keep the price of their day. Today: %1 (tax %2 %).")
                .replace("%1", money_text(existing.price)).replace("%2", percent_text(existing.tax_rate)))
            save.setText(self.tr("&Add price"))
            self.ui.codeEdit.setText(existing.code)
            self.ui.nameEdit.setText(existing.name)
            self.ui.categoryCombo.setCurrentIndex(self.ui.categoryCombo.findData(existing.category.value))
            for widget in (self.ui.codeEdit, self.ui.nameEdit):
                widget.setReadOnly(True)
            self.ui.categoryCombo.setEnabled(False)
            self.ui.taxEdit.setText(percent_text(existing.tax_rate))
        self.setup_form(
            fields={
                "code": (self.ui.codeError, self.ui.codeEdit),
                "name": (self.ui.nameError, self.ui.nameEdit),
                "category": (self.ui.categoryError, self.ui.categoryCombo),
                "price": (self.ui.priceError, self.ui.priceEdit),
                "tax_rate": (self.ui.taxError, self.ui.taxEdit),
                "effective_from": (self.ui.fromError, self.ui.fromEdit),
            },
            message_label=self.ui.messageLabel, accept_button=save, submit=self._submit)
        self.setMinimumWidth(520)
        self.adjustSize()

    def _day(self) -> date:
        return cast(date, self.ui.fromEdit.date().toPython())  # typed as object; a QDate gives a date

    def validate(self) -> Problems:
        problems: Problems = {}
        if self._existing is None:
            if problem := code_problem(normal_code(self.ui.codeEdit.text())):
                problems["code"] = problem
            if problem := name_problem(self.ui.nameEdit.text()):
                problems["name"] = problem
            if self.ui.categoryCombo.currentIndex() < 0:
                problems["category"] = self.tr("Choose the service's category.")
        price_text, unclear = read_amount(self.ui.priceEdit.text())
        price, problem = read_number(price_text, self.tr("price"), "45.00")
        if problem := unclear or problem or price_problem(price):
            problems["price"] = problem
        tax_text, unclear = read_amount(self.ui.taxEdit.text())
        tax, problem = read_number(tax_text, self.tr("tax rate"), self.tr("20 or 7.5"))
        if problem := unclear or problem or tax_rate_problem(tax):
            problems["tax_rate"] = problem
        if problem := date_problem(self._day(), self._today):
            problems["effective_from"] = problem
        return problems

    def _submit(self) -> None:
        price = parse_decimal(read_amount(self.ui.priceEdit.text())[0])
        tax = parse_decimal(read_amount(self.ui.taxEdit.text())[0])
        assert price is not None and tax is not None  # validate() passed

        def done(row: FeeRowDTO) -> None:
            self.saved = row

        if self._existing is None:
            assert self._save_service is not None
            save_service = self._save_service
            service = ServiceDraft(code=self.ui.codeEdit.text(), name=self.ui.nameEdit.text(),
                                   category=Category(self.ui.categoryCombo.currentData()), price=price, tax_rate=tax,
                                   effective_from=self._day())
            self.save(lambda: save_service(service), done)
        else:
            assert self._save_price is not None
            save_price = self._save_price
            draft = PriceDraft(price=price, tax_rate=tax, effective_from=self._day())
            self.save(lambda: save_price(draft), done)
