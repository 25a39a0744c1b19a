"""Printing through CUPS to a real queue: a cups-pdf virtual printer writes what it receives as a PDF.

What this proves: the document keeps its own paper after the real QPrintDialog (280 x 25 mm band, A6
slip, A4 label sheet), the pages keep their text (pdftotext reads it back), the label sheet is sent off
the GUI thread, and a queue that rejects jobs gives a message and no print_log row.

Needs (build/setup.sh installs them as root; CI runs it): ``cups``, ``printer-driver-cups-pdf``,
``poppler-utils``. The module sets up what it needs when it runs as root:

- if the scheduler is not running it starts ``cupsd -f`` as a child and stops it afterwards;
- it (re)creates the queue ``hms-test-pdf`` with the cups-pdf backend instance ``cups-pdf:/hmstest``,
  whose settings file ``/etc/cups/cups-pdf-hmstest.conf`` sends output to ``/var/spool/cups-pdf/hms-test``.

Not root: an administrator can do the same once, by hand:

    printf 'Out /var/spool/cups-pdf/hms-test\\nLabel 1\\n' > /etc/cups/cups-pdf-hmstest.conf
    lpadmin -p hms-test-pdf -E -v cups-pdf:/hmstest -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd

Without the tools or the queue the tests are skipped, with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.printing.appointment_slip import AppointmentSlipData, build_appointment_slip
from hms_desktop.services import printing, slips
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from hms_desktop.ui.tasks import TaskRunner

QUEUE = "hms-test-pdf"
INSTANCE = "hmstest"
OUTPUT = Path("/var/spool/cups-pdf/hms-test")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, check=False,
                          env={**os.environ, "LC_ALL": "C"})


def _scheduler_running() -> bool:
    return "is running" in _run("lpstat", "-r").stdout


@pytest.fixture(scope="module")
def cups_queue() -> Iterator[Path]:
    """The cups-pdf queue QUEUE, accepting and enabled; yields the folder its PDFs land in."""
    missing = [tool for tool in ("lp", "lpstat", "lpadmin", "cupsd", "pdftotext", "pdfinfo") if not shutil.which(tool)]
    if missing:
        pytest.skip(f"CUPS or poppler tools missing ({', '.join(missing)}): apt-get install cups "
                    "printer-driver-cups-pdf poppler-utils, or run build/setup.sh as root")
    root = os.geteuid() == 0
    started: subprocess.Popen[bytes] | None = None
    if not _scheduler_running():
        if not root:
            pytest.skip("the CUPS scheduler is not running and only root may start it (cupsd)")
        started = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not _scheduler_running():
            if time.monotonic() > deadline or started.poll() is not None:
                started.kill()
                pytest.skip("cupsd did not start (see /var/log/cups/error_log)")
            time.sleep(0.1)
    try:
        if root and BACKEND.exists() and PPD.exists():
            OUTPUT.mkdir(parents=True, exist_ok=True)
            Path(f"/etc/cups/cups-pdf-{INSTANCE}.conf").write_text(f"Out {OUTPUT}\nLabel 1\n")
            done = _run("lpadmin", "-p", QUEUE, "-E", "-v", f"cups-pdf:/{INSTANCE}", "-P", str(PPD))
            assert done.returncode == 0, done.stderr
        if QUEUE not in _run("lpstat", "-e").stdout.split():
            pytest.skip(f"no CUPS queue {QUEUE} (cups-pdf); see this module's docstring to create it")
        _run("cupsaccept", QUEUE)
        _run("cupsenable", QUEUE)
        there_before = set(OUTPUT.glob("*.pdf"))
        yield OUTPUT
        for printed in set(OUTPUT.glob("*.pdf")) - there_before:  # this run's test patients, not kept
            printed.unlink(missing_ok=True)
    finally:
        if started is not None:
            started.terminate()
            started.wait(10)


@pytest.fixture(scope="module")
def reception(database) -> ServiceContext:
    return database.context_for(Group.RECEPTION)


@pytest.fixture
def patient(database) -> tuple[int, str]:
    with database.owner.engine.begin() as conn:
        row = conn.execute(text("INSERT INTO patient (family_name, given_name, sex, birth_date) "
                                "VALUES ('Printwell', 'Cupsa', 'F', :d) RETURNING id, mrn"),
                           {"d": date(1975, 6, 1)}).one()
    return row.id, row.mrn


@dataclass
class Preview:
    dialog: PrintPreviewDialog
    outcomes: list[bool]
    messages: list[str]


@pytest.fixture
def open_preview(qtbot, runner, tmp_path, monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, message: messages.append(message))

    def make(ctx: ServiceContext, job: printing.PrintJob, *, task_runner: object = None) -> Preview:
        settings = QSettings(str(tmp_path / "printers.ini"), QSettings.Format.IniFormat)
        settings.setValue(f"printers/{job.document}", QUEUE)  # the queue this workstation chose before
        dialog = PrintPreviewDialog(runner=task_runner or runner, ctx=ctx, job=job, settings=settings)
        qtbot.addWidget(dialog)
        outcomes: list[bool] = []
        dialog.printFinished.connect(outcomes.append)
        return Preview(dialog, outcomes, messages)
    return make


def logged(database, subject: str) -> list[tuple[str, bool, str]]:
    with database.owner.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT document, is_copy, destination FROM print_log "
                                                    "WHERE subject = :s ORDER BY id"), {"s": subject})]


def print_through_the_dialog(qtbot, preview: Preview) -> QPrinter:
    """Press Print…, accept the real QPrintDialog as it comes up, wait for the outcome; the dialog's printer."""
    seen: list[QPrinter] = []

    def accept() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QPrintDialog), box
        seen.append(box.printer())
        box.accept()

    QTimer.singleShot(0, accept)
    preview.dialog.printButton.click()
    qtbot.waitUntil(lambda: bool(preview.outcomes), timeout=20_000)
    assert seen and seen[0].printerName() == QUEUE
    return seen[0]


