"""Patient policies at registration (issue 9, item 6) on a real database: reception links the typed insurance
card to a plan in the patient form (the policy is tied to the registration's insurance reference, added once,
in the same transaction as the patient and its photo), an overlapping policy or a refused photo is said in words
and nothing of the save is stored, and billing corrects a policy (member number, end date) in the policies
dialog. PNGs go to HMS_SCREENSHOT_DIR when it is set."""

from __future__ import annotations

import os
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import submit
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from hms_desktop.domain.insurance import Category, Coverage, PayerDraft, PlanDraft, PolicyDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import insurance, patients
from hms_desktop.ui.dialogs.patient_dialog import PatientDialog
from hms_desktop.ui.dialogs.policy_dialog import PoliciesDialog, PolicyDialog

pytestmark = pytest.mark.usefixtures("app_style")


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture(scope="module")
def admin(database):
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def reception(database):
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture(scope="module")
def clerk(database):
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def plan(admin) -> insurance.PlanDTO:
    payer = insurance.create_payer(admin, PayerDraft(code="REGCARE", name="Reg Care"))
    return insurance.create_plan(admin, PlanDraft(payer_id=payer.id, name="Family",
                                                  coverage={Category.CONSULTATION: Coverage(percent=Decimal(80))}))


def new_form(qtbot, runner, ctx, **kwargs) -> PatientDialog:
    dialog = PatientDialog(ctx=ctx, runner=runner, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(qtbot, dialog: PatientDialog, family: str, *, member: str, valid_from: str = "01/01/2031") -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.familyNameEdit, family)
    qtbot.keyClicks(ui.givenNameEdit, "Ines")
    qtbot.keyClicks(ui.sexCombo, "F")
    qtbot.keyClicks(ui.birthDateEdit, "04/05/1977")
    qtbot.keyClicks(ui.payerEdit, "Reg Care")
    qtbot.keyClicks(ui.memberNumberEdit, member)
    qtbot.keyClicks(ui.validFromEdit, valid_from)


def save(dialog) -> None:
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))


def picture_file(folder: Path) -> Path:
    """A photo file as a person would choose it (larger than the form stores: it is scaled down)."""
    from PySide6.QtGui import QColor, QImage

    path = folder / f"photo-{uuid.uuid4().hex[:8]}.png"
    picture = QImage(900, 1200, QImage.Format.Format_RGB32)
    picture.fill(QColor("#7fa7d9"))
    assert picture.save(str(path))
    return path


def family() -> str:
    return "Polic" + "".join(chr(ord("a") + int(c, 16) % 26) for c in uuid.uuid4().hex[:6])


def test_reception_links_the_typed_card_to_a_plan_once(qtbot, runner, reception, plan) -> None:
    dialog = new_form(qtbot, runner, reception)
    combo = dialog.ui.planCombo
    assert combo.isVisibleTo(dialog) and combo.findData(plan.id) > 0
    fill(qtbot, dialog, family(), member="RC-100")
    combo.setCurrentIndex(combo.findData(plan.id))
    screenshot(dialog, "registration-plan-link")
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.messageLabel.text()
    record = dialog.record
    assert record is not None
    [policy] = insurance.patient_policies(reception, record.id)
    assert (policy.plan_id, policy.member_number, policy.valid_from, policy.valid_to) == (
        plan.id, "RC-100", date(2031, 1, 1), None)
    assert policy.patient_insurance_id == record.insurance[0].id  # the registration's reference
    # Editing the patient shows the linked plan; saving again adds no second policy.
    again = new_form(qtbot, runner, reception, existing=patients.get(reception, record.id))
    assert again.ui.planCombo.currentData() == plan.id
    qtbot.keyClicks(again.ui.phoneEdit, "07700 900555")
    save(again)
    assert again.result() == again.DialogCode.Accepted, again.ui.messageLabel.text()
    assert len(insurance.patient_policies(reception, record.id)) == 1


def test_a_plan_needs_the_member_number(qtbot, runner, reception, plan) -> None:
    dialog = new_form(qtbot, runner, reception)
    ui = dialog.ui
    qtbot.keyClicks(ui.familyNameEdit, family())
    qtbot.keyClicks(ui.givenNameEdit, "Ines")
    qtbot.keyClicks(ui.sexCombo, "F")
    qtbot.keyClicks(ui.birthDateEdit, "04/05/1977")
    ui.planCombo.setCurrentIndex(ui.planCombo.findData(plan.id))
    save(dialog)
    assert "member number" in ui.planError.text()
    assert dialog.record is None  # nothing saved
    dialog.discard()


