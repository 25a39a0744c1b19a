"""The chart's medications pane: current medications from prescriptions and from elsewhere, Stop with a
reason, Renew in two clicks (Renew…, then Issue in the prescribing dialog), the timeline, and the
prescriptions list with Print or reprint."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from factories import new_patient
from helpers import fixed_clock
from PySide6.QtCore import QItemSelectionModel, Qt

from hms_desktop.domain.prescribing import KnowledgeBase, PrescriptionLine
from hms_desktop.domain.staff import Group
from hms_desktop.services import consultation, prescribing
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.prescription_dialog import PrescriptionDialog, connect_medications_pane
from hms_desktop.ui.widgets.medications_pane import MedicationsPane

SHOTS = os.environ.get("HMS_SCREENSHOTS")


@pytest.fixture(scope="module")
def doctor(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.DOCTOR, clock=fixed_clock())


def prescribed(database, doctor: ServiceContext) -> tuple[int, int]:
    prescribing.use_knowledge_folder(None)
    kb = prescribing.knowledge_source()
    assert isinstance(kb, KnowledgeBase)
    patient = new_patient(database, "Medlist")
    encounter = consultation.start_encounter(doctor, patient).id
    lines = [PrescriptionLine.new(1, kb.drug("aspirin-75-mg-dispersible-tablet")),  # type: ignore[arg-type]
             PrescriptionLine.new(2, kb.drug("amlodipine-5-mg-tablet"))]  # type: ignore[arg-type]
    prescribing.issue_prescription(doctor, encounter, lines)
    return patient, encounter


def rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def select_row(pane: MedicationsPane, name: str) -> None:
    table = pane.ui.currentTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(name))
    table.selectionModel().select(table.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)


def test_the_pane_lists_stops_adds_and_renews(qtbot, runner, database, doctor, app_style) -> None:
    patient, encounter = prescribed(database, doctor)
    pane = MedicationsPane(ctx=doctor, runner=runner)
    connect_medications_pane(pane, ctx=doctor, runner=runner)
    qtbot.addWidget(pane)
    pane.resize(1000, 600)
    pane.show()
    pane.show_patient(patient)
    ui = pane.ui
    current = rows(ui.currentTable)
    assert sorted(r[0] for r in current) == ["amlodipine 5 mg tablet", "aspirin 75 mg dispersible tablet"]
    number = prescribing.prescriptions_of(doctor, patient)[0].number
    assert all(r[3] == number for r in current)
    assert not ui.stopButton.isEnabled()

    # Stop with a reason (none given: the pane says so and stops nothing).
    select_row(pane, "amlodipine")
    assert ui.stopButton.isEnabled()
    qtbot.mouseClick(ui.stopButton, Qt.MouseButton.LeftButton)
    assert "Say why" in ui.messageLabel.text() and len(rows(ui.currentTable)) == 2
    qtbot.keyClicks(ui.stopReasonEdit, "Ankle swelling")
    qtbot.mouseClick(ui.stopButton, Qt.MouseButton.LeftButton)
    assert [r[0] for r in rows(ui.currentTable)] == ["aspirin 75 mg dispersible tablet"]
    timeline = rows(ui.timelineTable)
    assert timeline[0][1:3] == ["Stopped", "amlodipine 5 mg tablet"] and timeline[0][4] == "Ankle swelling"

    # Prescribed elsewhere: a formulary name typed in full is known to the checks.
    qtbot.keyClicks(ui.externalNameEdit, "simvastatin 40 mg tablet")
    qtbot.keyClicks(ui.externalByEdit, "Dr Shah (GP)")
    qtbot.mouseClick(ui.externalAddButton, Qt.MouseButton.LeftButton)
    assert rows(ui.currentTable)[0][:2] == ["simvastatin 40 mg tablet", "—"]
    assert rows(ui.currentTable)[0][3] == "elsewhere: Dr Shah (GP)"
    qtbot.mouseClick(ui.externalAddButton, Qt.MouseButton.LeftButton)  # nothing typed
    assert "Name the medication" in ui.externalError.text()

    # Renew in two clicks: Renew…, then Issue.
    pane.set_encounter(encounter)
    select_row(pane, "aspirin")
    qtbot.mouseClick(ui.renewButton, Qt.MouseButton.LeftButton)
    dialog = pane.active_dialog
    assert isinstance(dialog, PrescriptionDialog)
    assert [line.drug.id for line in dialog.lines] == ["aspirin-75-mg-dispersible-tablet"]
    with qtbot.waitSignal(pane.medications_changed, timeout=5000):
        qtbot.mouseClick(dialog.ui.issueButton, Qt.MouseButton.LeftButton)
    renewed = dialog.issued_prescription
    assert renewed is not None
    aspirin = next(r for r in rows(ui.currentTable) if r[0].startswith("aspirin"))
    assert aspirin[3] == renewed.prescription.number
    assert len(rows(ui.prescriptionsTable)) == 2
    dialog.close()
    if SHOTS:
        ui.historyTabs.setCurrentIndex(0)
        pane.grab().save(os.path.join(SHOTS, "medications_pane.png"))

    # Print or reprint from the list: the preview for the chosen prescription.
    ui.historyTabs.setCurrentIndex(1)
    ui.prescriptionsTable.setCurrentCell(0, 0)
    qtbot.mouseClick(ui.printButton, Qt.MouseButton.LeftButton)
    preview = pane.active_dialog
    assert preview is not None and preview.job.subject == renewed.prescription.number
    preview.close()


def test_renew_without_a_consultation_says_what_to_do(qtbot, runner, database, doctor) -> None:
    patient, _encounter = prescribed(database, doctor)
    pane = MedicationsPane(ctx=doctor, runner=runner)
    connect_medications_pane(pane, ctx=doctor, runner=runner)
    qtbot.addWidget(pane)
    pane.show_patient(patient)
    select_row(pane, "aspirin")
    qtbot.mouseClick(pane.ui.renewButton, Qt.MouseButton.LeftButton)
    assert "consultation" in pane.ui.messageLabel.text() and pane.active_dialog is None
