"""The chart's History pane: allergies, problems (past illnesses, surgeries), family and social history.
It lives in ui/tabs/ because it opens dialogs (widgets < dialogs < tabs); the Consultation tab adds it to the
chart with ``add_history_pane``.

Every change goes through a dialog (``ui/dialogs/chart_history_dialogs.py``) or one button (confirm an
allergy, record "no known allergies", resolve a problem), each one service call with the record's version;
``changed`` tells the chart view to reread its banner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from hms_desktop.domain.clinical import ALLERGY_SOURCES, FAMILY_RELATIONS, SMOKING_STATUSES, ProblemDraft
from hms_desktop.formats import format_date
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import consultation
from hms_desktop.services.consultation import AllergyDTO, ChartHistory, FamilyHistoryDTO, ProblemDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.ui import colours
from hms_desktop.ui.dialogs.chart_history_dialogs import (
    ALLERGY_STATUS_LABELS,
    PROBLEM_KIND_LABELS,
    PROBLEM_STATUS_LABELS,
    SEVERITY_LABELS,
    AllergyDialog,
    FamilyHistoryDialog,
    ProblemDialog,
    SocialHistoryDialog,
)
from hms_desktop.ui.domain_words import domain_label, domain_word
from hms_desktop.ui.forms.ui_history_pane import Ui_HistoryPane
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.chart_view import SEVERE_INK, ChartView
from hms_desktop.ui.widgets.feedback import show_message

ID_ROLE = Qt.ItemDataRole.UserRole
REPORTED = QT_TRANSLATE_NOOP("ChartHistory", "reported, not confirmed")
ALLERGY_STATES = {"not_recorded": QT_TRANSLATE_NOOP("ChartHistory", "Allergies not recorded: ask the patient."),
                  "none_known": QT_TRANSLATE_NOOP("ChartHistory", "No known allergies (recorded)."),
                  "allergies": ""}


def _words(text: str) -> str:
    """One of the labels marked QT_TRANSLATE_NOOP("ChartHistory", ...), in the workstation's language."""
    return QCoreApplication.translate("ChartHistory", text)


def verification_text(allergy: AllergyDTO) -> str:
    return QT_TRANSLATE_NOOP("ChartHistory", "confirmed") if allergy.verification == "confirmed" else REPORTED


