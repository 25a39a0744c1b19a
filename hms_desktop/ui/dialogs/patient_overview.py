"""One patient at a glance: demographics, MRN, current admission, appointments, recent visits, actions.

Opening it calls ``services.patients.overview``, which records the read in the audit trail. The
actions shown depend on the user's groups (doctors and billing see it read-only); the database
GRANTs are the real guard, this only keeps buttons a person cannot use out of their way.
"""

from __future__ import annotations

import logging
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from hms_desktop.domain.names import display_name
from hms_desktop.domain.patients import SEX_LABELS, age_on
from hms_desktop.domain.permissions import may_admit, may_merge, may_read_insurance, may_register, may_see_balance
from hms_desktop.domain.phones import display_phone
from hms_desktop.domain.staff import Group
from hms_desktop.domain.wording import plural
from hms_desktop.formats import format_date_time, format_time, format_weekday_date_time
from hms_desktop.services import billing, patients
from hms_desktop.services.billing import DepositDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.services.patients import PatientOverview as OverviewDTO
from hms_desktop.services.patients import PatientSummary
from hms_desktop.ui.dialogs.billing_desk import PaymentDialog
from hms_desktop.ui.dialogs.credit_note_dialog import money
from hms_desktop.ui.dialogs.deposit_desk import can_take_deposit, deposit_taken_text, offer_deposit, open_deposit_dialog
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_patient_overview import Ui_PatientOverview
from hms_desktop.ui.models.patient_search import format_date
from hms_desktop.ui.patient_words import listed_word
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.flow_layout import reflow

log = logging.getLogger(__name__)


def can_register(ctx: ServiceContext) -> bool:
    """Register, edit, admit, transfer, discharge and print wristbands and labels: reception and administrators."""
    return may_register(ctx.user.acting_groups) and may_admit(ctx.user.acting_groups)


def can_read_insurance(ctx: ServiceContext) -> bool:
    """Doctors never read insurance (the GRANTs say so); the overview says so instead of showing none."""
    return may_read_insurance(ctx.user.acting_groups)


def can_report_allergy(ctx: ServiceContext) -> bool:
    """Reception records what a patient reports at the desk (the database keeps it "reported"); doctors record
    allergies in the chart instead."""
    return Group.RECEPTION in ctx.user.acting_groups and Group.DOCTOR not in ctx.user.acting_groups


def can_merge(ctx: ServiceContext) -> bool:
    # Administrators, and staff given the capability role hms_merge_patients (reported at login);
    # the database function checks it again.
    return may_merge(ctx.user.acting_groups, merge_capability=ctx.user.can_merge_patients)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _when(value: datetime | None, zone: ZoneInfo | None = None) -> str:
    """A date and time in ``zone`` (the hospital's); the workstation's zone before the overview is loaded."""
    return format_date_time(value.astimezone(zone)) if value else ""


