"""services/patients is a package split by use case; screens and tests keep importing from the package."""

from __future__ import annotations

import ast
from pathlib import Path

from hms_desktop.services import patients

SERVICES = Path(__file__).resolve().parents[2] / "hms_desktop" / "services"


def test_the_public_names_are_importable_from_the_package() -> None:
    for name in ("register", "get", "update", "search", "find_by_mrn", "find_duplicates", "merge", "set_photo",
                 "get_photo", "overview", "phone_region", "PatientDraft", "InsuranceDraft", "PatientRecord",
                 "PatientSummary", "SearchPage", "SortKey", "DuplicateCandidate", "PossibleDuplicates",
                 "EditConflict", "PatientOverview", "save_registration", "Photo"):
        assert hasattr(patients, name), name


def test_front_desk_services_use_the_unit_of_work_only() -> None:
    """No engine.begin()/engine.connect() in the patient, admission and printing services: one use case is
    one ``with ctx.uow() as uow:``."""
    files = [*sorted((SERVICES / "patients").glob("*.py")), SERVICES / "admissions.py", SERVICES / "printing.py"]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("begin", "connect"):
                assert not (isinstance(node.value, ast.Attribute) and node.value.attr == "engine"), \
                    f"{path.name}:{node.lineno} opens its own transaction"
