"""Session → Printers on this workstation, and the print preview that follows it (issue 10, item 6).

An offscreen test machine has no printers, so the installed printers are handed to the dialogs: the choice
round-trips through the workstation's printers.ini, the preview preselects the printer set for its document's
kind and Print sends there without the print dialog; a set printer that is gone is said so and Print asks."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import DEFAULT_PASSWORD, log_in
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import printing
from hms_desktop.services.billing.printing import RECEIPT
from hms_desktop.services.billing.shifts import REVENUE_REPORT, Z_REPORT
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.prescribing.prescriptions import PRESCRIPTION
from hms_desktop.services.slips import SLIP
from hms_desktop.ui.dialogs import print_preview
from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog, assigned_printer
from hms_desktop.ui.dialogs.printers_dialog import PrintersDialog

INSTALLED = ["Ward-A4", "Desk-Receipts", "Zebra-Bands"]


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "printers.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="module")
def admin(database) -> ServiceContext:
    return database.context_for(Group.ADMIN)


@pytest.fixture
def band(database, admin) -> printing.PrintJob:
    with database.owner.engine.begin() as conn:
        patient_id = conn.execute(text("INSERT INTO patient (family_name, given_name, sex, birth_date) "
                                       "VALUES ('Printer', 'Pat', 'F', :d) RETURNING id"),
                                  {"d": date(1980, 3, 12)}).scalar_one()
    return printing.wristband_pdf(admin, patient_id)


def dialog_for(qtbot, settings: QSettings, installed: list[str] = INSTALLED) -> PrintersDialog:
    dialog = PrintersDialog(settings=settings, available_printers=lambda: installed,
                            default_printer=lambda: "Ward-A4")
    qtbot.addWidget(dialog)
    return dialog


def test_every_kind_of_document_has_a_choice_of_the_installed_printers(qtbot, settings) -> None:
    dialog = dialog_for(qtbot, settings)
    assert list(dialog.combos) == ["wristband", "labels", "slip", "prescription", "invoice", "receipt"]
    combo = dialog.combos["invoice"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Ask every time", "Ward-A4 (this computer's default)", "Desk-Receipts", "Zebra-Bands"]
    assert dialog.chosen() == dict.fromkeys(dialog.combos, "")
    assert all(combo.accessibleName().startswith("Printer for ") for combo in dialog.combos.values())
    # Alt + a letter reaches each choice: six kinds, six different letters.
    letters = [label.text()[1].lower() for label in dialog.findChildren(QLabel) if label.buddy() in
               dialog.combos.values()]
    assert len(letters) == len(set(letters)) == 6
    assert dialog.ui.messageLabel.isHidden()


def test_the_choice_is_kept_on_the_workstation_and_read_back(qtbot, settings, tmp_path) -> None:
    dialog = dialog_for(qtbot, settings)
    dialog.combos["wristband"].setCurrentIndex(dialog.combos["wristband"].findData("Zebra-Bands"))
    dialog.combos["receipt"].setCurrentIndex(dialog.combos["receipt"].findData("Desk-Receipts"))
    dialog.combos["invoice"].setCurrentIndex(dialog.combos["invoice"].findData("Ward-A4"))
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()
    assert dialog.result() == PrintersDialog.DialogCode.Accepted

    again = QSettings(str(tmp_path / "printers.ini"), QSettings.Format.IniFormat)  # as the next start reads it
    assert assigned_printer(again, "wristband") == "Zebra-Bands"
    # The receipt roll takes Z-reports too; the A4 invoice printer the daily revenue.
    assert assigned_printer(again, RECEIPT) == assigned_printer(again, Z_REPORT) == "Desk-Receipts"
    assert assigned_printer(again, REVENUE_REPORT) == "Ward-A4"
    assert assigned_printer(again, PRESCRIPTION) == assigned_printer(again, SLIP) == ""
    reopened = dialog_for(qtbot, again)
    assert reopened.chosen()["wristband"] == "Zebra-Bands"

    # Back to "Ask every time": the key goes.
    reopened.combos["wristband"].setCurrentIndex(0)
    reopened.accept()
    assert assigned_printer(QSettings(str(tmp_path / "printers.ini"), QSettings.Format.IniFormat),
                            "wristband") == ""


def test_a_printer_that_has_gone_stays_listed_as_not_installed(qtbot, settings) -> None:
    settings.setValue("assigned/labels", "Old-Labels")
    dialog = dialog_for(qtbot, settings, installed=[])
    combo = dialog.combos["labels"]
    assert combo.currentText() == "Old-Labels (not installed)"
    assert dialog.chosen()["labels"] == "Old-Labels"
    assert "No printer is installed" in dialog.ui.messageLabel.text()


def test_the_preview_sends_print_to_the_printer_set_for_its_kind(qtbot, runner, admin, band, settings,
                                                                 monkeypatch) -> None:
    settings.setValue("assigned/wristband", "Zebra-Bands")
    preview = PrintPreviewDialog(runner=runner, ctx=admin, job=band, settings=settings,
                                 available_printers=lambda: INSTALLED)
    qtbot.addWidget(preview)
    assert preview.direct_printer() == "Zebra-Bands"
    assert preview.printButton.text() == "Print on Zebra-Bands"
    assert preview.otherPrinterButton.isVisibleTo(preview)

    def no_dialog(*_args: object) -> None:
        raise AssertionError("the print dialog was opened")

    sent: list[QPrinter] = []
    monkeypatch.setattr(print_preview, "QPrintDialog", no_dialog)
    monkeypatch.setattr(preview, "print_to", sent.append)
    qtbot.mouseClick(preview.printButton, Qt.MouseButton.LeftButton)
    assert len(sent) == 1
    # The document's own paper (the band), no margins: the printer is prepared as for any print.
    assert sent[0].fullPage()


def test_without_a_set_printer_or_with_a_gone_one_print_asks(qtbot, runner, admin, band, settings,
                                                             monkeypatch) -> None:
    asked: list[QPrinter] = []

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, _parent: object) -> None:
            asked.append(printer)

        def setWindowTitle(self, _title: str) -> None:
            pass

        def exec(self) -> int:
            return 0  # cancelled

    monkeypatch.setattr(print_preview, "QPrintDialog", FakePrintDialog)
    preview = PrintPreviewDialog(runner=runner, ctx=admin, job=band, settings=settings,
                                 available_printers=lambda: INSTALLED)
    qtbot.addWidget(preview)
    assert preview.printButton.text() == "Print…" and not preview.otherPrinterButton.isVisibleTo(preview)
    preview.printButton.click()
    assert len(asked) == 1

    settings.setValue("assigned/wristband", "Gone-Printer")
    gone = PrintPreviewDialog(runner=runner, ctx=admin, job=band, settings=settings,
                              available_printers=lambda: INSTALLED)
    qtbot.addWidget(gone)
    assert gone.direct_printer() == ""
    assert "Gone-Printer, is not installed now" in gone.statusLabel.text()
    gone.printButton.click()
    assert len(asked) == 2


def test_every_document_the_program_prints_has_a_kind_of_printer() -> None:
    from hms_desktop.services.billing.printing import DEPOSIT_RECEIPT, INVOICE

    for document in (printing.WRISTBAND, printing.LABELS, SLIP, PRESCRIPTION, INVOICE, RECEIPT, DEPOSIT_RECEIPT,
                     Z_REPORT, REVENUE_REPORT):
        assert printing.printer_kind_of(document) is not None, document


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.BILLING])
def test_every_user_finds_it_in_the_session_menu(qtbot, controller, database, settings, monkeypatch,
                                                  group: Group) -> None:
    monkeypatch.setattr("hms_desktop.ui.dialogs.printers_dialog.printer_settings", lambda: settings)
    username = database.add_user(group)
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    session = window.menuBar().actions()[0].menu()
    assert window.printers_action in session.actions()
    window.printers_action.trigger()
    dialog = window.printers_dialog
    assert isinstance(dialog, PrintersDialog) and dialog.isVisible()
    dialog.combos["receipt"].setCurrentIndex(0)
    dialog.accept()
    assert "Printers saved" in window.statusBar().currentMessage()
