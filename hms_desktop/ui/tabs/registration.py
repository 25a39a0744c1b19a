"""The Registration tab: find or register a patient in seconds; the bed board beside it.

One search box takes whatever the patient hands over — a name spelt any way, an MRN (a wristband
scanner types the digits and Enter), a phone number in any format, an ID number, a date of birth —
and results come as you type. Queries run in the task runner; a slower answer to an older keystroke
is dropped by the model's sequence number, so the list always matches the box.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from hms_desktop.domain.names import display_name
from hms_desktop.domain.patients import MRN_LENGTH, PatientDraft, mrn_is_valid, parse_search
from hms_desktop.domain.staff import Group
from hms_desktop.domain.wording import plural
from hms_desktop.services import patients
from hms_desktop.services.billing import DepositDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.patients import PatientRecord, PatientSummary, SortKey
from hms_desktop.ui.dialogs.billing_desk import PaymentDialog
from hms_desktop.ui.dialogs.deposit_desk import (
    can_take_deposit,
    deposit_taken_text,
    offer_deposit,
    open_deposit_dialog,
)
from hms_desktop.ui.dialogs.patient_dialog import PatientDialog
from hms_desktop.ui.dialogs.patient_overview import PatientOverview, can_register, open_wristband_preview
from hms_desktop.ui.forms.ui_registration_tab import Ui_RegistrationTab
from hms_desktop.ui.models.patient_search import PAGE_SIZE, SORT_KEYS, PatientSearchModel, page_fetcher
from hms_desktop.ui.tabs.bed_board import BedBoard
from hms_desktop.ui.tabs.shift_page import ShiftPage
from hms_desktop.ui.tasks import Runner, show_error
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.flow_layout import reflow
from hms_desktop.ui.widgets.keyboard_sort import sort_from_keyboard
from hms_desktop.ui.widgets.select_row import select_row

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
COLUMN_WIDTHS = (250, 80, 60, 140, 110, 160)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RegistrationTab(QWidget):
    PATIENTS_PAGE = 0
    BED_BOARD_PAGE = 1
    SHIFT_PAGE = 2  # reception's cash drawer (they have no Billing tab): cash deposits need it open

    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RegistrationTab()
        self.ui.setupUi(self)
        # The status and six buttons are wider than a screen at 200 % (960 px): they wrap (issue 15.3).
        reflow(self.ui.bottomRow)
        self._ctx = ctx
        self._runner = runner
        self._live = live
        self.region: str | None = None
        self.clock = HospitalClock.unloaded(ctx)  # read with the phone region: "3y" is counted from its today
        self.active_dialog: QDialog | None = None
        self.bed_board: BedBoard | None = None
        self.bed_for_admission: int | None = None  # a free bed chosen on the bed board, waiting for a patient
        self.editable = can_register(ctx)
        self.takes_deposits = can_take_deposit(ctx)
        self.shift_page: ShiftPage | None = None
        self.active_confirm: QMessageBox | None = None

        self.model = PatientSearchModel(runner=runner, fetch=page_fetcher(ctx), page_size=PAGE_SIZE,
                                        parent=self)
        table = self.ui.table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(column, width)
        # Denser rows than the default: more patients visible without scrolling.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # best match first until a column is chosen
        header.sortIndicatorChanged.connect(self._sort_requested)
        sort_from_keyboard(table, lambda column: column in SORT_KEYS)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.ui.searchEdit.textChanged.connect(self._text_changed)
        self.ui.searchEdit.returnPressed.connect(self._enter_pressed)
        self.ui.searchEdit.installEventFilter(self)
        table.installEventFilter(self)
        self.model.results_changed.connect(self._show_results)
        self.model.search_failed.connect(self._search_failed)
        self.model.modelReset.connect(self._update_buttons)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        table.activated.connect(lambda _index: self.open_selected())
        self.ui.statusLabel.linkActivated.connect(self._link_activated)

        self.ui.newButton.clicked.connect(lambda _checked=False: self.new_patient())
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.admitButton.clicked.connect(self.admit_selected)
        self.ui.wristbandButton.clicked.connect(self.print_wristband_selected)
        self.ui.labelsButton.clicked.connect(self.print_label_sheet_selected)
        self.ui.depositButton.clicked.connect(self.take_deposit_selected)
        self.ui.depositButton.setVisible(self.takes_deposits)
        # Billing keeps its shift on the Billing tab; reception keeps it here.
        self.ui.sections.setTabVisible(self.SHIFT_PAGE, ctx.user.has(Group.RECEPTION) and not ctx.user.is_owner)
        for button in (self.ui.newButton, self.ui.editButton, self.ui.admitButton, self.ui.wristbandButton,
                       self.ui.labelsButton):
            button.setVisible(self.editable)

        def new_if_editable() -> None:
            if self.editable:
                self.new_patient()

        QShortcut(QKeySequence.StandardKey.New, self, new_if_editable)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence("F3"), self, self.focus_search)
        # F5 refreshes what is showing: the search results on the patients page, the bed board (its own F5)
        # on its page. One shortcut for the whole tab would clash with the board's, and Qt then runs neither.
        QShortcut(QKeySequence.StandardKey.Refresh, self.ui.patientsPage, self.model.refresh)

        show_message(self.ui.bedBoardPlaceholder, self.ui.bedBoardPlaceholder.text(), role="hint")
        self.ui.sections.currentChanged.connect(self._section_changed)
        self._show_idle_status()
        self._update_buttons()
        self._runner.run(lambda: (patients.phone_region(ctx), hospital_clock(ctx)),
                         on_success=lambda result: self._set_region(*result),
                         on_failure=lambda error: log.warning("Phone region not loaded: %s", error),
                         owner=self)
        self.ui.searchEdit.setFocus()

    # --- searching ---

    def _set_region(self, region: str, clock: HospitalClock) -> None:
        self.region, self.clock = region, clock
        self.model.region, self.model.zone = region, clock.zone
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))

    def focus_search(self) -> None:
        self.ui.sections.setCurrentIndex(self.PATIENTS_PAGE)
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self._debounce.stop()
            self.model.clear()
            self._show_idle_status()
            return
        self._debounce.start()

    def search_now(self) -> None:
        """Run the query for what is in the box now (the debounce timer calls this)."""
        self._debounce.stop()
        text = self.ui.searchEdit.text().strip()
        if not text:
            self.model.clear()
            return
        if text == self.model.text and self.model.searched_text == text:
            return
        show_message(self.ui.statusLabel, self.tr("Searching…"), role="hint")
        self.model.search(text)

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        key = SORT_KEYS.get(column)
        header = self.ui.table.horizontalHeader()
        if key is None:
            # Only allow-listed columns reach the server; put the indicator back where it was.
            current = next((c for c, k in SORT_KEYS.items() if k is self.model.sort_key), -1)
            header.blockSignals(True)
            header.setSortIndicator(current, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            show_message(self.ui.statusLabel,
                         self.tr("The list can be sorted by name, date of birth or MRN."), role="hint")
            return
        del order  # the server orders each key one way: A→Z, oldest first, lowest MRN first
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.model.set_sort(key)

    def sort_by_relevance(self) -> None:
        header = self.ui.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.model.set_sort(SortKey.RELEVANCE)

    def _show_idle_status(self) -> None:
        show_message(self.ui.statusLabel,
                     self.tr("Type a name, MRN, phone number, ID or date of birth, or scan a wristband."),
                     role="hint")

    def _show_results(self) -> None:
        count = self.model.rowCount()
        text = self.model.searched_text
        if not text:
            self._show_idle_status()
        elif count == 0:
            offer = self.tr(" — <a href=\"new\">register a new one?</a>") if self.editable else ""
            show_message(self.ui.statusLabel, self.tr("No patient matches") + offer, role="hint")
        elif self.model.has_more:
            show_message(self.ui.statusLabel,
                         plural(count, self.tr("%n patient shown; scroll down for more.", "", count),
                                self.tr("%n patients shown; scroll down for more.", "", count)),
                         role="hint")
        else:
            show_message(self.ui.statusLabel,
                         plural(count, self.tr("%n patient shown", "", count),
                                self.tr("%n patients shown", "", count)), role="hint")
        if self.bed_for_admission is not None:
            show_message(self.ui.statusLabel, self.ui.statusLabel.text() + " · " + self.tr(
                "Admitting to the bed chosen on the bed board. <a href=\"cancel-bed\">Cancel</a>"), role="hint")
        self._update_buttons()

    def _search_failed(self, error: ServiceError) -> None:
        show_message(self.ui.statusLabel, _escape(str(error)))

    def status_text(self) -> str:
        """The status line as the user reads it (without markup)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.ui.statusLabel.text())
        return document.toPlainText()

    def _link_activated(self, link: str) -> None:
        if link == "new":
            self.new_patient(prefill=self._prefill_from_search())
        elif link == "cancel-bed":
            self.bed_for_admission = None
            self._show_results()

    # --- the keyboard: Enter, arrows, Escape ---

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self._focus_results()
                return True
            if event.key() == Qt.Key.Key_Escape and self.ui.searchEdit.text():
                self.ui.searchEdit.clear()
                return True
        elif watched is self.ui.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            typed = event.text()
            plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            if plain and typed and typed.isprintable() and not typed.isspace():
                # Typing (or a wristband scan) while the list has focus starts a new search.
                self.ui.searchEdit.setFocus()
                self.ui.searchEdit.setText(typed)
                return True
        return super().eventFilter(watched, event)

    def _focus_results(self) -> None:
        table = self.ui.table
        table.setFocus()
        if not table.selectionModel().selectedRows():
            select_row(table, 0)

    def _enter_pressed(self) -> None:
        text = self.ui.searchEdit.text().strip()
        if not text:
            return
        compact = re.sub(r"[\s\-]", "", text)
        if len(compact) == MRN_LENGTH and mrn_is_valid(compact):
            self._debounce.stop()
            self.open_mrn(compact)
            return
        if self._debounce.isActive() or self.model.searched_text != text:
            self.search_now()
        if self.model.searched_text == text and self.model.rowCount() == 1:
            self.open_patient(self.model.patient(0).id)
        elif self.model.rowCount() > 0:
            self._focus_results()

    def open_mrn(self, mrn: str) -> None:
        """A scanned or typed MRN opens the patient directly (a merged MRN leads to the record kept)."""
        ctx = self._ctx
        show_message(self.ui.statusLabel, self.tr("Looking up MRN %1…").replace("%1", mrn), role="hint")

        def found(patient: PatientSummary | None) -> None:
            self.ui.searchEdit.selectAll()  # the next scan replaces this one
            if patient is None:
                show_message(self.ui.statusLabel, self.tr("No patient has MRN %1.").replace("%1", mrn))
                return
            self.search_now()
            text = self.tr("Opened %1.").replace("%1", _escape(patient.display_name))
            if patient.mrn != mrn:
                text += self.tr(" MRN %1 was merged into MRN %2.").replace("%1", mrn).replace("%2", patient.mrn)
            show_message(self.ui.statusLabel, text, role="hint")
            self.open_patient(patient.id)

        self._runner.run(lambda: patients.find_by_mrn(ctx, mrn), on_success=found,
                         on_failure=self._search_failed, owner=self)

    # --- selection ---

    def selected(self) -> PatientSummary | None:
        selection = self.ui.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.patient(rows[0].row()) if rows else None

    def select_patient(self, patient_id: int) -> bool:
        row = self.model.row_of(patient_id)
        if row < 0:
            return False
        select_row(self.ui.table, row)
        self.ui.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        patient = self.selected()
        usable = patient is not None and patient.merged_into_mrn is None
        self.ui.openButton.setEnabled(patient is not None)
        for button in (self.ui.editButton, self.ui.admitButton, self.ui.wristbandButton, self.ui.labelsButton,
                       self.ui.depositButton):
            button.setEnabled(usable)

    # --- actions ---

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _prefill_from_search(self) -> PatientDraft | None:
        text = " ".join(self.ui.searchEdit.text().split())
        if not text:
            return None
        family, given = "", ""
        fields: dict[str, Any] = {}
        kind = "name"
        if self.region is not None:
            query = parse_search(text, region=self.region, today=self.clock.today())
            kind = query.kind
            if kind == "phone":
                fields["phone"] = text
            elif kind == "date":
                fields["birth_date"] = date.fromisoformat(query.value)
            elif kind == "national_id":
                fields["national_id"] = text
        if kind == "name":
            if "," in text:
                family, _, given = (part.strip() for part in text.partition(","))
            else:
                *first, last = text.split(" ")
                family, given = last, " ".join(first)
        elif kind not in ("phone", "date", "national_id"):
            return None
        return PatientDraft(family_name=family, given_name=given, sex="", birth_date=None, **fields)

    def new_patient(self, *, prefill: PatientDraft | None = None) -> None:
        dialog = PatientDialog(ctx=self._ctx, runner=self._runner, prefill=prefill, region=self.region,
                               clock=self.clock, parent=self)
        dialog.saved.connect(self._registered)
        dialog.open_patient_requested.connect(self.open_patient)
        self._open(dialog)

    def _registered(self, record: PatientRecord) -> None:
        """Show the new patient in the list, selected: Enter opens them, the buttons act on them."""
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.setText(record.mrn)
        self.ui.searchEdit.blockSignals(False)
        self._debounce.stop()
        self.model.search(record.mrn)
        if self.select_patient(record.id):
            self.ui.table.setFocus()
        show_message(self.ui.statusLabel,
                     self.tr("Registered %1 with MRN <b>%2</b>.")
                     .replace("%1", _escape(display_name(record.draft.family_name, record.draft.given_name)))
                     .replace("%2", record.mrn), role="hint")

    def open_selected(self) -> None:
        patient = self.selected()
        if patient is not None:
            self.open_patient(patient.id)

    def open_patient(self, patient_id: int) -> PatientOverview:
        overview = PatientOverview(ctx=self._ctx, runner=self._runner, patient_id=patient_id, live=self._live,
                                   region=self.region, parent=self)
        overview.changed.connect(self.model.refresh)
        self._open(overview)
        return overview

    def edit_selected(self) -> None:
        patient = self.selected()
        if patient is None:
            return
        ctx = self._ctx

        def edit(record: PatientRecord) -> None:
            dialog = PatientDialog(ctx=ctx, runner=self._runner, existing=record, region=self.region,
                                   clock=self.clock, parent=self)
            dialog.saved.connect(lambda _record: self.model.refresh())
            self._open(dialog)

        self._runner.run(lambda: patients.get(ctx, patient.id), on_success=edit,
                         on_failure=lambda error: show_error(self, error), owner=self)

    def admit_selected(self) -> None:
        patient = self.selected()
        if patient is None:
            return
        from hms_desktop.ui.dialogs.admit_dialog import AdmitDialog

        dialog = AdmitDialog(self._runner, self._ctx, patient.id, patient.display_name,
                             self.bed_for_admission, live=self._live, parent=self)
        dialog.accepted.connect(lambda: self._admitted(patient))
        self._open(dialog)

    def _admitted(self, patient: PatientSummary) -> None:
        self.bed_for_admission = None
        self.model.refresh()
        if self.bed_board is not None and self._live is None:
            self.bed_board.reload()  # with live updates the board hears about the admission by itself
        if self.takes_deposits:  # deposits are taken on admission: ask while the patient is at the desk
            self.active_confirm = offer_deposit(self, patient.display_name,
                                                lambda: self.take_deposit(patient.id, patient.display_name))

    # --- deposits ---

    def take_deposit_selected(self) -> None:
        patient = self.selected()
        if patient is not None and patient.merged_into_mrn is None:
            self.take_deposit(patient.id, patient.display_name)

    def take_deposit(self, patient_id: int, patient_name: str) -> PaymentDialog:
        """The deposit dialog for the patient; once taken, the message says the change to give and the
        receipt opens in the print preview."""
        self.active_confirm = None
        return open_deposit_dialog(self, ctx=self._ctx, runner=self._runner, patient_id=patient_id,
                                   patient_name=patient_name, on_open=self._remember, on_taken=self._deposit_taken)

    def _deposit_taken(self, deposit: DepositDTO, change: Decimal | None) -> None:
        show_message(self.ui.statusLabel, _escape(deposit_taken_text(self, deposit, change, brief=True)), role="info")

    def admit_to_bed(self, bed_id: int) -> None:
        """The bed board asks for a patient for a free bed: find them here, then Admit… preselects it."""
        self.bed_for_admission = bed_id
        self.focus_search()
        show_message(self.ui.statusLabel,
                     self.tr("Find the patient to admit, select them and press Admit…; the bed you chose is "
                             "preselected. <a href=\"cancel-bed\">Cancel</a>"), role="hint")

    def print_wristband_selected(self) -> None:
        patient = self.selected()
        if patient is None:
            return
        open_wristband_preview(self, ctx=self._ctx, runner=self._runner, patient_id=patient.id,
                               on_open=self._remember)

    def print_label_sheet_selected(self) -> None:
        """An A4 sheet of the selected patient's labels (for tubes, forms and folders)."""
        patient = self.selected()
        if patient is None:
            return
        open_wristband_preview(self, ctx=self._ctx, runner=self._runner, patient_id=patient.id,
                               on_open=self._remember, label_sheet=True)

    def _remember(self, dialog: QDialog) -> None:
        self.active_dialog = dialog

    # --- the bed board page ---

    def _section_changed(self, index: int) -> None:
        if index == self.BED_BOARD_PAGE:
            self.ensure_bed_board()
        elif index == self.SHIFT_PAGE:
            self.ensure_shift_page().activate()

    def ensure_shift_page(self) -> ShiftPage:
        """Build "My shift" the first time it is shown; ``activate()`` (re)loads it every time it is."""
        if self.shift_page is None:
            self.shift_page = ShiftPage(ctx=self._ctx, runner=self._runner, live=self._live)
            self.ui.myShiftLayout.addWidget(self.shift_page)
            self.shift_page.show()  # added to a page already shown: a new child stays hidden until told
        return self.shift_page

    def show_shift_page(self) -> ShiftPage:
        self.ui.sections.setCurrentIndex(self.SHIFT_PAGE)
        return self.ensure_shift_page()

    def ensure_bed_board(self) -> BedBoard | None:
        """Build the bed board the first time its page is shown (it loads the wards and listens)."""
        if self.bed_board is not None:
            return self.bed_board
        self.bed_board = BedBoard(ctx=self._ctx, runner=self._runner, live=self._live)
        self.bed_board.admit_requested.connect(self.admit_to_bed)
        self.ui.bedBoardPlaceholder.hide()
        self.ui.bedBoardLayout.addWidget(self.bed_board)
        self.bed_board.show()
        return self.bed_board
