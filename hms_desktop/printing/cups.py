"""Send a finished PDF to a CUPS print queue with ``lp``, and ask ``lpstat`` about queues. No Qt.

Why not paint it through QPrinter: on Linux and macOS the print system is CUPS, and CUPS prints a PDF
itself. Handing it reportlab's bytes keeps the pages as vectors (text that a "print to PDF" copy can
search, barcodes at the printer's own resolution), takes milliseconds instead of rendering an A4 page
to 35 million pixels, and states the paper with ``-o media=...`` so no print dialog can swap it for the
queue's default. Platforms without CUPS (Windows) print through Qt instead (``ui/dialogs/print_preview.py``).

Only what CUPS accepted is reported as sent: ``lp`` exits non-zero when the queue rejects jobs or is
gone, and that becomes a ``PrintNotSent`` whose text is for people. Nothing here logs patient data;
the job title names the document and the MRN only.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from dataclasses import dataclass

from hms_desktop.i18n import translate

log = logging.getLogger(__name__)

_TIMEOUT_S = 20.0
_POINTS_PER_MM = 72 / 25.4
# Paper CUPS knows by name (portrait, in millimetres); anything else is sent as Custom.WxHmm.
_NAMED_MEDIA = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "A6": (105.0, 148.0), "Letter": (215.9, 279.4)}
_REQUEST_ID = re.compile(r"request id is (\S+)")
# CUPS allows any printable character in a queue name except space, tab, '/', '#' and '\\'.
_QUEUE_NAME = re.compile(r"^[^\s/#\\-][^\s/#\\]{0,126}$")


class PrintNotSent(Exception):
    """CUPS did not take the document; the text says why and what to do, for people."""


@dataclass(frozen=True, slots=True)
class Submitted:
    queue: str
    job_id: str  # CUPS's request id, such as "wristbands-42"
    paused: bool  # accepted, but the printer is paused: the job waits in the queue


def available() -> bool:
    """Whether this machine has the CUPS command-line clients."""
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def _run(args: list[str], *, data: bytes | None = None,
         timeout: float = _TIMEOUT_S) -> subprocess.CompletedProcess[bytes]:
    # English messages, so the few we recognise can be recognised; CUPS_SERVER and the like pass through.
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    return subprocess.run(args, input=data, capture_output=True, timeout=timeout, env=env, check=False)


def running() -> bool:
    """Whether the CUPS clients are here and its scheduler answers."""
    if not available():
        return False
    try:
        done = _run(["lpstat", "-r"], timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and "is running" in done.stdout.decode(errors="replace")


def media_for(width_pt: float, height_pt: float) -> str:
    """The CUPS media name for a page of this size (in points): A4, A5, A6 by name, else Custom.WxHmm
    with the page's own width and height (a 280 x 25 mm band stays 280 wide)."""
    width_mm, height_mm = width_pt / _POINTS_PER_MM, height_pt / _POINTS_PER_MM
    upright = (min(width_mm, height_mm), max(width_mm, height_mm))
    for name, (w, h) in _NAMED_MEDIA.items():
        if abs(upright[0] - w) < 1 and abs(upright[1] - h) < 1:
            return name
    return f"Custom.{width_mm:.0f}x{height_mm:.0f}mm"


def submit(pdf: bytes, queue: str, *, title: str, media: str, copies: int = 1) -> Submitted:
    """Give ``pdf`` to CUPS for ``queue`` on ``media``; raise ``PrintNotSent`` unless CUPS accepted it."""
    if not _QUEUE_NAME.match(queue):
        raise PrintNotSent(translate("printing", "“{queue}” is not the name of a printer on this computer. Choose "
                                                 "another printer.").format(queue=queue))
    args = ["lp", "-d", queue, "-t", title, "-n", str(max(1, copies)), "-o", f"media={media}",
            "-o", "fit-to-page", "-o", "job-sheets=none"]  # no file: lp reads the PDF from stdin
    try:
        done = _run(args, data=pdf)
    except FileNotFoundError:
        raise PrintNotSent(translate("printing", "This computer has no print service (CUPS). Nothing was "
                                                 "printed.")) from None
    except subprocess.TimeoutExpired:
        raise PrintNotSent(translate("printing", "The print service did not answer in time. Nothing was printed; check "
                                                 "the printer and try again.")) from None
    output = done.stdout.decode(errors="replace")
    problem = done.stderr.decode(errors="replace").strip()
    found = _REQUEST_ID.search(output)
    if done.returncode != 0 or found is None:
        log.warning("lp refused a job for queue %s: %s", queue, problem or f"exit status {done.returncode}")
        raise PrintNotSent(_refusal(queue, problem))
    return Submitted(queue=queue, job_id=found.group(1), paused=_paused(queue))


def _paused(queue: str) -> bool:
    try:
        done = _run(["lpstat", "-p", queue], timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return " disabled " in done.stdout.decode(errors="replace")


def _rejection_reason(queue: str) -> str:
    """The reason an administrator gave with cupsreject, if any (second line of ``lpstat -a``)."""
    try:
        done = _run(["lpstat", "-a", queue], timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    lines = [line.strip() for line in done.stdout.decode(errors="replace").splitlines()[1:]]
    reason = " ".join(line for line in lines if line)
    return "" if reason in ("", "Rejecting Jobs", "-") else reason


def _refusal(queue: str, problem: str) -> str:
    lowered = problem.lower()
    if "not accepting jobs" in lowered:
        reason = _rejection_reason(queue)
        if reason:
            return translate("printing", "The printer “{queue}” is not accepting jobs ({reason}). Nothing was printed. "
                                         "Choose another printer, or ask whoever looks after the printers to accept "
                                         "jobs again.").format(queue=queue, reason=reason)
        return translate("printing", "The printer “{queue}” is not accepting jobs. Nothing was printed. Choose another "
                                     "printer, or ask whoever looks after the printers to accept jobs again.").format(
                                         queue=queue)
    if "does not exist" in lowered or "not found" in lowered:
        return (translate("printing", "The printer “{queue}” no longer exists on this computer. Nothing was printed. "
                                      "Choose another printer.").format(queue=queue))
    if "scheduler" in lowered or "unable to connect" in lowered or "connection refused" in lowered:
        return translate("printing", "The print service (CUPS) is not running on this computer. Nothing was printed.")
    detail = problem.removeprefix("lp:").strip() or translate("printing", "no reason given")
    return translate("printing", "The printer “{queue}” did not take the document ({detail}). Nothing was "
                                 "printed.").format(queue=queue, detail=detail)
