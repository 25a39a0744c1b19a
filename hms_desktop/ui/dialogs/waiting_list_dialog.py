"""Add to waiting list: a patient (the front-desk search) who wants an earlier slot with a doctor, or with any
doctor of a specialty, between an earliest and (optionally) a latest day, with a note.

Opened from the Scheduling tab's waiting-list panel, and from the book dialog when no early slot suits
(``add_waiting_list_button`` puts the button there and carries over the patient, doctor, specialty and date).
When a matching appointment is cancelled, reception is offered the patients on the list, longest waiting first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.services.patients import PatientSummary
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.forms.ui_waiting_list_dialog import Ui_WaitingListDialog
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.patient_picker import PatientPicker


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class WaitingListDialog(FormDialog):
    """``added(WaitingEntryDTO)`` once the patient is on the list; the dialog then accepts."""

    added = Signal(object)

    def __init__(self, runner: Runner, ctx: ServiceContext, *, patient_id: int | None = None,
                 patient_label: str = "", doctor_id: int | None = None, specialty_id: int | None = None,
                 earliest: date | None = None, today: date | None = None, parent: QWidget | None = None) -> None:
        """``today``: the hospital's, from the screen's ``HospitalClock`` (else ``ctx.clock`` on this workstation)."""
        super().__init__(parent)
        self.ui = Ui_WaitingListDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._runner = runner
        self._ctx = ctx
        self._wanted_doctor = doctor_id
        self._wanted_specialty = specialty_id
        self.patient_id = patient_id
        self.patient_label = patient_label
        self.entry: Any = None
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Add to waiting list"))

        self.picker = PatientPicker(runner=runner, ctx=ctx, search_edit=self.ui.patientSearchEdit,
                                    table=self.ui.patientTable, parent=self)
        self.patients = self.picker.model
        self.picker.picked.connect(self._patient_picked)
        if patient_id is not None:
            self.ui.patientSearchEdit.hide()
            self.ui.patientTable.hide()
            self.ui.patientChosenLabel.setText(self.tr("Waiting: %1").replace("%1", patient_label or
                                                                              self.tr("the patient")))
        else:
            self.ui.patientChosenLabel.hide()

        self.ui.specialtyCombo.addItem(self.tr("— choose —"), None)
        self.ui.doctorCombo.addItem(self.tr("Any doctor of the specialty"), None)
        today = today or HospitalClock.unloaded(ctx).today()
        self.ui.earliestDateEdit.setMinimumDate(_qdate(today))
        self.ui.earliestDateEdit.setDate(_qdate(max(today, earliest or today)))
        self.ui.latestDateEdit.setMinimumDate(_qdate(today))
        self.ui.latestDateEdit.setDate(_qdate(max(today, earliest or today)))
        self.ui.latestDateEdit.setEnabled(False)
        self.ui.latestCheck.toggled.connect(self.ui.latestDateEdit.setEnabled)
        self.setup_form(fields={
            "patient": (self.ui.patientError, self.ui.patientSearchEdit),
            "doctor": (self.ui.doctorError, self.ui.doctorCombo),
            "latest": (self.ui.latestError, self.ui.latestDateEdit),
            "note": (self.ui.noteError, self.ui.noteEdit),
        }, message_label=self.ui.messageLabel, accept_button=self.ok_button, submit=self.submit,
            watch=[self.ui.latestCheck, self.ui.earliestDateEdit, self.ui.specialtyCombo])
        self._loading_choices = True
        runner.run(lambda: (scheduling.specialties(ctx), scheduling.doctors(ctx)), on_success=self._show_choices,
                   on_failure=lambda error: self.show_problems({"": str(error)}, focus=False), owner=self)
        (self.ui.noteEdit if patient_id is not None else self.ui.patientSearchEdit).setFocus()

    # --- patient ---------------------------------------------------------------------------------------

    def search_patient(self, text: str) -> None:
        self.picker.search(text)

    def _patient_picked(self, patient: PatientSummary) -> None:
        self.patient_id = patient.id
        self.patient_label = self.tr("{name} (MRN {mrn})").format(name=patient.display_name, mrn=patient.mrn)
        self.ui.patientChosenLabel.setText(self.tr("Waiting: %1").replace("%1", self.patient_label))
        self.ui.patientChosenLabel.show()
        self.clear_problem("patient")
        self.revalidate()

    # --- doctor or specialty ---------------------------------------------------------------------------

    def _show_choices(self, choices: tuple[tuple[Any, ...], tuple[Any, ...]]) -> None:
        specialties, doctors = choices
        self._doctors = doctors
        self.ui.specialtyCombo.blockSignals(True)
        for specialty in specialties:
            self.ui.specialtyCombo.addItem(specialty.name, specialty.id)
        if self._wanted_specialty is not None:
            self.ui.specialtyCombo.setCurrentIndex(max(0, self.ui.specialtyCombo.findData(self._wanted_specialty)))
        self.ui.specialtyCombo.blockSignals(False)
        self._fill_doctors(doctors, wanted=self._wanted_doctor)
        self.ui.specialtyCombo.currentIndexChanged.connect(lambda _i: self._specialty_changed())
        self._loading_choices = False

    def _fill_doctors(self, doctors: tuple[Any, ...], *, wanted: int | None) -> None:
        combo = self.ui.doctorCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any doctor of the specialty"), None)
        for doctor in doctors:
            combo.addItem(f"{doctor.name} · {doctor.department}" if doctor.department else doctor.name, doctor.id)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)
        self.revalidate()

    def _specialty_changed(self) -> None:
        """Only the specialty's doctors to choose from (every doctor when no specialty is chosen)."""
        ctx, specialty_id, current = self._ctx, self.ui.specialtyCombo.currentData(), self.ui.doctorCombo.currentData()
        self.clear_problem("doctor")
        self._runner.run(lambda: scheduling.doctors(ctx, specialty_id=specialty_id),
                         on_success=lambda doctors: self._fill_doctors(doctors, wanted=current),
                         on_failure=lambda error: self.show_problems({"doctor": str(error)}), owner=self)

    def choose(self, *, doctor_id: int | None = None, specialty_id: int | None = None) -> None:
        """Pick a specialty and/or a doctor (as a person would in the combos)."""
        if specialty_id is not None:
            self.ui.specialtyCombo.setCurrentIndex(max(0, self.ui.specialtyCombo.findData(specialty_id)))
        self.ui.doctorCombo.setCurrentIndex(max(0, self.ui.doctorCombo.findData(doctor_id)))

    # --- submit ----------------------------------------------------------------------------------------

    def _wanted(self) -> tuple[int | None, int | None, date, date | None]:
        doctor_id = self.ui.doctorCombo.currentData()
        specialty_id = self.ui.specialtyCombo.currentData() if doctor_id is None else None
        earliest = _pydate(self.ui.earliestDateEdit.date())
        latest = _pydate(self.ui.latestDateEdit.date()) if self.ui.latestCheck.isChecked() else None
        return doctor_id, specialty_id, earliest, latest

    def validate(self) -> Problems:
        doctor_id, specialty_id, earliest, latest = self._wanted()
        problems: Problems = {}
        if self.patient_id is None:
            problems["patient"] = self.tr("Find and choose the patient.")
        if doctor_id is None and specialty_id is None:
            problems["doctor"] = self.tr("Choose a doctor, or a specialty for any of its doctors.")
        if latest is not None and latest < earliest:
            problems["latest"] = self.tr("The latest day is before the earliest one.")
        return problems

    def submit(self) -> None:
        doctor_id, specialty_id, earliest, latest = self._wanted()
        note = " ".join(self.ui.noteEdit.text().split())
        ctx, patient_id = self._ctx, self.patient_id
        assert patient_id is not None
        self.save(lambda: scheduling.add_to_waiting_list(ctx, patient_id, doctor_id=doctor_id,
                                                         specialty_id=specialty_id, earliest=earliest,
                                                         latest=latest, note=note),
                  self._added, problems_for=self._placed)

    def _added(self, entry: Any) -> None:
        self.entry = entry
        self.added.emit(entry)

    @staticmethod
    def _placed(error: ServiceError) -> Problems | None:
        if isinstance(error, ValidationFailed):  # one field here for the service's doctor or specialty
            return {("doctor" if key in ("doctor_id", "specialty_id") else key): message
                    for key, message in error.problems.items()}
        return None


