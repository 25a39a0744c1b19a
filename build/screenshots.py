"""Grab every screen of the app to PNG, as a person would see it (run under xvfb-run).

    xvfb-run -a .venv/bin/python build/screenshots.py [OUTPUT_DIR] [--scale 2] [--rtl] [--language CODE]

--language fr shows the screens in that language (resources/translations/hms_fr.qm), as a workstation set to
it would; without it, English, whatever the machine's language.

Uses a throw-away embedded database with demo data, drives the real windows
(login, main window per role, Users page, dialogs, lock) and saves one PNG each.

--scale N   Qt's scale factor (QT_SCALE_FACTOR): the screens as a person with N × 100 % scaling sees them.
            The main window then takes the screen's available size (less 20 px for a taskbar), so
            ``xvfb-run -a -s "-screen 0 1920x1080x24" ... --scale 2`` shows 200 % on 1920 × 1080 (960 × 520).
--rtl       a right-to-left layout (QApplication.setLayoutDirection), as in Arabic or Hebrew.
Windows larger than the screen are cut to it, as a window manager would.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("output", nargs="?", default=str(ROOT / "screenshots"), help="folder for the PNGs")
parser.add_argument("--scale", type=float, default=None, help="Qt scale factor, e.g. 2 for 200 %%")
parser.add_argument("--rtl", action="store_true", help="right-to-left layout")
parser.add_argument("--language", default="en", help="the screens' language, e.g. fr (default English)")
ARGS = parser.parse_args()
if ARGS.scale:  # read when the QApplication is made, so set before anything of Qt
    os.environ["QT_SCALE_FACTOR"] = f"{ARGS.scale:g}"
scratch = Path(tempfile.mkdtemp(prefix="hms-shots-"))
scratch.chmod(0o755)  # as root the embedded server's OS user must enter it (db/embedded.py refuses private folders)
os.environ.setdefault("HMS_DATA_DIR", str(scratch / "data"))
os.environ.setdefault("HMS_CONFIG_DIR", str(scratch / "config"))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QSize, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from shiboken6 import isValid
from sqlalchemy import text

from hms_desktop.app import apply_look
from hms_desktop.domain.demo import DEMO_ACCOUNTS
from hms_desktop.services import demo, setup
from hms_desktop.ui.controller import AppController
from hms_desktop.ui.language import install_language
from hms_desktop.ui.locale_formats import install_locale_formats, locale_for_language
from hms_desktop.ui.tasks import TaskRunner
from hms_desktop.ui.widgets.select_row import select_row


def wait_until(condition: Callable[[], bool], timeout_ms: int = 20000) -> None:
    waited = 0
    while not condition():
        QTest.qWait(50)
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError("screen did not appear")


def loading(text: str) -> bool:
    """Whether a label still says "Loading…", in the language the screens are in."""
    return any(word in text for word in ("Loading", QCoreApplication.translate("BedBoard", "Loading…").rstrip("…")))


def fit_to_screen(window: QWidget) -> None:
    """A window larger than the screen's free area is cut to it, as a window manager does on mapping it."""
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry().size()
    if window.width() > room.width() or window.height() > room.height():
        window.resize(window.size().boundedTo(room))


@contextmanager
def attempt(what: str) -> Iterator[None]:
    """A screen that fails is reported and skipped: the others are still grabbed."""
    try:
        yield
    except Exception:
        print(f"NOT saved: {what} failed:\n{traceback.format_exc()}")


def close(dialog: Any) -> None:
    """Close a dialog the script opened, even one that would ask whether to discard what it holds."""
    if dialog is None or not isValid(dialog):
        return
    if dialog.isVisible() and hasattr(dialog, "has_unsaved_changes") and dialog.has_unsaved_changes():
        print(f"note: {type(dialog).__name__} says it has unsaved changes; closed without asking")
    QDialog.reject(dialog)


