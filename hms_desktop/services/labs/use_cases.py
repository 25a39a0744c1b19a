"""The lab use cases: the catalogue, ordering from an encounter (with the charges), the worklist, entering a
result (flagged by the database), a patient's results over time, and critical results for the ordering doctor.

One use case is one service call and one transaction. Results are entered by a doctor-group user for now
(issue 8, item 5); a laboratory group would take the worklist over without changing the tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal

from hms_desktop.domain.labs import ReferenceRange, Urgency, parse_value
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.consultation.common import hospital_today
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors
from hms_desktop.services.labs.dtos import (
    LabItemDTO,
    LabOrderDTO,
    LabResultDTO,
    LabTestDTO,
    OrderedTest,
    PatientResults,
    TestSeries,
    item_dto,
    result_dto,
)

WORKLIST_LIMIT = 500
RESULTED_DAYS = 2  # the worklist's "Resulted" view: today and yesterday, on the hospital's clock
PATIENT_RESULTS_LIMIT = 5000
WORKLIST_STATUSES = ("ordered", "resulted")
ITEM_GONE = QT_TRANSLATE_NOOP("services", "This test is no longer on the worklist. Reload the worklist.")
RESULT_GONE = QT_TRANSLATE_NOOP("services", "This lab result no longer exists.")


def lab_catalogue(ctx: ServiceContext) -> tuple[LabTestDTO, ...]:
    """Active tests by name, each with its reference ranges."""
    ctx.require(Group.DOCTOR, Group.ADMIN, action=translate("services", "read the lab catalogue"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        tests = uow.labs.catalogue()
        ranges: dict[int, list[ReferenceRange]] = {}
        for r in uow.labs.ranges():
            ranges.setdefault(r.lab_test_id, []).append(ReferenceRange(
                sex=r.sex, min_age_years=r.min_age_years, max_age_years=r.max_age_years, low=r.low, high=r.high,
                critical_low=r.critical_low, critical_high=r.critical_high))
    return tuple(LabTestDTO(id=t.id, code=t.code, name=t.name, loinc_code=t.loinc_code, specimen=t.specimen,
                            unit=t.unit, result_kind=t.result_kind, normal_text=t.normal_text, fee_code=t.fee_code,
                            ranges=tuple(ranges.get(t.id, ()))) for t in tests)


def order_labs(ctx: ServiceContext, encounter_id: int, test_codes: Sequence[str],
               urgency: str = Urgency.ROUTINE) -> LabOrderDTO:
    """Order several tests at once from an encounter; each test with a fee code is charged (``charge`` rows,
    source ``lab_order``), in the same transaction."""
    ctx.require(Group.DOCTOR, action=translate("services", "order lab tests"))
    codes = list(dict.fromkeys(code.strip().upper() for code in test_codes if code.strip()))
    problems: dict[str, str] = {}
    if not codes:
        problems["tests"] = translate("services", "Choose at least one test.")
    if urgency not in tuple(Urgency):
        problems["urgency"] = translate("services", "Choose routine, urgent or STAT.")
    if problems:
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        found = {row.code: row for row in uow.labs.tests_by_code(codes)}
        unknown = [code for code in codes if code not in found or not found[code].active]
        if unknown:
            raise ValidationFailed({"tests": translate("services", "Not in the lab catalogue (or no longer offered): "
                                                                   "{codes}.").format(codes=", ".join(unknown))})
        if uow.labs.encounter_patient(encounter_id) is None:
            raise NotFound(translate("services", "This encounter no longer exists."))
        order = uow.labs.insert_order(encounter_id, str(urgency))
        items = uow.labs.insert_items(order.id, [found[code].id for code in codes])
        charged = uow.labs.charge_order(order.id)
        by_test = {item.lab_test_id: item.id for item in items}
        ordered = LabOrderDTO(
            id=order.id, patient_id=order.patient_id, encounter_id=encounter_id, doctor_id=order.doctor_id,
            urgency=order.urgency, ordered_at=order.ordered_at, charges_added=charged,
            tests=tuple(OrderedTest(item_id=by_test[found[code].id], test_code=code, test_name=found[code].name)
                        for code in codes))
        uow.commit()
    return ordered


def lab_worklist(ctx: ServiceContext, status: str = "ordered") -> tuple[LabItemDTO, ...]:
    """``ordered``: tests waiting for a result, STAT first, oldest first; ``resulted``: results entered since
    yesterday on the hospital's clock, newest first."""
    ctx.require(Group.DOCTOR, action=translate("services", "use the lab worklist"))
    if status not in WORKLIST_STATUSES:
        raise ValidationFailed({"status": translate("services", "Show the waiting tests or the results.")})
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        if status == "ordered":
            return tuple(item_dto(row) for row in uow.labs.pending_items(limit=WORKLIST_LIMIT))
        _today, start, _end = hospital_today(ctx, uow)
        rows = uow.labs.resulted_items(since=start - timedelta(days=RESULTED_DAYS - 1), limit=WORKLIST_LIMIT)
        return tuple(item_dto(row, result_dto(row)) for row in rows)


