"""What a status action just did, for the banner of the screen it was done on (issue 13.5).

After Check in the banner used to keep the last booking ("Booked: … 16:00"). Every status action (check in,
call, complete, no-show, cancel, accept, decline) now says what just happened, at the hospital's time:
"Checked in at 15:58: OKAFOR, Chidinma (16:00 with Dr Amara Nwosu)."
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from hms_desktop.formats import format_time
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services.hospital_clock import HospitalClock

CONTEXT = "ActionFeedback"

# The appointment's status after the action -> what the banner says, and which stamp gives the time
# (None: the action has no stamp of its own, so the hospital's "now" when the answer came).
DONE: dict[str, tuple[str, str | None]] = {
    "checked_in": (QT_TRANSLATE_NOOP("ActionFeedback", "Checked in at %1: %2 (%3 with %4)."), "checked_in_at"),
    "in_consultation": (QT_TRANSLATE_NOOP("ActionFeedback", "Called in at %1: %2 (%3 with %4)."), "called_at"),
    "completed": (QT_TRANSLATE_NOOP("ActionFeedback", "Completed at %1: %2 (%3 with %4)."), "completed_at"),
    "no_show": (QT_TRANSLATE_NOOP("ActionFeedback", "Marked as no-show at %1: %2 (%3 with %4)."), None),
    "cancelled": (QT_TRANSLATE_NOOP("ActionFeedback", "Cancelled at %1: %2 (%3 with %4)."), None),
    "confirmed": (QT_TRANSLATE_NOOP("ActionFeedback", "Accepted at %1: %2 (%3 with %4)."), None),
    "declined": (QT_TRANSLATE_NOOP("ActionFeedback", "Declined at %1: %2 (%3 with %4)."), None),
}
MOVED = QT_TRANSLATE_NOOP("ActionFeedback", "Moved at %1: %2 is now at %3 with %4.")
OTHER = QT_TRANSLATE_NOOP("ActionFeedback", "Saved at %1: %2 (%3 with %4).")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_feedback(appointment: Any, clock: HospitalClock) -> str:
    """The banner's sentence for ``appointment`` as the action left it, times on the hospital's clock."""
    template, stamp = DONE.get(appointment.status, (OTHER, None))
    if appointment.status == "booked" and getattr(appointment, "rescheduled_from_id", None) is not None:
        template = MOVED
    moment: datetime | None = getattr(appointment, stamp) if stamp else None
    at = clock.local(moment) if moment is not None else clock.now()
    booked_for = clock.local(appointment.starts_at)
    return (_tr(template).replace("%1", format_time(at)).replace("%2", appointment.patient_name)
            .replace("%3", format_time(booked_for)).replace("%4", appointment.doctor_name))
