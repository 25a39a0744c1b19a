"""The screens test_fit_200 does not open fit 960 × 520 at 200 % too (issue 15, item 3).

The print preview, batch printing, a patient's audit trail and the login (test_accessibility_walk's
MORE_DIALOGS); a report's drill-down; the report runner and the builder with a report run over the demo
hospital's data; a transfer and a discharge from a bed; the possible-duplicates and the conflict dialogs of
registration; an insurer's remittance for the demo's submitted claim batch; a patient's policies and the
patient form editing them; the language, an addendum and a catalogue entry's conflict. Each is checked as test_fit_200
checks its screens (``off_screen``): no larger than the screen, nothing a person cannot see or scroll to.

The demo hospital (test_fit_720's ``hospital``) gives the reports rows and long names, the wards their beds
and the claims their submitted batch.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from factories import new_patient
from helpers import DEFAULT_PASSWORD, log_in
from PySide6.QtWidgets import QApplication, QDialog
from test_accessibility_walk import (
    MORE_DIALOGS,
    ROLES,
    wards,  # noqa: F401  (a fixture used by name)
)
from test_fit_200 import AT_200, off_screen
from test_fit_720 import LARGER, check, demo_roles, hospital, open_window  # noqa: F401  (fixtures used by name)
from test_keyboard import (  # noqa: F401  (fixtures used by name)
    DIALOGS,
    admin,
    doctor_id,
    every_screen,
    every_screen_and_section,
)

from hms_desktop.domain.demo import DEMO_PASSWORD
from hms_desktop.domain.reports import DrillDown, DrillRow
from hms_desktop.domain.staff import Group, Module
from hms_desktop.services import admissions, patients
from hms_desktop.services.billing import claims
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.patients import DuplicateCandidate, PatientDraft, PatientSummary

pytestmark = pytest.mark.usefixtures("app_style")

LONG_FAMILY = "Al-Rashidi-Montgomery-Papadopoulou"
LONG_GIVEN = "Anna-Maria Konstantina"


def fits(qtbot, dialog: QDialog, name: str) -> list[str]:
    """Show ``dialog`` as a window manager would on a 960 × 520 screen and say what does not fit."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # A window manager keeps a window on its screen: a dialog larger than the screen is cut to it.
    dialog.resize(min(dialog.width(), AT_200.width()), min(dialog.height(), AT_200.height()))
    problems: list[str] = []
    for screen in every_screen(dialog):
        problems += off_screen(dialog, AT_200, f"{name} {screen}")
    return problems


@pytest.fixture(scope="module")
def reception(hospital) -> Iterator[ServiceContext]:  # noqa: F811
    yield from hospital.logged_in(Group.RECEPTION)


@pytest.mark.parametrize("name", list(MORE_DIALOGS))
def test_the_other_dialogs_fit_960_by_520(qtbot, runner, database, admin, doctor_id, name) -> None:  # noqa: F811
    dialog = MORE_DIALOGS[name](admin, runner, database, doctor_id)
    problems = fits(qtbot, dialog, name)
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_a_reports_drill_down_fits_960_by_520(qtbot) -> None:
    from hms_desktop.ui.dialogs.report_drill_dialog import ReportDrillDialog

    rows = tuple(DrillRow(mrn=f"{10000000 + i}", patient_name=f"{LONG_FAMILY}, {LONG_GIVEN} {i}",
                          when=datetime(2025, 1, 1 + i % 28, 9, 30),
                          detail="No-show with Dr Konstantinos Papadopoulos-Whitfield") for i in range(60))
    drill = DrillDown("No-shows — January 2025, Obstetrics & Gynaecology (1 Jan 2025 – 31 Dec 2025)", rows, True)
    problems = fits(qtbot, ReportDrillDialog(drill), "report drill-down")
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_report_runner_and_builder_with_results_fit_960_by_520(qtbot, open_window) -> None:  # noqa: F811
    """As test_fit_720's reports test: a report of the demo's two months run in the runner, then the builder's
    no-show rate by specialty by month, each with its table and chart shown."""
    window = open_window("admin", AT_200)
    tab = window.module_widgets[Module.REPORTS]
    window.tabs.setCurrentWidget(tab)
    today = window.ctx.clock.now().date()
    tab.ui.sections.setCurrentIndex(1)
    page = tab.runner_page
    qtbot.waitUntil(lambda: bool(page.definitions))
    assert page.select_report("appointment-volume")
    page.set_range(today - timedelta(days=30), today + timedelta(days=30))
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.run()
    QApplication.processEvents()
    assert page.view.ui.resultTable.rowCount() > 0
    problems = off_screen(window, AT_200, "report runner with results")
    # Readable, not only reachable: the column scrolls, and the table shows five rows or more (it showed three).
    table = page.view.ui.resultTable
    assert table.viewport().height() >= 5 * table.rowHeight(0), table.viewport().height()

    tab.ui.sections.setCurrentIndex(2)
    builder = tab.builder_page
    qtbot.waitUntil(lambda: builder.choices is not None)
    for combo, data in ((builder.ui.subjectCombo, "appointments"), (builder.ui.measureCombo, "rate:no_show"),
                        (builder.ui.dim1Combo, "month"), (builder.ui.dim2Combo, "specialty")):
        combo.setCurrentIndex(combo.findData(data))
    builder.set_range(today - timedelta(days=30), today + timedelta(days=30))
    with qtbot.waitSignal(builder.finished, timeout=10000):
        builder.run()
    QApplication.processEvents()
    assert builder.view.ui.resultTable.rowCount() > 0
    problems += off_screen(window, AT_200, "report builder with results")
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_builders_choices_scroll_only_when_the_screen_is_short(qtbot, open_window) -> None:  # noqa: F811
    """At 200 % the builder's column of choices scrolls; at 1366 × 768 it has the room: no scroll bar, and the
    area costs its fields no width (the measure names are whole: test_fit_720's checks)."""
    window = open_window("admin", LARGER)
    tab = window.module_widgets[Module.REPORTS]
    window.tabs.setCurrentWidget(tab)
    tab.ui.sections.setCurrentIndex(2)
    builder = tab.builder_page
    qtbot.waitUntil(lambda: builder.choices is not None)
    builder.ui.measureCombo.setCurrentIndex(builder.ui.measureCombo.count() - 1)
    QApplication.processEvents()
    bar = builder.choices_scroll.verticalScrollBar()
    assert not bar.isVisible()
    assert not builder.choices_scroll.horizontalScrollBar().isVisible()
    problems = check(window, LARGER, "builder at 1366 × 768")
    window.resize(AT_200)
    QApplication.processEvents()
    problems += off_screen(window, AT_200, "builder at 200 %")  # what does not fit scrolls, nothing is cut
    assert not problems, "\n".join(problems)


