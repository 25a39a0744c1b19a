"""Issue 7.10: a 10,000-character paste must get a message next to the field, not be cut silently.

A QLineEdit's maxLength truncates a paste without a word. So every text field of every Designer form
(line edits, multi-line edits, editable combo boxes) is listed in ``LIMITS`` with the rule that refuses
over-long input and the column it is stored in, and this module checks, for each one:

- it is listed at all: a new field with no rule fails ``test_every_text_field_has_a_rule``;
- its maxLength (Qt's default is 32767) lets through more than the rule allows, so the rule speaks;
- the rule never allows more than the column holds (varchar(n)); a text column has no length, so the rule
  is the only limit there;
- the rule really refuses a 10,000-character paste, with a message under the key the form shows it by.

Fields that are never stored (searches, filters, passwords: the server keeps only a verifier, and a login
name that is too long simply does not log in) are listed with ``Limit.unsaved(why)`` and must have no
maxLength at all. Fields made in code must not set a maxLength either (``setMaxLength`` is refused in
``hms_desktop/ui``); the doctor-hours dialog's absence note is checked by its own rule below.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column

from hms_desktop import config
from hms_desktop.db import models
from hms_desktop.domain import clinical, fees, labs, patients, settings, staff
from hms_desktop.domain import insurance as insurance_rules
from hms_desktop.domain import inventory as inventory_rules
from hms_desktop.domain import wards as ward_rules
from hms_desktop.domain.billing import DISCOUNT_REASON_MAX
from hms_desktop.domain.claims import MAX_PREAUTH
from hms_desktop.domain.clock import FixedClock
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.prescribing import Drug, KnowledgeBase, PrescriptionLine
from hms_desktop.domain.prescribing.model import INSTRUCTIONS_MAX
from hms_desktop.services import admissions, billing, consultation, doctors
from hms_desktop.services.billing import claims
from hms_desktop.services.billing import shifts as shift_services
from hms_desktop.services.billing.payments import MAX_REFERENCE
from hms_desktop.services.context import CurrentUser, ServiceContext
from hms_desktop.services.errors import ValidationFailed
from hms_desktop.services.prescribing import medications as rx_medications
from hms_desktop.services.prescribing import prescriptions as rx_services
from hms_desktop.services.scheduling import booking, resources
from hms_desktop.services.scheduling.common import REASON_MAX
from hms_desktop.services.scheduling.waiting_list import add_to_waiting_list

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
QT_DEFAULT_MAX_LENGTH = 32767
PASTE = "A" * 10_000
TEXT_CLASSES = ("QLineEdit", "QPlainTextEdit", "QTextEdit")


class _NoDatabase:
    """Validation comes before the unit of work: a rule that reached the database would fail here."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the rule reached the database ({name})")


def _ctx() -> ServiceContext:
    owner = CurrentUser(username="owner", full_name="Owner", groups=frozenset(), staff_id=None, is_owner=True)
    return ServiceContext(db=_NoDatabase(), user=owner,  # type: ignore[arg-type]
                          clock=FixedClock(datetime(2026, 3, 2, 9, tzinfo=UTC)))


def _problems(call: Callable[[], object]) -> dict[str, str]:
    try:
        call()
    except (ValidationFailed, ValidationError) as refused:
        return dict(refused.problems)
    return {}


def _patient(**fields: str) -> dict[str, str]:
    draft = patients.PatientDraft(**{"family_name": "Okafor", "given_name": "Grace", "sex": "F",
                                     "birth_date": date(1980, 3, 1), **fields})  # type: ignore[arg-type]
    return _problems(lambda: patients.validate_patient(draft, region="GB", today=date(2026, 12, 1)))


def _insurance(**fields: str) -> dict[str, str]:
    values = {"payer": "Acme Health", "member_number": "M-1", "valid_from": None, "valid_to": None, **fields}
    return _patient(insurance=patients.InsuranceDraft(**values))  # type: ignore[arg-type]


def _phone(text: str) -> dict[str, str]:
    try:
        patients.normalize_phone(text, region="GB")
    except ValueError as refused:
        return {"phone": str(refused)}
    return {}


_LATER = datetime(2026, 3, 3, 9, tzinfo=UTC)


@dataclass(frozen=True)
class Limit:
    rule: int | None  # the most characters the rule accepts; None: never stored
    column: Column[Any] | None = None
    key: str = ""  # the problem key the form shows next to the field
    refuse: Callable[[str], dict[str, str]] | None = None  # run the rule on typed text
    why: str = ""

    @classmethod
    def unsaved(cls, why: str) -> Limit:
        return cls(rule=None, why=why)


P, INS, A, AP, S, DP = (models.Patient.__table__.c, models.PatientInsurance.__table__.c,
                       models.Admission.__table__.c, models.Appointment.__table__.c, models.Staff.__table__.c,
                       models.DoctorProfile.__table__.c)


