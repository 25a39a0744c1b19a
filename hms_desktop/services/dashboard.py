"""Reports → Dashboard: every tile of the live dashboard in one call, one read-only transaction.

What a person sees follows what their group may read (the GRANTs are the real guard; the service leaves out
what would be refused rather than failing the whole dashboard): everyone with the Reports tab sees today's
appointments, the waiting room, beds and admissions; billing and administrators see the money taken today;
administrators see the stock below its reorder level. A tile left out is ``None`` in the DTO, so the page
hides it instead of showing a zero that would be a lie.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from hms_desktop.db.repositories.dashboard import DashboardRepository
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import translate
from hms_desktop.services.billing.shifts import METHOD_LABELS  # one table of the methods, as the Z-report words them
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import user_facing_errors
from hms_desktop.services.reports.source import report_unit_of_work
from hms_desktop.services.scheduling.common import HospitalTime

DASHBOARD_GROUPS = (Group.ADMIN, Group.BILLING, Group.DOCTOR)
REVENUE_GROUPS = frozenset({Group.ADMIN, Group.BILLING})
STOCK_GROUPS = frozenset({Group.ADMIN})


@dataclass(frozen=True, slots=True)
class AppointmentCounts:
    booked: int  # today's appointments, not cancelled or declined
    checked_in: int
    seen: int
    no_shows: int


@dataclass(frozen=True, slots=True)
class WardOccupancy:
    ward_id: int
    name: str
    beds: int  # in service now
    occupied: int

    @property
    def percent(self) -> float:
        return 100.0 * self.occupied / self.beds if self.beds else 0.0


@dataclass(frozen=True, slots=True)
class RevenueLine:
    method: str
    label: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class LowStockLine:
    item_id: int
    name: str
    unit: str
    on_hand: int
    reorder_level: int


@dataclass(frozen=True, slots=True)
class DashboardDTO:
    day: date  # the hospital's today
    generated_at: datetime  # on the hospital's wall clock
    appointments: AppointmentCounts
    waiting: int  # checked in, not yet called
    average_wait_minutes: float | None  # of those waiting now; None when nobody waits
    wards: tuple[WardOccupancy, ...]
    admissions: int
    discharges: int
    revenue: tuple[RevenueLine, ...] | None  # None: this person may not read payments
    low_stock: tuple[LowStockLine, ...] | None  # None: this person does not see stock
    # Where the figures were read: "primary", or "replica (N s behind)" when the profile names a read
    # replica for reports (services/reports/source.py).
    source: str = "primary"

    @property
    def revenue_total(self) -> Decimal:
        return sum((line.amount for line in self.revenue or ()), Decimal(0))

    @property
    def beds(self) -> int:
        return sum(ward.beds for ward in self.wards)

    @property
    def occupied(self) -> int:
        return sum(ward.occupied for ward in self.wards)


def dashboard(ctx: ServiceContext) -> DashboardDTO:
    ctx.require(*DASHBOARD_GROUPS, action=translate("services", "see the dashboard"))
    groups = ctx.user.acting_groups
    with user_facing_errors(), report_unit_of_work(ctx) as (uow, source):
        hospital = HospitalTime.read(uow)
        now = ctx.clock.now().astimezone(hospital.tz)
        today = now.date()
        starts, ends = hospital.day_bounds(today)
        repo = DashboardRepository(uow.connection)
        counts = repo.appointments(starts, ends, now)
        movements = repo.movements(starts, ends)
        revenue: tuple[RevenueLine, ...] | None = None
        if groups & REVENUE_GROUPS:
            revenue = tuple(RevenueLine(method=row.method, label=METHOD_LABELS.get(row.method, row.method),
                                        amount=Decimal(row.amount)) for row in repo.revenue(starts, ends))
        low_stock: tuple[LowStockLine, ...] | None = None
        if groups & STOCK_GROUPS:
            low_stock = tuple(LowStockLine(item_id=row.id, name=row.name, unit=row.unit, on_hand=int(row.on_hand),
                                           reorder_level=int(row.reorder_level)) for row in repo.low_stock())
        wait = counts.average_wait_seconds
        return DashboardDTO(
            day=today,
            generated_at=now,
            appointments=AppointmentCounts(booked=int(counts.booked), checked_in=int(counts.checked_in),
                                           seen=int(counts.seen), no_shows=int(counts.no_shows)),
            waiting=int(counts.waiting),
            average_wait_minutes=None if wait is None else max(0.0, float(wait) / 60.0),
            wards=tuple(WardOccupancy(ward_id=row.id, name=row.name, beds=int(row.beds), occupied=int(row.occupied))
                        for row in repo.wards()),
            admissions=int(movements.admissions),
            discharges=int(movements.discharges),
            revenue=revenue,
            low_stock=low_stock,
            source=source,
        )
