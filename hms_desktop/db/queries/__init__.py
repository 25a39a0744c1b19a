"""Read-side queries that serve one screen each (patient search, the bed board, ...), often plain SQL.

Functions take the unit of work's connection or session and return rows; the services turn them into DTOs.
Writes never live here: they belong to the repositories in ``hms_desktop/db/repositories/``.
"""
