"""Preview a PDF, then print it or save it; every print and save is logged (DESIGN.md decision 10).

The preview is QtPdf. Print… opens QPrintDialog only to choose the printer and the number of copies;
the document's own paper is set again after the dialog (the dialog puts the queue's default, A4, in its
place). Then the document is sent off the GUI thread, one of three ways:

- a CUPS queue (Linux, macOS): reportlab's PDF bytes go to ``lp`` with the paper named
  (``printing/cups.py``), so pages stay vectors with searchable text;
- "print to file" (PDF output): the PDF bytes are written as they are;
- any other printer (Windows): each page is rendered with QPdfDocument at the printer's resolution (at
  least 300 dpi so barcodes stay sharp, at most 600 dpi) and painted from the page's corner (full-page
  mode). These pages are images: a PDF printer there makes a copy without searchable text.

A print is logged only once the printer or CUPS accepted it; a refusal (queue not accepting jobs,
printer gone) is shown and leaves the preview as it was. Once an original has been printed or saved,
the dialog switches to the COPY version of the document, so a second print from it says COPY too.
The printer chosen in the print dialog for each kind of document is remembered per workstation
(``printers/<document>``) and preselected next time. A printer *set* for the document's kind in "Printers on
this workstation" (Session menu, ``ui/dialogs/printers_dialog.py``; ``assigned/<kind>`` in the same file) goes
further: Print sends to it straight away, without the print dialog ("Print on another printer…" still asks). A
set printer that is not installed any more is said so, and Print asks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSettings,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hms_desktop.config import config_dir
from hms_desktop.printing import cups
from hms_desktop.services import printing
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, translate
from hms_desktop.services.printing import PrintJob
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.tasks import Runner

log = logging.getLogger(__name__)

MIN_RENDER_DPI = 300
MAX_RENDER_DPI = 600
_MAX_PIXELS = 40_000_000  # about 160 MB as 32-bit pixels, for very large pages


def printer_settings() -> QSettings:
    """This workstation's printer choices, beside its other settings (HMS_CONFIG_DIR in tests)."""
    return QSettings(str(config_dir() / "printers.ini"), QSettings.Format.IniFormat)


def assigned_key(kind: str) -> str:
    """Where the printer set for a kind of printer (``services.printing.PRINTER_KINDS``) is kept."""
    return f"assigned/{kind}"


def assigned_printer(settings: QSettings, document: str) -> str:
    """The printer set on this workstation for ``document``'s kind; "" when it asks every time."""
    kind = printing.printer_kind_of(document)
    return str(settings.value(assigned_key(kind.key), "", type=str)) if kind is not None else ""


class PrintFailed(ServiceError):
    """Nothing was printed; the text says why, for people."""


@dataclass(frozen=True, slots=True)
class _Sent:
    destination: str
    paused: bool  # CUPS took the job, but the printer is paused: it waits in the queue
    log_error: ServiceError | None  # printed, but the print_log row could not be written


