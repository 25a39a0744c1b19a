"""The print preview: QtPdf shows the document; printing and saving work offscreen and are logged."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import printing
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog, _print_with_qt


@pytest.fixture(scope="module")
def admin(database) -> ServiceContext:
    # An administrator: the only group that can tell a reprint until the schema has hms_printed_before().
    return database.context_for(Group.ADMIN)


@pytest.fixture
def patient(database) -> tuple[int, str]:
    with database.owner.engine.begin() as conn:
        row = conn.execute(text("INSERT INTO patient (family_name, given_name, sex, birth_date) "
                                "VALUES ('O''Brien-Smith', 'Zoë', 'F', :d) RETURNING id, mrn"),
                           {"d": date(1980, 3, 12)}).one()
    return row.id, row.mrn


@pytest.fixture
def make_dialog(qtbot, runner, admin, tmp_path):
    def make(job: printing.PrintJob) -> PrintPreviewDialog:
        settings = QSettings(str(tmp_path / "printers.ini"), QSettings.Format.IniFormat)
        dialog = PrintPreviewDialog(runner=runner, ctx=admin, job=job, settings=settings)
        qtbot.addWidget(dialog)
        return dialog
    return make


def logged(database, mrn: str) -> list:
    with database.owner.engine.connect() as conn:
        return list(conn.execute(text("SELECT document, is_copy, destination, actor FROM print_log "
                                      "WHERE subject = :s ORDER BY id"), {"s": mrn}))


def send(dialog: PrintPreviewDialog, printer: QPrinter) -> bool:
    """Print with the synchronous runner: True when the printer took the document."""
    outcome: list[bool] = []
    dialog.printFinished.connect(outcome.append)
    dialog.print_to(printer)
    assert len(outcome) == 1 and not dialog.sending
    return outcome[0]


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def page_points(path: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    words = next(line for line in info.splitlines() if line.startswith("Page size:")).split()
    return float(words[2]), float(words[4])


def scan(path: Path, tmp_path: Path) -> set[str]:
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(path), str(tmp_path / "page")], check=True)
    found: set[str] = set()
    for image in tmp_path.glob("page*.png"):
        result = subprocess.run(["zbarimg", "-q", "-Sdisable", "-Scode128.enable", "-Sqrcode.enable", str(image)],
                                check=False, capture_output=True, text=True)
        found.update(result.stdout.split())
    return found


def test_the_preview_shows_the_one_page_band(make_dialog, admin, patient) -> None:
    dialog = make_dialog(printing.wristband_pdf(admin, patient[0]))
    assert dialog.document.pageCount() == 1
    assert dialog.view.document() is dialog.document
    assert "First print" in dialog.statusLabel.text()
    assert dialog.printButton.text() == "Print…" and dialog.saveButton.text() == "Save as PDF…"


def test_save_writes_the_pdf_and_logs_it(make_dialog, admin, patient, database, runner, tmp_path) -> None:
    patient_id, mrn = patient
    job = printing.wristband_pdf(admin, patient_id)
    dialog = make_dialog(job)
    target = tmp_path / "x.pdf"
    assert dialog.save_to(str(target))
    assert target.read_bytes() == job.pdf and pdf_pages(target) == 1
    assert runner.errors == []
    assert [tuple(r) for r in logged(database, mrn)] == [("wristband", False, str(target), admin.user.username)]
    # The preview now holds the copy: printing again from it says COPY.
    assert dialog.job.is_copy and "COPY" in dialog.windowTitle()
    assert dialog.document.pageCount() == 1


def test_print_to_a_pdf_printer_renders_scannable_barcodes_and_logs(make_dialog, admin, patient, database,
                                                                    runner, tmp_path) -> None:
    patient_id, mrn = patient
    dialog = make_dialog(printing.wristband_pdf(admin, patient_id))
    printer = dialog.prepared_printer()
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert send(dialog, printer)
    assert pdf_pages(out) == 1
    assert page_points(out) == pytest.approx((793.7, 70.9), abs=1)  # 280 x 25 mm, the band's own paper
    assert scan(out, tmp_path) == {f"CODE-128:{mrn}", f"QR-Code:{mrn}"}
    text_layer = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "O'BRIEN-SMITH" in text_layer and f"MRN {mrn}" in text_layer  # vectors, not a picture
    assert runner.errors == []
    assert [tuple(r)[:3] for r in logged(database, mrn)] == [("wristband", False, str(out))]

    again = tmp_path / "again.pdf"
    printer.setOutputFileName(str(again))
    assert send(dialog, printer)
    assert [tuple(r)[:3] for r in logged(database, mrn)][-1] == ("wristband", True, str(again))


def test_a_plain_qprinter_works_too(make_dialog, admin, patient, database, tmp_path) -> None:
    """A printer at screen resolution with A4 paper: it gets the band's paper back, and the file is the band."""
    patient_id, mrn = patient
    dialog = make_dialog(printing.wristband_pdf(admin, patient_id))
    printer = QPrinter()
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "plain.pdf"
    printer.setOutputFileName(str(out))
    assert send(dialog, printer)
    size = printer.pageLayout().fullRectPoints().size()
    assert (size.width(), size.height()) == (794, 71)
    assert scan(out, tmp_path) == {f"CODE-128:{mrn}", f"QR-Code:{mrn}"}
    assert logged(database, mrn)[-1].destination == str(out)