def wait_for_output(folder: Path, before: set[Path]) -> Path:
    """The PDF cups-pdf writes for the job just sent (it converts through Ghostscript: about a second)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        new = sorted(set(folder.glob("*.pdf")) - before)
        pending = _run("lpstat", "-W", "not-completed", "-o", QUEUE).stdout.strip()
        if new and not pending:
            return new[0]
        time.sleep(0.2)
    raise AssertionError(f"cups-pdf wrote nothing into {folder}; see /var/log/cups/error_log")


def words(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


def page_points(path: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    fields = next(line for line in info.splitlines() if line.startswith("Page size:")).split()
    return float(fields[2]), float(fields[4])


def test_a_wristband_keeps_its_paper_and_its_text(cups_queue, qtbot, open_preview, reception, patient,
                                                  database) -> None:
    patient_id, mrn = patient
    preview = open_preview(reception, printing.wristband_pdf(reception, patient_id))
    before = set(cups_queue.glob("*.pdf"))
    printer = print_through_the_dialog(qtbot, preview)
    # The dialog put the queue's A4 in place of the band; the preview set the band's paper again.
    band = printer.pageLayout().fullRectPoints()
    assert (band.width(), band.height()) == (794, 71)
    assert preview.outcomes == [True] and preview.messages == []
    out = wait_for_output(cups_queue, before)
    assert page_points(out) == pytest.approx((794, 71), abs=1.5)  # 280 x 25 mm, not A4
    assert "PRINTWELL, Cupsa" in words(out) and f"MRN {mrn}" in words(out)
    assert logged(database, mrn) == [("wristband", False, QUEUE)]
    assert preview.dialog.job.is_copy and "COPY" in preview.dialog.windowTitle()


def test_a_slip_is_printed_on_a6(cups_queue, qtbot, open_preview, reception, database) -> None:
    data = AppointmentSlipData(hospital_name="St Test", patient_name="PRINTWELL, Cupsa", mrn="10000017",
                               doctor_name="Dr Ada Lovelace", specialty="Cardiology", room="Room 7",
                               starts_at=datetime(2026, 12, 2, 9, 30), ends_at=datetime(2026, 12, 2, 9, 45),
                               kind_label="Follow-up")
    subject = f"appointment:cups-{time.time_ns()}"
    job = printing.PrintJob(document=slips.SLIP, subject=subject, pdf=build_appointment_slip(data),
                            is_copy=False, title="Appointment slip")
    preview = open_preview(reception, job)
    before = set(cups_queue.glob("*.pdf"))
    printer = print_through_the_dialog(qtbot, preview)
    assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A6
    assert preview.outcomes == [True]
    out = wait_for_output(cups_queue, before)
    assert page_points(out) == pytest.approx((298, 420), abs=1.5)  # A6, not a corner of an A4 sheet
    assert "Dr Ada Lovelace" in words(out) and "Room 7" in words(out)
    assert logged(database, subject) == [(slips.SLIP, False, QUEUE)]


def test_a_label_sheet_is_sent_off_the_gui_thread(cups_queue, qtbot, open_preview, reception, patient,
                                                  database) -> None:
    patient_id, mrn = patient
    runner = TaskRunner()
    preview = open_preview(reception, printing.wristband_pdf(reception, patient_id, label_sheet=True),
                           task_runner=runner)
    before = set(cups_queue.glob("*.pdf"))
    preview.dialog.print_to(preview.dialog.prepared_printer())
    # Back on the GUI thread at once: the send and the log run on the pool, the buttons wait for them.
    assert preview.dialog.sending and not preview.dialog.printButton.isEnabled()
    qtbot.waitUntil(lambda: bool(preview.outcomes), timeout=20_000)
    assert preview.outcomes == [True] and preview.dialog.printButton.isEnabled()
    out = wait_for_output(cups_queue, before)
    assert page_points(out) == pytest.approx((595, 842), abs=1.5)  # A4
    assert words(out).count(f"MRN {mrn}") >= 2  # every label carries its text
    assert logged(database, mrn) == [("labels", False, QUEUE)]
    runner.wait_for_idle()


def test_a_queue_that_rejects_jobs_says_so_and_logs_nothing(cups_queue, qtbot, open_preview, reception,
                                                            patient, database) -> None:
    patient_id, mrn = patient
    preview = open_preview(reception, printing.wristband_pdf(reception, patient_id))
    before = set(cups_queue.glob("*.pdf"))
    assert _run("cupsreject", "-r", "out of wristbands", QUEUE).returncode == 0
    try:
        preview.dialog.print_to(preview.dialog.prepared_printer())
    finally:
        _run("cupsaccept", QUEUE)
    assert preview.outcomes == [False]
    assert len(preview.messages) == 1
    assert "not accepting jobs" in preview.messages[0] and "out of wristbands" in preview.messages[0]
    assert "Nothing was printed" in preview.dialog.statusLabel.text()
    assert logged(database, mrn) == []
    assert not preview.dialog.job.is_copy and "COPY" not in preview.dialog.windowTitle()
    assert set(cups_queue.glob("*.pdf")) == before


def test_a_printer_that_is_gone_says_so_and_logs_nothing(cups_queue, open_preview, reception, patient,
                                                         database) -> None:
    if os.geteuid() != 0:
        pytest.skip("adding and removing a queue needs root")
    patient_id, mrn = patient
    preview = open_preview(reception, printing.wristband_pdf(reception, patient_id))
    gone = "hms-test-unplugged"
    assert _run("lpadmin", "-p", gone, "-E", "-v", f"cups-pdf:/{INSTANCE}", "-P", str(PPD)).returncode == 0
    printer = preview.dialog.prepared_printer()
    printer.setPrinterName(gone)  # chosen in the print dialog, then removed before the document is sent
    _run("lpadmin", "-x", gone)
    assert printer.printerName() == gone
    preview.dialog.print_to(printer)
    assert preview.outcomes == [False]
    assert "no longer exists" in preview.messages[0]
    assert logged(database, mrn) == [] and not preview.dialog.job.is_copy