RXL, RXO, RXM = (models.PrescriptionLine.__table__.c, models.PrescriptionOverride.__table__.c,
                 models.PrescriptionMedication.__table__.c)


FS, IP = models.FeeSchedule.__table__.c, models.InsurancePayer.__table__.c


def _fee_service(**fields: str) -> dict[str, str]:
    draft = fees.ServiceDraft(**{"code": "X", "name": "x", "category": insurance_rules.Category.OTHER,
                                 "price": Decimal(1), "tax_rate": Decimal(0), "effective_from": _LATER.date(),
                                 **fields})
    return _problems(lambda: fees.validate_service(draft, _LATER.date()))


SB = models.StockBatch.__table__.c


def _receipt(**fields: str) -> dict[str, str]:
    draft = inventory_rules.ReceiptDraft(**{"item_id": 1, "location_id": 1, "batch_number": "B-1",  # type: ignore[arg-type]
                                            "expiry_date": _LATER.date() + timedelta(days=365), "quantity": 1,
                                            "unit_cost": "0.10", "supplier": "", **fields})
    return inventory_rules.receipt_problems(draft, _LATER.date())


def _number(text: str, key: str) -> dict[str, str]:
    """The admin forms read a typed amount or percentage with ``read_number`` before any other rule."""
    _value, problem = fees.read_number(text, key, "1")
    return {key: problem} if problem else {}


def _codes(text: str) -> dict[str, str]:
    _found, problem = fees.read_fee_codes(text)
    return {"excluded_fee_codes": problem} if problem else {}


def _payer(**fields: str) -> dict[str, str]:
    return _problems(lambda: insurance_rules.validate_payer(insurance_rules.PayerDraft(
        **{"code": "X", "name": "x", **fields})))


def _plan(**fields: str) -> dict[str, str]:
    return _problems(lambda: insurance_rules.validate_plan(insurance_rules.PlanDraft(
        **{"payer_id": 1, "name": "x", **fields})))  # type: ignore[arg-type]


def _drug() -> Drug:
    source = rx_services.knowledge_source()
    assert isinstance(source, KnowledgeBase)
    drug = source.drug("aspirin-75-mg-dispersible-tablet")
    assert drug is not None
    return drug


IL = models.InvoiceLine.__table__.c


def _date_refused(text: str) -> dict[str, str]:
    from hms_desktop.ui.dialogs.patient_dialog import parse_date
    try:
        parse_date(text)
    except ValueError:
        return {"date": "not a date"}
    return {}


