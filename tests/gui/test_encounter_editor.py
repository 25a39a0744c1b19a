"""The encounter editor (issue 8.4) on a real database: autosave with versions, a lost connection that loses
nothing, vital signs refused or flagged, ICD-10 diagnoses, signing, addenda.

Intervals are shortened through the editor's attributes; waits are ``qtbot.waitUntil`` on what the doctor
would see, never a sleep. PNGs of the draft and the signed note go to HMS_SCREENSHOT_DIR when it is set.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from factories import new_patient
from helpers import fixed_clock
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox
from sqlalchemy import event, text

from hms_desktop.domain.clinical import DiagnosisDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import consultation
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict
from hms_desktop.ui.widgets.addendum_dialog import AddendumDialog
from hms_desktop.ui.widgets.encounter_editor import OFFLINE, EncounterEditor

pytestmark = pytest.mark.usefixtures("app_style")


@dataclass
class World:
    doctor_login: str
    doctor_id: int


@pytest.fixture(scope="module")
def world(database) -> World:
    login = database.add_user(Group.DOCTOR, stem="edoc", full_name="Dr Edith Editor")
    with database.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": login}).scalar_one()
        conn.execute(text("INSERT INTO doctor_profile (staff_id, consultation_fee_code) VALUES (:s, 'CONS-GP')"),
                     {"s": doctor_id})
    return World(doctor_login=login, doctor_id=doctor_id)


@pytest.fixture
def doctor(database, world) -> Iterator[ServiceContext]:
    """A login of its own per test: the lost-connection test breaks its engine's connections."""
    yield from database.logged_in(username=world.doctor_login, clock=fixed_clock())


def owner_value(database, sql: str, **params: object) -> Any:
    with database.owner.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar_one()


def open_editor(qtbot, runner, doctor: ServiceContext, database, *,
                family: str = "Encounterpatient") -> EncounterEditor:
    started = consultation.start_encounter(doctor, new_patient(database, family=family, given="Ada"))
    editor = EncounterEditor(ctx=doctor, runner=runner)
    qtbot.addWidget(editor)
    editor.autosave_pause_ms = 50
    editor.autosave_every_ms = 400
    editor.retry_first_ms = 50
    editor.retry_max_ms = 200
    editor.search_delay_ms = 10
    editor.resize(1280, 690)
    editor.show()
    with qtbot.waitSignal(editor.loaded):
        editor.show_encounter(started.id)
    return editor


def stored(database, encounter_id: int, column: str) -> Any:
    return owner_value(database, f"SELECT {column} FROM encounter WHERE id = :e", e=encounter_id)


def screenshot(widget, name: str) -> None:
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_it_shows_the_patient_kind_start_and_status(qtbot, runner, doctor, database) -> None:
    editor = open_editor(qtbot, runner, doctor, database, family="Headerpatient")
    assert editor.ui.patientLabel.text().startswith("HEADERPATIENT, Ada · MRN ")
    details = editor.ui.detailsLabel.text()
    assert details.startswith("Walk-in · started ") and details.endswith("Dr Edith Editor")
    assert editor.ui.statusBadge.text() == "Draft"
    assert not editor.has_unsaved()


def test_typing_autosaves_after_a_pause_and_the_version_advances(qtbot, runner, doctor, database) -> None:
    editor = open_editor(qtbot, runner, doctor, database)
    encounter_id = editor.encounter.id
    first_version = editor.version
    qtbot.keyClicks(editor.ui.chiefComplaintEdit, "Cough for 3 weeks")
    assert editor.has_unsaved()
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=5000)
    assert editor.save_state().startswith("Saved ")
    assert stored(database, encounter_id, "chief_complaint") == "Cough for 3 weeks"
    saved_version = editor.version
    assert saved_version > first_version
    assert stored(database, encounter_id, "version") == saved_version
    # The next save expects the version the last one returned: no conflict with itself.
    qtbot.keyClicks(editor.ui.historyEdit, "Worse at night")
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=5000)
    assert editor.version > saved_version
    assert stored(database, encounter_id, "history") == "Worse at night"
    assert not runner.errors


