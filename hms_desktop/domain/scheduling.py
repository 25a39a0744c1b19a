"""Scheduling rules, pure: which slots are free, which status changes are allowed.

Working hours are weekly sessions in local wall-clock time ("Monday 09:00–12:30"); appointments, leave
and holidays are absolute instants (timezone-aware). A slot is computed by turning the session's start
and end into instants in the hospital's time zone and stepping in real minutes, so a day on which the
clocks change neither loses nor invents slots, and no two slots ever overlap.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from hms_desktop.domain.errors import DomainError
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate


class AppointmentStatus(StrEnum):
    """Where an appointment stands. The one list of statuses: the table's CHECK, the exclusion
    constraints' "holds its time" condition, the services, the screens and the demo data derive theirs
    from this enum (declaration order is the order shown and written into SQL)."""

    REQUESTED = "requested"
    BOOKED = "booked"
    CONFIRMED = "confirmed"
    CHECKED_IN = "checked_in"
    IN_CONSULTATION = "in_consultation"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return translate("domain", STATUS_LABELS[self])

    @property
    def holds_time(self) -> bool:
        """An active appointment keeps its time (and room) from anyone else."""
        return self in ACTIVE_STATUSES


_Status = AppointmentStatus  # short alias for the tables below
STATUSES: tuple[AppointmentStatus, ...] = tuple(AppointmentStatus)
# An appointment in one of these statuses holds its time; the others free it and are kept for history.
ACTIVE_STATUSES: frozenset[AppointmentStatus] = frozenset(
    {_Status.REQUESTED, _Status.BOOKED, _Status.CONFIRMED, _Status.CHECKED_IN, _Status.IN_CONSULTATION})
# Still to happen: the patient has not arrived yet (may be moved, printed on a slip, dragged on the grid).
UPCOMING_STATUSES: frozenset[AppointmentStatus] = frozenset({_Status.REQUESTED, _Status.BOOKED, _Status.CONFIRMED})
# The patient is in the building: the doctor's queue.
IN_QUEUE_STATUSES: frozenset[AppointmentStatus] = frozenset({_Status.CHECKED_IN, _Status.IN_CONSULTATION})
# An appointment slip is worth printing until the consultation starts.
PRINTABLE_STATUSES: frozenset[AppointmentStatus] = UPCOMING_STATUSES | {_Status.CHECKED_IN}
# The words for the stored codes below, marked for translation: translate("domain", label) where shown.
STATUS_LABELS: dict[str, str] = {
    _Status.REQUESTED: QT_TRANSLATE_NOOP("domain", "Requested"),
    _Status.BOOKED: QT_TRANSLATE_NOOP("domain", "Booked"),
    _Status.CONFIRMED: QT_TRANSLATE_NOOP("domain", "Confirmed"),
    _Status.CHECKED_IN: QT_TRANSLATE_NOOP("domain", "Checked in"),
    _Status.IN_CONSULTATION: QT_TRANSLATE_NOOP("domain", "In consultation"),
    _Status.COMPLETED: QT_TRANSLATE_NOOP("domain", "Completed"),
    _Status.CANCELLED: QT_TRANSLATE_NOOP("domain", "Cancelled"),
    _Status.NO_SHOW: QT_TRANSLATE_NOOP("domain", "No-show"),
    _Status.DECLINED: QT_TRANSLATE_NOOP("domain", "Declined by doctor"),
}


def statuses_sql(statuses: Iterable[str]) -> str:
    """``('requested', 'booked', …)`` in declaration order, for a CHECK or a partial index's WHERE.

    Only enum values ever reach the string (they are fixed identifiers, not user input)."""
    chosen = {AppointmentStatus(s) for s in statuses}
    return "(" + ", ".join(f"'{s.value}'" for s in AppointmentStatus if s in chosen) + ")"


KIND_LABELS: dict[str, str] = {"new": QT_TRANSLATE_NOOP("domain", "New patient"),
                               "follow_up": QT_TRANSLATE_NOOP("domain", "Follow-up"),
                               "procedure": QT_TRANSLATE_NOOP("domain", "Procedure")}
# How many slots an appointment type takes unless the person booking chooses otherwise.
DEFAULT_SLOTS_FOR_KIND: dict[str, int] = {"new": 2, "follow_up": 1, "procedure": 2}
EXCEPTION_KIND_LABELS: dict[str, str] = {"leave": QT_TRANSLATE_NOOP("domain", "Leave"),
                                         "training": QT_TRANSLATE_NOOP("domain", "Training"),
                                         "holiday": QT_TRANSLATE_NOOP("domain", "Public holiday"),
                                         "other": QT_TRANSLATE_NOOP("domain", "Other")}
RESOURCE_KIND_LABELS: dict[str, str] = {"consulting_room": QT_TRANSLATE_NOOP("domain", "Consulting room"),
                                        "procedure_room": QT_TRANSLATE_NOOP("domain", "Procedure room"),
                                        "equipment": QT_TRANSLATE_NOOP("domain", "Equipment")}
MAX_SLOTS_PER_APPOINTMENT = 8

# Which status may follow which. Terminal statuses have no successors, except that a declined
# appointment may be closed ("cancelled") when the patient does not want another one.
TRANSITIONS: dict[str, frozenset[AppointmentStatus]] = {
    _Status.REQUESTED: frozenset({_Status.BOOKED, _Status.CONFIRMED, _Status.DECLINED, _Status.CANCELLED}),
    _Status.BOOKED: frozenset({_Status.CONFIRMED, _Status.DECLINED, _Status.CHECKED_IN, _Status.CANCELLED,
                               _Status.NO_SHOW}),
    _Status.CONFIRMED: frozenset({_Status.DECLINED, _Status.CHECKED_IN, _Status.CANCELLED, _Status.NO_SHOW}),
    _Status.CHECKED_IN: frozenset({_Status.IN_CONSULTATION, _Status.CANCELLED, _Status.NO_SHOW}),
    _Status.IN_CONSULTATION: frozenset({_Status.COMPLETED}),
    _Status.COMPLETED: frozenset(),
    _Status.CANCELLED: frozenset(),
    _Status.NO_SHOW: frozenset(),
    _Status.DECLINED: frozenset({_Status.CANCELLED}),
}
# Derived from the transitions, so a screen never offers what the rules refuse (a requested appointment
# must be booked or confirmed before the patient can be checked in).
CHECK_IN_FROM: frozenset[AppointmentStatus] = frozenset(
    _Status(s) for s, successors in TRANSITIONS.items() if _Status.CHECKED_IN in successors)
ACCEPT_FROM: frozenset[AppointmentStatus] = frozenset(
    _Status(s) for s, successors in TRANSITIONS.items() if _Status.CONFIRMED in successors)


class TransitionRefused(DomainError):
    """A status change the rules do not allow; the message says why in words."""


def can_transition(old: str, new: str) -> bool:
    return new in TRANSITIONS.get(old, frozenset())


def check_transition(old: str, new: str) -> None:
    if can_transition(old, new):
        return
    if not TRANSITIONS.get(old):
        raise TransitionRefused(translate("domain", "This appointment is already {status}; it cannot be changed "
                                                    "any more.").format(status=_status_word(old)))
    raise TransitionRefused(translate("domain", "An appointment that is {status} cannot be marked "
                                                "“{new_status}”.").format(status=_status_word(old),
                                                                          new_status=_status_word(new)))


def _status_word(status: str) -> str:
    return translate("domain", STATUS_LABELS.get(status, status)).lower()


@dataclass(frozen=True, slots=True)
class WorkSession:
    """One weekly template row: a doctor works ``starts``–``ends`` (local) on ``weekday`` (0 = Monday)."""

    doctor_id: int
    weekday: int
    starts: time
    ends: time
    resource_id: int | None = None
    valid_from: date = date.min
    valid_to: date | None = None
    slot_minutes: int | None = None

    def applies_on(self, day: date) -> bool:
        return (day.weekday() == self.weekday and self.valid_from <= day
                and (self.valid_to is None or day <= self.valid_to))

    def bounds(self, day: date, tz: tzinfo) -> tuple[datetime, datetime]:
        """The session on ``day`` as UTC instants (never longer than its wall-clock hours)."""
        return (_instant(day, self.starts, tz, in_gap_take_later=True),
                _instant(day, self.ends, tz, in_gap_take_later=False))


@dataclass(frozen=True, slots=True)
class Interval:
    starts_at: datetime
    ends_at: datetime

    def overlaps(self, starts_at: datetime, ends_at: datetime) -> bool:
        return self.starts_at < ends_at and starts_at < self.ends_at


@dataclass(frozen=True, slots=True)
class Slot:
    doctor_id: int
    starts_at: datetime  # aware, UTC
    ends_at: datetime
    resource_id: int | None = None


def slot_length(*, doctor_minutes: int | None, specialty_minutes: Mapping[int, int], hospital_minutes: int,
                specialty_id: int | None = None) -> int:
    """A doctor's slot length outside any session that sets its own (a session's length always wins).

    The doctor's own length; else their specialty's (``specialty_minutes``: specialty → length, only the
    specialties that have one): the one searched for (``specialty_id``) if it has a length, else the
    shortest; else the hospital default.
    """
    if doctor_minutes:
        return doctor_minutes
    if specialty_id is not None and specialty_minutes.get(specialty_id):
        return specialty_minutes[specialty_id]
    lengths = [m for m in specialty_minutes.values() if m]
    return min(lengths) if lengths else hospital_minutes


def _instant(day: date, wall: time, tz: tzinfo, *, in_gap_take_later: bool) -> datetime:
    local = datetime.combine(day, wall, tzinfo=tz)
    first = local.astimezone(UTC)
    if first.astimezone(tz).replace(tzinfo=None) == local.replace(tzinfo=None):
        return first
    # A wall time the clocks skip (spring forward) has no instant. The two readings of it lie either
    # side of the gap: a session starts at the later one and ends at the earlier one, so it only shrinks.
    second = local.replace(fold=1).astimezone(UTC)
    return max(first, second) if in_gap_take_later else min(first, second)


class _Busy:
    """Sorted, merged busy intervals with a fast "does [s, e) touch any?" question."""

    def __init__(self, intervals: Iterable[Interval]) -> None:
        merged: list[list[datetime]] = []
        for item in sorted(intervals, key=lambda i: i.starts_at):
            if item.ends_at <= item.starts_at:
                continue
            if merged and item.starts_at <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], item.ends_at)
            else:
                merged.append([item.starts_at, item.ends_at])
        self._starts = [m[0] for m in merged]
        self._ends = [m[1] for m in merged]

    def clashes(self, starts_at: datetime, ends_at: datetime) -> bool:
        # The last merged interval starting before ``ends_at`` is the only one that can overlap.
        i = bisect.bisect_left(self._starts, ends_at) - 1
        return i >= 0 and self._ends[i] > starts_at

    def free_after(self, instant: datetime) -> datetime:
        """The first instant at or after ``instant`` that is not inside a busy interval."""
        i = bisect.bisect_right(self._starts, instant) - 1
        if i >= 0 and self._ends[i] > instant:
            return self._ends[i]
        return instant


def free_slots(
    sessions: Sequence[WorkSession],
    exceptions: Sequence[Interval],
    busy: Sequence[Interval],
    *,
    day_from: date,
    day_to: date,
    slot_minutes: int,
    now: datetime,
    tz: tzinfo,
    slots_needed: int = 1,
    resource_busy: Mapping[int, Sequence[Interval]] | None = None,
    limit: int | None = None,
) -> list[Slot]:
    """Free slots of one doctor from ``day_from`` to ``day_to`` (both included), in time order.

    ``sessions`` are that doctor's weekly templates; ``exceptions`` their leave and the hospital's
    holidays; ``busy`` their active appointments. A slot is ``slots_needed`` consecutive slot lengths
    long, starts on the session's grid (session start + k × slot length), ends within the session, is
    not before ``now`` and touches nothing busy, neither the doctor nor the session's room.
    """
    if slot_minutes <= 0 or slots_needed <= 0:
        raise ValueError("slot length and slots needed must be positive")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    blocked = _Busy([*exceptions, *busy])
    rooms = {rid: _Busy(items) for rid, items in (resource_busy or {}).items()}
    found: list[Slot] = []
    day = day_from
    while day <= day_to:
        day_slots: list[Slot] = []
        for session in sessions:
            if not session.applies_on(day):
                continue
            step = timedelta(minutes=session.slot_minutes or slot_minutes)
            length = step * slots_needed
            start, end = session.bounds(day, tz)
            room = rooms.get(session.resource_id) if session.resource_id is not None else None
            cursor = start
            while cursor + length <= end:
                slot_end = cursor + length
                if cursor >= now and not blocked.clashes(cursor, slot_end) and not (
                        room is not None and room.clashes(cursor, slot_end)):
                    day_slots.append(Slot(session.doctor_id, cursor, slot_end, session.resource_id))
                cursor += step
        # Two sessions of one day may overlap by mistake; a slot offered twice would be booked once.
        day_slots.sort(key=lambda s: s.starts_at)
        for slot in day_slots:
            if found and found[-1].doctor_id == slot.doctor_id and slot.starts_at < found[-1].ends_at:
                continue
            found.append(slot)
            if limit is not None and len(found) >= limit:
                return found
        day += timedelta(days=1)
    return found


def within_hours(sessions: Sequence[WorkSession], exceptions: Sequence[Interval], starts_at: datetime,
                 ends_at: datetime, tz: tzinfo) -> WorkSession | None:
    """The session that holds ``[starts_at, ends_at)`` entirely, if the doctor works then and is not away."""
    if any(e.overlaps(starts_at, ends_at) for e in exceptions):
        return None
    day = starts_at.astimezone(tz).date()
    for candidate_day in (day - timedelta(days=1), day):
        for session in sessions:
            if session.applies_on(candidate_day):
                start, end = session.bounds(candidate_day, tz)
                if start <= starts_at and ends_at <= end:
                    return session
    return None


def merge_slots(per_doctor: Iterable[Sequence[Slot]], limit: int) -> list[Slot]:
    """The first ``limit`` slots across doctors, earliest first (ties by doctor, for a stable order)."""
    everything = [slot for slots in per_doctor for slot in slots]
    everything.sort(key=lambda s: (s.starts_at, s.doctor_id))
    return everything[:limit]


# hms_carry_reason (booking from the waiting list) writes an English reason when the appointment has none:
# 'From the waiting list', then ': ' and the entry's note when it has one. Stored as it is; shown through this.
WAITING_LIST_REASON = "From the waiting list"


def reason_words(reason: str) -> str:
    """An appointment's reason as shown: the reason hms_carry_reason writes, in the workstation's language;
    a reason someone typed unchanged."""
    if reason == WAITING_LIST_REASON:
        source = QT_TRANSLATE_NOOP("domain", "From the waiting list")
        translated = translate("domain", source)
        return reason if translated == source else translated
    prefix = WAITING_LIST_REASON + ": "
    if reason.startswith(prefix) and len(reason) > len(prefix):
        return translate("domain", "From the waiting list: {note}").format(note=reason[len(prefix):])
    return reason
