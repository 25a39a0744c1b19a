"""The encounter editor (issue 8.4): the note, vital signs, ICD-10 diagnoses, autosave, signing and addenda.

Autosave. Every keystroke in the note marks it dirty; a save (``consultation.save_draft``, one UPDATE with the
version last saved) starts ``autosave_pause_ms`` after typing pauses, and at the latest ``autosave_every_ms``
after the first unsaved change, so a doctor who never pauses still saves every few seconds. Saves never
overlap: an edit made while one runs is saved by the next. Each save sends every field (not only the changed
ones), so a failed save loses nothing: the next one carries everything. The version each save returns is the
one the next save expects.

A lost connection (``ConnectionLost``) keeps everything in the widgets, says so in the save-state label, and
retries with a doubling delay (``retry_first_ms`` up to ``retry_max_ms``), at once when the live connection
comes back. A conflict (someone saved this encounter from another window, or signed it) stops autosaving and
shows both choices; nothing typed is dropped unless the doctor asks for the saved version.

No local crash copy is kept: an encrypted file per draft in the user's data folder (clinical text on a shared
consulting-room PC) is more than this widget should own; the server copy is at most a few seconds old.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTreeWidgetItem,
    QWidget,
)

from hms_desktop.domain.clinical import (
    VITAL_LIMITS,
    DiagnosisDraft,
    EncounterStatus,
    Icd10Entry,
    VitalsDraft,
    bmi,
    check_vitals,
    search,
)
from hms_desktop.domain.errors import ValidationError
from hms_desktop.formats import format_date, format_date_time, format_time
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import consultation
from hms_desktop.services.consultation import (
    AddendumDTO,
    DiagnosisDTO,
    DraftSaved,
    EncounterDTO,
    SignedEncounter,
    VitalsDTO,
)
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, ConnectionLost, ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_encounter_editor import Ui_EncounterEditor
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.addendum_dialog import AddendumDialog
from hms_desktop.ui.widgets.chart_text import vitals_text
from hms_desktop.ui.widgets.feedback import mark_invalid, set_style_property, show_message

log = logging.getLogger(__name__)

KIND_LABELS = {
    "appointment": QT_TRANSLATE_NOOP("EncounterEditor", "Appointment"),
    "admission": QT_TRANSLATE_NOOP("EncounterEditor", "Inpatient"),
    "walk_in": QT_TRANSLATE_NOOP("EncounterEditor", "Walk-in"),
}
FLAG_INK, FLAG_BACKGROUND = QColor("#8a1c12"), QColor("#fdecea")
CODE_ROLE = Qt.ItemDataRole.UserRole
SIGN_WARNING = QT_TRANSLATE_NOOP("EncounterEditor", "After signing, the note cannot be changed; corrections are added "
                                                    "as addenda.")
OFFLINE = QT_TRANSLATE_NOOP("EncounterEditor", "Not saved — connection lost; your text is kept and will be saved when "
                                               "the connection is back.")
# The vital-sign fields: (key in VITAL_LIMITS, widget name in the form); decimals as typed for these two.
VITAL_WIDGETS = (("temperature_c", "temperatureEdit"), ("pulse_bpm", "pulseEdit"),
                 ("respiratory_rate", "respiratoryEdit"), ("systolic_mmhg", "systolicEdit"),
                 ("diastolic_mmhg", "diastolicEdit"), ("spo2_percent", "spo2Edit"), ("weight_kg", "weightEdit"),
                 ("height_cm", "heightEdit"))
DECIMAL_VITALS = frozenset({"temperature_c", "weight_kg", "height_cm"})
# The note's fields: the encounter column and the widget.
NOTE_WIDGETS = (("chief_complaint", "chiefComplaintEdit"), ("history", "historyEdit"),
                ("examination", "examinationEdit"), ("assessment", "assessmentEdit"), ("plan", "planEdit"),
                ("notes", "notesEdit"))


def _words(text: str) -> str:
    """One of the labels marked QT_TRANSLATE_NOOP("EncounterEditor", ...), in the workstation's language."""
    return QCoreApplication.translate("EncounterEditor", text)


def _number(value: Decimal | int | None) -> str:
    if value is None:
        return ""
    # The locale's decimal sign ("37,5 °C" in French), no grouping: the vitals fields read either sign back.
    return f"{value.normalize():f}".replace(".", QLocale().decimalPoint()) if isinstance(value, Decimal) else str(value)


