"""The patient form's language and relation lists on a French desk (issue 15, item 4): the words read in French,
the record stores the list's English key (so an English desk reads the same record in English), and a value the
list does not know (typed at the desk, or saved before the lists existed) loads and saves unchanged. The
shipped French catalogue is installed, as ui/language.py does at start-up."""

from __future__ import annotations

import os
from datetime import date

import pytest
from helpers import submit
from PySide6.QtWidgets import QDialogButtonBox

from hms_desktop.domain.patients import PatientDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import patients
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.patient_dialog import PatientDialog
from hms_desktop.ui.dialogs.patient_overview import PatientOverview

pytestmark = pytest.mark.usefixtures("app_style")


@pytest.fixture(scope="module")
def reception(database) -> ServiceContext:
    return database.context_for(Group.RECEPTION)


def _register(ctx: ServiceContext, family: str, **contact: str) -> patients.PatientRecord:
    return patients.register(ctx, PatientDraft(family_name=family, given_name="Louise", sex="F",
                                               birth_date=date(1975, 6, 1), **contact), confirmed_new=True)


def _save(qtbot, dialog: PatientDialog, old_version: int) -> None:
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: dialog.record is not None and dialog.record.version > old_version, timeout=5000)


def test_a_french_desk_sees_french_words_and_stores_the_lists_keys(qtbot, runner, reception, french) -> None:
    record = _register(reception, "Motsfrancais", emergency_name="Paul Martin")
    dialog = PatientDialog(ctx=reception, runner=runner, existing=record, region="FR")
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    languages = [ui.languageCombo.itemText(i) for i in range(ui.languageCombo.count())]
    relations = [ui.emergencyRelationCombo.itemText(i) for i in range(ui.emergencyRelationCombo.count())]
    assert "Français" in languages and "French" not in languages
    assert "Conjoint(e)" in relations or "Conjoint" in relations, relations
    assert "Spouse" not in relations
    # The receptionist picks the French words as shown.
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findText("Français"))
    ui.emergencyRelationCombo.setCurrentIndex(ui.emergencyRelationCombo.findData("Spouse"))
    ui.kinRelationCombo.setCurrentIndex(ui.kinRelationCombo.findData("Sibling"))
    _save(qtbot, dialog, record.version)
    saved = patients.get(reception, record.id).draft
    assert (saved.preferred_language, saved.emergency_relation, saved.kin_relation) == ("French", "Spouse", "Sibling")

    # Opened again on the French desk: the stored keys select their French words.
    again = PatientDialog(ctx=reception, runner=runner, existing=patients.get(reception, record.id), region="FR")
    qtbot.addWidget(again)
    again.show()
    assert again.ui.languageCombo.currentText() == "Français"
    assert again.ui.languageCombo.currentData() == "French"
    assert again.ui.emergencyRelationCombo.currentData() == "Spouse"
    assert again.ui.emergencyRelationCombo.currentText() not in ("Spouse", "")
    if folder := os.environ.get("HMS_SCREENSHOT_DIR"):  # to look at: the form on a French desk
        qtbot.waitExposed(again)
        again.grab().save(os.path.join(folder, "patient_form_fr.png"))
    # And the overview says them in French too.
    overview = PatientOverview(ctx=reception, runner=runner, patient_id=record.id)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitUntil(lambda: overview.ui.languageValue.text() == "Français", timeout=5000)


def test_a_value_the_list_does_not_know_loads_and_saves_unchanged(qtbot, runner, reception, french) -> None:
    record = _register(reception, "Motslibres", preferred_language="Tigrinya", emergency_name="Abeba Tesfaye",
                       emergency_relation="Godmother")
    dialog = PatientDialog(ctx=reception, runner=runner, existing=record, region="FR")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.languageCombo.currentText() == "Tigrinya"
    assert dialog.ui.emergencyRelationCombo.currentText() == "Godmother"
    dialog.ui.areaEdit.setText("Lyon")  # another change, so that the form is saved
    _save(qtbot, dialog, record.version)
    saved = patients.get(reception, record.id).draft
    assert (saved.preferred_language, saved.emergency_relation) == ("Tigrinya", "Godmother")


def test_next_of_kin_same_as_the_contact_copies_the_key(qtbot, runner, reception, french) -> None:
    record = _register(reception, "Motsproches", emergency_name="Marc Durand", emergency_relation="Parent")
    dialog = PatientDialog(ctx=reception, runner=runner, existing=record, region="FR")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.kinSameCheck.setChecked(True)
    assert dialog.ui.kinRelationCombo.currentData() == "Parent"
    _save(qtbot, dialog, record.version)
    assert patients.get(reception, record.id).draft.kin_relation == "Parent"


def test_the_charts_vital_signs_and_ages_read_french(french) -> None:
    """The chart's words were once filed by lupdate under no context, so they read English on a French desk."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from hms_desktop.domain.clinical import VitalsDraft
    from hms_desktop.services.consultation.dtos import VitalsDTO
    from hms_desktop.ui.widgets.chart_text import ago_text, vitals_text

    vitals = VitalsDTO(id=1, encounter_id=1, measured_at=datetime(2026, 12, 2, 9, 0, tzinfo=UTC),
                       values=VitalsDraft(pulse_bpm=94, respiratory_rate=14, systolic_mmhg=120, diastolic_mmhg=80),
                       bmi=Decimal("22.9"), flags=())
    text = vitals_text(vitals)
    assert text.startswith("TA 120/80 mmHg · pouls 94/min · FR 14/min · IMC 22")
    assert ago_text(3 * 24 * 60) == "il y a 3 jours"
    assert ago_text(24 * 60 * 1 + 5) == "il y a 24 h"


def test_a_record_saved_by_no_staff_member_reads_the_system_in_french(french) -> None:
    from hms_desktop.domain.wording import SYSTEM_AUTHOR, author_words

    assert author_words(SYSTEM_AUTHOR) == "le système"
    assert author_words("Sarah Okafor") == "Sarah Okafor"


def test_a_dose_of_tablets_takes_the_languages_plural_form(french) -> None:
    """French is singular below 2 ("1,5 comprimé"), English singular only for exactly one."""
    from decimal import Decimal

    from hms_desktop.domain.prescribing.model import dose_words

    assert dose_words(Decimal("2"), "tablet") == "2 comprimés"
    assert dose_words(Decimal("1"), "tablet") == "1 comprimé"
    assert dose_words(Decimal("1.5"), "tablet") == "1.5 comprimé"  # the tests' formats: English numbers
    assert dose_words(Decimal("500.000"), "mg") == "500 mg"


def test_a_dose_of_tablets_in_english() -> None:
    from decimal import Decimal

    from hms_desktop.domain.prescribing.model import dose_words

    assert [dose_words(Decimal(d), "tablet") for d in ("1", "2", "0.5", "1.5")] == [
        "1 tablet", "2 tablets", "0.5 tablets", "1.5 tablets"]
    assert dose_words(Decimal("10"), "mL") == "10 mL"


def test_stock_counted_in_a_prescription_unit_reads_french(french) -> None:
    from hms_desktop.domain.inventory import counted

    assert counted(84, "capsule") == "84 gélules"
    assert counted(0, "tablet") == "0 comprimé"  # French is singular below 2
    assert counted(2, "boîte") == "2 boîtes"  # a unit typed in the hospital's language
