"""Administration → Printouts (issue 10, item 6): the administrator chooses the logo (preview, who and when),
removes it, and sets the currency, which the screens' amounts follow; wrong input is refused in words, and the
page works from the keyboard."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from hms_desktop.domain.settings import CurrencyFormat
from hms_desktop.domain.staff import Group
from hms_desktop.services import hospital_logo, settings
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.tabs.printouts_page import PrintoutsPage
from hms_desktop.ui.widgets import amounts

pytestmark = pytest.mark.usefixtures("app_style")


@pytest.fixture
def admin(database) -> Iterator[ServiceContext]:
    ctx = database.context_for(Group.ADMIN)
    saved = settings.get_settings(ctx)
    yield ctx
    hospital_logo.remove_logo(ctx)
    settings.save_settings(ctx, saved)
    amounts.set_currency(CurrencyFormat())  # the module's other tests show bare amounts
    ctx.db.dispose()


@pytest.fixture
def page(qtbot, runner, admin) -> PrintoutsPage:
    page = PrintoutsPage(ctx=admin, runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 690)  # the Administration tab's room beside its section list at 1280 x 720
    page.show()
    qtbot.waitExposed(page)
    return page


def logo_file(tmp_path: Path, size: tuple[int, int] = (1200, 400)) -> str:
    path = tmp_path / "logo.png"
    picture = Image.new("RGBA", size, (0, 0, 0, 0))
    picture.paste((200, 16, 46, 255), (0, 0, size[1], size[1]))
    picture.save(path, "PNG")
    return str(path)


def photograph(page: PrintoutsPage, name: str) -> None:
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        page.grab().save(str(Path(folder) / name))


def test_the_administrator_chooses_a_logo_sees_it_and_removes_it(page, admin, tmp_path, monkeypatch) -> None:
    assert page.ui.logoPreview.text() == "No logo" and not page.ui.removeLogoButton.isEnabled()
    monkeypatch.setattr(page, "choose_file", lambda: logo_file(tmp_path))
    page.ui.chooseLogoButton.click()
    assert page.logo is not None and (page.logo.width_px, page.logo.height_px) == (600, 200)
    pixmap = page.ui.logoPreview.pixmap()
    assert not pixmap.isNull() and pixmap.width() <= page.ui.logoPreview.width()
    assert f"600 × 200 pixels, put in by {admin.user.username}" in page.ui.logoInfoLabel.text()
    assert "Logo saved" in page.ui.messageLabel.text()
    photograph(page, "printouts_page.png")
    assert hospital_logo.get_logo(admin) is not None

    monkeypatch.setattr(page, "confirm_removal", lambda: False)
    page.ui.removeLogoButton.click()
    assert hospital_logo.get_logo(admin) is not None  # "No": nothing removed
    monkeypatch.setattr(page, "confirm_removal", lambda: True)
    page.ui.removeLogoButton.click()
    assert hospital_logo.get_logo(admin) is None
    assert page.ui.logoPreview.text() == "No logo" and "Logo removed" in page.ui.messageLabel.text()


def test_a_file_that_is_no_image_is_refused_in_words(page, admin, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "notes.png"
    bad.write_bytes(b"these are not pixels")
    monkeypatch.setattr(page, "choose_file", lambda: str(bad))
    page.ui.chooseLogoButton.click()
    assert "not a PNG or JPEG image" in page.ui.messageLabel.text()
    assert page.ui.messageLabel.isVisible() and "Traceback" not in page.ui.messageLabel.text()
    assert page.logo is None and hospital_logo.get_logo(admin) is None


def test_the_currency_is_saved_shown_as_an_example_and_followed_by_the_screens(page, admin, qtbot) -> None:
    assert page.ui.codeEdit.text() == "GBP" and page.ui.symbolEdit.text() == ""
    assert page.ui.exampleValue.text().startswith("1,234.50")
    page.ui.symbolEdit.setText("£")
    assert page.ui.exampleValue.text() == "£1,234.50, and -£3.00 for what the hospital owes"
    # Saved alone: another page's setting changed meanwhile is not written back.
    settings.save_settings(admin, dataclasses.replace(settings.get_settings(admin), idle_lock_minutes=17))
    page.ui.saveCurrencyButton.click()
    stored = settings.get_settings(admin)
    assert (stored.currency_code, stored.currency_symbol, stored.currency_symbol_after) == ("GBP", "£", False)
    assert stored.idle_lock_minutes == 17
    assert amounts.money_text(Decimal("80")) == "£80.00"  # the screens follow at once
    assert "Currency saved" in page.ui.messageLabel.text()

    page.ui.codeEdit.setText("kes")
    page.ui.symbolEdit.setText("KSh")
    page.ui.positionCombo.setCurrentIndex(1)
    assert page.ui.exampleValue.text().startswith("1,234.50 KSh")
    page.ui.saveCurrencyButton.click()
    assert settings.get_settings(admin).currency == CurrencyFormat("KES", "KSh", True)


@pytest.mark.parametrize(("code", "symbol", "words", "focus"), [
    ("GB", "£", "three-letter code", "codeEdit"),
    ("GBP", "£ 1", "cannot hold spaces, digits", "symbolEdit"),
])
def test_a_wrong_currency_is_refused_in_words_and_not_saved(page, admin, code, symbol, words, focus) -> None:
    page.ui.codeEdit.setText(code)
    page.ui.symbolEdit.setText(symbol)
    page.ui.saveCurrencyButton.click()
    assert words in page.ui.messageLabel.text()
    assert getattr(page.ui, focus).hasFocus()
    assert settings.get_settings(admin).currency_symbol == ""


def test_the_page_works_from_the_keyboard(page, qtbot) -> None:
    page.activateWindow()
    page.ui.codeEdit.setFocus()
    order = []
    widget = page.focusWidget()
    for _ in range(8):
        order.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = page.focusWidget()
    assert order[:4] == ["codeEdit", "symbolEdit", "positionCombo", "saveCurrencyButton"]
    assert {"chooseLogoButton"} <= set(order)
    for widget in (page.ui.codeEdit, page.ui.symbolEdit, page.ui.positionCombo):
        label = next(lbl for lbl in (page.ui.codeLabel, page.ui.symbolLabel, page.ui.positionLabel)
                     if lbl.buddy() is widget)
        assert "&" in label.text()


def test_the_preview_of_a_tall_logo_stays_in_its_frame(page, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(page, "choose_file", lambda: logo_file(tmp_path, (300, 900)))
    page.ui.chooseLogoButton.click()
    pixmap = page.ui.logoPreview.pixmap()
    assert pixmap.height() <= page.ui.logoPreview.height() and pixmap.width() < pixmap.height()


def test_the_page_reads_back_what_is_stored(qtbot, runner, admin, tmp_path) -> None:
    hospital_logo.set_logo(admin, logo_file(tmp_path))
    settings.save_currency(admin, "EUR", "€", False)
    fresh = PrintoutsPage(ctx=admin, runner=runner)
    qtbot.addWidget(fresh)
    fresh.show()
    assert fresh.logo is not None and not fresh.ui.logoPreview.pixmap().isNull()
    assert (fresh.ui.codeEdit.text(), fresh.ui.symbolEdit.text()) == ("EUR", "€")
    assert fresh.ui.removeLogoButton.isEnabled()
