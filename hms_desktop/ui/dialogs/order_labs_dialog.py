"""Order lab tests from an encounter: a searchable catalogue with a tick per test, the urgency, Order.

The encounter editor emits ``order_labs_requested(encounter_id)``; the chart opens this dialog with it.
Ordering several tests is one service call (``labs.order_labs``), which also charges each test.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from hms_desktop.domain.labs import URGENCY_LABELS, Urgency
from hms_desktop.services import labs
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.labs import LabOrderDTO, LabTestDTO
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_order_labs_dialog import Ui_OrderLabsDialog
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message

CODE_ROLE = Qt.ItemDataRole.UserRole


def catalogue_line(test: LabTestDTO) -> str:
    """ "Potassium · K · Serum · 3.5–5.1 mmol/L": what a doctor needs to pick the right test."""
    parts = [test.name, test.code, test.specimen]
    if test.adult_range_text:
        parts.append(test.adult_range_text)
    return "  ·  ".join(parts)


class OrderLabsDialog(FormDialog):
    """``ordered(LabOrderDTO)`` is emitted, and the dialog accepted, once the tests are ordered."""

    ordered = Signal(object)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, encounter_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrderLabsDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.encounter_id = encounter_id
        self.catalogue: tuple[LabTestDTO, ...] = ()
        self.order: LabOrderDTO | None = None
        self._checked_at_open: frozenset[str] = frozenset()
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Order"))
        for urgency in Urgency:
            self.ui.urgencyCombo.addItem(domain_word(URGENCY_LABELS[urgency]), str(urgency))
        self.ui.urgencyCombo.setToolTip(self.tr("STAT: needed at once; urgent: today; routine: the usual run"))
        show_message(self.ui.chosenLabel, "")
        self.ui.searchEdit.textChanged.connect(self._filter)
        self.ui.testList.itemChanged.connect(self._ticked)
        # Enter in the search box ticks the only test left, instead of sending a half-chosen order.
        self.ui.searchEdit.returnPressed.connect(self._tick_single_match)
        self.setup_form(fields={
            "tests": (self.ui.testsError, self.ui.testList),
            "urgency": (self.ui.urgencyError, self.ui.urgencyCombo),
        }, message_label=self.ui.messageLabel, accept_button=self.ok_button, submit=self.submit)
        self._placeholder(self.tr("Loading the lab catalogue…"))
        runner.run(lambda: labs.lab_catalogue(ctx), on_success=self._show_catalogue,
                   on_failure=self._catalogue_failed, owner=self)
        self.ui.searchEdit.setFocus()

    # --- the catalogue -----------------------------------------------------------------------------------

    def _placeholder(self, text: str) -> None:
        self.ui.testList.blockSignals(True)
        self.ui.testList.clear()
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.ui.testList.addItem(item)
        self.ui.testList.blockSignals(False)

    def _catalogue_failed(self, error: ServiceError) -> None:
        self._placeholder(self.tr("The lab catalogue could not be loaded."))
        self.show_problems({"tests": str(error)}, focus=False)

    def _show_catalogue(self, catalogue: tuple[LabTestDTO, ...]) -> None:
        self.catalogue = catalogue
        test_list = self.ui.testList
        test_list.blockSignals(True)
        test_list.clear()
        for test in catalogue:
            item = QListWidgetItem(catalogue_line(test))
            item.setData(CODE_ROLE, test.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("LOINC %1").replace("%1", test.loinc_code) if test.loinc_code else "")
            test_list.addItem(item)
        test_list.blockSignals(False)
        self._filter(self.ui.searchEdit.text())
        self._checked_at_open = frozenset()
        self.revalidate()

    def _items(self) -> list[QListWidgetItem]:
        found = [self.ui.testList.item(row) for row in range(self.ui.testList.count())]
        return [item for item in found if item is not None and item.data(CODE_ROLE) is not None]

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        first_shown: QListWidgetItem | None = None
        for item, test in zip(self._items(), self.catalogue, strict=False):
            haystack = f"{test.name} {test.code} {test.loinc_code or ''} {test.specimen}".lower()
            hidden = not all(word in haystack for word in words)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        if first_shown is not None:
            self.ui.testList.setCurrentItem(first_shown)

    def _tick_single_match(self) -> None:
        shown = [item for item in self._items() if not item.isHidden()]
        if len(shown) == 1:
            shown[0].setCheckState(Qt.CheckState.Checked)
            self.ui.searchEdit.clear()

    def _ticked(self, _item: QListWidgetItem) -> None:
        chosen = self.chosen_names()
        show_message(self.ui.chosenLabel, (self.tr("%1 chosen: %2").replace("%1", str(len(chosen)))
                                           .replace("%2", ", ".join(chosen))) if chosen else "", role="info")
        self.field_edited("tests")

    # --- what the person chose ---------------------------------------------------------------------------

    def chosen_codes(self) -> list[str]:
        return [str(item.data(CODE_ROLE)) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def chosen_names(self) -> list[str]:
        names = {test.code: test.name for test in self.catalogue}
        return [names.get(code, code) for code in self.chosen_codes()]

    def check(self, *codes: str) -> None:
        """Tick tests by code (tests, and a chart that suggests tests)."""
        for item in self._items():
            if item.data(CODE_ROLE) in codes:
                item.setCheckState(Qt.CheckState.Checked)

    def set_urgency(self, urgency: str) -> None:
        self.ui.urgencyCombo.setCurrentIndex(max(0, self.ui.urgencyCombo.findData(urgency)))

    def has_unsaved_changes(self) -> bool:
        return super().has_unsaved_changes() or frozenset(self.chosen_codes()) != self._checked_at_open

    def validate(self) -> Problems:
        problems: Problems = {}
        if self.catalogue and not self.chosen_codes():
            problems["tests"] = self.tr("Tick at least one test.")
        if not self.catalogue:
            problems["tests"] = self.tr("Wait for the lab catalogue to load.")
        return problems

    def submit(self) -> None:
        ctx, encounter_id = self._ctx, self.encounter_id
        codes = self.chosen_codes()
        urgency = str(self.ui.urgencyCombo.currentData())
        self.save(lambda: labs.order_labs(ctx, encounter_id, codes, urgency), self._ordered,
                  saying=self.tr("Ordering…"))

    def _ordered(self, order: LabOrderDTO) -> None:
        self.order = order
        self.ordered.emit(order)