class PatientOverview(QDialog):
    """``changed`` is emitted after anything here changed the patient (edit, admit, merge...)."""

    changed = Signal()

    def __init__(self, *, ctx: ServiceContext, runner: Runner, patient_id: int, live: Any = None,
                 region: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PatientOverview()
        self.ui.setupUi(self)
        # Up to eleven buttons and Close: in French one line needed 966 px, more than a screen at 200 % (960 px
        # wide): they wrap onto a second line instead (issue 15.3).
        reflow(self.ui.actionRow)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._ctx = ctx
        self.clock = HospitalClock.unloaded(ctx)  # read with the overview
        self._runner = runner
        self._live = live
        self._region = region
        self.patient_id = patient_id
        self.data: OverviewDTO | None = None
        self._notice = ""
        self._merge_candidate: PatientSummary | None = None
        self.active_dialog: QDialog | None = None
        self.editable = can_register(ctx)
        self.takes_deposits = can_take_deposit(ctx)
        self.shows_balance = may_see_balance(ctx.user.acting_groups)
        self.balance: Decimal | None = None
        self.active_confirm: QMessageBox | None = None
        self.ui.demographicsForm.setRowVisible(self.ui.balanceValue, self.shows_balance)
        self.ui.balanceValue.setText(self.tr("Reading the balance…") if self.shows_balance else "")
        self.ui.balanceValue.setToolTip(self.tr("What the patient owes on issued invoices, less credit notes and "
                                                "payments. A deposit counts once billing applies it to an "
                                                "invoice."))
        self.ui.messageLabel.hide()
        self.ui.titleLabel.setText(self.tr("Loading…"))
        self.ui.allergyLabel.setText("")
        self._zone: ZoneInfo | None = None
        self.ui.appointmentsLabel.setText("")
        self.ui.appointmentsLabel.setWordWrap(True)
        header = self.ui.visitsTable.horizontalHeader()
        last = self.ui.visitsTable.columnCount() - 1
        for column in range(last):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        self.ui.readOnlyLabel.setText(self.tr("Read only: your role can view this record but not change it."))
        self.ui.readOnlyLabel.setProperty("role", "hint")
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.admitButton.clicked.connect(self.admit)
        self.ui.transferButton.clicked.connect(self.transfer)
        self.ui.dischargeButton.clicked.connect(self.discharge)
        self.ui.wristbandButton.clicked.connect(self.print_wristband)
        self.ui.labelsButton.clicked.connect(self.print_label_sheet)
        self.ui.mergeButton.clicked.connect(self.merge)
        self.ui.allergyButton.clicked.connect(self.record_reported_allergy)
        self.ui.depositButton.clicked.connect(self.take_deposit)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.policiesButton.clicked.connect(self.show_policies)
        self.ui.auditButton.clicked.connect(self.show_audit)
        self.ui.closeButton.setDefault(True)
        self._update_actions()
        self.reload()

    # --- loading ---

    def reload(self) -> None:
        ctx, patient_id = self._ctx, self.patient_id

        # One use case, one call: the overview carries the hospital's zone its times are shown in.
        self._runner.run(lambda: patients.overview(ctx, patient_id), on_success=self._show,
                         on_failure=self._failed, owner=self)
        # The photo is a nicety: a role that may not read photos still gets the overview.
        self._runner.run(lambda: patients.get_photo(ctx, patient_id), on_success=self._show_photo,
                         on_failure=lambda error: log.info("Photo not shown: %s", error), owner=self)
        if self.shows_balance:  # its own call: hms_patient_balance, which reception may ask without reading billing
            self._runner.run(lambda: billing.patient_balance(ctx, patient_id), on_success=self._show_balance,
                             on_failure=self._balance_failed, owner=self)

    def _show_balance(self, balance: Decimal) -> None:
        self.balance = balance
        if balance > 0:
            text = self.tr("Owes %1 on issued invoices").replace("%1", money(balance))
        elif balance < 0:
            text = self.tr("Overpaid by %1: a refund is owed at the billing desk").replace("%1", money(-balance))
        else:
            text = self.tr("Nothing owed on issued invoices")
        self.ui.balanceValue.setText(text)

    def _balance_failed(self, error: ServiceError) -> None:
        log.info("Balance not shown: %s", error)
        self.ui.balanceValue.setText(self.tr("The balance could not be read just now."))

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))
        if self.data is None:
            self.ui.titleLabel.setText(self.tr("Could not open this patient"))

    def _show_photo(self, photo: bytes | None) -> None:
        image = QImage.fromData(photo) if photo else QImage()
        if image.isNull():
            self.ui.photoLabel.setText(self.tr("No photo"))
            return
        self.ui.photoLabel.setPixmap(QPixmap.fromImage(image).scaled(
            self.ui.photoLabel.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def _show(self, data: OverviewDTO) -> None:
        self.clock = HospitalClock(ctx=self._ctx, zone=ZoneInfo(data.time_zone))  # age on the hospital's today
        self.data = data
        try:
            self._zone = ZoneInfo(data.time_zone)
        except (ValueError, OSError):
            self._zone = None
        record = data.record
        draft = record.draft
        # A notice from the action that caused this reload survives it; old errors do not.
        show_message(self.ui.messageLabel, self._notice, role="info")
        self._notice = ""
        name = display_name(draft.family_name, draft.given_name)
        self.setWindowTitle(self.tr("%1 — MRN %2").replace("%1", name).replace("%2", record.mrn))
        self.ui.titleLabel.setText(_escape(name))
        facts = [domain_word(SEX_LABELS.get(draft.sex, draft.sex))]
        if draft.birth_date is not None:
            age = age_on(draft.birth_date, self.clock.today())
            if draft.birth_date_estimated:
                facts.append(plural(age, self.tr("about %n year (date of birth estimated)", "", age),
                                    self.tr("about %n years (date of birth estimated)", "", age)))
            else:
                facts.append(plural(age, self.tr("%n year, born %2", "", age), self.tr("%n years, born %2", "", age))
                             .replace("%2", format_date(draft.birth_date)))
        facts.append(self.tr("MRN <b>%1</b>").replace("%1", record.mrn))
        if data.last_visit is not None:
            facts.append(self.tr("last visit %1").replace("%1", _when(data.last_visit, self._zone)))
        self.ui.detailsLabel.setText(" · ".join(facts))
        flags = []
        if record.merged_into_mrn:
            flags.append(self.tr("This record was merged into MRN %1; use that record.")
                         .replace("%1", record.merged_into_mrn))
        if data.current_admission is not None:
            flags.append(self.tr("Admitted now"))
        self.ui.flagsLabel.setText(" · ".join(flags))
        self.ui.flagsLabel.setVisible(bool(flags))
        self.ui.flagsLabel.setProperty("role", "error" if record.merged_into_mrn else "hint")
        self.ui.flagsLabel.style().unpolish(self.ui.flagsLabel)
        self.ui.flagsLabel.style().polish(self.ui.flagsLabel)
        self._show_allergy_flag(data)
        self._show_demographics(data)
        self._show_admissions(data)
        self._show_appointments(data)
        self._show_visits(data)
        self._update_actions()

    def _show_allergy_flag(self, data: OverviewDTO) -> None:
        """From the recorded allergies (``hms_allergy_flag``): every role sees the flag, never the substances."""
        state = data.allergy_state
        if state == "allergies":
            text = (self.tr("ALLERGIES — SEVERE: check the chart before giving anything") if data.allergy_severe
                    else self.tr("ALLERGIES: check the chart before giving anything"))
            style = "severe" if data.allergy_severe else "allergies"
        elif state == "none_known":
            text, style = self.tr("No known allergies"), "none_known"
        else:
            text, style = self.tr("Allergies not recorded"), "not_recorded"
        label = self.ui.allergyLabel
        label.setText(text)
        label.setAccessibleName(self.tr("Allergies"))
        label.setProperty("allergy", style)
        label.style().unpolish(label)
        label.style().polish(label)

    def _show_demographics(self, data: OverviewDTO) -> None:
        draft = data.record.draft
        none = self.tr("—")

        def contact(name: str | None, relation: str | None, phone: str | None) -> str:
            if not name and not phone:
                return none
            parts = [name or ""]
            if relation:
                parts[0] += f" ({relation})"
            if phone:
                parts.append(display_phone(phone, self._region))
            return " · ".join(p for p in parts if p)

        national = none
        if draft.national_id:
            national = f"{draft.national_id} ({domain_word(draft.national_id_type)})" if draft.national_id_type \
                else draft.national_id
        insurance_lines = []
        for policy in data.record.insurance:
            line = f"{policy.payer} · {policy.member_number}"
            if policy.valid_from or policy.valid_to:
                line += " · " + self.tr("valid %1 to %2").replace("%1", format_date(policy.valid_from) or "…")\
                    .replace("%2", format_date(policy.valid_to) or "…")
            insurance_lines.append(line)
        record = data.record
        values = {
            self.ui.phoneValue: display_phone(draft.phone, self._region) or none,
            self.ui.phoneAltValue: display_phone(draft.phone_alt, self._region) or none,
            self.ui.emailValue: draft.email or none,
            self.ui.addressValue: draft.address or none,
            self.ui.areaValue: draft.area or none,
            self.ui.languageValue: listed_word(draft.preferred_language) or none,
            self.ui.nationalIdValue: national,
            self.ui.emergencyValue: contact(draft.emergency_name, listed_word(draft.emergency_relation),
                                            draft.emergency_phone),
            self.ui.kinValue: contact(draft.kin_name, listed_word(draft.kin_relation), draft.kin_phone),
            self.ui.insuranceValue: "\n".join(insurance_lines) or none if can_read_insurance(self._ctx)
            else self.tr("not shown to your role"),
            self.ui.recordValue: self.tr("registered %1; last changed %2 by %3")
            .replace("%1", format_date(record.created_at.date()))
            .replace("%2", _when(record.updated_at, self._zone)).replace("%3", data.changed_by),
        }
        for label, text in values.items():
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(text)

    def _show_admissions(self, data: OverviewDTO) -> None:
        current = data.current_admission
        if current is None:
            self.ui.admissionLabel.setText(self.tr("Not admitted."))
        else:
            bed = current.bed
            where = (self.tr("%1 · %2 · bed %3").replace("%1", bed.ward).replace("%2", bed.room)
                     .replace("%3", bed.label) if bed else self.tr("no bed"))
            lines = [self.tr("<b>%1</b>, since %2").replace("%1", _escape(where))
                     .replace("%2", _when(current.admitted_at, self._zone)),
                     self.tr("Doctor: %1").replace("%1", _escape(current.attending_doctor
                                                                 or self.tr("not set")))]
            if current.reason:
                lines.append(self.tr("Reason: %1").replace("%1", _escape(current.reason)))
            if current.expected_days is not None:
                lines.append(self.tr("Expected stay: %1 days").replace("%1", str(current.expected_days)))
            self.ui.admissionLabel.setText("<br>".join(lines))

    def _show_appointments(self, data: OverviewDTO) -> None:
        upcoming = data.upcoming_appointments
        self.ui.appointmentsGroup.setVisible(upcoming is not None)
        if upcoming is None:  # this person's groups may not read appointments
            return
        if not upcoming:
            self.ui.appointmentsLabel.setText(self.tr("No upcoming appointments."))
            return
        lines = []
        for appointment in upcoming:
            when = format_weekday_date_time(appointment.starts_at.astimezone(self._zone))
            parts = [f"<b>{when}</b>", _escape(appointment.doctor_name), domain_word(appointment.status_label)]
            if appointment.room:
                parts.append(_escape(appointment.room))
            lines.append(" · ".join(parts))
        self.ui.appointmentsLabel.setText("<br>".join(lines))

    def _show_visits(self, data: OverviewDTO) -> None:
        table = self.ui.visitsTable
        table.setRowCount(len(data.visits))
        kinds = {"appointment": self.tr("Appointment"), "admission": self.tr("Admission")}
        for row, visit in enumerate(data.visits):
            ended = self._until(visit.started_at, visit.ended_at)
            reason = visit.shown_reason
            values = (_when(visit.started_at, self._zone), kinds.get(visit.kind, visit.kind), ended, visit.where,
                      visit.doctor, "—" if reason is None else reason)  # None: not this login's to read
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(row, column, item)
        has_visits = bool(data.visits)
        table.setVisible(has_visits)
        self.ui.visitsEmptyLabel.setText("" if has_visits else self.tr("No visits yet."))
        self.ui.visitsEmptyLabel.setVisible(not has_visits)

    def _until(self, started: datetime, ended: datetime | None) -> str:
        """When a visit ended: only the time when it ended on the day it began (the column stays narrow)."""
        if ended is None:
            return self.tr("still admitted")
        if started.astimezone(self._zone).date() == ended.astimezone(self._zone).date():
            return format_time(ended.astimezone(self._zone))
        return _when(ended, self._zone)

    def _update_actions(self) -> None:
        loaded = self.data is not None
        merged = loaded and self.data is not None and self.data.record.merged_into_mrn is not None
        admitted = loaded and self.data is not None and self.data.current_admission is not None
        editable = self.editable and loaded and not merged
        self.ui.editButton.setVisible(self.editable)
        self.ui.admitButton.setVisible(self.editable and not admitted)
        self.ui.transferButton.setVisible(self.editable and admitted)
        self.ui.dischargeButton.setVisible(self.editable and admitted)
        self.ui.wristbandButton.setVisible(self.editable)
        self.ui.labelsButton.setVisible(self.editable)
        self.ui.mergeButton.setVisible(can_merge(self._ctx))
        self.ui.allergyButton.setVisible(can_report_allergy(self._ctx))
        self.ui.depositButton.setVisible(self.takes_deposits)
        self.ui.depositButton.setEnabled(loaded and not merged)
        self.ui.readOnlyLabel.setVisible(not self.editable and not can_merge(self._ctx))
        for button in self._action_buttons():
            button.setEnabled(editable)
        self.ui.allergyButton.setEnabled(loaded and not merged)
        # Billing corrects policies here (reception adds them in the patient form, "View policies…").
        self.ui.policiesButton.setVisible(Group.BILLING in self._ctx.user.acting_groups)
        self.ui.policiesButton.setEnabled(loaded and not merged)
        # Administrators read the audit trail (the GRANT on audit_log); the owner too.
        self.ui.auditButton.setVisible(Group.ADMIN in self._ctx.user.acting_groups)
        self.ui.auditButton.setEnabled(loaded)

    def _action_buttons(self) -> tuple[QPushButton, ...]:
        ui = self.ui
        return (ui.editButton, ui.admitButton, ui.transferButton, ui.dischargeButton, ui.wristbandButton,
                ui.labelsButton, ui.mergeButton)

    def visible_actions(self) -> list[str]:
        """Texts of the action buttons the user can see (without mnemonics)."""
        return [b.text().replace("&", "") for b in self._action_buttons() if not b.isHidden()]

    # --- actions ---

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _after_change(self, *_args: object) -> None:
        self.reload()
        self.changed.emit()

    def record_reported_allergy(self) -> None:
        """What the patient reports at the desk: saved "reported, not confirmed"; a doctor confirms it."""
        if self.data is None:
            return
        from hms_desktop.ui.dialogs.chart_history_dialogs import AllergyDialog

        dialog = AllergyDialog(self._runner, self._ctx, self.patient_id, reception=True,
                               patient_label=self.windowTitle(), parent=self)
        dialog.saved.connect(self._allergy_reported)
        self._open(dialog)

    def _allergy_reported(self, *_args: object) -> None:
        self._notice = self.tr("Allergy recorded as reported, not confirmed: a doctor confirms it in the chart.")
        show_message(self.ui.messageLabel, self._notice, role="info")
        self._after_change()

    def edit(self) -> None:
        if self.data is None:
            return
        from hms_desktop.ui.dialogs.patient_dialog import PatientDialog

        dialog = PatientDialog(ctx=self._ctx, runner=self._runner, existing=self.data.record,
                               region=self._region, clock=self.clock, parent=self)
        dialog.saved.connect(self._after_change)
        self._open(dialog)

    def admit(self) -> None:
        if self.data is None:
            return
        from hms_desktop.ui.dialogs.admit_dialog import AdmitDialog

        dialog = AdmitDialog(self._runner, self._ctx, self.patient_id, self._patient_name(), live=self._live,
                             parent=self)
        dialog.accepted.connect(self._after_change)
        dialog.accepted.connect(self._offer_deposit)
        self._open(dialog)

    def _offer_deposit(self) -> None:
        """Deposits are taken on admission: ask while the patient is still at the desk."""
        if self.takes_deposits:
            self.active_confirm = offer_deposit(self, self._patient_name(), self.take_deposit)

    def take_deposit(self) -> PaymentDialog | None:
        if self.data is None or self.data.record.merged_into_mrn is not None:
            return None
        self.active_confirm = None
        return open_deposit_dialog(self, ctx=self._ctx, runner=self._runner, patient_id=self.patient_id,
                                   patient_name=self._patient_name(), on_open=self._remember,
                                   on_taken=self._deposit_taken)

    def _deposit_taken(self, deposit: DepositDTO, change: Decimal | None) -> None:
        show_message(self.ui.messageLabel, deposit_taken_text(self, deposit, change), role="info")

    def transfer(self) -> None:
        if self.data is None or self.data.current_admission is None:
            return
        from hms_desktop.ui.dialogs.transfer_dialog import TransferDialog

        dialog = TransferDialog(self._runner, self._ctx, self.data.current_admission, clock=self.clock,
                                live=self._live, parent=self)
        dialog.accepted.connect(self._after_change)
        self._open(dialog)

    def discharge(self) -> None:
        if self.data is None or self.data.current_admission is None:
            return
        from hms_desktop.ui.dialogs.discharge_dialog import DischargeDialog

        dialog = DischargeDialog(self._runner, self._ctx, self.data.current_admission, clock=self.clock,
                                 parent=self)
        dialog.accepted.connect(self._after_change)
        self._open(dialog)

    def show_audit(self) -> None:
        if self.data is None:
            return
        from hms_desktop.ui.dialogs.patient_audit_dialog import PatientAuditDialog

        self._open(PatientAuditDialog(ctx=self._ctx, runner=self._runner, patient_id=self.patient_id,
                                      patient_name=self._patient_name(), parent=self))

    def show_policies(self) -> None:
        if self.data is None:
            return
        from hms_desktop.ui.dialogs.policy_dialog import PoliciesDialog

        record = self.data.record
        card = record.draft.insurance
        dialog = PoliciesDialog(ctx=self._ctx, runner=self._runner, patient_id=self.patient_id,
                                patient_name=self._patient_name(),
                                insurance_ref=record.insurance[0].id if record.insurance else None,
                                member_number=card.member_number if card else "", parent=self)
        self._open(dialog)

    def _patient_name(self) -> str:
        if self.data is None:
            return ""
        draft = self.data.record.draft
        return display_name(draft.family_name, draft.given_name)

    def print_wristband(self) -> None:
        open_wristband_preview(self, ctx=self._ctx, runner=self._runner, patient_id=self.patient_id,
                               on_open=self._remember)

    def print_label_sheet(self) -> None:
        open_wristband_preview(self, ctx=self._ctx, runner=self._runner, patient_id=self.patient_id,
                               on_open=self._remember, label_sheet=True)

    def _remember(self, dialog: QDialog) -> None:
        self.active_dialog = dialog

    # --- merge (administrators) ---

    def merge(self) -> None:
        if self.data is None:
            return
        survivor = self.data.record
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Merge a duplicate into this record"))
        dialog.setLabelText(self.tr("This record (MRN %1) is kept. Scan or type the MRN of the duplicate "
                                    "record to merge into it:").replace("%1", survivor.mrn))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("Find"))
        # Queued: the next box opens once this one has finished closing (opening a modal box from
        # inside another's done() leaves Qt holding a stale pointer when the second one is deleted).
        dialog.textValueSelected.connect(self._find_duplicate, Qt.ConnectionType.QueuedConnection)
        self._open(dialog)

    def _find_duplicate(self, mrn: str) -> None:
        ctx = self._ctx
        mrn = "".join(mrn.split())

        def found(duplicate: PatientSummary | None) -> None:
            if duplicate is None:
                show_message(self.ui.messageLabel, self.tr("No patient has MRN %1.").replace("%1", mrn))
            elif duplicate.id == self.patient_id:
                show_message(self.ui.messageLabel, self.tr("MRN %1 is this record (or was already merged "
                                                           "into it).").replace("%1", mrn))
            else:
                self._confirm_merge(duplicate)

        self._runner.run(lambda: patients.find_by_mrn(ctx, mrn), on_success=found, on_failure=self._failed,
                         owner=self)

    def _confirm_merge(self, duplicate: PatientSummary) -> None:
        assert self.data is not None
        survivor = self.data.record
        born = format_date(duplicate.birth_date) or self.tr("date of birth unknown")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Merge patient records"),
                          self.tr("Merge <b>%1</b> (MRN %2, %3) into <b>%4</b> (MRN %5)?<br><br>Admissions "
                                  "and everything else recorded under MRN %2 move to MRN %5, and MRN %2 can "
                                  "no longer be used. This cannot be undone.")
                          .replace("%1", _escape(duplicate.display_name)).replace("%2", duplicate.mrn)
                          .replace("%3", born).replace("%4", _escape(self._patient_name()))
                          .replace("%5", survivor.mrn),
                          QMessageBox.StandardButton.Cancel, self)
        box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._merge_candidate = duplicate
        box.buttonClicked.connect(self._merge_button_clicked)
        self._open(box)

    def _merge_button_clicked(self, button: QAbstractButton) -> None:
        box = self.active_dialog
        duplicate, self._merge_candidate = self._merge_candidate, None
        if isinstance(box, QMessageBox) and duplicate is not None \
                and box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
            self._merge(duplicate)

    def _merge(self, duplicate: PatientSummary) -> None:
        ctx, survivor_id = self._ctx, self.patient_id

        def merged(moved: int) -> None:
            self._notice = (self.tr("MRN %1 was merged into this record (%2 linked rows moved).")
                            .replace("%1", duplicate.mrn).replace("%2", str(moved)))
            self._after_change()

        self._runner.run(lambda: patients.merge(ctx, survivor_id, duplicate.id), on_success=merged,
                         on_failure=self._failed, owner=self)


def open_wristband_preview(parent: QWidget, *, ctx: ServiceContext, runner: Runner, patient_id: int,
                           on_open: Any = None, label_sheet: bool = False) -> None:
    """Build the wristband PDF (or, with ``label_sheet``, the A4 sheet of labels) in the background, then
    show the print preview."""
    from hms_desktop.services import printing

    def show(job: Any) -> None:
        from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(runner=runner, ctx=ctx, job=job, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_open is not None:
            on_open(dialog)
        dialog.open()

    def failed(error: ServiceError) -> None:
        title = (QCoreApplication.translate("PatientOverview", "Could not print the labels") if label_sheet
                 else QCoreApplication.translate("PatientOverview", "Could not print the wristband"))
        QMessageBox.warning(parent, title, str(error))

    runner.run(lambda: printing.wristband_pdf(ctx, patient_id, label_sheet=label_sheet), on_success=show,
               on_failure=failed,
               owner=parent)
