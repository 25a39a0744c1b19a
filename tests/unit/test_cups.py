"""How a document is handed to CUPS (printing/cups.py), without a print server: the paper named for lp,
and lp's refusals turned into messages that say nothing was printed. The real queue is tested in
tests/gui/test_cups_printing.py."""

from __future__ import annotations

import subprocess

import pytest

from hms_desktop.printing import cups
from hms_desktop.printing.layout import PAGE_A4

MM = 72 / 25.4


@pytest.mark.parametrize(("width", "height", "media"), [
    (280 * MM, 25 * MM, "Custom.280x25mm"),  # the band keeps its own width and length
    (105 * MM, 148 * MM, "A6"),
    (PAGE_A4[0], PAGE_A4[1], "A4"),
    (PAGE_A4[1], PAGE_A4[0], "A4"),  # landscape A4 is still A4 paper
    (80 * MM, 200 * MM, "Custom.80x200mm"),
])
def test_the_paper_is_named_for_lp(width: float, height: float, media: str) -> None:
    assert cups.media_for(width, height) == media


def fake_lp(monkeypatch: pytest.MonkeyPatch, *, lp: tuple[int, str, str], lpstat: str = "") -> list[list[str]]:
    calls: list[list[str]] = []

    def run(args: list[str], *, data: bytes | None = None,
            timeout: float = 0) -> subprocess.CompletedProcess[bytes]:
        calls.append(args)
        if args[0] == "lp":
            code, out, err = lp
            return subprocess.CompletedProcess(args, code, out.encode(), err.encode())
        return subprocess.CompletedProcess(args, 0, lpstat.encode(), b"")

    monkeypatch.setattr(cups, "_run", run)
    return calls


def test_an_accepted_job_names_queue_paper_copies_and_title(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = fake_lp(monkeypatch, lp=(0, "request id is bands-42 (0 file(s))\n", ""),
                    lpstat="printer bands is idle.  enabled since Tue\n")
    sent = cups.submit(b"%PDF", "bands", title="Wristband 10000017", media="Custom.280x25mm", copies=2)
    assert sent == cups.Submitted(queue="bands", job_id="bands-42", paused=False)
    assert calls[0] == ["lp", "-d", "bands", "-t", "Wristband 10000017", "-n", "2", "-o", "media=Custom.280x25mm",
                        "-o", "fit-to-page", "-o", "job-sheets=none"]


def test_a_paused_printer_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_lp(monkeypatch, lp=(0, "request id is bands-43 (0 file(s))\n", ""),
            lpstat="printer bands disabled since Tue Dec  1 20:00:55 2026 -\n\tPaused\n")
    assert cups.submit(b"%PDF", "bands", title="t", media="A4").paused


@pytest.mark.parametrize(("stderr", "lpstat", "said"), [
    ('lp: Destination "bands" is not accepting jobs.', "bands not accepting requests since Tue -\n\tout of bands\n",
     "not accepting jobs (out of bands)"),
    ("lp: Error - The printer or class does not exist.", "", "no longer exists"),
    ("lp: Error - Scheduler is not running.", "", "(CUPS) is not running"),
    ("lp: Error - something new", "", "did not take the document (Error - something new)"),
])
def test_a_refusal_says_why_and_that_nothing_was_printed(monkeypatch: pytest.MonkeyPatch, stderr: str, lpstat: str,
                                                         said: str) -> None:
    fake_lp(monkeypatch, lp=(1, "", stderr), lpstat=lpstat)
    with pytest.raises(cups.PrintNotSent) as refused:
        cups.submit(b"%PDF", "bands", title="t", media="A4")
    assert said in str(refused.value) and "Nothing was printed" in str(refused.value)


@pytest.mark.parametrize("queue", ["", "-o evil", "two words", "a/b"])
def test_a_queue_name_cups_cannot_have_is_refused_before_lp_runs(monkeypatch: pytest.MonkeyPatch,
                                                                 queue: str) -> None:
    calls = fake_lp(monkeypatch, lp=(0, "request id is x-1\n", ""))
    with pytest.raises(cups.PrintNotSent):
        cups.submit(b"%PDF", queue, title="t", media="A4")
    assert calls == []
