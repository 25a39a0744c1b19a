"""Slot computation (domain/scheduling.py), by example and by Hypothesis over templates and exceptions."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hms_desktop.domain.scheduling import (
    TRANSITIONS,
    Interval,
    TransitionRefused,
    WorkSession,
    can_transition,
    check_transition,
    free_slots,
    slot_length,
    within_hours,
)

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2027, 3, 1)
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=LONDON).astimezone(UTC)


def test_a_morning_session_gives_slots_on_its_grid() -> None:
    session = WorkSession(doctor_id=1, weekday=0, starts=time(9), ends=time(10), resource_id=7)
    slots = free_slots([session], [], [], day_from=MONDAY, day_to=MONDAY, slot_minutes=15, now=LONG_AGO, tz=LONDON)
    assert [s.starts_at for s in slots] == [at(MONDAY, 9, m) for m in (0, 15, 30, 45)]
    assert all(s.resource_id == 7 and s.ends_at - s.starts_at == timedelta(minutes=15) for s in slots)


def test_busy_time_and_leave_are_skipped_and_multi_slot_needs_room() -> None:
    session = WorkSession(doctor_id=1, weekday=0, starts=time(9), ends=time(10))
    busy = [Interval(at(MONDAY, 9, 15), at(MONDAY, 9, 30))]
    leave = [Interval(at(MONDAY, 9, 45), at(MONDAY, 12))]
    single = free_slots([session], leave, busy, day_from=MONDAY, day_to=MONDAY, slot_minutes=15, now=LONG_AGO,
                        tz=LONDON)
    assert [s.starts_at for s in single] == [at(MONDAY, 9), at(MONDAY, 9, 30)]
    double = free_slots([session], leave, busy, day_from=MONDAY, day_to=MONDAY, slot_minutes=15, now=LONG_AGO,
                        tz=LONDON, slots_needed=2)
    assert double == []


def test_no_slots_in_the_past_and_validity_dates() -> None:
    session = WorkSession(doctor_id=1, weekday=0, starts=time(9), ends=time(10), valid_from=MONDAY + timedelta(7))
    assert free_slots([session], [], [], day_from=MONDAY, day_to=MONDAY, slot_minutes=15, now=LONG_AGO,
                      tz=LONDON) == []
    later = MONDAY + timedelta(7)
    slots = free_slots([session], [], [], day_from=later, day_to=later, slot_minutes=15, now=at(later, 9, 20),
                       tz=LONDON)
    assert [s.starts_at for s in slots] == [at(later, 9, 30), at(later, 9, 45)]


def test_the_room_being_booked_by_someone_else_blocks_the_slot() -> None:
    session = WorkSession(doctor_id=1, weekday=0, starts=time(9), ends=time(9, 30), resource_id=3)
    slots = free_slots([session], [], [], day_from=MONDAY, day_to=MONDAY, slot_minutes=15, now=LONG_AGO, tz=LONDON,
                       resource_busy={3: [Interval(at(MONDAY, 9), at(MONDAY, 9, 15))]})
    assert [s.starts_at for s in slots] == [at(MONDAY, 9, 15)]


def test_dst_days_keep_real_lengths_and_wall_clock_hours() -> None:
    spring, autumn = date(2027, 3, 28), date(2027, 10, 31)  # Sundays when UK clocks change
    for day in (spring, autumn):
        session = WorkSession(doctor_id=1, weekday=day.weekday(), starts=time(0, 30), ends=time(3, 30))
        slots = free_slots([session], [], [], day_from=day, day_to=day, slot_minutes=30, now=LONG_AGO, tz=LONDON)
        for a, b in itertools.pairwise(slots):
            assert a.ends_at <= b.starts_at
        for slot in slots:
            assert slot.ends_at - slot.starts_at == timedelta(minutes=30)
            assert time(0, 30) <= slot.starts_at.astimezone(LONDON).time()
            assert slot.ends_at.astimezone(LONDON).time() <= time(3, 30)
    # Spring: 02:00–03:00 does not exist, so 3 h of wall clock is 2 h of real time: 4 slots.
    assert len(free_slots([WorkSession(1, 6, time(0, 30), time(3, 30))], [], [], day_from=spring, day_to=spring,
                          slot_minutes=30, now=LONG_AGO, tz=LONDON)) == 4
    # Autumn: 01:00–02:00 happens twice, so 3 h of wall clock is 4 h of real time: 8 slots.
    assert len(free_slots([WorkSession(1, 6, time(0, 30), time(3, 30))], [], [], day_from=autumn, day_to=autumn,
                          slot_minutes=30, now=LONG_AGO, tz=LONDON)) == 8


def test_within_hours() -> None:
    session = WorkSession(doctor_id=1, weekday=0, starts=time(9), ends=time(12))
    assert within_hours([session], [], at(MONDAY, 11, 45), at(MONDAY, 12), LONDON) == session
    assert within_hours([session], [], at(MONDAY, 11, 45), at(MONDAY, 12, 15), LONDON) is None
    leave = [Interval(at(MONDAY, 10), at(MONDAY, 11))]
    assert within_hours([session], leave, at(MONDAY, 10, 30), at(MONDAY, 10, 45), LONDON) is None


def test_status_transitions() -> None:
    assert can_transition("booked", "checked_in")
    assert can_transition("checked_in", "in_consultation")
    assert can_transition("in_consultation", "completed")
    assert not can_transition("completed", "cancelled")
    assert not can_transition("cancelled", "booked")
    with pytest.raises(TransitionRefused, match="already completed"):
        check_transition("completed", "cancelled")
    with pytest.raises(TransitionRefused, match="cannot be marked"):
        check_transition("booked", "completed")
    # Every status named as a successor is itself known.
    assert all(new in TRANSITIONS for successors in TRANSITIONS.values() for new in successors)


# --- properties ------------------------------------------------------------------------------------------

quarter_hours = st.integers(min_value=0, max_value=95).map(lambda q: time(q // 4, (q % 4) * 15))


@st.composite
def sessions(draw: st.DrawFn) -> WorkSession:
    weekday = draw(st.integers(0, 6))
    a, b = sorted(draw(st.lists(quarter_hours, min_size=2, max_size=2, unique=True)))
    return WorkSession(doctor_id=1, weekday=weekday, starts=a, ends=b, resource_id=draw(st.sampled_from([None, 1])),
                       slot_minutes=draw(st.sampled_from([None, 10, 15, 20, 30])))


# Around both UK clock changes of 2027 and an ordinary week.
first_days = st.sampled_from([date(2027, 3, 25), date(2027, 10, 28), date(2027, 6, 7)])


@st.composite
def intervals(draw: st.DrawFn, base: date) -> Interval:
    start = datetime.combine(base, time(0), tzinfo=UTC) + timedelta(minutes=draw(st.integers(0, 7 * 24 * 60)))
    return Interval(start, start + timedelta(minutes=draw(st.integers(1, 600))))


@settings(max_examples=150, deadline=None)
@given(data=st.data(), first=first_days, templates=st.lists(sessions(), min_size=1, max_size=5),
       slot_minutes=st.sampled_from([10, 15, 30]), needed=st.integers(1, 3))
def test_slots_respect_every_rule(data: st.DataObject, first: date, templates: list[WorkSession],
                                  slot_minutes: int, needed: int) -> None:
    exceptions = data.draw(st.lists(intervals(first), max_size=4))
    busy = data.draw(st.lists(intervals(first), max_size=8))
    room_busy = data.draw(st.lists(intervals(first), max_size=4))
    now = datetime.combine(first, time(0), tzinfo=UTC) + timedelta(minutes=data.draw(st.integers(0, 3 * 24 * 60)))
    last = first + timedelta(days=6)
    slots = free_slots(templates, exceptions, busy, day_from=first, day_to=last, slot_minutes=slot_minutes, now=now,
                       tz=LONDON, slots_needed=needed, resource_busy={1: room_busy})
    for a, b in itertools.pairwise(slots):
        assert a.starts_at < b.starts_at and a.ends_at <= b.starts_at, "slots overlap or are out of order"
    for slot in slots:
        assert slot.starts_at >= now
        assert not any(i.overlaps(slot.starts_at, slot.ends_at) for i in [*exceptions, *busy])
        if slot.resource_id == 1:
            assert not any(i.overlaps(slot.starts_at, slot.ends_at) for i in room_busy)
        local_day = slot.starts_at.astimezone(LONDON).date()
        holders = [t for t in templates if t.applies_on(local_day) and t.resource_id == slot.resource_id
                   and t.bounds(local_day, LONDON)[0] <= slot.starts_at
                   and slot.ends_at <= t.bounds(local_day, LONDON)[1]]
        assert holders, "slot outside every template"
        # On the holder's grid, with its slot length times the number of slots needed.
        assert any(slot.ends_at - slot.starts_at == timedelta(minutes=(t.slot_minutes or slot_minutes) * needed)
                   and (slot.starts_at - t.bounds(local_day, LONDON)[0])
                   % timedelta(minutes=t.slot_minutes or slot_minutes) == timedelta(0)
                   for t in holders)
        assert within_hours(templates, exceptions, slot.starts_at, slot.ends_at, LONDON) is not None


@settings(max_examples=60, deadline=None)
@given(first=first_days, templates=st.lists(sessions(), min_size=1, max_size=4))
def test_with_nothing_busy_every_grid_point_is_offered(first: date, templates: list[WorkSession]) -> None:
    """Completeness: each session's grid points appear unless another session's slot already covers them."""
    slots = free_slots(templates, [], [], day_from=first, day_to=first + timedelta(days=6), slot_minutes=15,
                       now=LONG_AGO, tz=LONDON)
    offered = {s.starts_at for s in slots}
    for template in templates:
        day = first + timedelta(days=(template.weekday - first.weekday()) % 7)
        start, end = template.bounds(day, LONDON)
        step = timedelta(minutes=template.slot_minutes or 15)
        cursor = start
        while cursor + step <= end:
            assert cursor in offered or any(s.starts_at < cursor + step and cursor < s.ends_at for s in slots)
            cursor += step


def test_slot_length_doctor_then_specialty_searched_or_shortest_then_hospital() -> None:
    lengths = {1: 30, 2: 20}
    assert slot_length(doctor_minutes=10, specialty_minutes=lengths, hospital_minutes=15, specialty_id=1) == 10
    assert slot_length(doctor_minutes=None, specialty_minutes=lengths, hospital_minutes=15, specialty_id=1) == 30
    assert slot_length(doctor_minutes=None, specialty_minutes=lengths, hospital_minutes=15) == 20
    # A searched specialty without its own length: the doctor's other specialties still decide.
    assert slot_length(doctor_minutes=None, specialty_minutes=lengths, hospital_minutes=15, specialty_id=3) == 20
    assert slot_length(doctor_minutes=None, specialty_minutes={}, hospital_minutes=15, specialty_id=1) == 15


def test_a_session_length_beats_the_length_passed_in() -> None:
    session = WorkSession(doctor_id=1, weekday=0, starts=time(9), ends=time(10), slot_minutes=20)
    slots = free_slots([session], [], [], day_from=MONDAY, day_to=MONDAY, slot_minutes=15, now=LONG_AGO, tz=LONDON)
    assert [s.starts_at for s in slots] == [at(MONDAY, 9, m) for m in (0, 20, 40)]
