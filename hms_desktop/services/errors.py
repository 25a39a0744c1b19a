"""Errors the UI and the CLI show to people. ``str(error)`` is always a sentence for the user."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

from hms_desktop import i18n
from hms_desktop.domain.errors import DomainError, ValidationError
from hms_desktop.domain.wording import plural

log = logging.getLogger(__name__)


class ServiceError(Exception):
    """Base class: a failure with a message the person at the keyboard can act on."""

    # The SQLSTATE of one of our own codes (HMxxx) the error was translated from, so a service can put a
    # database refusal in its caller's words (take_deposit: where reception opens a cash shift).
    sqlstate: str | None = None


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class Conflict(ServiceError):
    """Someone else changed the record, or a rule in the database refused the change."""


class ValidationFailed(ServiceError):
    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("\n".join(self.problems.values()))


class BreakGlassRequired(ServiceError):
    """A doctor opens the chart of a patient they have no appointment or admission with today: ask why
    ("break the glass": ``domain.clinical.BREAK_GLASS_REASONS``) and call again with the reason."""

    def __init__(self) -> None:
        super().__init__(i18n.translate("services", "You have no appointment or admission with this patient today. "
                                                    "Say why you are opening this chart: an emergency, covering for a "
                                                    "colleague, or another reason. It is recorded."))


class Cancelled(ServiceError):
    """The person cancelled a long-running task (a report); the server stopped its query."""


class ConnectionLost(ServiceError):
    pass


class AuthenticationFailed(ServiceError):
    pass


# Issue 12, reports off the primary (rptreplica): a profile's read replica that cannot serve a report.
class ReplicaUnavailable(ConnectionLost):
    """The read replica named for reports cannot be reached, or is not a replica: the report is NOT run on
    the main server instead (that is what the replica is there to spare)."""


# Constants read before a language is chosen: marked here, translated where an error is made of them.
ACCOUNT_DEACTIVATED_MESSAGE = i18n.QT_TRANSLATE_NOOP("services", "Your account was deactivated by an administrator.")


class AccountDeactivated(ServiceError):
    """The person's login was deactivated while they worked (``hms_set_staff_active``: NOLOGIN, their sessions
    ended): the server refuses to reconnect them. Not a ConnectionLost — retrying cannot help and the screens
    must not say "connection lost" — the application returns to the login window and says this."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or i18n.translate("services", ACCOUNT_DEACTIVATED_MESSAGE))


class NotThisDatabase(PermissionDenied):
    """The password was right, but the login belongs to another hospital database on the same server."""


class TooManyAttempts(ServiceError):
    def __init__(self, wait_seconds: int) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(plural(
            wait_seconds,
            i18n.translate("services", "Too many failed attempts. Wait %n second before trying again.", None,
                           wait_seconds),
            i18n.translate("services", "Too many failed attempts. Wait %n seconds before trying again.", None,
                           wait_seconds)))


class SchemaMismatch(ServiceError):
    pass


CONNECTION_LOST_MESSAGE = i18n.QT_TRANSLATE_NOOP(
    "services",
    "The connection to the database was lost. Nothing was saved; what you typed is kept. "
    "Try again when the status bar shows “Connected”."
)

SERVER_DID_NOT_ANSWER_MESSAGE = i18n.QT_TRANSLATE_NOOP(
    "services",
    "The server did not answer in time. Nothing was saved; what you typed is kept.")

