"""The ``salesdesk`` command: start the GUI, or run a headless job (demo, dossier, import, backup).

Exit codes: 0 success, 1 a user error reported as one line (never a traceback), 2 bad usage.
Heavy modules (Qt, SQLAlchemy) are imported only by the command that needs them, so
``salesdesk --help`` answers at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from salesdesk import __version__

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from salesdesk.ui.printing.paged import PrintSection

VIEWS = ("board", "customers", "visits", "analytics")


class UsageError(Exception):
    """Arguments that parse but make no sense together; exits with status 2."""


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return value


def _day(text: str) -> date:
    from salesdesk.core.limits import day_problem

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    if (problem := day_problem(day)) is not None:
        raise argparse.ArgumentTypeError(problem)
    return day


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for the whole command line."""
    parser = argparse.ArgumentParser(
        prog="salesdesk",
        description="SalesDesk: the offline desktop assistant for field sales reps.",
        epilog="Without a command, starts the app. The default database lives in your user "
        "data folder; a new database gets sample data unless --empty is given.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, metavar="PATH", help="database file to open")
    parser.add_argument(
        "--empty", action="store_true", help="do not fill a new database with sample data"
    )
    parser.add_argument(
        "--create",
        action="store_true",
        help="make a new database at --db even where an empty (0-byte) file is",
    )
    parser.add_argument("--view", choices=VIEWS, help="area to show first")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="render the window (1280x800) to a PNG file and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", help="fill a database with generated sample data at any scale"
    )
    demo.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    demo.add_argument("--customers", type=_positive_int, metavar="N")
    demo.add_argument("--deals", type=_positive_int, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--region",
        metavar="CC",
        type=str.upper,
        default=_default_region(),
        help="the rep's country, whose territory the customers live in (default from LANG: "
        "%(default)s)",
    )

    importer = commands.add_parser(
        "import",
        help="import customers from a .csv (header row) or .vcf file",
        description="Good rows are imported in one transaction; every refused row is reported "
        "by its line number. Exit status 1 when any row was refused.",
    )
    importer.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument(
        "--region",
        metavar="CC",
        type=str.upper,
        default=_default_region(),
        help="country of phone numbers written without +country code (default from LANG: "
        "%(default)s)",
    )
    importer.add_argument(
        "--encoding",
        metavar="NAME",
        help="the file's encoding when it is not UTF-8 or UTF-16 with a byte order mark "
        "(e.g. cp1252, cp1250, cp1251, latin-1)",
    )
    importer.add_argument(
        "--on-match",
        choices=("update", "add", "skip"),
        default="update",
        help="a row that matches an existing customer (same e-mail, phone, or name and "
        "company) but has other values: fill the customer's empty fields (default), add it as "
        "another customer, or skip it. Rows already there are always skipped.",
    )
    importer.add_argument(
        "--dry-run", action="store_true", help="only report what would be imported"
    )

    exporter = commands.add_parser("export", help="write every customer to CSV or vCard")
    exporter.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    formats = exporter.add_mutually_exclusive_group(required=True)
    formats.add_argument("--csv", type=Path, metavar="OUT", help="UTF-8 CSV, spreadsheet-safe")
    formats.add_argument("--vcf", type=Path, metavar="OUT", help="vCard 3.0")

    ics = commands.add_parser(
        "export-ics", help="write the planned visits of a period as an iCalendar file"
    )
    ics.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    ics.add_argument("--from", type=_day, metavar="YYYY-MM-DD", required=True, dest="first")
    ics.add_argument("--to", type=_day, metavar="YYYY-MM-DD", required=True, dest="last")
    ics.add_argument("out", type=Path, metavar="OUT.ics")

    report = commands.add_parser(
        "funnel", help="the funnel, key figures and diagnosis of a period (last 90 days)"
    )
    report.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    report.add_argument("--from", type=_day, metavar="YYYY-MM-DD", dest="first")
    report.add_argument("--to", type=_day, metavar="YYYY-MM-DD", dest="last")
    output = report.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON instead of a table")
    output.add_argument(
        "--pdf", type=Path, metavar="OUT", help="write the one-page weekly funnel report as PDF"
    )

    deals = commands.add_parser(
        "deals",
        help="list every deal with its stage, status, value, customer, dates and lost reason",
        description="Open, won, lost and held deals, the most recently decided first. A closed "
        "or held deal's stage is the stage it was closed or put on hold from. --json writes "
        'money as a decimal string with its currency ("value": "1250.00", "currency": "EUR") '
        "and times in UTC (ISO 8601).",
    )
    deals.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    deals.add_argument(
        "--status",
        choices=("open", "won", "lost", "on-hold", "all"),
        default="all",
        help="which deals (default: all)",
    )
    deals.add_argument("--json", action="store_true", help="print JSON instead of a table")
    rates = commands.add_parser(
        "rates",
        help="list, set or import exchange rates (totals are shown in the reporting currency)",
        description="Without --set or --import, lists the rates and the currencies of open "
        "deals that have no rate today. A rate means 1 BASE = RATE CODE, valid from its day "
        "until the next rate of the same two currencies; the base is the reporting currency "
        "unless given. A file is CSV with date (YYYY-MM-DD), currency and rate per line (a "
        "header line naming them, and a base column, are optional); any line with a problem "
        "stores nothing, and every such line is reported. Exit status 1 when any line was "
        "refused.",
    )
    rates.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    what = rates.add_mutually_exclusive_group()
    what.add_argument(
        "--set", nargs=2, metavar=("CODE", "RATE"), help="store the rate of one currency"
    )
    what.add_argument("--import", type=Path, metavar="FILE.csv", dest="rates_file")
    what.add_argument("--json", action="store_true", help="list the rates as JSON")
    rates.add_argument("--base", metavar="CODE", help="with --set: 1 BASE = RATE CODE")
    rates.add_argument(
        "--from", type=_day, metavar="YYYY-MM-DD", dest="valid_from", help="with --set (today)"
    )
    rates.add_argument("--encoding", metavar="NAME", help="with --import: the file's encoding")
    rates.add_argument("--dry-run", action="store_true", help="with --import: only check the file")

    dossier = commands.add_parser(
        "dossier",
        help="print customer dossiers to PDF: one customer, or everyone visited on a day",
        description="Works without a display. --day prints a first page with the day's route, "
        "then the dossier of every customer visited that day, in visit order.",
    )
    dossier.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    whom = dossier.add_mutually_exclusive_group(required=True)
    whom.add_argument("--customer", type=_positive_int, metavar="ID", help="the customer's id")
    whom.add_argument("--day", type=_day, metavar="YYYY-MM-DD", help="a day of visits")
    dossier.add_argument("--pdf", type=Path, metavar="OUT", required=True, help="PDF to write")

    backup = commands.add_parser("backup", help="write a consistent copy of a database")
    backup.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    backup.add_argument(
        "--out", type=Path, metavar="FILE", help="where to write (default: next to the database)"
    )
    backup.add_argument(
        "--force", action="store_true", help="replace the file given with --out if it exists"
    )

    restore = commands.add_parser(
        "restore",
        help="put a backup back in place of a database",
        description="Checks the backup first, then keeps the database as it is now as a "
        "backup next to it, and copies the backup's contents into it.",
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit status."""
    import multiprocessing

    # A bundled app starts the import's checking worker (spawn) through this entry point.
    multiprocessing.freeze_support()
    parser = build_parser()
    args = parser.parse_args(argv)
    from salesdesk.core.errors import SalesDeskError

    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "backup":
            return _backup(args)
        if args.command == "restore":
            return _restore(args)
        if args.command == "import":
            return _import(args)
        if args.command == "export":
            return _export(args)
        if args.command == "export-ics":
            return _export_ics(args)
        if args.command == "funnel":
            return _funnel(args)
        if args.command == "deals":
            return _deals(args)
        if args.command == "dossier":
            return _dossier(args)
        if args.command == "rates":
            return _rates(args)
        return _gui(args)
    except UsageError as error:
        parser.error(str(error))
    except SalesDeskError as error:
        print(f"salesdesk: error: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # a file the command was given or writes, e.g. a full disk
        where = f"{error.filename}: " if error.filename else ""
        print(f"salesdesk: error: {where}{error.strerror or error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def _demo(args: argparse.Namespace) -> int:
    if args.customers == 0 and args.deals != 0:
        raise UsageError("deals need customers: give --customers of at least 1")
    from salesdesk.core.sample import DEFAULT_CUSTOMERS, DEFAULT_DEALS, generate_sample
    from salesdesk.core.store import open_database

    deals = DEFAULT_DEALS if args.deals is None else args.deals
    customers = args.customers
    if customers is None:
        customers = max(DEFAULT_CUSTOMERS, deals // 4) if args.deals else DEFAULT_CUSTOMERS
    database = open_database(args.db)
    try:
        with database.transaction() as session:
            summary = generate_sample(
                session, customers=customers, deals=deals, seed=args.seed, region=args.region
            )
    finally:
        database.close()
    added = ", ".join(f"{count} {table}" for table, count in summary.counts.items() if count)
    print(f"{args.db}: added {added or 'nothing'} ({summary.territory.region})")
    return 0


def _existing_database(path: Path) -> Path:
    """Return ``path`` if a database file is there; else say what is (one line, exit 1)."""
    from salesdesk.core.errors import DatabaseOpenError

    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a SalesDesk database")
    if not path.is_file():
        raise DatabaseOpenError(f"{path} does not exist")
    return path


def _default_region() -> str | None:
    """Return the country of the user's locale ("de_DE.UTF-8" gives "DE"), if any."""
    language = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    code = language.split(".")[0].partition("_")[2]
    return code.upper() if len(code) == 2 and code.isalpha() else None


def _import(args: argparse.Namespace) -> int:
    import tempfile

    from salesdesk.core.exchange.importer import Decision, dry_run, import_rows, open_customers
    from salesdesk.core.models import utc_now
    from salesdesk.core.store import open_database

    rows = open_customers(args.file, args.region, args.encoding)
    options = {"on_match": Decision(args.on_match), "total_lines": rows.decoding.lines}
    if sys.stderr.isatty():
        options["progress"] = _progress_line
    with tempfile.TemporaryDirectory() as scratch:
        # A dry run against no database compares the file with itself only.
        db = args.db if args.db.exists() or not args.dry_run else Path(scratch) / "dry.sqlite3"
        database = open_database(db)
        try:
            if args.dry_run:
                summary = dry_run(database, rows, utc_now(), **options)
            else:
                with database.transaction() as session:
                    summary = import_rows(session, rows, utc_now(), **options)
        finally:
            database.close()
            if "progress" in options:
                print("\r\033[K", end="", file=sys.stderr, flush=True)
    for problem in summary.problems:
        print(f"{args.file.name}: {problem}")
    for note in rows.notes:
        print(f"{args.file.name}: {note}")
    if rows.decoding.chosen:
        print(f"{args.file.name}: read as {rows.decoding.label}")
    verb, updated = ("would import", "would update") if args.dry_run else ("imported", "updated")
    print(
        f"{verb} {summary.added} customer(s); {updated} {summary.updated}; skipped "
        f"{summary.skipped} already there; refused {len(summary.problems)} row(s)"
    )
    return 1 if summary.problems else 0


def _progress_line(line: int, lines: int) -> bool:
    """Show how far an import got on the terminal (stderr); never cancels."""
    share = min(100, line * 100 // max(lines, 1))
    print(
        f"\rimporting: {share}% (line {line:,} of about {lines:,})",
        end="",
        file=sys.stderr,
        flush=True,
    )
    return True


def _export(args: argparse.Namespace) -> int:
    from salesdesk.core.exchange.exporter import exported_customers, write_csv, write_vcard
    from salesdesk.core.store import open_database

    database = open_database(_existing_database(args.db))
    try:
        with database.sessions() as session:
            customers = exported_customers(session)
    finally:
        database.close()
    target = args.csv or args.vcf
    # Written completely or not at all; a failure is one OutputError sentence.
    (write_csv if args.csv else write_vcard)(customers, target)
    print(f"wrote {len(customers)} customer(s) to {target}")
    return 0


def _export_ics(args: argparse.Namespace) -> int:
    if args.last < args.first:
        raise UsageError("--to must not be before --from")
    from salesdesk.core.exchange.calendar import write_calendar
    from salesdesk.core.models import utc_now
    from salesdesk.core.store import open_database

    database = open_database(_existing_database(args.db))
    try:  # an OutputError says which file could not be written and why
        with database.sessions() as session:
            count = write_calendar(session, args.first, args.last, args.out, utc_now())
    finally:
        database.close()
    print(f"wrote {count} planned activit{'y' if count == 1 else 'ies'} to {args.out}")
    return 0


def _funnel(args: argparse.Namespace) -> int:
    if args.first and args.last and args.last < args.first:
        raise UsageError("--to must not be before --from")
    import json

    from salesdesk.core import local_time
    from salesdesk.core.analytics.report import funnel_report, period, report_lines
    from salesdesk.core.models import utc_now
    from salesdesk.core.money.formats import environment_locale
    from salesdesk.core.store import open_database

    _existing_database(args.db)
    now = utc_now()
    start, end = period(args.first, args.last, local_time.local_day(now))
    if args.pdf is not None:
        return _funnel_pdf(args.db, args.pdf, start, end, now)
    database = open_database(args.db)
    try:
        with database.sessions() as session:
            report = funnel_report(session, start, end, now)
    finally:
        database.close()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print("\n".join(report_lines(report, environment_locale())))
    return 0


def _deals(args: argparse.Namespace) -> int:
    import json

    from salesdesk.core.deal_report import STATUSES_OF, deal_lines, deal_record
    from salesdesk.core.queries.deal_lists import deal_rows
    from salesdesk.core.store import open_database

    database = open_database(_existing_database(args.db))
    try:
        with database.sessions() as session:
            rows = deal_rows(session, STATUSES_OF[args.status])
    finally:
        database.close()
    if args.json:
        print(json.dumps([deal_record(row) for row in rows], ensure_ascii=False, indent=2))
    else:
        print("\n".join(deal_lines(rows)))
    return 0


def _funnel_pdf(db: Path, out: Path, start: datetime, end: datetime, now: datetime) -> int:
    """Write the weekly funnel report of the period to ``out`` (no window is shown)."""
    from salesdesk.core.analytics.overview import overview
    from salesdesk.ui.analytics.weekly_report import report_footer, report_sections, report_title

    sections, pages = _pdf_job(
        db,
        out,
        lambda session: report_sections(overview(session, start, end, now), now),
        lambda _: report_title(),
        report_footer(now),
    )
    print(f"wrote the funnel report ({pages} page{'' if pages == 1 else 's'}) to {out}")
    return 0


def _dossier(args: argparse.Namespace) -> int:
    from salesdesk.core.models import utc_now
    from salesdesk.core.wording import english_plural
    from salesdesk.ui.printing.dossier_print import customer_sections, day_sections, printed_footer

    now = utc_now()

    def build(session: Session) -> Sequence[PrintSection]:
        if args.day is not None:
            return day_sections(session, args.day, now)
        return customer_sections(session, args.customer, now)

    sections, pages = _pdf_job(
        args.db, args.pdf, build, lambda sections: sections[0].running_title, printed_footer(now)
    )
    dossiers = len(sections) - (1 if args.day is not None else 0)
    print(
        english_plural("wrote %n dossier(s)", dossiers),
        english_plural("on %n page(s)", pages),
        f"to {args.pdf}",
    )
    return 0


def _pdf_job(
    db: Path,
    out: Path,
    build: Callable[[Session], Sequence[PrintSection]],
    title: Callable[[Sequence[PrintSection]], str],
    footer: str,
) -> tuple[Sequence[PrintSection], int]:
    """Build print sections from the database and write them to the PDF ``out``, headless.

    Returns the sections and the number of pages. Warns on stderr about scripts in the text
    that no installed font can print.
    """
    from salesdesk.core.store import open_database
    from salesdesk.ui.printing.fonts import missing_scripts
    from salesdesk.ui.printing.headless import gui_application
    from salesdesk.ui.printing.paged import write_pdf

    _existing_database(db)
    app = gui_application()  # fonts and text layout need it; no window is shown
    database = open_database(db)
    try:
        with database.sessions() as session:
            sections = build(session)
    finally:
        database.close()
    for script in missing_scripts("".join(section.html for section in sections)):
        print(
            f"salesdesk: warning: no {script} font is installed; {script} text is left out "
            "(on Debian/Ubuntu: apt install fonts-noto-cjk)",
            file=sys.stderr,
        )
    try:  # an OutputError says which file could not be written and why
        pages = write_pdf(out, sections, title=title(sections), footer=footer)
    finally:
        del app  # the application outlives the writing
    return sections, pages


def _rates(args: argparse.Namespace) -> int:
    if (args.base or args.valid_from) and not args.set:
        raise UsageError("--base and --from go with --set")
    if (args.encoding or args.dry_run) and not args.rates_file:
        raise UsageError("--encoding and --dry-run go with --import")
    from salesdesk.cli_rates import import_rates_file, list_rates, set_rate

    _existing_database(args.db)
    if args.set:
        return set_rate(args.db, *args.set, base=args.base, valid_from=args.valid_from)
    if args.rates_file:
        return import_rates_file(args.db, args.rates_file, args.encoding, dry_run=args.dry_run)
    return list_rates(args.db, as_json=args.json)


def _backup(args: argparse.Namespace) -> int:
    from salesdesk.core.backup import backup_database
    from salesdesk.core.store import check_database_whole, inspect_file

    _existing_database(args.db)
    inspect_file(args.db)  # refuse anything that is not a SalesDesk database
    check_database_whole(args.db)  # a backup of a damaged file would be damaged too
    print(backup_database(args.db, args.out, force=args.force))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from salesdesk.core.backup import restore_backup

    restored = restore_backup(args.backup, args.db)
    kept = f"; its previous state is kept in {restored.kept}" if restored.kept else ""
    print(f"restored {restored.database} from {restored.backup}{kept}")
    return 0


def _gui(args: argparse.Namespace) -> int:
    if args.screenshot is not None and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale

    from salesdesk.core.store import open_database
    from salesdesk.paths import default_database_path

    path = args.db if args.db is not None else default_database_path()
    # The window shows at once; the whole file is checked meanwhile, before the first write.
    # A new database starts in the currency of the system's locale (as the window shows it).
    database = open_database(
        path, allow_empty_file=args.create, check=False, locale=QLocale.system().name()
    )
    if database.created and not args.empty:
        from salesdesk.core.sample import generate_sample

        with database.transaction() as session:
            generate_sample(session, region=_default_region())
    elif not database.created:
        database.check_in_background()
    from salesdesk.ui.app import run_app

    return run_app(database, view=args.view, screenshot=args.screenshot)


if __name__ == "__main__":
    raise SystemExit(main())