def test_a_transfer_and_a_discharge_fit_960_by_520(qtbot, runner, hospital, reception) -> None:  # noqa: F811
    from hms_desktop.ui.dialogs.discharge_dialog import DischargeDialog
    from hms_desktop.ui.dialogs.transfer_dialog import TransferDialog

    bed = admissions.free_beds(reception, bed_type="general")[0]
    admission = admissions.admit(reception, new_patient(hospital, LONG_FAMILY, LONG_GIVEN), bed.id,
                                 doctor_id=None, reason="Community-acquired pneumonia, for intravenous antibiotics",
                                 expected_days=5)
    try:
        problems = fits(qtbot, TransferDialog(runner, reception, admission), "transfer")
        problems += fits(qtbot, DischargeDialog(runner, reception, admission), "discharge")
    finally:
        admissions.discharge(reception, admission.id, disposition="home", summary="Done.")
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_registrations_duplicates_and_conflict_dialogs_fit_960_by_520(qtbot, reception) -> None:
    from hms_desktop.ui.dialogs.conflict_dialog import ConflictDialog
    from hms_desktop.ui.dialogs.duplicates_dialog import DuplicatesDialog

    first = patients.register(reception, PatientDraft(
        family_name=LONG_FAMILY, given_name=LONG_GIVEN, sex="F", birth_date=date(1975, 2, 1),
        phone="+447700900123", national_id="AB123456C", national_id_type="National ID"))
    candidates = [DuplicateCandidate(PatientSummary(
        id=first.id + n, mrn=f"{20000000 + n}", family_name=LONG_FAMILY, given_name=f"{LONG_GIVEN} {n}", sex="F",
        birth_date=date(1975, 2, 1), birth_date_estimated=False, phone="+447700900123",
        last_visit=datetime(2026, 1, 5, 10, 30), merged_into_mrn=None),
        ("same national ID", "same phone number", "similar name and same date of birth")) for n in range(8)]
    problems = fits(qtbot, DuplicatesDialog(candidates, new_name=f"{LONG_FAMILY}, {LONG_GIVEN}"), "duplicates")
    theirs = dataclasses.replace(first, draft=dataclasses.replace(
        first.draft, phone="+447700900999", email="anna-maria.al-rashidi-montgomery@example.org"),
        changed_by="Sam Colleague")
    mine = dataclasses.replace(first.draft, given_name="Anna-Maria Konstantina Eleni",
                               address="12 Harbour Road\nFlat 4, Harbourside Court\nBristol BS1 4QA")
    problems += fits(qtbot, ConflictDialog(mine=mine, theirs=theirs, message=(
        "Sam Colleague (reception) changed this patient at 10:42 while you were editing. Compare and save again.")),
        "conflict")
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_a_remittance_fits_960_by_520(qtbot, runner, hospital) -> None:  # noqa: F811
    """The demo's submitted claim batch, answered line by line."""
    from hms_desktop.ui.dialogs.remittance_dialog import RemittanceDialog

    ctx = hospital.login("billing", DEMO_PASSWORD)
    try:
        submitted = next(batch for batch in claims.claim_batches(ctx) if batch.status == "submitted")
        dialog = RemittanceDialog(ctx=ctx, runner=runner, detail=claims.batch_detail(ctx, submitted.id))
        assert dialog.ui.linesTable.rowCount() > 0
        problems = fits(qtbot, dialog, "remittance")
    finally:
        ctx.db.dispose()
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_a_patients_policies_and_the_edit_patient_dialog_fit_960_by_520(qtbot, runner, hospital,  # noqa: F811
                                                                         reception) -> None:
    """A demo patient with the most insurance policies, and the patient form opened on them to edit."""
    from sqlalchemy import text

    from hms_desktop.ui.dialogs.patient_dialog import PatientDialog
    from hms_desktop.ui.dialogs.policy_dialog import PoliciesDialog

    with hospital.owner.engine.connect() as conn:
        patient_id = conn.execute(text("SELECT patient_id FROM patient_policy GROUP BY patient_id "
                                       "ORDER BY count(*) DESC, patient_id LIMIT 1")).scalar_one()
    record = patients.get(reception, patient_id)
    problems = fits(qtbot, PoliciesDialog(ctx=reception, runner=runner, patient_id=patient_id,
                                          patient_name=f"{LONG_FAMILY}, {LONG_GIVEN}"), "policies")
    problems += fits(qtbot, PatientDialog(ctx=reception, runner=runner, existing=record), "patient (edit)")
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_language_addendum_and_catalogue_conflict_dialogs_fit_960_by_520(qtbot, runner,
                                                                              admin) -> None:  # noqa: F811
    from hms_desktop.config import WorkstationSettings
    from hms_desktop.ui.dialogs.language_dialog import LanguageDialog
    from hms_desktop.ui.language import Language
    from hms_desktop.ui.widgets.addendum_dialog import AddendumDialog
    from hms_desktop.ui.widgets.field_conflict import FieldConflictDialog

    problems = fits(qtbot, LanguageDialog(settings=WorkstationSettings(), languages=(
        Language("en", "English"), Language("fr", "Français"))), "language")
    # Nothing is written until "Sign addendum".
    problems += fits(qtbot, AddendumDialog(runner, admin, 0, patient_name=f"{LONG_FAMILY}, {LONG_GIVEN}"),
                     "addendum")
    rows = [(key, label, f"{label} as you typed it, a little longer than the field",
             f"{label} as Sam Colleague saved it while you were editing")
            for key, label in (("name", "Name"), ("code", "Code"), ("unit", "Unit of measure"),
                               ("price", "Price"), ("active", "Status"), ("notes", "Notes"))]
    problems += fits(qtbot, FieldConflictDialog(rows=rows, message="Sam Colleague changed this laboratory test "
                                                "on 2 December 2026 at 10:42 while you were editing.",
                                                title="Someone else changed this laboratory test"),
                     "catalogue conflict")
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_batch_printing_the_demos_invoices_fits_960_by_520(qtbot, runner, hospital, tmp_path) -> None:  # noqa: F811
    """As test_fit_720's: the demo's issued invoices found, a folder chosen and the batch printed, its message
    and progress bar showing."""
    from datetime import UTC

    from hms_desktop.ui.dialogs.batch_print_dialog import BatchPrintDialog

    ctx = hospital.login("billing", DEMO_PASSWORD)
    try:
        dialog = BatchPrintDialog(ctx=ctx, runner=runner)
        qtbot.addWidget(dialog)
        dialog.show()
        today = datetime.now(UTC).date()
        dialog.set_period(today - timedelta(days=30), today + timedelta(days=1))
        dialog.ui.findButton.click()
        assert dialog.ui.invoiceTable.rowCount() > 0
        dialog.ui.folderEdit.setText(str(tmp_path))
        dialog.ui.printButton.click()
        assert dialog.ui.messageLabel.text().startswith("Done:")
        problems = fits(qtbot, dialog, "batch print, printed")
    finally:
        ctx.db.dispose()
    assert not problems, "\n".join(dict.fromkeys(problems))


