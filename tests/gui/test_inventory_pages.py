"""Pharmacy and stores on screen (issue 10, item 3), on a real database: an administrator receives a batch of
amoxicillin on Administration > Pharmacy and stores and sees the stock and the reorder list; a clerk holding
hms_dispenser dispenses a prescription on Billing > Pharmacy with the FEFO preview, the stock falls and the
reorder list updates; "Only 0 left in stock…" when someone took the last ones; the item catalogue in the
catalogue editor; a clerk without the capability has no Pharmacy page. PNGs go to HMS_SCREENSHOT_DIR."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from factories import grant_dispenser, new_patient, new_stock_location, receive_stock
from helpers import TODAY, fixed_clock, submit
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from sqlalchemy import text

from hms_desktop.domain.prescribing import KnowledgeBase, PrescriptionLine
from hms_desktop.domain.staff import Group
from hms_desktop.services import consultation, inventory, prescribing
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.stock_dialogs import AdjustStockDialog, MoveStockDialog, ReceiveStockDialog
from hms_desktop.ui.tabs.billing import BillingTab
from hms_desktop.ui.tabs.pharmacy_page import PharmacyPage
from hms_desktop.ui.tabs.stock_page import StockPage

pytestmark = pytest.mark.usefixtures("app_style")
AMOXICILLIN = "amoxicillin-500-mg-capsule"


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture(scope="module")
def world(database) -> dict[str, object]:
    doctor = database.add_user(Group.DOCTOR, stem="guidoc")
    with database.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": doctor}).scalar_one()
        conn.execute(text("INSERT INTO doctor_profile (staff_id, registration_number) VALUES (:s, 'GMC 1112223')"),
                     {"s": doctor_id})
        item = conn.execute(text(
            "INSERT INTO stock_item (kind, drug_id, name, unit, pack_size, reorder_level) "
            "VALUES ('drug', :d, 'Amoxicillin 500 mg capsule', 'capsule', 21, 40) RETURNING id"),
            {"d": AMOXICILLIN}).scalar_one()
    pharmacy = new_stock_location(database, "Main pharmacy")
    new_stock_location(database, "Surgical ward store", "ward_store")
    clerk = database.add_user(Group.BILLING, stem="guidisp")
    grant_dispenser(database, clerk)
    return {"doctor": doctor, "item": item, "pharmacy": pharmacy, "clerk": clerk}


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN, clock=fixed_clock())


@pytest.fixture(scope="module")
def doctor(database, world) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=str(world["doctor"]), clock=fixed_clock())


@pytest.fixture(scope="module")
def clerk(database, world) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=str(world["clerk"]), clock=fixed_clock())


@pytest.fixture
def stock_page(qtbot, runner, admin) -> StockPage:
    page = StockPage(ctx=admin, runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 660)
    page.show()
    return page


@pytest.fixture
def pharmacy(qtbot, runner, clerk) -> PharmacyPage:
    page = PharmacyPage(ctx=clerk, runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 620)
    page.show()
    page.activate()
    return page


def issue_amoxicillin(database, doctor: ServiceContext) -> tuple[str, int]:
    """An issued amoxicillin course (15 capsules) for a new patient: (prescription number, line id)."""
    source = prescribing.knowledge_source()
    assert isinstance(source, KnowledgeBase)
    drug = source.drug(AMOXICILLIN)
    assert drug is not None
    encounter = consultation.start_encounter(doctor, new_patient(database)).id
    issued = prescribing.issue_prescription(doctor, encounter, [PrescriptionLine.new(1, drug)])
    with database.owner.engine.connect() as conn:
        line = conn.execute(text("SELECT id FROM prescription_line WHERE prescription_id = :p"),
                            {"p": issued.prescription.id}).scalar_one()
    return issued.prescription.number, int(line)


def save(dialog) -> None:
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))


def on_hand(admin: ServiceContext, item: object) -> int:
    return sum(level.quantity for level in inventory.stock_overview(admin).levels if level.item_id == item)


def test_receive_amoxicillin_then_dispense_a_prescription_and_the_reorder_list_follows(
        qtbot, database, world, admin, doctor, stock_page, runner, clerk) -> None:
    stock_page.ui.sectionTabs.setCurrentWidget(stock_page.ui.reorderTab)
    assert "Amoxicillin 500 mg capsule" in [stock_page.ui.reorderTable.item(r, 0).text()
                                            for r in range(stock_page.ui.reorderTable.rowCount())]
    stock_page.ui.sectionTabs.setCurrentWidget(stock_page.ui.stockTab)

    # Receive: a batch expiring in 40 days; the expiry date and cost are checked beside their fields.
    stock_page.ui.receiveButton.click()
    dialog = stock_page.active_dialog
    assert isinstance(dialog, ReceiveStockDialog)
    dialog.ui.itemEdit.setCurrentIndex(dialog.ui.itemEdit.findData(world["item"]))
    dialog.ui.batchEdit.setText("AMX-GUI-1")
    dialog.ui.expiryEdit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    dialog.ui.quantityEdit.setValue(30)
    dialog.ui.costEdit.setText("0,12")
    save(dialog)
    assert dialog.isVisible()
    assert "already expired" in dialog.ui.expiryError.text()
    soon = TODAY + timedelta(days=40)
    dialog.ui.expiryEdit.setDate(QDate(soon.year, soon.month, soon.day))
    dialog.ui.supplierEdit.setText("Northwind Pharma")
    screenshot(dialog, "stock_receive_dialog")
    save(dialog)
    assert not dialog.isVisible()
    assert on_hand(admin, world["item"]) == 30
    receive_stock(database, int(str(world["item"])), int(str(world["pharmacy"])), "AMX-GUI-2",
                  TODAY + timedelta(days=400), 20, "0.10")
    stock_page.reload()
    stock_page.ui.filterEdit.setText("amox")
    assert stock_page.ui.stockTable.rowCount() == 2
    screenshot(stock_page, "stock_page")
    stock_page.ui.sectionTabs.setCurrentWidget(stock_page.ui.reorderTab)
    assert "Amoxicillin 500 mg capsule" not in [stock_page.ui.reorderTable.item(r, 0).text()
                                                for r in range(stock_page.ui.reorderTable.rowCount())]

    # Dispense on Billing > Pharmacy: the course of 15 takes the batch expiring first.
    number, _line = issue_amoxicillin(database, doctor)
    page = PharmacyPage(ctx=clerk, runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 620)
    page.show()
    page.activate()
    page.ui.filterEdit.setText(number)
    assert page.ui.prescriptionsTable.rowCount() == 1
    assert page.ui.quantitySpin.value() == 15
    assert [(t.batch_number, t.quantity) for t in page.preview.takes] == [("AMX-GUI-1", 15)]
    assert page.ui.dispenseButton.isEnabled()
    screenshot(page, "pharmacy_page")
    page.ui.quantitySpin.setValue(12)
    page.ui.dispenseButton.click()
    assert "Dispensed" in page.ui.messageLabel.text() and "12 from AMX-GUI-1" in page.ui.messageLabel.text()
    assert page.ui.quantitySpin.value() == 3  # what is left on the line
    assert on_hand(admin, world["item"]) == 38

    # The stock fell below the reorder level (40): the reorder list shows the item again.
    stock_page.reload()
    assert [stock_page.ui.reorderTable.item(r, 1).text() for r in range(stock_page.ui.reorderTable.rowCount())
            if stock_page.ui.reorderTable.item(r, 0).text() == "Amoxicillin 500 mg capsule"] == ["38 capsules"]
    screenshot(stock_page, "stock_reorder")


def test_someone_else_took_the_last_ones_and_the_page_says_so(database, world, admin, doctor, pharmacy) -> None:
    receive_stock(database, int(str(world["item"])), int(str(world["pharmacy"])), "AMX-GUI-LAST",
                  TODAY + timedelta(days=200), 1, "0.10")
    number, line = issue_amoxicillin(database, doctor)
    pharmacy.reload()
    pharmacy.ui.filterEdit.setText(number)
    pharmacy.ui.quantitySpin.setValue(1)
    assert pharmacy.ui.dispenseButton.isEnabled()
    # Meanwhile every remaining capsule is counted out of stock.
    for level in inventory.stock_overview(admin).levels:
        if level.item_id == world["item"]:
            inventory.adjust(admin, level.batch_id, level.location_id, -level.quantity, reason="count")
    pharmacy.ui.dispenseButton.click()
    assert pharmacy.ui.messageLabel.text().startswith("Only 0 left in stock of Amoxicillin 500 mg capsule")
    assert not pharmacy.ui.dispenseButton.isEnabled()  # the preview now says it is short
    assert pharmacy.ui.previewHeading.text().startswith("None in stock here")
    screenshot(pharmacy, "pharmacy_out_of_stock")
    with database.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM stock_movement WHERE prescription_line_id = :l"),
                            {"l": line}).scalar() == 0


def test_issue_and_adjust_dialogs_from_the_selected_batch(qtbot, database, world, admin, stock_page) -> None:
    batch = receive_stock(database, int(str(world["item"])), int(str(world["pharmacy"])), "AMX-GUI-3",
                          TODAY + timedelta(days=300), 10, "0.10")
    stock_page.reload()
    stock_page.select_level(batch, int(str(world["pharmacy"])))
    stock_page.ui.moveButton.click()
    move = stock_page.active_dialog
    assert isinstance(move, MoveStockDialog)
    move.ui.toEdit.setCurrentIndex(0)
    move.ui.quantityEdit.setValue(4)
    screenshot(move, "stock_move_dialog")
    save(move)
    assert move.saved == "issue"
    stock_page.select_level(batch, int(str(world["pharmacy"])))
    stock_page.ui.adjustButton.click()
    adjust = stock_page.active_dialog
    assert isinstance(adjust, AdjustStockDialog)
    adjust.ui.changeEdit.setValue(2)
    adjust.ui.reasonEdit.setCurrentIndex(adjust.ui.reasonEdit.findData("breakage"))
    save(adjust)
    assert "Only a stock count adds" in adjust.ui.changeError.text()
    adjust.ui.changeEdit.setValue(-1)
    screenshot(adjust, "stock_adjust_dialog")
    save(adjust)
    assert adjust.saved == 5
    stock_page.ui.sectionTabs.setCurrentWidget(stock_page.ui.movementsTab)
    kinds = [stock_page.ui.movementsTable.item(r, 1).text() for r in range(3)]
    assert kinds == ["Adjusted", "Issued to ward", "Received"]
    stock_page.ui.sectionTabs.setCurrentWidget(stock_page.ui.valuationTab)
    assert stock_page.total_value() > 0
    screenshot(stock_page, "stock_valuation")


def test_the_item_catalogue_uses_the_catalogue_editor(qtbot, world, stock_page) -> None:
    stock_page.ui.sectionTabs.setCurrentWidget(stock_page.ui.itemsTab)
    editor = stock_page.items_editor
    assert editor is not None
    assert any(row.name == "Amoxicillin 500 mg capsule" for row in editor.rows)
    editor.new_entry()
    editor.field_widget("name").setText("Paracetamol 500 mg tablet")
    drug = editor.field_widget("drug_id")
    assert "paracetamol-500-mg-tablet" in drug.completer().model().stringList()  # completion from the formulary
    drug.setText("paracetamol-500-mg-tablet")
    editor.field_widget("unit").setText("tablet")
    editor.field_widget("pack_size").setText("32")
    editor.field_widget("reorder_level").setText("100")
    editor.save()
    assert any(row.name == "Paracetamol 500 mg tablet" and row.drug_id == "paracetamol-500-mg-tablet"
               for row in editor.rows)
    screenshot(stock_page, "stock_items")


def test_a_ward_store_is_added_in_the_locations_editor_and_offered_at_once(qtbot, world, stock_page) -> None:
    stock_page.ui.sectionTabs.setCurrentWidget(stock_page.ui.locationsTab)
    editor = stock_page.locations_editor
    assert editor is not None
    assert {"Main pharmacy", "Surgical ward store"} <= {row.name for row in editor.rows}
    editor.new_entry()
    editor.field_widget("name").setText("Maternity store")
    kind = editor.field_widget("kind")
    kind.setCurrentIndex(kind.findData("ward_store"))
    editor.save()
    assert any(row.name == "Maternity store" for row in editor.rows)
    assert stock_page.overview is not None
    assert "Maternity store" in {location.name for location in stock_page.overview.locations}
    screenshot(stock_page, "stock_locations")


def test_a_clerk_without_the_capability_has_no_pharmacy_page(qtbot, database, runner) -> None:
    ctx = database.login(database.add_user(Group.BILLING, stem="guinodisp"))
    try:
        tab = BillingTab(ctx=ctx, runner=runner)
        qtbot.addWidget(tab)
        assert tab.pharmacy_page is None
    finally:
        ctx.db.dispose()
