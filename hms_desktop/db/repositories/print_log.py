"""The print log: every document printed or saved, so that a reprint says COPY.

The database grants SELECT on ``print_log`` to administrators only, so whether a document was printed
before is asked through ``hms_printed_before(document, subject)`` (a SECURITY DEFINER function every group
may execute) when the schema has it; without it the table is read directly when the role may, and
otherwise the job is treated as a first print (and a warning is logged), so a front desk can always print.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

_HOW_TO_ASK = text("""
    SELECT to_regprocedure('hms_printed_before(text, text)') IS NOT NULL AS has_function,
           has_table_privilege('print_log', 'SELECT') AS can_read
""")
_ASK_FUNCTION = text("SELECT hms_printed_before(:document, :subject)")
_ASK_TABLE = text("SELECT EXISTS (SELECT 1 FROM print_log WHERE document = :document AND subject = :subject)")
_RECORD = text("""
    INSERT INTO print_log (document, subject, is_copy, destination)
    VALUES (:document, :subject, :is_copy, :destination)
""")


class PrintLogRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def printed_before(self, document: str, subject: str) -> bool:
        how = self._session.execute(_HOW_TO_ASK).one()
        params = {"document": document, "subject": subject}
        if how.has_function:
            return bool(self._session.execute(_ASK_FUNCTION, params).scalar_one())
        if how.can_read:
            return bool(self._session.execute(_ASK_TABLE, params).scalar_one())
        log.warning("This role cannot read print_log and the schema has no hms_printed_before(): a reprint "
                    "cannot be recognised and will not say COPY")
        return False

    def record(self, *, document: str, subject: str, is_copy: bool, destination: str) -> None:
        """The database fills in who and when."""
        self._session.execute(_RECORD, {"document": document, "subject": subject, "is_copy": is_copy,
                                        "destination": destination})
