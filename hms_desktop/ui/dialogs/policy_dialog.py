"""A patient's insurance policies (issue 9, item 6: "patient policies (member number, validity) at
registration"): the list (``PoliciesDialog``), and adding or correcting one (``PolicyDialog``).

Reception adds a policy (insurer and plan from ``plan_choices``, member number, validity), tied to the
insurance reference registration typed; billing also corrects one (member number, dates: the end date of a
card that lapsed). The database refuses two policies of the patient on one plan for overlapping dates; the
dialog shows its reason in words and stays open. Both dialogs load and save through the task runner.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.insurance import PolicyDraft, validate_policy
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_date
from hms_desktop.services import insurance
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import hospital_clock
from hms_desktop.services.insurance import PlanChoice, PolicyDTO
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.forms.ui_policies_dialog import Ui_PoliciesDialog
from hms_desktop.ui.forms.ui_policy_dialog import Ui_PolicyDialog
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message

ID_ROLE = Qt.ItemDataRole.UserRole


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(edit: QDateEdit) -> date:
    return cast(date, edit.date().toPython())  # typed as object; a QDate gives a date


def plan_label(payer_name: str, plan_name: str) -> str:
    return f"{payer_name} — {plan_name}"


class PolicyDialog(FormDialog):
    """Add a policy (``existing`` None: ``insurance.add_policy``) or correct one (billing:
    ``insurance.update_policy`` with the version it was opened with). ``saved`` holds the result."""

    def __init__(self, *, ctx: ServiceContext, runner: Runner, patient_id: int, choices: Sequence[PlanChoice],
                 today: date, existing: PolicyDTO | None = None, insurance_ref: int | None = None,
                 member_number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PolicyDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._ctx = ctx
        self._runner = runner
        self._patient_id = patient_id
        self._existing = existing
        self._insurance_ref = existing.patient_insurance_id if existing else insurance_ref
        self.saved: PolicyDTO | None = None
        for choice in choices:
            self.ui.planCombo.addItem(plan_label(choice.payer_name, choice.name), choice.id)
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.ui.openCheck.toggled.connect(self.ui.toEdit.setDisabled)
        if existing is None:
            self.setWindowTitle(self.tr("Add an insurance policy"))
            button.setText(self.tr("&Add policy"))
            self.ui.planCombo.setCurrentIndex(-1)
            self.ui.memberEdit.setText(member_number)
            self.ui.fromEdit.setDate(_qdate(today))
            self.ui.toEdit.setDate(_qdate(date(today.year, 12, 31)))
            self.ui.openCheck.setChecked(True)
            self.ui.introLabel.setText(self.tr("The insurer's plan on the patient's card, the member number and "
                                               "the dates it is valid (both days included)."))
        else:
            self.setWindowTitle(self.tr("Correct the policy %1").replace("%1", existing.member_number))
            if self.ui.planCombo.findData(existing.plan_id) < 0:  # a plan that no longer takes members
                self.ui.planCombo.addItem(plan_label(existing.payer_name, existing.plan_name), existing.plan_id)
            self.ui.planCombo.setCurrentIndex(self.ui.planCombo.findData(existing.plan_id))
            self.ui.planCombo.setEnabled(False)
            self.ui.planCombo.setToolTip(self.tr("A policy keeps its plan: add a new policy for another plan."))
            self.ui.memberEdit.setText(existing.member_number)
            self.ui.fromEdit.setDate(_qdate(existing.valid_from))
            self.ui.toEdit.setDate(_qdate(existing.valid_to or date(today.year, 12, 31)))
            self.ui.openCheck.setChecked(existing.valid_to is None)
            self.ui.introLabel.setText(self.tr("Correct the member number or the dates, e.g. the last day of a "
                                               "card that lapsed."))
        self.ui.toEdit.setDisabled(self.ui.openCheck.isChecked())
        self.setup_form(fields={"plan_id": (self.ui.planError, self.ui.planCombo),
                                "member_number": (self.ui.memberError, self.ui.memberEdit),
                                "valid_from": (self.ui.validityError, self.ui.fromEdit),
                                "valid_to": (self.ui.validityError, self.ui.toEdit)},
                        message_label=self.ui.messageLabel, accept_button=button, submit=self._submit,
                        watch=[self.ui.openCheck])
        self.setMinimumWidth(500)
        self.adjustSize()

    def draft(self) -> PolicyDraft:
        return PolicyDraft(patient_id=self._patient_id, plan_id=int(self.ui.planCombo.currentData() or 0),
                           member_number=self.ui.memberEdit.text(), valid_from=_date(self.ui.fromEdit),
                           valid_to=None if self.ui.openCheck.isChecked() else _date(self.ui.toEdit),
                           patient_insurance_id=self._insurance_ref)

    def validate(self) -> Problems:
        problems: Problems = {}
        if self.ui.planCombo.currentIndex() < 0:
            problems["plan_id"] = self.tr("Choose the insurer and plan on the patient's card.")
        if not self.ui.memberEdit.text().strip():
            problems["member_number"] = self.tr("Enter the member number on the card.")
        else:
            try:
                validate_policy(self.draft())
            except ValidationError as error:  # the domain's length rule
                problems.update({k: v for k, v in error.problems.items() if k == "member_number"})
        if not self.ui.openCheck.isChecked() and _date(self.ui.toEdit) < _date(self.ui.fromEdit):
            problems["valid_to"] = self.tr("The policy cannot end before it starts — check the dates.")
        return problems

    def _submit(self) -> None:
        ctx, draft, existing = self._ctx, self.draft(), self._existing

        def done(policy: PolicyDTO) -> None:
            self.saved = policy

        if existing is None:
            self.save(lambda: insurance.add_policy(ctx, draft), done)
        else:
            self.save(lambda: insurance.update_policy(ctx, existing.id, existing.version, draft), done)


class PoliciesDialog(FormDialog):
    """The patient's policies, newest first; "Add policy…" for reception and billing, "Edit policy…" for
    billing. ``changed`` is emitted after a policy was added or corrected."""

    changed = Signal()

    def __init__(self, *, ctx: ServiceContext, runner: Runner, patient_id: int, patient_name: str,
                 insurance_ref: int | None = None, member_number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PoliciesDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._ctx = ctx
        self._runner = runner
        self._patient_id = patient_id
        self._insurance_ref = insurance_ref
        self._member_number = member_number
        self.policies: tuple[PolicyDTO, ...] = ()
        self.choices: tuple[PlanChoice, ...] = ()
        self.today: date | None = None
        self.active_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Insurance policies of %1").replace("%1", patient_name))
        self.ui.introLabel.setText(self.tr("The plans %1 is insured with. Billing splits an invoice by the policy "
                                           "valid on the service date.").replace("%1", patient_name))
        table = self.ui.table
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Insurer and plan"), self.tr("Member number"), self.tr("Valid"),
                                         self.tr("Status")])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        groups = ctx.user.groups
        self.ui.addButton.setVisible(bool({Group.RECEPTION, Group.BILLING} & groups))
        self.ui.editButton.setVisible(Group.BILLING in groups)  # the GRANTs: only billing updates a policy
        self.ui.addButton.clicked.connect(self.add_policy)
        self.ui.editButton.clicked.connect(self.edit_policy)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemDoubleClicked.connect(lambda _i: self.edit_policy())
        self.setup_form(fields={}, message_label=self.ui.messageLabel, accept_button=None, submit=self.accept)
        self.resize(760, 380)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        ctx, patient_id = self._ctx, self._patient_id
        may_add = not self.ui.addButton.isHidden()

        def load() -> tuple[tuple[PolicyDTO, ...], tuple[PlanChoice, ...], date]:
            return (insurance.patient_policies(ctx, patient_id),
                    insurance.plan_choices(ctx) if may_add else (), hospital_clock(ctx).today())

        self._runner.run(load, on_success=self._loaded, on_failure=self._failed, owner=self)

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error), role="error")

    def _loaded(self, result: tuple[tuple[PolicyDTO, ...], tuple[PlanChoice, ...], date]) -> None:
        self.policies, self.choices, self.today = result
        table = self.ui.table
        table.setRowCount(len(self.policies))
        for row, policy in enumerate(self.policies):
            status = self.tr("Plan retired") if not policy.plan_active else (
                self.tr("Valid today") if policy.valid_from <= self.today and (
                    policy.valid_to is None or self.today <= policy.valid_to) else self.tr("Not valid today"))
            first = QTableWidgetItem(plan_label(policy.payer_name, policy.plan_name))
            first.setData(ID_ROLE, policy.id)
            for column, item in enumerate((first, QTableWidgetItem(policy.member_number),
                                           QTableWidgetItem(self.validity_text(policy)), QTableWidgetItem(status))):
                table.setItem(row, column, item)
        if not self.policies:
            show_message(self.ui.messageLabel, self.tr("No policy recorded yet."), role="info")
        else:
            show_message(self.ui.messageLabel, "")
        self._update_buttons()

    def validity_text(self, policy: PolicyDTO) -> str:
        end = format_date(policy.valid_to) if policy.valid_to else self.tr("no end date")
        return f"{format_date(policy.valid_from)} – {end}"

    def selected(self) -> PolicyDTO | None:
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.ui.table.item(rows[0].row(), 0)
        key = None if item is None else item.data(ID_ROLE)
        return next((p for p in self.policies if p.id == key), None)

    def _update_buttons(self) -> None:
        self.ui.editButton.setEnabled(self.selected() is not None)
        self.ui.addButton.setEnabled(self.today is not None)

    def _open(self, dialog: PolicyDialog) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._policy_saved)
        dialog.open()

    def _policy_saved(self) -> None:
        self.changed.emit()
        self.reload()

    def add_policy(self) -> None:
        if self.today is None or self.ui.addButton.isHidden():
            return
        self._open(PolicyDialog(ctx=self._ctx, runner=self._runner, patient_id=self._patient_id,
                                choices=self.choices, today=self.today, insurance_ref=self._insurance_ref,
                                member_number=self._member_number, parent=self))

    def edit_policy(self) -> None:
        policy = self.selected()
        if policy is None or self.today is None or self.ui.editButton.isHidden():
            return
        self._open(PolicyDialog(ctx=self._ctx, runner=self._runner, patient_id=self._patient_id,
                                choices=self.choices, today=self.today, existing=policy, parent=self))