def test_while_typing_never_pauses_it_still_saves_every_few_seconds(qtbot, runner, doctor, database) -> None:
    editor = open_editor(qtbot, runner, doctor, database)
    editor.autosave_pause_ms = 60_000  # no pause ever long enough
    editor.autosave_every_ms = 200
    qtbot.keyClicks(editor.ui.planEdit, "Inhaler")
    qtbot.waitUntil(lambda: stored(database, editor.encounter.id, "plan") == "Inhaler", timeout=5000)
    assert editor.save_state().startswith("Saved ")


class ServerGone:
    """The doctor's connections are cut on the server, and no new one can be opened until ``back()``."""

    def __init__(self, database, ctx: ServiceContext) -> None:
        self.engine = ctx.db.engine
        self.attempts = 0
        event.listen(self.engine, "do_connect", self._refuse)
        with database.cluster.admin_connect(database.name) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s "
                         "AND datname = %s", (ctx.user.username, database.name))

    def _refuse(self, *_args: object) -> None:
        self.attempts += 1
        raise psycopg.OperationalError("connection refused: the server is not reachable")

    def back(self) -> None:
        event.remove(self.engine, "do_connect", self._refuse)


def test_a_lost_connection_keeps_the_text_and_saves_it_when_the_connection_is_back(
        qtbot, runner, doctor, database, world) -> None:
    editor = open_editor(qtbot, runner, doctor, database)
    encounter_id = editor.encounter.id
    qtbot.keyClicks(editor.ui.chiefComplaintEdit, "Chest pain")
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=5000)
    gone = ServerGone(database, doctor)
    try:
        qtbot.keyClicks(editor.ui.examinationEdit, "Chest clear")
        qtbot.waitUntil(lambda: editor.save_state() == OFFLINE, timeout=5000)
        # Keeps trying (with a growing delay), and keeps everything typed meanwhile.
        tries = gone.attempts
        qtbot.waitUntil(lambda: gone.attempts > tries + 1, timeout=5000)
        qtbot.keyClicks(editor.ui.planEdit, "Review in a week")
        assert editor.has_unsaved()
        assert editor.ui.examinationEdit.toPlainText() == "Chest clear"
        assert editor.ui.chiefComplaintEdit.text() == "Chest pain"
        assert stored(database, encounter_id, "examination") == ""
    finally:
        gone.back()
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=10_000)
    assert editor.save_state().startswith("Saved ")
    assert stored(database, encounter_id, "examination") == "Chest clear"
    assert stored(database, encounter_id, "plan") == "Review in a week"
    assert stored(database, encounter_id, "version") == editor.version


def test_a_save_from_another_window_is_a_conflict_that_loses_nothing(qtbot, runner, doctor, database) -> None:
    editor = open_editor(qtbot, runner, doctor, database)
    encounter_id = editor.encounter.id
    consultation.save_draft(doctor, encounter_id, {"notes": "From the other window"}, editor.version)
    qtbot.keyClicks(editor.ui.chiefComplaintEdit, "Headache")
    qtbot.waitUntil(editor.ui.conflictFrame.isVisible, timeout=5000)
    assert "another window or workstation" in editor.ui.conflictLabel.text()
    assert editor.ui.chiefComplaintEdit.text() == "Headache"
    assert editor.has_unsaved()
    editor.ui.keepMineButton.click()
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=5000)
    assert not editor.ui.conflictFrame.isVisible()
    assert stored(database, encounter_id, "chief_complaint") == "Headache"


def test_an_implausible_temperature_is_refused_naming_the_field_and_nothing_is_saved(
        qtbot, runner, doctor, database) -> None:
    editor = open_editor(qtbot, runner, doctor, database)
    qtbot.keyClicks(editor.ui.temperatureEdit, "370")
    editor.ui.recordVitalsButton.click()
    assert "Temperature 370 °C is not plausible" in editor.ui.vitalsError.text()
    assert editor.ui.vitalsError.isVisible()
    assert editor.ui.temperatureEdit.property("invalid") == "true"
    assert editor.ui.temperatureEdit.text() == "370"  # kept, to be corrected
    assert owner_value(database, "SELECT count(*) FROM vital WHERE encounter_id = :e", e=editor.encounter.id) == 0
    assert editor.vitals_rows() == []
    qtbot.keyClicks(editor.ui.pulseEdit, "7x")
    editor.ui.recordVitalsButton.click()
    assert "Pulse: enter a number." in editor.ui.vitalsError.text()


