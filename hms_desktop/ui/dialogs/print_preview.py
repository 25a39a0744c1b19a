"""Preview a PDF, then print it or save it; every print and save is logged (DESIGN.md decision 10).

The preview is QtPdf. Printing renders each page with QPdfDocument.render at the printer's resolution
(at least 300 dpi so barcodes stay sharp, at most 600 dpi so an A4 page stays under 150 MB of pixels) and
paints it from the page's corner (full-page mode), so label stock lines up with the PDF's own margins.
The printer chosen for each kind of document (wristband, labels, ...) is remembered per workstation.

Once an original has been printed or saved, the dialog switches to the COPY version of the document, so
a second print from the same preview says COPY too.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSettings, QSize, QSizeF
from PySide6.QtGui import QPageSize, QPainter
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
from hms_desktop.services import printing
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.printing import PrintJob
from hms_desktop.ui.tasks import Runner

log = logging.getLogger(__name__)

MIN_RENDER_DPI = 300
MAX_RENDER_DPI = 600
_MAX_PIXELS = 40_000_000  # about 160 MB as 32-bit pixels, for very large pages


def printer_settings() -> QSettings:
    """This workstation's printer choices, beside its other settings (HMS_CONFIG_DIR in tests)."""
    return QSettings(str(config_dir() / "printers.ini"), QSettings.Format.IniFormat)


class PrintPreviewDialog(QDialog):
    def __init__(self, *, runner: Runner, ctx: ServiceContext, job: PrintJob, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._ctx = ctx
        self._job = job
        self._settings = settings if settings is not None else printer_settings()
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)

        self.setWindowTitle(job.title)
        self.setMinimumSize(QSize(600, 260))
        layout = QVBoxLayout(self)
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        layout.addWidget(self.statusLabel)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)

        buttons = QDialogButtonBox(self)
        self.printButton = QPushButton(self.tr("Print…"), self)
        self.saveButton = QPushButton(self.tr("Save as PDF…"), self)
        buttons.addButton(self.printButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.closeButton = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self.printButton.clicked.connect(self._choose_printer_and_print)
        self.saveButton.clicked.connect(self._choose_file_and_save)
        self.closeButton.clicked.connect(self.reject)
        self.printButton.setDefault(True)

        self._load(job)
        self.resize(self._initial_size())

    # --- what tests and callers use -------------------------------------------------------------------

    @property
    def job(self) -> PrintJob:
        return self._job

    def print_to(self, printer: QPrinter) -> bool:
        """Render every page into ``printer``; log the print. False (after a message) if it failed."""
        destination = self._destination(printer)
        try:
            self._render_into(printer)
        except _PrintFailed as error:
            self._show_problem(self.tr("Could not print"), str(error))
            return False
        self._printed(destination)
        return True

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

    # --- buttons ---------------------------------------------------------------------------------------

    def _choose_printer_and_print(self) -> None:
        printer = self.prepared_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {0}").format(printing.DOCUMENTS.get(self._job.document, "")))
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
        """A printer set up for this document: the remembered printer, the document's paper, no margins."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = self._settings.value(self._printer_key(), "", type=str)
        if remembered and remembered in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(remembered)
        if self.document.pageCount() > 0:
            size = self.document.pagePointSize(0)
            printer.setPageSize(QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point,
                                          self._job.document, QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setFullPage(True)
        printer.setDocName(self._job.title)
        return printer

    # --- internals -------------------------------------------------------------------------------------

    def _initial_size(self) -> QSize:
        """A band is long and thin: no tall window full of grey around it."""
        if self.document.pageCount() > 0:
            page = self.document.pagePointSize(0)
            if page.height() > 0 and page.width() / page.height() > 3:
                return QSize(1000, 300)
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
        return printer.printerName() or "default printer"

    def _render_into(self, printer: QPrinter) -> None:
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            raise _PrintFailed(self.tr("The document could not be read for printing."))
        printer.setFullPage(True)
        printer.setDocName(self._job.title)
        painter = QPainter()
        if not painter.begin(printer):
            raise _PrintFailed(self.tr("The printer could not be opened. Check that it is switched on and "
                                       "connected, or choose another printer."))
        try:
            for page in range(self.document.pageCount()):
                if page and not printer.newPage():
                    raise _PrintFailed(self.tr("The printer stopped after page {0}.").format(page))
                self._paint_page(painter, printer, page)
        finally:
            painter.end()

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        points = self.document.pagePointSize(page)
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
        image = self.document.render(page, pixels)
        if image.isNull():
            raise _PrintFailed(self.tr("Page {0} could not be prepared for printing.").format(page + 1))
        painter.save()
        if rotate:
            painter.translate(area.width(), 0)
            painter.rotate(90)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # crisp barcode edges
        painter.drawImage(target, image)
        painter.restore()

    def _printed(self, destination: str) -> None:
        job = self._job
        self._runner.run(lambda: printing.log_print(self._ctx, job, destination),
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


class _PrintFailed(Exception):
    pass

