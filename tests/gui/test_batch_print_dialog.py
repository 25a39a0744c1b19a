"""The batch print dialog (issue 9, item 7) with real widgets and a real database: a period and one patient
chosen, the invoices found and ticked, a folder chosen, the PDFs written (through the runner's cancellable
task) and logged, a reprint counted as COPY, Cancel part-way saying how many were written, and the layout at
1280 × 720."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from factories import new_patient
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import billing
from hms_desktop.services.billing import ManualLine
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.batch_print_dialog import BatchPrintDialog

pytestmark = pytest.mark.usefixtures("app_style")
D = Decimal


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


def issue(clerk: ServiceContext, patient: int) -> billing.InvoiceDTO:
    draft = billing.create_draft_invoice(clerk, patient, [], [ManualLine("Dressing pack", D(2), D("3.33"), D(20))])
    return billing.issue_invoice(clerk, draft.id)


@pytest.fixture
def dialog(qtbot, runner, clerk) -> BatchPrintDialog:
    dialog = BatchPrintDialog(ctx=clerk, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_clerk_prints_one_patients_invoices_to_a_folder(qtbot, dialog, database, clerk, tmp_path) -> None:
    family = "BATCHPRINTONE"
    patient = new_patient(database, family)
    numbers = [issue(clerk, patient).number for _ in range(3)]
    issue(clerk, new_patient(database))  # someone else's, left out
    today = date.today()
    dialog.set_period(today - timedelta(days=1), today + timedelta(days=1))
    dialog.picker.search(family)
    assert family in dialog.ui.scopeLabel.text()
    assert not dialog.ui.printButton.isEnabled()  # nothing found yet
    dialog.ui.findButton.click()
    table = dialog.ui.invoiceTable
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == numbers
    assert dialog.ui.countLabel.text() == "3 of 3 ticked"
    table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.ui.printButton.isEnabled() and "folder" in dialog.ui.printButton.toolTip()
    dialog.ui.folderEdit.setText(str(tmp_path))
    assert dialog.ui.printButton.isEnabled() and dialog.ui.printButton.text() == "&Print 2 invoices to PDF"
    dialog.ui.printButton.click()
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(f"{n}.pdf" for n in (numbers[0], numbers[2]))
    message = dialog.ui.messageLabel.text()
    assert message.startswith("Done: 2 PDFs written to") and str(tmp_path) in message
    assert dialog.ui.progressBar.value() == 100 and not dialog.running
    # Printing again: both are reprints now, marked COPY.
    dialog.ui.printButton.click()
    assert "2 of them marked COPY" in dialog.ui.messageLabel.text()
    with database.owner.engine.connect() as conn:
        copies = conn.execute(text("SELECT is_copy FROM print_log WHERE document = 'invoice' AND subject = :n "
                                   "ORDER BY id"), {"n": numbers[0]}).scalars().all()
    assert copies == [False, True]


def test_cancel_part_way_says_how_many_were_written(qtbot, dialog, runner, database, clerk, tmp_path) -> None:
    patient = new_patient(database, "BATCHCANCEL")
    for _ in range(6):
        issue(clerk, patient)
    today = date.today()
    dialog.set_period(today - timedelta(days=1), today + timedelta(days=1))
    dialog.picker.search("BATCHCANCEL")
    dialog.ui.findButton.click()
    dialog.ui.folderEdit.setText(str(tmp_path))
    runner.cancel_after = 3  # the clerk presses Cancel after the third PDF
    dialog.ui.printButton.click()
    assert dialog.ui.messageLabel.text().startswith("Cancelled: 3 PDFs of 6 written to")
    assert len(list(tmp_path.glob("*.pdf"))) == 3 and dialog.result_of_batch is not None
    assert dialog.ui.printButton.isEnabled()  # ready to go again


def test_a_bad_period_or_folder_gets_a_message(qtbot, dialog, tmp_path) -> None:
    dialog.ui.fromDate.setDate(QDate(2030, 6, 10))
    dialog.ui.toDate.setDate(QDate(2030, 6, 1))
    dialog.ui.findButton.click()
    assert dialog.ui.messageLabel.text() == "The last day is before the first day."
    dialog.set_period(date(2020, 1, 1), date(2020, 1, 2))
    dialog.ui.findButton.click()
    assert dialog.ui.countLabel.text() == "No issued invoices in that period."


def test_the_dialog_fits_1280_by_720_and_every_field_has_a_name(qtbot, dialog, database, clerk, tmp_path) -> None:
    patient = new_patient(database, "O'BRIEN-SMITH-LONGFAMILYNAME", "Zoë Alexandra")
    for _ in range(25):
        issue(clerk, patient)
    today = date.today()
    dialog.set_period(today - timedelta(days=1), today + timedelta(days=1))
    dialog.ui.findButton.click()
    dialog.ui.folderEdit.setText(str(tmp_path))
    QApplication.processEvents()
    assert dialog.minimumSizeHint().width() <= 1280 and dialog.minimumSizeHint().height() <= 690
    assert dialog.width() <= 1280 and dialog.height() <= 690
    labels = dialog.findChildren(QLabel)
    for widget in (dialog.ui.fromDate, dialog.ui.toDate, dialog.ui.patientEdit, dialog.ui.folderEdit,
                   dialog.ui.invoiceTable, dialog.ui.patientTable, dialog.ui.progressBar):
        assert widget.accessibleName() or any(label.buddy() is widget for label in labels), widget.objectName()
    assert not dialog.ui.invoiceTable.tabKeyNavigation()
    shots = os.environ.get("HMS_SCREENSHOT_DIR")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(shots) / "batch_print_dialog.png"))
