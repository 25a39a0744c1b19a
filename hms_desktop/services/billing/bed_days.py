"""Bed-day charges from admissions (issue 9, item 2; migration 0023).

**One charge per night**, fee code ``BED-DAY``, quantity 1, priced on the night's date. We chose a charge per
night over one per admission with quantity = nights because a charge, once billed, is frozen: with one row per
admission, a long stay billed part-way (an interim invoice) would have had nowhere to put the nights that
follow, and the row's quantity would have had to change under the clerk while unbilled. A night per row also
names the bed (ward, room, bed) occupied at midnight, so a transfer shows on the invoice, and a night is never
counted twice. The price can still differ per night (a fee change in the middle of a stay).

The counting is the database's (``hms_accrue_bed_days``, SECURITY DEFINER, EXECUTE for billing): nights in the
hospital's time zone, the night of day D counted when the patient is admitted at (D + 1) 00:00 and that midnight
has passed (Monday 14:00 to Wednesday 10:00 is two nights; a current admission accrues up to last night), in
the bed occupied at that midnight, idempotent per (admission, night) under concurrent callers.

``billing.unbilled_charges`` calls ``accrue_bed_days`` first (one hook line, in its own short write
transaction, because the listing itself is read-only).
"""

from __future__ import annotations

from hms_desktop.domain.staff import Group
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import user_facing_errors

BED_DAY_FEE = "BED-DAY"


def accrue_bed_days(ctx: ServiceContext, patient_id: int | None) -> int:
    """Create the patient's missing bed-day charges up to last night (``None``: every patient's); returns how
    many were created. "Now" is ``ctx.clock`` (the database takes the earlier of it and its own now()).
    Billing only: the function's EXECUTE is billing's."""
    ctx.require(Group.BILLING, action=translate("billing", "charge bed days"))
    with user_facing_errors(), ctx.uow() as uow:
        created = uow.bed_days.accrue(patient_id, ctx.clock.now())
        uow.commit()
    return created