LIMITS: dict[str, Limit] = {
    # --- patient form (domain/patients.py) ---
    "patient_form:familyNameEdit": Limit(patients.NAME_MAX, P.family_name, "family_name",
                                         lambda t: _patient(family_name=t)),
    "patient_form:givenNameEdit": Limit(patients.NAME_MAX, P.given_name, "given_name",
                                        lambda t: _patient(given_name=t)),
    "patient_form:birthDateEdit": Limit(10, None, "date", _date_refused),
    "patient_form:nationalIdEdit": Limit(patients._NATIONAL_ID_MAX, P.national_id, "national_id",
                                         lambda t: _patient(national_id=t, national_id_type=patients.ID_TYPES[0])),
    # Phones are stored normalised to E.164 (at most 16 characters, phone columns hold 20): the input rule is
    # longer than the column because spaces, dashes and "ext." are typed.
    "patient_form:phoneEdit": Limit(patients._PHONE_INPUT_MAX, None, "phone", _phone),
    "patient_form:phoneAltEdit": Limit(patients._PHONE_INPUT_MAX, None, "phone", _phone),
    "patient_form:emergencyPhoneEdit": Limit(patients._PHONE_INPUT_MAX, None, "phone", _phone),
    "patient_form:kinPhoneEdit": Limit(patients._PHONE_INPUT_MAX, None, "phone", _phone),
    "patient_form:emailEdit": Limit(patients._EMAIL_MAX, P.email, "email", lambda t: _patient(email=t + "@x.org")),
    "patient_form:addressEdit": Limit(patients._ADDRESS_MAX, P.address, "address", lambda t: _patient(address=t)),
    "patient_form:areaEdit": Limit(patients.AREA_MAX, P.area, "area", lambda t: _patient(area=t)),
    "patient_form:languageCombo": Limit(patients._LANGUAGE_MAX, P.preferred_language, "preferred_language",
                                        lambda t: _patient(preferred_language=t)),
    "patient_form:emergencyNameEdit": Limit(patients.CONTACT_NAME_MAX, P.emergency_name, "emergency_name",
                                            lambda t: _patient(emergency_name=t)),
    "patient_form:emergencyRelationCombo": Limit(patients._RELATION_MAX, P.emergency_relation,
                                                 "emergency_relation", lambda t: _patient(emergency_relation=t)),
    "patient_form:kinNameEdit": Limit(patients.CONTACT_NAME_MAX, P.kin_name, "kin_name",
                                      lambda t: _patient(kin_name=t)),
    "patient_form:kinRelationCombo": Limit(patients._RELATION_MAX, P.kin_relation, "kin_relation",
                                           lambda t: _patient(kin_relation=t)),
    "patient_form:payerEdit": Limit(patients._PAYER_MAX, INS.payer, "insurance.payer", lambda t: _insurance(payer=t)),
    "patient_form:memberNumberEdit": Limit(patients._MEMBER_NUMBER_MAX, INS.member_number, "insurance.member_number",
                                           lambda t: _insurance(member_number=t)),
    "patient_form:validFromEdit": Limit(10, None, "date", _date_refused),
    "patient_form:validToEdit": Limit(10, None, "date", _date_refused),
    # --- admissions (services/admissions.py) ---
    "admit_dialog:reasonEdit": Limit(admissions.REASON_MAX, A.reason, "reason", lambda t: _problems(
        lambda: admissions.admit(_ctx(), 1, 1, doctor_id=None, reason=t, expected_days=None))),
    "discharge_dialog:summaryEdit": Limit(admissions.SUMMARY_MAX, A.discharge_summary, "summary",
                                          lambda t: _problems(lambda: admissions.discharge(
                                              _ctx(), 1, disposition="home", summary=t))),
    # --- scheduling (services/scheduling) ---
    "appointment_dialog:cancelReasonEdit": Limit(REASON_MAX, AP.cancel_reason, "reason", lambda t: _problems(
        lambda: booking.cancel(_ctx(), 1, t))),
    "book_dialog:reasonEdit": Limit(REASON_MAX, AP.reason, "reason", lambda t: _problems(
        lambda: booking.book(_ctx(), 1, 1, _LATER, reason=t))),
    "book_dialog:overbookReasonEdit": Limit(REASON_MAX, AP.overbook_reason, "overbook_reason", lambda t: _problems(
        lambda: booking.book(_ctx(), 1, 1, _LATER, overbook_reason=t))),
    "book_dialog:patientSearchEdit": Limit.unsaved("a patient search: keeps whole words up to 200 characters"),
    "waiting_list_dialog:noteEdit": Limit(REASON_MAX, models.WaitingListEntry.__table__.c.note, "note",
                                          lambda t: _problems(lambda: add_to_waiting_list(
                                              _ctx(), 1, doctor_id=1, note=t))),
    "waiting_list_dialog:patientSearchEdit": Limit.unsaved("a patient search"),
    "catalogue_editor:filterEdit": Limit.unsaved("a filter of the list on screen"),
    "resource_booking_dialog:purposeEdit": Limit(REASON_MAX, models.ResourceBooking.__table__.c.purpose, "purpose",
                                                 lambda t: _problems(lambda: resources.book_resource(
                                                     _ctx(), 1, _LATER, _LATER + timedelta(hours=1), purpose=t))),
    # --- doctors (services/doctors.py) ---
    "doctors_page:qualificationsEdit": Limit(doctors.TEXT_MAX, DP.qualifications, "qualifications",
                                             lambda t: _problems(lambda: doctors.update_profile(
                                                 _ctx(), 1, qualifications=t, availability_notes="",
                                                 expected_version=0))),
    "doctors_page:notesEdit": Limit(doctors.TEXT_MAX, DP.availability_notes, "availability_notes",
                                    lambda t: _problems(lambda: doctors.update_profile(
                                        _ctx(), 1, qualifications="", availability_notes=t, expected_version=0))),
    "doctors_page:registrationEdit": Limit(doctors.REGISTRATION_MAX, DP.registration_number, "registration_number",
                                           lambda t: _problems(lambda: doctors.update_profile(
                                               _ctx(), 1, qualifications="", availability_notes="",
                                               expected_version=0, registration_number=t))),
    "doctors_page:feeEdit": Limit(doctors.FEE_CODE_MAX, DP.consultation_fee_code, "consultation_fee_code",
                                  lambda t: _problems(lambda: doctors.update_profile(
                                      _ctx(), 1, qualifications="", availability_notes="", expected_version=0,
                                      consultation_fee_code=t))),
    "doctors_page:titleEdit": Limit.unsaved("read only: the title is edited in the user dialog"),
    "doctors_page:departmentEdit": Limit.unsaved("read only: the department is chosen in the user dialog"),
    # --- staff (domain/staff.py) ---
    "user_dialog:fullNameEdit": Limit(200, S.full_name, "full_name", lambda t: staff.staff_details_problems(
        t, "", "", frozenset({staff.Group.ADMIN}))),
    "user_dialog:titleEdit": Limit(100, S.title, "title", lambda t: staff.staff_details_problems(
        "Ann Lee", t, "", frozenset({staff.Group.ADMIN}))),
    "user_dialog:usernameEdit": Limit(41, S.username, "username",
                                      lambda t: {"username": p} if (p := staff.username_problem(t.lower())) else {}),
    "user_dialog:departmentCombo": Limit(100, models.Department.__table__.c.name, "department",
                                         lambda t: staff.staff_details_problems("Ann Lee", "", t, frozenset(
                                             {staff.Group.ADMIN}))),
    "user_dialog:passwordEdit": Limit.unsaved("the server keeps only a SCRAM verifier"),
    "user_dialog:repeatEdit": Limit.unsaved("compared with the password"),
    "first_admin_dialog:fullNameEdit": Limit(200, S.full_name, "full_name", lambda t: staff.staff_details_problems(
        t, "", "", frozenset({staff.Group.ADMIN}))),
    "first_admin_dialog:usernameEdit": Limit(41, S.username, "username",
                                             lambda t: {"username": p} if (p := staff.username_problem(t.lower()))
                                             else {}),
    "first_admin_dialog:passwordEdit": Limit.unsaved("the server keeps only a SCRAM verifier"),
    "first_admin_dialog:repeatEdit": Limit.unsaved("compared with the password"),
    "password_dialog:currentEdit": Limit.unsaved("a password, checked by the server"),
    "password_dialog:newEdit": Limit.unsaved("the server keeps only a SCRAM verifier"),
    "password_dialog:repeatEdit": Limit.unsaved("compared with the password"),
    "login_dialog:usernameEdit": Limit.unsaved("a name longer than a role name simply does not log in"),
    "login_dialog:passwordEdit": Limit.unsaved("a password, checked by the server"),
    "lock_screen:passwordEdit": Limit.unsaved("a password, checked by the server"),
    "users_page:filterEdit": Limit.unsaved("filters the list on the screen"),
    "registration_tab:searchEdit": Limit.unsaved("a patient search: keeps whole words up to 200 characters"),
    # --- the encounter editor (domain/clinical.py ENCOUNTER_FIELDS, ADDENDUM_MAX) ---
    **{f"encounter_editor:{widget}": Limit(clinical.ENCOUNTER_FIELDS[name], models.Encounter.__table__.c[name],
                                           name, lambda t, name=name: _problems(
                                               lambda: clinical.check_encounter_fields({name: t})))
       for name, widget in (("chief_complaint", "chiefComplaintEdit"), ("history", "historyEdit"),
                            ("examination", "examinationEdit"), ("assessment", "assessmentEdit"),
                            ("plan", "planEdit"), ("notes", "notesEdit"))},
    **{f"encounter_editor:{widget}": Limit.unsaved("a number: anything else is refused with a message, and "
                                                   "VITAL_LIMITS bounds the value")
       for widget in ("temperatureEdit", "pulseEdit", "respiratoryEdit", "systolicEdit", "diastolicEdit",
                      "spo2Edit", "weightEdit", "heightEdit")},
    "encounter_editor:searchEdit": Limit.unsaved("an ICD-10 search"),
    "addendum_dialog:bodyEdit": Limit(clinical.ADDENDUM_MAX, models.EncounterAddendum.__table__.c.body, "body",
                                      lambda t: _problems(lambda: consultation.add_addendum(_ctx(), 1, t))),
    # --- the chart (domain/clinical.py) ---
    "allergy_dialog:substanceEdit": Limit(clinical.SUBSTANCE_MAX, models.Allergy.__table__.c.substance, "substance",
                                          lambda t: _problems(lambda: clinical.check_allergy(
                                              clinical.AllergyDraft(substance=t)))),
    "allergy_dialog:drugClassEdit": Limit(clinical.DRUG_CLASS_MAX, models.Allergy.__table__.c.drug_class,
                                          "drug_class", lambda t: _problems(lambda: clinical.check_allergy(
                                              clinical.AllergyDraft(substance="Latex", drug_class=t)))),
    "allergy_dialog:reactionEdit": Limit(clinical.REACTION_MAX, models.Allergy.__table__.c.reaction, "reaction",
                                         lambda t: _problems(lambda: clinical.check_allergy(
                                             clinical.AllergyDraft(substance="Latex", reaction=t)))),
    "break_glass_dialog:reasonEdit": Limit(clinical.REASON_TEXT_MAX, models.ChartAccess.__table__.c.reason_text,
                                           "reason_text", lambda t: _problems(lambda: clinical.check_break_glass(
                                               clinical.BreakGlass(kind="other", text=t)))),
    "consultation_tab:searchEdit": Limit.unsaved("a patient search: keeps whole words up to 200 characters"),
    "billing_tab:searchEdit": Limit.unsaved("a patient search: keeps whole words up to 200 characters"),
    # Insurance claims (migration 0021): the authorisation number and the remittance's reference.
    "claims_page:preauthEdit": Limit(MAX_PREAUTH, models.Claim.__table__.c.preauth_number, "preauth_number",
                                     lambda t: _problems(lambda: claims.record_preauth(_ctx(), 1, t))),
    "remittance_dialog:referenceEdit": Limit(claims.MAX_REFERENCE, models.Payment.__table__.c.reference, "reference",
                                             lambda t: _problems(lambda: claims.post_remittance(_ctx(), 1, [], t))),
    "credit_note_dialog:reasonEdit": Limit(billing.CREDIT_REASON_MAX, models.CreditNote.__table__.c.reason, "reason",
                                           lambda t: _problems(lambda: billing.issue_credit_note(
                                               _ctx(), 1, [billing.CreditLine(1)], t))),
    # The cash desk (issue 9, items 2 and 5): amounts and quantities are numbers the dialog parses (a paste is
    # simply not a number); the texts have their rules.
    "discount_dialog:reasonEdit": Limit(DISCOUNT_REASON_MAX, IL.discount_reason, "reason",
                                        lambda t: _problems(lambda: billing.discount_line(
                                            _ctx(), 1, 1, billing.Discount(t, amount=Decimal(1))))),
    "discount_dialog:valueEdit": Limit.unsaved("an amount or a percentage, parsed as a number"),
    "invoice_line_dialog:descriptionEdit": Limit(
        billing.LINE_DESCRIPTION_MAX, IL.description, "description",
        lambda t: _problems(lambda: billing.add_invoice_line(_ctx(), 1, billing.ManualLine(t, Decimal(1))))),
    "invoice_line_dialog:priceEdit": Limit.unsaved("an amount, parsed as a number"),
    "invoice_line_dialog:quantityEdit": Limit.unsaved("a quantity, parsed as a number"),
    "invoice_line_dialog:taxEdit": Limit.unsaved("a tax rate, parsed as a number"),
    "payment_dialog:amountEdit": Limit.unsaved("an amount, parsed as a number"),
    "payment_dialog:tenderedEdit": Limit.unsaved("an amount, parsed as a number"),
    "payment_dialog:referenceEdit": Limit(MAX_REFERENCE, models.Payment.__table__.c.reference, "reference",
                                          lambda t: _problems(lambda: billing.take_payment(
                                              _ctx(), 1, "card", Decimal(1), reference=t))),
    "problem_dialog:codeSearchEdit": Limit.unsaved("an ICD-10 search; only a code chosen from the list is saved"),
    "family_history_dialog:codeSearchEdit": Limit.unsaved("an ICD-10 search; only a code chosen from the list is "
                                                          "saved"),
    "problem_dialog:descriptionEdit": Limit(clinical.PROBLEM_TEXT_MAX, models.Problem.__table__.c.description,
                                            "description", lambda t: _problems(lambda: clinical.check_problem(
                                                clinical.ProblemDraft(kind="surgery", description=t),
                                                today=date(2026, 12, 1)))),
    "family_history_dialog:descriptionEdit": Limit(
        clinical.PROBLEM_TEXT_MAX, models.ProblemFamilyHistory.__table__.c.description, "description",
        lambda t: _problems(lambda: clinical.check_family_history(clinical.FamilyHistoryDraft("mother", "J45", t)))),
    "social_history_dialog:occupationEdit": Limit(
        clinical.OCCUPATION_MAX, models.ProblemSocialHistory.__table__.c.occupation, "occupation",
        lambda t: _problems(lambda: clinical.check_social_history(clinical.SocialHistoryDraft(occupation=t)))),
    "social_history_dialog:notesEdit": Limit(
        clinical.SOCIAL_NOTES_MAX, models.ProblemSocialHistory.__table__.c.notes, "notes",
        lambda t: _problems(lambda: clinical.check_social_history(clinical.SocialHistoryDraft(notes=t)))),
    # --- hospital settings (domain/settings.py; stored as JSON in hospital_setting) ---
    "settings_page:nameEdit": Limit(settings.HOSPITAL_NAME_MAX, None, "hospital_name",
                                    lambda t: settings.HospitalSettings(hospital_name=t).problems()),
    "settings_page:addressEdit": Limit(settings.ADDRESS_MAX, None, "hospital_address",
                                       lambda t: settings.HospitalSettings(hospital_address=t).problems()),
    "settings_page:phoneEdit": Limit(settings.PHONE_MAX, None, "hospital_phone",
                                     lambda t: settings.HospitalSettings(hospital_phone=t).problems()),
    "settings_page:emailEdit": Limit(settings.EMAIL_MAX, None, "hospital_email",
                                     lambda t: settings.HospitalSettings(hospital_email=t).problems()),
    "settings_page:taxNumberEdit": Limit(settings.TAX_NUMBER_MAX, None, "hospital_tax_number",
                                         lambda t: settings.HospitalSettings(hospital_tax_number=t).problems()),
    "settings_page:timeZoneCombo": Limit(None, why="must name a zone of the time zone database (is_time_zone)"),
    # --- printouts: the currency (domain/settings.py CurrencyFormat; stored as JSON in hospital_setting) ---
    "printouts_page:codeEdit": Limit(3, None, "currency_code",
                                     lambda t: settings.CurrencyFormat(code=t).problems()),
    "printouts_page:symbolEdit": Limit(settings.CURRENCY_SYMBOL_MAX, None, "currency_symbol",
                                       lambda t: settings.CurrencyFormat(symbol=t).problems()),
    # --- batch printing of invoices (services/billing/batch_print.py) ---
    "batch_print_dialog:patientEdit": Limit.unsaved("searches patients; never stored"),
    "batch_print_dialog:folderEdit": Limit.unsaved("a folder on this workstation, checked to exist; the print log "
                                                   "keeps the end of each file's path (printing.destination_text)"),
    # --- labs (domain/labs.py) ---
    "lab_worklist:valueEdit": Limit(labs.VALUE_TEXT_MAX, models.LabResult.__table__.c.value_text, "value",
                                    lambda t: _problems(lambda: labs.parse_value(t, result_kind="text", unit=""))),
    "order_labs_dialog:searchEdit": Limit.unsaved("filters the lab catalogue on the screen; never sent or stored"),
    # --- server profiles (config.py; a JSON file on the workstation) ---
    "servers_dialog:nameEdit": Limit(config.PROFILE_NAME_MAX, None, "name",
                                     lambda t: config.ConnectionProfile(name=t, host="db").problems()),
    "servers_dialog:hostEdit": Limit(config.HOST_MAX, None, "host",
                                     lambda t: config.ConnectionProfile(name="n", host=t).problems()),
    "servers_dialog:databaseEdit": Limit(config.DATABASE_NAME_MAX, None, "database",
                                         lambda t: config.ConnectionProfile(name="n", host="db",
                                                                            database=t).problems()),
    "servers_dialog:caEdit": Limit(config.PATH_MAX, None, "ca_file",
                                   lambda t: config.ConnectionProfile(name="n", host="db", ca_file=t).problems()),
    "servers_dialog:replicaHostEdit": Limit(config.HOST_MAX, None, "replica_host",
                                            lambda t: config.ConnectionProfile(name="n", host="db",
                                                                               replica_host=t).problems()),
    # --- prescribing (services/prescribing; domain/prescribing) ---
    "prescription_dialog:searchEdit": Limit.unsaved("a formulary search, in memory"),
    "prescription_dialog:instructionsEdit": Limit(INSTRUCTIONS_MAX, RXL.instructions, "instructions",
                                                  lambda t: _problems(lambda: PrescriptionLine.new(
                                                      1, _drug(), instructions=t))),
    "prescription_dialog:overrideReasonEdit": Limit(rx_services.OVERRIDE_REASON_MAX, RXO.reason, "override_reason",
                                                    lambda t: _problems(lambda: rx_services.issue_prescription(
                                                        _ctx(), 1, [PrescriptionLine.new(1, _drug())], t))),
    "medications_pane:stopReasonEdit": Limit(rx_medications.STOP_REASON_MAX, RXM.stop_reason, "reason",
                                             lambda t: _problems(lambda: rx_medications.stop_medication(_ctx(), 1, t))),
    "medications_pane:externalNameEdit": Limit(rx_medications.NAME_MAX, RXM.drug_name, "name", lambda t: _problems(
        lambda: rx_medications.record_external_medication(_ctx(), 1, name="x" + t))),
    "medications_pane:externalDetailsEdit": Limit(rx_medications.DETAILS_MAX, RXM.details, "details",
                                                  lambda t: _problems(lambda: rx_medications.record_external_medication(
                                                      _ctx(), 1, name="aspirin", details=t))),
    # --- fee schedule and insurance editors, patient policies (billadmin; domain/fees.py, domain/insurance.py) ---
    "stock_page:filterEdit": Limit.unsaved("filters the stock on the screen; never sent or stored"),
    "pharmacy_page:filterEdit": Limit.unsaved("filters the prescriptions awaiting dispensing on the screen"),
    "stock_receive_dialog:batchEdit": Limit(inventory_rules.MAX_BATCH_NUMBER, SB.batch_number, "batch_number",
                                            lambda t: _receipt(batch_number=t)),
    "stock_receive_dialog:costEdit": Limit(inventory_rules.TYPED_COST_MAX, None, "unit_cost",
                                           lambda t: _receipt(unit_cost=t)),
    "stock_receive_dialog:supplierEdit": Limit(inventory_rules.MAX_SUPPLIER, SB.supplier, "supplier",
                                               lambda t: _receipt(supplier=t)),
    "stock_adjust_dialog:noteEdit": Limit(inventory_rules.MAX_NOTE, None, "note",
                                          lambda t: inventory_rules.adjustment_problems(-1, "loss", 5, t)),
    "fee_schedule_page:filterEdit": Limit.unsaved("filters the fee schedule on the screen; never sent or stored"),
    "audit_page:personEdit": Limit.unsaved("filters the audit trail (a search, never stored)"),
    "audit_page:patientEdit": Limit.unsaved("a record number to look up; one longer than any MRN is refused in words"),
    "fee_dialog:codeEdit": Limit(fees.MAX_CODE, FS.code, "code", lambda t: _fee_service(code=t)),
    "fee_dialog:nameEdit": Limit(fees.MAX_NAME, FS.name, "name", lambda t: _fee_service(name=t)),
    "fee_dialog:priceEdit": Limit(fees.TYPED_NUMBER_MAX, None, "price", lambda t: _number(t, "price")),
    "fee_dialog:taxEdit": Limit(fees.TYPED_NUMBER_MAX, None, "tax_rate", lambda t: _number(t, "tax_rate")),
    "payer_dialog:codeEdit": Limit(insurance_rules.MAX_PAYER_CODE, IP.code, "code", lambda t: _payer(code=t)),
    "payer_dialog:nameEdit": Limit(insurance_rules.MAX_PAYER_NAME, IP.name, "name", lambda t: _payer(name=t)),
    "payer_dialog:contactEdit": Limit(insurance_rules.MAX_CONTACT, IP.contact, "contact",
                                      lambda t: _payer(contact=t)),
    "plan_dialog:nameEdit": Limit(insurance_rules.MAX_PLAN_NAME, models.InsurancePlan.__table__.c.name, "name",
                                  lambda t: _plan(name=t)),
    "plan_dialog:copayEdit": Limit(fees.TYPED_NUMBER_MAX, None, "copay_per_invoice",
                                   lambda t: _number(t, "copay_per_invoice")),
    "plan_dialog:limitEdit": Limit(fees.TYPED_NUMBER_MAX, None, "annual_limit", lambda t: _number(t, "annual_limit")),
    **{f"plan_dialog:{stem}Percent": Limit(fees.TYPED_NUMBER_MAX, None, "coverage", lambda t: _number(t, "coverage"))
       for stem in ("consultation", "procedure", "lab", "drug", "bedDay", "other")},
    "plan_dialog:excludedEdit": Limit(fees.EXCLUDED_TEXT_MAX, None, "excluded_fee_codes", _codes),
    "plan_price_dialog:codeCombo": Limit(fees.MAX_CODE, models.InsurancePlanPrice.__table__.c.fee_code, "fee_code",
                                         lambda t: {"fee_code": p} if (p := fees.code_problem(fees.normal_code(t)))
                                         else {}),
    "plan_price_dialog:priceEdit": Limit(fees.TYPED_NUMBER_MAX, None, "price", lambda t: _number(t, "price")),
    "policy_dialog:memberEdit": Limit(insurance_rules.MAX_MEMBER_NUMBER,
                                      models.PatientPolicy.__table__.c.member_number, "member_number",
                                      lambda t: _problems(lambda: insurance_rules.validate_policy(
                                          insurance_rules.PolicyDraft(patient_id=1, plan_id=1, member_number=t,
                                                                      valid_from=date(2027, 1, 1))))),
    "medications_pane:externalByEdit": Limit(rx_medications.NAME_MAX, RXM.prescribed_elsewhere_by, "prescribed_by",
                                             lambda t: _problems(lambda: rx_medications.record_external_medication(
                                                 _ctx(), 1, name="aspirin", prescribed_by=t))),
    # --- cash shifts (services/billing/shifts.py; migration 0022) ---
    "shift_page:floatEdit": Limit(None, why="an amount (domain.billing.money, NUMERIC(12,2)): a long paste is not "
                                            "an amount and is refused beside the field"),
    "shift_page:countedEdit": Limit(None, why="an amount (domain.billing.money, NUMERIC(12,2)): a long paste is "
                                              "not an amount and is refused beside the field"),
    "shift_page:noteEdit": Limit(shift_services.NOTE_MAX, models.CashShift.__table__.c.note, "note",
                                 lambda t: _problems(lambda: shift_services.close_shift(_ctx(), 1, "1.00", t))),
    # --- wards and beds (domain/wards.py; migration 0025). The page's one name field is a ward's, room's,
    # department's name or a bed's label: the ward's rule is checked here, the others in test_domain_wards.
    "wards_page:nameEdit": Limit(ward_rules.WARD_NAME_MAX, models.Ward.__table__.c.name, "name",
                                 lambda t: _problems(lambda: ward_rules.WardDraft(name=t,
                                                                                  department_id=None).cleaned())),
    "wards_page:floorEdit": Limit(ward_rules.FLOOR_MAX, models.Ward.__table__.c.floor, "floor",
                                  lambda t: _problems(lambda: ward_rules.WardDraft(name="W", department_id=None,
                                                                                   floor=t).cleaned())),
    "wards_page:reasonEdit": Limit(ward_rules.REASON_MAX, models.Bed.__table__.c.out_of_service_reason, "reason",
                                   lambda t: _problems(lambda: ward_rules.out_of_service_details(
                                       t, None, today=date(2026, 12, 1)))),
    # The bed board's "Mark out of service…" (migration 0029): the same rule as the Wards and beds page.
    "out_of_service_dialog:reasonEdit": Limit(ward_rules.REASON_MAX, models.Bed.__table__.c.out_of_service_reason,
                                              "reason", lambda t: _problems(lambda: ward_rules.out_of_service_details(
                                                  t, None, today=date(2026, 12, 1)))),
    # A prefix leaves room for at least one digit in a bed's label.
    "add_beds_dialog:prefixEdit": Limit(ward_rules.BED_LABEL_MAX - 1, models.Bed.__table__.c.label, "prefix",
                                        lambda t: _problems(lambda: ward_rules.bed_labels(t, 1, 1))),
}