# SQLSTATEs raised by our own functions in the migrations (class HM).
_OUR_CODES: dict[str, type[ServiceError]] = {
    "HM001": Conflict,      # user name taken
    "HM002": Conflict,      # last administrator
    "HM003": PermissionDenied,  # acting on yourself
    "HM004": ValidationFailed,
    "HM005": NotFound,
    "HM006": Conflict,      # audited write outside READ COMMITTED
    "HM009": PermissionDenied,  # not an administrator of this database (another hospital's, on the same server)
    "HM010": Conflict,      # the database has no staff role yet (a copy nobody ran `hms db upgrade` on)
    "HM011": Conflict,      # a signed encounter (or an addendum) cannot change (hms_signed_encounter_guard)
    "HM012": Conflict,      # a lab result cannot change, or the test already has one (hms_lab_result_guard)
    "HM013": PermissionDenied,  # only the ordering doctor charges an order or acknowledges its critical result
    "HM014": ValidationFailed,  # a lab value of the wrong kind, or an order/item/encounter that is gone
    "HM015": Conflict,      # an issued prescription, its lines and overrides cannot change (hms_prescription_guard)
    "HM016": Conflict,      # a medication on the list is only stopped, never edited or removed (hms_medication_guard)
    "HM017": PermissionDenied,  # not the prescriber of this prescription
    "HM018": ValidationFailed,  # issuing without lines, or while the checks are off without a reason
    "HM019": Conflict,      # an issued invoice and its lines cannot change (hms_invoice_guard)
    "HM020": ValidationFailed,  # totals that are not the sum of the lines, or no lines (invoice, credit note)
    "HM021": Conflict,      # a credit note and its lines cannot change (hms_credit_note_guard)
    "HM022": Conflict,      # a charge already billed, voided, or another patient's (hms_invoice_guard)
    "HM023": ValidationFailed,  # a credit note for a draft, or crediting more than an invoice line's amount
    "HM024": PermissionDenied,  # a document number asked for outside issuing (hms_next_document_number)
    "HM028": Conflict,      # a payment or deposit cannot change or go (hms_payment_guard)
    "HM029": Conflict,      # a payment on an invoice not issued, or another patient's deposit (hms_payment_guard)
    "HM030": ValidationFailed,  # applying more than a deposit holds, refunding more than was overpaid
    # Cash shifts (migration 0022_cash_shifts)
    "HM040": Conflict,      # cash taken without an open shift: "Open your cash shift first (Billing > My shift)."
    #                         (take_deposit says "Registration > My shift" to reception: error.sqlstate)
    "HM041": Conflict,      # a closed shift cannot change, a shift is never removed (hms_cash_shift_guard)
    "HM042": PermissionDenied,  # another person's shift: only its own person closes it or reads its totals
    "HM043": ValidationFailed,  # closing without the counted cash, or a difference without a note
    "HM044": Conflict,      # a second open shift for the same person
    # desk (migration 0019_discounts; hms_discount_approval). HM027 went to printing and HM031 to the bed
    # reason (issue 10); HM032-HM033 are free.
    "HM025": PermissionDenied,  # discounts on one invoice above the threshold, without hms_billing_approver
    "HM026": PermissionDenied,  # a credit note above the threshold, without hms_billing_approver
    # Insurance claims (migration 0021, hms_claim_guard; hms_record_insurance_payment).
    "HM034": Conflict,      # a claim, line or batch is never removed; a change or status move not allowed
    "HM035": Conflict,      # a claim held until its pre-authorisation number is recorded
    "HM036": ValidationFailed,  # claim amounts that do not add up, or the insurer's answer recorded twice
    "HM037": Conflict,      # a claim for an invoice not issued, a policy not valid, another payer's batch
    "HM038": ValidationFailed,  # an empty batch submitted, or settled before every claim has its answer
    "HM039": Conflict,      # an insurer's payment outside the answer to a submitted claim
    # billadmin (issue 9, fee schedule and insurance editors; HM045-HM049 reserved):
    "HM045": ValidationFailed,  # a fee or plan price dated before today (hms_price_not_backdated)
    # printing (issue 10, item 6; migration 0028_printing):
    "HM027": ValidationFailed,  # a logo that is not a PNG/JPEG, mislabelled, or over 1 MB (hms_hospital_logo_guard)
    # wards (issue 10, item 1; migration 0025_wards, hms_bed_structure_guard and hms_bed_stay_guard):
    "HM046": Conflict,      # retiring a ward, room or bed that has a patient in one of its beds
    "HM047": Conflict,      # retiring a department that still has wards in use
    "HM048": Conflict,      # adding to, moving under or reactivating under a retired department, ward or room
    "HM049": Conflict,      # a patient into a retired or out-of-service bed
    # catalogue (issue 10, item 2; migration 0026_catalogues). HM051-HM052 reserved, unused so far.
    "HM050": Conflict,      # a retired lab test ordered (hms_lab_test_orderable)
    # inventory (issue 10, item 3; migration 0027_inventory; HM059 reserved):
    "HM053": PermissionDenied,  # stock moved by a non-administrator, or dispensing without hms_dispenser
    "HM054": ValidationFailed,  # stock input refused: batch number reused with another expiry/cost, closed location
    "HM055": Conflict,      # not enough in stock: "Only 0 left in stock of …" (hms_stock_take, hms_stock_dispense)
    "HM056": Conflict,      # a line not issued, or more than is left to dispense on it (hms_stock_dispense)
    "HM057": Conflict,      # the prescribed drug is not an active stock item
    "HM058": Conflict,      # the stock movement history cannot change (hms_stock_movement_guard)
    # bedreason (issue 10, item 1 follow-up; migration 0029_bed_reason, hms_bed_structure_guard v2):
    "HM031": ValidationFailed,  # a bed out of service without a reason: "Say why the bed is out of service."
    # reports (issue 12; migration 0030_reports, hms_report_* functions).
    "HM060": PermissionDenied,  # a report of another group's: "Your account may not run the report …"
    "HM061": ValidationFailed,  # a report's range backwards or too long, checked again by the function
    # report drill-down (issue 12, item 7; migration 0033_report_drill, hms_report_drill_* functions):
    "HM062": PermissionDenied,  # the patients behind a report row, for a group that may not see them
    "HM063": ValidationFailed,  # not one row's key (wrong number of values)
    "HM064": ValidationFailed,  # a key value that is not one of the report's (a month, a day, an age band)
    # report builder (issue 12, item 3; migration 0031_report_templates, hms_report_adhoc*):
    "HM065": ValidationFailed,  # a built report or saved template not on the allow-list (hms_report_adhoc_check)
    "HM066": Conflict,      # a saved report's name already taken, whatever its case (hms_report_template_guard)
    # patient area (issue 12, item 2 "by area"; migration 0034_patient_area, hms_patient_area_guard):
    "HM067": ValidationFailed,  # an area of more than 80 characters: "The area is too long (at most 80 characters)."
}