def test_without_cups_pages_are_painted_at_printer_resolution(admin, patient, tmp_path) -> None:
    """The Qt path (Windows, no CUPS): each page an image of at least 300 dpi, barcodes still scan."""
    job = printing.wristband_pdf(admin, patient[0])
    printer = QPrinter()  # screen resolution, A4: the band is turned and drawn at 300 dpi all the same
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "painted.pdf"
    printer.setOutputFileName(str(out))
    printer.setFullPage(True)
    _print_with_qt(job.pdf, printer)
    assert pdf_pages(out) == 1
    assert scan(out, tmp_path) == {f"CODE-128:{patient[1]}", f"QR-Code:{patient[1]}"}


def test_the_prepared_printer_has_the_documents_paper(make_dialog, admin, patient) -> None:
    dialog = make_dialog(printing.wristband_pdf(admin, patient[0]))
    printer = dialog.prepared_printer()
    size = printer.pageLayout().fullRectPoints().size()
    assert sorted((size.width(), size.height())) == pytest.approx(sorted((793.7, 70.9)), abs=1.5)
    assert printer.fullPage()
    labels = make_dialog(printing.wristband_pdf(admin, patient[0], label_sheet=True)).prepared_printer()
    assert labels.pageLayout().pageSize().id() == labels.pageLayout().pageSize().PageSizeId.A4
    assert labels.pageLayout().orientation() == QPageLayout.Orientation.Portrait


def test_a_label_sheet_prints_a4(make_dialog, admin, patient, tmp_path) -> None:
    dialog = make_dialog(printing.wristband_pdf(admin, patient[0], label_sheet=True))
    printer = dialog.prepared_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "labels.pdf"
    printer.setOutputFileName(str(out))
    assert send(dialog, printer)
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    assert "(A4)" in info
    assert scan(out, tmp_path) == {f"CODE-128:{patient[1]}"}


def test_a_failed_print_says_so_and_is_not_logged(make_dialog, admin, patient, database, tmp_path,
                                                  monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, message: shown.append(message))
    dialog = make_dialog(printing.wristband_pdf(admin, patient[0]))
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "x.pdf"))
    assert not send(dialog, printer)
    assert shown and "could not be written" in shown[0]
    assert not dialog.save_to(str(tmp_path / "no-such-folder" / "y.pdf"))
    assert "could not be written" in shown[-1]
    assert logged(database, patient[1]) == []
    assert not dialog.job.is_copy


def test_a_failed_log_is_reported(make_dialog, admin, patient, tmp_path, monkeypatch) -> None:
    from hms_desktop.services.errors import ConnectionLost

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, message: shown.append(message))

    def lost(*args: object) -> None:
        raise ConnectionLost("The connection to the database was lost.")

    dialog = make_dialog(printing.wristband_pdf(admin, patient[0]))
    monkeypatch.setattr(printing, "log_print", lost)
    assert dialog.save_to(str(tmp_path / "saved.pdf"))
    assert shown and "could not be recorded" in shown[0] and "connection" in shown[0]
