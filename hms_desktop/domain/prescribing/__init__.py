"""Prescribing: the formulary, numbered prescription lines, and the safety checks (issue 8, item 6).

Pure rules over local, versioned data files (``resources/clinical``); see docs/architecture.md,
"Prescribing safety checks". Typical use::

    source = load_knowledge_base(resources_dir() / "clinical")    # once, at start
    outcome = check_prescription(source, lines, current_drugs, allergies)   # each line added, and at signing
    outcome.banner          # a loud text when the checks are off, else None
    override = validate_override(outcome.alerts, reason, knowledge_base_version=outcome.version,
                                 checks_off=outcome.checks_off)             # at signing
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hms_desktop.domain.prescribing.knowledge import (
    KnowledgeBase,
    KnowledgeBaseProblem,
    load_knowledge_base,
)
from hms_desktop.domain.prescribing.model import (
    DOSE_UNITS,
    FREQUENCIES,
    OVERRIDE_REASON_MIN,
    ROUTES,
    Alert,
    AlertKind,
    Allergy,
    Drug,
    DrugDefaults,
    Frequency,
    Override,
    PrescriptionLine,
    Quantity,
    ReactionSeverity,
    Severity,
    dispensed_quantity,
    is_atc_code,
    override_required,
    renumbered,
    validate_override,
)


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    alerts: tuple[Alert, ...]
    problem: KnowledgeBaseProblem | None  # set: the checks did NOT run
    version: str | None  # the knowledge base version that checked, for the stored override

    @property
    def checks_off(self) -> bool:
        return self.problem is not None

    @property
    def banner(self) -> str | None:
        """The loud text the prescribing screen shows while the checks are off."""
        return self.problem.banner if self.problem is not None else None


def check_prescription(source: KnowledgeBase | KnowledgeBaseProblem, lines: Sequence[PrescriptionLine],
                       current_drugs: Sequence[Drug] = (), allergies: Sequence[Allergy] = ()) -> CheckOutcome:
    """Run the checks, or say that they are off: never an empty pass when the knowledge base is unusable."""
    if isinstance(source, KnowledgeBaseProblem):
        return CheckOutcome((), source, None)
    return CheckOutcome(tuple(source.check(lines, current_drugs, allergies)), None, source.version)


__all__ = [
    "DOSE_UNITS", "FREQUENCIES", "OVERRIDE_REASON_MIN", "ROUTES", "Alert", "AlertKind", "Allergy", "CheckOutcome",
    "Drug", "DrugDefaults", "Frequency", "KnowledgeBase", "KnowledgeBaseProblem", "Override", "PrescriptionLine",
    "Quantity", "ReactionSeverity", "Severity", "check_prescription", "dispensed_quantity", "is_atc_code",
    "load_knowledge_base", "override_required", "renumbered", "validate_override",
]
