"""Consultation use cases (issue 8): opening a chart, the encounter, allergies and problems.

One use case is one service call and one transaction. The database is the boundary: doctors read and write
clinical tables, reception adds reported allergies and reads only the allergy flag, billing reads charges,
administrators read no notes (docs/architecture.md, "Consultation data and who reads it").
"""

from hms_desktop.services.consultation.chart import PAGE_SIZE, allergy_flag, chart_summary, open_chart
from hms_desktop.services.consultation.dtos import (
    AddendumDTO,
    AllergyDTO,
    AllergyFlag,
    ChartBanner,
    ChartSummary,
    DiagnosisDTO,
    DraftSaved,
    EncounterDTO,
    EncounterSummary,
    LastVitals,
    ProblemDTO,
    SignedEncounter,
    VitalsDTO,
)
from hms_desktop.services.consultation.encounters import (
    add_addendum,
    encounter,
    record_vitals,
    save_draft,
    set_diagnoses,
    sign_encounter,
    start_encounter,
)
from hms_desktop.services.consultation.history import (
    confirm_allergy,
    record_allergy,
    record_no_known_allergies,
    record_problem,
)

__all__ = [
    "PAGE_SIZE",
    "AddendumDTO",
    "AllergyDTO",
    "AllergyFlag",
    "ChartBanner",
    "ChartSummary",
    "DiagnosisDTO",
    "DraftSaved",
    "EncounterDTO",
    "EncounterSummary",
    "LastVitals",
    "ProblemDTO",
    "SignedEncounter",
    "VitalsDTO",
    "add_addendum",
    "allergy_flag",
    "chart_summary",
    "confirm_allergy",
    "encounter",
    "open_chart",
    "record_allergy",
    "record_no_known_allergies",
    "record_problem",
    "record_vitals",
    "save_draft",
    "set_diagnoses",
    "sign_encounter",
    "start_encounter",
]