def test_an_overlapping_policy_is_refused_in_words_and_nothing_is_saved(qtbot, runner, reception, clerk, plan,
                                                                        tmp_path) -> None:
    """One Save is one transaction (issue 10, item 7): the database refuses the second policy on the plan, so
    neither the changed phone nor the photo is stored; choosing "Not linked to a plan" then saves the rest."""
    before = patients.register(reception, patients.PatientDraft(
        family_name=family(), given_name="Ines", sex="F", birth_date=date(1977, 5, 4),
        insurance=patients.InsuranceDraft(payer="Reg Care", member_number="RC-200",
                                          valid_from=date(2031, 1, 1), valid_to=None)), confirmed_new=True)
    # Billing had recorded a policy on the same plan for these dates.
    insurance.add_policy(clerk, PolicyDraft(patient_id=before.id, plan_id=plan.id, member_number="OLD-1",
                                            valid_from=date(2030, 1, 1)))
    policies = insurance.patient_policies(reception, before.id)
    dialog = new_form(qtbot, runner, reception, existing=before)
    ui = dialog.ui
    ui.planCombo.setCurrentIndex(ui.planCombo.findData(plan.id))
    qtbot.keyClicks(ui.phoneEdit, "07700 900556")
    assert dialog.load_photo_file(str(picture_file(tmp_path)))
    save(dialog)
    assert dialog.isVisible()
    assert ui.planError.text() == "Not saved: see the message below."
    message = ui.messageLabel.text()
    assert message.startswith("Nothing was saved: This patient already has a policy on this plan"), message
    assert "Not linked to a plan" in message and "MRN" not in message
    assert patients.get(reception, before.id) == before  # not the phone either
    assert patients.get_photo(reception, before.id) is None
    assert insurance.patient_policies(reception, before.id) == policies
    assert ui.phoneEdit.text() == "07700 900556"  # what was typed is kept
    screenshot(dialog, "registration-plan-overlap")

    ui.planCombo.setCurrentIndex(ui.planCombo.findData(None))
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, ui.messageLabel.text()
    after = patients.get(reception, before.id)
    assert after.draft.phone == "+447700900556" and after.version == before.version + 1
    assert patients.get_photo(reception, before.id) is not None
    assert insurance.patient_policies(reception, before.id) == policies


def test_registration_with_plan_and_photo_is_one_save(qtbot, runner, reception, plan, tmp_path) -> None:
    dialog = new_form(qtbot, runner, reception)
    surname = family()
    fill(qtbot, dialog, surname, member="RC-400")
    dialog.ui.planCombo.setCurrentIndex(dialog.ui.planCombo.findData(plan.id))
    assert dialog.load_photo_file(str(picture_file(tmp_path)))
    calls: list[str] = []
    original = patients.save_registration

    def counted(*args, **kwargs):
        calls.append("save_registration")
        return original(*args, **kwargs)

    patients.save_registration = counted  # type: ignore[assignment]
    try:
        save(dialog)
    finally:
        patients.save_registration = original  # type: ignore[assignment]
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.messageLabel.text()
    assert calls == ["save_registration"]  # one service call, so one transaction
    record = dialog.record
    assert record is not None and record.draft.family_name == surname
    [policy] = insurance.patient_policies(reception, record.id)
    assert (policy.plan_id, policy.member_number, policy.patient_insurance_id) == (
        plan.id, "RC-400", record.insurance[0].id)
    stored = patients.get_photo(reception, record.id)
    assert stored is not None and stored.startswith(b"\xff\xd8\xff")


def registered(ctx, surname: str) -> list[object]:
    # Exactly this surname: the search forgives typos, so another test's "Policg…" patient is found too.
    return [row for row in patients.search(ctx, surname).rows if row.family_name == surname]