class HistoryPane(QWidget):
    changed = Signal()

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryPane()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.clock = HospitalClock.unloaded(ctx)
        self.patient_id: int | None = None
        self.history: ChartHistory | None = None
        self.active_dialog: QDialog | None = None
        show_message(self.ui.messageLabel, "")
        for tree in (self.ui.allergiesTree, self.ui.problemsTree, self.ui.familyTree):
            tree.setTabKeyNavigation(False)
            header = tree.header()
            for column in range(tree.columnCount() - 1):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        # The allergies' last column ("reported, not confirmed") keeps its words; the reaction takes the rest.
        allergies_header = self.ui.allergiesTree.header()
        allergies_header.setStretchLastSection(False)
        allergies_header.setSectionResizeMode(self.ui.allergiesTree.columnCount() - 1,
                                              QHeaderView.ResizeMode.ResizeToContents)
        allergies_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.addAllergyButton.clicked.connect(lambda: self.edit_allergy(None))
        self.ui.editAllergyButton.clicked.connect(lambda: self.edit_allergy(self.selected_allergy()))
        self.ui.allergiesTree.itemActivated.connect(lambda *_: self.edit_allergy(self.selected_allergy()))
        self.ui.confirmAllergyButton.clicked.connect(self.confirm_allergy)
        self.ui.noneKnownButton.clicked.connect(self.record_none_known)
        self.ui.addProblemButton.clicked.connect(lambda: self.edit_problem(None))
        self.ui.editProblemButton.clicked.connect(lambda: self.edit_problem(self.selected_problem()))
        self.ui.problemsTree.itemActivated.connect(lambda *_: self.edit_problem(self.selected_problem()))
        self.ui.resolveProblemButton.clicked.connect(self.resolve_problem)
        self.ui.addFamilyButton.clicked.connect(lambda: self.edit_family(None))
        self.ui.editFamilyButton.clicked.connect(lambda: self.edit_family(self.selected_family()))
        self.ui.familyTree.itemActivated.connect(lambda *_: self.edit_family(self.selected_family()))
        self.ui.editSocialButton.clicked.connect(self.edit_social)
        self._update_buttons()

    # --- the pane protocol -------------------------------------------------------------------------------

    def show_patient(self, patient_id: int) -> None:
        self.patient_id = patient_id
        self.reload()

    def reload(self) -> None:
        patient_id = self.patient_id
        if patient_id is None:
            return
        ctx = self._ctx

        def show(history: ChartHistory) -> None:
            if history.patient_id == self.patient_id:
                self.history = history
                self._fill()

        self._runner.run(lambda: consultation.chart_history(ctx, patient_id), on_success=show,
                         on_failure=self._failed, owner=self)

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))

    def _changed(self, *_args: Any) -> None:
        self.reload()
        self.changed.emit()

    # --- showing -----------------------------------------------------------------------------------------

    def _fill(self) -> None:
        history = self.history
        assert history is not None
        show_message(self.ui.messageLabel, "")
        state = _words(ALLERGY_STATES.get(history.allergy_flag.state, ""))
        self.ui.allergyStateLabel.setText(state)
        self.ui.allergyStateLabel.setVisible(bool(state))
        self._fill_tree(self.ui.allergiesTree, [
            (a.id, [a.substance, a.drug_class or "", a.reaction, _words(SEVERITY_LABELS.get(a.severity, a.severity)),
                    _words(ALLERGY_STATUS_LABELS.get(a.status, a.status)),
                    domain_word(ALLERGY_SOURCES.get(a.source, a.source)), _words(verification_text(a))],
             a.severity == "severe" and a.status == "active", a.status != "active")
            for a in history.allergies], self.tr("No allergies recorded."))
        self._fill_tree(self.ui.problemsTree, [
            (p.id, [_words(PROBLEM_KIND_LABELS.get(p.kind, p.kind)), p.icd10_code or "", p.description,
                    format_date(p.onset) if p.onset else "", _words(PROBLEM_STATUS_LABELS.get(p.status,
                                                                                                     p.status))],
             False, p.status != "active") for p in history.problems], self.tr("No problems, illnesses or surgeries "
                                                                             "recorded."))
        self._fill_tree(self.ui.familyTree, [
            (f.id, [domain_label(FAMILY_RELATIONS, f.relation), f.icd10_code, f.description], False, False)
            for f in history.family], self.tr("No family history recorded."))
        s = history.social
        self.ui.smokingValue.setText(domain_word(SMOKING_STATUSES.get(s.smoking, s.smoking)))
        self.ui.packYearsValue.setText(str(s.pack_years) if s.pack_years is not None else "—")
        self.ui.alcoholValue.setText(self.tr("%1 units a week").replace("%1", str(s.alcohol_units_week))
                                     if s.alcohol_units_week is not None else "—")
        self.ui.occupationValue.setText(s.occupation or "—")
        self.ui.notesValue.setText(s.notes or "—")
        self._update_buttons()

    def _fill_tree(self, tree: QTreeWidget, rows: list[tuple[int, list[str], bool, bool]], empty: str) -> None:
        current = tree.currentItem()
        keep = current.data(0, ID_ROLE) if current is not None else None
        tree.blockSignals(True)
        tree.clear()
        for row_id, texts, severe, inactive in rows:
            item = QTreeWidgetItem(texts)
            item.setData(0, ID_ROLE, row_id)
            for column in range(len(texts)):
                if severe:
                    item.setForeground(column, QBrush(QColor(SEVERE_INK)))
                    font = item.font(column)
                    font.setBold(True)
                    item.setFont(column, font)
                elif inactive:
                    item.setForeground(column, QBrush(QColor(colours.DIMMED_TEXT)))
            tree.addTopLevelItem(item)
            if row_id == keep:
                tree.setCurrentItem(item)
        if not rows:
            item = QTreeWidgetItem([empty])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        tree.blockSignals(False)

    def tree_rows(self, tree: QTreeWidget) -> list[tuple[str, ...]]:
        """What a table shows (tests, screen readers)."""
        return [tuple(item.text(c) for c in range(tree.columnCount())) for i in range(tree.topLevelItemCount())
                if (item := tree.topLevelItem(i)) is not None and item.data(0, ID_ROLE) is not None]

    # --- selection ---------------------------------------------------------------------------------------

    def _selected_id(self, tree: QTreeWidget) -> int | None:
        item = tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def selected_allergy(self) -> AllergyDTO | None:
        chosen = self._selected_id(self.ui.allergiesTree)
        return next((a for a in self.history.allergies if a.id == chosen), None) if self.history else None

    def selected_problem(self) -> ProblemDTO | None:
        chosen = self._selected_id(self.ui.problemsTree)
        return next((p for p in self.history.problems if p.id == chosen), None) if self.history else None

    def selected_family(self) -> FamilyHistoryDTO | None:
        chosen = self._selected_id(self.ui.familyTree)
        return next((f for f in self.history.family if f.id == chosen), None) if self.history else None

    def _update_buttons(self) -> None:
        loaded = self.history is not None
        allergy = self.selected_allergy()
        problem = self.selected_problem()
        for button in (self.ui.addAllergyButton, self.ui.addProblemButton, self.ui.addFamilyButton,
                       self.ui.editSocialButton):
            button.setEnabled(loaded)
        self.ui.editAllergyButton.setEnabled(allergy is not None)
        self.ui.confirmAllergyButton.setEnabled(allergy is not None and allergy.verification != "confirmed")
        self.ui.noneKnownButton.setEnabled(self.history is not None
                                           and self.history.allergy_flag.state == "not_recorded")
        self.ui.editProblemButton.setEnabled(problem is not None)
        self.ui.resolveProblemButton.setEnabled(problem is not None and problem.status == "active")
        self.ui.editFamilyButton.setEnabled(self.selected_family() is not None)

    # --- actions -----------------------------------------------------------------------------------------

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._changed)
        self.active_dialog = dialog
        dialog.open()

    def edit_allergy(self, allergy: AllergyDTO | None) -> None:
        if self.patient_id is not None:
            self._open(AllergyDialog(self._runner, self._ctx, self.patient_id, allergy=allergy, parent=self))

    def edit_problem(self, problem: ProblemDTO | None) -> None:
        if self.patient_id is not None:
            self._open(ProblemDialog(self._runner, self._ctx, self.patient_id, problem=problem,
                                     today=self.clock.today(), parent=self))

    def edit_family(self, entry: FamilyHistoryDTO | None) -> None:
        if self.patient_id is not None:
            self._open(FamilyHistoryDialog(self._runner, self._ctx, self.patient_id, entry=entry, parent=self))

    def edit_social(self) -> None:
        if self.patient_id is not None and self.history is not None:
            self._open(SocialHistoryDialog(self._runner, self._ctx, self.patient_id, social=self.history.social,
                                           parent=self))

    def _act(self, work: Any) -> None:
        show_message(self.ui.messageLabel, "")
        self._runner.run(work, on_success=self._changed, on_failure=self._act_failed, owner=self)

    def _act_failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))
        self.reload()

    def confirm_allergy(self) -> None:
        allergy = self.selected_allergy()
        if allergy is not None:
            ctx, allergy_id, version = self._ctx, allergy.id, allergy.version
            self._act(lambda: consultation.confirm_allergy(ctx, allergy_id, version))

    def record_none_known(self) -> None:
        if self.patient_id is not None:
            ctx, patient_id = self._ctx, self.patient_id
            self._act(lambda: consultation.record_no_known_allergies(ctx, patient_id))

    def resolve_problem(self) -> None:
        problem = self.selected_problem()
        if problem is not None:
            ctx, version = self._ctx, problem.version
            draft = ProblemDraft(kind=problem.kind, icd10_code=problem.icd10_code, description=problem.description,
                                 onset=problem.onset, status="resolved")
            problem_id = problem.id
            self._act(lambda: consultation.update_problem(ctx, problem_id, draft, version))


def add_history_pane(chart: ChartView, *, ctx: ServiceContext, runner: Runner) -> HistoryPane:
    """The History pane, second under the banner; a change there rereads the banner (allergies, problems)."""
    pane = HistoryPane(ctx=ctx, runner=runner, parent=chart)
    chart.add_pane(pane, QCoreApplication.translate("HistoryPane", "H&istory"), index=1)
    pane.changed.connect(lambda: chart.refresh(panes=False))
    return pane
