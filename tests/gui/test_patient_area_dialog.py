"""The area on the patient form (migration 0034), as a receptionist uses it: the areas already used are offered
as they type (read through the runner), a new patient is registered with one, an existing one is changed, the
overview shows it, and the form still fits a 1280 × 720 screen."""

from __future__ import annotations

import dataclasses
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import submit
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialogButtonBox

from hms_desktop.domain.patients import PatientDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import patients
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.patient_dialog import PatientDialog
from hms_desktop.ui.dialogs.patient_overview import PatientOverview

pytestmark = pytest.mark.usefixtures("app_style")

SMALL = QSize(1280, 690)  # 1280 × 720 less a window frame (tests/gui/test_fit_720.py)


@pytest.fixture(scope="module")
def reception(database) -> ServiceContext:
    ctx = database.context_for(Group.RECEPTION)
    for family, area in (("Areaguia", "Wetherby"), ("Areaguib", "Wetherby"), ("Areaguic", "Otley")):
        patients.register(ctx, PatientDraft(family_name=family, given_name="Known", sex="M",
                                            birth_date=date(1960, 1, 1), area=area), confirmed_new=True)
    return ctx


def save(dialog: PatientDialog) -> None:
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))


def test_register_with_an_area_chosen_from_those_already_used(qtbot, runner, reception) -> None:
    dialog = PatientDialog(ctx=reception, runner=runner, region="GB")
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    qtbot.keyClicks(ui.familyNameEdit, "Areaguinew")
    qtbot.keyClicks(ui.givenNameEdit, "Nora")
    qtbot.keyClicks(ui.sexCombo, "F")
    qtbot.keyClicks(ui.birthDateEdit, "02/03/1984")
    qtbot.keyClicks(ui.addressEdit, "8 Bondgate, Otley LS21 1AA")
    qtbot.keyClicks(ui.areaEdit, "ETH")  # any part of the name, whatever its case
    completer = dialog.area_completer
    offered = [completer.completionModel().index(r, 0).data() for r in range(completer.completionModel().rowCount())]
    assert offered == ["Wetherby"]
    assert completer.model().index(0, 0).data() == "Wetherby"  # the most used first
    ui.areaEdit.setText("  Wetherby ")  # the completion chosen, with the spaces a paste brings
    save(dialog)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=3000)
    assert dialog.record is not None and dialog.record.draft.area == "Wetherby"
    assert patients.get(reception, dialog.record.id).draft.area == "Wetherby"


def test_edit_the_area_and_see_it_in_the_overview(qtbot, runner, reception) -> None:
    record = patients.register(reception, PatientDraft(family_name="Areaguiedit", given_name="Olu", sex="M",
                                                       birth_date=date(1990, 4, 4), area="Otley"), confirmed_new=True)
    dialog = PatientDialog(ctx=reception, runner=runner, existing=record, region="GB")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.areaEdit.text() == "Otley"
    dialog.ui.areaEdit.setText("Ilkley")
    save(dialog)
    qtbot.waitUntil(lambda: dialog.record is not None and dialog.record.version > record.version, timeout=3000)
    assert patients.get(reception, record.id).draft.area == "Ilkley"

    overview = PatientOverview(ctx=reception, runner=runner, patient_id=record.id)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitUntil(lambda: overview.ui.areaValue.text() == "Ilkley", timeout=3000)


def test_an_area_too_long_is_explained_under_the_field(qtbot, runner, reception) -> None:
    record = patients.register(reception, PatientDraft(family_name="Areaguilong", given_name="Ada", sex="F",
                                                       birth_date=date(1991, 5, 5)), confirmed_new=True)
    dialog = PatientDialog(ctx=reception, runner=runner, existing=record, region="GB")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.areaEdit.setText("Llanfair" * 20)
    save(dialog)
    assert dialog.ui.areaError.text() == "Area: too long (at most 80 characters)."
    assert patients.get(reception, record.id).draft.area is None
    assert dataclasses.replace(record.draft) == patients.get(reception, record.id).draft


def test_the_form_with_its_area_fits_1280_by_720(qtbot, runner, reception) -> None:
    dialog = PatientDialog(ctx=reception, runner=runner, region="GB")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), hint
    assert dialog.height() <= SMALL.height()
    qtbot.keyClicks(dialog.ui.areaEdit, "w")
    popup = dialog.area_completer.popup()
    assert popup.isVisible() and popup.model().index(0, 0).data() == "Wetherby"
    if folder := os.environ.get("HMS_SCREENSHOT_DIR"):
        dialog.grab().save(str(Path(folder) / "patient-form-area.png"))
        popup.grab().save(str(Path(folder) / "patient-form-area-popup.png"))


def test_the_report_runner_shows_patients_by_area_with_its_bar_chart(qtbot, runner, database, reception) -> None:
    from hms_desktop.ui.tabs.report_runner import ReportRunner

    page = ReportRunner(ctx=database.context_for(Group.ADMIN), runner=runner)
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: bool(page.definitions), timeout=10000)
    assert page.select_report("patients-by-area")
    today = date.today()
    page.set_range(today - timedelta(days=1), today + timedelta(days=1))  # the module registered them today
    with qtbot.waitSignal(page.finished, timeout=10000) as finished:
        page.view.ui.runButton.click()
    assert finished.args == ["done"]
    qtbot.wait(50)  # QtCharts lays out its axes on the next turn of the event loop
    table = page.view.ui.resultTable
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Area", "Registered", "On record", "Visits"]
    areas = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert areas[0] == "Wetherby" and "Otley" in areas  # the most patients first
    assert "(not recorded)" not in areas[:-1]  # patients without an area: the last row, if any
    assert page.chart.series_names == ["Registered", "Visits"]
    if folder := os.environ.get("HMS_SCREENSHOT_DIR"):
        page.grab().save(str(Path(folder) / "report-patients-by-area.png"))
