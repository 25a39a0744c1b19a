"""Who may do what: the predicates both the services (to refuse clearly) and the screens (to show only the
buttons a person can use) ask, so the two never disagree. The GRANTs in the database remain the real guard.

Each predicate takes the groups of the person acting. The database owner (embedded mode, the CLI) may do
anything: callers pass ``CurrentUser.acting_groups``, which is every group for the owner.

Each area keeps its rules in its own block below.
"""

from __future__ import annotations

from collections.abc import Iterable

from hms_desktop.domain.staff import Group

# --- patients and admissions (front desk) ------------------------------------------------------------------

# Register and edit patients, change their photos.
PATIENT_WRITERS: tuple[Group, ...] = (Group.RECEPTION, Group.ADMIN)
# patient_insurance is readable by these groups only: doctors never see a patient's insurance.
INSURANCE_READERS: tuple[Group, ...] = (Group.RECEPTION, Group.BILLING, Group.ADMIN)
# The bed board and admissions are read by every group (a doctor looks up where a patient lies) ...
ADMISSION_READERS: tuple[Group, ...] = (Group.RECEPTION, Group.ADMIN, Group.DOCTOR, Group.BILLING)
# ... and changed by the front desk: admit, transfer, discharge, bed status.
ADMISSION_WRITERS: tuple[Group, ...] = (Group.RECEPTION, Group.ADMIN)


def _any_of(groups: Iterable[Group], allowed: tuple[Group, ...]) -> bool:
    return not set(groups).isdisjoint(allowed)


def may_register(groups: Iterable[Group]) -> bool:
    """Register patients, edit their details and photos, print their wristbands from the desk."""
    return _any_of(groups, PATIENT_WRITERS)


def may_read_insurance(groups: Iterable[Group]) -> bool:
    return _any_of(groups, INSURANCE_READERS)


def may_merge(groups: Iterable[Group], can_merge_capability: bool) -> bool:
    """Administrators, and staff given the capability role ``hms_merge_patients``; the database function
    checks the same again."""
    return Group.ADMIN in set(groups) or can_merge_capability


def may_see_admissions(groups: Iterable[Group]) -> bool:
    return _any_of(groups, ADMISSION_READERS)


def may_admit(groups: Iterable[Group]) -> bool:
    """Admit, transfer and discharge patients, and mark beds free, cleaning or out of service."""
    return _any_of(groups, ADMISSION_WRITERS)


# --- end of patients and admissions ------------------------------------------------------------------------
