"""A stale save of a patient: what you typed and what is saved now, side by side, and an explicit choice.

Nothing is lost by opening this dialog: "Back to my changes" returns to the form as it was. The dialog itself
is the generic ``FieldConflictDialog`` (ui/widgets/field_conflict.py, also the catalogue editor's); this module
adds the patient's fields.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hms_desktop.domain.patients import SEX_LABELS, PatientDraft
from hms_desktop.domain.phones import display_phone
from hms_desktop.formats import format_time
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services.hospital_clock import HospitalClock, to_hospital
from hms_desktop.services.patients import PatientRecord
from hms_desktop.ui.domain_words import domain_label, domain_word
from hms_desktop.ui.models.patient_search import format_date
from hms_desktop.ui.patient_words import listed_word
from hms_desktop.ui.widgets.field_conflict import FieldConflictDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("PatientFields", text)


def _birth(draft: PatientDraft) -> str:
    text = format_date(draft.birth_date)
    return QCoreApplication.translate(
        "PatientFields", "%1 (estimated)").replace("%1", text) if text and draft.birth_date_estimated else text


def _national_id(draft: PatientDraft) -> str:
    if not draft.national_id:
        return ""
    if not draft.national_id_type:
        return draft.national_id
    return f"{draft.national_id} ({domain_word(draft.national_id_type)})"


def _insurance(attr: str) -> Callable[[PatientDraft], str]:
    def read(draft: PatientDraft) -> str:
        value = getattr(draft.insurance, attr) if draft.insurance is not None else None
        return format_date(value) if attr.startswith("valid") else (value or "")
    return read


def _text(attr: str) -> Callable[[PatientDraft], str]:
    return lambda draft: getattr(draft, attr) or ""


def _listed(attr: str) -> Callable[[PatientDraft], str]:
    """A language or relation: stored as the list's key, read in this workstation's words."""
    return lambda draft: listed_word(getattr(draft, attr))


# (field key as in ValidationFailed.problems, label, how to show it)
FIELDS: tuple[tuple[str, str, Callable[[PatientDraft], str]], ...] = (
    ("family_name", QT_TRANSLATE_NOOP("PatientFields", "Family name"), _text("family_name")),
    ("given_name", QT_TRANSLATE_NOOP("PatientFields", "Given name(s)"), _text("given_name")),
    ("sex", QT_TRANSLATE_NOOP("PatientFields", "Sex"), lambda d: domain_label(SEX_LABELS, d.sex or "")),
    ("birth_date", QT_TRANSLATE_NOOP("PatientFields", "Date of birth"), _birth),
    ("national_id", QT_TRANSLATE_NOOP("PatientFields", "ID number"), _national_id),
    ("phone", QT_TRANSLATE_NOOP("PatientFields", "Phone"), _text("phone")),
    ("phone_alt", QT_TRANSLATE_NOOP("PatientFields", "Second phone"), _text("phone_alt")),
    ("email", QT_TRANSLATE_NOOP("PatientFields", "Email"), _text("email")),
    ("address", QT_TRANSLATE_NOOP("PatientFields", "Address"), lambda d: " ".join((d.address or "").split())),
    ("area", QT_TRANSLATE_NOOP("PatientFields", "Area"), _text("area")),
    ("preferred_language", QT_TRANSLATE_NOOP("PatientFields", "Language"), _listed("preferred_language")),
    ("emergency_name", QT_TRANSLATE_NOOP("PatientFields", "Emergency contact"), _text("emergency_name")),
    ("emergency_relation", QT_TRANSLATE_NOOP("PatientFields", "Emergency contact: relation"),
     _listed("emergency_relation")),
    ("emergency_phone", QT_TRANSLATE_NOOP("PatientFields", "Emergency contact: phone"), _text("emergency_phone")),
    ("kin_name", QT_TRANSLATE_NOOP("PatientFields", "Next of kin"), _text("kin_name")),
    ("kin_relation", QT_TRANSLATE_NOOP("PatientFields", "Next of kin: relation"), _listed("kin_relation")),
    ("kin_phone", QT_TRANSLATE_NOOP("PatientFields", "Next of kin: phone"), _text("kin_phone")),
    ("insurance.payer", QT_TRANSLATE_NOOP("PatientFields", "Insurance payer"), _insurance("payer")),
    ("insurance.member_number", QT_TRANSLATE_NOOP("PatientFields", "Insurance member number"),
     _insurance("member_number")),
    ("insurance.valid_from", QT_TRANSLATE_NOOP("PatientFields", "Insurance valid from"), _insurance("valid_from")),
    ("insurance.valid_to", QT_TRANSLATE_NOOP("PatientFields", "Insurance valid to"), _insurance("valid_to")),
)


def compare(mine: PatientDraft, theirs: PatientDraft, *, region: str | None = None) -> list[tuple[str, str, str, str]]:
    """(key, label, yours, theirs) for every field, as the user reads them."""
    rows = []
    for key, label, show in FIELDS:
        yours, saved = show(mine), show(theirs)
        if key.endswith("phone") or key == "phone_alt":
            yours, saved = display_phone(yours, region), display_phone(saved, region)
        if yours or saved:  # a field empty on both sides says nothing
            rows.append((key, _tr(label), yours, saved))
    return rows


class ConflictDialog(FieldConflictDialog):
    """A patient saved by someone else while this person edited it."""

    def __init__(self, *, mine: PatientDraft, theirs: PatientRecord, message: str = "",
                 region: str | None = None, clock: HospitalClock | None = None,
                 parent: QWidget | None = None) -> None:
        """``clock``: the hospital's, whose wall clock says when the other person saved."""
        self.mine = mine
        self.theirs = theirs
        if not message:
            saved_at = to_hospital(theirs.updated_at, clock.zone if clock is not None else None)
            who = theirs.changed_by[:1].upper() + theirs.changed_by[1:]  # "The system" starts a sentence too
            message = (QCoreApplication.translate("ConflictDialog",
                                                  "%1 changed this patient at %2 on %3 while you were editing.")
                       .replace("%1", who).replace("%2", format_time(saved_at))
                       .replace("%3", format_date(saved_at.date())))
        super().__init__(rows=compare(mine, theirs.draft, region=region), message=message, parent=parent)
