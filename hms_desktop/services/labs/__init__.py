"""Lab use cases (issue 8, item 5): catalogue, orders with their charges, worklist, results flagged by the
database, a patient's results over time, critical results for the ordering doctor (docs/architecture.md,
"Labs (migration 0014)")."""

from hms_desktop.services.labs.dtos import (
    LabItemDTO,
    LabOrderDTO,
    LabResultDTO,
    LabTestDTO,
    OrderedTest,
    PatientResults,
    TestSeries,
)
from hms_desktop.services.labs.use_cases import (
    acknowledge_critical,
    critical_result,
    enter_result,
    lab_catalogue,
    lab_worklist,
    order_labs,
    patient_results,
    unacknowledged_critical,
)

__all__ = [
    "LabItemDTO",
    "LabOrderDTO",
    "LabResultDTO",
    "LabTestDTO",
    "OrderedTest",
    "PatientResults",
    "TestSeries",
    "acknowledge_critical",
    "critical_result",
    "enter_result",
    "lab_catalogue",
    "lab_worklist",
    "order_labs",
    "patient_results",
    "unacknowledged_critical",
]
