"""The patient overview dialog: the next appointments and past visits as a receptionist sees them, and no
text promising a module that already exists."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime

from PySide6.QtWidgets import QLabel
from sqlalchemy import text

from hms_desktop.domain.clock import FixedClock
from hms_desktop.domain.patients import PatientDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import patients
from hms_desktop.ui.dialogs.patient_overview import PatientOverview
from hms_desktop.ui.tabs.administration import AdministrationTab

NOW = datetime(2030, 5, 6, 10, 0, tzinfo=UTC)  # 11:00 in London
# Texts that promised a module which now exists.
STALE = re.compile(r"not built yet|arrives? with the|when the .* modules? land|scheduling module|No admissions yet",
                   re.IGNORECASE)


def test_the_overview_shows_the_next_appointment_and_the_past_visit(qtbot, runner, database) -> None:
    doctor = database.add_user(Group.DOCTOR, full_name="Ada Lovelace")
    desk = database.context_for(Group.RECEPTION)
    record = patients.register(desk, PatientDraft(family_name="Overseen", given_name="Olive", sex="F",
                                                  birth_date=date(1966, 6, 6)))
    with database.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": doctor}).scalar_one()
        insert = text("INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, reason, "
                      "completed_at) VALUES (:p, :d, :s, :s + interval '15 minutes', :status, :reason, :done)")
        conn.execute(insert, {"p": record.id, "d": doctor_id, "s": datetime(2030, 5, 8, 13, 30, tzinfo=UTC),
                              "status": "booked", "reason": "Review", "done": None})
        conn.execute(insert, {"p": record.id, "d": doctor_id, "s": datetime(2030, 4, 1, 9, 0, tzinfo=UTC),
                              "status": "completed", "reason": "Knee pain",
                              "done": datetime(2030, 4, 1, 9, 20, tzinfo=UTC)})
        conn.execute(text("INSERT INTO admission (patient_id, reason, admitted_at, discharged_at, disposition) "
                          "VALUES (:p, 'Pneumonia', :a, :a + interval '3 days', 'home')"),
                     {"p": record.id, "a": datetime(2030, 2, 1, 9, 0, tzinfo=UTC)})
    overview = PatientOverview(ctx=dataclasses.replace(desk, clock=FixedClock(NOW)), runner=runner,
                               patient_id=record.id)
    qtbot.addWidget(overview)
    overview.resize(1280, 720)
    overview.show()
    ui = overview.ui
    assert ui.appointmentsGroup.isVisible()
    # 13:30 UTC is 14:30 in the hospital's time zone (BST).
    assert ui.appointmentsLabel.text() == "<b>Wed 08 May 2030 14:30</b> · Ada Lovelace · Booked"
    table = ui.visitsTable
    assert table.isVisible() and not ui.visitsEmptyLabel.isVisible()
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert rows == [
        ["01 Apr 2030 10:00", "Appointment", "10:20", "", "Ada Lovelace", "Knee pain"],
        ["01 Feb 2030 09:00", "Admission", "04 Feb 2030 09:00", "", "", "Pneumonia"],
    ]
    assert "last visit 01 Apr 2030 10:20" in ui.detailsLabel.text()
    texts = [label.text() for label in overview.findChildren(QLabel)]
    assert not [t for t in texts if STALE.search(t)]


def test_reception_records_a_reported_allergy_which_the_chart_marks_unconfirmed(qtbot, runner, database) -> None:
    from hms_desktop.domain.clinical import BreakGlass
    from hms_desktop.services import consultation
    from hms_desktop.ui.dialogs.chart_history_dialogs import AllergyDialog

    desk = database.context_for(Group.RECEPTION)
    record = patients.register(desk, PatientDraft(family_name="Deskallergy", given_name="Dora", sex="F",
                                                  birth_date=date(1980, 1, 2)))
    overview = PatientOverview(ctx=desk, runner=runner, patient_id=record.id)
    qtbot.addWidget(overview)
    overview.show()
    assert overview.ui.allergyButton.isVisible() and overview.ui.allergyButton.isEnabled()
    overview.ui.allergyButton.click()
    dialog = overview.active_dialog
    assert isinstance(dialog, AllergyDialog) and dialog.reception
    assert not dialog.ui.statusCombo.isVisible()  # what the patient reports is active; a doctor decides more
    qtbot.keyClicks(dialog.ui.substanceEdit, "Sulfa drugs")
    qtbot.keyClicks(dialog.ui.reactionEdit, "Rash")
    dialog.ui.severityCombo.setCurrentIndex(dialog.ui.severityCombo.findData("severe"))
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert "reported, not confirmed" in overview.ui.messageLabel.text()

    doctor = database.context_for(Group.DOCTOR)
    banner = consultation.open_chart(doctor, record.id, BreakGlass("emergency")).banner
    assert [(a.substance, a.severity, a.verification, a.source) for a in banner.allergies] == \
        [("Sulfa drugs", "severe", "reported", "patient")]
    doctor_overview = PatientOverview(ctx=doctor, runner=runner, patient_id=record.id)
    qtbot.addWidget(doctor_overview)
    doctor_overview.show()
    assert not doctor_overview.ui.allergyButton.isVisible()  # doctors record allergies in the chart


def test_administration_promises_only_what_is_not_built(qtbot, runner, database) -> None:
    tab = AdministrationTab(ctx=database.context_for(Group.ADMIN), runner=runner)
    qtbot.addWidget(tab)
    titles = [tab.sections.item(i).text() for i in range(tab.sections.count())]
    assert "Slots, tax and insurance plans" not in titles
    texts = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert not re.search(r"when the .* modules? land", texts)
    # Every section is a working screen: no page promises one to come (the wards and beds editor of issue 10
    # gets its section when it exists).
    assert not any(title.startswith("Tax, fees") for title in titles)
    assert "not built yet" not in texts and "Rooms, beds and equipment" not in titles
    assert "Audit trail" in titles and "Fees and prices" in titles  # issues 10.4 and 9 built them


def test_the_overview_says_what_the_recorded_allergies_say(qtbot, runner, database, tmp_path) -> None:
    """Reception sees the flag (``hms_allergy_flag``) in the overview, never the substances."""
    desk = database.context_for(Group.RECEPTION)
    shown = {}
    for name, allergies, none_known in (("Severe", ("severe", "mild"), False), ("Moderate", ("moderate",), True),
                                        ("Nka", (), True), ("Unknown", (), False)):
        record = patients.register(desk, PatientDraft(family_name=f"Allergic{name}", given_name="Alex", sex="F",
                                                      birth_date=date(1970, 1, 1)))
        with database.owner.engine.begin() as conn:
            for severity in allergies:
                conn.execute(text("INSERT INTO allergy (patient_id, substance, severity, source) "
                                  "VALUES (:p, 'Penicillin', :s, 'patient')"), {"p": record.id, "s": severity})
            if none_known:
                conn.execute(text("INSERT INTO allergy_none_known (patient_id) VALUES (:p)"), {"p": record.id})
        overview = PatientOverview(ctx=desk, runner=runner, patient_id=record.id)
        qtbot.addWidget(overview)
        overview.resize(1280, 720)
        overview.show()
        label = overview.ui.allergyLabel
        assert label.isVisible() and "Penicillin" not in label.text()
        shown[name] = (label.text(), label.property("allergy"))
        if name == "Severe":
            overview.grab().save(str(tmp_path / "overview_severe.png"))
    assert shown == {
        "Severe": ("ALLERGIES — SEVERE: check the chart before giving anything", "severe"),
        "Moderate": ("ALLERGIES: check the chart before giving anything", "allergies"),
        "Nka": ("No known allergies", "none_known"),
        "Unknown": ("Allergies not recorded", "not_recorded"),
    }
