"""Administration → Insurance: insurers (add, edit, retire), their plans (add, edit, retire; coverage per
category with pre-authorisation, co-payment, annual limit or none, excluded fee codes) and each plan's own
prices (a new row from a day, never an edit). Uses services/insurance.py and services/fees.py; edits carry
the version they were opened with, so a stale one says someone else changed it.

Retiring is reversible (the button then reads "Reinstate"): a retired insurer or plan takes no new members
and its plans price nothing of their own, but its policies, invoices and claims stay.

Data is loaded when the page is first shown (``activate``), not when the Administration tab is built.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from hms_desktop.domain.insurance import CATEGORY_LABELS, Category, PayerDraft, PlanDraft
from hms_desktop.formats import format_date
from hms_desktop.services import fees, insurance
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.fees import FeeList, PlanPriceDTO
from hms_desktop.services.insurance import PayerDTO, PlanDTO
from hms_desktop.ui.dialogs.insurance_dialogs import PayerDialog, PlanDialog, PlanPriceDialog
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_insurance_page import Ui_InsurancePage
from hms_desktop.ui.tasks import Runner, show_error
from hms_desktop.ui.widgets.amounts import money_text, percent_text
from hms_desktop.ui.widgets.flow_layout import reflow
from hms_desktop.ui.widgets.select_row import select_row

ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class InsuranceData:
    payers: tuple[PayerDTO, ...]
    plans: tuple[PlanDTO, ...]
    fees: FeeList


def _item(text: str, key: int | None = None, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if key is not None:
        item.setData(ID_ROLE, key)
    if right:
        item.setTextAlignment(RIGHT)
    return item


def _selected_id(table: QTableWidget) -> int | None:
    model = table.selectionModel()
    rows = model.selectedRows() if model else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return None if item is None else int(item.data(ID_ROLE))


def _select_id(table: QTableWidget, key: int | None) -> None:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(ID_ROLE) == key:
            select_row(table, row)
            table.scrollToItem(item)
            return


class InsurancePage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InsurancePage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._loaded = False
        self.data: InsuranceData | None = None
        self.prices: tuple[PlanPriceDTO, ...] = ()
        self.active_dialog: QDialog | None = None
        self.ui.payerTable.setColumnCount(3)
        self.ui.payerTable.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Status")])
        self.ui.planTable.setColumnCount(5)
        self.ui.planTable.setHorizontalHeaderLabels([self.tr("Plan"), self.tr("Co-payment"), self.tr("Annual limit"),
                                                     self.tr("Exclusions"), self.tr("Status")])
        self.ui.priceTable.setColumnCount(5)
        self.ui.priceTable.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Service"), self.tr("Plan price"),
                                                      self.tr("Effective from"), self.tr("Added by")])
        for table, stretch in ((self.ui.payerTable, 1), (self.ui.planTable, 0), (self.ui.priceTable, 1)):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            table.setWordWrap(False)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([360, 640])
        # Side by side the insurers' three buttons and the plans' four needed 1113 px in French: each row wraps
        # onto two lines at 200 % (960 px wide) instead (issue 15.3).
        reflow(self.ui.payerButtons)
        reflow(self.ui.planButtons)
        self.ui.payerTable.itemSelectionChanged.connect(self._payer_changed)
        self.ui.planTable.itemSelectionChanged.connect(self._plan_changed)
        self.ui.payerTable.itemDoubleClicked.connect(lambda _i: self.edit_payer())
        self.ui.planTable.itemDoubleClicked.connect(lambda _i: self.edit_plan())
        self.ui.addPayerButton.clicked.connect(self.add_payer)
        self.ui.editPayerButton.clicked.connect(self.edit_payer)
        self.ui.retirePayerButton.clicked.connect(self.toggle_payer)
        self.ui.addPlanButton.clicked.connect(self.add_plan)
        self.ui.editPlanButton.clicked.connect(self.edit_plan)
        self.ui.retirePlanButton.clicked.connect(self.toggle_plan)
        self.ui.addPriceButton.clicked.connect(self.add_price)
        self.ui.refreshButton.clicked.connect(self._reload_now)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self._reload_now,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.activate()

    def activate(self) -> None:
        self._loaded = True
        self.reload()

    # --- loading ---

    def _reload_now(self) -> None:
        self.reload()

    def reload(self, *, payer_id: int | None = None, plan_id: int | None = None) -> None:
        ctx = self._ctx
        keep_payer = payer_id if payer_id is not None else self.selected_payer_id()
        keep_plan = plan_id if plan_id is not None else self.selected_plan_id()

        def load() -> InsuranceData:
            return InsuranceData(payers=insurance.list_payers(ctx), plans=insurance.list_plans(ctx),
                                 fees=fees.list_fees(ctx))

        def show(data: InsuranceData) -> None:
            self.data = data
            self._fill_payers(keep_payer, keep_plan)

        self.ui.summaryLabel.setText(self.tr("Loading…"))
        self._runner.run(load, on_success=show, on_failure=self._failed, owner=self)

    def _failed(self, error: ServiceError) -> None:
        self.ui.summaryLabel.setText(str(error))
        show_error(self, error)

    def _status(self, active: bool) -> str:
        return self.tr("Active") if active else self.tr("Retired")

    def _fill_payers(self, payer_id: int | None, plan_id: int | None) -> None:
        assert self.data is not None
        table = self.ui.payerTable
        table.blockSignals(True)
        table.setRowCount(len(self.data.payers))
        for row, payer in enumerate(self.data.payers):
            for column, item in enumerate((_item(payer.code, payer.id), _item(payer.name),
                                           _item(self._status(payer.active)))):
                table.setItem(row, column, item)
        table.clearSelection()
        table.blockSignals(False)
        _select_id(table, payer_id if payer_id is not None else (self.data.payers[0].id if self.data.payers
                                                                 else None))
        self._payer_changed(plan_id)
        active = sum(1 for p in self.data.payers if p.active)
        self.ui.summaryLabel.setText(self.tr("%1 insurers (%2 active), %3 plans.").replace(
            "%1", str(len(self.data.payers))).replace("%2", str(active)).replace("%3", str(len(self.data.plans))))

    # --- selection ---

    def selected_payer_id(self) -> int | None:
        return _selected_id(self.ui.payerTable)

    def selected_payer(self) -> PayerDTO | None:
        key = self.selected_payer_id()
        return next((p for p in self.data.payers if p.id == key), None) if self.data else None

    def selected_plan_id(self) -> int | None:
        return _selected_id(self.ui.planTable)

    def selected_plan(self) -> PlanDTO | None:
        key = self.selected_plan_id()
        return next((p for p in self.data.plans if p.id == key), None) if self.data else None

    def plans_of(self, payer_id: int | None) -> list[PlanDTO]:
        return [plan for plan in self.data.plans if plan.payer_id == payer_id] if self.data else []

    def _payer_changed(self, plan_id: int | None = None) -> None:
        payer = self.selected_payer()
        plans = self.plans_of(payer.id if payer else None)
        self.ui.planBox.setTitle(self.tr("Plans of %1").replace("%1", payer.name) if payer else self.tr("Plans"))
        table = self.ui.planTable
        table.blockSignals(True)
        table.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            rules = plan.rules
            limit = self.tr("none") if rules.annual_limit is None else money_text(rules.annual_limit)
            for column, item in enumerate((
                    _item(plan.name, plan.id), _item(money_text(rules.copay_per_invoice), right=True),
                    _item(limit, right=True), _item(", ".join(sorted(rules.excluded_fee_codes)) or "—"),
                    _item(self._status(plan.active)))):
                table.setItem(row, column, item)
        table.clearSelection()
        table.blockSignals(False)
        if isinstance(plan_id, int):
            _select_id(table, plan_id)
        if self.selected_plan_id() is None and plans:
            select_row(table, 0)
        self._plan_changed()

    def _plan_changed(self) -> None:
        self._update_buttons()
        plan = self.selected_plan()
        if plan is None:
            self.ui.rulesLabel.setText(self.tr("Select a plan to see what it covers."))
            self.prices = ()
            self._fill_prices()
            return
        self.ui.rulesLabel.setText(self.rules_text(plan))
        ctx = self._ctx
        self._runner.run(lambda: fees.plan_prices(ctx, plan.id),
                         on_success=lambda rows: self._prices_loaded(plan.id, rows), on_failure=self._failed,
                         owner=self)

    def rules_text(self, plan: PlanDTO) -> str:
        parts = []
        for category in Category:
            rule = plan.rules.coverage.get(category)
            if rule is None:
                continue
            text = f"{domain_word(CATEGORY_LABELS[category])} {percent_text(rule.percent)} %"
            if rule.preauth_required:
                text += self.tr(" (pre-authorisation)")
            parts.append(text)
        covered = ", ".join(parts) if parts else self.tr("nothing")
        return self.tr("Covers: %1. Categories not listed are the patient's.").replace("%1", covered)

    def _prices_loaded(self, plan_id: int, rows: tuple[PlanPriceDTO, ...]) -> None:
        if plan_id != self.selected_plan_id():
            return  # the selection moved on while this loaded
        self.prices = rows
        self._fill_prices()

    def _fill_prices(self) -> None:
        table = self.ui.priceTable
        table.setRowCount(len(self.prices))
        for row, price in enumerate(self.prices):
            for column, item in enumerate((_item(price.fee_code), _item(price.fee_name),
                                           _item(money_text(price.price), right=True),
                                           _item(format_date(price.effective_from)), _item(price.created_by))):
                table.setItem(row, column, item)

    def _update_buttons(self) -> None:
        payer, plan = self.selected_payer(), self.selected_plan()
        self.ui.editPayerButton.setEnabled(payer is not None)
        self.ui.retirePayerButton.setEnabled(payer is not None)
        self.ui.retirePayerButton.setText(self.tr("Reins&tate insurer") if payer and not payer.active
                                          else self.tr("Re&tire insurer"))
        self.ui.addPlanButton.setEnabled(payer is not None)
        for button in (self.ui.editPlanButton, self.ui.retirePlanButton, self.ui.addPriceButton):
            button.setEnabled(plan is not None)
        self.ui.retirePlanButton.setText(self.tr("Reinst&ate plan") if plan and not plan.active
                                         else self.tr("Retire pl&an"))

    # --- actions ---

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _save_payer(self, draft: PayerDraft, version: int | None, payer_id: int | None) -> PayerDTO:
        if payer_id is None or version is None:
            return insurance.create_payer(self._ctx, draft)
        return insurance.update_payer(self._ctx, payer_id, version, draft)

    def add_payer(self) -> None:
        dialog = PayerDialog(runner=self._runner, save=lambda d, v: self._save_payer(d, v, None), parent=self)
        dialog.accepted.connect(lambda: self.reload(payer_id=dialog.saved.id if dialog.saved else None))
        self._open(dialog)

    def edit_payer(self) -> None:
        payer = self.selected_payer()
        if payer is None:
            return
        dialog = PayerDialog(runner=self._runner, existing=payer,
                             save=lambda d, v: self._save_payer(d, v, payer.id), parent=self)
        dialog.accepted.connect(lambda: self.reload(payer_id=payer.id))
        self._open(dialog)

    def toggle_payer(self) -> None:
        payer = self.selected_payer()
        if payer is None:
            return
        ctx = self._ctx
        draft = PayerDraft(code=payer.code, name=payer.name, contact=payer.contact, active=not payer.active)
        self._runner.run(lambda: insurance.update_payer(ctx, payer.id, payer.version, draft),
                         on_success=lambda _p: self.reload(payer_id=payer.id),
                         on_failure=self._action_failed, owner=self)

    def _save_plan(self, draft: PlanDraft, version: int | None, plan_id: int | None) -> PlanDTO:
        if plan_id is None or version is None:
            return insurance.create_plan(self._ctx, draft)
        return insurance.update_plan(self._ctx, plan_id, version, draft)

    def add_plan(self) -> None:
        payer = self.selected_payer()
        if payer is None:
            return
        dialog = PlanDialog(runner=self._runner, payer=payer, save=lambda d, v: self._save_plan(d, v, None),
                            parent=self)
        dialog.accepted.connect(lambda: self.reload(payer_id=payer.id,
                                                    plan_id=dialog.saved.id if dialog.saved else None))
        self._open(dialog)

    def edit_plan(self) -> None:
        payer, plan = self.selected_payer(), self.selected_plan()
        if payer is None or plan is None:
            return
        dialog = PlanDialog(runner=self._runner, payer=payer, existing=plan,
                            save=lambda d, v: self._save_plan(d, v, plan.id), parent=self)
        dialog.accepted.connect(lambda: self.reload(payer_id=payer.id, plan_id=plan.id))
        self._open(dialog)

    def toggle_plan(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        ctx, rules = self._ctx, plan.rules
        draft = PlanDraft(payer_id=plan.payer_id, name=plan.name, coverage=dict(rules.coverage),
                          excluded_fee_codes=rules.excluded_fee_codes, copay_per_invoice=rules.copay_per_invoice,
                          annual_limit=rules.annual_limit, active=not plan.active)
        self._runner.run(lambda: insurance.update_plan(ctx, plan.id, plan.version, draft),
                         on_success=lambda _p: self.reload(payer_id=plan.payer_id, plan_id=plan.id),
                         on_failure=self._action_failed, owner=self)

    def _action_failed(self, error: ServiceError) -> None:
        show_error(self, error)
        self.reload()  # a stale version: show what is there now

    def add_price(self) -> None:
        plan = self.selected_plan()
        if plan is None or self.data is None:
            return
        ctx = self._ctx
        dialog = PlanPriceDialog(runner=self._runner, plan=plan, today=self.data.fees.today,
                                 codes=self.data.fees.fees,
                                 save=lambda code, draft: fees.add_plan_price(ctx, plan.id, code, draft),
                                 parent=self)
        dialog.accepted.connect(lambda: self.reload(payer_id=plan.payer_id, plan_id=plan.id))
        self._open(dialog)