def _text_fields() -> dict[str, int | None]:
    """Every editable text field of every form, with its maxLength (None: the widget has no such cut)."""
    found: dict[str, int | None] = {}
    for form in sorted(FORMS.glob("*.ui")):
        for widget in ET.parse(form).iter("widget"):
            props = {p.get("name"): p[0].text if len(p) else None for p in widget.findall("property")}
            kind = widget.get("class")
            if kind == "QComboBox" and props.get("editable") != "true":
                continue
            if kind not in TEXT_CLASSES and kind != "QComboBox":
                continue
            key = f"{form.stem}:{widget.get('name')}"
            if kind == "QLineEdit":
                found[key] = int(props.get("maxLength") or QT_DEFAULT_MAX_LENGTH)
            elif kind == "QComboBox":
                found[key] = QT_DEFAULT_MAX_LENGTH  # its line edit's default
            else:
                found[key] = None
    return found


FIELDS = _text_fields()


def test_every_text_field_has_a_rule() -> None:
    missing = sorted(set(FIELDS) - set(LIMITS))
    assert not missing, f"text fields with no rule for their length (add them to LIMITS): {missing}"
    gone = sorted(set(LIMITS) - set(FIELDS))
    assert not gone, f"LIMITS names fields no form has: {gone}"


@pytest.mark.parametrize("field", sorted(LIMITS))
def test_the_form_lets_through_more_than_the_rule_allows(field: str) -> None:
    limit, max_length = LIMITS[field], FIELDS[field]
    if limit.rule is None:
        assert limit.why, f"{field}: an unsaved field says why it needs no rule"
        assert max_length in (None, QT_DEFAULT_MAX_LENGTH), f"{field}: a maxLength would cut a paste silently"
        return
    assert max_length is None or max_length > limit.rule, (
        f"{field}: a paste longer than {max_length} characters would be cut without a message "
        f"(the rule allows {limit.rule})")


