"""Who is acting, on which database: handed to every service call."""

from __future__ import annotations

from dataclasses import dataclass, field

from hms_desktop.config import is_this_machine
from hms_desktop.db.database import Database
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.clock import Clock, SystemClock
from hms_desktop.domain.staff import GROUP_LABELS, Group
from hms_desktop.i18n import translate
from hms_desktop.services.errors import PermissionDenied


@dataclass(frozen=True, slots=True)
class CurrentUser:
    username: str
    full_name: str
    groups: frozenset[Group]
    staff_id: int | None
    # The cluster owner (embedded mode, CLI): the database lets it do anything.
    is_owner: bool = False
    # Member of the capability role hms_merge_patients (granted to trusted reception staff).
    can_merge_patients: bool = False
    # Member of the capability role hms_billing_approver (migration 0019): large discounts and credit notes.
    can_approve_billing: bool = False
    # Member of the capability role hms_dispenser (migration 0027): dispensing against issued prescriptions.
    can_dispense: bool = False

    def has(self, group: Group) -> bool:
        return self.is_owner or group in self.groups

    @property
    def acting_groups(self) -> frozenset[Group]:
        """The groups for ``domain.permissions``: every group for the owner, whom the database lets do anything."""
        return frozenset(Group) if self.is_owner else self.groups

    def role_labels(self) -> str:
        if self.is_owner:
            return translate("services", "Database owner")
        return ", ".join(translate("domain", GROUP_LABELS[g]) for g in Group if g in self.groups)


@dataclass(slots=True)
class ServiceContext:
    db: Database
    user: CurrentUser
    # What time it is for the rules: tests give a FixedClock, so none depends on today's date.
    clock: Clock = field(default_factory=SystemClock)
    # Whether the login's connection is TLS-encrypted (None: not asked, e.g. the CLI's owner context).
    encrypted: bool | None = None

    @property
    def sent_in_plain_text(self) -> bool:
        """True when staff and patient data cross a network unencrypted (the status bar says so)."""
        return self.encrypted is False and not is_this_machine(self.db.target.host)

    def uow(self, *, read_only: bool = False) -> UnitOfWork:
        """The one transaction of a use case: rolled back unless the service commits it.

        ``read_only`` for use cases that only read: the server refuses writes, and the transaction ends
        with COMMIT, which keeps the connection's prepared statements (a ROLLBACK drops them all).
        """
        return self.db.unit_of_work(read_only=read_only)

    def require(self, *groups: Group, action: str) -> None:
        """The services check too, to say clearly what is refused; the GRANTs are the real guard."""
        if not any(self.user.has(g) for g in groups):
            words = [translate("domain", GROUP_LABELS[g]).lower() for g in groups]
            who = words[0]
            for other in words[1:]:
                who = translate("services", "{either} or {other}").format(either=who, other=other)
            raise PermissionDenied(translate("services", "Only a {who} can {action}.").format(who=who, action=action))