def main_window_size() -> QSize:
    """1280 × 690 (a 1280 × 720 screen less the frame and title); with --scale, the scaled screen's own."""
    if not ARGS.scale:
        return QSize(1280, 690)
    app = QApplication.instance()
    screen = app.primaryScreen() if isinstance(app, QApplication) else None
    room = screen.availableGeometry().size() if screen is not None else QSize(1280, 720)
    return QSize(min(1280, room.width()), min(690, room.height() - 20))


def grab(widget: QWidget | None, path: Path) -> None:
    if widget is None or not isValid(widget):  # a screen that did not open: say so, grab the others
        print(f"NOT saved {path}: the window is not there")
        return
    if widget.isWindow():
        fit_to_screen(widget)
    QTest.qWait(300)
    widget.grab().save(str(path))
    print(f"saved {path}")


def main() -> int:
    out = Path(ARGS.output)
    language = ARGS.language
    out.mkdir(parents=True, exist_ok=True)
    connection = setup.resolve()
    ctx = setup.owner_context(connection)
    demo.load_demo(ctx, patients=200, if_empty=True)
    with ctx.uow(read_only=True) as uow:
        # An insured demo patient with an issued invoice (split into the insurer's and the patient's shares).
        insured_family = uow.session.execute(text(
            "SELECT p.family_name FROM claim c JOIN invoice i ON i.id = c.invoice_id "
            "JOIN patient p ON p.id = i.patient_id ORDER BY i.id LIMIT 1")).scalar_one()
    ctx.db.dispose()

    # Remembered dialog sizes (FormDialog) go to the scratch folder: sizes chosen on this machine must not
    # change the pictures, and the pictures must not change this machine's sizes.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "qsettings"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if ARGS.rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    apply_look(app)
    locale = locale_for_language(install_language(app, language))  # as app.py does
    QLocale.setDefault(locale)
    install_locale_formats(locale)
    runner = TaskRunner(app)
    controller = AppController(runner=runner)
    ready = {"login": False}
    controller.login_ready.connect(lambda: ready.__setitem__("login", True))
    controller.start()
    wait_until(lambda: ready["login"])
    assert controller.login_dialog is not None
    grab(controller.login_dialog, out / "01-login.png")

    controller.login_dialog.ui.usernameEdit.setText("admin")
    controller.login_dialog.ui.passwordEdit.setText("wrong password!")
    controller.login_dialog.ui.loginButton.click()
    wait_until(lambda: controller.login_dialog is not None and controller.login_dialog.ui.messageLabel.isVisible())
    grab(controller.login_dialog, out / "02-login-refused.png")

    for number, account in enumerate(DEMO_ACCOUNTS, start=3):
        ready["login"] = False
        dialog = controller.login_dialog
        assert dialog is not None
        dialog.ui.usernameEdit.setText(account.username)
        dialog.ui.passwordEdit.setText(account.password)
        wait_until(dialog.ui.loginButton.isEnabled)
        dialog.ui.loginButton.click()
        wait_until(lambda: controller.main_window is not None)
        window = controller.main_window
        assert window is not None
        window.resize(main_window_size())
        QTest.qWait(1500)  # let the first tab load its data
        wait_until(lambda w=window: not any(loading(label.text()) for label in w.findChildren(QLabel)
                                            if label.isVisible()))
        grab(window, out / f"{number:02d}-main-{account.username}.png")
        for module, scheduling in window.module_widgets.items():  # by module, not by its (translated) name
            if module.value == "Scheduling":
                index = window.tabs.indexOf(scheduling)
                window.tabs.setCurrentIndex(index)
                QTest.qWait(2000)
                wait_until(lambda tab=scheduling: not loading(tab.summary_label.text()))
                grab(window, out / f"{number:02d}-scheduling-{account.username}.png")
                window.tabs.setCurrentIndex(0)
        if account.username == "reception":
            with attempt("reception's screens"):
                registration = window.tabs.widget(0)
                registration.ui.searchEdit.setText("smi")
                wait_until(lambda tab=registration: tab.model.rowCount() > 0)
                grab(window, out / "20-registration-search.png")
                registration.new_patient()
                QTest.qWait(300)
                grab(registration.active_dialog, out / "21-new-patient.png")
                close(registration.active_dialog)
                select_row(registration.ui.table, 0)  # selectRow selects nothing right to left
                registration.open_selected()
                overview = registration.active_dialog
                wait_until(lambda dialog=overview: not loading(dialog.ui.titleLabel.text()))
                grab(overview, out / "22-patient-overview.png")
                registration.active_dialog.reject()
                registration.ui.sections.setCurrentIndex(registration.BED_BOARD_PAGE)
                wait_until(lambda tab=registration: tab.bed_board is not None)
                wait_until(lambda tab=registration: not loading(tab.bed_board.summary_label.text()))
                grab(window, out / "23-bed-board.png")
        if account.username == "admin":
            with attempt("Users and the lock"):
                admin = window.module_widgets[next(iter(m for m in window.module_widgets
                                                        if m.value == "Administration"))]
                users_page = admin.users_page  # type: ignore[attr-defined]
                window.tabs.setCurrentWidget(admin)
                wait_until(lambda page=users_page: page.model.rowCount() > 0)
                grab(window, out / "10-users-page.png")
                users_page.add_user()
                QTest.qWait(200)
                grab(users_page.active_dialog, out / "11-add-user.png")
                users_page.active_dialog.ui.buttonBox.accepted.emit()
                QTest.qWait(200)
                grab(users_page.active_dialog, out / "12-add-user-errors.png")
                close(users_page.active_dialog)
                users_page.select_username("reception")
                users_page.edit_selected()
                QTest.qWait(200)
                grab(users_page.active_dialog, out / "13-edit-user.png")
                if users_page.active_dialog is not None and isValid(users_page.active_dialog):
                    users_page.active_dialog.reject()
                window.change_password()
                QTest.qWait(200)
                grab(window.password_dialog, out / "14-change-password.png")
                window.password_dialog.reject()
                window.lock()
                grab(window, out / "15-locked.png")
                window.unlock()
        if account.username == "doctor":
            consultation_screens(window, out)
        if account.username == "billing":
            billing_screens(window, out, insured_family)
        if account.username == "admin":
            admin_billing_screens(window, out)
            reports_screens(window, out)
            builder_screens(window, out)
        window.logout_requested.emit()
        wait_until(lambda: controller.login_dialog is not None and ready["login"])
    QTimer.singleShot(0, controller.quit)
    app.exec()
    controller.shutdown()
    return 0


