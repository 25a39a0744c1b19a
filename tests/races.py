"""The OS processes of the race tests (test_booking_race, test_invoice_number_race): one per front desk.

Only the standard library here: a desk process imports its test module (to find the function it runs), and
that import must stay light.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext

# What the desks import. Twenty fresh interpreters importing SQLAlchemy, psycopg and the services each took
# most of a race test's time (about a minute on two busy cores); a fork server imports them once and each desk
# is forked from it: still its own OS process, with its own login and connection, racing the others.
DESK_MODULES = ["hms_desktop.services.auth", "hms_desktop.services.billing", "hms_desktop.services.scheduling"]


def desk_processes() -> BaseContext:
    """The multiprocessing context to start the desks with (its Process, Barrier and Queue)."""
    context = multiprocessing.get_context("forkserver")
    # One fork server per test process, started by the first desk: whichever race test comes first preloads
    # what both need.
    context.set_forkserver_preload(DESK_MODULES)
    return context