def _sqlstate(error: BaseException) -> str | None:
    orig = getattr(error, "orig", error)
    return getattr(orig, "sqlstate", None)


def _primary_message(error: BaseException) -> str:
    orig = getattr(error, "orig", error)
    diag = getattr(orig, "diag", None)
    return (getattr(diag, "message_primary", None) or str(orig)).strip()


def _login_refused(error: BaseException) -> bool:
    """A reconnect of a logged-in person refused because their role lost LOGIN (deactivated): libpq gives
    no SQLSTATE for a failed connection, only the server's words (as ``auth`` reads them at login)."""
    return "is not permitted to log in" in str(getattr(error, "orig", None) or error)  # as db.unit_of_work


def translate(error: BaseException) -> ServiceError:
    """Turn a low-level exception into one with a message for people."""
    # Imported here, not at the top: the login window's code imports this module, and showing that window
    # must not wait for SQLAlchemy and psycopg (cold start, issue 11). A database error means they are loaded.
    import psycopg.errors
    from sqlalchemy import exc as sa_exc
    from sqlalchemy.orm.exc import StaleDataError

    from hms_desktop.db.deadline import ServerDidNotAnswer

    if isinstance(error, ServiceError):
        return error
    if isinstance(error, ServerDidNotAnswer):
        return ConnectionLost(i18n.translate("services", SERVER_DID_NOT_ANSWER_MESSAGE))
    if isinstance(error, ValidationError):
        return ValidationFailed(error.problems)
    if isinstance(error, DomainError):
        return Conflict(str(error))
    if isinstance(error, StaleDataError):
        return Conflict(i18n.translate("services", "Someone else changed this record while you were editing it. Reload "
                                                   "it and try again; your changes were not saved."))
    state = _sqlstate(error)
    if state in _OUR_CODES:
        kind = _OUR_CODES[state]
        # Our functions' own words: the fixed ones are listed for translators (services/database_messages.py).
        message = i18n.translate("database", _primary_message(error))
        translated = ValidationFailed({"": message}) if kind is ValidationFailed else kind(message)
        translated.sqlstate = state
        return translated
    if state == "42501" or isinstance(getattr(error, "orig", None), psycopg.errors.InsufficientPrivilege):
        return PermissionDenied(i18n.translate("services", "Your account is not allowed to do this. Ask an "
                                                           "administrator if you need it."))
    if state == "55P03":  # lock_timeout: someone holds the row (or a login is misbehaving)
        return Conflict(i18n.translate("services", "Someone else is changing this right now. Nothing was saved; try "
                                                   "again in a moment."))
    if state == "57014":  # statement_timeout
        return ConnectionLost(i18n.translate("services", "The database took too long to answer, so the request was "
                                                         "stopped. Nothing was saved; what you typed is kept. Try "
                                                         "again, and tell an administrator if it happens again."))
    if state == "25P03":  # idle_in_transaction_session_timeout ended the session
        return ConnectionLost(i18n.translate("services", CONNECTION_LOST_MESSAGE))
    if state == "23P01":
        return Conflict(i18n.translate("services", "This time overlaps another booking."))
    if state == "23505":
        return Conflict(i18n.translate("services", "This record already exists."))
    if _login_refused(error):
        return AccountDeactivated()
    if isinstance(error, sa_exc.TimeoutError):  # every pooled connection busy or hanging on a dead server
        return ConnectionLost(i18n.translate("services", CONNECTION_LOST_MESSAGE))
    if isinstance(error, (sa_exc.OperationalError, sa_exc.InterfaceError, psycopg.OperationalError,
                          psycopg.InterfaceError)) or (
        isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated
    ):
        return ConnectionLost(i18n.translate("services", CONNECTION_LOST_MESSAGE))
    log.error("Unexpected error", exc_info=error)
    return ServiceError(i18n.translate("services", "Something unexpected went wrong; it has been logged. Please try "
                                                   "again, and tell an administrator if it happens again."))


@contextlib.contextmanager
def user_facing_errors() -> Iterator[None]:
    try:
        yield
    except ServiceError:
        raise
    except Exception as error:
        raise translate(error) from error
