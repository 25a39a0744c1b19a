"""The chart's Encounters pane: the patient's encounters newest first, a page at a time, the chosen one as
read-only text with its addenda under it, and the buttons that start or continue one.

It does not edit: "New encounter" starts one (``start_encounter``: from today's appointment, the admission,
or as a walk-in) and "Open draft" asks for a draft; both emit ``encounter_requested(encounter_id)``, which the
Consultation tab connects to the encounter editor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from hms_desktop.formats import format_date_time
from hms_desktop.services import consultation
from hms_desktop.services.consultation import ChartSummary, EncounterDTO, EncounterSummary
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.ui.forms.ui_encounters_pane import Ui_EncountersPane
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.chart_text import ENCOUNTER_KINDS, ENCOUNTER_STATUSES, encounter_html
from hms_desktop.ui.widgets.feedback import show_message

ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_SIZE = consultation.PAGE_SIZE


def _words(text: str) -> str:
    """One of the labels marked QT_TRANSLATE_NOOP("Chart", ...), in the workstation's language."""
    return QCoreApplication.translate("Chart", text)


class EncountersPane(QWidget):
    encounter_requested = Signal(int)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EncountersPane()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.clock = HospitalClock.unloaded(ctx)
        self.patient_id: int | None = None
        self.appointment_id: int | None = None  # today's checked-in appointment: "New encounter" starts from it
        self.admission_id: int | None = None  # the current admission under this doctor
        self.page = 0
        self.total = 0
        self.encounters: tuple[EncounterSummary, ...] = ()
        self.shown: EncounterDTO | None = None
        self._sequence = 0
        tree = self.ui.encountersTree
        tree.setTabKeyNavigation(False)
        header = tree.header()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        show_message(self.ui.messageLabel, "")
        tree.currentItemChanged.connect(lambda item, _previous: self._chosen(item))
        tree.itemActivated.connect(lambda _item, _column: self.open_draft())
        self.ui.previousButton.clicked.connect(lambda: self.go_to_page(self.page - 1))
        self.ui.nextButton.clicked.connect(lambda: self.go_to_page(self.page + 1))
        self.ui.newButton.clicked.connect(self.new_encounter)
        self.ui.openButton.clicked.connect(self.open_draft)
        self._update_buttons()

    # --- the pane protocol -------------------------------------------------------------------------------

    def show_patient(self, patient_id: int) -> None:
        """Another chart: its first page."""
        self.patient_id = patient_id
        self.go_to_page(0)

    def show_summary(self, summary: ChartSummary) -> None:
        """A page the chart view already read (opening the chart reads the first page with the banner)."""
        self.patient_id = summary.banner.patient_id
        self.page, self.total, self.encounters = summary.page, summary.encounters_total, summary.encounters
        self._fill()

    # --- loading -----------------------------------------------------------------------------------------

    def go_to_page(self, page: int) -> None:
        patient_id = self.patient_id
        if patient_id is None:
            return
        ctx, page = self._ctx, max(0, page)
        self._sequence += 1
        sequence = self._sequence

        def loaded(summary: ChartSummary) -> None:
            if sequence == self._sequence and summary.banner.patient_id == self.patient_id:
                self.show_summary(summary)

        self._runner.run(lambda: consultation.chart_summary(ctx, patient_id, page=page, page_size=PAGE_SIZE),
                         on_success=loaded, on_failure=self._failed, owner=self)

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))

    def _fill(self) -> None:
        tree = self.ui.encountersTree
        tree.blockSignals(True)
        tree.clear()
        for e in self.encounters:
            item = QTreeWidgetItem([format_date_time(self.clock.local(e.created_at)),
                                    _words(ENCOUNTER_STATUSES.get(e.status, e.status)),
                                    _words(ENCOUNTER_KINDS.get(e.kind, e.kind)), e.doctor_name,
                                    e.primary_code or "", e.chief_complaint])
            item.setData(0, ID_ROLE, e.id)
            if e.status == "draft":
                font = item.font(1)
                font.setBold(True)
                item.setFont(1, font)
            tree.addTopLevelItem(item)
        if not self.encounters:
            item = QTreeWidgetItem([self.tr("No encounters yet.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        tree.blockSignals(False)
        first = self.page * PAGE_SIZE
        self.ui.pageLabel.setText(self.tr("%1–%2 of %3").replace("%1", str(first + 1))
                                  .replace("%2", str(first + len(self.encounters))).replace("%3", str(self.total))
                                  if self.encounters else "")
        self.shown = None
        self.ui.encounterText.setHtml("")
        first_item = tree.topLevelItem(0)
        if self.encounters and first_item is not None:
            if tree.currentItem() is first_item:
                # The view made it current while its signals were blocked (it had the focus): no change
                # signal will come, so the newest encounter is read here.
                self._chosen(first_item)
            else:
                tree.setCurrentItem(first_item)
        self._update_buttons()

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        encounter_id = item.data(0, ID_ROLE) if item is not None else None
        self._update_buttons()
        if encounter_id is None:
            return
        ctx = self._ctx

        def show(encounter: EncounterDTO) -> None:
            if self.selected_id() == encounter.id:
                self.shown = encounter
                self.ui.encounterText.setHtml(encounter_html(encounter, self.clock))

        self._runner.run(lambda: consultation.encounter(ctx, int(encounter_id)), on_success=show,
                         on_failure=self._failed, owner=self)

    def selected_id(self) -> int | None:
        item = self.ui.encountersTree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def selected(self) -> EncounterSummary | None:
        chosen = self.selected_id()
        return next((e for e in self.encounters if e.id == chosen), None)

    def _update_buttons(self) -> None:
        self.ui.previousButton.setEnabled(self.page > 0)
        self.ui.nextButton.setEnabled((self.page + 1) * PAGE_SIZE < self.total)
        selected = self.selected()
        own = selected is not None and selected.doctor_id in (None, self._ctx.user.staff_id)
        self.ui.openButton.setEnabled(selected is not None and selected.status == "draft" and own)
        self.ui.openButton.setToolTip(self.tr("Continue the chosen draft encounter") if own or selected is None
                                      else self.tr("A colleague's draft: only they can continue it"))
        self.ui.newButton.setEnabled(self.patient_id is not None)
        self.ui.newButton.setToolTip(
            self.tr("Start the consultation of today's appointment") if self.appointment_id is not None
            else self.tr("Start an inpatient encounter for this admission") if self.admission_id is not None
            else self.tr("Start a walk-in consultation"))

    # --- actions -----------------------------------------------------------------------------------------

    def set_context(self, *, appointment_id: int | None, admission_id: int | None) -> None:
        self.appointment_id, self.admission_id = appointment_id, admission_id
        self._update_buttons()

    def new_encounter(self) -> None:
        patient_id = self.patient_id
        if patient_id is None:
            return
        ctx, appointment_id = self._ctx, self.appointment_id
        admission_id = self.admission_id if appointment_id is None else None
        show_message(self.ui.messageLabel, "")

        def started(encounter: EncounterDTO) -> None:
            self.go_to_page(0)
            self.encounter_requested.emit(encounter.id)

        self._runner.run(lambda: consultation.start_encounter(ctx, patient_id, appointment_id=appointment_id,
                                                              admission_id=admission_id),
                         on_success=started, on_failure=self._failed, owner=self)

    def open_draft(self) -> None:
        selected = self.selected()
        if selected is not None and selected.status == "draft" and self.ui.openButton.isEnabled():
            self.encounter_requested.emit(selected.id)
