from __future__ import annotations

import pytest

from hms_desktop.domain.staff import Group
from hms_desktop.services import users
from hms_desktop.services.errors import AuthenticationFailed


def test_admin_adds_user_who_can_log_in(database) -> None:
    admin = database.context_for(Group.ADMIN)
    from hms_desktop.domain.staff import NewStaffMember

    username = database.unique_username("nurse")
    users.add_staff(admin, NewStaffMember(username, "Nora Nurse", "Nurse", "Ward A",
                                          frozenset({Group.RECEPTION})), "sunny-day-2026")
    ctx = database.login(username, "sunny-day-2026")
    assert ctx.user.groups == frozenset({Group.RECEPTION})
    assert ctx.user.full_name == "Nora Nurse"
    with pytest.raises(AuthenticationFailed):
        database.login(username, "wrong-password-1")