@pytest.mark.parametrize("field", sorted(k for k, v in LIMITS.items() if v.column is not None))
def test_the_rule_fits_the_column(field: str) -> None:
    limit = LIMITS[field]
    assert limit.column is not None and limit.rule is not None
    length = getattr(limit.column.type, "length", None)
    assert length is None or limit.rule <= length, (
        f"{field}: the rule allows {limit.rule} characters, {limit.column} holds {length}")


@pytest.mark.parametrize("field", sorted(k for k, v in LIMITS.items() if v.rule is not None))
def test_a_paste_gets_a_message_next_to_the_field(field: str) -> None:
    limit = LIMITS[field]
    assert limit.refuse is not None and limit.rule is not None, f"{field}: no check of its rule"
    # A clinical note may rightly hold more than 10,000 characters (20,000): there, twice the rule is pasted.
    problems = limit.refuse(PASTE if len(PASTE) > limit.rule else "A" * (2 * limit.rule))
    assert problems.get(limit.key), f"{field}: a 10,000-character paste was not refused under {limit.key!r}"


@pytest.mark.parametrize("field", sorted(k for k, v in LIMITS.items() if v.rule is not None and v.key not in
                                         ("date", "phone", "username")))
def test_one_character_over_the_rule_is_refused(field: str) -> None:
    limit = LIMITS[field]
    assert limit.refuse is not None and limit.rule is not None
    assert limit.refuse("b" * (limit.rule + 1)).get(limit.key), f"{field}: {limit.rule + 1} characters got through"


def test_no_field_made_in_code_sets_a_max_length() -> None:
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "hms_desktop" / "ui").rglob("*.py")
                 if "forms" not in path.parts and re.search(r"\.setMaxLength\(", path.read_text(encoding="utf-8"))]
    assert not offenders, f"setMaxLength cuts a paste silently; give the field a rule instead: {offenders}"


def test_an_over_long_absence_note_is_refused() -> None:
    problems = _problems(lambda: doctors.add_exception(_ctx(), 1, _LATER, _LATER + timedelta(hours=1), kind="leave",
                                                       note=PASTE))
    assert "note" in problems
    assert doctors.ABSENCE_NOTE_MAX <= REASON_MAX  # schedule_exception.note is text; the rule is the limit