class EncounterEditor(QWidget):
    """Edit one encounter at a time (``show_encounter``); see the module's docstring for autosave."""

    signed = Signal(int)  # encounter id, after a successful sign
    closed = Signal()  # Close pressed, and everything typed is saved
    order_labs_requested = Signal(int)
    prescribe_requested = Signal(int)
    saved = Signal()  # a draft save succeeded and nothing is pending
    loaded = Signal()  # an encounter is shown (for the tab and for tests)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None,
                 parent: QWidget | None = None) -> None:
        """``live``: the session's ``LiveUpdates``, if any: when the connection comes back a pending save is
        retried at once instead of at its next back-off step."""
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self.clock = HospitalClock.unloaded(ctx)
        self.encounter: EncounterDTO | None = None
        self.version = 0
        self.diagnoses: tuple[DiagnosisDTO, ...] = ()
        self.vitals: tuple[VitalsDTO, ...] = ()
        self.addenda: tuple[AddendumDTO, ...] = ()
        self.active_dialog: QWidget | None = None
        # Intervals (ms); tests shorten them.
        self.autosave_pause_ms = 2000
        self.autosave_every_ms = 8000
        self.retry_first_ms = 2000
        self.retry_max_ms = 30_000
        self.search_delay_ms = 250
        # Autosave state.
        self._dirty = False  # the widgets hold text no save has been sent for
        self._saving = False  # a save is under way
        self._offline = False  # the last save found the connection down
        self._conflict = False  # someone else saved or signed: autosave waits for the doctor's choice
        self._retry_ms = self.retry_first_ms
        self._filling = False  # the widgets are being filled from the server: not the doctor's typing
        self._when_saved: list[Callable[[], None]] = []  # run once everything typed is saved
        self._search_sequence = 0
        self.results_for = ""  # the search text the result list answers
        self._diagnoses_busy = False
        self._build()
        self._pause_timer = self._timer(self._autosave)
        self._every_timer = self._timer(self._autosave)
        self._retry_timer = self._timer(self._autosave)
        self._search_timer = self._timer(self._search_now)
        if live is not None and hasattr(live, "connection_changed"):
            live.connection_changed.connect(self._connection_changed)
        self._set_enabled(False)

    def _timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    # --- layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        """The widgets come from forms/encounter_editor.ui; here only what Designer cannot say."""
        self.ui = Ui_EncounterEditor()
        self.ui.setupUi(self)
        # The header was 690 px at least (the details line and a 260 px save state side by side): beside the
        # worklist that is wider than a screen at 200 % (960 px). Both wrap instead (issue 15.3).
        self.ui.saveStateLabel.setMinimumWidth(0)
        self.ui.saveStateLabel.setWordWrap(True)
        self.ui.detailsLabel.setWordWrap(True)
        ui = self.ui
        self.note_edits: dict[str, QLineEdit | QPlainTextEdit] = {
            name: getattr(ui, widget) for name, widget in NOTE_WIDGETS}
        self._placeholders = {edit.objectName(): edit.placeholderText() for edit in self.note_edits.values()}
        self.vital_edits: dict[str, QLineEdit] = {name: getattr(ui, widget) for name, widget in VITAL_WIDGETS}
        for edit in self.note_edits.values():
            # No maxLength: it would cut a paste silently; save_draft refuses an over-long field with a message.
            edit.textChanged.connect(self._note_edited)
        for name, edit in self.vital_edits.items():
            limit = VITAL_LIMITS[name]
            edit.setToolTip(self.tr("%1 in %2 (%3 to %4)").replace("%1", domain_word(limit.label))
                            .replace("%2", limit.unit).replace("%3", _number(limit.low))
                            .replace("%4", _number(limit.high)))
            if not edit.accessibleName():
                edit.setAccessibleName(domain_word(limit.label))
            edit.textEdited.connect(self._vitals_edited)
            edit.returnPressed.connect(self.record_vitals)
        font = ui.patientLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.patientLabel.setFont(font)
        for label in (ui.messageLabel, ui.vitalsError, ui.diagnosesError, ui.signedLabel):
            show_message(label, "")
        ui.conflictFrame.setVisible(False)
        ui.addendaGroup.setVisible(False)
        ui.vitalsTree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.vitalsTree.setUniformRowHeights(False)
        header = ui.vitalsTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.diagnosesTree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = ui.diagnosesTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.resultsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        ui.searchEdit.textEdited.connect(self._search_edited)
        ui.searchEdit.returnPressed.connect(self._search_now)
        ui.resultsList.itemActivated.connect(lambda _item: self.add_diagnosis(primary=not self._has_primary()))
        ui.addPrimaryButton.clicked.connect(lambda: self.add_diagnosis(primary=True))
        ui.addSecondaryButton.clicked.connect(lambda: self.add_diagnosis(primary=False))
        ui.makePrimaryButton.clicked.connect(self.make_primary)
        ui.removeDiagnosisButton.clicked.connect(self.remove_diagnosis)
        ui.recordVitalsButton.clicked.connect(self.record_vitals)
        ui.signButton.clicked.connect(self.ask_to_sign)
        ui.closeButton.clicked.connect(self.close_requested)
        ui.addAddendumButton.clicked.connect(self.open_addendum)
        ui.orderLabsButton.clicked.connect(lambda: self._emit_with_id(self.order_labs_requested))
        ui.prescribeButton.clicked.connect(lambda: self._emit_with_id(self.prescribe_requested))
        ui.keepMineButton.clicked.connect(self.keep_mine)
        ui.loadTheirsButton.clicked.connect(self.load_theirs)

    def _emit_with_id(self, signal: Any) -> None:
        if self.encounter is not None:
            signal.emit(self.encounter.id)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.scrollArea, self.ui.signButton, self.ui.orderLabsButton, self.ui.prescribeButton):
            widget.setEnabled(enabled)

    # --- loading ---------------------------------------------------------------------------------------

    def show_encounter(self, encounter_id: int) -> None:
        """Load and show an encounter (again, to refresh). Text still unsaved is saved first; if that save
        fails, what is on screen stays (with its text) and the message says why."""
        if self.encounter is not None and self.has_unsaved():
            if self._refused_for_conflict():
                return
            self._after_saved(lambda: self._load(encounter_id))
            self.flush()
            return
        self._load(encounter_id)

    def _load(self, encounter_id: int) -> None:
        ctx, known = self._ctx, self.clock

        def load() -> tuple[HospitalClock, EncounterDTO]:
            clock = known if known.loaded else hospital_clock(ctx)
            return clock, consultation.encounter(ctx, encounter_id)

        self._runner.run(load, on_success=lambda result: self._show(*result), on_failure=self._load_failed,
                         owner=self)

    def _load_failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, self.tr("The encounter could not be opened: %1").replace("%1", str(error)))

    def _show(self, clock: HospitalClock, encounter: EncounterDTO) -> None:
        self.clock = clock
        self.encounter = encounter
        self.version = encounter.version
        for timer in (self._pause_timer, self._every_timer, self._retry_timer):
            timer.stop()
        self._dirty = self._offline = self._conflict = False
        self._retry_ms = self.retry_first_ms
        self._when_saved.clear()
        self.ui.conflictFrame.setVisible(False)
        self._filling = True
        try:
            for name, edit in self.note_edits.items():
                value = getattr(encounter, name)
                if isinstance(edit, QLineEdit):
                    edit.setText(value)
                else:
                    edit.setPlainText(value)
            for edit in self.vital_edits.values():
                edit.clear()
                mark_invalid(edit, False)
        finally:
            self._filling = False
        self.ui.bmiValue.setText("—")
        self.ui.searchEdit.clear()
        self.ui.resultsList.clear()
        for label in (self.ui.messageLabel, self.ui.vitalsError, self.ui.diagnosesError):
            show_message(label, "")
        self.ui.patientLabel.setText(self.tr("{name} · MRN {mrn}").format(name=encounter.patient_name,
                                                                          mrn=encounter.patient_mrn))
        started = clock.local(encounter.created_at)
        self.ui.detailsLabel.setText(self.tr("%1 · started %2 · %3")
                                     .replace("%1", _words(KIND_LABELS.get(encounter.kind, encounter.kind)))
                                     .replace("%2", format_date_time(started))
                                     .replace("%3", encounter.doctor_name))
        self._show_vitals(encounter.vitals)
        self._show_diagnoses(encounter.diagnoses)
        self.addenda = encounter.addenda
        self._show_state()
        if encounter.updated_at is not None and not self.is_signed():
            self._say_saved(encounter.updated_at)
        else:
            self._set_save_state("")
        self._set_enabled(True)
        self.ui.scrollArea.verticalScrollBar().setValue(0)
        self.loaded.emit()

    def is_signed(self) -> bool:
        return self.encounter is not None and self.encounter.status == EncounterStatus.SIGNED

    def _show_state(self) -> None:
        """Draft: everything editable. Signed: the note read-only, "Signed by … at …", addenda under it."""
        signed = self.is_signed()
        ui = self.ui
        ui.statusBadge.setText(self.tr("Signed") if signed else self.tr("Draft"))
        set_style_property(ui.statusBadge, "role", "info" if signed else "hint")
        for edit in self.note_edits.values():
            edit.setReadOnly(signed)
            # A signed note shows what was written; an empty field's hint ("Anything else") would read as text.
            edit.setPlaceholderText("" if signed else self._placeholders[edit.objectName()])
        for widget in (ui.vitalsEntry, ui.diagnosisEntry, ui.diagnosisActions, ui.signButton, ui.orderLabsButton,
                       ui.prescribeButton):
            widget.setVisible(not signed)
        ui.addendaGroup.setVisible(signed)
        if signed and self.encounter is not None and self.encounter.signed_at is not None:
            at = self.clock.local(self.encounter.signed_at)
            show_message(ui.signedLabel, self.tr("Signed by %1 at %2 on %3. %4")
                         .replace("%1", self.encounter.signed_by_name or self.encounter.signed_by or "")
                         .replace("%2", format_time(at)).replace("%3", format_date(at))
                         .replace("%4", _words(SIGN_WARNING)), role="info")
        else:
            show_message(ui.signedLabel, "")
        self._show_addenda()

    def _show_addenda(self) -> None:
        if not self.addenda:
            self.ui.addendaView.setPlainText(self.tr("No addenda."))
            return
        blocks = []
        for addendum in self.addenda:
            at = self.clock.local(addendum.signed_at)
            heading = (self.tr("Addendum signed by %1 at %2 on %3")
                       .replace("%1", addendum.signed_by_name).replace("%2", format_time(at))
                       .replace("%3", format_date(at)))
            body = addendum.body.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
            blocks.append(f"<p><b>{heading.replace('&', '&amp;').replace('<', '&lt;')}</b><br>{body}</p>")
        self.ui.addendaView.setHtml("".join(blocks))

    # --- autosave --------------------------------------------------------------------------------------

    def fields(self) -> dict[str, str]:
        """What the note's widgets hold, as ``save_draft`` takes it."""
        return {name: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
                for name, edit in self.note_edits.items()}

    def has_unsaved(self) -> bool:
        """True while something typed has not been saved (pending, being saved, or refused)."""
        return self._dirty or self._saving

    def flush(self) -> None:
        """Save now (before the tab closes or another chart opens). With a task runner the save finishes
        later: watch ``saved`` or ``has_unsaved()``."""
        if self._conflict:
            return
        self._retry_ms = self.retry_first_ms
        self._autosave()

    def _note_edited(self) -> None:
        if self._filling or self.encounter is None or self.is_signed():
            return
        self._dirty = True
        if self._offline or self._conflict:  # the back-off (or the doctor's choice) says when to try again
            return
        self._pause_timer.start(self.autosave_pause_ms)
        if not self._every_timer.isActive():
            self._every_timer.start(self.autosave_every_ms)
        if not self._saving:
            self._set_save_state(self.tr("Changes not saved yet"))

    def _autosave(self) -> None:
        encounter = self.encounter
        if encounter is None or self.is_signed() or self._conflict:
            return
        if self._saving:  # never two at once: the answer to this one starts the next
            return
        if not self._dirty:
            self._run_when_saved()
            return
        for timer in (self._pause_timer, self._every_timer, self._retry_timer):
            timer.stop()
        ctx, encounter_id, fields, version = self._ctx, encounter.id, self.fields(), self.version
        self._saving = True
        self._dirty = False
        if not self._offline:
            self._set_save_state(self.tr("Saving…"))
        self._runner.run(lambda: consultation.save_draft(ctx, encounter_id, fields, version),
                         on_success=self._draft_saved, on_failure=self._save_failed, owner=self)

    def _draft_saved(self, result: DraftSaved) -> None:
        self._saving = False
        if self.encounter is None or result.encounter_id != self.encounter.id:
            return
        self.version = result.version
        self._offline = False
        self._retry_ms = self.retry_first_ms
        if self.ui.messageLabel.property("source") == "save":  # an earlier save's complaint is over
            show_message(self.ui.messageLabel, "")
        self._say_saved(result.saved_at)
        if self._dirty:  # typed while it was saving: the next save, on the usual timers
            self._pause_timer.start(self.autosave_pause_ms)
            if not self._every_timer.isActive():
                self._every_timer.start(self.autosave_every_ms)
            if self._when_saved:
                self._autosave()
            return
        self.saved.emit()
        self._run_when_saved()

    def _save_failed(self, error: ServiceError) -> None:
        self._saving = False
        self._dirty = True  # the widgets still hold it all; the next save sends every field again
        if isinstance(error, ConnectionLost):
            self._offline = True
            self._set_save_state(_words(OFFLINE), role="error")
            self._retry_timer.start(self._retry_ms)
            self._retry_ms = min(self.retry_max_ms, self._retry_ms * 2)
            self._drop_when_saved()
            return
        self._offline = False
        if isinstance(error, Conflict):
            self._show_conflict(str(error))
            self._set_save_state(self.tr("Not saved — someone else changed this note"), role="error")
        else:  # a field too long, no permission, the encounter gone: the doctor has to act; text kept
            self._set_save_state(self.tr("Not saved"), role="error")
            text = "\n".join(self._field_problem(key, message) for key, message in error.problems.items()) \
                if isinstance(error, ValidationFailed) else str(error)
            show_message(self.ui.messageLabel, self.tr("Your text is kept but was not saved: %1").replace("%1", text))
            self.ui.messageLabel.setProperty("source", "save")
        self._drop_when_saved()

    def _field_problem(self, key: str, message: str) -> str:
        """"History: This text can be at most 20,000 characters.": the message with the field it is about."""
        widget = self.note_edits.get(key)
        label = self.ui.noteForm.labelForField(widget) if widget is not None else None
        name = label.text().replace("&", "") if isinstance(label, QLabel) else ""
        return f"{name}: {message}" if name else message

    def _connection_changed(self, connected: bool) -> None:
        if connected and self._offline and not self._saving:
            self._retry_ms = self.retry_first_ms
            self._autosave()

    def _say_saved(self, when: Any) -> None:
        at = self.clock.local(when) if when is not None else self.clock.now()
        self._set_save_state(self.tr("Saved %1").replace("%1", format_time(at)))

    def _set_save_state(self, text: str, *, role: str = "hint") -> None:
        show_message(self.ui.saveStateLabel, text, role=role)
        self.ui.saveStateLabel.setVisible(True)  # keeps its room in the header even when empty

    def save_state(self) -> str:
        return self.ui.saveStateLabel.text()

    def _after_saved(self, action: Callable[[], None]) -> None:
        self._when_saved.append(action)

    def _run_when_saved(self) -> None:
        actions, self._when_saved = self._when_saved, []
        for action in actions:
            action()

    def _drop_when_saved(self) -> None:
        if self._when_saved:
            self._when_saved.clear()
            self.ui.signButton.setEnabled(True)
            show_message(self.ui.messageLabel, self.tr("Nothing else was done: what you typed must be saved first. "
                                                       "Try again when it shows “Saved”."))
            self.ui.messageLabel.setProperty("source", "save")

    # --- conflicts -------------------------------------------------------------------------------------

    def _show_conflict(self, message: str) -> None:
        self._conflict = True
        for timer in (self._pause_timer, self._every_timer, self._retry_timer):
            timer.stop()
        signed_elsewhere = "signed" in message
        text = message if not signed_elsewhere else self.tr(
            "This encounter was signed from another window or workstation. What you typed here is still shown "
            "but can no longer be saved into the note: copy what you need, then load the signed note and add "
            "an addendum.")
        if not signed_elsewhere:
            text = self.tr("Someone saved this encounter from another window or workstation while you were "
                           "typing. Your text is still here and nothing is lost: save yours over theirs, or load "
                           "the saved version (your changes here are then dropped).")
        show_message(self.ui.conflictLabel, text)
        self.ui.keepMineButton.setVisible(not signed_elsewhere)
        self.ui.conflictFrame.setVisible(True)

    def keep_mine(self) -> None:
        """Save what is on screen over the other save: read the current version, then save as usual."""
        encounter = self.encounter
        if encounter is None:
            return
        ctx, encounter_id = self._ctx, encounter.id

        def current(fresh: EncounterDTO) -> None:
            if fresh.status == EncounterStatus.SIGNED:
                self._show_conflict("signed")
                return
            self.version = fresh.version
            self._conflict = False
            self.ui.conflictFrame.setVisible(False)
            self._dirty = True
            self._autosave()

        self._runner.run(lambda: consultation.encounter(ctx, encounter_id), on_success=current,
                         on_failure=lambda error: show_message(self.ui.conflictLabel, str(error)), owner=self)

    def load_theirs(self) -> None:
        if self.encounter is not None:
            self._load(self.encounter.id)

    # --- vital signs -----------------------------------------------------------------------------------

    def _vitals_edited(self) -> None:
        values, _problems = self._vitals_typed()
        weight, height = values.get("weight_kg"), values.get("height_cm")
        value = bmi(weight if isinstance(weight, Decimal) else None, height if isinstance(height, Decimal) else None)
        self.ui.bmiValue.setText(self.tr("%1 kg/m²").replace("%1", _number(value)) if value is not None else "—")

    def _vitals_typed(self) -> tuple[dict[str, Decimal | int], dict[str, str]]:
        """The numbers typed, and a message for each field that is not a number."""
        values: dict[str, Decimal | int] = {}
        problems: dict[str, str] = {}
        for name, edit in self.vital_edits.items():
            text = edit.text().strip().replace(",", ".")
            if not text:
                continue
            label = domain_word(VITAL_LIMITS[name].label)
            try:
                number = Decimal(text)
            except InvalidOperation:
                problems[name] = self.tr("%1: enter a number.").replace("%1", label)
                continue
            if not number.is_finite():
                problems[name] = self.tr("%1: enter a number.").replace("%1", label)
            elif name in DECIMAL_VITALS:
                values[name] = number
            elif number != number.to_integral_value():
                problems[name] = self.tr("%1 must be a whole number.").replace("%1", label)
            else:
                values[name] = int(number)
        return values, problems

    def record_vitals(self) -> None:
        """Check what was typed with the clinical rules (nothing is sent when a value is implausible), then
        ``record_vitals``; the recorded set joins the list with its flags."""
        encounter = self.encounter
        if encounter is None or self.is_signed():
            return
        values, problems = self._vitals_typed()
        draft = VitalsDraft(**values)  # type: ignore[arg-type]
        if not problems:
            try:
                check_vitals(draft)
            except ValidationError as error:
                problems = dict(error.problems)
        if problems:
            self._show_vitals_problems(problems)
            return
        self._show_vitals_problems({})
        ctx, encounter_id = self._ctx, encounter.id
        self.ui.recordVitalsButton.setEnabled(False)
        self._runner.run(lambda: consultation.record_vitals(ctx, encounter_id, draft),
                         on_success=self._vitals_recorded, on_failure=self._vitals_failed, owner=self)

    def _show_vitals_problems(self, problems: dict[str, str]) -> None:
        for name, edit in self.vital_edits.items():
            mark_invalid(edit, name in problems, problems.get(name, ""))
        show_message(self.ui.vitalsError, "\n".join(problems.values()))
        first = next((self.vital_edits[name] for name in self.vital_edits if name in problems), None)
        if first is not None:
            first.setFocus()

    def _vitals_recorded(self, vitals: VitalsDTO) -> None:
        self.ui.recordVitalsButton.setEnabled(True)
        self._show_vitals((*self.vitals, vitals))
        for edit in self.vital_edits.values():
            edit.clear()
        self.ui.bmiValue.setText("—")
        if vitals.flags:
            show_message(self.ui.vitalsError, self.tr("Recorded. Flagged: %1")
                         .replace("%1", "; ".join(flag.message for flag in vitals.flags)), role="error")
        else:
            show_message(self.ui.vitalsError, self.tr("Recorded."), role="info")

    def _vitals_failed(self, error: ServiceError) -> None:
        self.ui.recordVitalsButton.setEnabled(True)
        problems = error.problems if isinstance(error, ValidationFailed) else {"": str(error)}
        self._show_vitals_problems(problems)

    def _show_vitals(self, vitals: tuple[VitalsDTO, ...]) -> None:
        self.vitals = tuple(vitals)
        tree = self.ui.vitalsTree
        tree.clear()
        for entry in sorted(self.vitals, key=lambda v: (v.measured_at, v.id), reverse=True):
            item = QTreeWidgetItem([format_time(self.clock.local(entry.measured_at)), vitals_text(entry),
                                    self.tr("Flagged") if entry.flags else self.tr("Normal")])
            item.setToolTip(1, vitals_text(entry))
            tree.addTopLevelItem(item)
            if entry.flags:  # a word and a colour: "Flagged" is read, not only seen; each reason on its own row
                self._paint_flag(item, 2)
                for flag in entry.flags:
                    child = QTreeWidgetItem([f"⚠ {flag.message}"])
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.addChild(child)
                    child.setFirstColumnSpanned(True)
                    self._paint_flag(child, 0)
                item.setExpanded(True)
        if not self.vitals:
            item = QTreeWidgetItem([self.tr("No vital signs recorded yet.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)

    @staticmethod
    def _paint_flag(item: QTreeWidgetItem, column: int) -> None:
        item.setForeground(column, QBrush(FLAG_INK))
        item.setBackground(column, QBrush(FLAG_BACKGROUND))
        font = item.font(column)
        font.setBold(True)
        item.setFont(column, font)

    def vitals_rows(self) -> list[tuple[str, str, str]]:
        """What the recorded-vitals list says (for tests and screen readers)."""
        rows = []
        for index in range(self.ui.vitalsTree.topLevelItemCount()):
            item = self.ui.vitalsTree.topLevelItem(index)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                children = (item.child(i) for i in range(item.childCount()))
                flags = "; ".join(child.text(0).removeprefix("⚠ ") for child in children if child is not None)
                rows.append((item.text(0), item.text(1), f"{item.text(2)}: {flags}" if flags else item.text(2)))
        return rows

    # --- diagnoses -------------------------------------------------------------------------------------

    def _search_edited(self) -> None:
        self._search_timer.start(self.search_delay_ms)

    def _search_now(self) -> None:
        """ICD-10 lookup off the GUI thread: the first one parses the classification (a fraction of a second)."""
        self._search_timer.stop()
        query = self.ui.searchEdit.text()
        self._search_sequence += 1
        sequence = self._search_sequence

        def show(found: list[Icd10Entry]) -> None:
            if sequence == self._search_sequence:  # an older answer for an earlier text is dropped
                self._show_results(found, query)

        self._runner.run(lambda: search(query), on_success=show,
                         on_failure=lambda error: show_message(self.ui.diagnosesError, str(error)), owner=self)

    def _show_results(self, found: list[Icd10Entry], query: str) -> None:
        self.results_for = query
        results = self.ui.resultsList
        results.clear()
        for entry in found:
            item = QListWidgetItem(f"{entry.code} — {entry.description}")
            item.setData(CODE_ROLE, entry.code)
            results.addItem(item)
        if found:
            results.setCurrentRow(0)
        elif query.strip():
            item = QListWidgetItem(self.tr("No ICD-10 code matches “%1”.").replace("%1", query.strip()))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            results.addItem(item)

    def result_codes(self) -> list[str]:
        return [str(self.ui.resultsList.item(i).data(CODE_ROLE)) for i in range(self.ui.resultsList.count())
                if self.ui.resultsList.item(i).data(CODE_ROLE)]

    def _has_primary(self) -> bool:
        return any(d.primary for d in self.diagnoses)

    def add_diagnosis(self, *, primary: bool) -> None:
        item = self.ui.resultsList.currentItem()
        code = item.data(CODE_ROLE) if item is not None else None
        if not code:
            show_message(self.ui.diagnosesError, self.tr("Search for a diagnosis and choose it in the list first."))
            return
        code = str(code)
        current = next((d for d in self.diagnoses if d.primary), None)
        if any(d.icd10_code == code for d in self.diagnoses):
            show_message(self.ui.diagnosesError, self.tr("%1 is already a diagnosis of this encounter.")
                         .replace("%1", code))
            return
        if primary and current is not None:
            show_message(self.ui.diagnosesError, self.tr(
                "There is already a primary diagnosis (%1). Add this one as secondary, or choose it afterwards "
                "and press Make primary.").replace("%1", current.icd10_code))
            return
        if not primary and current is None:
            show_message(self.ui.diagnosesError, self.tr("Add the primary diagnosis first: the main reason for this "
                                                         "consultation."))
            return
        drafts = [DiagnosisDraft(d.icd10_code, d.primary) for d in self.diagnoses]
        self._set_diagnoses([*drafts, DiagnosisDraft(code, primary)])

    def _selected_code(self) -> str | None:
        item = self.ui.diagnosesTree.currentItem()
        value = item.data(0, CODE_ROLE) if item is not None else None
        return str(value) if value else None

    def make_primary(self) -> None:
        code = self._selected_code()
        if code is None:
            show_message(self.ui.diagnosesError, self.tr("Choose a diagnosis in the list first."))
            return
        self._set_diagnoses([DiagnosisDraft(d.icd10_code, d.icd10_code == code) for d in self.diagnoses])

    def remove_diagnosis(self) -> None:
        code = self._selected_code()
        if code is None:
            show_message(self.ui.diagnosesError, self.tr("Choose a diagnosis in the list first."))
            return
        removed = next(d for d in self.diagnoses if d.icd10_code == code)
        rest = [d for d in self.diagnoses if d.icd10_code != code]
        if removed.primary and rest:
            show_message(self.ui.diagnosesError, self.tr(
                "Make another diagnosis the primary one before removing this one."))
            return
        self._set_diagnoses([DiagnosisDraft(d.icd10_code, d.primary) for d in rest])

    def _set_diagnoses(self, drafts: list[DiagnosisDraft]) -> None:
        encounter = self.encounter
        if encounter is None or self._diagnoses_busy:
            return
        ctx, encounter_id = self._ctx, encounter.id
        self._diagnoses_busy = True
        show_message(self.ui.diagnosesError, "")

        def done(saved: tuple[DiagnosisDTO, ...]) -> None:
            self._diagnoses_busy = False
            self._show_diagnoses(saved)

        def failed(error: ServiceError) -> None:
            self._diagnoses_busy = False
            text = "\n".join(error.problems.values()) if isinstance(error, ValidationFailed) else str(error)
            show_message(self.ui.diagnosesError, text)

        self._runner.run(lambda: consultation.set_diagnoses(ctx, encounter_id, drafts), on_success=done,
                         on_failure=failed, owner=self)

    def _show_diagnoses(self, diagnoses: tuple[DiagnosisDTO, ...]) -> None:
        self.diagnoses = tuple(sorted(diagnoses, key=lambda d: not d.primary))
        if self.encounter is not None:
            self.encounter = replace(self.encounter, diagnoses=self.diagnoses)
        tree = self.ui.diagnosesTree
        tree.clear()
        for diagnosis in self.diagnoses:
            item = QTreeWidgetItem([diagnosis.icd10_code, diagnosis.description,
                                    self.tr("Primary") if diagnosis.primary else self.tr("Secondary")])
            item.setData(0, CODE_ROLE, diagnosis.icd10_code)
            item.setToolTip(1, diagnosis.description)
            if diagnosis.primary:
                for column in range(3):
                    font = QFont(item.font(column))
                    font.setBold(True)
                    item.setFont(column, font)
            tree.addTopLevelItem(item)
        if not self.diagnoses:
            item = QTreeWidgetItem([self.tr("No diagnosis yet.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        else:
            first = tree.topLevelItem(0)
            if first is not None:
                tree.setCurrentItem(first)

    # --- signing, addenda, closing ---------------------------------------------------------------------

    def ask_to_sign(self) -> None:
        """Confirm first (the box is ``active_dialog``): the note cannot be changed after signing."""
        if self.encounter is None or self.is_signed():
            return
        if not self._has_primary():
            show_message(self.ui.diagnosesError, self.tr("Record at least the primary diagnosis before signing."))
            self.ui.searchEdit.setFocus()
            return
        text = _words(SIGN_WARNING)
        if any(edit.text().strip() for edit in self.vital_edits.values()):
            text += "\n\n" + self.tr("The vital signs typed but not recorded will not be part of the note.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sign the note"), text,
                          QMessageBox.StandardButton.NoButton, self)
        sign = box.addButton(self.tr("Si&gn"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = box

        def answered() -> None:
            self.active_dialog = None
            if box.clickedButton() is sign:
                self.sign()

        box.finished.connect(answered)
        box.open()

    def sign(self) -> None:
        """Sign without asking (after the confirmation): save what is typed first, then ``sign_encounter``."""
        if self.encounter is None or self.is_signed():
            return
        if self._refused_for_conflict():
            return
        self.ui.signButton.setEnabled(False)
        self._after_saved(self._sign_saved)
        self.flush()

    def _sign_saved(self) -> None:
        encounter = self.encounter
        if encounter is None:
            return
        ctx, encounter_id, version = self._ctx, encounter.id, self.version
        self._set_save_state(self.tr("Signing…"))
        self._runner.run(lambda: consultation.sign_encounter(ctx, encounter_id, version),
                         on_success=self._signed, on_failure=self._sign_failed, owner=self)

    def _signed(self, result: SignedEncounter) -> None:
        self.ui.signButton.setEnabled(True)
        self._show(self.clock, result.encounter)
        show_message(self.ui.messageLabel, result.message, role="info")
        self.ui.messageLabel.setProperty("source", "sign")
        self.signed.emit(result.encounter.id)

    def _sign_failed(self, error: ServiceError) -> None:
        self.ui.signButton.setEnabled(True)
        self._set_save_state(self.tr("Saved, not signed"), role="error")
        text = "\n".join(error.problems.values()) if isinstance(error, ValidationFailed) else str(error)
        show_message(self.ui.messageLabel, self.tr("Not signed: %1").replace("%1", text))
        self.ui.messageLabel.setProperty("source", "sign")

    def open_addendum(self) -> None:
        encounter = self.encounter
        if encounter is None or not self.is_signed():
            return
        dialog = AddendumDialog(self._runner, self._ctx, encounter.id, patient_name=encounter.patient_name,
                                parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._addendum_added)
        self.active_dialog = dialog
        dialog.open()

    def _addendum_added(self, addendum: AddendumDTO) -> None:
        self.addenda = (*self.addenda, addendum)
        if self.encounter is not None:
            self.encounter = replace(self.encounter, addenda=self.addenda)
        self._show_addenda()

    def close_requested(self) -> None:
        """Close (back): everything typed is saved first; if it cannot be, the editor stays and says why."""
        if not self.has_unsaved():
            self.closed.emit()
            return
        if self._refused_for_conflict():
            return
        self._after_saved(self.closed.emit)
        self.flush()

    def _refused_for_conflict(self) -> bool:
        """While a conflict waits for the doctor's choice nothing that needs the text saved can happen."""
        if self._conflict:
            show_message(self.ui.messageLabel, self.tr("First choose above what happens to your text: save yours "
                                                       "over the other version, or load the saved one."))
            self.ui.messageLabel.setProperty("source", "save")
        return self._conflict
