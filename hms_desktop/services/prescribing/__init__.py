"""Prescribing use cases (issue 8, items 6 and 7): the prescribing screen's context and checks, issuing,
reading and printing prescriptions, and the medication list (docs/architecture.md, "Prescriptions
(migration 0015)")."""

from hms_desktop.services.prescribing.dtos import (
    IssuedPrescription,
    LineCheck,
    MedicationDTO,
    OverrideDTO,
    PrescribingContext,
    PrescriptionDTO,
    PrescriptionLineDTO,
    PrescriptionSummary,
    RenewalDraft,
    TimelineEntry,
)
from hms_desktop.services.prescribing.knowledge import default_folder, knowledge_source, use_knowledge_folder
from hms_desktop.services.prescribing.medications import (
    current_medication_names,
    current_medications,
    medication_timeline,
    medications_of,
    record_external_medication,
    renew_prescription,
    stop_medication,
)
from hms_desktop.services.prescribing.prescriptions import (
    PRESCRIPTION,
    check_lines,
    directions,
    issue_prescription,
    prescribing_context,
    prescription,
    prescriptions_of,
    print_prescription,
    search_formulary,
)

__all__ = [
    "PRESCRIPTION",
    "IssuedPrescription",
    "LineCheck",
    "MedicationDTO",
    "OverrideDTO",
    "PrescribingContext",
    "PrescriptionDTO",
    "PrescriptionLineDTO",
    "PrescriptionSummary",
    "RenewalDraft",
    "TimelineEntry",
    "check_lines",
    "current_medication_names",
    "current_medications",
    "default_folder",
    "directions",
    "issue_prescription",
    "knowledge_source",
    "medication_timeline",
    "medications_of",
    "prescribing_context",
    "prescription",
    "prescriptions_of",
    "print_prescription",
    "record_external_medication",
    "renew_prescription",
    "search_formulary",
    "stop_medication",
    "use_knowledge_folder",
]