def billing_screens(window: Any, out: Path, family: str) -> None:
    """The demo billing clerk's Billing tab (their home): an insured patient's account and issued invoice with
    the split, the payment dialog, My shift, Insurance claims, and the bulk print dialog."""
    tab = window.module_widgets[next(iter(m for m in window.module_widgets if m.value == "Billing"))]
    window.tabs.setCurrentWidget(tab)
    tab.picker.search(family)
    wait_until(lambda: tab.account is not None)
    QTest.qWait(500)
    grab(window, out / "40-billing-account.png")
    if tab.account.invoices:
        tab.show_invoice(tab.account.invoices[-1].id)
        wait_until(lambda: tab.invoice is not None)
        QTest.qWait(300)
        grab(window, out / "41-billing-invoice.png")
        if tab.ui.paymentButton.isVisible() and tab.ui.paymentButton.isEnabled():
            tab.ui.paymentButton.click()
            QTest.qWait(300)
            if tab.active_dialog is not None:
                grab(tab.active_dialog, out / "42-billing-payment.png")
                tab.active_dialog.reject()
    if tab.shift_page is not None:
        tab.show_page(tab.shift_page)
        QTest.qWait(1200)
        grab(window, out / "43-billing-my-shift.png")
    tab.show_page(tab.claims_page)
    claims = tab.claims_page.ui
    wait_until(lambda: claims.batchesTable.rowCount() > 0 or claims.payerCombo.count() > 0)
    if claims.batchesTable.rowCount():
        select_row(claims.batchesTable, 0)
    QTest.qWait(800)
    grab(window, out / "44-billing-claims.png")
    tab.show_page(tab.ui.accountPage)
    dialog = tab.open_batch_print()
    QTest.qWait(800)
    grab(dialog, out / "45-billing-bulk-print.png")
    dialog.reject()
    if tab.pharmacy_page is not None:  # the demo billing clerk holds hms_dispenser
        tab.show_page(tab.pharmacy_page)
        pharmacy = tab.pharmacy_page.ui
        wait_until(lambda: pharmacy.locationCombo.count() > 0)
        if pharmacy.prescriptionsTable.rowCount():
            select_row(pharmacy.prescriptionsTable, 0)
        QTest.qWait(1000)
        grab(window, out / "58-billing-pharmacy.png")