@pytest.mark.parametrize("role", ["reception", "doctor", "billing", "admin"])
def test_every_screen_of_the_main_window_fits_960_by_520_in_french(qtbot, controller, database, wards,  # noqa: F811
                                                                    french, role) -> None:
    """French words are longer: the lab worklist's bar (1020 px), the report result view's actions (989 px)
    and the insurance page's two button rows (1113 px) pushed the window past 960 px until they wrapped."""
    username = database.add_user(*ROLES[role])
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    window = controller.main_window
    assert window is not None
    window.resize(AT_200)
    problems: list[str] = []
    for screen in every_screen_and_section(window):
        problems += off_screen(window, AT_200, f"{role} {screen}")
    assert not problems, "\n".join(dict.fromkeys(problems))


@pytest.mark.parametrize("name", [*DIALOGS, *MORE_DIALOGS])
def test_every_dialog_fits_960_by_520_in_french(qtbot, runner, database, admin, doctor_id, french,  # noqa: F811
                                                name) -> None:
    """test_keyboard's dialogs and MORE_DIALOGS, in French."""
    dialog = {**DIALOGS, **MORE_DIALOGS}[name](admin, runner, database, doctor_id)
    problems = fits(qtbot, dialog, f"{name} (French)")
    assert not problems, "\n".join(dict.fromkeys(problems))
