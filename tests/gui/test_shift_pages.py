"""My shift and Revenue (issue 9, item 8) with real widgets and a real database: a billing clerk opens a shift
(a bad float explained beside the field), sees cash taken in the live summary, types the count and sees the
difference as typed, is asked for a note, closes after confirming and prints the Z-report; the past shift stays
read-only. An administrator picks a day on the Revenue page, sees the summary, prints it and exports the CSV.
Both pages fit 1280 × 720 inside the Billing tab and have distinct Alt+letters."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from factories import new_patient
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import text
from test_fit_720 import check
from test_keyboard import duplicates

from hms_desktop.domain.staff import Group
from hms_desktop.services import billing
from hms_desktop.services.billing import ManualLine, shifts
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from hms_desktop.ui.tabs.revenue_page import RevenuePage
from hms_desktop.ui.tabs.shift_page import H_DIFFERENCE, H_NOTE, ShiftPage

pytestmark = pytest.mark.usefixtures("app_style")
D = Decimal
# What a page of the Billing tab gets inside the main window at 1280 × 720 (tab bar, page switcher, status bar).
PAGE = QSize(1260, 560)
_source_ids = iter(range(7_000_000, 8_000_000))


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    login = database.add_user(Group.BILLING, stem="shiftpage", full_name="Bea Billing-Cashdesk")
    yield from database.logged_in(username=login)


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


def issued(database, clerk: ServiceContext) -> billing.InvoiceDTO:
    patient = new_patient(database)
    with database.owner.engine.begin() as conn:
        charge = int(conn.execute(text(
            "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
            "VALUES (:p, :d, 'CONS', 'Consultation', 'encounter', :s) RETURNING id"),
            {"p": patient, "d": date(2030, 6, 1), "s": next(_source_ids)}).scalar_one())
    draft = billing.create_draft_invoice(clerk, patient, [charge],
                                         [ManualLine("Dressing pack", D(2), D("3.33"), D(20))])
    return billing.issue_invoice(clerk, draft.id)


def shown(qtbot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(PAGE)
    page.show()
    qtbot.waitExposed(page)


def save_png(page: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.grab().save(str(Path(folder) / f"{name}.png"))


def test_a_clerk_opens_takes_cash_closes_with_a_note_and_prints_the_z_report(qtbot, runner, database,
                                                                               clerk) -> None:
    page = ShiftPage(ctx=clerk, runner=runner)
    shown(qtbot, page)
    page.activate()
    assert page.shift is None and page.ui.openBox.isVisible() and not page.ui.closeBox.isVisible()
    problems = check(page, PAGE, "shift-none")

    page.ui.floatEdit.setText("ten")
    page.open_shift()
    assert page.shift is None and "like 100.00" in page.ui.floatError.text()
    page.ui.floatEdit.setText("100")
    page.ui.openButton.click()
    assert page.shift is not None and page.shift.opening_float == D("100.00")
    assert page.ui.summaryBox.isVisible() and not page.ui.openBox.isVisible()
    assert "Nothing taken yet" in page.ui.summaryTable.item(0, 0).text()

    invoice = issued(database, clerk)
    billing.take_payment(clerk, invoice.id, "cash", D("40.00"), tendered=D("50.00"))
    billing.take_payment(clerk, invoice.id, "card", D("47.99"), reference="TRM-77")
    page.ui.refreshButton.click()
    rows = [[page.ui.summaryTable.item(r, c).text() for c in range(4)] for r in range(page.ui.summaryTable.rowCount())]
    assert rows == [["Payments", "Cash", "1", "40.00"], ["Payments", "Card", "1", "47.99"]]
    assert "Expected in the drawer: 140.00" in page.ui.expectedLabel.text()

    assert not page.ui.closeButton.isEnabled()
    page.ui.countedEdit.setText("12,3x")
    assert "like 245.50" in page.ui.countedError.text() and not page.ui.closeButton.isEnabled()
    page.ui.countedEdit.setText("139.50")
    assert page.ui.differenceLabel.text() == "Difference -0.50 (short)"
    assert page.ui.noteLabel.text() == "&Note (required)"
    problems += check(page, PAGE, "shift-open")
    save_png(page, "shift-open")
    assert page.confirm_close() is None and "say why" in page.ui.noteError.text()
    page.ui.noteEdit.setText("Change given twice")
    assert page.ui.noteError.text() == ""
    box = page.confirm_close()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert page.shift is None and page.ui.openBox.isVisible()
    assert "difference -0.50" in page.ui.messageLabel.text()
    assert page.ui.historyTable.rowCount() == 1
    assert page.ui.historyTable.item(0, H_DIFFERENCE).text() == "-0.50"
    assert page.ui.historyTable.item(0, H_NOTE).text() == "Change given twice"
    assert page.ui.printButton.isEnabled()  # the shift just closed is selected
    problems += check(page, PAGE, "shift-closed")
    save_png(page, "shift-closed")

    page.ui.printButton.click()
    assert isinstance(page.active_dialog, PrintPreviewDialog)
    assert page.active_dialog.job.document == "z_report"
    page.active_dialog.reject()
    assert duplicates(page) == {}
    assert not problems, "\n".join(problems)


def test_a_shift_opened_at_another_workstation_is_explained_and_shown(qtbot, runner, database) -> None:
    for ctx in database.logged_in(Group.BILLING):
        page = ShiftPage(ctx=ctx, runner=runner)
        shown(qtbot, page)
        page.activate()
        assert page.shift is None
        # The same clerk opens a shift at another workstation while this page still offers "Open shift".
        shifts.open_shift(ctx, "7.00")
        page.ui.floatEdit.setText("5")
        page.ui.openButton.click()
        assert "already have a cash shift open" in page.ui.messageLabel.text()
        assert page.shift is not None and page.shift.opening_float == D("7.00")
        assert page.ui.closeBox.isVisible()


def test_an_administrator_reads_a_day_prints_it_and_exports_csv(qtbot, runner, database, clerk, admin,
                                                                 tmp_path) -> None:
    page = RevenuePage(ctx=admin, runner=runner)
    shown(qtbot, page)
    page.activate()
    assert page.revenue is not None and page.revenue.day == page.day
    assert page.ui.totalsLabel.text().startswith("Invoiced ")
    takings = {page.ui.takingsTable.item(r, 1).text() for r in range(page.ui.takingsTable.rowCount())}
    assert {"Cash", "Card"} <= takings
    clerks = [page.ui.clerksTable.item(r, 0).text() for r in range(page.ui.clerksTable.rowCount())]
    assert "Bea Billing-Cashdesk" in clerks
    assert page.ui.shiftsTable.rowCount() >= 1
    problems = check(page, PAGE, "revenue")
    save_png(page, "revenue")

    target = tmp_path / "revenue.csv"
    assert page.export_csv(target)
    assert target.read_text(encoding="utf-8-sig").startswith("day,section,item,amount")
    assert str(target) in page.ui.messageLabel.text()
    assert not page.export_csv(tmp_path / "missing-folder" / "x.csv")
    assert "could not be written" in page.ui.messageLabel.text()

    page.ui.printButton.click()
    assert isinstance(page.active_dialog, PrintPreviewDialog)
    assert page.active_dialog.job.document == "revenue_report"
    page.active_dialog.reject()

    page.ui.previousButton.click()
    assert page.revenue.day == page.day and page.ui.clerksTable.rowCount() == 0
    assert page.ui.takingsTable.item(0, 0).text() == "No money taken this day"
    assert duplicates(page) == {}
    assert not problems, "\n".join(problems)


def test_the_revenue_page_says_who_may_read_it(qtbot, runner, clerk) -> None:
    page = RevenuePage(ctx=clerk, runner=runner)
    shown(qtbot, page)
    page.activate()
    assert page.revenue is None and "Only an administrator" in page.ui.messageLabel.text()
