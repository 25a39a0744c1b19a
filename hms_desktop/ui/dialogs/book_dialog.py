"""Find and book: a patient (the front-desk search), a free slot (by specialty, by doctor, or the first free one
across a specialty from a date), a type and a reason.

Also used to move an existing appointment (``reschedule=``): the patient, type and length are then fixed and
the chosen slot replaces the old one, which the service keeps in the history. Opened for a waiting-list entry
(``waiting_entry=``), it books that entry's patient and marks the entry booked in one service call
(``book_from_waiting_list``), so a failed booking leaves the entry waiting. If another desk takes the slot
between the list being shown and the click, the service answers ``SlotTaken``: the dialog says "This slot was
just taken", lists the next free ones it was given, and keeps everything else typed.

Every time it shows or takes (slots, the overbooking time, the first day) is on the hospital's wall clock:
the opener hands over its ``HospitalClock``; opened without one, the dialog reads the zone with its first
load.
"""

from __future__ import annotations

import math
import uuid
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTreeWidgetItem, QWidget

from hms_desktop.domain.scheduling import DEFAULT_SLOTS_FOR_KIND, KIND_LABELS, MAX_SLOTS_PER_APPOINTMENT
from hms_desktop.domain.wording import plural
from hms_desktop.formats import format_time, format_weekday_date_time
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.patients import PatientSummary
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_book_dialog import Ui_BookDialog
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.patient_picker import PatientPicker

SLOT_ROLE = Qt.ItemDataRole.UserRole
BY_SPECIALTY, BY_DOCTOR = "specialty", "doctor"


def format_slot_time(moment: datetime, clock: HospitalClock) -> str:
    return format_weekday_date_time(clock.local(moment))


