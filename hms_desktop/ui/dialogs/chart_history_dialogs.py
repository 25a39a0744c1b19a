"""The History pane's dialogs: an allergy, a problem (past illness, surgery), a relative's condition, and the
social history. Each is a ``FormDialog`` on its own Designer form; each emits ``saved(dto)``.

A stale save (someone changed the record since the dialog opened) keeps what was typed: the dialog reads
the record again, says so, and a second Save replaces the other change with this one on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget

from hms_desktop.domain.clinical import (
    ALLERGY_SOURCES,
    FAMILY_RELATIONS,
    SMOKING_STATUSES,
    AllergyDraft,
    AllergyStatus,
    FamilyHistoryDraft,
    ProblemDraft,
    ProblemKind,
    ProblemStatus,
    Severity,
    SocialHistoryDraft,
    check_allergy,
    check_family_history,
    check_problem,
    check_social_history,
)
from hms_desktop.domain.errors import ValidationError
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import consultation
from hms_desktop.services.consultation import (
    AllergyDTO,
    ChartHistory,
    FamilyHistoryDTO,
    ProblemDTO,
    SocialHistoryDTO,
)
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, ServiceError
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_allergy_dialog import Ui_AllergyDialog
from hms_desktop.ui.forms.ui_family_history_dialog import Ui_FamilyHistoryDialog
from hms_desktop.ui.forms.ui_problem_dialog import Ui_ProblemDialog
from hms_desktop.ui.forms.ui_social_history_dialog import Ui_SocialHistoryDialog
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.icd10_chooser import Icd10Chooser

SEVERITY_LABELS = {
    Severity.MILD: QT_TRANSLATE_NOOP("ChartHistory", "Mild"),
    Severity.MODERATE: QT_TRANSLATE_NOOP("ChartHistory", "Moderate"),
    Severity.SEVERE: QT_TRANSLATE_NOOP("ChartHistory", "Severe"),
}
ALLERGY_STATUS_LABELS = {
    AllergyStatus.ACTIVE: QT_TRANSLATE_NOOP("ChartHistory", "Active"),
    AllergyStatus.INACTIVE: QT_TRANSLATE_NOOP("ChartHistory", "Inactive"),
    AllergyStatus.REFUTED: QT_TRANSLATE_NOOP("ChartHistory", "Refuted (not allergic)"),
}
PROBLEM_KIND_LABELS = {
    ProblemKind.PROBLEM: QT_TRANSLATE_NOOP("ChartHistory", "Problem"),
    ProblemKind.PAST_ILLNESS: QT_TRANSLATE_NOOP("ChartHistory", "Past illness"),
    ProblemKind.SURGERY: QT_TRANSLATE_NOOP("ChartHistory", "Surgery"),
}
PROBLEM_STATUS_LABELS = {
    ProblemStatus.ACTIVE: QT_TRANSLATE_NOOP("ChartHistory", "Active"),
    ProblemStatus.RESOLVED: QT_TRANSLATE_NOOP("ChartHistory", "Resolved"),
}
THEIRS_NOW = QT_TRANSLATE_NOOP("ChartHistory", "Someone changed this record since you opened it; what you typed is "
                               "still here. Save again to replace their change with yours, or Cancel to keep theirs.")


def _words(text: str) -> str:
    """One of the labels marked QT_TRANSLATE_NOOP("ChartHistory", ...), in the workstation's language."""
    return QCoreApplication.translate("ChartHistory", text)


def fill_combo(combo: QComboBox, labels: dict[Any, str], current: object,
               words: Callable[[str], str] = _words) -> None:
    """``words``: how the labels are translated (this module's, or the domain's ``domain_word``)."""
    combo.clear()
    for key, label in labels.items():
        combo.addItem(words(label), str(key))
    combo.setCurrentIndex(max(0, combo.findData(str(current))))


