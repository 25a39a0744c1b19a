"""Fee schedule and plan price use cases (issue 9, item 1): administrators add services, new prices and a
plan's own prices; billing and administrators read them. A price is never edited: each change is a new row
from a day, today or later in the hospital's time zone (the database refuses an earlier one: HM045).

One use case is one service call and one transaction; the GRANTs of migrations 0016 and 0020 are the real
guard, ``ctx.require`` only says clearly who may do what.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.exc import IntegrityError

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.fees import (
    PriceDraft,
    ServiceDraft,
    code_problem,
    normal_code,
    validate_price,
    validate_service,
)
from hms_desktop.domain.insurance import Category
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_date
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.consultation.common import hospital_today
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors

UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "billing",
    "The fee schedule has no service with the code {code}. Add it first under Fees and prices.")


@dataclass(frozen=True, slots=True)
class ScheduledFeeDTO:
    """A code as the fee schedule lists it today: its current price (or its first, for a service that starts
    later) and the next change already entered, if any."""

    code: str
    name: str
    category: Category
    price: Decimal
    tax_rate: Decimal
    effective_from: date
    next_price: Decimal | None = None
    next_from: date | None = None


@dataclass(frozen=True, slots=True)
class FeeRowDTO:
    """One row of a code's price history."""

    id: int
    code: str
    name: str
    category: Category
    price: Decimal
    tax_rate: Decimal
    effective_from: date
    created_at: datetime
    created_by: str


@dataclass(frozen=True, slots=True)
class FeeList:
    today: date
    fees: tuple[ScheduledFeeDTO, ...]


@dataclass(frozen=True, slots=True)
class PlanPriceDTO:
    id: int
    plan_id: int
    fee_code: str
    fee_name: str
    price: Decimal
    effective_from: date
    created_by: str


def _row(row: Any) -> FeeRowDTO:
    return FeeRowDTO(id=row.id, code=row.code, name=row.name, category=Category(row.category), price=row.price,
                     tax_rate=row.tax_rate, effective_from=row.effective_from, created_at=row.created_at,
                     created_by=row.created_by)


def _exists(code: str, effective_from: date) -> dict[str, str]:
    return {"effective_from": translate("billing", "{code} already has a price from {effective_from}. Prices "
                                                   "are never changed: choose another day.").format(
                                  code=code, effective_from=format_date(effective_from))}


