"""What the lab use cases hand to screens: frozen DTOs, and how repository rows become them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from hms_desktop.domain.labs import (
    ReferenceRange,
    age_in_years,
    describe_range,
    flag_label,
    format_lab_number,
    is_critical,
)
from hms_desktop.domain.names import display_name


@dataclass(frozen=True, slots=True)
class LabTestDTO:
    id: int
    code: str
    name: str
    loinc_code: str | None
    specimen: str
    unit: str
    result_kind: str  # domain.labs.ResultKind
    normal_text: str | None
    fee_code: str | None
    ranges: tuple[ReferenceRange, ...]

    @property
    def adult_range_text(self) -> str:
        """The ranges in a line for the catalogue list ("M 13.0–17.0 · F 12.0–15.5 g/dL")."""
        if self.normal_text:
            return self.normal_text
        parts = []
        for reference in self.ranges:
            text = describe_range(reference.low, reference.high)
            if text:
                parts.append(text if reference.sex == "any" else f"{reference.sex} {text}")
        return " · ".join(parts) + (f" {self.unit}" if parts and self.unit else "")


@dataclass(frozen=True, slots=True)
class OrderedTest:
    item_id: int
    test_code: str
    test_name: str


@dataclass(frozen=True, slots=True)
class LabOrderDTO:
    id: int
    patient_id: int
    encounter_id: int
    doctor_id: int
    urgency: str
    ordered_at: datetime
    tests: tuple[OrderedTest, ...]
    charges_added: int  # tests without a fee code in the catalogue are not charged


@dataclass(frozen=True, slots=True)
class LabItemDTO:
    """One test of an order, as the worklist shows it; ``result`` once entered."""

    item_id: int
    order_id: int
    status: str
    urgency: str
    ordered_at: datetime
    doctor_id: int
    doctor_name: str
    patient_id: int
    patient_name: str
    mrn: str
    sex: str
    birth_date: date | None
    test_id: int
    test_code: str
    test_name: str
    unit: str
    result_kind: str
    normal_text: str | None
    result: LabResultDTO | None = None

    def age_on(self, day: date) -> int | None:
        return age_in_years(self.birth_date, day)


@dataclass(frozen=True, slots=True)
class LabResultDTO:
    id: int
    item_id: int
    order_id: int
    patient_id: int
    patient_name: str
    mrn: str
    test_id: int
    test_code: str
    test_name: str
    value_numeric: Decimal | None
    value_text: str | None
    unit: str
    range_low: Decimal | None
    range_high: Decimal | None
    critical_low: Decimal | None
    critical_high: Decimal | None
    flag: str | None  # the database's (domain.labs.Flag), None: no reference range
    entered_at: datetime
    entered_by: str
    verified: bool
    ordering_doctor_id: int
    ordering_doctor_name: str
    urgency: str
    acknowledged_at: datetime | None

    @property
    def value_display(self) -> str:
        """ "7.1 mmol/L", "Positive"."""
        if self.value_numeric is None:
            return self.value_text or ""
        number = format_lab_number(self.value_numeric)
        return f"{number} {self.unit}" if self.unit else number

    @property
    def flag_label(self) -> str:
        return flag_label(self.flag)

    @property
    def is_critical(self) -> bool:
        return is_critical(self.flag)

    @property
    def range_text(self) -> str:
        return describe_range(self.range_low, self.range_high, self.unit)


@dataclass(frozen=True, slots=True)
class TestSeries:
    """One test's results for a patient, oldest first: a line on the chart."""

    test_code: str
    test_name: str
    unit: str
    results: tuple[LabResultDTO, ...]


@dataclass(frozen=True, slots=True)
class PatientResults:
    patient_id: int
    results: tuple[LabResultDTO, ...]  # newest first: the table
    series: tuple[TestSeries, ...]  # by test name: the chart

    def series_of(self, test_code: str) -> TestSeries | None:
        return next((s for s in self.series if s.test_code == test_code), None)


def item_dto(row: Any, result: LabResultDTO | None = None) -> LabItemDTO:
    return LabItemDTO(
        item_id=row.item_id, order_id=row.order_id, status=row.item_status, urgency=row.urgency,
        ordered_at=row.ordered_at, doctor_id=row.doctor_id, doctor_name=row.doctor_name, patient_id=row.patient_id,
        patient_name=display_name(row.family_name, row.given_name), mrn=row.mrn, sex=row.sex,
        birth_date=row.birth_date, test_id=row.test_id, test_code=row.test_code, test_name=row.test_name,
        unit=row.unit, result_kind=row.result_kind, normal_text=row.normal_text, result=result)


def result_dto(row: Any) -> LabResultDTO:
    return LabResultDTO(
        id=row.result_id, item_id=row.item_id, order_id=row.order_id, patient_id=row.patient_id,
        patient_name=display_name(row.family_name, row.given_name), mrn=row.mrn, test_id=row.test_id,
        test_code=row.test_code, test_name=row.test_name, value_numeric=row.value_numeric, value_text=row.value_text,
        unit=row.result_unit, range_low=row.range_low, range_high=row.range_high, critical_low=row.critical_low,
        critical_high=row.critical_high, flag=row.flag, entered_at=row.entered_at, entered_by=row.entered_by,
        verified=row.verified, ordering_doctor_id=row.doctor_id, ordering_doctor_name=row.doctor_name,
        urgency=row.urgency, acknowledged_at=row.acknowledged_at)
