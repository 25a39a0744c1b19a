"""Register a new patient or edit one: grouped sections, messages under each field, nothing lost on error.

Save is one call, ``services.patients.save_registration``: the patient, the policy of the plan chosen for the
typed card, and the chosen photo in one transaction, so a refused plan or photo leaves nothing saved (said
above the form and beside the field). New: possible duplicates are asked first (open the existing record, or
register as new). Edit: the version the form was loaded at; a stale save shows both versions side by side.
Whatever goes wrong (invalid input, a lost connection, a conflict), the form keeps what was typed.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStringListModel, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.patients import (
    ID_TYPES,
    MAX_AGE_YEARS,
    SEX_LABELS,
    InsuranceDraft,
    PatientDraft,
    age_on,
    estimated_birth_date,
    validate_patient,
)
from hms_desktop.domain.permissions import may_read_insurance
from hms_desktop.domain.phones import display_phone
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_date_time
from hms_desktop.services import insurance as insurance_service
from hms_desktop.services import patients
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.insurance import PlanChoice, PolicyDTO
from hms_desktop.services.patients import DuplicateCandidate, EditConflict, PatientRecord, PossibleDuplicates
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from hms_desktop.ui.dialogs.duplicates_dialog import DuplicateChoice, DuplicatesDialog
from hms_desktop.ui.dialogs.policy_dialog import PoliciesDialog, plan_label
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_patient_form import Ui_PatientDialog
from hms_desktop.ui.patient_words import LANGUAGES, RELATIONS, fill_listed, listed_value, show_listed
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.field_conflict import ConflictChoice
from hms_desktop.ui.widgets.scroll_body import scroll_body

PHOTO_MAX = (480, 600)   # pixels; a passport-style photo, small enough for the database
THUMBNAIL = (100, 124)
_DATE = re.compile(r"^\s*(\d{1,2})\s*[./\- ]\s*(\d{1,2})\s*[./\- ]\s*(\d{4}|\d{2})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


def parse_date(text: str, *, today: date | None = None) -> date | None:
    """Day-first dates as typed at a front desk: 12/03/1980, 12.3.1980, 12031980, or 1980-03-12.

    With ``today`` (dates of birth), a two-digit year is the latest one not in the future, as the
    search box reads it: 12/03/80 is 1980. Empty text is None; anything else that is not a real date
    raises ValueError (a month-first 03/25/1980 too: on a form, guessing is worse than asking).
    """
    if not text.strip():
        return None
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := (_DATE.match(text) or _COMPACT.match(text)):
        day_text, month_text, year_text = match.groups()
        day, month, year = int(day_text), int(month_text), int(year_text)
        if len(year_text) == 2:
            if today is None:
                raise ValueError(text)
            year += 2000 if year <= today.year % 100 else 1900
    else:
        raise ValueError(text)
    return date(year, month, day)  # ValueError for 31/02/1980


def _typed(value: date | None) -> str:
    """A date the way the form expects it typed."""
    return value.strftime("%d/%m/%Y") if value else ""


def image_for_storage(image: QImage) -> tuple[bytes, str]:
    """Scale down to at most PHOTO_MAX and encode as JPEG: a phone photo is many megabytes."""
    if image.width() > PHOTO_MAX[0] or image.height() > PHOTO_MAX[1]:
        image = image.scaled(*PHOTO_MAX, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 85)
    buffer.close()
    return bytes(data.data()), "image/jpeg"


class PatientDialog(FormDialog):
    """``existing`` None registers a new patient; otherwise edits it. ``record`` holds what was saved."""

    saved = Signal(object)                   # PatientRecord, after every successful save
    open_patient_requested = Signal(int)     # chose an existing record in the duplicates list

    def __init__(self, *, ctx: ServiceContext, runner: Runner, existing: PatientRecord | None = None,
                 prefill: PatientDraft | None = None, region: str | None = None,
                 clock: HospitalClock | None = None, today: Callable[[], date] | None = None,
                 parent: QWidget | None = None) -> None:
        """``clock``: the screen's ``HospitalClock`` (ages on the hospital's today, stamps on its wall clock);
        without one the dialog reads the hospital's zone itself. ``today`` overrides the clock's today."""
        super().__init__(parent)
        self.clock = clock or HospitalClock.unloaded(ctx)
        self.ui = Ui_PatientDialog()
        self.ui.setupUi(self)
        # The form's two columns are 1160 px wide: at 200 % (960 × 520 px) they stack and scroll, Register and
        # Cancel stay in sight below them (issue 15.3).
        self.form_scroll = scroll_body(self.ui.mainLayout, keep=(self.ui.messageLabel, self.ui.footerRow))
        self._side_by_side_width = 0
        self._ctx = ctx
        # Sent with every attempt to register from this window: a retry after the server did not answer in
        # time gets the record the earlier attempt may still have made, never a second one (migration 0007).
        self.request_id = uuid.uuid4()
        self._runner = runner
        self._today_given = today
        self._region = region
        self.record: PatientRecord | None = existing
        self.active_dialog: QDialog | None = None
        self._photo: tuple[bytes, str] | None = None     # chosen in this dialog, not saved yet
        self._loaded_estimated_age: int | None = None
        self._loaded_birth_date: date | None = None
        self._conflict: tuple[PatientDraft, PatientRecord] | None = None
        ui = self.ui
        self._errors: dict[str, tuple[QLabel, QWidget]] = {
            "family_name": (ui.familyNameError, ui.familyNameEdit),
            "given_name": (ui.givenNameError, ui.givenNameEdit),
            "sex": (ui.sexError, ui.sexCombo),
            "birth_date": (ui.birthDateError, ui.birthDateEdit),
            "birth_date_estimated": (ui.birthDateError, ui.ageSpin),
            "national_id": (ui.nationalIdError, ui.nationalIdEdit),
            "national_id_type": (ui.nationalIdError, ui.idTypeCombo),
            "phone": (ui.phoneError, ui.phoneEdit),
            "phone_alt": (ui.phoneAltError, ui.phoneAltEdit),
            "email": (ui.emailError, ui.emailEdit),
            "address": (ui.addressError, ui.addressEdit),
            "area": (ui.areaError, ui.areaEdit),
            "preferred_language": (ui.languageError, ui.languageCombo),
            "emergency_name": (ui.emergencyNameError, ui.emergencyNameEdit),
            "emergency_relation": (ui.emergencyRelationError, ui.emergencyRelationCombo),
            "emergency_phone": (ui.emergencyPhoneError, ui.emergencyPhoneEdit),
            "kin_name": (ui.kinNameError, ui.kinNameEdit),
            "kin_relation": (ui.kinRelationError, ui.kinRelationCombo),
            "kin_phone": (ui.kinPhoneError, ui.kinPhoneEdit),
            "insurance": (ui.payerError, ui.payerEdit),
            "insurance.payer": (ui.payerError, ui.payerEdit),
            "insurance.member_number": (ui.memberNumberError, ui.memberNumberEdit),
            "insurance.valid_from": (ui.validityError, ui.validFromEdit),
            "insurance.valid_to": (ui.validityError, ui.validToEdit),
            "photo": (ui.photoError, ui.choosePhotoButton),
            "plan": (ui.planError, ui.planCombo),
        }
        for code, label in SEX_LABELS.items():
            ui.sexCombo.addItem(domain_word(label), code)
        ui.sexCombo.setCurrentIndex(-1)
        for id_type in ID_TYPES:
            ui.idTypeCombo.addItem(domain_word(id_type), id_type)
        ui.idTypeCombo.setCurrentIndex(0)
        # Shown translated, stored as the list's English key (patient_words): never the words of this desk.
        fill_listed(ui.languageCombo, LANGUAGES)
        for combo in (ui.emergencyRelationCombo, ui.kinRelationCombo):
            fill_listed(combo, RELATIONS)
        ui.ageSpin.setRange(0, MAX_AGE_YEARS)
        ui.estimatedCheck.toggled.connect(self._estimated_toggled)
        ui.kinSameCheck.toggled.connect(self._kin_same_toggled)
        for widget in (ui.emergencyNameEdit, ui.emergencyPhoneEdit):
            widget.textChanged.connect(self._copy_emergency_if_same)
        ui.emergencyRelationCombo.currentTextChanged.connect(self._copy_emergency_if_same)
        ui.choosePhotoButton.clicked.connect(self.choose_photo)
        self._setup_plan_link()
        self._setup_area_completion()
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if existing is None:
            self.setWindowTitle(self.tr("Register a new patient"))
            self.save_button.setText(self.tr("&Register"))
            if prefill is not None:
                self._load(prefill)
        else:
            self._show_existing(existing)
            self._load_photo(existing.id)
        # Wired after loading, so a prefilled or loaded form does not count as edited by the person.
        self.setup_form(fields=self._errors, message_label=ui.messageLabel, accept_button=self.save_button,
                        submit=self.submit, watch=[ui.estimatedCheck, ui.kinSameCheck],
                        summary=self.tr("Please correct the fields marked in red; nothing has been saved."))
        if self._region is None or not self.clock.loaded:
            region, known = self._region, self.clock
            self._runner.run(lambda: (region or patients.phone_region(ctx),
                                      known if known.loaded else hospital_clock(ctx)),
                             on_success=lambda result: self._set_region(*result),
                             on_failure=lambda _error: None, owner=self)
        ui.familyNameEdit.setFocus()
        self.adjustSize()

    # --- loading ---

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side while the window has the room for both columns, one above the other when not."""
        columns = self.ui.columns
        if columns.direction() == QBoxLayout.Direction.LeftToRight:
            self._side_by_side_width = columns.minimumSize().width()
        frame = 2 * self.form_scroll.frameWidth() + self.form_scroll.verticalScrollBar().sizeHint().width()
        margins = self.ui.mainLayout.contentsMargins()
        room = event.size().width() - margins.left() - margins.right() - frame
        wanted = (QBoxLayout.Direction.LeftToRight if room >= self._side_by_side_width
                  else QBoxLayout.Direction.TopToBottom)
        if columns.direction() != wanted:
            columns.setDirection(wanted)
        super().resizeEvent(event)

    def _set_region(self, region: str, clock: HospitalClock) -> None:
        self._region, self.clock = region, clock
        if self.record is not None:
            self._show_footer(self.record)  # the stamp on the hospital's wall clock
        self.revalidate()  # phone numbers can be checked from now on

    def _today(self) -> date:
        """The hospital's today (ages, dates of birth), read from the clock each time."""
        return self._today_given() if self._today_given is not None else self.clock.today()

    def _show_footer(self, record: PatientRecord) -> None:
        self.ui.footerLabel.setText(self.tr("MRN %1 · last changed by %2 on %3")
                                    .replace("%1", record.mrn).replace("%2", record.changed_by)
                                    .replace("%3", format_date_time(self.clock.local(record.updated_at))))

    def _show_existing(self, record: PatientRecord) -> None:
        self.record = record
        self.setWindowTitle(self.tr("Edit %1 — MRN %2").replace("%1", f"{record.draft.family_name}, "
                                                                       f"{record.draft.given_name}")
                            .replace("%2", record.mrn))
        self.save_button.setText(self.tr("&Save changes"))
        self._show_footer(record)
        self.ui.footerLabel.setProperty("role", "hint")
        self._load(record.draft)

    def _load(self, draft: PatientDraft) -> None:
        ui = self.ui
        ui.familyNameEdit.setText(draft.family_name or "")
        ui.givenNameEdit.setText(draft.given_name or "")
        ui.sexCombo.setCurrentIndex(ui.sexCombo.findData(draft.sex) if draft.sex else -1)
        today = self._today()
        self._loaded_birth_date = draft.birth_date
        if draft.birth_date_estimated and draft.birth_date is not None:
            self._loaded_estimated_age = age_on(draft.birth_date, today)
            ui.ageSpin.setValue(self._loaded_estimated_age)
            ui.birthDateEdit.clear()
            ui.estimatedCheck.setChecked(True)
        else:
            self._loaded_estimated_age = None
            ui.estimatedCheck.setChecked(False)
            ui.birthDateEdit.setText(_typed(draft.birth_date))
        ui.nationalIdEdit.setText(draft.national_id or "")
        if draft.national_id_type:
            index = ui.idTypeCombo.findData(draft.national_id_type)
            if index < 0:
                ui.idTypeCombo.addItem(draft.national_id_type, draft.national_id_type)
                index = ui.idTypeCombo.count() - 1
            ui.idTypeCombo.setCurrentIndex(index)
        ui.phoneEdit.setText(display_phone(draft.phone, self._region))
        ui.phoneAltEdit.setText(display_phone(draft.phone_alt, self._region))
        ui.emailEdit.setText(draft.email or "")
        ui.addressEdit.setPlainText(draft.address or "")
        ui.areaEdit.setText(draft.area or "")
        show_listed(ui.languageCombo, draft.preferred_language)
        ui.emergencyNameEdit.setText(draft.emergency_name or "")
        show_listed(ui.emergencyRelationCombo, draft.emergency_relation)
        ui.emergencyPhoneEdit.setText(display_phone(draft.emergency_phone, self._region))
        ui.kinSameCheck.setChecked(False)
        ui.kinNameEdit.setText(draft.kin_name or "")
        show_listed(ui.kinRelationCombo, draft.kin_relation)
        ui.kinPhoneEdit.setText(display_phone(draft.kin_phone, self._region))
        insurance = draft.insurance
        ui.payerEdit.setText(insurance.payer if insurance else "")
        ui.memberNumberEdit.setText(insurance.member_number if insurance else "")
        ui.validFromEdit.setText(_typed(insurance.valid_from if insurance else None))
        ui.validToEdit.setText(_typed(insurance.valid_to if insurance else None))

    def _setup_area_completion(self) -> None:
        """Offer the areas already recorded (``known_areas``, read in the background) as the person types: any
        part of the name matches, whatever its case, so "lee" offers "Leeds". Typing a new area is allowed."""
        self.area_completer = QCompleter(self)
        self.area_completer.setModel(QStringListModel(self.area_completer))
        self.area_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.area_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.area_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.area_completer.setMaxVisibleItems(8)
        self.ui.areaEdit.setCompleter(self.area_completer)
        ctx = self._ctx
        # Without the list the field is a plain text box: nothing to tell the person.
        self._runner.run(lambda: patients.known_areas(ctx), on_success=self._set_known_areas,
                         on_failure=lambda _error: None, owner=self)

    def _set_known_areas(self, areas: tuple[str, ...]) -> None:
        model = self.area_completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(list(areas))

    def _load_photo(self, patient_id: int) -> None:
        ctx = self._ctx

        def show(image: bytes | None) -> None:
            if image and self._photo is None:
                self._show_thumbnail(QImage.fromData(image))

        self._runner.run(lambda: patients.get_photo(ctx, patient_id), on_success=show,
                         on_failure=lambda _error: None, owner=self)

    # --- insurance plan and policies (issue 9, item 6: patient policies at registration) ---

    def _setup_plan_link(self) -> None:
        """The plan the typed card belongs to (``plan_choices``); saving the form adds the patient's policy for
        the insurance reference it saves, in the same transaction (``save_registration``'s ``plan_id``).
        Hidden from those who read no insurance (doctors), and from those who add no policies."""
        ui = self.ui
        ui.planCombo.addItem(self.tr("Not linked to a plan"), None)
        ui.policiesButton.clicked.connect(self.show_policies)
        ui.policiesButton.setEnabled(self.record is not None)
        ui.policiesButton.setToolTip(self.tr("The patient's insurance policies: add one, or (billing) correct one."))
        groups = self._ctx.user.acting_groups
        if not may_read_insurance(groups) or not ({Group.RECEPTION, Group.BILLING} & set(groups)):
            # Only reception and billing add policies (the GRANTs); others see no plan choice.
            for widget in (ui.planLabel, ui.planCombo, ui.policiesButton, ui.planError):
                widget.hide()
            return
        ctx, record = self._ctx, self.record

        def load() -> tuple[tuple[PlanChoice, ...], tuple[PolicyDTO, ...]]:
            policies = insurance_service.patient_policies(ctx, record.id) if record is not None else ()
            return insurance_service.plan_choices(ctx), policies

        self._runner.run(load, on_success=self._plans_loaded, on_failure=lambda _error: None, owner=self)

    def _plans_loaded(self, result: tuple[tuple[PlanChoice, ...], tuple[PolicyDTO, ...]]) -> None:
        choices, policies = result
        combo = self.ui.planCombo
        for choice in choices:
            combo.addItem(plan_label(choice.payer_name, choice.name), choice.id)
        # Editing: the plan of the policy already linked to the current insurance reference.
        current = self.record.insurance[0].id if self.record is not None and self.record.insurance else None
        linked = next((p for p in policies if current is not None and p.patient_insurance_id == current), None)
        if linked is not None and combo.findData(linked.plan_id) >= 0:
            combo.setCurrentIndex(combo.findData(linked.plan_id))

    def show_policies(self) -> None:
        record = self.record
        if record is None:
            return
        card = record.draft.insurance
        dialog = PoliciesDialog(ctx=self._ctx, runner=self._runner, patient_id=record.id,
                                patient_name=f"{record.draft.given_name} {record.draft.family_name}",
                                insurance_ref=record.insurance[0].id if record.insurance else None,
                                member_number=card.member_number if card else "", parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()

    # --- form behaviour ---

    def _estimated_toggled(self, estimated: bool) -> None:
        self.ui.birthDateEdit.setEnabled(not estimated)
        self.ui.ageSpin.setEnabled(estimated)
        if estimated:
            typed = self.ui.birthDateEdit.text()
            try:
                birth = parse_date(typed, today=self._today())
            except ValueError:
                birth = None
            if birth is not None and birth <= self._today():
                self.ui.ageSpin.setValue(age_on(birth, self._today()))
            self.ui.ageSpin.setFocus()
            self.ui.ageSpin.selectAll()
        else:
            self.ui.birthDateEdit.setFocus()

    def _kin_same_toggled(self, same: bool) -> None:
        for widget in (self.ui.kinNameEdit, self.ui.kinRelationCombo, self.ui.kinPhoneEdit):
            widget.setEnabled(not same)
        self._copy_emergency_if_same()

    def _copy_emergency_if_same(self, *_args: object) -> None:
        if not self.ui.kinSameCheck.isChecked():
            return
        self.ui.kinNameEdit.setText(self.ui.emergencyNameEdit.text())
        show_listed(self.ui.kinRelationCombo, listed_value(self.ui.emergencyRelationCombo))
        self.ui.kinPhoneEdit.setText(self.ui.emergencyPhoneEdit.text())

    def choose_photo(self) -> None:
        formats = " ".join(f"*.{bytes(f.data()).decode()}" for f in QImageReader.supportedImageFormats())
        dialog = QFileDialog(self, self.tr("Choose a photo"), "",
                             self.tr("Images (%1)").replace("%1", formats))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.load_photo_file)
        self.active_dialog = dialog
        dialog.open()

    def load_photo_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.show_problems({"photo": self.tr("This file is not a picture that can be read.")}, focus=False)
            return False
        self._photo = image_for_storage(image)
        self.clear_problem("photo")
        self._show_thumbnail(image)
        return True

    def _show_thumbnail(self, image: QImage) -> None:
        if image.isNull():
            return
        pixmap = QPixmap.fromImage(image).scaled(*THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
        self.ui.photoLabel.setPixmap(pixmap)

    # --- reading the form ---

    @staticmethod
    def _text(widget: QLineEdit | QComboBox | QPlainTextEdit) -> str | None:
        if isinstance(widget, QLineEdit):
            value = widget.text()
        elif isinstance(widget, QComboBox):
            value = widget.currentText()
        else:
            value = widget.toPlainText()
        return value if value.strip() else None

    def read_form(self) -> tuple[PatientDraft, dict[str, str]]:
        """The draft as typed (the service normalises it) and problems only the form can see."""
        ui = self.ui
        problems: dict[str, str] = {}
        today = self._today()
        estimated = ui.estimatedCheck.isChecked()
        birth: date | None = None
        if estimated:
            age = ui.ageSpin.value()
            if age == self._loaded_estimated_age and self._loaded_birth_date is not None:
                birth = self._loaded_birth_date  # unchanged: keep the stored estimate, not a new 1 July
            else:
                birth = estimated_birth_date(age, today=today)
        else:
            try:
                birth = parse_date(ui.birthDateEdit.text(), today=today)
            except ValueError:
                problems["birth_date"] = self.tr("Enter the date of birth as day/month/year, for example "
                                                 "12/03/1980, or tick “Date unknown” and give an age.")
        valid: dict[str, date | None] = {}
        for key, edit in (("insurance.valid_from", ui.validFromEdit), ("insurance.valid_to", ui.validToEdit)):
            try:
                valid[key] = parse_date(edit.text())
            except ValueError:
                valid[key] = None
                problems[key] = self.tr("Enter the date as day/month/year, for example 01/01/2027.")
        payer = self._text(ui.payerEdit)
        member = self._text(ui.memberNumberEdit)
        insurance = None
        if payer or member or ui.validFromEdit.text().strip() or ui.validToEdit.text().strip():
            insurance = InsuranceDraft(payer=payer or "", member_number=member or "",
                                       valid_from=valid["insurance.valid_from"],
                                       valid_to=valid["insurance.valid_to"])
        national_id = self._text(ui.nationalIdEdit)
        draft = PatientDraft(
            family_name=ui.familyNameEdit.text(),
            given_name=ui.givenNameEdit.text(),
            sex=ui.sexCombo.currentData() or "",
            birth_date=birth,
            birth_date_estimated=estimated,
            national_id=national_id,
            national_id_type=ui.idTypeCombo.currentData() if national_id else None,
            phone=self._text(ui.phoneEdit),
            phone_alt=self._text(ui.phoneAltEdit),
            email=self._text(ui.emailEdit),
            address=self._text(ui.addressEdit),
            preferred_language=listed_value(ui.languageCombo),
            emergency_name=self._text(ui.emergencyNameEdit),
            emergency_relation=listed_value(ui.emergencyRelationCombo),
            emergency_phone=self._text(ui.emergencyPhoneEdit),
            kin_name=self._text(ui.kinNameEdit),
            kin_relation=listed_value(ui.kinRelationCombo),
            kin_phone=self._text(ui.kinPhoneEdit),
            insurance=insurance,
            area=self._text(ui.areaEdit),
        )
        return draft, problems

    # --- validating and saving ---

    def validate(self) -> Problems:
        """What the form sees itself, and the domain's rules once the phone region is known."""
        draft, problems = self.read_form()
        if self._region is not None:
            try:
                validate_patient(draft, region=self._region, today=self._today())
            except ValidationError as error:
                problems = {**error.problems, **problems}
        if self.ui.planCombo.currentData() is not None and not (draft.insurance and draft.insurance.member_number):
            problems["plan"] = self.tr("Enter the member number on the card to link it to a plan.")
        return problems

    def submit(self, *, confirmed_new: bool = False) -> None:
        """Called by FormDialog for a valid form, and again once the person says a near-duplicate is new."""
        draft, _problems = self.read_form()
        self._save(draft, confirmed_new=confirmed_new)

    def _save(self, draft: PatientDraft, *, confirmed_new: bool = False,
              expected_version: int | None = None) -> None:
        """One service call, one transaction: the patient, the chosen plan's policy and the chosen photo are
        saved together or not at all (``patients.save_registration``)."""
        ctx = self._ctx
        record = self.record
        plan = self.ui.planCombo.currentData()
        plan_id = int(plan) if plan is not None and draft.insurance is not None else None
        photo = patients.Photo(*self._photo) if self._photo is not None else None
        patient_id = record.id if record is not None else None
        version = (record.version if expected_version is None else expected_version) if record is not None else None
        # Registering: the window's token, so a retry after a lost answer cannot register the patient twice.
        request_id = self.request_id if record is None else None
        self.save(lambda: patients.save_registration(ctx, draft, patient_id=patient_id, expected_version=version,
                                                     confirmed_new=confirmed_new, request_id=request_id,
                                                     plan_id=plan_id, photo=photo),
                  self._saved, problems_for=self._placed, saying=self.tr("Saving…"))

    def _saved(self, record: PatientRecord) -> None:
        self._photo = None  # stored with the patient
        self._show_existing(record)
        self.saved.emit(record)
        self.ui.policiesButton.setEnabled(True)

    def _placed(self, error: ServiceError) -> Problems | None:
        """Possible duplicates and an edit conflict are questions for the person, asked in a dialog. A refused
        plan or photo shows beside its field, and above the form in words: nothing of the save was stored."""
        if isinstance(error, ValidationFailed):
            refused = [error.problems[key] for key in ("plan", "photo") if key in error.problems]
            if not refused:
                return None
            advice = (self.tr("Correct it, or choose “Not linked to a plan” to save the rest.")
                      if "plan" in error.problems else self.tr("Correct it, or choose another photo."))
            problems = dict(error.problems)
            if "plan" in problems:
                # The reason is a sentence or two: the narrow space under the plan points to it instead.
                problems["plan"] = self.tr("Not saved: see the message below.")
            problems[""] = self.tr("Nothing was saved: %1 %2").replace("%1", " ".join(refused)).replace("%2", advice)
            return problems
        if isinstance(error, PossibleDuplicates):
            self._ask_about_duplicates(error)
            return {}
        if isinstance(error, EditConflict):
            self._ask_about_conflict(error)
            return {"": str(error)}
        return None

    # The decisions arrive through bound methods with plain values: a closure that holds the child
    # dialog (or its buttons) can outlive it inside PySide and crash when Qt deletes it.

    def _ask_about_duplicates(self, error: PossibleDuplicates) -> None:
        name = " ".join(self.ui.givenNameEdit.text().split() + self.ui.familyNameEdit.text().split())
        dialog = DuplicatesDialog(error.candidates, new_name=name, region=self._region, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self._duplicates_decided)
        self.active_dialog = dialog
        dialog.open()

    def _duplicates_decided(self, choice: DuplicateChoice, chosen: DuplicateCandidate | None) -> None:
        if choice is DuplicateChoice.REGISTER:
            self.submit(confirmed_new=True)
        elif choice is DuplicateChoice.OPEN and chosen is not None:
            self.open_patient_requested.emit(chosen.patient.id)
            self.discard()
        else:
            show_message(self.ui.messageLabel,
                         self.tr("Nothing was saved. Check the details, or cancel."), role="info")

    def _ask_about_conflict(self, error: EditConflict) -> None:
        theirs = error.theirs
        shown = error.mine
        if self._region is not None:
            # Compare like with like: theirs is stored normalised (phones in E.164), mine is as typed.
            try:
                shown = validate_patient(error.mine, region=self._region, today=self._today())
            except ValidationError:
                shown = error.mine
        self._conflict = (error.mine, theirs)
        dialog = ConflictDialog(mine=shown, theirs=theirs, message=error.what_happened, region=self._region,
                                clock=self.clock, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self._conflict_decided)
        self.active_dialog = dialog
        dialog.open()

    def _conflict_decided(self, choice: ConflictChoice) -> None:
        if self._conflict is None:
            return
        mine, theirs = self._conflict
        self._conflict = None
        if choice is ConflictChoice.KEEP_THEIRS:
            self._photo = None
            self._show_existing(theirs)
            self._load_photo(theirs.id)
            show_message(self.ui.messageLabel,
                         self.tr("The form now shows the record as %1 saved it; your changes were set "
                                 "aside.").replace("%1", theirs.changed_by), role="info")
        elif choice is ConflictChoice.SAVE_MINE:
            self._save(mine, expected_version=theirs.version)
        else:
            show_message(self.ui.messageLabel,
                         self.tr("Nothing was saved. Your changes are still in the form."), role="info")