class BookDialog(FormDialog):
    """``booked(AppointmentDTO)`` once the appointment exists (or has moved); the dialog then accepts."""

    booked = Signal(object)
    slots_loaded = Signal()

    def __init__(self, runner: Runner, ctx: ServiceContext, *, patient_id: int | None = None,
                 patient_label: str = "", doctor_id: int | None = None, specialty_id: int | None = None,
                 start: datetime | None = None, reschedule: Any = None, waiting_entry: Any = None,
                 clock: HospitalClock | None = None, parent: QWidget | None = None) -> None:
        """``clock``: the screen's ``HospitalClock`` (the hospital's today and zone); ``start``: an instant (a
        naive one is a time on the hospital's wall clock)."""
        super().__init__(parent)
        self.clock = clock or HospitalClock.unloaded(ctx)
        # Sent with every attempt to book from this window: a retry after the server did not answer in time
        # gets the appointment the earlier attempt may still have made, never a second one (migration 0007).
        self.request_id = uuid.uuid4()
        self.ui = Ui_BookDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._runner = runner
        self._ctx = ctx
        self._reschedule = reschedule
        self._waiting_entry = waiting_entry
        if waiting_entry is not None:
            patient_id = waiting_entry.patient_id
            patient_label = patient_label or self.tr("{name} (MRN {mrn})").format(name=waiting_entry.patient_name,
                                                                                  mrn=waiting_entry.patient_mrn)
            doctor_id = waiting_entry.doctor_id if doctor_id is None else doctor_id
            specialty_id = waiting_entry.specialty_id if specialty_id is None else specialty_id
        self._wanted_start = start
        self._wanted_doctor = doctor_id if doctor_id is not None else getattr(reschedule, "doctor_id", None)
        self._wanted_specialty = specialty_id
        # The specialty of the latest search: its slot length is the one the shown slots have.
        self._searched_specialty: int | None = None
        self._sequence = 0
        self.patient_id: int | None = patient_id if reschedule is None else reschedule.patient_id
        self.patient_label = patient_label or (getattr(reschedule, "patient_name", "") if reschedule else "")
        self.slots: tuple[Any, ...] = ()
        self.appointment: Any = None
        self.taken_message = ""

        title = self.tr("Move appointment") if reschedule is not None else self.tr("Find and book")
        self.setWindowTitle(title)
        self.ui.headingLabel.setText(
            title + (" — " + self.patient_label if self.patient_label else ""))
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Move here") if reschedule is not None else self.tr("&Book"))
        self.ui.overbookFrame.hide()
        # The doctor and the overbooking tick change what is required without a field of their own.
        self.setup_form(fields={
            "patient": (self.ui.patientError, self.ui.patientSearchEdit),
            "slot": (self.ui.slotError, self.ui.slotTree),
            "reason": (self.ui.reasonError, self.ui.reasonEdit),
            "search": (self.ui.searchError, self.ui.findButton),
            "overbook_reason": (self.ui.overbookError, self.ui.overbookReasonEdit),
        }, message_label=self.ui.messageLabel, accept_button=self.ok_button, submit=self.submit,
            watch=[self.ui.overbookCheck, self.ui.doctorCombo])

        # Patient: the front desk's search, in a short list.
        self.picker = PatientPicker(runner=runner, ctx=ctx, search_edit=self.ui.patientSearchEdit,
                                    table=self.ui.patientTable, parent=self)
        self.picker.preferred_id = self.patient_id
        self.patients = self.picker.model
        self.patients.zone = self.clock.zone
        self.picker.picked.connect(self._patient_picked)

        # Slot search.
        self.ui.modeCombo.addItem(self.tr("First free slot in a specialty"), BY_SPECIALTY)
        self.ui.modeCombo.addItem(self.tr("A particular doctor"), BY_DOCTOR)
        self.ui.specialtyCombo.addItem(self.tr("Any specialty"), None)
        self.ui.doctorCombo.addItem(self.tr("Any doctor"), None)
        for kind, label in KIND_LABELS.items():
            self.ui.kindCombo.addItem(domain_word(label), kind)
        self.ui.lengthSpin.setMaximum(MAX_SLOTS_PER_APPOINTMENT)
        self.ui.modeCombo.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.ui.specialtyCombo.currentIndexChanged.connect(lambda _i: self._specialty_changed())
        self.ui.doctorCombo.currentIndexChanged.connect(lambda _i: self.find_slots())
        self.ui.fromDateEdit.dateChanged.connect(lambda _d: self.find_slots())
        self.ui.lengthSpin.valueChanged.connect(self._name_slots)
        self._name_slots(self.ui.lengthSpin.value())
        self.ui.lengthSpin.valueChanged.connect(lambda _v: self.find_slots())
        self.ui.findButton.clicked.connect(self.find_slots)
        header = self.ui.slotTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # A double-click (or Enter) on a slot books it; FormDialog explains what is missing if anything is.
        self.ui.slotTree.itemActivated.connect(lambda _item, _column: self.try_accept())

        # Urgent overbooking: only for those allowed (asked once the dialog is up), never when moving, nor for
        # the waiting list (it waits for a free slot, and its entry is marked booked with a free one only).
        self.ui.overbookCheck.toggled.connect(self._overbook_toggled)
        self._show_dates()
        if reschedule is None and waiting_entry is None:
            runner.run(lambda: scheduling.can_overbook(ctx), on_success=self._show_overbooking,
                       on_failure=lambda _error: None, owner=self)
        self._overbook_toggled(False)

        if reschedule is not None:
            self._fix_for_reschedule(reschedule)
        elif patient_id is not None:
            self._fix_patient(patient_label)
        else:
            self.ui.patientChosenLabel.hide()
        if self._wanted_doctor is not None:
            self.ui.modeCombo.setCurrentIndex(self.ui.modeCombo.findData(BY_DOCTOR))
        self._kind_changed(search=False)
        self._mode_changed(search=False)
        self._loading_choices = True
        wanted_specialty = specialty_id
        known = self.clock
        runner.run(lambda: (scheduling.specialties(ctx), scheduling.doctors(ctx, specialty_id=wanted_specialty),
                            known if known.loaded else hospital_clock(ctx)),
                   on_success=self._show_choices,
                   on_failure=lambda error: self.show_problems({"search": str(error)}, focus=False), owner=self)
        (self.ui.reasonEdit if self.patient_id is not None else self.ui.patientSearchEdit).setFocus()

    def _show_dates(self) -> None:
        """The first day searched and the overbooking time: the wanted start, else the hospital's today / now."""
        today = self.clock.today()
        start = self.clock.local(self._wanted_start) if self._wanted_start is not None else None
        start_day = start.date() if start is not None else today
        self.ui.fromDateEdit.blockSignals(True)
        self.ui.fromDateEdit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.ui.fromDateEdit.setDate(QDate(start_day.year, start_day.month, start_day.day))
        self.ui.fromDateEdit.blockSignals(False)
        shown = start or self.clock.now()
        self.ui.overbookTimeEdit.setDateTime(QDateTime(QDate(shown.year, shown.month, shown.day),
                                                       QTime(shown.hour, shown.minute)))

    def overbook_time(self) -> datetime:
        """The overbooking time typed, on the hospital's wall clock."""
        typed = self.ui.overbookTimeEdit.dateTime()
        d, t = typed.date(), typed.time()
        return self.clock.at(date(d.year(), d.month(), d.day()), time(t.hour(), t.minute()))

    def _name_slots(self, count: int) -> None:
        self.ui.lengthSpin.setSuffix(plural(count, self.tr(" slot"), self.tr(" slots")))

    def _show_overbooking(self, allowed: bool) -> None:
        self.ui.overbookFrame.setVisible(allowed)
        self.revalidate()

    def _overbook_toggled(self, on: bool) -> None:
        self.ui.overbookTimeEdit.setEnabled(on)
        self.ui.overbookReasonEdit.setEnabled(on)
        self.ui.slotTree.setEnabled(not on)
        if on:
            self.ui.modeCombo.setCurrentIndex(self.ui.modeCombo.findData(BY_DOCTOR))
            self.ui.overbookReasonEdit.setFocus()
        else:
            self.clear_problem("overbook_reason")

    @property
    def overbooking(self) -> bool:
        return self.ui.overbookFrame.isVisibleTo(self) and self.ui.overbookCheck.isChecked()

    # --- patient ---------------------------------------------------------------------------------------

    def _fix_for_reschedule(self, appointment: Any) -> None:
        self._fix_patient(self.patient_label)
        kind_index = self.ui.kindCombo.findData(appointment.kind)
        self.ui.kindCombo.setCurrentIndex(max(0, kind_index))
        self.ui.kindCombo.setEnabled(False)
        self.ui.reasonEdit.setText(appointment.reason or "")
        self.ui.reasonEdit.setReadOnly(True)
        if appointment.reason is None:  # the hospital does not let reception read reasons; the move keeps it
            self.ui.reasonEdit.setPlaceholderText(self.tr("— (kept as it was; reception does not see reasons)"))

    def _fix_patient(self, label: str) -> None:
        self.ui.patientSearchEdit.hide()
        self.ui.patientTable.hide()
        self.ui.patientChosenLabel.setText(self.tr("Booking for %1").replace("%1", label or self.tr("the patient")))

    def search_patient(self, text: str) -> None:
        self.picker.search(text)

    def _patient_picked(self, patient: PatientSummary) -> None:
        self.patient_id = patient.id
        self.patient_label = self.tr("{name} (MRN {mrn})").format(name=patient.display_name, mrn=patient.mrn)
        self.ui.patientChosenLabel.setText(self.tr("Booking for %1").replace("%1", self.patient_label))
        self.ui.patientChosenLabel.show()
        self.clear_problem("patient")
        self.revalidate()

    # --- choices and slots -----------------------------------------------------------------------------

    def _show_choices(self, choices: tuple[tuple[Any, ...], tuple[Any, ...], HospitalClock]) -> None:
        specialties, doctors, clock = choices
        if not self.clock.loaded:  # opened without the screen's clock: now the hospital's zone is known
            self.clock = clock
            self.patients.zone = clock.zone
            self._show_dates()
        self.ui.specialtyCombo.blockSignals(True)
        self.ui.doctorCombo.blockSignals(True)
        for specialty in specialties:
            self.ui.specialtyCombo.addItem(specialty.name, specialty.id)
        self._fill_doctors(doctors)
        if self._wanted_specialty is not None:
            self.ui.specialtyCombo.setCurrentIndex(max(0, self.ui.specialtyCombo.findData(self._wanted_specialty)))
        self.ui.specialtyCombo.blockSignals(False)
        self.ui.doctorCombo.blockSignals(False)
        self._loading_choices = False
        self.find_slots()

    def _fill_doctors(self, doctors: tuple[Any, ...]) -> None:
        combo = self.ui.doctorCombo
        current = combo.currentData() if self._wanted_doctor is None else self._wanted_doctor
        combo.clear()
        combo.addItem(self.tr("Any doctor"), None)
        for doctor in doctors:
            combo.addItem(f"{doctor.name} · {doctor.department}" if doctor.department else doctor.name, doctor.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _specialty_changed(self) -> None:
        """Only the specialty's doctors to choose from; then look again."""
        ctx, specialty_id = self._ctx, self.ui.specialtyCombo.currentData()
        self._wanted_doctor = None

        def show(doctors: tuple[Any, ...]) -> None:
            self.ui.doctorCombo.blockSignals(True)
            self._fill_doctors(doctors)
            self.ui.doctorCombo.blockSignals(False)
            self.find_slots()

        self._runner.run(lambda: scheduling.doctors(ctx, specialty_id=specialty_id), on_success=show,
                         on_failure=lambda error: self.show_problems({"search": str(error)}, focus=False),
                         owner=self)

    def _mode_changed(self, *, search: bool = True) -> None:
        by_doctor = self.ui.modeCombo.currentData() == BY_DOCTOR
        self.ui.doctorLabel.setVisible(by_doctor)
        self.ui.doctorCombo.setVisible(by_doctor)
        if search:
            self.find_slots()

    def _kind_changed(self, *, search: bool = True) -> None:
        kind = self.ui.kindCombo.currentData()
        if self._reschedule is not None:
            appointment = self._reschedule
            minutes = (appointment.ends_at - appointment.starts_at).total_seconds() / 60
            self.ui.lengthSpin.setValue(max(1, min(MAX_SLOTS_PER_APPOINTMENT, math.ceil(minutes / 15))))
            self.ui.lengthSpin.setEnabled(False)
            return
        self.ui.lengthSpin.blockSignals(True)
        self.ui.lengthSpin.setValue(DEFAULT_SLOTS_FOR_KIND.get(kind, 1) if kind != "procedure"
                                    else max(2, self.ui.lengthSpin.value()))
        self.ui.lengthSpin.blockSignals(False)
        self._name_slots(self.ui.lengthSpin.value())  # set quietly: "1 slot" or "2 slots" all the same
        if search:
            self.find_slots()

    def find_slots(self) -> None:
        if getattr(self, "_loading_choices", True):
            return
        by_doctor = self.ui.modeCombo.currentData() == BY_DOCTOR
        doctor_id = self.ui.doctorCombo.currentData() if by_doctor else None
        specialty_id = self.ui.specialtyCombo.currentData()
        if by_doctor and doctor_id is None and specialty_id is None:
            doctor_id = None  # any doctor: the first free slots of everyone
        qdate = self.ui.fromDateEdit.date()
        start = date(qdate.year(), qdate.month(), qdate.day())
        slots_needed = self.ui.lengthSpin.value()
        self._sequence += 1
        sequence = self._sequence
        ctx = self._ctx
        self._searched_specialty = specialty_id
        self._placeholder(self.tr("Looking for free slots…"))
        self.clear_problem("search")

        def show(slots: tuple[Any, ...]) -> None:
            if sequence == self._sequence:
                self._show_slots(slots)

        def failed(error: ServiceError) -> None:
            if sequence == self._sequence:
                self._placeholder("")
                self.show_problems({"search": str(error)}, focus=False)
                self.slots_loaded.emit()

        self._runner.run(lambda: scheduling.find_slots(ctx, specialty_id=specialty_id, doctor_id=doctor_id,
                                                       start=start, slots_needed=slots_needed),
                         on_success=show, on_failure=failed, owner=self)

    def _placeholder(self, message: str) -> None:
        tree = self.ui.slotTree
        tree.blockSignals(True)
        tree.clear()
        if message:
            item = QTreeWidgetItem([message])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        tree.blockSignals(False)

    def _show_slots(self, slots: tuple[Any, ...], *, keep: bool = True) -> None:
        previous = self.selected_slot() if keep else None
        self.slots = tuple(slots)
        tree = self.ui.slotTree
        tree.blockSignals(True)
        tree.clear()
        for index, slot in enumerate(self.slots):
            item = QTreeWidgetItem([format_slot_time(slot.starts_at, self.clock), slot.doctor_name,
                                    slot.room or "—"])
            item.setData(0, SLOT_ROLE, index)
            item.setToolTip(0, self.tr("Until %1").replace("%1", format_time(self.clock.local(slot.ends_at))))
            tree.addTopLevelItem(item)
        tree.blockSignals(False)
        if not self.slots:
            self._placeholder(self.tr("No free slots in the next two weeks. Try a later date or another doctor."))
        wanted = self._wanted_start
        if wanted is not None:
            self._wanted_start = None
            if not self.select_slot(wanted, doctor_id=self._wanted_doctor):
                self.show_problems({"slot": self.tr("The time chosen on the calendar is not free; choose one of "
                                                    "these.")}, focus=False)
        elif previous is not None:
            self.select_slot(previous.starts_at, doctor_id=previous.doctor_id)
        self.slots_loaded.emit()

    def select_slot(self, starts_at: datetime, *, doctor_id: int | None = None) -> bool:
        """Select the slot starting at ``starts_at`` (aware, or naive on the hospital's wall clock)."""
        wanted = self.clock.local(starts_at)
        for i in range(self.ui.slotTree.topLevelItemCount()):
            item = self.ui.slotTree.topLevelItem(i)
            if item is None:
                continue
            index = item.data(0, SLOT_ROLE)
            if index is None:
                continue
            slot = self.slots[index]
            if slot.starts_at == wanted and \
                    (doctor_id is None or slot.doctor_id == doctor_id):
                self.ui.slotTree.setCurrentItem(item)
                self.ui.slotTree.scrollToItem(item)
                return True
        return False

    def selected_slot(self) -> Any:
        item = self.ui.slotTree.currentItem()
        if item is None or not item.isSelected() or item.data(0, SLOT_ROLE) is None:
            return None
        return self.slots[int(item.data(0, SLOT_ROLE))]

    # --- submit ----------------------------------------------------------------------------------------

    def validate(self) -> Problems:
        problems: Problems = {}
        if self.patient_id is None:
            problems["patient"] = self.tr("Find and choose the patient.")
        if self.overbooking:
            if self.ui.doctorCombo.currentData() is None:
                problems["search"] = self.tr("Choose the doctor who will see the patient.")
            if not self.ui.overbookReasonEdit.text().split():
                problems["overbook_reason"] = self.tr("Say why the patient must be seen although the time is "
                                                      "taken.")
        elif self.selected_slot() is None:
            problems["slot"] = self.tr("Choose a free slot.")
        if self._reschedule is None and not self.ui.reasonEdit.text().split():  # a move keeps its reason
            problems["reason"] = self.tr("Enter the reason for the appointment.")
        return problems

    def submit(self) -> None:
        """Called by FormDialog once the form is valid: book, overbook or move."""
        ctx, patient_id, specialty_id = self._ctx, self.patient_id, self._searched_specialty
        reason = " ".join(self.ui.reasonEdit.text().split())
        kind, slots_needed = self.ui.kindCombo.currentData(), self.ui.lengthSpin.value()
        assert patient_id is not None
        if self.overbooking:
            # Book the chosen doctor at the chosen time although it is taken; the reason is required.
            why = " ".join(self.ui.overbookReasonEdit.text().split())
            doctor_id = self.ui.doctorCombo.currentData()
            starts_at = self.overbook_time()
            self.save(lambda: scheduling.book(ctx, patient_id, doctor_id, starts_at, kind=kind, reason=reason,
                                              slots=slots_needed, overbook_reason=why,
                                              request_id=self.request_id),
                      self._booked, problems_for=self._placed)
            return
        slot = self.selected_slot()
        entry = self._waiting_entry
        if entry is not None:
            self.save(lambda: scheduling.book_from_waiting_list(
                          ctx, entry.id, slot.doctor_id, slot.starts_at, ends_at=slot.ends_at, kind=kind,
                          resource_id=slot.resource_id, reason=reason, expected_version=entry.version),
                      self._booked, problems_for=self._placed)
            return
        if self._reschedule is not None:
            appointment = self._reschedule
            self.save(lambda: scheduling.reschedule(ctx, appointment.id, slot.starts_at, doctor_id=slot.doctor_id,
                                                    expected_version=appointment.version),
                      self._booked, problems_for=self._placed)
            return
        self.save(lambda: scheduling.book(ctx, patient_id, slot.doctor_id, slot.starts_at, kind=kind, reason=reason,
                                          slots=slots_needed, resource_id=slot.resource_id,
                                          specialty_id=specialty_id, request_id=self.request_id),
                  self._booked, problems_for=self._placed)

    def _booked(self, appointment: Any) -> None:
        self.appointment = appointment
        self.booked.emit(appointment)

    def _placed(self, error: ServiceError) -> Problems | None:
        if isinstance(error, scheduling.SlotTaken):
            # Keep everything typed; offer the next free slots the service found instead of the taken one.
            self.taken_message = str(error)
            next_free = tuple(getattr(error, "next_free", ()) or ())
            self._show_slots(next_free, keep=False)
            if next_free:
                return {"slot": self.tr("%1 The next free ones are listed.").replace("%1", str(error))}
            self.find_slots()
            return {"slot": str(error)}
        if isinstance(error, ValidationFailed):
            place = "overbook_reason" if self.overbooking else "slot"
            return {(place if key in ("starts_at", "doctor_id") else key): message
                    for key, message in error.problems.items()}
        return None