def add_waiting_list_button(book_dialog: Any, runner: Runner, ctx: ServiceContext,
                            on_added: Any = None) -> QPushButton:
    """Put "Add to waiting list…" in a book dialog's buttons, for when no early slot suits: it opens the
    waiting-list dialog with the patient, doctor, specialty and from-date already chosen there."""
    ui = book_dialog.ui
    button: QPushButton = ui.buttonBox.addButton(QCoreApplication.translate(
        "WaitingListDialog", "Add to &waiting list…"),
                                    QDialogButtonBox.ButtonRole.ActionRole)
    button.setAutoDefault(False)
    button.setToolTip(QCoreApplication.translate(
        "WaitingListDialog", "No early slot suits: put the patient on the waiting list instead"))

    def open_dialog() -> None:
        by_doctor = ui.modeCombo.currentData() == "doctor"
        dialog = WaitingListDialog(runner, ctx, patient_id=book_dialog.patient_id,
                                   patient_label=book_dialog.patient_label,
                                   doctor_id=ui.doctorCombo.currentData() if by_doctor else None,
                                   specialty_id=ui.specialtyCombo.currentData(),
                                   earliest=_pydate(ui.fromDateEdit.date()), today=book_dialog.clock.today(),
                                   parent=book_dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def added(entry: Any) -> None:
            book_dialog.discard()  # what was typed went to the waiting list
            if on_added is not None:
                on_added(entry)

        dialog.added.connect(added)
        book_dialog.waiting_dialog = dialog
        dialog.open()

    button.clicked.connect(open_dialog)
    book_dialog.waiting_list_button = button
    return button
