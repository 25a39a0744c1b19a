"""Prescribe: find a drug in the formulary ("warf"), its usual dose prefilled, numbered lines, the safety
checks as each line is added, an override reason where a contraindicated or major alert (or checks that are
off) needs one, Issue, then Print.

The checks run on the GUI thread through ``prescribing.check_lines``, which does no I/O (a few dictionary
look-ups, well under a millisecond); the context they run against (allergies, current medications, the
knowledge base) is loaded on the task runner when the dialog opens. Issuing checks again on the server.
When the knowledge base is missing or invalid a red banner says the checks are OFF and why: never a silent
pass, and issuing then needs a reason.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from hms_desktop.domain.clinical import AllergyState
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.prescribing import (
    DOSE_UNITS,
    FREQUENCIES,
    OVERRIDE_REASON_MIN,
    ROUTES,
    Alert,
    Drug,
    PrescriptionLine,
    Quantity,
    Severity,
    dispensed_quantity,
    renumbered,
)
from hms_desktop.domain.prescribing.model import counted_items, unit_words
from hms_desktop.services import prescribing
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.prescribing import IssuedPrescription, LineCheck, PrescribingContext, RenewalDraft
from hms_desktop.services.printing import PrintJob
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_prescription_dialog import Ui_PrescriptionDialog
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.count_suffix import follow_count
from hms_desktop.ui.widgets.feedback import set_style_property, show_message
from hms_desktop.ui.widgets.medications_pane import MedicationsPane
from hms_desktop.ui.widgets.scroll_body import scroll_body

DRUG_ROLE = Qt.ItemDataRole.UserRole
# Severity colours (text on the default background): red, dark orange, amber-brown; the word says it too.
SEVERITY_COLOURS = {Severity.CONTRAINDICATED: "#b42318", Severity.MAJOR: "#c2410c", Severity.MODERATE: "#8a6100"}


class PrescriptionDialog(FormDialog):
    #: Emitted once the prescription is issued (the chart refreshes its medication list).
    issued = Signal(object)  # IssuedPrescription

    def __init__(self, *, ctx: ServiceContext, runner: Runner, encounter_id: int,
                 renewal: RenewalDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._encounter_id = encounter_id
        self._renewal = renewal
        self.context: PrescribingContext | None = None
        self.lines: tuple[PrescriptionLine, ...] = renewal.lines if renewal is not None else ()
        self.check: LineCheck | None = None
        self.issued_prescription: IssuedPrescription | None = None
        self._drug: Drug | None = None
        self._quantity_unit = ""
        self.active_dialog: QWidget | None = None
        self.ui = Ui_PrescriptionDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        # 677 px high: at 200 % (520 px) the form scrolls and Sign/Cancel stay in sight (issue 15.3).
        self.form_scroll = scroll_body(self.ui.mainLayout, keep=(self.ui.messageLabel, self.ui.buttonLayout))
        ui = self.ui
        for unit in sorted(DOSE_UNITS, key=str.casefold):
            ui.unitCombo.addItem(unit_words(unit), unit)
        for route in sorted(ROUTES, key=lambda name: domain_word(name).casefold()):
            ui.routeCombo.addItem(domain_word(route), route)
        for code, frequency in FREQUENCIES.items():
            ui.frequencyCombo.addItem(f"{code} — {domain_word(frequency.meaning)}", code)
        header = ui.linesTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        ui.linesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        ui.searchEdit.textChanged.connect(self._search)
        ui.resultList.currentItemChanged.connect(lambda item, _old: self._choose(item))
        ui.resultList.itemActivated.connect(lambda _item: self.add_line())
        ui.addButton.clicked.connect(self.add_line)
        ui.removeButton.clicked.connect(self.remove_line)
        for spin in (ui.doseSpin, ui.durationSpin):
            spin.valueChanged.connect(lambda _v: self._recount())
        for combo in (ui.unitCombo, ui.frequencyCombo):
            combo.currentIndexChanged.connect(lambda _i: self._recount())
        ui.quantitySpin.valueChanged.connect(lambda _v: self._show_quantity_unit())
        follow_count(ui.durationSpin, self.tr(" day"), self.tr(" days"))
        ui.printButton.clicked.connect(self.print_prescription)
        ui.closeButton.clicked.connect(self.reject)
        self._enable_line_editor(False)
        self.setup_form(fields={"lines": (ui.linesError, ui.linesTable),
                                "override_reason": (ui.overrideError, ui.overrideReasonEdit),
                                "instructions": (ui.lineError, ui.instructionsEdit)},
                        message_label=ui.messageLabel, accept_button=ui.issueButton, submit=self._issue)
        self._show_lines()
        self._load()

    # --- loading ----------------------------------------------------------------------------------------

    def _load(self) -> None:
        ctx, encounter_id = self._ctx, self._encounter_id
        replaces = self._renewal.replaces if self._renewal is not None else ()
        self._runner.run(lambda: prescribing.prescribing_context(ctx, encounter_id, exclude_medications=replaces),
                         on_success=self._loaded, on_failure=self._load_failed, owner=self)

    def _loaded(self, context: PrescribingContext) -> None:
        self.context = context
        ui = self.ui
        ui.headingLabel.setText(self.tr("Prescription for %1 · MRN %2").replace("%1", context.patient_name)
                                .replace("%2", context.mrn))
        self.setWindowTitle(self.tr("Prescribe — %1").replace("%1", context.patient_name))
        if context.allergy_state == AllergyState.NOT_RECORDED:
            ui.allergyLabel.setText(self.tr("Allergies not recorded: ask the patient before prescribing."))
            set_style_property(ui.allergyLabel, "severity", "warning")
        elif not context.allergy_labels:
            ui.allergyLabel.setText(self.tr("No known allergies"))
            set_style_property(ui.allergyLabel, "severity", "none")
        else:
            ui.allergyLabel.setText(self.tr("Allergies: %1").replace("%1", ", ".join(context.allergy_labels)))
            set_style_property(ui.allergyLabel, "severity", "allergies")
        if context.checks_off:
            ui.checksOffBanner.setText(self.tr(
                "Interaction and allergy checks are OFF: %1. Check every drug yourself, give a reason to issue, "
                "and tell the system administrator.").replace("%1", context.checks_off_reason or ""))
            ui.checksOffBanner.show()
        notices = []
        if context.medications:
            notices.append(self.tr("Current medications: %1").replace(
                "%1", ", ".join(m.name for m in context.medications)))
        if context.unchecked_medications:
            notices.append(self.tr("Not checked (not in the formulary; check by hand): %1").replace(
                "%1", ", ".join(context.unchecked_medications)))
        if context.unrecognised_allergies:
            notices.append(self.tr("Allergies no rule covers (check by hand): %1").replace(
                "%1", ", ".join(context.unrecognised_allergies)))
        if context.review_warning:
            notices.append(context.review_warning)
        if self._renewal is not None and self._renewal.skipped:
            notices.append(self.tr("Not renewed (prescribed elsewhere, not in the formulary): %1").replace(
                "%1", ", ".join(self._renewal.skipped)))
        ui.noticeLabel.setText("\n".join(notices))
        ui.noticeLabel.setVisible(bool(notices))
        self._recheck()
        ui.searchEdit.setFocus()
        if ui.searchEdit.text():  # typed while the formulary loaded: searched now, not only at the next key
            self._search(ui.searchEdit.text())

    def _load_failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))
        self.ui.searchEdit.setEnabled(False)

    # --- the line editor --------------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        ui = self.ui
        ui.resultList.clear()
        if self.context is None:
            return
        for drug in prescribing.search_formulary(self.context, text):
            item = QListWidgetItem(f"{drug.label}  ·  {drug.atc}")
            item.setData(DRUG_ROLE, drug)
            ui.resultList.addItem(item)
        if self.context.checks_off and text.strip():
            item = QListWidgetItem(self.tr("The formulary is unavailable with the checks: only renewals of "
                                           "earlier prescriptions can be issued now."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.resultList.addItem(item)
            return
        if ui.resultList.count():
            ui.resultList.setCurrentRow(0)
        else:
            self._choose(None)

    def _choose(self, item: QListWidgetItem | None) -> None:
        drug: Drug | None = item.data(DRUG_ROLE) if item is not None else None
        self._drug = drug
        ui = self.ui
        self._enable_line_editor(drug is not None)
        show_message(ui.lineError, "")
        if drug is None:
            ui.drugLabel.setText(self.tr("Choose a drug from the list."))
            return
        defaults = PrescriptionLine.new(1, drug)
        ui.drugLabel.setText(drug.label)
        for combo, value in ((ui.unitCombo, defaults.unit), (ui.routeCombo, defaults.route),
                             (ui.frequencyCombo, defaults.frequency)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        ui.doseSpin.blockSignals(True)
        ui.doseSpin.setValue(float(defaults.dose))
        ui.doseSpin.blockSignals(False)
        ui.durationSpin.blockSignals(True)
        ui.durationSpin.setValue(defaults.duration_days)
        ui.durationSpin.blockSignals(False)
        ui.instructionsEdit.setText(defaults.instructions)
        self._recount()

    def _enable_line_editor(self, enabled: bool) -> None:
        ui = self.ui
        for widget in (ui.doseSpin, ui.unitCombo, ui.routeCombo, ui.frequencyCombo, ui.durationSpin,
                       ui.quantitySpin, ui.instructionsEdit, ui.addButton):
            widget.setEnabled(enabled and self.issued_prescription is None)

    def _recount(self) -> None:
        """The quantity to hand over, recomputed as the dose, unit, frequency or duration change."""
        ui = self.ui
        if self._drug is None:
            return
        quantity = dispensed_quantity(self._drug, self._dose(), ui.unitCombo.currentData(),
                                      ui.frequencyCombo.currentData(), ui.durationSpin.value())
        ui.quantitySpin.setValue(quantity.amount if quantity is not None else 0)
        self._quantity_unit = quantity.unit if quantity is not None else (self._drug.count_unit or "")
        self._show_quantity_unit()

    def _show_quantity_unit(self) -> None:
        count, unit = self.ui.quantitySpin.value(), self._quantity_unit
        if not unit or count == 0:
            self.ui.quantityUnitLabel.setText("")
            return
        # The spin box shows the number: beside it, the unit in the language's form for that number, taken from
        # the whole phrase ("21 gélules") so that the plural is the translation's, never an English "s".
        phrase, number = counted_items(count, unit), str(count)
        self.ui.quantityUnitLabel.setText(phrase[len(number):].strip() if phrase.startswith(number) else phrase)

    def _dose(self) -> Decimal:
        return Decimal(str(round(self.ui.doseSpin.value(), 3))).normalize()

    def add_line(self) -> None:
        """Add the drug as the next numbered line; the checks run at once."""
        ui = self.ui
        if self._drug is None or self.issued_prescription is not None:
            return
        count = ui.quantitySpin.value()
        unit = self._quantity_unit or "item"
        try:
            line = PrescriptionLine.new(
                len(self.lines) + 1, self._drug, dose=self._dose(), unit=ui.unitCombo.currentData(),
                route=ui.routeCombo.currentData(), frequency=ui.frequencyCombo.currentData(),
                duration_days=ui.durationSpin.value(), instructions=ui.instructionsEdit.text(),
                quantity=Quantity(count, unit) if count > 0 else None)
        except ValidationError as refused:
            self.show_problems({"instructions" if "instructions" in refused.problems else "":
                                " ".join(refused.problems.values())})
            return
        self.lines = (*self.lines, line)
        self._show_lines()
        self._recheck()
        self.field_edited("lines")
        ui.searchEdit.selectAll()
        ui.searchEdit.setFocus()

    def remove_line(self) -> None:
        row = self.ui.linesTable.currentRow()
        if row < 0 or self.issued_prescription is not None:
            return
        self.lines = renumbered(self.lines[:row] + self.lines[row + 1:])
        self._show_lines()
        self._recheck()
        self.field_edited("lines")

    def _show_lines(self) -> None:
        table = self.ui.linesTable
        table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            quantity = str(line.quantity) if line.quantity is not None else self.tr("not counted")
            for column, value in enumerate((str(line.number), line.drug.label, prescribing.directions(line),
                                            quantity, line.instructions)):
                table.setItem(row, column, QTableWidgetItem(value))
        self.ui.removeButton.setEnabled(bool(self.lines) and self.issued_prescription is None)

    def _recheck(self) -> None:
        """The alerts for the lines as they stand (pure, no I/O: see the module docstring)."""
        ui = self.ui
        ui.alertsList.clear()
        if self.context is None:
            return
        self.check = prescribing.check_lines(self.context, self.lines)
        for alert in self.check.alerts:
            item = QListWidgetItem(alert_text(alert))
            item.setForeground(QBrush(QColor(SEVERITY_COLOURS[alert.severity])))
            item.setToolTip(alert.reason)
            ui.alertsList.addItem(item)
        if not self.check.alerts:
            item = QListWidgetItem(self.tr("No alerts.") if not self.check.checks_off
                                   else self.tr("No alerts can be shown: the checks are OFF."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.alertsList.addItem(item)
        ui.overrideLabel.setEnabled(self.check.reason_required)
        self.revalidate()

    # --- issuing and printing ---------------------------------------------------------------------------

    def validate(self) -> Problems:
        problems: Problems = {}
        if self.context is None:
            problems[""] = self.tr("Loading the patient's allergies and medications…")
        if not self.lines:
            problems["lines"] = self.tr("Add at least one drug.")
        if self.check is not None and self.check.reason_required:
            reason = " ".join(self.ui.overrideReasonEdit.text().split())
            if len(reason) < OVERRIDE_REASON_MIN:
                why = (self.tr("the checks are off") if not self.check.needs_reason
                       else self.tr("a serious alert") if len(self.check.needs_reason) == 1
                       else self.tr("serious alerts"))
                problems["override_reason"] = self.tr(
                    "Give a reason (at least %1 characters) for prescribing despite %2.").replace(
                    "%1", str(OVERRIDE_REASON_MIN)).replace("%2", why)
        return problems

    def can_submit(self) -> bool:
        return super().can_submit() and self.issued_prescription is None

    def _issue(self) -> None:
        ctx, encounter_id, lines = self._ctx, self._encounter_id, self.lines
        reason = self.ui.overrideReasonEdit.text() if self.check is not None and self.check.reason_required \
            else None
        renewal = self._renewal
        self.save(lambda: prescribing.issue_prescription(
            ctx, encounter_id, lines, reason, replaces=renewal.replaces if renewal else (),
            renewed_from_id=renewal.renewed_from_id if renewal else None),
            self._issued, accept=False, saying=self.tr("Issuing…"))

    def _issued(self, result: IssuedPrescription) -> None:
        self.issued_prescription = result
        ui = self.ui
        for widget in (ui.searchEdit, ui.resultList, ui.overrideReasonEdit, ui.removeButton):
            widget.setEnabled(False)
        self._enable_line_editor(False)
        ui.printButton.setEnabled(True)
        show_message(ui.messageLabel, self.tr("Prescription %1 issued. Print it for the patient.").replace(
            "%1", result.prescription.number), role="info")
        self.revalidate()
        ui.printButton.setFocus()
        self.issued.emit(result)

    def has_unsaved_changes(self) -> bool:
        if self.issued_prescription is not None:
            return False  # issued: closing loses nothing
        return (bool(self.lines) and self._renewal is None) or super().has_unsaved_changes()

    def print_prescription(self) -> None:
        """The print preview, as for wristbands: the print is logged there; a reprint says COPY."""
        if self.issued_prescription is None:
            return
        ctx, prescription_id = self._ctx, self.issued_prescription.prescription.id
        self._runner.run(lambda: prescribing.print_prescription(ctx, prescription_id), on_success=self._preview,
                         on_failure=lambda error: show_message(self.ui.messageLabel, str(error)), owner=self)

    def _preview(self, job: PrintJob) -> None:
        from hms_desktop.ui.dialogs.print_preview import open_print_preview

        self.active_dialog = open_print_preview(job, ctx=self._ctx, runner=self._runner, parent=self)


def alert_text(alert: Alert) -> str:
    """``MAJOR — warfarin 5 mg tablet + aspirin 75 mg … (current): the reason``: the word says the severity
    (colour alone would not reach everyone)."""
    lines = f" (line {', '.join(str(n) for n in alert.line_numbers)})" if alert.line_numbers else ""
    return f"{alert.severity.value.upper()} {alert.kind.value}{lines} — {' + '.join(alert.drugs)}: {alert.reason}"


def connect_medications_pane(pane: MedicationsPane, *, ctx: ServiceContext, runner: Runner) -> None:
    """Open the prescribing dialog for the pane's renewals and the print preview for its prints (the pane,
    a widget, may not open dialogs itself). ``pane.active_dialog`` is the dialog last opened."""
    from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    def renew(draft: RenewalDraft) -> None:
        dialog = PrescriptionDialog(ctx=ctx, runner=runner, encounter_id=draft.encounter_id, renewal=draft,
                                    parent=pane)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.issued.connect(pane.renewed)
        pane.active_dialog = dialog
        dialog.open()

    def preview(job: PrintJob) -> None:
        dialog = PrintPreviewDialog(runner=runner, ctx=ctx, job=job, parent=pane)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        pane.active_dialog = dialog
        dialog.open()

    pane.renewal_ready.connect(renew)
    pane.print_ready.connect(preview)
