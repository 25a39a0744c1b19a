"""The front desk's permission predicates: the same answers the services enforce and the screens show."""

from __future__ import annotations

import pytest

from hms_desktop.domain.permissions import (
    may_admit,
    may_merge,
    may_read_insurance,
    may_register,
    may_see_admissions,
)
from hms_desktop.domain.staff import Group
from hms_desktop.services.context import CurrentUser

R, D, B, A = Group.RECEPTION, Group.DOCTOR, Group.BILLING, Group.ADMIN


@pytest.mark.parametrize(("groups", "register", "insurance", "admit", "see_admissions"), [
    ({R}, True, True, True, True),
    ({A}, True, True, True, True),
    ({D}, False, False, False, True),
    ({B}, False, True, False, True),
    ({D, B}, False, True, False, True),
    (set(), False, False, False, False),
])
def test_each_group(groups: set[Group], register: bool, insurance: bool, admit: bool, see_admissions: bool) -> None:
    assert may_register(groups) is register
    assert may_read_insurance(groups) is insurance
    assert may_admit(groups) is admit
    assert may_see_admissions(groups) is see_admissions


def test_merging_needs_an_administrator_or_the_capability() -> None:
    assert may_merge({A}, merge_capability=False)
    assert may_merge({R}, merge_capability=True)
    assert not may_merge({R}, merge_capability=False)
    assert not may_merge({D, B}, merge_capability=False)


def test_the_owner_acts_as_every_group() -> None:
    owner = CurrentUser(username="postgres", full_name="Owner", groups=frozenset(), staff_id=None, is_owner=True)
    doctor = CurrentUser(username="doc", full_name="Doc", groups=frozenset({D}), staff_id=1)
    assert may_register(owner.acting_groups) and may_merge(owner.acting_groups, merge_capability=False)
    assert not may_register(doctor.acting_groups)