class PrintPreviewDialog(QDialog):
    # After Print…: True once the printer (or CUPS) accepted the document, False when nothing was printed.
    printFinished = Signal(bool)

    def __init__(self, *, runner: Runner, ctx: ServiceContext, job: PrintJob, parent: QWidget | None = None,
                 settings: QSettings | None = None,
                 available_printers: Callable[[], Sequence[str]] | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._ctx = ctx
        self._job = job
        self._settings = settings if settings is not None else printer_settings()
        # The installed printers' names (tests give their own: an offscreen test machine has none).
        self._available = available_printers or QPrinterInfo.availablePrinterNames
        # The document before its buffer: children are deleted in the order they were made, and the
        # document must go (closing itself) before the device it reads from (issue 13.1).
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._sending = False

        self.setWindowTitle(job.title)
        self.setMinimumSize(QSize(600, 260))
        layout = QVBoxLayout(self)
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        layout.addWidget(self.statusLabel)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        # A screen reader cannot read the rendered pages; it is told what document this is.
        self.view.setAccessibleName(self.tr("Preview of %1").replace("%1", job.title))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)

        buttons = QDialogButtonBox(self)
        self.printButton = QPushButton(self.tr("Print…"), self)
        # Shown when this workstation has a printer set for the document's kind: Print goes straight to it.
        self.otherPrinterButton = QPushButton(self.tr("Print on another printer…"), self)
        self.saveButton = QPushButton(self.tr("Save as PDF…"), self)
        buttons.addButton(self.printButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.otherPrinterButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.closeButton = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self.printButton.clicked.connect(self._print)
        self.otherPrinterButton.clicked.connect(self._choose_printer_and_print)
        self.saveButton.clicked.connect(self._choose_file_and_save)
        self.closeButton.clicked.connect(self.reject)
        self.printButton.setDefault(True)

        self._load(job)
        self._show_assigned_printer()
        self.resize(self._initial_size())

    # --- what tests and callers use -------------------------------------------------------------------

    @property
    def job(self) -> PrintJob:
        return self._job

    @property
    def sending(self) -> bool:
        return self._sending

    def print_to(self, printer: QPrinter) -> None:
        """Send the document to ``printer`` off the GUI thread, on the document's own paper; log the print
        once the printer or CUPS accepted it. ``printFinished`` says how it went; a refusal is shown."""
        if self._sending:
            return
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self._show_problem(self.tr("Could not print"), self.tr("The document could not be read for printing."))
            self.printFinished.emit(False)
            return
        self.apply_document_layout(printer)
        job, ctx = self._job, self._ctx
        send = self._sender(printer, job)

        def work() -> _Sent:
            destination, paused = send()
            try:
                printing.log_print(ctx, job, destination)
            except Exception as error:  # printed all the same: say so, do not pretend it failed
                return _Sent(destination, paused, translate(error))
            return _Sent(destination, paused, None)

        self._set_sending(True)
        self.statusLabel.setText(self.tr("Sending to {0}…").format(self._destination(printer)))
        self._runner.run(work, on_success=self._sent, on_failure=self._not_sent, owner=self)

    def save_to(self, path: str) -> bool:
        """Write the PDF to ``path``; log it. False (after a message) if the file could not be written."""
        try:
            Path(path).write_bytes(self._job.pdf)
        except OSError as error:
            log.warning("Saving a PDF failed: %s", error.strerror)
            self._show_problem(self.tr("Could not save"),
                               self.tr("The file could not be written: {0}. Choose another folder or name.")
                               .format(error.strerror or str(error)))
            return False
        self._printed(path)
        return True

    def apply_document_layout(self, printer: QPrinter) -> None:
        """Give ``printer`` the document's paper, orientation and no margins. Called again after
        QPrintDialog, which replaces the paper with the queue's default (A4)."""
        if self.document.pageCount() > 0:
            size = self.document.pagePointSize(0)
            width, height = size.width(), size.height()
            paper = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point,
                              self._job.document, QPageSize.SizeMatchPolicy.FuzzyMatch)
            orientation = (QPageLayout.Orientation.Landscape if width > height
                           else QPageLayout.Orientation.Portrait)
            if not printer.setPageLayout(QPageLayout(paper, orientation, QMarginsF(0, 0, 0, 0))):
                # A printer with hardware margins refuses zero margins: keep its margins; full-page
                # mode below still paints from the paper's corner.
                printer.setPageSize(paper)
                printer.setPageOrientation(orientation)
        printer.setFullPage(True)  # after the layout, which resets it
        printer.setDocName(self._queue_title())

    def direct_printer(self) -> str:
        """The printer Print sends to without asking: the one set on this workstation for the document's kind,
        when it is installed; "" when Print asks (none set, "Ask every time", or the set one is gone)."""
        name = assigned_printer(self._settings, self._job.document)
        return name if name and name in self._available() else ""

    # --- buttons ---------------------------------------------------------------------------------------

    def _show_assigned_printer(self) -> None:
        direct = self.direct_printer()
        self.otherPrinterButton.setVisible(bool(direct))
        if direct:
            self.printButton.setText(self.tr("Print on {0}").format(direct))
            self.printButton.setToolTip(self.tr("This workstation prints {0} on {1} (Session → Printers on this "
                                                "workstation).").format(self._document_label().lower(), direct))
            return
        self.printButton.setText(self.tr("Print…"))
        missing = assigned_printer(self._settings, self._job.document)
        if missing:
            self.statusLabel.setText(self.statusLabel.text() + " " + self.tr(
                "The printer set for this document on this workstation, {0}, is not installed now: Print… asks "
                "which printer to use.").format(missing))

    def _print(self) -> None:
        if self.direct_printer():
            self.print_to(self.prepared_printer())
        else:
            self._choose_printer_and_print()

    def _choose_printer_and_print(self) -> None:
        printer = self.prepared_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {0}").format(self._document_label()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
            self._settings.setValue(self._printer_key(), printer.printerName())
            self._settings.sync()
        self.print_to(printer)

    def _choose_file_and_save(self) -> None:
        suggested = str(Path.home() / f"{self._job.document}-{self._job.subject}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.save_to(path)

    def prepared_printer(self) -> QPrinter:
        """A printer set up for this document: the printer set for its kind on this workstation, else the one
        chosen last time for it; the document's paper, no margins."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = self.direct_printer() or str(self._settings.value(self._printer_key(), "", type=str))
        if remembered and remembered in self._available():
            printer.setPrinterName(remembered)
        self.apply_document_layout(printer)
        return printer

    def done(self, result: int) -> None:
        """Closed: the view lets go of the document and the document of its buffer now, while the dialog is
        whole, rather than in whatever order the deletion (or the interpreter's exit) would take them."""
        super().done(result)
        self.view.setDocument(None)  # type: ignore[arg-type]
        self.document.close()
        self._buffer.close()

    # --- internals -------------------------------------------------------------------------------------

    def _initial_size(self) -> QSize:
        """A band is long and thin: no tall window full of grey around it. A landscape page (a report) is shown
        wide and no taller than a 1280 x 720 screen has room for."""
        if self.document.pageCount() > 0:
            page = self.document.pagePointSize(0)
            if page.height() > 0 and page.width() / page.height() > 3:
                return QSize(1000, 300)
            if page.height() > 0 and page.width() > page.height():
                return QSize(1000, 660)
        return QSize(820, 900)

    def _printer_key(self) -> str:
        return f"printers/{self._job.document}"

    def _load(self, job: PrintJob) -> None:
        self._job = job
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(job.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.setWindowTitle(job.title + (self.tr(" (COPY)") if job.is_copy else ""))
        if job.is_copy:
            self.statusLabel.setText(self.tr("This has been printed before: this print is marked COPY."))
        else:
            self.statusLabel.setText(self.tr("First print. Any further print will be marked COPY."))

    @staticmethod
    def _destination(printer: QPrinter) -> str:
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            return printer.outputFileName()
        return printer.printerName() or QCoreApplication.translate("PrintPreviewDialog", "default printer")

    def _document_label(self) -> str:
        label = printing.DOCUMENTS.get(self._job.document)
        return domain_word(label) if label else self._job.document.replace("_", " ").capitalize()

    def _queue_title(self) -> str:
        """The job's name in a print queue, which anyone at the print server may read: no patient name."""
        return f"{self._document_label()} {self._job.subject}"

    def _sender(self, printer: QPrinter, job: PrintJob) -> Callable[[], tuple[str, bool]]:
        """How to send ``job`` to ``printer``: a function for a worker thread returning (destination, paused),
        raising ``PrintFailed`` when nothing was printed. Whatever it needs is read here, on the GUI thread."""
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            path = printer.outputFileName()

            def to_file() -> tuple[str, bool]:
                try:
                    Path(path).write_bytes(job.pdf)  # the document itself: vectors, text, its own paper
                except OSError as error:
                    raise PrintFailed(QCoreApplication.translate(
                        "PrintPreviewDialog", "The file could not be written: {0}. Choose another folder or name.")
                                      .format(error.strerror or str(error))) from None
                return path, False

            return to_file

        queue = printer.printerName()
        page = self.document.pagePointSize(0)
        media = cups.media_for(page.width(), page.height())
        copies, title = max(1, printer.copyCount()), self._queue_title()

        def to_printer() -> tuple[str, bool]:
            if cups.running():  # CUPS says itself whether the queue exists and takes jobs
                if not queue:
                    raise PrintFailed(QCoreApplication.translate(
                        "PrintPreviewDialog", "No printer is set up on this computer. Nothing was printed."))
                try:
                    submitted = cups.submit(job.pdf, queue, title=title, media=media, copies=copies)
                except cups.PrintNotSent as refused:
                    raise PrintFailed(str(refused)) from None
                log.info("Sent %s to CUPS as %s", job.document, submitted.job_id)
                return queue, submitted.paused
            _print_with_qt(job.pdf, printer)  # no CUPS here (Windows): pages as images, through Qt
            return queue or QCoreApplication.translate("PrintPreviewDialog", "default printer"), False

        return to_printer

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        self.printButton.setEnabled(not sending)
        self.otherPrinterButton.setEnabled(not sending)
        self.saveButton.setEnabled(not sending)

    def _sent(self, sent: _Sent) -> None:
        self._set_sending(False)
        if not self._job.is_copy:
            self._load(self._job.as_copy())
        status = self.tr("Sent to {0}.").format(sent.destination)
        if sent.paused:
            status += " " + self.tr("The printer is paused: the document waits in its queue and prints when "
                                    "the printer is resumed.")
        status += " " + self.tr("Any further print is marked COPY.")
        self.statusLabel.setText(status)
        if sent.log_error is not None:
            self._log_failed(sent.log_error)
        self.printFinished.emit(True)

    def _not_sent(self, error: ServiceError) -> None:
        self._set_sending(False)
        self._show_problem(self.tr("Could not print"), str(error))
        self.printFinished.emit(False)

    def _printed(self, destination: str) -> None:
        job, ctx = self._job, self._ctx  # the task must not hold the dialog: it may outlive it
        self._runner.run(lambda: printing.log_print(ctx, job, destination),
                         on_failure=self._log_failed, owner=self)
        if not job.is_copy:
            self._load(job.as_copy())

    def _log_failed(self, error: ServiceError) -> None:
        self._show_problem(self.tr("Print not recorded"),
                           self.tr("The document was printed, but the print could not be recorded: {0}")
                           .format(str(error)))

    def _show_problem(self, title: str, message: str) -> None:
        self.statusLabel.setText(message)
        QMessageBox.warning(self, title, message)


def open_print_preview(job: PrintJob, *, ctx: ServiceContext, runner: Runner,
                       parent: QWidget | None) -> PrintPreviewDialog:
    """The preview of ``job``, opened window-modal and deleted when closed: what a screen does after a print
    service answered (the preview logs the print)."""
    dialog = PrintPreviewDialog(runner=runner, ctx=ctx, job=job, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _print_with_qt(pdf: bytes, printer: QPrinter) -> None:
    """Paint every page of ``pdf`` into ``printer`` as an image at the printer's resolution. Runs on a
    worker thread, with its own QPdfDocument (QtPdf serialises its calls into pdfium)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise PrintFailed(QCoreApplication.translate(
                "PrintPreviewDialog", "The document could not be read for printing."))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(QCoreApplication.translate(
                "PrintPreviewDialog", "The printer could not be opened. Check that it is switched on and "
                                  "connected, or choose another printer."))
        try:
            for page in range(document.pageCount()):
                if page and not printer.newPage():
                    raise PrintFailed(QCoreApplication.translate(
                        "PrintPreviewDialog", "The printer stopped after page {0}.").format(page))
                _paint_page(document, painter, printer, page)
        finally:
            painter.end()
    finally:
        document.close()
        buffer.close()


def _paint_page(document: QPdfDocument, painter: QPainter, printer: QPrinter, page: int) -> None:
    points = document.pagePointSize(page)
    area = QRectF(0, 0, painter.device().width(), painter.device().height())
    page_landscape = points.width() > points.height()
    area_landscape = area.width() > area.height()
    # A band printer may report the band upright: turn the page rather than shrink it to fit.
    rotate = page_landscape != area_landscape and min(area.width(), area.height()) > 0
    width_px = points.width() * printer.resolution() / 72
    height_px = points.height() * printer.resolution() / 72
    room_w, room_h = (area.height(), area.width()) if rotate else (area.width(), area.height())
    scale = min(1.0, room_w / width_px, room_h / height_px) if width_px and height_px else 1.0
    target = QRectF(0, 0, width_px * scale, height_px * scale)

    dpi = min(max(printer.resolution(), MIN_RENDER_DPI), MAX_RENDER_DPI)
    pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    if pixels.width() * pixels.height() > _MAX_PIXELS:
        shrink = (_MAX_PIXELS / (pixels.width() * pixels.height())) ** 0.5
        pixels = QSize(int(pixels.width() * shrink), int(pixels.height() * shrink))
    image = document.render(page, pixels)
    if image.isNull():
        raise PrintFailed(QCoreApplication.translate(
            "PrintPreviewDialog", "Page {0} could not be prepared for printing.").format(page + 1))
    painter.save()
    if rotate:
        painter.translate(area.width(), 0)
        painter.rotate(90)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # crisp barcode edges
    painter.drawImage(target, image)
    painter.restore()
