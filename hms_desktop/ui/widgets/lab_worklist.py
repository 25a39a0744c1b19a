"""The lab worklist: the tests waiting for a result (STAT first, oldest first), and entering a result.

Live: it listens on "lab_orders" (a test ordered in a consulting room shows here within a second), reloads
debounced, after a lost connection comes back, and once shortly after it starts listening (``LiveScreen``).
After saving, the flag the database gave the result is shown in words and colour; the next test is chosen,
so a run of results is typed without the mouse.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from hms_desktop.domain.labs import URGENCY_LABELS, ResultKind, Urgency, is_critical
from hms_desktop.formats import format_day_month, format_time
from hms_desktop.services import labs
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.labs import LabItemDTO, LabResultDTO
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_lab_worklist import Ui_LabWorklist
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import mark_invalid, set_style_property, show_message
from hms_desktop.ui.widgets.flow_layout import reflow
from hms_desktop.ui.widgets.lab_flags import flag_words, paint_flag
from hms_desktop.ui.widgets.live_screen import LiveScreen

log = logging.getLogger(__name__)

LIVE_CHANNEL = "lab_orders"
ID_ROLE = Qt.ItemDataRole.UserRole
URGENCY, PATIENT, MRN, TEST, ORDERED, BY, RESULT, FLAG = range(8)


class LabWorklist(QWidget):
    loaded = Signal()
    result_saved = Signal(object)  # LabResultDTO

    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self.clock = HospitalClock.unloaded(ctx)
        self.items: tuple[LabItemDTO, ...] = ()
        self.last_saved: LabResultDTO | None = None
        self._saving = False
        self._build()
        self.live_screen = LiveScreen(self, live=live, channel=LIVE_CHANNEL, reload=self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self.reload()

    def _build(self) -> None:
        self.ui = Ui_LabWorklist()
        self.ui.setupUi(self)  # named "labWorklist": the scope of its rules in resources/style.qss
        # The title, the "Show" choice and the summary wrap onto two lines at 200 % (960 px wide) when the words
        # are long: in French the one line needed 676 px and pushed the doctor's window to 1020 px (issue 15.3).
        reflow(self.ui.barLayout)
        self.tree = self.ui.itemTree
        self.ui.showCombo.addItem(self.tr("Waiting for a result"), "ordered")
        self.ui.showCombo.addItem(self.tr("Results since yesterday"), "resulted")
        self.ui.showCombo.currentIndexChanged.connect(lambda _i: self.reload())
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (URGENCY, MRN, ORDERED, RESULT, FLAG):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (PATIENT, TEST, BY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        show_message(self.ui.messageLabel, "")
        show_message(self.ui.valueError, "")
        show_message(self.ui.savedLabel, "", role="info")
        self.ui.valueEdit.setAccessibleName(self.tr("Result value"))
        self._placeholder(self.tr("Loading…"))
        self.tree.currentItemChanged.connect(lambda *_a: self._chosen())
        self.tree.itemActivated.connect(lambda *_a: self.ui.valueEdit.setFocus())
        self.ui.valueEdit.returnPressed.connect(self.save_result)
        self.ui.valueEdit.textEdited.connect(lambda _t: self._clear_value_error())
        self.ui.saveButton.clicked.connect(self.save_result)
        self._chosen()

    # --- loading -----------------------------------------------------------------------------------------

    @property
    def status(self) -> str:
        return str(self.ui.showCombo.currentData())

    def reload(self) -> None:
        ctx, known, status = self._ctx, self.clock, self.status

        def load() -> tuple[HospitalClock, tuple[LabItemDTO, ...]]:
            clock = known if known.loaded else hospital_clock(ctx)
            return clock, labs.lab_worklist(ctx, status=status)

        self.live_screen.load(self._runner, load, on_success=lambda result: self._loaded(*result),
                              on_failure=self._failed_load)

    def _failed_load(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, self.tr("The lab worklist could not be loaded: %1").replace(
            "%1", str(error)))
        self.loaded.emit()

    def _placeholder(self, text: str) -> None:
        self.tree.clear()
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)

    def _loaded(self, clock: HospitalClock, items: tuple[LabItemDTO, ...]) -> None:
        show_message(self.ui.messageLabel, "")
        self.clock = clock
        keep = self.current_item_id()
        self.items = items
        self.tree.blockSignals(True)
        try:
            self._fill()
        finally:
            self.tree.blockSignals(False)
        first = self.tree.topLevelItem(0)
        if not self.select_item(keep) and first is not None and items:
            self.tree.setCurrentItem(first)
        self._chosen()
        waiting = sum(1 for item in items if item.status == "ordered")
        stat = sum(1 for item in items if item.status == "ordered" and item.urgency == Urgency.STAT)
        summary = (self.tr("%1 waiting").replace("%1", str(waiting)) if self.status == "ordered"
                   else self.tr("%1 results").replace("%1", str(len(items))))
        if stat:
            summary += self.tr(" · %1 STAT").replace("%1", str(stat))
        self.ui.summaryLabel.setText(summary)
        self.loaded.emit()

    def _fill(self) -> None:
        waiting = self.status == "ordered"
        self.tree.setColumnHidden(RESULT, waiting)  # nothing to show there until a result is entered
        self.tree.setColumnHidden(FLAG, waiting)
        self.tree.clear()
        if not self.items:
            self._placeholder(self.tr("No tests are waiting for a result.") if self.status == "ordered"
                              else self.tr("No results were entered since yesterday."))
            return
        for entry in self.items:
            ordered = self.clock.local(entry.ordered_at)
            row = QTreeWidgetItem([
                domain_word(URGENCY_LABELS[Urgency(entry.urgency)]), entry.patient_name, entry.mrn, entry.test_name,
                f"{format_day_month(ordered)} {format_time(ordered)}", entry.doctor_name, "", ""])
            row.setData(0, ID_ROLE, entry.item_id)
            if entry.urgency == Urgency.STAT:
                font = row.font(URGENCY)
                font.setBold(True)
                row.setFont(URGENCY, font)
            if entry.result is not None:
                row.setText(RESULT, entry.result.value_display)
                paint_flag(row, FLAG, entry.result.flag)
            self.tree.addTopLevelItem(row)

    # --- choosing and saving ----------------------------------------------------------------------------

    def current_item_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def current(self) -> LabItemDTO | None:
        item_id = self.current_item_id()
        return next((entry for entry in self.items if entry.item_id == item_id), None)

    def select_item(self, item_id: int | None) -> bool:
        if item_id is None:
            return False
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == item_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _chosen(self) -> None:
        entry = self.current()
        can_enter = entry is not None and entry.status == "ordered" and not self._saving
        self.ui.valueEdit.setEnabled(can_enter)
        self.ui.saveButton.setEnabled(can_enter)
        self._clear_value_error()
        if entry is None:
            self.ui.chosenLabel.setText(self.tr("Choose a test in the list."))
            self.ui.unitLabel.setText("")
            self.ui.valueEdit.setPlaceholderText("")
            return
        age = entry.age_on(self.clock.today())
        who = entry.patient_name + (self.tr(", %1 y").replace("%1", str(age)) if age is not None else "")
        self.ui.chosenLabel.setText(self.tr("%1 for %2 (MRN %3), %4, ordered by %5").replace("%1", entry.test_name)
                                    .replace("%2", who).replace("%3", entry.mrn)
                                    .replace("%4", domain_word(URGENCY_LABELS[Urgency(entry.urgency)]).lower()
                                             if entry.urgency != Urgency.STAT
                                             else domain_word(URGENCY_LABELS[Urgency.STAT]))
                                    .replace("%5", entry.doctor_name))
        if entry.status != "ordered":
            self.ui.unitLabel.setText("")
            self.ui.valueEdit.setPlaceholderText(self.tr("Already resulted"))
        elif entry.result_kind == ResultKind.TEXT:
            self.ui.unitLabel.setText("")
            self.ui.valueEdit.setPlaceholderText(self.tr("A word, e.g. %1").replace(
                "%1", entry.normal_text or self.tr("Positive")))
        else:
            self.ui.unitLabel.setText(entry.unit)
            self.ui.valueEdit.setPlaceholderText(self.tr("A number, e.g. 4.2"))

    def _clear_value_error(self) -> None:
        show_message(self.ui.valueError, "")
        mark_invalid(self.ui.valueEdit, False)

    def save_result(self) -> None:
        entry = self.current()
        if entry is None or entry.status != "ordered" or self._saving:
            return
        typed = self.ui.valueEdit.text()
        if not typed.strip():
            self._show_value_error(self.tr("Enter the result of %1.").replace("%1", entry.test_name))
            return
        ctx, item_id = self._ctx, entry.item_id
        self._saving = True
        self._chosen()
        self._runner.run(lambda: labs.enter_result(ctx, item_id, typed), on_success=self._saved,
                         on_failure=self._save_failed, owner=self)

    def _show_value_error(self, text: str) -> None:
        show_message(self.ui.valueError, text)
        mark_invalid(self.ui.valueEdit, True)
        self.ui.valueEdit.setFocus()

    def _save_failed(self, error: ServiceError) -> None:
        self._saving = False
        self._chosen()
        if isinstance(error, ValidationFailed):
            self._show_value_error(error.problems.get("value") or str(error))
        else:
            self._show_value_error(str(error))
            self.reload()  # entered elsewhere, or gone: the list says so

    def _saved(self, result: LabResultDTO) -> None:
        self._saving = False
        self.last_saved = result
        at = self.clock.local(result.entered_at)
        text = self.tr("Saved at %1: %2 %3 for %4 — %5").replace("%1", format_time(at)).replace(
            "%2", result.test_name).replace("%3", result.value_display).replace("%4", result.patient_name).replace(
            "%5", flag_words(result.flag))
        if result.range_text:
            text += self.tr(" (reference %1)").replace("%1", result.range_text)
        if is_critical(result.flag):
            text += self.tr(". The ordering doctor is alerted.")
        show_message(self.ui.savedLabel, text, role="info")
        set_style_property(self.ui.savedLabel, "flag", result.flag or "none")
        self.ui.valueEdit.clear()
        self.items = tuple(e for e in self.items if e.item_id != result.item_id)
        # The next test in the list, so the next result is typed straight away.
        chosen = self.tree.currentItem()
        index = self.tree.indexOfTopLevelItem(chosen) if chosen is not None else -1
        self.tree.blockSignals(True)
        try:
            self._fill()
        finally:
            self.tree.blockSignals(False)
        following = self.tree.topLevelItem(min(max(index, 0), len(self.items) - 1)) if self.items else None
        if following is not None:
            self.tree.setCurrentItem(following)
        self._chosen()
        self.ui.valueEdit.setFocus()
        self.result_saved.emit(result)