def test_a_refused_photo_registers_nobody_and_says_so_beside_the_photo(qtbot, runner, reception, plan,
                                                                       monkeypatch, tmp_path) -> None:
    from hms_desktop.services.patients import photos

    monkeypatch.setattr(photos, "PHOTO_MAX_BYTES", 64)  # the scaled JPEG is larger: refused before writing
    dialog = new_form(qtbot, runner, reception)
    surname = family()
    fill(qtbot, dialog, surname, member="RC-500")
    dialog.ui.planCombo.setCurrentIndex(dialog.ui.planCombo.findData(plan.id))
    assert dialog.load_photo_file(str(picture_file(tmp_path)))
    save(dialog)
    assert dialog.isVisible() and dialog.record is None
    assert "too large" in dialog.ui.photoError.text()
    message = dialog.ui.messageLabel.text()
    assert message.startswith("Nothing was saved: The photo is too large"), message
    assert not registered(reception, surname)
    screenshot(dialog, "registration-photo-refused")
    # A smaller photo limit lifted: the same window registers once, with its plan and photo.
    monkeypatch.undo()
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.messageLabel.text()
    assert len(registered(reception, surname)) == 1
    assert len(insurance.patient_policies(reception, dialog.record.id)) == 1


def test_billing_corrects_a_policy_and_reception_only_adds(qtbot, runner, reception, clerk, plan, database) -> None:
    patient = patients.register(reception, patients.PatientDraft(
        family_name=family(), given_name="Ines", sex="F", birth_date=date(1977, 5, 4)), confirmed_new=True)
    insurance.add_policy(reception, PolicyDraft(patient_id=patient.id, plan_id=plan.id, member_number="RC-300",
                                                valid_from=date(2031, 1, 1)))
    desk = PoliciesDialog(ctx=reception, runner=runner, patient_id=patient.id, patient_name="Ines")
    qtbot.addWidget(desk)
    desk.show()
    assert desk.ui.table.rowCount() == 1 and not desk.ui.table.tabKeyNavigation()
    assert desk.ui.addButton.isVisible() and not desk.ui.editButton.isVisible()
    desk.discard()

    dialog = PoliciesDialog(ctx=clerk, runner=runner, patient_id=patient.id, patient_name="Ines")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.table.selectRow(0)
    dialog.ui.editButton.click()
    edit = dialog.active_dialog
    assert isinstance(edit, PolicyDialog) and not edit.ui.planCombo.isEnabled()
    edit.ui.memberEdit.setText("RC-300A")
    edit.ui.openCheck.setChecked(False)
    edit.ui.toEdit.setDate(QDate(2030, 12, 31))
    save(edit)
    assert "cannot end before it starts" in edit.ui.validityError.text()
    edit.ui.toEdit.setDate(QDate(2031, 12, 31))
    screenshot(edit, "policy-edit")
    save(edit)
    [policy] = insurance.patient_policies(clerk, patient.id)
    assert (policy.member_number, policy.valid_to) == ("RC-300A", date(2031, 12, 31))
    assert dialog.ui.table.item(0, 1).text() == "RC-300A"
    # Adding an overlapping one from the dialog is refused in words; the dialog stays open.
    dialog.ui.addButton.click()
    add = dialog.active_dialog
    assert isinstance(add, PolicyDialog)
    add.ui.planCombo.setCurrentIndex(add.ui.planCombo.findData(plan.id))
    add.ui.memberEdit.setText("RC-301")
    add.ui.fromEdit.setDate(QDate(2031, 6, 1))
    save(add)
    assert "already has a policy on this plan" in add.ui.messageLabel.text()
    assert add.isVisible()
    add.discard()
    screenshot(dialog, "policies-dialog")


def test_billing_opens_the_policies_from_the_patient_overview(qtbot, runner, reception, clerk, plan) -> None:
    from hms_desktop.ui.dialogs.patient_overview import PatientOverview

    patient = patients.register(reception, patients.PatientDraft(
        family_name=family(), given_name="Ines", sex="F", birth_date=date(1977, 5, 4)), confirmed_new=True)
    overview = PatientOverview(ctx=clerk, runner=runner, patient_id=patient.id)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitUntil(lambda: overview.data is not None)
    assert overview.ui.policiesButton.isVisible() and overview.ui.policiesButton.isEnabled()
    overview.ui.policiesButton.click()
    assert isinstance(overview.active_dialog, PoliciesDialog)
    overview.active_dialog.discard()
    desk = PatientOverview(ctx=reception, runner=runner, patient_id=patient.id)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitUntil(lambda: desk.data is not None)
    assert not desk.ui.policiesButton.isVisible()  # reception adds policies in the patient form