def enter_result(ctx: ServiceContext, item_id: int, value: str | Decimal) -> LabResultDTO:
    """Enter the result of one test as typed ("7.1", "7,1 mmol/L", "Negative"). The database sets the unit,
    the range for the patient's sex and age, the flag and who entered it; a critical result notifies the
    ordering doctor (channel ``lab_critical``)."""
    ctx.require(Group.DOCTOR, action=translate("services", "enter lab results"))
    with user_facing_errors(), ctx.uow() as uow:
        item = uow.labs.item(item_id)
        if item is None:
            raise NotFound(translate("services", ITEM_GONE))
        if item.item_status != "ordered":
            raise Conflict(translate("services", "{item_test_name} already has a result (entered from another "
                                                 "workstation?). Reload the worklist.").format(
                               item_test_name=item.test_name))
        parsed = parse_value(str(value), result_kind=item.result_kind, unit=item.unit, test_name=item.test_name)
        result_id = uow.labs.insert_result(item_id, numeric=parsed.numeric, value_text=parsed.text)
        row = uow.labs.result(result_id)
        assert row is not None  # just inserted, in this transaction
        entered = result_dto(row)
        uow.commit()
    return entered


def patient_results(ctx: ServiceContext, patient_id: int) -> PatientResults:
    """A patient's results, newest first for the table, and per test oldest first for the chart."""
    ctx.require(Group.DOCTOR, action=translate("services", "read lab results"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        results = tuple(result_dto(row) for row in uow.labs.patient_results(patient_id, limit=PATIENT_RESULTS_LIMIT))
    grouped: dict[str, list[LabResultDTO]] = {}
    for result in results:
        if result.value_numeric is not None or result.value_text is not None:
            grouped.setdefault(result.test_code, []).append(result)
    series = tuple(sorted((TestSeries(test_code=code, test_name=items[0].test_name, unit=items[0].unit,
                                      results=tuple(reversed(items))) for code, items in grouped.items()),
                          key=lambda s: s.test_name.lower()))
    return PatientResults(patient_id=patient_id, results=results, series=series)


def unacknowledged_critical(ctx: ServiceContext) -> tuple[LabResultDTO, ...]:
    """Critical results of the logged-in doctor's orders that they have not acknowledged yet, oldest first."""
    ctx.require(Group.DOCTOR, action=translate("services", "read critical lab results"))
    if ctx.user.staff_id is None:
        return ()
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(result_dto(row) for row in uow.labs.unacknowledged_critical(ctx.user.staff_id))


def critical_result(ctx: ServiceContext, result_id: int) -> LabResultDTO | None:
    """One critical result for its ordering doctor's alert; None when it is not theirs, not critical, or
    already acknowledged (the alert then says nothing)."""
    ctx.require(Group.DOCTOR, action=translate("services", "read critical lab results"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        row = uow.labs.result(result_id)
    if row is None or row.acknowledged_at is not None or row.doctor_id != ctx.user.staff_id:
        return None
    found = result_dto(row)
    return found if found.is_critical else None


def acknowledge_critical(ctx: ServiceContext, result_id: int) -> LabResultDTO:
    """The ordering doctor says they have seen a critical result (the database stamps who and when; anyone
    else is refused)."""
    ctx.require(Group.DOCTOR, action=translate("services", "acknowledge critical lab results"))
    with user_facing_errors(), ctx.uow() as uow:
        uow.labs.acknowledge(result_id)
        row = uow.labs.result(result_id)
        if row is None:
            raise NotFound(translate("services", RESULT_GONE))
        acknowledged = result_dto(row)
        uow.commit()
    return acknowledged