def test_a_high_blood_pressure_is_recorded_and_flagged_in_words_and_colour(qtbot, runner, doctor, database) -> None:
    editor = open_editor(qtbot, runner, doctor, database)
    qtbot.keyClicks(editor.ui.systolicEdit, "190")
    qtbot.keyClicks(editor.ui.diastolicEdit, "120")
    qtbot.keyClicks(editor.ui.weightEdit, "70")
    qtbot.keyClicks(editor.ui.heightEdit, "175")
    assert editor.ui.bmiValue.text() == "22.9 kg/m²"  # live, before anything is recorded
    editor.ui.recordVitalsButton.click()
    assert owner_value(database, "SELECT count(*) FROM vital WHERE encounter_id = :e", e=editor.encounter.id) == 1
    [(measured_at, measured, flags)] = editor.vitals_rows()
    assert len(measured_at) == 5 and measured_at[2] == ":"  # HH:MM on the hospital's clock
    assert "BP 190/120 mmHg" in measured and "BMI 22.9" in measured
    assert flags.startswith("Flagged: ") and "hypertensive crisis" in flags
    item = editor.ui.vitalsTree.topLevelItem(0)
    assert item.text(2) == "Flagged" and item.foreground(2).color().name() == "#8a1c12" and item.font(2).bold()
    assert item.isExpanded() and "hypertensive crisis" in item.child(0).text(0)
    assert "Flagged" in editor.ui.vitalsError.text()
    assert editor.ui.systolicEdit.text() == ""  # ready for the next set


def search_for(qtbot, editor: EncounterEditor, words: str) -> None:
    editor.ui.searchEdit.clear()
    qtbot.keyClicks(editor.ui.searchEdit, words)
    qtbot.waitUntil(lambda: editor.results_for == words, timeout=10_000)


def test_icd10_search_by_words_adds_diagnoses_with_exactly_one_primary(qtbot, runner, doctor, database) -> None:
    editor = open_editor(qtbot, runner, doctor, database)
    search_for(qtbot, editor, "allergic asthma")
    assert "J45.0" in editor.result_codes()
    editor.ui.resultsList.setCurrentRow(editor.result_codes().index("J45.0"))
    editor.ui.addSecondaryButton.click()  # no primary yet: refused
    assert "primary diagnosis first" in editor.ui.diagnosesError.text()
    editor.ui.addPrimaryButton.click()
    assert [(d.icd10_code, d.primary) for d in editor.diagnoses] == [("J45.0", True)]

    search_for(qtbot, editor, "I10")
    editor.ui.addPrimaryButton.click()  # a second primary: refused, nothing changes
    assert "already a primary diagnosis (J45.0)" in editor.ui.diagnosesError.text()
    assert [(d.icd10_code, d.primary) for d in editor.diagnoses] == [("J45.0", True)]
    editor.ui.addSecondaryButton.click()
    assert [(d.icd10_code, d.primary) for d in editor.diagnoses] == [("J45.0", True), ("I10", False)]
    stored_rows = owner_value(database, "SELECT string_agg(icd10_code || ':' || is_primary, ',' ORDER BY icd10_code) "
                                        "FROM encounter_diagnosis WHERE encounter_id = :e", e=editor.encounter.id)
    assert stored_rows == "I10:false,J45.0:true"

    editor.ui.diagnosesTree.setCurrentItem(editor.ui.diagnosesTree.topLevelItem(1))
    editor.ui.makePrimaryButton.click()
    assert [(d.icd10_code, d.primary) for d in editor.diagnoses] == [("I10", True), ("J45.0", False)]
    editor.ui.diagnosesTree.setCurrentItem(editor.ui.diagnosesTree.topLevelItem(1))
    editor.ui.removeDiagnosisButton.click()
    assert [d.icd10_code for d in editor.diagnoses] == ["I10"]

    editor.ui.searchEdit.clear()
    qtbot.keyClicks(editor.ui.searchEdit, "Q99.99")  # not a WHO code: nothing offered, nothing to add
    qtbot.waitUntil(lambda: editor.results_for == "Q99.99", timeout=5000)
    assert editor.result_codes() == []
    editor.ui.addSecondaryButton.click()
    assert "choose it in the list" in editor.ui.diagnosesError.text()


def answer(qtbot, editor: EncounterEditor, button_text: str) -> None:
    box = editor.active_dialog
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
    assert isinstance(button, QAbstractButton)
    button.click()


