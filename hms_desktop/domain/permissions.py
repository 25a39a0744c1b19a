"""Who may do what: one predicate per action, used by the services (to refuse with a clear message) and
by the screens (to offer only what will be accepted). The GRANTs in the database remain the real guard;
these predicates only have to agree with them.

``groups`` is the acting user's set of group roles. The cluster owner may do anything: callers pass
``frozenset(Group)`` for it (``CurrentUser.acting_groups``).
"""

from __future__ import annotations

from collections.abc import Set

from hms_desktop.domain.scheduling import CHECK_IN_FROM
from hms_desktop.domain.staff import Group

# Everyone signed in reads the schedules (billing needs them for invoices).
SCHEDULE_READERS: tuple[Group, ...] = (Group.RECEPTION, Group.DOCTOR, Group.BILLING, Group.ADMIN)
# The front desk: book, move, cancel, check in, the waiting list, rooms and equipment.
FRONT_DESK: tuple[Group, ...] = (Group.RECEPTION, Group.ADMIN)
# A doctor's own appointments: accept, decline, call in, complete (administrators act for any doctor).
DOCTOR_ACTS: tuple[Group, ...] = (Group.DOCTOR, Group.ADMIN)
WAITING_LIST_READERS: tuple[Group, ...] = (Group.RECEPTION, Group.DOCTOR, Group.ADMIN)
PATIENT_WRITERS: tuple[Group, ...] = (Group.RECEPTION, Group.ADMIN)


def _any(groups: Set[Group], allowed: tuple[Group, ...]) -> bool:
    return any(g in groups for g in allowed)


def may_register(groups: Set[Group]) -> bool:
    """Register patients and change their details."""
    return _any(groups, PATIENT_WRITERS)


def may_book(groups: Set[Group]) -> bool:
    """Book, move and cancel appointments; the waiting list; rooms and equipment."""
    return _any(groups, FRONT_DESK)


def may_check_in(groups: Set[Group], status: str) -> bool:
    """Check the patient of an appointment in (the day rule, "only on the day", is the caller's: it needs
    the hospital's date)."""
    return may_book(groups) and status in CHECK_IN_FROM


def may_act_as_doctor(groups: Set[Group], *, own: bool) -> bool:
    """Accept, decline, call in or complete an appointment: the doctor's own, or any for an administrator."""
    return Group.ADMIN in groups or (Group.DOCTOR in groups and own)


def may_merge(groups: Set[Group], *, merge_capability: bool) -> bool:
    """Merge duplicate patient records: administrators and members of the capability role
    ``hms_merge_patients`` (``merge_capability``), as the database function decides."""
    return Group.ADMIN in groups or merge_capability


def may_overbook(groups: Set[Group], *, overbook_capability: bool) -> bool:
    """Book over an existing appointment: administrators and members of ``hms_overbook``."""
    return Group.ADMIN in groups or (overbook_capability and may_book(groups))
