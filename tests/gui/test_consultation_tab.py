"""The Consultation tab (issue 8, items 1-3) with real widgets and a real database: Call next opens the chart,
break the glass for a patient found by search, the banner's allergy states (severe in red), encounters page
by page, and the History pane's dialogs round trip."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from factories import new_patient
from helpers import TODAY, at, fixed_clock, submit
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from sqlalchemy import text

from hms_desktop.domain.clinical import AllergyDraft, BreakGlass, DiagnosisDraft, VitalsDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import consultation
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.break_glass_dialog import BreakGlassDialog
from hms_desktop.ui.dialogs.chart_history_dialogs import THEIRS_NOW, AllergyDialog, ProblemDialog
from hms_desktop.ui.tabs.consultation import ConsultationTab
from hms_desktop.ui.tabs.history_pane import add_history_pane
from hms_desktop.ui.widgets.chart_view import SEVERE_INK, ChartView

pytestmark = pytest.mark.usefixtures("app_style")


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture(scope="module")
def doctor_login(database) -> str:
    return database.add_user(Group.DOCTOR, stem="tabdoc", full_name="Dr Tab Chart")


@pytest.fixture(scope="module")
def doctor(database, doctor_login) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=doctor_login, clock=fixed_clock())


@pytest.fixture(scope="module")
def reception(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION, clock=fixed_clock())


@pytest.fixture
def tab(qtbot, runner, doctor) -> ConsultationTab:
    tab = ConsultationTab(ctx=doctor, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    return tab


@pytest.fixture
def chart(qtbot, runner, doctor) -> ChartView:
    view = ChartView(ctx=doctor, runner=runner)
    view.history = add_history_pane(view, ctx=doctor, runner=runner)  # as the Consultation tab does
    qtbot.addWidget(view)
    view.resize(900, 640)
    view.show()
    return view


def checked_in_today(database, doctor: ServiceContext, patient_id: int, *, hour: int = 9) -> int:
    starts = at(TODAY, hour)
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text(
            "INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, checked_in_at) "
            "VALUES (:p, :d, :s, :e, 'checked_in', now()) RETURNING id"),
            {"p": patient_id, "d": doctor.user.staff_id, "s": starts,
             "e": starts + timedelta(minutes=15)}).scalar_one())


def accesses(database, patient_id: int) -> list[tuple[str, str, bool]]:
    with database.owner.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT reason_kind, reason_text, break_glass FROM chart_access WHERE patient_id = :p ORDER BY id"),
            {"p": patient_id})]


def opened(doctor: ServiceContext, patient_id: int) -> consultation.ChartSummary:
    return consultation.open_chart(doctor, patient_id, BreakGlass("emergency"))


def test_call_next_opens_that_patients_chart_and_new_encounter_starts_from_the_appointment(
        database, tab, doctor) -> None:
    patient = new_patient(database, "Queuedchart", "Ada", sex="F")
    appointment = checked_in_today(database, doctor, patient)
    tab.queue.reload()
    assert tab.ui.chartStack.currentWidget() is tab.ui.emptyPage
    assert tab.queue.call_next_button.isEnabled()
    tab.queue.call_next_button.click()

    view = tab.chart_view
    assert tab.ui.chartStack.currentWidget() is tab.ui.chartPage
    assert view.patient_id == patient
    assert view.banner_texts()["name"] == "QUEUEDCHART, Ada"
    assert "MRN" in view.banner_texts()["details"] and "Female" in view.banner_texts()["details"]
    assert accesses(database, patient) == [("care", "", False)]  # a care link: no question asked
    assert tab.queue.open_chart_button.isVisible()

    requested: list[int] = []
    view.encounter_requested.connect(requested.append)
    view.encounters.ui.newButton.click()
    assert len(requested) == 1
    started = consultation.encounter(doctor, requested[0])
    assert (started.kind, started.appointment_id) == ("appointment", appointment)
    assert view.encounters.encounters[0].id == requested[0]
    view.encounters.ui.openButton.click()  # the new draft is chosen: "Open draft" asks for it again
    assert requested == [requested[0], requested[0]]
    screenshot(tab, "consultation_tab")


def test_a_patient_without_a_care_link_needs_a_reason_and_cancel_opens_nothing(qtbot, database, tab) -> None:
    patient = new_patient(database, "Glassbreak", "Ben")
    tab.ui.worklistTabs.setCurrentWidget(tab.ui.searchPage)
    tab.picker.search("Glassbreak")
    assert tab.ui.openSearchButton.isEnabled()  # the single match is chosen
    tab.ui.openSearchButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, BreakGlassDialog) and dialog.isVisible()
    assert "recorded" in dialog.ui.explanationLabel.text() and "reviewed" in dialog.ui.explanationLabel.text()
    screenshot(dialog, "break_glass_dialog")
    dialog.ui.cancelButton = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    dialog.ui.cancelButton.click()
    assert tab.ui.chartStack.currentWidget() is tab.ui.emptyPage and accesses(database, patient) == []

    tab.ui.openSearchButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, BreakGlassDialog)
    dialog.ui.otherRadio.setChecked(True)
    submit(dialog, dialog.ok_button)  # "other" with no words: refused, with a message
    assert dialog.isVisible()
    assert dialog.ui.textError.text() == "Say why you are opening this chart."
    assert accesses(database, patient) == []
    qtbot.keyClicks(dialog.ui.reasonEdit, "Asked by the ward for a second opinion")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert tab.chart_view.patient_id == patient and tab.ui.chartStack.currentWidget() is tab.ui.chartPage
    assert accesses(database, patient) == [("other", "Asked by the ward for a second opinion", True)]


def test_an_emergency_reason_opens_at_once(database, tab) -> None:
    patient = new_patient(database)
    tab.open_patient(patient, label="Someone")
    dialog = tab.active_dialog
    assert isinstance(dialog, BreakGlassDialog)
    dialog.ui.emergencyRadio.setChecked(True)
    dialog.ok_button.click()
    assert tab.chart_view.patient_id == patient
    assert accesses(database, patient) == [("emergency", "", True)]


def red_pixels(widget: QWidget) -> int:
    QApplication.processEvents()
    image = widget.grab().toImage()
    red = QColor(SEVERE_INK)
    count = 0
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - red.red()) < 40 and c.green() < 80 and c.blue() < 80:
                count += 1
    return count


def test_banner_says_each_allergy_state_and_shows_severe_ones_in_red(database, chart, doctor, reception) -> None:
    patient = new_patient(database, "Bannerstate", "Cleo")
    chart.show_chart(opened(doctor, patient))
    texts = chart.banner_texts()
    assert "Allergies not recorded" in texts["allergies"] and "No known" not in texts["allergies"]
    assert texts["medications"] == "None recorded" and texts["vitals"] == "None recorded"
    assert texts["problems"] == "None recorded"

    consultation.record_no_known_allergies(doctor, patient)
    chart.refresh()
    assert chart.banner_texts()["allergies"] == "No known allergies"
    assert red_pixels(chart.ui.allergiesLabel) == 0

    consultation.record_allergy(reception, patient, AllergyDraft("Peanuts", "Anaphylaxis", "severe"))
    consultation.record_allergy(doctor, patient, AllergyDraft("Codeine", "Nausea", "mild"))
    encounter = consultation.start_encounter(doctor, patient)
    consultation.record_vitals(doctor, encounter.id, VitalsDraft(systolic_mmhg=190, diastolic_mmhg=120,
                                                                 pulse_bpm=88), measured_at=at(TODAY, 8))
    chart.refresh()
    allergies = chart.banner_texts()["allergies"]
    assert "Peanuts (Anaphylaxis) <i>— reported, not confirmed</i>" in allergies
    assert f"color:{SEVERE_INK}" in allergies.split("Codeine")[0] and "Codeine (Nausea)" in allergies
    assert "No known allergies" not in allergies
    assert red_pixels(chart.ui.allergiesLabel) > 20
    assert chart.banner_texts()["vitals"] == "BP 190/120 mmHg · pulse 88/min · 2 h ago"
    screenshot(chart, "chart_banner")


def test_encounters_are_paged_newest_first_with_addenda_under_the_original(database, chart, doctor) -> None:
    patient = new_patient(database, "Manyvisits")
    colleague_login = database.add_user(Group.DOCTOR, stem="tabcol")  # not inside the transaction below: it waits
    with database.owner.engine.begin() as conn:
        for days in range(1, 25):
            conn.execute(text("INSERT INTO encounter (patient_id, doctor_id, kind, chief_complaint, created_at) "
                              "VALUES (:p, :d, 'walk_in', :c, now() - make_interval(days => :n))"),
                         {"p": patient, "d": doctor.user.staff_id, "c": f"Visit {days} days ago", "n": days})
        colleague = conn.execute(text("SELECT id FROM staff WHERE username = :u"),
                                 {"u": colleague_login}).scalar_one()
        conn.execute(text("INSERT INTO encounter (patient_id, doctor_id, kind, chief_complaint, created_at) "
                          "VALUES (:p, :d, 'walk_in', 'A colleague''s draft', now() - interval '30 days')"),
                     {"p": patient, "d": colleague})
    newest = consultation.start_encounter(doctor, patient)
    saved = consultation.save_draft(doctor, newest.id, {"chief_complaint": "Cough", "plan": "Rest"}, newest.version)
    consultation.set_diagnoses(doctor, newest.id, [DiagnosisDraft("J20.9", primary=True)])
    consultation.sign_encounter(doctor, newest.id, saved.version)
    consultation.add_addendum(doctor, newest.id, "Chest X-ray normal.")

    chart.show_chart(opened(doctor, patient))
    pane = chart.encounters
    tree = pane.ui.encountersTree
    assert tree.topLevelItemCount() == 20 and pane.ui.pageLabel.text() == "1–20 of 26"
    assert tree.topLevelItem(0).text(5) == "Cough" and tree.topLevelItem(1).text(5) == "Visit 1 days ago"
    assert not pane.ui.previousButton.isEnabled() and pane.ui.nextButton.isEnabled()
    shown = pane.ui.encounterText.toPlainText()  # the newest is chosen: read-only text with its addendum
    assert "Cough" in shown and "J20.9" in shown and "(primary)" in shown
    assert shown.index("Chest X-ray normal.") > shown.index("Rest")
    assert not pane.ui.openButton.isEnabled()  # signed: nothing to open

    pane.ui.nextButton.click()
    assert tree.topLevelItemCount() == 6 and pane.ui.pageLabel.text() == "21–26 of 26"
    assert tree.topLevelItem(4).text(5) == "Visit 24 days ago"
    assert pane.ui.previousButton.isEnabled() and not pane.ui.nextButton.isEnabled()
    assert pane.ui.openButton.isEnabled()  # the doctor's own draft
    tree.setCurrentItem(tree.topLevelItem(5))
    assert tree.topLevelItem(5).text(5) == "A colleague's draft" and not pane.ui.openButton.isEnabled()
    pane.ui.previousButton.click()
    assert pane.ui.pageLabel.text() == "1–20 of 26"


def test_history_add_edit_confirm_and_resolve_round_trip(qtbot, database, chart, doctor, reception) -> None:
    patient = new_patient(database, "Historyround")
    consultation.record_allergy(reception, patient, AllergyDraft("Latex", "Itching", "mild"))
    chart.show_chart(opened(doctor, patient))
    pane = chart.history
    rows = pane.tree_rows(pane.ui.allergiesTree)
    assert rows == [("Latex", "", "Itching", "Mild", "Active", "Patient", "reported, not confirmed")]
    assert "reported, not confirmed" in chart.banner_texts()["allergies"]

    pane.ui.allergiesTree.setCurrentItem(pane.ui.allergiesTree.topLevelItem(0))
    pane.ui.confirmAllergyButton.click()
    assert pane.tree_rows(pane.ui.allergiesTree)[0][-1] == "confirmed"
    assert "reported" not in chart.banner_texts()["allergies"]

    pane.ui.addAllergyButton.click()
    dialog = pane.active_dialog
    assert isinstance(dialog, AllergyDialog)
    qtbot.keyClicks(dialog.ui.substanceEdit, "Amoxicillin")
    qtbot.keyClicks(dialog.ui.drugClassEdit, "Penicillins")
    dialog.ui.severityCombo.setCurrentIndex(dialog.ui.severityCombo.findData("severe"))
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert ("Amoxicillin", "Penicillins", "", "Severe", "Active", "Clinician", "confirmed") in \
        pane.tree_rows(pane.ui.allergiesTree)
    assert f"color:{SEVERE_INK}" in chart.banner_texts()["allergies"]

    # Edit, while someone else changes the same allergy: what was typed stays, a second Save wins.
    amoxicillin = next(a for a in pane.history.allergies if a.substance == "Amoxicillin")
    tree = pane.ui.allergiesTree
    tree.setCurrentItem(next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                             if tree.topLevelItem(i).text(0) == "Amoxicillin"))
    pane.ui.editAllergyButton.click()
    dialog = pane.active_dialog
    assert isinstance(dialog, AllergyDialog) and dialog.allergy == amoxicillin
    consultation.update_allergy(doctor, amoxicillin.id, AllergyDraft("Amoxicillin", "Rash", "moderate"),
                                amoxicillin.version)
    dialog.ui.reactionEdit.setPlainText("Anaphylaxis 2019")
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("inactive"))
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.ui.messageLabel.text() == THEIRS_NOW
    assert dialog.ui.reactionEdit.toPlainText() == "Anaphylaxis 2019"
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert ("Amoxicillin", "Penicillins", "Anaphylaxis 2019", "Severe", "Inactive", "Clinician", "confirmed") in \
        pane.tree_rows(pane.ui.allergiesTree)

    pane.ui.historyTabs.setCurrentWidget(pane.ui.problemsPage)
    pane.ui.addProblemButton.click()
    dialog = pane.active_dialog
    assert isinstance(dialog, ProblemDialog)
    dialog.codes.search("X99.99")  # not a code: nothing to choose, nothing to save
    assert dialog.codes.code is None and not dialog.save_button.isEnabled()
    dialog.codes.search("asthma")
    dialog.ui.codeList.setCurrentRow(0)
    assert dialog.codes.code == "J45"
    dialog.save_button.click()
    assert pane.tree_rows(pane.ui.problemsTree) == [("Problem", "J45", "Asthma", "", "Active")]
    assert chart.banner_texts()["problems"] == "J45 Asthma"
    pane.ui.problemsTree.setCurrentItem(pane.ui.problemsTree.topLevelItem(0))
    pane.ui.resolveProblemButton.click()
    assert pane.tree_rows(pane.ui.problemsTree)[0][-1] == "Resolved"
    assert chart.banner_texts()["problems"] == "None recorded"

    pane.ui.historyTabs.setCurrentWidget(pane.ui.familyPage)
    pane.ui.addFamilyButton.click()
    dialog = pane.active_dialog
    dialog.ui.relationCombo.setCurrentIndex(dialog.ui.relationCombo.findData("father"))
    dialog.codes.search("E11")
    dialog.ui.codeList.setCurrentRow(0)
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Diagnosed at 50")
    dialog.save_button.click()
    assert pane.tree_rows(pane.ui.familyTree) == [("Father", "E11", "Diagnosed at 50")]

    pane.ui.historyTabs.setCurrentWidget(pane.ui.socialPage)
    pane.ui.editSocialButton.click()
    dialog = pane.active_dialog
    dialog.ui.smokingCombo.setCurrentIndex(dialog.ui.smokingCombo.findData("never"))
    dialog.ui.packYearsSpin.setValue(10)
    assert not dialog.save_button.isEnabled()  # pack-years for someone who never smoked
    dialog.ui.smokingCombo.setCurrentIndex(dialog.ui.smokingCombo.findData("current"))
    dialog.ui.alcoholSpin.setValue(14)
    qtbot.keyClicks(dialog.ui.occupationEdit, "Bus driver")
    dialog.save_button.click()
    assert (pane.ui.smokingValue.text(), pane.ui.packYearsValue.text(), pane.ui.alcoholValue.text(),
            pane.ui.occupationValue.text()) == ("Smokes", "10.0", "14 units a week", "Bus driver")
    chart.ui.paneTabs.setCurrentWidget(pane)
    pane.ui.historyTabs.setCurrentWidget(pane.ui.allergiesPage)
    screenshot(chart, "chart_history")
    pane.ui.historyTabs.setCurrentWidget(pane.ui.problemsPage)
    pane.ui.addProblemButton.click()
    pane.active_dialog.codes.search("diab mell")
    screenshot(pane.active_dialog, "problem_dialog")
    pane.active_dialog.discard()


def test_no_known_allergies_button_and_documents_pane(database, chart, doctor, reception) -> None:
    from hms_desktop.services import printing

    patient = new_patient(database)
    printing.log_print(reception, printing.wristband_pdf(reception, patient), "front desk")
    chart.show_chart(opened(doctor, patient))
    pane = chart.history
    assert pane.ui.allergyStateLabel.text().startswith("Allergies not recorded")
    pane.ui.noneKnownButton.click()
    assert pane.ui.allergyStateLabel.text() == "No known allergies (recorded)."
    assert not pane.ui.noneKnownButton.isEnabled()
    assert chart.banner_texts()["allergies"] == "No known allergies"
    rows = chart.documents.rows()
    assert [(r[1], r[2], r[3]) for r in rows] == [("Wristband", "Original", reception.user.full_name)]


def test_add_pane_plugs_a_widget_in_and_shows_it_the_patient(database, chart, doctor) -> None:
    class Pane(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.shown: list[int] = []

        def show_patient(self, patient_id: int) -> None:
            self.shown.append(patient_id)

    first, second = new_patient(database), new_patient(database)
    chart.show_chart(opened(doctor, first))
    pane = Pane()
    index = chart.add_pane(pane, "&Labs")
    assert chart.pane_titles()[index] == "&Labs" and pane.shown == [first]
    chart.show_chart(opened(doctor, second))
    chart.refresh()
    assert pane.shown == [first, second, second]
    with pytest.raises(TypeError):
        chart.add_pane(QWidget(), "Nothing")


def test_an_admitted_patient_opens_without_a_reason_and_new_encounter_is_an_inpatient_one(database, tab,
                                                                                          doctor) -> None:
    patient = new_patient(database, "Wardchart", "Dan")
    with database.owner.engine.begin() as conn:
        ward = conn.execute(text("INSERT INTO ward (name) VALUES ('Tab ward') RETURNING id")).scalar_one()
        room = conn.execute(text("INSERT INTO room (ward_id, name) VALUES (:w, 'T1') RETURNING id"),
                            {"w": ward}).scalar_one()
        bed = conn.execute(text("INSERT INTO bed (room_id, label) VALUES (:r, 'A') RETURNING id"),
                           {"r": room}).scalar_one()
        admission = conn.execute(text("INSERT INTO admission (patient_id, attending_doctor_id, reason) "
                                      "VALUES (:p, :d, 'x') RETURNING id"),
                                 {"p": patient, "d": doctor.user.staff_id}).scalar_one()
        conn.execute(text("INSERT INTO bed_stay (admission_id, bed_id) VALUES (:a, :b)"), {"a": admission, "b": bed})
    tab.ui.worklistTabs.setCurrentWidget(tab.ui.inpatientsPage)  # shown: reread
    tree = tab.ui.inpatientsTree
    row = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(0).startswith("WARDCHART, Dan"))
    assert row.text(1) == "Tab ward · T1 · A"
    tree.setCurrentItem(row)
    tab.ui.openInpatientButton.click()
    assert tab.active_dialog is None  # an admission under this doctor is a care link
    assert tab.chart_view.patient_id == patient
    requested: list[int] = []
    tab.chart_view.encounter_requested.connect(requested.append)
    tab.chart_view.encounters.ui.newButton.click()
    started = consultation.encounter(doctor, requested[0])
    assert (started.kind, started.admission_id) == ("admission", admission)
