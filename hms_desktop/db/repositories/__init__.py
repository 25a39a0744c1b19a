"""Repositories: the only code that writes queries against the tables of one aggregate.

Each repository wraps the unit of work's session and returns models or small row types (never
DTOs for screens: those are the services' business). Services reach them through the unit of work:
``with ctx.uow() as uow: uow.staff.by_username(name)``. Read-side queries that serve one screen
(search, calendars, queues, the bed board) live in ``hms_desktop/db/queries/`` instead.
"""
