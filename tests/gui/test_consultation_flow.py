"""The Consultation tab as one piece (issue 8, "Done means"): the chart opens the encounter editor; the
editor's Order labs and Prescribe open their dialogs; ordered tests appear on the "Lab work" page and in the
chart's Labs pane; a critical result of this doctor's order shows in the red banner; signing brings the chart
back up to date; the banner lists the medications a prescription started."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from factories import new_patient
from helpers import TODAY, at, fixed_clock
from PySide6.QtCore import Qt
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import labs
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.order_labs_dialog import OrderLabsDialog
from hms_desktop.ui.dialogs.prescription_dialog import PrescriptionDialog
from hms_desktop.ui.tabs.consultation import ConsultationTab

pytestmark = pytest.mark.usefixtures("app_style")


@pytest.fixture(scope="module")
def doctor(database) -> Iterator[ServiceContext]:
    login = database.add_user(Group.DOCTOR, stem="flowdoc", full_name="Dr Flow Through")
    yield from database.logged_in(username=login, clock=fixed_clock())


@pytest.fixture(scope="module")
def lab_user(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.DOCTOR, clock=fixed_clock())


@pytest.fixture
def tab(qtbot, runner, doctor) -> ConsultationTab:
    tab = ConsultationTab(ctx=doctor, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    return tab


def called_in(database, tab: ConsultationTab, doctor: ServiceContext, family: str, hour: int) -> int:
    """A checked-in patient of today, called from the tab's queue: their chart opens. The patient an earlier
    test left in consultation is seen off first (Call next waits for the room to be free)."""
    patient = new_patient(database, family, "Ada", sex="F", birth=date(1961, 4, 9))  # an adult: adult ranges
    starts = at(TODAY, hour)
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE appointment SET status = 'completed' WHERE doctor_id = :d "
                          "AND status = 'in_consultation'"), {"d": doctor.user.staff_id})
        conn.execute(text(
            "INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, checked_in_at) "
            "VALUES (:p, :d, :s, :e, 'checked_in', now())"),
            {"p": patient, "d": doctor.user.staff_id, "s": starts, "e": starts + timedelta(minutes=15)})
    tab.queue.reload()
    tab.queue.call_next_button.click()
    assert tab.chart_view.patient_id == patient
    return patient


def test_new_encounter_opens_the_editor_and_closing_it_returns_to_the_chart(database, qtbot, tab, doctor) -> None:
    called_in(database, tab, doctor, "Flowedit", 9)
    with qtbot.waitSignal(tab.editor.loaded):
        tab.chart_view.encounters.ui.newButton.click()
    assert tab.ui.chartStack.currentWidget() is tab.editor
    assert tab.editor.encounter is not None and tab.editor.encounter.patient_name.startswith("FLOWEDIT")
    qtbot.keyClicks(tab.editor.ui.chiefComplaintEdit, "Cough for a week")
    tab.editor.close_requested()
    qtbot.waitUntil(lambda: tab.ui.chartStack.currentWidget() is tab.ui.chartPage)
    assert "Cough for a week" in tab.chart_view.encounters.encounters[0].chief_complaint


def test_order_labs_from_the_editor_then_a_critical_result_reaches_the_banner(
        database, qtbot, tab, doctor, lab_user) -> None:
    patient = called_in(database, tab, doctor, "Flowlab", 10)
    with qtbot.waitSignal(tab.editor.loaded):
        tab.chart_view.encounters.ui.newButton.click()
    tab.editor.ui.orderLabsButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, OrderLabsDialog)
    qtbot.waitUntil(lambda: bool(dialog.catalogue))
    dialog.check("K", "HGB")
    with qtbot.waitSignal(dialog.ordered):
        dialog.ok_button.click()
    order = dialog.order
    assert order is not None and len(order.tests) == 2

    # The lab user's worklist: the "Lab work" page fills the right side, and gives the chart back after.
    tab.ui.worklistTabs.setCurrentWidget(tab.labWorkPage)
    assert tab.ui.chartStack.currentWidget() is tab.lab_worklist
    tab.ui.worklistTabs.setCurrentIndex(0)
    assert tab.ui.chartStack.currentWidget() is tab.editor

    potassium = next(t for t in order.tests if t.test_code == "K")
    labs.enter_result(lab_user, potassium.item_id, "7.1")
    # Without a live connection in this test the banner catches up as it does after a reconnection
    # (the LISTEN round trip itself: tests/gui/test_labs_gui.py).
    tab.critical_alerts.catch_up()
    qtbot.waitUntil(tab.critical_banner.isVisible)
    assert tab.critical_banner.current is not None
    assert tab.critical_banner.current.patient_id == patient
    tab.critical_banner.ui.acknowledgeButton.click()
    qtbot.waitUntil(lambda: not tab.critical_banner.isVisible())

    tab.labs_pane.show_patient(patient)
    qtbot.waitUntil(lambda: tab.labs_pane.results is not None)
    assert tab.labs_pane.results is not None and tab.labs_pane.results.series_of("K") is not None


def test_prescribe_from_the_editor_and_the_banner_lists_the_medication(database, qtbot, tab, doctor) -> None:
    called_in(database, tab, doctor, "Flowrx", 11)
    with qtbot.waitSignal(tab.editor.loaded):
        tab.chart_view.encounters.ui.newButton.click()
    tab.editor.ui.prescribeButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, PrescriptionDialog)
    assert tab.editor.encounter is not None and tab.medications_pane.encounter_id == tab.editor.encounter.id
    ui = dialog.ui
    qtbot.keyClicks(ui.searchEdit, "amlod")
    ui.resultList.setCurrentRow(0)
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    assert ui.linesTable.rowCount() == 1
    with qtbot.waitSignal(dialog.issued, timeout=5000):
        qtbot.mouseClick(ui.issueButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "amlodipine" in tab.chart_view.banner_texts()["medications"])
