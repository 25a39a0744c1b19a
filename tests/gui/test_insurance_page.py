"""Administration → Insurance on a real database: insurers and plans added, edited and retired through the
dialogs; coverage per category with pre-authorisation, co-payment, annual limit or none, exclusions; a plan's
own price (a past day refused in words); a stale edit says someone else changed it. PNGs go to
HMS_SCREENSHOT_DIR when it is set."""

from __future__ import annotations

import os
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import submit
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from hms_desktop.domain.insurance import Category, Coverage, PayerDraft, PlanDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import insurance
from hms_desktop.ui.dialogs.insurance_dialogs import PayerDialog, PlanDialog, PlanPriceDialog
from hms_desktop.ui.tabs.insurance_page import InsurancePage

pytestmark = pytest.mark.usefixtures("app_style")
D = Decimal


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture(scope="module")
def admin(database):
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture
def page(qtbot, runner, admin) -> InsurancePage:
    page = InsurancePage(ctx=admin, runner=runner)
    qtbot.addWidget(page)
    page.resize(1050, 640)
    page.show()
    return page


def save_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_an_insurer_and_a_plan_with_its_rules_and_a_price_through_the_dialogs(qtbot, page, admin) -> None:
    page.ui.addPayerButton.click()
    dialog = page.active_dialog
    assert isinstance(dialog, PayerDialog)
    dialog.ui.codeEdit.setText("north")
    dialog.ui.nameEdit.setText("Northern Mutual")
    dialog.ui.contactEdit.setText("claims@northern.example")
    screenshot(dialog, "insurance-payer-dialog")
    submit(dialog, save_button(dialog))
    assert dialog.saved is not None and dialog.saved.code == "NORTH"
    assert page.selected_payer() is not None and page.selected_payer().name == "Northern Mutual"

    page.ui.addPlanButton.click()
    dialog = page.active_dialog
    assert isinstance(dialog, PlanDialog)
    dialog.ui.nameEdit.setText("Silver")
    dialog.ui.copayEdit.setText("10")
    consult, _consult_preauth = dialog.coverage_edits[Category.CONSULTATION]
    procedure, procedure_preauth = dialog.coverage_edits[Category.PROCEDURE]
    lab, _lab_preauth = dialog.coverage_edits[Category.LAB]
    consult.setText("80")
    procedure_preauth.setChecked(True)
    submit(dialog, save_button(dialog))
    assert "pre-authorisation" in dialog.ui.coverageError.text()  # a tick without a percentage
    procedure.setText("70")
    lab.setText("150")
    submit(dialog, save_button(dialog))
    assert "0 to 100" in dialog.ui.coverageError.text()
    lab.setText("75.5")
    dialog.ui.noLimitCheck.setChecked(False)
    submit(dialog, save_button(dialog))
    assert "No limit" in dialog.ui.limitError.text()
    dialog.ui.limitEdit.setText("5000")
    dialog.ui.excludedEdit.setText("proc-cosmetic, lab-vitd")
    screenshot(dialog, "insurance-plan-dialog")
    submit(dialog, save_button(dialog))
    assert dialog.saved is not None
    plan = insurance.get_plan(admin, dialog.saved.id)
    assert plan.rules.coverage == {Category.CONSULTATION: Coverage(D(80)),
                                   Category.PROCEDURE: Coverage(D(70), preauth_required=True),
                                   Category.LAB: Coverage(D("75.5"))}
    assert plan.rules.excluded_fee_codes == {"PROC-COSMETIC", "LAB-VITD"}
    assert (plan.rules.copay_per_invoice, plan.rules.annual_limit) == (D(10), D(5000))
    assert page.selected_plan_id() == plan.id
    assert cells(page.ui.planTable)[0][:3] == ["Silver", "10.00", "5,000.00"]
    assert "Procedure 70 % (pre-authorisation)" in page.ui.rulesLabel.text()

    # The plan's own price: a past day refused in words, then a new row shown.
    page.ui.addPriceButton.click()
    dialog = page.active_dialog
    assert isinstance(dialog, PlanPriceDialog)
    dialog.ui.codeCombo.setCurrentIndex(dialog.ui.codeCombo.findData("CONS"))
    dialog.ui.priceEdit.setText("65")
    today = page.data.fees.today
    dialog.ui.fromEdit.setDate(QDate(today.year, today.month, today.day).addDays(-3))
    submit(dialog, save_button(dialog))
    assert "today or later" in dialog.ui.fromError.text()
    later = today + timedelta(days=7)
    dialog.ui.fromEdit.setDate(QDate(later.year, later.month, later.day))
    screenshot(dialog, "insurance-plan-price-dialog")
    submit(dialog, save_button(dialog))
    assert dialog.saved is not None
    assert cells(page.ui.priceTable) == [["CONS", "Consultation with a consultant", "65.00",
                                         f"{later:%d %b %Y}", admin.user.username]]
    screenshot(page, "insurance-page")


