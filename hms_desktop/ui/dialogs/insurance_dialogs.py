"""Administration → Insurance: the insurer, plan and plan price dialogs.

Insurer and plan edits carry the version they were opened with: a save after someone else's says so (the
service's "Someone else changed this … while you were editing it") in the dialog, which stays open. A plan
price is a new row from a day, today or later (never an edit), for a code the fee schedule has.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.fees import (
    PriceDraft,
    code_problem,
    date_problem,
    normal_code,
    parse_decimal,
    price_problem,
    read_fee_codes,
    read_number,
)
from hms_desktop.domain.insurance import (
    CATEGORY_LABELS,
    Category,
    Coverage,
    PayerDraft,
    PlanDraft,
    validate_payer,
    validate_plan,
)
from hms_desktop.services.fees import PlanPriceDTO, ScheduledFeeDTO
from hms_desktop.services.insurance import PayerDTO, PlanDTO
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_payer_dialog import Ui_PayerDialog
from hms_desktop.ui.forms.ui_plan_dialog import Ui_PlanDialog
from hms_desktop.ui.forms.ui_plan_price_dialog import Ui_PlanPriceDialog
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.amounts import input_text, money_text, percent_text, read_amount

NAME_SHOWN = 36  # characters of a service's name in the plan price dialog's list


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PayerDialog(FormDialog):
    """Add an insurer (``existing`` None) or edit one; ``save(draft, version)`` (version None when adding)."""

    def __init__(self, *, runner: Runner, save: Callable[[PayerDraft, int | None], PayerDTO],
                 existing: PayerDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PayerDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._runner = runner
        self._save = save
        self._existing = existing
        self.saved: PayerDTO | None = None
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if existing is None:
            self.setWindowTitle(self.tr("Add an insurer"))
            button.setText(self.tr("&Add insurer"))
        else:
            self.setWindowTitle(self.tr("Edit %1").replace("%1", existing.name))
            self.ui.codeEdit.setText(existing.code)
            self.ui.nameEdit.setText(existing.name)
            self.ui.contactEdit.setText(existing.contact)
            self.ui.activeCheck.setChecked(existing.active)
        self.setup_form(fields={"code": (self.ui.codeError, self.ui.codeEdit),
                                "name": (self.ui.nameError, self.ui.nameEdit),
                                "contact": (self.ui.contactError, self.ui.contactEdit)},
                        message_label=self.ui.messageLabel, accept_button=button, submit=self._submit,
                        watch=[self.ui.activeCheck])
        self.setMinimumWidth(480)
        self.adjustSize()

    def draft(self) -> PayerDraft:
        return PayerDraft(code=self.ui.codeEdit.text(), name=self.ui.nameEdit.text(),
                          contact=self.ui.contactEdit.text(), active=self.ui.activeCheck.isChecked())

    def validate(self) -> Problems:
        try:
            validate_payer(self.draft())
        except ValidationError as error:
            return dict(error.problems)
        return {}

    def _submit(self) -> None:
        draft = self.draft()
        version = None if self._existing is None else self._existing.version
        save = self._save

        def done(payer: PayerDTO) -> None:
            self.saved = payer

        self.save(lambda: save(draft, version), done)


class PlanDialog(FormDialog):
    """Add a plan to ``payer`` (``existing`` None) or edit one: name, co-payment per invoice, annual limit or
    none, coverage % and pre-authorisation per category, excluded fee codes, active. ``save(draft, version)``."""

    def __init__(self, *, runner: Runner, payer: PayerDTO, save: Callable[[PlanDraft, int | None], PlanDTO],
                 existing: PlanDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._runner = runner
        self._save = save
        self._payer = payer
        self._existing = existing
        self.saved: PlanDTO | None = None
        self.coverage_edits: dict[Category, tuple[QLineEdit, QCheckBox]] = {}
        for category in Category:
            stem = "".join(word.capitalize() for word in category.value.split("_"))
            stem = stem[0].lower() + stem[1:]
            self.coverage_edits[category] = (cast(QLineEdit, getattr(self.ui, f"{stem}Percent")),
                                             cast(QCheckBox, getattr(self.ui, f"{stem}Preauth")))
            cast(QLabel, getattr(self.ui, f"{stem}Label")).setText(domain_word(CATEGORY_LABELS[category]))
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.ui.noLimitCheck.toggled.connect(self._limit_toggled)
        if existing is None:
            self.setWindowTitle(self.tr("Add a plan to %1").replace("%1", payer.name))
            button.setText(self.tr("&Add plan"))
            self.ui.noLimitCheck.setChecked(True)
        else:
            self.setWindowTitle(self.tr("Edit %1 (%2)").replace("%1", existing.name).replace("%2", payer.name))
            rules = existing.rules
            self.ui.nameEdit.setText(existing.name)
            self.ui.copayEdit.setText(input_text(rules.copay_per_invoice))
            self.ui.noLimitCheck.setChecked(rules.annual_limit is None)
            if rules.annual_limit is not None:
                self.ui.limitEdit.setText(input_text(rules.annual_limit))
            for category, (percent, preauth) in self.coverage_edits.items():
                rule = rules.coverage.get(category)
                if rule is not None:
                    percent.setText(percent_text(rule.percent))
                    preauth.setChecked(rule.preauth_required)
            self.ui.excludedEdit.setText(", ".join(sorted(rules.excluded_fee_codes)))
            self.ui.activeCheck.setChecked(existing.active)
        self.ui.introLabel.setText(self.tr("What %1 pays on an invoice of a member: per category, the share of "
                                           "each line; the co-payment is the patient's on every invoice with "
                                           "covered lines.").replace("%1", payer.name))
        watch: list[QWidget] = [self.ui.noLimitCheck, self.ui.activeCheck]
        for percent, preauth in self.coverage_edits.values():
            watch += [percent, preauth]
        self.setup_form(fields={"name": (self.ui.nameError, self.ui.nameEdit),
                                "copay_per_invoice": (self.ui.copayError, self.ui.copayEdit),
                                "annual_limit": (self.ui.limitError, self.ui.limitEdit),
                                "coverage": (self.ui.coverageError, self.coverage_edits[Category.CONSULTATION][0]),
                                "excluded_fee_codes": (self.ui.excludedError, self.ui.excludedEdit)},
                        message_label=self.ui.messageLabel, accept_button=button, submit=self._submit, watch=watch)
        self.setMinimumWidth(560)
        self.adjustSize()

    def _limit_toggled(self, no_limit: bool) -> None:
        self.ui.limitEdit.setEnabled(not no_limit)
        if no_limit:
            self.ui.limitEdit.clear()

    def _coverage(self) -> tuple[dict[Category, Coverage], str | None]:
        coverage: dict[Category, Coverage] = {}
        for category, (percent_edit, preauth) in self.coverage_edits.items():
            label = domain_word(CATEGORY_LABELS[category])
            percent_typed, unclear = read_amount(percent_edit.text().strip().rstrip("%"))
            percent, problem = read_number(percent_typed, self.tr("percentage"), "80")
            if problem := unclear or problem:
                return coverage, f"{label}: {problem}"
            if percent is None:
                if preauth.isChecked():
                    return coverage, self.tr("%1: enter the percentage the insurer pays, or untick "
                                             "pre-authorisation.").replace("%1", label)
                continue
            if not Decimal(0) <= percent <= Decimal(100) or percent != percent.quantize(Decimal("0.01")):
                return coverage, self.tr("%1: the insurer's share is a percentage from 0 to 100 (two decimals at "
                                         "most).").replace("%1", label)
            coverage[category] = Coverage(percent=percent, preauth_required=preauth.isChecked())
        return coverage, None

    def _money(self, edit: QLineEdit, label: str, problems: Problems, key: str) -> Decimal | None:
        typed, unclear = read_amount(edit.text())
        value, problem = read_number(typed, label, "10.00")
        if problem := unclear or problem or (price_problem(value, label) if value is not None else None):
            problems[key] = problem
        return value

    def validate(self) -> Problems:
        problems: Problems = {}
        self._money(self.ui.copayEdit, self.tr("co-payment"), problems, "copay_per_invoice")
        if not self.ui.noLimitCheck.isChecked():
            limit = self._money(self.ui.limitEdit, self.tr("annual limit"), problems, "annual_limit")
            if "annual_limit" not in problems and not limit:
                problems["annual_limit"] = self.tr("Enter the most the insurer pays in a year, or tick “No limit”.")
        _coverage, problem = self._coverage()
        if problem:
            problems["coverage"] = problem
        _codes, problem = read_fee_codes(self.ui.excludedEdit.text())
        if problem:
            problems["excluded_fee_codes"] = problem
        if not problems:  # the domain's rules for the rest (the name)
            try:
                validate_plan(self.draft())
            except ValidationError as error:
                for key, message in error.problems.items():
                    problems.setdefault(key.split(".")[0], message)
        elif not self.ui.nameEdit.text().strip():
            problems["name"] = self.tr("Enter the plan's name.")
        return problems

    def _excluded(self) -> frozenset[str]:
        codes, _problem = read_fee_codes(self.ui.excludedEdit.text())
        return codes

    def draft(self) -> PlanDraft:
        coverage, _problem = self._coverage()
        copay = parse_decimal(read_amount(self.ui.copayEdit.text())[0]) or Decimal("0.00")
        limit = None if self.ui.noLimitCheck.isChecked() else parse_decimal(read_amount(self.ui.limitEdit.text())[0])
        return PlanDraft(payer_id=self._payer.id, name=self.ui.nameEdit.text(), coverage=coverage,
                         excluded_fee_codes=self._excluded(), copay_per_invoice=copay, annual_limit=limit,
                         active=self.ui.activeCheck.isChecked())

    def _submit(self) -> None:
        draft = self.draft()
        version = None if self._existing is None else self._existing.version
        save = self._save

        def done(plan: PlanDTO) -> None:
            self.saved = plan

        self.save(lambda: save(draft, version), done)


class PlanPriceDialog(FormDialog):
    """A plan's own price for a fee schedule code from a day (today or later): ``save(code, draft)``."""

    def __init__(self, *, runner: Runner, plan: PlanDTO, today: date, codes: Sequence[ScheduledFeeDTO],
                 save: Callable[[str, PriceDraft], PlanPriceDTO], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanPriceDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._runner = runner
        self._save = save
        self._today = today
        self._codes = {fee.code: fee for fee in codes}
        self.saved: PlanPriceDTO | None = None
        self.setWindowTitle(self.tr("Plan price for %1").replace("%1", plan.name))
        self.ui.introLabel.setText(self.tr("What a member of %1 (%2) is charged for a service from a day, instead "
                                           "of the fee schedule's price. Earlier days keep their price.")
                                   .replace("%1", plan.name).replace("%2", plan.payer_name))
        for fee in codes:
            # Short enough to show whole in the box; the full name and today's list price in the tooltip.
            name = fee.name if len(fee.name) <= NAME_SHOWN else fee.name[:NAME_SHOWN - 1] + "…"
            self.ui.codeCombo.addItem(f"{fee.code} — {name}", fee.code)
            self.ui.codeCombo.setItemData(self.ui.codeCombo.count() - 1,
                                          self.tr("%1: %2 today").replace("%1", fee.name)
                                          .replace("%2", money_text(fee.price)), Qt.ItemDataRole.ToolTipRole)
        self.ui.codeCombo.setMinimumContentsLength(NAME_SHOWN + 16)
        self.ui.codeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ui.codeCombo.setCurrentIndex(-1)
        self.ui.codeCombo.setAccessibleName(self.tr("Service (fee code)"))
        self.ui.fromEdit.setDate(_qdate(today))
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        button.setText(self.tr("&Add price"))
        self.setup_form(fields={"fee_code": (self.ui.codeError, self.ui.codeCombo),
                                "price": (self.ui.priceError, self.ui.priceEdit),
                                "effective_from": (self.ui.fromError, self.ui.fromEdit)},
                        message_label=self.ui.messageLabel, accept_button=button, submit=self._submit)
        self.setMinimumWidth(600)
        self.adjustSize()

    def code(self) -> str:
        """The chosen code: an item's, or the code typed (the text before " — ")."""
        index = self.ui.codeCombo.currentIndex()
        text = self.ui.codeCombo.currentText()
        if index >= 0 and self.ui.codeCombo.itemText(index) == text:
            return str(self.ui.codeCombo.itemData(index))
        return normal_code(text.split("—")[0])

    def _day(self) -> date:
        return cast(date, self.ui.fromEdit.date().toPython())  # typed as object; a QDate gives a date

    def validate(self) -> Problems:
        problems: Problems = {}
        code = self.code()
        if problem := code_problem(code):
            problems["fee_code"] = self.tr("Choose the service from the list.") if not code else problem
        elif code not in self._codes:
            problems["fee_code"] = self.tr("The fee schedule has no service %1: choose one from the list.").replace(
                "%1", code)
        price_text, unclear = read_amount(self.ui.priceEdit.text())
        price, problem = read_number(price_text, self.tr("price"), "45.00")
        if problem := unclear or problem or price_problem(price):
            problems["price"] = problem
        if problem := date_problem(self._day(), self._today):
            problems["effective_from"] = problem
        return problems

    def _submit(self) -> None:
        price = parse_decimal(read_amount(self.ui.priceEdit.text())[0])
        assert price is not None  # validate() passed
        code, save = self.code(), self._save
        draft = PriceDraft(price=price, tax_rate=Decimal(0), effective_from=self._day())  # the tax stays the schedule's

        def done(row: PlanPriceDTO) -> None:
            self.saved = row

        self.save(lambda: save(code, draft), done)
