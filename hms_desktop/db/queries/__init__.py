"""Reads that serve one screen (calendars, queues, rooms' day list), often plain SQL: functions taking the
unit of work's session or a connection and returning small row types. Writes never live here."""