def list_fees(ctx: ServiceContext, *, search: str = "", category: Category | None = None) -> FeeList:
    """Every code with its price today (hospital's date), by code; ``search`` matches code or name."""
    ctx.require(Group.ADMIN, Group.BILLING, action=translate("billing", "read the fee schedule"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        today, _start, _end = hospital_today(ctx, uow)
        rows = uow.fees.current(today, search=search.strip(), category=category.value if category else None)
    return FeeList(today=today, fees=tuple(
        ScheduledFeeDTO(code=r.code, name=r.name, category=Category(r.category), price=r.price, tax_rate=r.tax_rate,
               effective_from=r.effective_from, next_price=r.next_price, next_from=r.next_from) for r in rows))


def fee_history(ctx: ServiceContext, code: str) -> tuple[FeeRowDTO, ...]:
    """A code's prices, newest first."""
    ctx.require(Group.ADMIN, Group.BILLING, action=translate("billing", "read the fee schedule"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_row(row) for row in uow.fees.history(normal_code(code)))


def add_price(ctx: ServiceContext, code: str, draft: PriceDraft) -> FeeRowDTO:
    """A new price for an existing code from a day (today or later); its name and category carry over."""
    ctx.require(Group.ADMIN, action=translate("billing", "change the fee schedule"))
    code = normal_code(code)
    with user_facing_errors(), ctx.uow() as uow:
        today, _start, _end = hospital_today(ctx, uow)
        clean = validate_price(draft, today)
        latest = uow.fees.latest(code)
        if latest is None:
            raise NotFound(translate("billing", UNKNOWN_CODE).format(code=code))
        try:
            row = uow.fees.insert(code=code, name=latest.name, category=latest.category, price=clean.price,
                                  tax_rate=clean.tax_rate, effective_from=clean.effective_from)
        except IntegrityError as error:
            if getattr(error.orig, "sqlstate", None) == "23505":
                raise ValidationFailed(_exists(code, clean.effective_from)) from error
            raise
        uow.commit()
    return _row(row)


def add_service(ctx: ServiceContext, draft: ServiceDraft) -> FeeRowDTO:
    """A code the fee schedule does not have yet, with its first price."""
    ctx.require(Group.ADMIN, action=translate("billing", "change the fee schedule"))
    with user_facing_errors(), ctx.uow() as uow:
        today, _start, _end = hospital_today(ctx, uow)
        clean = validate_service(draft, today)
        if uow.fees.latest(clean.code) is not None:
            raise ValidationFailed({"code": translate("billing", "The fee schedule already has {code}. Select it and "
                                                                 "use “New price…” to change its price.").format(
                                                code=clean.code)})
        try:
            row = uow.fees.insert(code=clean.code, name=clean.name, category=clean.category.value,
                                  price=clean.price, tax_rate=clean.tax_rate, effective_from=clean.effective_from)
        except IntegrityError as error:  # someone added the same code a moment ago
            if getattr(error.orig, "sqlstate", None) == "23505":
                raise Conflict(translate("billing", "Someone else has just added {code}. Reload the list.").format(
                                   code=clean.code)) from error
            raise
        uow.commit()
    return _row(row)


# --- plan prices ---


def plan_prices(ctx: ServiceContext, plan_id: int) -> tuple[PlanPriceDTO, ...]:
    """A plan's own prices (every row: the history), by code and newest first."""
    ctx.require(Group.ADMIN, Group.BILLING, action=translate("billing", "read insurance plans"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(PlanPriceDTO(id=r.id, plan_id=r.plan_id, fee_code=r.fee_code, fee_name=r.fee_name or "",
                                  price=r.price, effective_from=r.effective_from, created_by=r.created_by)
                     for r in uow.fees.plan_prices(plan_id))


def add_plan_price(ctx: ServiceContext, plan_id: int, fee_code: str, draft: PriceDraft) -> PlanPriceDTO:
    """The plan's own price for a fee schedule code from a day (today or later). ``draft.tax_rate`` is not used:
    the tax rate stays the fee schedule's."""
    ctx.require(Group.ADMIN, action=translate("billing", "change an insurance plan"))
    code = normal_code(fee_code)
    with user_facing_errors(), ctx.uow() as uow:
        today, _start, _end = hospital_today(ctx, uow)
        problems: dict[str, str] = {}
        if problem := code_problem(code):
            problems["fee_code"] = problem
        elif uow.fees.latest(code) is None:
            problems["fee_code"] = translate("billing", UNKNOWN_CODE).format(code=code)
        try:
            validate_price(PriceDraft(draft.price, Decimal(0), draft.effective_from), today)
        except ValidationError as error:  # shown together with the code's problem
            problems.update(error.problems)
        if problems:
            raise ValidationFailed(problems)
        if uow.insurance.plan(plan_id) is None:
            raise NotFound(translate("billing", "This insurance plan no longer exists."))
        try:
            price_id = uow.fees.insert_plan_price(plan_id=plan_id, fee_code=code, price=draft.price,
                                                  effective_from=draft.effective_from)
        except IntegrityError as error:
            if getattr(error.orig, "sqlstate", None) == "23505":
                raise ValidationFailed(_exists(code, draft.effective_from)) from error
            raise
        row = next(r for r in uow.fees.plan_prices(plan_id) if r.id == price_id)
        uow.commit()
    return PlanPriceDTO(id=row.id, plan_id=row.plan_id, fee_code=row.fee_code, fee_name=row.fee_name or "",
                        price=row.price, effective_from=row.effective_from, created_by=row.created_by)