def test_signing_makes_it_read_only_and_addenda_appear_under_the_note(qtbot, runner, doctor, database) -> None:
    editor = open_editor(qtbot, runner, doctor, database, family="Signedpatient")
    encounter_id = editor.encounter.id
    qtbot.keyClicks(editor.ui.chiefComplaintEdit, "Wheeze")
    qtbot.keyClicks(editor.ui.historyEdit, "Since childhood; worse with cats.")
    qtbot.keyClicks(editor.ui.temperatureEdit, "37.4")
    qtbot.keyClicks(editor.ui.pulseEdit, "88")
    editor.ui.recordVitalsButton.click()
    editor.ui.signButton.click()  # no diagnosis yet
    assert "primary diagnosis before signing" in editor.ui.diagnosesError.text()
    search_for(qtbot, editor, "J45.0")
    editor.ui.addPrimaryButton.click()
    qtbot.keyClicks(editor.ui.planEdit, "Salbutamol as needed")
    screenshot(editor, "encounter-editor-typing")

    signed: list[int] = []
    editor.signed.connect(signed.append)
    editor.ui.signButton.click()
    assert "cannot be changed; corrections are added as addenda" in editor.active_dialog.text()
    answer(qtbot, editor, "Sign")
    qtbot.waitUntil(lambda: signed == [encounter_id], timeout=5000)
    # What was typed just before signing was saved first, then signed.
    assert stored(database, encounter_id, "plan") == "Salbutamol as needed"
    assert stored(database, encounter_id, "status") == "signed"
    assert editor.ui.statusBadge.text() == "Signed"
    assert editor.ui.signedLabel.text().startswith("Signed by Dr Edith Editor at ")
    assert "charged" in editor.ui.messageLabel.text()
    assert not editor.ui.vitalsEntry.isVisible() and not editor.ui.diagnosisEntry.isVisible()
    assert not editor.ui.signButton.isVisible()

    # A second edit is refused: the widgets are read-only, and the database refuses it too.
    qtbot.keyClicks(editor.ui.planEdit, " and more")
    qtbot.keyClicks(editor.ui.chiefComplaintEdit, "x")
    assert editor.ui.planEdit.toPlainText() == "Salbutamol as needed"
    assert editor.ui.chiefComplaintEdit.text() == "Wheeze"
    assert not editor.has_unsaved()
    with pytest.raises(Conflict, match="signed"):
        consultation.save_draft(doctor, encounter_id, {"plan": "changed"}, editor.version)

    editor.ui.addAddendumButton.click()
    dialog = editor.active_dialog
    assert isinstance(dialog, AddendumDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.ui.bodyEdit, "Correction: symptoms worse in spring, not with cats.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(editor.addenda) == 1, timeout=5000)
    assert "Addendum signed by Dr Edith Editor at " in editor.ui.addendaView.toPlainText()
    assert "worse in spring" in editor.ui.addendaView.toPlainText()
    screenshot(editor, "encounter-editor-addendum")

    # Opened again later: the same read-only view with its addendum.
    again = EncounterEditor(ctx=doctor, runner=runner)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.loaded):
        again.show_encounter(encounter_id)
    assert again.ui.statusBadge.text() == "Signed" and again.ui.planEdit.isReadOnly()
    assert "worse in spring" in again.ui.addendaView.toPlainText()
    assert [(d.icd10_code, d.primary) for d in again.diagnoses] == [("J45.0", True)]
    assert len(again.vitals_rows()) == 1


def test_close_and_opening_another_encounter_save_first(qtbot, runner, doctor, database) -> None:
    editor = open_editor(qtbot, runner, doctor, database)
    first = editor.encounter.id
    editor.autosave_pause_ms = editor.autosave_every_ms = 60_000  # only flush saves here
    qtbot.keyClicks(editor.ui.notesEdit, "Phone the lab")
    other = consultation.start_encounter(doctor, new_patient(database))
    with qtbot.waitSignal(editor.loaded):
        editor.show_encounter(other.id)
    assert stored(database, first, "notes") == "Phone the lab"
    assert editor.encounter.id == other.id and editor.ui.notesEdit.toPlainText() == ""
    qtbot.keyClicks(editor.ui.notesEdit, "Bring the old letters")
    with qtbot.waitSignal(editor.closed):
        editor.ui.closeButton.click()
    assert stored(database, other.id, "notes") == "Bring the old letters"
    labs: list[int] = []
    editor.order_labs_requested.connect(labs.append)
    editor.ui.orderLabsButton.click()
    assert labs == [other.id]


