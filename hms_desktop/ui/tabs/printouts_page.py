"""Administration → Printouts (issue 10, item 6): the hospital's logo and currency, as every workstation prints
them.

The logo: "Choose image…" picks a PNG or JPEG file; the service (``services.hospital_logo``) checks it, scales it
down and stores it in the database (hospital-wide), and the page shows the stored image as the preview, with its
size and who put it in when. "Remove logo" asks first. The currency: ISO 4217 code, symbol and where the symbol
goes, with a live example of how amounts read; saved alone (``settings.save_currency``), so this page never
writes back another page's older values. Loads when first shown, like the other Administration pages.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hms_desktop.domain.settings import CurrencyFormat, HospitalSettings
from hms_desktop.formats import format_date_time
from hms_desktop.services import hospital_logo, settings
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.hospital_logo import Logo
from hms_desktop.ui.forms.ui_printouts_page import Ui_PrintoutsPage
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.amounts import set_currency
from hms_desktop.ui.widgets.feedback import show_message

_EXAMPLE = Decimal("1234.50")


class PrintoutsPage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PrintoutsPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._clock = HospitalClock.unloaded(ctx)
        self._loaded = False
        self.logo: Logo | None = None
        self.last_folder = Path.home()
        self.ui.positionCombo.addItem(self.tr("before the amount (£12.50)"), False)
        self.ui.positionCombo.addItem(self.tr("after the amount (12.50 kr)"), True)
        self.ui.positionCombo.setAccessibleName(self.tr("Where the currency symbol goes"))
        self.ui.messageLabel.hide()
        self.ui.chooseLogoButton.clicked.connect(self.choose_logo)
        self.ui.removeLogoButton.clicked.connect(self.remove_logo)
        self.ui.saveCurrencyButton.clicked.connect(self.save_currency)
        for edit in (self.ui.codeEdit, self.ui.symbolEdit):
            edit.textChanged.connect(self._show_example)
        self.ui.positionCombo.currentIndexChanged.connect(self._show_example)
        self._show_logo(None)
        self._show_example()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.load()

    def load(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: (settings.get_settings(ctx), hospital_logo.get_logo(ctx), hospital_clock(ctx)),
                         on_success=self._show, on_failure=self._failed, owner=self)

    def _show(self, loaded: tuple[HospitalSettings, Logo | None, HospitalClock]) -> None:
        current, logo, self._clock = loaded
        self._show_currency(current)
        self._show_logo(logo)

    # --- the logo ------------------------------------------------------------------------------------------

    def choose_file(self) -> str:
        """The image file the administrator picks; "" when cancelled (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo for printouts"), str(self.last_folder),
                                              self.tr("PNG or JPEG images (*.png *.jpg *.jpeg)"))
        return path

    def choose_logo(self) -> None:
        path = self.choose_file()
        if not path:
            return
        self.last_folder = Path(path).parent
        ctx = self._ctx

        def stored(logo: Logo) -> None:
            self._show_logo(logo)
            show_message(self.ui.messageLabel, self.tr("Logo saved. Documents printed from now on carry it, on "
                                                       "every workstation."), role="info")

        self._runner.run(lambda: hospital_logo.set_logo(ctx, path), on_success=stored, on_failure=self._failed,
                         owner=self)

    def confirm_removal(self) -> bool:
        """Asked before the logo goes (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Remove the logo"),
                                      self.tr("Print every document without a logo from now on, on every "
                                              "workstation?"))
        return answer == QMessageBox.StandardButton.Yes

    def remove_logo(self) -> None:
        if self.logo is None or not self.confirm_removal():
            return
        ctx = self._ctx

        def removed(_none: None) -> None:
            self._show_logo(None)
            show_message(self.ui.messageLabel, self.tr("Logo removed. Documents print without one."), role="info")

        self._runner.run(lambda: hospital_logo.remove_logo(ctx), on_success=removed, on_failure=self._failed,
                         owner=self)

    def _show_logo(self, logo: Logo | None) -> None:
        self.logo = logo
        self.ui.removeLogoButton.setEnabled(logo is not None)
        preview = self.ui.logoPreview
        if logo is None:
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("No logo"))
            self.ui.logoInfoLabel.setText(self.tr("Documents print without a logo."))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(QByteArray(logo.image)):
            preview.setText(self.tr("The stored logo cannot be shown"))
        else:
            size = preview.contentsRect().size()
            preview.setPixmap(pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
        when = self._clock.local(logo.updated_at)
        kind = "PNG" if logo.media_type == "image/png" else "JPEG"
        self.ui.logoInfoLabel.setText(self.tr("{kind}, {width} × {height} pixels, put in by {who} on {when}.").format(
            kind=kind, width=logo.width_px, height=logo.height_px, who=logo.updated_by, when=format_date_time(when)))

    # --- the currency --------------------------------------------------------------------------------------

    def _show_currency(self, current: HospitalSettings) -> None:
        self.ui.codeEdit.setText(current.currency_code)
        self.ui.symbolEdit.setText(current.currency_symbol)
        self.ui.positionCombo.setCurrentIndex(self.ui.positionCombo.findData(current.currency_symbol_after))
        self._show_example()

    def edited_currency(self) -> CurrencyFormat:
        return CurrencyFormat(self.ui.codeEdit.text().strip().upper(), self.ui.symbolEdit.text().strip(),
                              bool(self.ui.positionCombo.currentData()))

    def _show_example(self) -> None:
        currency = self.edited_currency()
        self.ui.exampleValue.setText(self.tr("{amount}, and {minus} for what the hospital owes").format(
            amount=currency.format(_EXAMPLE), minus=currency.format(-Decimal("3.00"))))

    def save_currency(self) -> None:
        wanted = self.edited_currency()
        if problems := wanted.problems():  # said at once, in the user's words; the service checks again
            show_message(self.ui.messageLabel, "\n".join(problems.values()))
            (self.ui.codeEdit if "currency_code" in problems else self.ui.symbolEdit).setFocus()
            return
        ctx = self._ctx

        def saved(current: HospitalSettings) -> None:
            self._show_currency(current)
            set_currency(current.currency)  # this workstation's screens at once; the others at their next login
            show_message(self.ui.messageLabel, self.tr("Currency saved. Printouts use it from now on; screens on "
                                                       "other workstations at their next login."), role="info")

        self._runner.run(lambda: settings.save_currency(ctx, wanted.code, wanted.symbol, wanted.symbol_after),
                         on_success=saved, on_failure=self._failed, owner=self)

    def _failed(self, error: ServiceError) -> None:
        text = "\n".join(error.problems.values()) if isinstance(error, ValidationFailed) else str(error)
        show_message(self.ui.messageLabel, text)