class _HistoryDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, runner: Runner, ctx: ServiceContext, patient_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._ctx = ctx
        self.patient_id = patient_id
        self.expected_version = 0

    def _save(self, work: Callable[[], Any], find: Callable[[ChartHistory], Any]) -> None:
        """Send the form; on a stale version read the record again (``find`` picks it from the history) so
        a second Save goes through, keeping what was typed."""
        self.save(work, self.saved.emit, problems_for=lambda error: self._stale(error, find))

    def _stale(self, error: ServiceError, find: Callable[[ChartHistory], Any]) -> Problems | None:
        if not isinstance(error, Conflict):
            return None
        ctx, patient_id = self._ctx, self.patient_id

        def reread(history: ChartHistory) -> None:
            current = find(history)
            if current is not None:
                self.expected_version = current.version

        self._runner.run(lambda: consultation.chart_history(ctx, patient_id), on_success=reread,
                         on_failure=lambda failure: show_message(self.message_label_widget(), str(failure)),
                         owner=self)
        return {"": _words(THEIRS_NOW)}

    def message_label_widget(self) -> Any:
        return self.ui.messageLabel  # type: ignore[attr-defined]  # every subclass's form has one


class AllergyDialog(_HistoryDialog):
    """Record a new allergy, or change one (status inactive or refuted is how an allergy is taken off).

    ``reception=True``: what a patient reports at the desk; saved as "reported, not confirmed" (the database
    insists) and always active; reception gets the allergy flag back, not the allergy."""

    def __init__(self, runner: Runner, ctx: ServiceContext, patient_id: int, *, allergy: AllergyDTO | None = None,
                 reception: bool = False, patient_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(runner, ctx, patient_id, parent)
        self.ui = Ui_AllergyDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self.allergy = allergy
        self.reception = reception
        title = (self.tr("Record reported allergy") if reception else
                 self.tr("Change allergy") if allergy is not None else self.tr("Add allergy"))
        self.setWindowTitle(f"{title} — {patient_label}" if patient_label else title)
        fill_combo(self.ui.severityCombo, SEVERITY_LABELS, allergy.severity if allergy else Severity.MODERATE)
        fill_combo(self.ui.statusCombo, ALLERGY_STATUS_LABELS, allergy.status if allergy else AllergyStatus.ACTIVE)
        fill_combo(self.ui.sourceCombo, ALLERGY_SOURCES, allergy.source if allergy else
                   ("patient" if reception else "clinician"), domain_word)
        self.ui.statusLabel.setVisible(not reception)
        self.ui.statusCombo.setVisible(not reception)
        if allergy is not None:
            self.expected_version = allergy.version
            self.ui.substanceEdit.setText(allergy.substance)
            self.ui.drugClassEdit.setText(allergy.drug_class or "")
            self.ui.reactionEdit.setPlainText(allergy.reaction)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.setup_form(fields={
            "substance": (self.ui.substanceError, self.ui.substanceEdit),
            "drug_class": (self.ui.drugClassError, self.ui.drugClassEdit),
            "reaction": (self.ui.reactionError, self.ui.reactionEdit),
            "severity": (self.ui.severityError, self.ui.severityCombo),
            "status": (self.ui.statusError, self.ui.statusCombo),
            "source": (self.ui.sourceError, self.ui.sourceCombo),
        }, message_label=self.ui.messageLabel, accept_button=self.save_button, submit=self.submit)
        self.ui.substanceEdit.setFocus()

    def draft(self) -> AllergyDraft:
        return AllergyDraft(substance=self.ui.substanceEdit.text(), reaction=self.ui.reactionEdit.toPlainText(),
                            severity=str(self.ui.severityCombo.currentData()),
                            drug_class=self.ui.drugClassEdit.text() or None,
                            status=str(self.ui.statusCombo.currentData()) if not self.reception
                            else AllergyStatus.ACTIVE.value,
                            source=str(self.ui.sourceCombo.currentData()))

    def validate(self) -> Problems:
        try:
            check_allergy(self.draft())
        except ValidationError as error:
            return dict(error.problems)
        return {}

    def submit(self) -> None:
        ctx, patient_id, draft = self._ctx, self.patient_id, self.draft()
        if self.allergy is None:
            self.save(lambda: consultation.record_allergy(ctx, patient_id, draft), self.saved.emit)
            return
        allergy_id, version = self.allergy.id, self.expected_version
        self._save(lambda: consultation.update_allergy(ctx, allergy_id, draft, version),
                   lambda history: next((a for a in history.allergies if a.id == allergy_id), None))


class ProblemDialog(_HistoryDialog):
    """A problem or past illness (ICD-10 coded) or a surgery with its date; editing changes the
    description, the date and the status (resolving it), never the kind or the code."""

    def __init__(self, runner: Runner, ctx: ServiceContext, patient_id: int, *, problem: ProblemDTO | None = None,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(runner, ctx, patient_id, parent)
        self.ui = Ui_ProblemDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self.problem = problem
        self.today = today
        self.setWindowTitle(self.tr("Change problem") if problem is not None else self.tr("Add problem"))
        fill_combo(self.ui.kindCombo, PROBLEM_KIND_LABELS, problem.kind if problem else ProblemKind.PROBLEM)
        fill_combo(self.ui.statusCombo, PROBLEM_STATUS_LABELS, problem.status if problem else ProblemStatus.ACTIVE)
        self.codes = Icd10Chooser(search_edit=self.ui.codeSearchEdit, results=self.ui.codeList,
                                  chosen_label=self.ui.codeChosenLabel, parent=self)
        self.ui.onsetEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.ui.onsetEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.onsetKnownCheck.toggled.connect(self.ui.onsetEdit.setEnabled)
        self.ui.onsetKnownCheck.setChecked(False)
        self.ui.onsetEdit.setEnabled(False)
        if problem is not None:
            self.expected_version = problem.version
            self.codes.set_code(problem.icd10_code)
            self.ui.descriptionEdit.setText(problem.description)
            if problem.onset is not None:
                self.ui.onsetKnownCheck.setChecked(True)
                self.ui.onsetEdit.setDate(QDate(problem.onset.year, problem.onset.month, problem.onset.day))
            # The kind and the code stay as recorded: resolve and record again to change them.
            for widget in (self.ui.kindCombo, self.ui.codeSearchEdit, self.ui.codeList):
                widget.setEnabled(False)
        self.codes.changed.connect(lambda: self.field_edited("icd10_code"))
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.setup_form(fields={
            "kind": (self.ui.kindError, self.ui.kindCombo),
            "icd10_code": (self.ui.icd10_codeError, self.ui.codeSearchEdit),
            "description": (self.ui.descriptionError, self.ui.descriptionEdit),
            "onset": (self.ui.onsetError, self.ui.onsetEdit),
            "status": (self.ui.statusError, self.ui.statusCombo),
        }, message_label=self.ui.messageLabel, accept_button=self.save_button, submit=self.submit,
            watch=[self.ui.onsetKnownCheck])
        (self.ui.codeSearchEdit if problem is None else self.ui.descriptionEdit).setFocus()

    def draft(self) -> ProblemDraft:
        onset = self.ui.onsetEdit.date().toPython() if self.ui.onsetKnownCheck.isChecked() else None
        return ProblemDraft(kind=str(self.ui.kindCombo.currentData()), icd10_code=self.codes.code,
                            description=self.ui.descriptionEdit.text(), onset=onset,  # type: ignore[arg-type]
                            status=str(self.ui.statusCombo.currentData()))

    def validate(self) -> Problems:
        try:
            check_problem(self.draft(), today=self.today)
        except ValidationError as error:
            return dict(error.problems)
        return {}

    def submit(self) -> None:
        ctx, patient_id, draft = self._ctx, self.patient_id, self.draft()
        if self.problem is None:
            self.save(lambda: consultation.record_problem(ctx, patient_id, draft), self.saved.emit)
            return
        problem_id, version = self.problem.id, self.expected_version
        self._save(lambda: consultation.update_problem(ctx, problem_id, draft, version),
                   lambda history: next((p for p in history.problems if p.id == problem_id), None))


class FamilyHistoryDialog(_HistoryDialog):
    def __init__(self, runner: Runner, ctx: ServiceContext, patient_id: int, *,
                 entry: FamilyHistoryDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(runner, ctx, patient_id, parent)
        self.ui = Ui_FamilyHistoryDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self.entry = entry
        self.setWindowTitle(self.tr("Change family history") if entry is not None else
                            self.tr("Add a relative's condition"))
        fill_combo(self.ui.relationCombo, FAMILY_RELATIONS, entry.relation if entry else "mother", domain_word)
        self.codes = Icd10Chooser(search_edit=self.ui.codeSearchEdit, results=self.ui.codeList,
                                  chosen_label=self.ui.codeChosenLabel, parent=self)
        if entry is not None:
            self.expected_version = entry.version
            self.codes.set_code(entry.icd10_code)
            self.ui.descriptionEdit.setText(entry.description)
        self.codes.changed.connect(lambda: self.field_edited("icd10_code"))
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.setup_form(fields={
            "relation": (self.ui.relationError, self.ui.relationCombo),
            "icd10_code": (self.ui.icd10_codeError, self.ui.codeSearchEdit),
            "description": (self.ui.descriptionError, self.ui.descriptionEdit),
        }, message_label=self.ui.messageLabel, accept_button=self.save_button, submit=self.submit)
        self.ui.relationCombo.setFocus()

    def draft(self) -> FamilyHistoryDraft:
        return FamilyHistoryDraft(relation=str(self.ui.relationCombo.currentData()), icd10_code=self.codes.code or "",
                                  description=self.ui.descriptionEdit.text())

    def validate(self) -> Problems:
        try:
            check_family_history(self.draft())
        except ValidationError as error:
            return dict(error.problems)
        return {}

    def submit(self) -> None:
        ctx, patient_id, draft = self._ctx, self.patient_id, self.draft()
        if self.entry is None:
            self.save(lambda: consultation.record_family_history(ctx, patient_id, draft), self.saved.emit)
            return
        entry_id, version = self.entry.id, self.expected_version
        self._save(lambda: consultation.update_family_history(ctx, entry_id, draft, version),
                   lambda history: next((f for f in history.family if f.id == entry_id), None))


class SocialHistoryDialog(_HistoryDialog):
    def __init__(self, runner: Runner, ctx: ServiceContext, patient_id: int, *, social: SocialHistoryDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, ctx, patient_id, parent)
        self.ui = Ui_SocialHistoryDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self.setWindowTitle(self.tr("Social history"))
        self.expected_version = social.version
        fill_combo(self.ui.smokingCombo, SMOKING_STATUSES, social.smoking, domain_word)
        # The spin boxes' lowest value reads "Not known" (None).
        self.ui.packYearsSpin.setValue(float(social.pack_years) if social.pack_years is not None else -0.1)
        self.ui.alcoholSpin.setValue(social.alcohol_units_week if social.alcohol_units_week is not None else -1)
        self.ui.occupationEdit.setText(social.occupation)
        self.ui.notesEdit.setPlainText(social.notes)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.setup_form(fields={
            "smoking": (self.ui.smokingError, self.ui.smokingCombo),
            "pack_years": (self.ui.pack_yearsError, self.ui.packYearsSpin),
            "alcohol_units_week": (self.ui.alcohol_units_weekError, self.ui.alcoholSpin),
            "occupation": (self.ui.occupationError, self.ui.occupationEdit),
            "notes": (self.ui.notesError, self.ui.notesEdit),
        }, message_label=self.ui.messageLabel, accept_button=self.save_button, submit=self.submit)
        self.ui.smokingCombo.setFocus()

    def draft(self) -> SocialHistoryDraft:
        packs = self.ui.packYearsSpin.value()
        alcohol = self.ui.alcoholSpin.value()
        return SocialHistoryDraft(smoking=str(self.ui.smokingCombo.currentData()),
                                  pack_years=Decimal(str(round(packs, 1))) if packs >= 0 else None,
                                  alcohol_units_week=alcohol if alcohol >= 0 else None,
                                  occupation=self.ui.occupationEdit.text(), notes=self.ui.notesEdit.toPlainText())

    def validate(self) -> Problems:
        try:
            check_social_history(self.draft())
        except ValidationError as error:
            return dict(error.problems)
        return {}

    def submit(self) -> None:
        ctx, patient_id, draft, version = self._ctx, self.patient_id, self.draft(), self.expected_version
        self._save(lambda: consultation.save_social_history(ctx, patient_id, draft, version),
                   lambda history: history.social)
