"""Administration → Fees and prices on a real database: the list as it stands today with the next change,
filters, the price history of a code, "New service…" and "New price…" (a past day refused in words, the row
added as a new one), and billing reading the page without the buttons. PNGs go to HMS_SCREENSHOT_DIR."""

from __future__ import annotations

import os
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import submit
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from hms_desktop.domain.fees import PriceDraft
from hms_desktop.domain.insurance import Category
from hms_desktop.domain.staff import Group
from hms_desktop.services import fees
from hms_desktop.ui.dialogs.fee_dialog import FeeDialog
from hms_desktop.ui.tabs.fee_schedule_page import FeeSchedulePage

pytestmark = pytest.mark.usefixtures("app_style")


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture(scope="module")
def admin(database):
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture
def page(qtbot, runner, admin) -> FeeSchedulePage:
    page = FeeSchedulePage(ctx=admin, runner=runner)
    qtbot.addWidget(page)
    page.resize(1050, 640)
    page.show()
    return page


def rows(page: FeeSchedulePage) -> list[list[str]]:
    table = page.ui.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def save_button(dialog: FeeDialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def test_the_page_loads_when_shown_and_filters_by_text_and_category(page) -> None:
    assert page.listing is not None and page.ui.table.rowCount() > 5
    page.ui.filterEdit.setText("cons")
    assert rows(page) and all("cons" in (r[0] + r[1]).lower() for r in rows(page))
    page.ui.filterEdit.clear()
    page.ui.categoryCombo.setCurrentIndex(page.ui.categoryCombo.findData(Category.LAB.value))
    assert rows(page) and all(r[2] == "Laboratory" for r in rows(page))
    assert "services shown" in page.ui.summaryLabel.text()
    assert not page.ui.table.tabKeyNavigation() and not page.ui.historyTable.tabKeyNavigation()


def test_new_service_then_new_price_with_a_past_day_refused_in_words(qtbot, page, admin) -> None:
    page.ui.newServiceButton.click()
    dialog = page.active_dialog
    assert isinstance(dialog, FeeDialog)
    dialog.ui.codeEdit.setText("ecg-12")
    dialog.ui.nameEdit.setText("12-lead ECG")
    dialog.ui.categoryCombo.setCurrentIndex(dialog.ui.categoryCombo.findData(Category.PROCEDURE.value))
    dialog.ui.priceEdit.setText("35,00x")
    dialog.ui.taxEdit.setText("0")
    assert not save_button(dialog).isEnabled()
    submit(dialog, save_button(dialog))
    assert "number" in dialog.ui.priceError.text()
    dialog.ui.priceEdit.setText("35.00")
    screenshot(dialog, "fee-new-service")
    submit(dialog, save_button(dialog))
    assert dialog.saved is not None and dialog.saved.code == "ECG-12"
    assert page.selected_code() == "ECG-12"
    assert rows(page)[page.ui.table.currentRow()][3] == "35.00"
    # A new price: a day before today is refused with a sentence, today or later is a new row.
    page.ui.newPriceButton.click()
    dialog = page.active_dialog
    assert isinstance(dialog, FeeDialog) and dialog.ui.codeEdit.isReadOnly()
    today = page.listing.today
    dialog.ui.priceEdit.setText("38.50")
    dialog.ui.taxEdit.setText("5")
    dialog.ui.fromEdit.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    submit(dialog, save_button(dialog))
    assert "today or later" in dialog.ui.fromError.text()
    assert dialog.isVisible()
    later = today + timedelta(days=14)
    dialog.ui.fromEdit.setDate(QDate(later.year, later.month, later.day))
    screenshot(dialog, "fee-new-price")
    submit(dialog, save_button(dialog))
    assert dialog.saved is not None and dialog.saved.effective_from == later
    row = rows(page)[page.ui.table.currentRow()]
    assert row[3] == "35.00" and row[6] == f"38.50 from {later:%d %b %Y}"
    history = page.ui.historyTable
    assert history.rowCount() == 2 and history.item(0, 1).text() == "38.50"
    assert admin.user.username in {history.item(r, 4).text() for r in range(2)}
    page.resize(1050, 640)
    screenshot(page, "fee-schedule-page")


def test_a_price_already_entered_for_that_day_is_shown_beside_the_date(qtbot, page, admin) -> None:
    listing = fees.list_fees(admin)
    day = listing.today + timedelta(days=40)
    fees.add_price(admin, "CONS", PriceDraft(price=Decimal(99), tax_rate=Decimal(0),
                                             effective_from=day))
    page.reload(select="CONS")
    page.ui.newPriceButton.click()
    dialog = page.active_dialog
    assert isinstance(dialog, FeeDialog)
    dialog.ui.priceEdit.setText("100")
    dialog.ui.fromEdit.setDate(QDate(day.year, day.month, day.day))
    submit(dialog, save_button(dialog))
    assert "already has a price" in dialog.ui.fromError.text()
    dialog.discard()


def test_billing_reads_the_schedule_without_the_buttons(qtbot, runner, database) -> None:
    clerk = database.context_for(Group.BILLING)
    page = FeeSchedulePage(ctx=clerk, runner=runner)
    qtbot.addWidget(page)
    page.show()
    assert page.ui.table.rowCount() > 5
    assert not page.ui.newServiceButton.isVisible() and not page.ui.newPriceButton.isVisible()
