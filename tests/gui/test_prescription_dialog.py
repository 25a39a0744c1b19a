"""The prescribing dialog as a doctor uses it: warfarin for a patient on aspirin shows the major alert; Issue
is refused until a reason is typed, then the prescription is issued and printed (a reprint says COPY); a
missing or broken knowledge base shows the loud banner that the checks are OFF."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from factories import new_patient
from helpers import fixed_clock
from PySide6.QtCore import Qt
from sqlalchemy import text

from hms_desktop.domain.prescribing import KnowledgeBase, PrescriptionLine
from hms_desktop.domain.staff import Group
from hms_desktop.services import consultation, prescribing, printing
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.prescription_dialog import PrescriptionDialog

SHOTS = os.environ.get("HMS_SCREENSHOTS")  # a folder: the test saves what it shows there, to look at


@pytest.fixture(scope="module")
def doctor(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.DOCTOR, clock=fixed_clock())


@pytest.fixture(autouse=True)
def shipped_knowledge_base() -> Iterator[None]:
    prescribing.use_knowledge_folder(None)
    yield
    prescribing.use_knowledge_folder(None)


def on_aspirin(database, doctor: ServiceContext) -> tuple[int, int]:
    patient = new_patient(database, "Aspirinson")
    encounter = consultation.start_encounter(doctor, patient).id
    kb = prescribing.knowledge_source()
    assert isinstance(kb, KnowledgeBase)
    aspirin = kb.drug("aspirin-75-mg-dispersible-tablet")
    assert aspirin is not None
    prescribing.issue_prescription(doctor, encounter, [PrescriptionLine.new(1, aspirin)])
    return patient, encounter


def open_dialog(qtbot, runner, doctor, encounter: int) -> PrescriptionDialog:
    dialog = PrescriptionDialog(ctx=doctor, runner=runner, encounter_id=encounter)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 680)
    dialog.show()
    return dialog


def test_warfarin_for_a_patient_on_aspirin_needs_a_reason_then_issues_and_prints(
        qtbot, runner, database, doctor, app_style, tmp_path) -> None:
    patient, encounter = on_aspirin(database, doctor)
    dialog = open_dialog(qtbot, runner, doctor, encounter)
    ui = dialog.ui
    assert "aspirin 75 mg dispersible tablet" in ui.noticeLabel.text()
    assert not ui.checksOffBanner.isVisible()
    qtbot.keyClicks(ui.searchEdit, "warf")
    found = [ui.resultList.item(i).text() for i in range(ui.resultList.count())]
    assert found and all(text.startswith("warfarin") for text in found)
    ui.resultList.setCurrentRow(next(i for i, t in enumerate(found) if t.startswith("warfarin 5 mg")))
    assert ui.doseSpin.value() == 5 and ui.frequencyCombo.currentData() == "OD" and ui.durationSpin.value() == 30
    assert ui.quantitySpin.value() == 30 and ui.quantityUnitLabel.text() == "tablets"
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    assert ui.linesTable.rowCount() == 1 and ui.linesTable.item(0, 0).text() == "1"
    alerts = [ui.alertsList.item(i).text() for i in range(ui.alertsList.count())]
    assert alerts[0].startswith("MAJOR interaction (line 1)") and "aspirin" in alerts[0]
    assert "bleeding" in alerts[0].lower()
    # Issue is refused until a reason is typed.
    assert not ui.issueButton.isEnabled()
    dialog.try_accept()
    assert ui.overrideError.isVisible() and "reason" in ui.overrideError.text()
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "prescription_alert.png"))
    qtbot.keyClicks(ui.overrideReasonEdit, "INR checked weekly; benefit outweighs risk")
    assert ui.issueButton.isEnabled()
    with qtbot.waitSignal(dialog.issued, timeout=5000):
        qtbot.mouseClick(ui.issueButton, Qt.MouseButton.LeftButton)
    issued = dialog.issued_prescription
    assert issued is not None and issued.prescription.number in ui.messageLabel.text()
    assert [o.reason for o in issued.prescription.overrides] == ["INR checked weekly; benefit outweighs risk"]
    assert not ui.issueButton.isEnabled() and not ui.searchEdit.isEnabled() and ui.printButton.isEnabled()
    with database.owner.engine.connect() as conn:
        meds = conn.execute(text("SELECT drug_name FROM prescription_medication WHERE patient_id = :p "
                                 "AND status = 'active' ORDER BY id"), {"p": patient}).scalars().all()
    assert meds == ["aspirin 75 mg dispersible tablet", "warfarin 5 mg tablet"]
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "prescription_issued.png"))

    # Print: the preview as for wristbands; saving logs the print, and the next print says COPY.
    qtbot.mouseClick(ui.printButton, Qt.MouseButton.LeftButton)
    preview = dialog.active_dialog
    assert preview is not None and not preview.job.is_copy
    assert preview.save_to(str(tmp_path / "rx.pdf"))
    qtbot.waitUntil(lambda: preview.job.is_copy, timeout=5000)
    again = prescribing.print_prescription(doctor, issued.prescription.id)
    assert again.is_copy and again.subject == issued.prescription.number
    preview.close()


def test_a_broken_knowledge_base_shows_the_loud_banner(qtbot, runner, database, doctor, app_style, tmp_path) -> None:
    (tmp_path / "formulary.json").write_text('{"format": "wrong"}', encoding="utf-8")
    (tmp_path / "interactions.json").write_text("[]", encoding="utf-8")
    patient = new_patient(database, "Unchecked")
    encounter = consultation.start_encounter(doctor, patient).id
    prescribing.use_knowledge_folder(tmp_path)
    dialog = open_dialog(qtbot, runner, doctor, encounter)
    ui = dialog.ui
    assert ui.checksOffBanner.isVisible()
    assert ui.checksOffBanner.text().startswith("Interaction and allergy checks are OFF: ")
    assert "interactions.json" in ui.checksOffBanner.text()
    assert ui.checksOffBanner.grab().toImage().pixelColor(3, 3).name() == "#b42318"  # red, from style.qss
    qtbot.keyClicks(ui.searchEdit, "warf")
    assert ui.resultList.count() == 1 and "unavailable" in ui.resultList.item(0).text()
    assert not ui.addButton.isEnabled() and not ui.issueButton.isEnabled()
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "prescription_checks_off.png"))


def test_a_renewal_opens_with_its_lines_checked(qtbot, runner, database, doctor) -> None:
    patient, encounter = on_aspirin(database, doctor)
    medication = prescribing.current_medications(doctor, patient)[0]
    draft = prescribing.renew_prescription(doctor, encounter, medication_ids=[medication.id])
    dialog = open_dialog(qtbot, runner, doctor, encounter)
    dialog.deleteLater()
    renewing = PrescriptionDialog(ctx=doctor, runner=runner, encounter_id=encounter, renewal=draft)
    qtbot.addWidget(renewing)
    renewing.show()
    ui = renewing.ui
    assert ui.linesTable.rowCount() == 1 and "aspirin" in ui.linesTable.item(0, 1).text()
    assert ui.alertsList.item(0).text() == "No alerts."  # the renewed aspirin is not a duplicate of itself
    assert ui.issueButton.isEnabled()
    with qtbot.waitSignal(renewing.issued, timeout=5000):
        qtbot.mouseClick(ui.issueButton, Qt.MouseButton.LeftButton)
    current = prescribing.current_medications(doctor, patient)
    assert [m.prescription_number for m in current] == [renewing.issued_prescription.prescription.number]
    assert printing.DOCUMENTS.get("prescription") == "Prescription"


def test_the_dialog_and_the_pane_fit_1280_by_720(qtbot, runner, database, doctor, app_style) -> None:
    from test_fit_720 import SMALL, check

    from hms_desktop.ui.widgets.medications_pane import MedicationsPane

    patient, encounter = on_aspirin(database, doctor)
    dialog = PrescriptionDialog(ctx=doctor, runner=runner, encounter_id=encounter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= SMALL.width() and dialog.height() <= SMALL.height()
    assert check(dialog, SMALL, "prescription") == []
    pane = MedicationsPane(ctx=doctor, runner=runner)
    qtbot.addWidget(pane)
    pane.show_patient(patient)
    pane.show()
    assert check(pane, SMALL, "medications pane") == []


def test_a_name_typed_while_the_formulary_loads_is_searched_once_it_has(qtbot, runner, database, doctor) -> None:
    """A quick doctor types "warf" before the formulary is in: the list must not stay empty until the next key."""
    _patient, encounter = on_aspirin(database, doctor)
    dialog = open_dialog(qtbot, runner, doctor, encounter)
    qtbot.waitUntil(lambda: dialog.context is not None)
    loaded, dialog.context = dialog.context, None  # as the dialog is before its load answers
    dialog.ui.searchEdit.setText("warf")
    assert dialog.ui.resultList.count() == 0
    dialog._loaded(loaded)  # the load answers
    found = [dialog.ui.resultList.item(i).text() for i in range(dialog.ui.resultList.count())]
    assert found and all(text.startswith("warfarin") for text in found)