def test_mnemonics_are_unique_and_fields_are_named(qtbot, runner, doctor, database) -> None:
    editor = open_editor(qtbot, runner, doctor, database)
    seen: dict[str, str] = {}
    for widget in editor.findChildren(QLabel) + editor.findChildren(QAbstractButton):
        if not widget.isVisibleTo(editor):
            continue
        label = widget.text().replace("&&", "")
        if "&" in label:
            key = label[label.index("&") + 1].lower()
            assert key not in seen, f"Alt+{key}: {seen.get(key)!r} and {label!r}"
            seen[key] = label
    assert "s" not in seen  # Alt+S is the Session menu
    for edit in editor.vital_edits.values():
        assert edit.accessibleName() or any(
            label.buddy() is edit for label in editor.findChildren(QLabel))
    QApplication.processEvents()


def test_diagnoses_set_by_the_service_show_on_open(qtbot, runner, doctor, database) -> None:
    started = consultation.start_encounter(doctor, new_patient(database))
    consultation.set_diagnoses(doctor, started.id, [DiagnosisDraft("E11.9", primary=True)])
    editor = EncounterEditor(ctx=doctor, runner=runner)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded):
        editor.show_encounter(started.id)
    assert [(d.icd10_code, d.primary) for d in editor.diagnoses] == [("E11.9", True)]
    assert editor.ui.diagnosesTree.topLevelItem(0).text(2) == "Primary"


def test_an_over_long_paste_is_kept_and_refused_with_a_message_naming_the_field(
        qtbot, runner, doctor, database) -> None:
    editor = open_editor(qtbot, runner, doctor, database)
    editor.ui.chiefComplaintEdit.setText("A" * 600)  # a paste: nothing cuts it
    qtbot.waitUntil(lambda: editor.save_state() == "Not saved", timeout=5000)
    assert editor.ui.chiefComplaintEdit.text() == "A" * 600
    assert editor.ui.messageLabel.text() == ("Your text is kept but was not saved: Chief complaint: This text can "
                                             "be at most 500 characters.")
    editor.ui.chiefComplaintEdit.setText("A" * 500)
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=5000)
    assert not editor.ui.messageLabel.isVisible()
    assert stored(database, editor.encounter.id, "chief_complaint") == "A" * 500


def test_with_the_real_task_runner_saves_do_not_overlap_and_sign_waits_for_the_last_save(
        qtbot, doctor, database) -> None:
    """On the thread pool, as in the application: typing while a save runs, then signing at once."""
    from hms_desktop.ui.tasks import TaskRunner

    pool = TaskRunner(max_threads=2)
    started = consultation.start_encounter(doctor, new_patient(database))
    editor = EncounterEditor(ctx=doctor, runner=pool)
    qtbot.addWidget(editor)
    editor.autosave_pause_ms, editor.autosave_every_ms, editor.search_delay_ms = 5, 20, 5
    editor.show()
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        editor.show_encounter(started.id)
    for word in ("Fever", " and", " rigors", " since", " Monday"):
        qtbot.keyClicks(editor.ui.chiefComplaintEdit, word)
        qtbot.wait(10)
    qtbot.keyClicks(editor.ui.searchEdit, "malaria")
    qtbot.waitUntil(lambda: editor.results_for == "malaria" and bool(editor.result_codes()), timeout=10_000)
    editor.ui.addPrimaryButton.click()
    qtbot.waitUntil(lambda: bool(editor.diagnoses), timeout=10_000)
    qtbot.keyClicks(editor.ui.planEdit, "Blood film")
    editor.sign()  # while the last words may still be unsaved or saving
    qtbot.waitUntil(editor.is_signed, timeout=10_000)
    assert pool.wait_for_idle(10_000)
    assert stored(database, started.id, "chief_complaint") == "Fever and rigors since Monday"
    assert stored(database, started.id, "plan") == "Blood film"
    assert stored(database, started.id, "status") == "signed"
    assert editor.ui.messageLabel.text().startswith("Signed")
