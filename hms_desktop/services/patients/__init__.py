"""Patients at the front desk: find, register, edit, merge; photos; the overview a receptionist opens.

One module per use case (``records``, ``registration`` — the patient form's one Save —, ``search``,
``merge``, ``photos``, ``overview``, ``areas``); everything a screen or a test uses is importable from here:
``from hms_desktop.services import patients; patients.register(...)``. Every function takes the
``ServiceContext`` of the person at the keyboard, checks what they may do (the GRANTs check again),
validates with ``domain.patients``, runs one unit of work and returns frozen DTOs.
"""

from __future__ import annotations

from hms_desktop.db.queries.patient_search import SortKey
from hms_desktop.domain.patients import InsuranceDraft, PatientDraft
from hms_desktop.services.patients.areas import MAX_AREAS, known_areas
from hms_desktop.services.patients.dtos import (
    DuplicateCandidate,
    EditConflict,
    InsuranceRecord,
    PastVisit,
    PatientOverview,
    PatientRecord,
    PatientSummary,
    PossibleDuplicates,
    SearchPage,
)
from hms_desktop.services.patients.front_desk import DEFAULT_REGION
from hms_desktop.services.patients.merge import merge
from hms_desktop.services.patients.overview import overview
from hms_desktop.services.patients.photos import PHOTO_MAX_BYTES, Photo, get_photo, set_photo
from hms_desktop.services.patients.records import get, phone_region, register, update
from hms_desktop.services.patients.registration import save_registration
from hms_desktop.services.patients.search import MAX_PAGE, find_by_mrn, find_duplicates, search

__all__ = [
    "DEFAULT_REGION",
    "MAX_AREAS",
    "MAX_PAGE",
    "PHOTO_MAX_BYTES",
    "DuplicateCandidate",
    "EditConflict",
    "InsuranceDraft",
    "InsuranceRecord",
    "PastVisit",
    "PatientDraft",
    "PatientOverview",
    "PatientRecord",
    "PatientSummary",
    "Photo",
    "PossibleDuplicates",
    "SearchPage",
    "SortKey",
    "find_by_mrn",
    "find_duplicates",
    "get",
    "get_photo",
    "known_areas",
    "merge",
    "overview",
    "phone_region",
    "register",
    "save_registration",
    "search",
    "set_photo",
    "update",
]
