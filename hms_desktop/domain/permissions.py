"""Who may do what: one predicate per action, asked by the services (to refuse with a clear message) and by
the screens (to show only the buttons a person can use), so the two never disagree. The GRANTs in the
database remain the real guard; these predicates only have to agree with them.

Each predicate takes the groups of the person acting. The database owner (embedded mode, the CLI) may do
anything: callers pass ``CurrentUser.acting_groups``, which is every group for the owner.

Each area keeps its rules in its own block below.
"""

from __future__ import annotations

from collections.abc import Iterable

from hms_desktop.domain.scheduling import CHECK_IN_FROM
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import translate


def _any_of(groups: Iterable[Group], allowed: tuple[Group, ...]) -> bool:
    return not set(groups).isdisjoint(allowed)


# --- patients and admissions (front desk) ------------------------------------------------------------------

# Register and edit patients, change their photos.
PATIENT_WRITERS: tuple[Group, ...] = (Group.RECEPTION, Group.ADMIN)
# patient_insurance is readable by these groups only: doctors never see a patient's insurance.
INSURANCE_READERS: tuple[Group, ...] = (Group.RECEPTION, Group.BILLING, Group.ADMIN)
# The bed board and admissions are read by every group (a doctor looks up where a patient lies) ...
ADMISSION_READERS: tuple[Group, ...] = (Group.RECEPTION, Group.ADMIN, Group.DOCTOR, Group.BILLING)
# ... and changed by the front desk: admit, transfer, discharge, bed status.
ADMISSION_WRITERS: tuple[Group, ...] = (Group.RECEPTION, Group.ADMIN)


def may_register(groups: Iterable[Group]) -> bool:
    """Register patients, edit their details and photos, print their wristbands from the desk."""
    return _any_of(groups, PATIENT_WRITERS)


def may_read_insurance(groups: Iterable[Group]) -> bool:
    return _any_of(groups, INSURANCE_READERS)


def may_merge(groups: Iterable[Group], *, merge_capability: bool) -> bool:
    """Merge duplicate patient records: administrators and members of the capability role
    ``hms_merge_patients`` (``merge_capability``); the database function checks the same again."""
    return Group.ADMIN in set(groups) or merge_capability


def may_see_admissions(groups: Iterable[Group]) -> bool:
    return _any_of(groups, ADMISSION_READERS)


def may_admit(groups: Iterable[Group]) -> bool:
    """Admit, transfer and discharge patients, and mark beds free, cleaning or out of service."""
    return _any_of(groups, ADMISSION_WRITERS)


# --- scheduling ---------------------------------------------------------------------------------------------

# Everyone signed in reads the schedules (billing needs them for invoices).
SCHEDULE_READERS: tuple[Group, ...] = (Group.RECEPTION, Group.DOCTOR, Group.BILLING, Group.ADMIN)
# The front desk: book, move, cancel, check in, the waiting list, rooms and equipment.
FRONT_DESK: tuple[Group, ...] = (Group.RECEPTION, Group.ADMIN)
# A doctor's own appointments: accept, decline, call in, complete (administrators act for any doctor).
DOCTOR_ACTS: tuple[Group, ...] = (Group.DOCTOR, Group.ADMIN)
WAITING_LIST_READERS: tuple[Group, ...] = (Group.RECEPTION, Group.DOCTOR, Group.ADMIN)


def may_see_appointments(groups: Iterable[Group]) -> bool:
    return _any_of(groups, SCHEDULE_READERS)


def may_book(groups: Iterable[Group]) -> bool:
    """Book, move and cancel appointments; the waiting list; rooms and equipment."""
    return _any_of(groups, FRONT_DESK)


def may_check_in(groups: Iterable[Group], status: str) -> bool:
    """Check the patient of an appointment in (the day rule, "only on the day", is the caller's: it needs
    the hospital's date)."""
    return may_book(groups) and status in CHECK_IN_FROM


def may_act_as_doctor(groups: Iterable[Group], *, own: bool) -> bool:
    """Accept, decline, call in or complete an appointment: the doctor's own, or any for an administrator."""
    groups = set(groups)
    return Group.ADMIN in groups or (Group.DOCTOR in groups and own)


def may_overbook(groups: Iterable[Group], *, overbook_capability: bool) -> bool:
    """Book over an existing appointment: administrators and members of ``hms_overbook``."""
    groups = set(groups)
    return Group.ADMIN in groups or (overbook_capability and may_book(groups))


# --- money at the front desk (issue 9: deposits on admission) ----------------------------------------------

# Take a deposit for a patient (the service and the deposit GRANTs say the same): reception on admission,
# billing at the cash desk. Administrators read money but take none.
DEPOSIT_TAKERS: tuple[Group, ...] = (Group.RECEPTION, Group.BILLING)
# Who is shown a patient's balance where they see the patient: everyone who deals with the account. Doctors
# may call hms_patient_balance too, but money has no place beside the chart.
BALANCE_READERS: tuple[Group, ...] = (Group.RECEPTION, Group.BILLING, Group.ADMIN)


def may_take_deposit(groups: Iterable[Group]) -> bool:
    return _any_of(groups, DEPOSIT_TAKERS)


def may_see_balance(groups: Iterable[Group]) -> bool:
    return _any_of(groups, BALANCE_READERS)


def cash_shift_place(groups: Iterable[Group]) -> str:
    """Where this person opens their cash shift, as the screens name it: the Billing tab's page for billing
    (their cash desk is there), the Registration tab's page for reception, which has no Billing tab."""
    return (translate("domain", "Billing > My shift") if Group.BILLING in set(groups)
            else translate("domain", "Registration > My shift"))