def test_editing_retiring_and_a_stale_edit(qtbot, page, admin, database) -> None:
    payer = insurance.create_payer(admin, PayerDraft(code="STALE", name="Stale Care"))
    plan = insurance.create_plan(admin, PlanDraft(payer_id=payer.id, name="Basic",
                                                  coverage={Category.LAB: Coverage(D(50))}))
    page.reload(payer_id=payer.id, plan_id=plan.id)
    assert page.selected_plan_id() == plan.id
    page.ui.editPlanButton.click()
    dialog = page.active_dialog
    assert isinstance(dialog, PlanDialog)
    assert dialog.coverage_edits[Category.LAB][0].text() == "50"
    assert dialog.ui.noLimitCheck.isChecked() and not dialog.ui.limitEdit.isEnabled()
    # Someone else saves the plan first.
    other = database.context_for(Group.ADMIN)
    insurance.update_plan(other, plan.id, plan.version, PlanDraft(payer_id=payer.id, name="Basic", coverage={}))
    dialog.ui.nameEdit.setText("Basic plus")
    submit(dialog, save_button(dialog))
    assert "Someone else changed this plan" in dialog.ui.messageLabel.text()
    assert dialog.isVisible()
    dialog.discard()
    page.reload()
    # Retire and reinstate the plan, then the insurer.
    page.ui.retirePlanButton.click()
    assert not insurance.get_plan(admin, plan.id).active
    assert page.ui.retirePlanButton.text() == "Reinst&ate plan"
    assert cells(page.ui.planTable)[0][4] == "Retired"
    page.ui.retirePlanButton.click()
    assert insurance.get_plan(admin, plan.id).active
    page.ui.retirePayerButton.click()
    assert not next(p for p in insurance.list_payers(admin) if p.id == payer.id).active
    assert page.ui.retirePayerButton.text() == "Reins&tate insurer"
    page.ui.editPayerButton.click()
    dialog = page.active_dialog
    assert isinstance(dialog, PayerDialog) and not dialog.ui.activeCheck.isChecked()
    dialog.ui.nameEdit.setText("Stale Care Ltd")
    dialog.ui.activeCheck.setChecked(True)
    submit(dialog, save_button(dialog))
    assert next(p for p in insurance.list_payers(admin) if p.id == payer.id).name == "Stale Care Ltd"
    assert not page.ui.payerTable.tabKeyNavigation() and not page.ui.planTable.tabKeyNavigation()
    assert not page.ui.priceTable.tabKeyNavigation()


def test_a_duplicate_insurer_code_is_refused_in_words(qtbot, page, admin) -> None:
    insurance.create_payer(admin, PayerDraft(code="TWICE", name="Twice Health"))
    page.ui.addPayerButton.click()
    dialog = page.active_dialog
    dialog.ui.codeEdit.setText("twice")
    dialog.ui.nameEdit.setText("Twice again")
    submit(dialog, save_button(dialog))
    assert "already exists" in dialog.ui.messageLabel.text()
    assert dialog.isVisible()
    dialog.discard()