def admin_billing_screens(window: Any, out: Path) -> None:
    """The administrator's billing screens: Daily revenue, and Administration's fees and insurance pages."""
    tab = window.module_widgets[next(iter(m for m in window.module_widgets if m.value == "Billing"))]
    window.tabs.setCurrentWidget(tab)
    if tab.revenue_page is not None:
        tab.show_page(tab.revenue_page)
        wait_until(lambda page=tab.revenue_page: page.revenue is not None)
        QTest.qWait(300)
        grab(window, out / "46-billing-daily-revenue.png")
    admin = window.module_widgets[next(iter(m for m in window.module_widgets if m.value == "Administration"))]
    window.tabs.setCurrentWidget(admin)
    for number, attribute in ((47, "fee_schedule_page"), (48, "insurance_page"), (49, "settings_page"),
                              (50, "backups_page"), (51, "audit_page"), (52, "wards_page"), (53, "specialties_page"),
                              (54, "rooms_equipment_page"), (55, "lab_tests_page"), (56, "stock_page"),
                              (57, "printouts_page")):
        page = getattr(admin, attribute, None)
        if page is None:
            continue
        admin.sections.setCurrentRow(admin.pages.indexOf(page))
        QTest.qWait(300)
        if attribute == "wards_page":  # its tree fills when the page is first shown
            wait_until(lambda p=page: p.ui.tree.topLevelItemCount() > 0)
            page.ui.tree.expandAll()
        wait_until(lambda p=page: not any(loading(label.text()) for label in p.findChildren(QLabel)
                                          if label.isVisible()))
        grab(window, out / f"{number}-administration-{attribute.replace('_', '-')}.png")
    admin.sections.setCurrentRow(0)


def reports_screens(window: Any, out: Path) -> None:
    """Reports (issue 12): the administrator's live dashboard, and a report run over the last two months."""
    from datetime import timedelta

    tab = window.module_widgets[next(iter(m for m in window.module_widgets if m.value == "Reports"))]
    window.tabs.setCurrentWidget(tab)
    tab.ui.sections.setCurrentIndex(0)
    wait_until(lambda: tab.dashboard.board is not None)
    QTest.qWait(300)  # QtCharts lays out its axes on the next turns of the event loop
    grab(window, out / "60-reports-dashboard.png")
    tab.ui.sections.setCurrentIndex(1)
    page = tab.runner_page
    wait_until(lambda: bool(page.definitions))
    for number, name in ((61, "appointment-volume"), (62, "revenue-by-day")):
        page.select_report(name)
        today = page.clock.today()
        page.set_range(today - timedelta(days=60), today)
        finished: list[str] = []
        record = finished.append  # one bound method, so the same one is disconnected
        page.finished.connect(record)
        page.run()
        wait_until(lambda done=finished: bool(done))
        page.finished.disconnect(record)
        QTest.qWait(300)
        grab(window, out / f"{number}-reports-{name}.png")
    tab.ui.sections.setCurrentIndex(0)


