"""The report engine (issue 12): which reports a person may run, the filters' choices, running one report
in the background with a Cancel that stops the query on the server, and exporting it (CSV, XLSX, PDF).

A report runs as ONE read-only transaction on a connection of its own, checked out of the user's engine:
the SQL function of migration 0030 named by the report's definition, with the date range, the hospital's
time zone and the filters as bound parameters. The function checks the caller's group itself; the
``ctx.require`` here only says clearly who may run what.
"""

from __future__ import annotations

from hms_desktop.services.reports.drill import can_drill, drill_down
from hms_desktop.services.reports.export import export_report
from hms_desktop.services.reports.run import (
    CancelToken,
    FilterChoices,
    available_reports,
    filter_choices,
    run_report,
)

__all__ = ["CancelToken", "FilterChoices", "available_reports", "export_report", "filter_choices", "run_report"]
__all__ += ["can_drill", "drill_down"]  # drill-down (issue 12, item 7: services/reports/drill.py)
