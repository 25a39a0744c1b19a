"""One transaction per use case: everything is rolled back unless ``commit()`` is called.

The unit of work is the one transaction idiom of every service (docs/architecture.md): it opens a
session, hands out the repositories of that session (``uow.staff``, ``uow.settings``, …) and rolls
back on leaving the ``with`` block unless the use case committed. Repositories are created on first
use, so a use case pays only for the ones it touches.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Literal, Protocol, TypeVar

from sqlalchemy import Connection
from sqlalchemy.orm import Session, sessionmaker

from hms_desktop.db.deadline import Call, CallWatch, ServerDidNotAnswer
from hms_desktop.db.repositories.admissions import AdmissionRepository
from hms_desktop.db.repositories.appointments import AppointmentRepository
from hms_desktop.db.repositories.audit import AuditRepository
from hms_desktop.db.repositories.bed_days import BedDayRepository
from hms_desktop.db.repositories.billing import BillingRepository
from hms_desktop.db.repositories.billing_print import BillingPrintRepository
from hms_desktop.db.repositories.catalogues import CatalogueRepository
from hms_desktop.db.repositories.consultation import ConsultationRepository
from hms_desktop.db.repositories.doctors import DoctorRepository
from hms_desktop.db.repositories.fees import FeeRepository
from hms_desktop.db.repositories.insurance import InsuranceRepository
from hms_desktop.db.repositories.inventory import InventoryRepository
from hms_desktop.db.repositories.labs import LabRepository
from hms_desktop.db.repositories.patients import PatientRepository
from hms_desktop.db.repositories.prescriptions import PrescriptionRepository
from hms_desktop.db.repositories.print_log import PrintLogRepository
from hms_desktop.db.repositories.resources import ResourceRepository
from hms_desktop.db.repositories.settings import SettingsRepository
from hms_desktop.db.repositories.shifts import ShiftRepository
from hms_desktop.db.repositories.staff import StaffRepository
from hms_desktop.db.repositories.waiting_list import WaitingListRepository
from hms_desktop.db.repositories.wards import WardRepository

R = TypeVar("R")
_CORE_REPOSITORIES: frozenset[type[Any]] = frozenset({
    AuditRepository, BedDayRepository, BillingRepository, BillingPrintRepository, CatalogueRepository,
    ConsultationRepository, FeeRepository, InsuranceRepository, InventoryRepository, LabRepository,
    PatientRepository, PrescriptionRepository, PrintLogRepository, SettingsRepository, ShiftRepository,
    WardRepository})


LOGIN_REFUSED = "is not permitted to log in"  # the server's words for a role without LOGIN
# A session ended by the server at once (not a network that stopped answering): pg_terminate_backend gives
# 57P01 (admin_shutdown), or the socket closes before the notice is read.
_ENDED_SQLSTATE = "57P01"
_ENDED_WORDS = ("terminating connection due to administrator command", "server closed the connection unexpectedly")


class CancelHook(Protocol):
    """Told which driver connection a unit of work's transaction runs on, so another thread can cancel its
    query on the server (a report's Cancel: services/reports/run.py ``CancelToken``). ``attach`` may raise
    to refuse starting (cancelled before the query began); ``detach`` is called when the transaction ends."""

    def attach(self, dbapi_connection: Any) -> None: ...

    def detach(self) -> None: ...


Isolation = Literal["READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE"]


def _ended_by_the_server(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None) or exc
    if getattr(orig, "sqlstate", None) == _ENDED_SQLSTATE:
        return True
    text = str(orig)
    return any(words in text for words in _ENDED_WORDS)


class UnitOfWork:
    """``read_only``: the transaction is ``BEGIN READ ONLY`` (the server refuses any write) and a clean exit
    ends it with COMMIT. psycopg forgets every prepared statement on ROLLBACK (and sends DEALLOCATE ALL),
    so read use cases that rolled back re-planned each query: an MRN lookup took 3 ms instead of 0.6 ms.

    ``isolation``: the transaction's isolation level when it is not the server's default (READ COMMITTED); a
    report reads in one REPEATABLE READ snapshot, so its checks and its query see the same data. ``cancel``: a
    ``CancelHook`` given the driver connection once the transaction has one, and let go when it ends.
    ``watch``: the GUI's bound on a call (db/deadline.py); None for work with a bound of its own (a report).
    """

    def __init__(self, sessions: sessionmaker[Session], *, read_only: bool = False,
                 watch: CallWatch | None = None, isolation: Isolation | None = None,
                 cancel: CancelHook | None = None) -> None:
        self._sessions = sessions
        self._read_only = read_only
        self._watch = watch
        self._isolation = isolation
        self._cancel = cancel
        self._cancel_attached = False
        self._session: Session | None = None
        self._call: Call | None = None
        self._repositories: dict[type[Any], Any] = {}

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("Use the unit of work in a `with` block")
        return self._session

    @property
    def connection(self) -> Connection:
        """The session's connection, for plain SQL in the same transaction."""
        return self.session.connection()

    def __enter__(self) -> UnitOfWork:
        # Armed first: taking a connection (and pinging it) counts towards the bound too.
        self._call = self._watch.begin() if self._watch is not None else None
        self._session = self._sessions()
        options: dict[str, Any] = {}
        if self._read_only:
            # Set before the transaction begins: psycopg then sends BEGIN READ ONLY (no extra round trip).
            options["postgresql_readonly"] = True
        if self._isolation is not None:
            options["isolation_level"] = self._isolation  # the pool resets it when the connection returns
        if options or self._cancel is not None:
            connection = self._session.connection(execution_options=options or None)
            if self._cancel is not None:
                try:
                    self._cancel.attach(connection.connection.dbapi_connection)
                except BaseException as refused:
                    self.__exit__(type(refused), refused, refused.__traceback__)
                    raise
                self._cancel_attached = True
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if self._read_only and exc_type is None:
                self.session.commit()  # nothing can have been written: see the class docstring
            else:
                self.session.rollback()
        finally:
            if self._cancel_attached and self._cancel is not None:
                self._cancel_attached = False
                self._cancel.detach()  # before the connection goes back to the pool and serves someone else
            self.session.close()
            self._session = None
            self._repositories.clear()
            timed_out = self._watch is not None and self._call is not None and self._watch.end(self._call)
            self._call = None
        if timed_out and exc is not None and not isinstance(exc, ServerDidNotAnswer):
            raise ServerDidNotAnswer() from exc
        if exc is not None and _ended_by_the_server(exc):
            self._raise_if_login_refused(exc)

    def _raise_if_login_refused(self, exc: BaseException) -> None:
        """The server ended this session (``pg_terminate_backend``). When that was because an administrator
        deactivated the person (``hms_set_staff_active`` ends their sessions after NOLOGIN), one new
        connection says so — "role … is not permitted to log in" — and that refusal is raised instead, so the
        screen says why (services/errors.py: AccountDeactivated) rather than "connection lost". Any other
        outcome (the server going down, or a fresh connection that works) leaves the original error."""
        engine = self._sessions.kw.get("bind")
        if engine is None:
            return
        try:
            with engine.connect():
                pass
        except Exception as refusal:
            if LOGIN_REFUSED in str(refusal):
                raise refusal from exc

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def _repository(self, kind: type[R]) -> R:
        found = self._repositories.get(kind)
        if found is None:
            # Repositories that run only Core statements get the connection: the ORM's execute path costs
            # client time on every statement, and they never have unflushed objects to autoflush.
            bind = self.connection if kind in _CORE_REPOSITORIES else self.session
            found = self._repositories[kind] = kind(bind)  # type: ignore[call-arg]
        return found

    # --- repositories, one per aggregate (alphabetical) ---

    @property
    def admissions(self) -> AdmissionRepository:
        return self._repository(AdmissionRepository)

    @property
    def appointments(self) -> AppointmentRepository:
        return self._repository(AppointmentRepository)

    @property
    def audit(self) -> AuditRepository:
        return self._repository(AuditRepository)

    @property
    def bed_days(self) -> BedDayRepository:
        return self._repository(BedDayRepository)

    @property
    def billing(self) -> BillingRepository:
        return self._repository(BillingRepository)

    @property
    def billing_print(self) -> BillingPrintRepository:
        return self._repository(BillingPrintRepository)

    @property
    def catalogues(self) -> CatalogueRepository:
        return self._repository(CatalogueRepository)

    @property
    def consultation(self) -> ConsultationRepository:
        return self._repository(ConsultationRepository)

    @property
    def doctors(self) -> DoctorRepository:
        return self._repository(DoctorRepository)

    @property
    def fees(self) -> FeeRepository:
        return self._repository(FeeRepository)

    @property
    def insurance(self) -> InsuranceRepository:
        return self._repository(InsuranceRepository)

    @property
    def inventory(self) -> InventoryRepository:
        return self._repository(InventoryRepository)

    @property
    def labs(self) -> LabRepository:
        return self._repository(LabRepository)

    @property
    def patients(self) -> PatientRepository:
        return self._repository(PatientRepository)

    @property
    def prescriptions(self) -> PrescriptionRepository:
        return self._repository(PrescriptionRepository)

    @property
    def print_log(self) -> PrintLogRepository:
        return self._repository(PrintLogRepository)

    @property
    def resources(self) -> ResourceRepository:
        return self._repository(ResourceRepository)

    @property
    def settings(self) -> SettingsRepository:
        return self._repository(SettingsRepository)

    @property
    def shifts(self) -> ShiftRepository:
        return self._repository(ShiftRepository)

    @property
    def staff(self) -> StaffRepository:
        return self._repository(StaffRepository)

    @property
    def waiting_list(self) -> WaitingListRepository:
        return self._repository(WaitingListRepository)

    @property
    def wards(self) -> WardRepository:
        return self._repository(WardRepository)