def builder_screens(window: Any, out: Path) -> None:
    """Reports → Build a report (issue 12, item 3): no-show rate by specialty by month over the last two months."""
    from datetime import timedelta

    tab = window.module_widgets[next(iter(m for m in window.module_widgets if m.value == "Reports"))]
    window.tabs.setCurrentWidget(tab)
    tab.ui.sections.setCurrentIndex(2)
    page = tab.builder_page
    wait_until(lambda: page.choices is not None)
    for combo, data in ((page.ui.subjectCombo, "appointments"), (page.ui.measureCombo, "rate:no_show"),
                        (page.ui.dim1Combo, "month"), (page.ui.dim2Combo, "specialty")):
        combo.setCurrentIndex(combo.findData(data))
    today = page.clock.today()
    page.set_range(today - timedelta(days=60), today)
    finished: list[str] = []
    record = finished.append
    page.finished.connect(record)
    page.run()
    wait_until(lambda: bool(finished))
    page.finished.disconnect(record)
    QTest.qWait(300)  # QtCharts lays out its axes on the next turns of the event loop
    grab(window, out / "63-reports-builder.png")
    tab.ui.sections.setCurrentIndex(0)


def consultation_screens(window: Any, out: Path) -> None:
    """The demo doctor's Consultation tab: the first patient of the queue called in, the chart's panes, a new
    encounter, the order and prescribing dialogs, and the lab worklist."""
    tab = window.module_widgets[next(iter(m for m in window.module_widgets if m.value == "Consultation"))]
    window.tabs.setCurrentWidget(tab)
    wait_until(lambda: bool(tab.queue.appointments))
    if tab.queue.call_next_button.isEnabled():
        tab.queue.call_next_button.click()
    else:  # late in the day everyone has been seen: the first patient of the day (a care link, no question)
        first = tab.queue.current or tab.queue.appointments[0]
        tab.open_patient(first.patient_id)
    wait_until(lambda: tab.chart_view.patient_id is not None)
    QTest.qWait(800)
    grab(window, out / "30-consultation-chart.png")
    tabs = tab.chart_view.ui.paneTabs
    for index in range(1, tabs.count()):
        tabs.setCurrentIndex(index)
        QTest.qWait(800)
        name = tabs.tabText(index).replace("&", "").lower()
        grab(window, out / f"31-consultation-{index}-{name}.png")
    tabs.setCurrentIndex(0)
    tab.chart_view.encounters.ui.newButton.click()
    wait_until(lambda: tab.ui.chartStack.currentWidget() is tab.editor and tab.editor.encounter is not None)
    QTest.qWait(500)
    grab(window, out / "32-encounter-editor.png")
    tab.editor.ui.orderLabsButton.click()
    QTest.qWait(800)
    grab(tab.active_dialog, out / "33-order-labs.png")
    tab.active_dialog.reject()
    tab.editor.ui.prescribeButton.click()
    QTest.qWait(800)
    dialog = tab.active_dialog
    QTest.keyClicks(dialog.ui.searchEdit, "warf")
    wait_until(lambda: dialog.ui.resultList.count() > 0)  # the formulary answers on a worker thread
    dialog.ui.resultList.setCurrentRow(0)
    dialog.ui.addButton.click()
    QTest.qWait(300)
    grab(dialog, out / "34-prescription.png")
    dialog.reject()
    tab.ui.worklistTabs.setCurrentWidget(tab.labWorkPage)
    QTest.qWait(1000)
    grab(window, out / "35-lab-worklist.png")
    tab.ui.worklistTabs.setCurrentIndex(0)


if __name__ == "__main__":
    raise SystemExit(main())
