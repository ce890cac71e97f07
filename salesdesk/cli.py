"""The ``salesdesk`` command: start the GUI, or run a headless job (demo, dossier, import, backup).

Exit codes: 0 success, 1 a user error reported as one line (never a traceback), 2 bad usage.
Heavy modules (Qt's widgets, SQLAlchemy) are imported only by the command that needs them, so
``salesdesk --help`` answers at once; only QtCore comes first, for the language (and none for
``--version``). Every message is translated in context "Cli"; ``--json`` output never is.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from salesdesk import __version__
from salesdesk.core import i18n
from salesdesk.core.i18n import translate, translate_n

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from salesdesk.ui.printing.paged import PrintSection

VIEWS = ("board", "customers", "visits", "analytics")
_CONTEXT = "Cli"
# The names ``--language`` takes: ``salesdesk.language.LANGUAGES``, repeated here so that
# ``salesdesk --version`` answers without loading Qt (a test keeps the two the same).
LANGUAGES = ("en", "zh_CN", "ko_KR")


class UsageError(Exception):
    """Arguments that parse but make no sense together; exits with status 2."""


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, with its "usage: " in the rep's language."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # noqa: ANN001, D102
        if prefix is None:
            prefix = translate(_CONTEXT, "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose own words (headings, the error line) are translated."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        # argparse offers no other way to name its two default groups.
        self._positionals.title = translate(_CONTEXT, "positional arguments")
        self._optionals.title = translate(_CONTEXT, "options")

    def error(self, message: str) -> NoReturn:
        """Print the usage and the one-line error (as argparse does), and exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, translate(_CONTEXT, "%1: error: %2", self.prog, message) + "\n")


# Subcommand parsers are made by ``add_parser`` with these too (the class comes from the
# main parser); the help option is added by ``_add_help`` for its translated text.
_PARSER_OPTIONS: dict[str, object] = {"formatter_class": _Formatter, "add_help": False}


def _add_help(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-h", "--help", action="help", help=translate(_CONTEXT, "show this help message and exit")
    )


def _add_language(parser: argparse.ArgumentParser) -> None:
    """Give ``parser`` the ``--language`` option every command accepts."""
    # SUPPRESS: a subcommand sets it only when given, so it never overwrites the value given
    # before the subcommand (``salesdesk --language zh_CN demo``); absent when never given.
    parser.add_argument(
        "--language",
        type=_language_name,
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=translate(
            _CONTEXT,
            "the language of messages, dates and numbers: %1 (default: the one chosen in "
            "Preferences, else the system's)",
            ", ".join(LANGUAGES),
        ),
    )


def _language_name(text: str) -> str:
    if text not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            translate(
                _CONTEXT,
                "SalesDesk does not speak %1; choose one of %2",
                repr(text),
                ", ".join(LANGUAGES),
            )
        )
    return text


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(_CONTEXT, "not a whole number: %1", repr(text))
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(translate(_CONTEXT, "must not be negative: %1", value))
    return value


def _day(text: str) -> date:
    from salesdesk.core.limits import day_problem

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(_CONTEXT, "not a date (YYYY-MM-DD): %1", repr(text))
        ) from None
    if (problem := day_problem(day)) is not None:
        raise argparse.ArgumentTypeError(problem)
    return day


def build_parser(language: str | None = None) -> argparse.ArgumentParser:
    """Return the parser for the whole command line, its texts in the current language.

    ``language`` (the one spoken, see ``main``) only chooses the default ``--region``.
    """
    region = _default_region(language)
    parser = _Parser(
        prog="salesdesk",
        description=translate(
            _CONTEXT, "SalesDesk: the offline desktop assistant for field sales reps."
        ),
        epilog=translate(
            _CONTEXT,
            "Without a command, starts the app. The default database lives in your user "
            "data folder; a new database gets sample data unless --empty is given.",
        ),
        **_PARSER_OPTIONS,
    )
    _add_help(parser)
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate(_CONTEXT, "show program's version number and exit"),
    )
    parser.add_argument(
        "--db", type=Path, metavar="PATH", help=translate(_CONTEXT, "database file to open")
    )
    parser.add_argument(
        "--empty",
        action="store_true",
        help=translate(_CONTEXT, "do not fill a new database with sample data"),
    )
    parser.add_argument(
        "--create",
        action="store_true",
        help=translate(
            _CONTEXT, "make a new database at --db even where an empty (0-byte) file is"
        ),
    )
    parser.add_argument("--view", choices=VIEWS, help=translate(_CONTEXT, "area to show first"))
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help=translate(_CONTEXT, "render the window (1280x800) to a PNG file and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, **texts: str) -> argparse.ArgumentParser:
        made = commands.add_parser(name, **_PARSER_OPTIONS, **texts)
        _add_help(made)
        return made

    demo = command(
        "demo", help=translate(_CONTEXT, "fill a database with generated sample data at any scale")
    )
    demo.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    demo.add_argument("--customers", type=_positive_int, metavar="N")
    demo.add_argument("--deals", type=_positive_int, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--region",
        metavar="CC",
        type=str.upper,
        default=region,
        help=translate(
            _CONTEXT,
            "the rep's country, whose territory the customers live in (default from LANG: "
            "%(default)s)",
        ),
    )

    importer = command(
        "import",
        help=translate(_CONTEXT, "import customers from a .csv (header row) or .vcf file"),
        description=translate(
            _CONTEXT,
            "Good rows are imported in one transaction; every refused row is reported by its "
            "line number. Exit status 1 when any row was refused.",
        ),
    )
    importer.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument(
        "--region",
        metavar="CC",
        type=str.upper,
        default=region,
        help=translate(
            _CONTEXT,
            "country of phone numbers written without +country code (default from LANG: "
            "%(default)s)",
        ),
    )
    importer.add_argument(
        "--encoding",
        metavar="NAME",
        help=translate(
            _CONTEXT,
            "the file's encoding when it is not UTF-8 or UTF-16 with a byte order mark "
            "(e.g. cp1252, cp1250, cp1251, latin-1)",
        ),
    )
    importer.add_argument(
        "--on-match",
        choices=("update", "add", "skip"),
        default="update",
        help=translate(
            _CONTEXT,
            "a row that matches an existing customer (same e-mail, phone, or name and "
            "company) but has other values: fill the customer's empty fields (default), add "
            "it as another customer, or skip it. Rows already there are always skipped.",
        ),
    )
    importer.add_argument(
        "--dry-run",
        action="store_true",
        help=translate(_CONTEXT, "only report what would be imported"),
    )

    exporter = command("export", help=translate(_CONTEXT, "write every customer to CSV or vCard"))
    exporter.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    formats = exporter.add_mutually_exclusive_group(required=True)
    formats.add_argument(
        "--csv", type=Path, metavar="OUT", help=translate(_CONTEXT, "UTF-8 CSV, spreadsheet-safe")
    )
    formats.add_argument("--vcf", type=Path, metavar="OUT", help=translate(_CONTEXT, "vCard 3.0"))

    ics = command(
        "export-ics",
        help=translate(_CONTEXT, "write the planned visits of a period as an iCalendar file"),
    )
    ics.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    ics.add_argument("--from", type=_day, metavar="YYYY-MM-DD", required=True, dest="first")
    ics.add_argument("--to", type=_day, metavar="YYYY-MM-DD", required=True, dest="last")
    ics.add_argument("out", type=Path, metavar="OUT.ics")

    report = command(
        "funnel",
        help=translate(
            _CONTEXT, "the funnel, key figures and diagnosis of a period (last 90 days)"
        ),
    )
    report.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    report.add_argument("--from", type=_day, metavar="YYYY-MM-DD", dest="first")
    report.add_argument("--to", type=_day, metavar="YYYY-MM-DD", dest="last")
    output = report.add_mutually_exclusive_group()
    output.add_argument(
        "--json", action="store_true", help=translate(_CONTEXT, "print JSON instead of a table")
    )
    output.add_argument(
        "--pdf",
        type=Path,
        metavar="OUT",
        help=translate(_CONTEXT, "write the one-page weekly funnel report as PDF"),
    )

    deals = command(
        "deals",
        help=translate(
            _CONTEXT,
            "list every deal with its stage, status, value, customer, dates and lost reason",
        ),
        description=translate(
            _CONTEXT,
            "Open, won, lost and held deals, the most recently decided first. A closed or "
            "held deal's stage is the stage it was closed or put on hold from. --json writes "
            'money as a decimal string with its currency ("value": "1250.00", "currency": '
            '"EUR") and times in UTC (ISO 8601).',
        ),
    )
    deals.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    deals.add_argument(
        "--status",
        choices=("open", "won", "lost", "on-hold", "all"),
        default="all",
        help=translate(_CONTEXT, "which deals (default: all)"),
    )
    deals.add_argument(
        "--json", action="store_true", help=translate(_CONTEXT, "print JSON instead of a table")
    )
    rates = command(
        "rates",
        help=translate(
            _CONTEXT,
            "list, set or import exchange rates (totals are shown in the reporting currency)",
        ),
        description=translate(
            _CONTEXT,
            "Without --set or --import, lists the rates and the currencies of open deals that "
            "have no rate today. A rate means 1 BASE = RATE CODE, valid from its day until the "
            "next rate of the same two currencies; the base is the reporting currency unless "
            "given. A file is CSV with date (YYYY-MM-DD), currency and rate per line (a header "
            "line naming them, and a base column, are optional); any line with a problem "
            "stores nothing, and every such line is reported. Exit status 1 when any line was "
            "refused.",
        ),
    )
    rates.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    what = rates.add_mutually_exclusive_group()
    what.add_argument(
        "--set",
        nargs=2,
        metavar=("CODE", "RATE"),
        help=translate(_CONTEXT, "store the rate of one currency"),
    )
    what.add_argument("--import", type=Path, metavar="FILE.csv", dest="rates_file")
    what.add_argument(
        "--json", action="store_true", help=translate(_CONTEXT, "list the rates as JSON")
    )
    rates.add_argument(
        "--base", metavar="CODE", help=translate(_CONTEXT, "with --set: 1 BASE = RATE CODE")
    )
    rates.add_argument(
        "--from",
        type=_day,
        metavar="YYYY-MM-DD",
        dest="valid_from",
        help=translate(_CONTEXT, "with --set (today)"),
    )
    rates.add_argument(
        "--encoding", metavar="NAME", help=translate(_CONTEXT, "with --import: the file's encoding")
    )
    rates.add_argument(
        "--dry-run",
        action="store_true",
        help=translate(_CONTEXT, "with --import: only check the file"),
    )

    dossier = command(
        "dossier",
        help=translate(
            _CONTEXT,
            "print customer dossiers to PDF: one customer, or everyone visited on a day",
        ),
        description=translate(
            _CONTEXT,
            "Works without a display. --day prints a first page with the day's route, then "
            "the dossier of every customer visited that day, in visit order.",
        ),
    )
    dossier.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    whom = dossier.add_mutually_exclusive_group(required=True)
    whom.add_argument(
        "--customer",
        type=_positive_int,
        metavar="ID",
        help=translate(_CONTEXT, "the customer's id"),
    )
    whom.add_argument(
        "--day", type=_day, metavar="YYYY-MM-DD", help=translate(_CONTEXT, "a day of visits")
    )
    dossier.add_argument(
        "--pdf", type=Path, metavar="OUT", required=True, help=translate(_CONTEXT, "PDF to write")
    )

    backup = command("backup", help=translate(_CONTEXT, "write a consistent copy of a database"))
    backup.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    backup.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=translate(_CONTEXT, "where to write (default: next to the database)"),
    )
    backup.add_argument(
        "--force",
        action="store_true",
        help=translate(_CONTEXT, "replace the file given with --out if it exists"),
    )

    restore = command(
        "restore",
        help=translate(_CONTEXT, "put a backup back in place of a database"),
        description=translate(
            _CONTEXT,
            "Checks the backup first, then keeps the database as it is now as a backup next to "
            "it, and copies the backup's contents into it.",
        ),
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.add_argument("--db", type=Path, metavar="PATH", required=True, dest="db")
    for each in (parser, *commands.choices.values()):
        _add_language(each)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit status."""
    if getattr(sys, "frozen", False):
        import multiprocessing

        # A bundled app starts the import's checking worker (spawn) through this entry point.
        multiprocessing.freeze_support()
    arguments = list(sys.argv[1:] if argv is None else argv)
    # The language first: the help texts are made in it, before any database is opened.
    language = _start_language(arguments)
    parser = build_parser(language)
    args = parser.parse_args(arguments)
    args.language = language
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
        print(translate(_CONTEXT, "salesdesk: error: %1", error), file=sys.stderr)
        return 1
    except OSError as error:  # a file the command was given or writes, e.g. a full disk
        reason = error.strerror or error
        if error.filename:
            line = translate(_CONTEXT, "salesdesk: error: %1: %2", error.filename, reason)
        else:
            line = translate(_CONTEXT, "salesdesk: error: %1", reason)
        print(line, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def _start_language(argv: Sequence[str]) -> str:
    """Speak the language ``--language`` in ``argv`` names, else the saved or system one.

    Found before argparse runs, since the help texts must already be in it; a name that is
    not a language is left to argparse to refuse (in the language chosen without it).
    ``--version`` alone loads no translations (and no Qt), so that it answers at once.
    """
    option = None
    for index, token in enumerate(argv):
        if token == "--":
            break
        name, equals, value = token.partition("=")
        # argparse takes any unambiguous abbreviation ("--lang"); no other option starts "--l".
        if len(name) < len("--l") or not "--language".startswith(name):
            continue
        if not equals:
            value = argv[index + 1] if index + 1 < len(argv) else ""
        option = value if value in LANGUAGES else option
    if option is None and "--version" in argv and not {"-h", "--help"} & set(argv):
        return LANGUAGES[0]
    from salesdesk.language import chosen_language, use_language

    language = chosen_language(option)
    use_language(language)
    return language


def _demo(args: argparse.Namespace) -> int:
    if args.customers == 0 and args.deals != 0:
        raise UsageError(
            translate(_CONTEXT, "deals need customers: give --customers of at least 1")
        )
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
                session,
                customers=customers,
                deals=deals,
                seed=args.seed,
                region=args.region,
                **_sample_language(args.language),
            )
    finally:
        database.close()
    region = summary.territory.region
    # Table names: the schema's words, the same in every language.
    added = ", ".join(f"{count} {table}" for table, count in summary.counts.items() if count)
    if added:
        print(translate(_CONTEXT, "%1: added %2 (%3)", args.db, added, region))
    else:
        print(translate(_CONTEXT, "%1: added nothing (%2)", args.db, region))
    return 0


def _sample_language(language: str) -> dict[str, str]:
    """Return the sample generator's language argument: names and notes in the rep's language."""
    return {} if language == LANGUAGES[0] else {"language": language}


def _existing_database(path: Path) -> Path:
    """Return ``path`` if a database file is there; else say what is (one line, exit 1)."""
    from salesdesk.core.errors import DatabaseOpenError

    if path.is_dir():
        raise DatabaseOpenError(
            translate(_CONTEXT, "%1 is a folder, not a SalesDesk database", path)
        )
    if not path.is_file():
        raise DatabaseOpenError(translate(_CONTEXT, "%1 does not exist", path))
    return path


def _default_region(language: str | None = None) -> str | None:
    """Return the country of the user's locale ("de_DE.UTF-8" gives "DE"), if any.

    Without a country there (``C.UTF-8``, ``ko``), the country of the language spoken
    ("zh_CN" gives "CN"); none for English, spoken in too many countries to pick one.
    """
    locale = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    code = locale.split(".")[0].split("@")[0].partition("_")[2]
    if len(code) == 2 and code.isalpha():
        return code.upper()
    if language is not None and language != LANGUAGES[0]:
        return language.partition("_")[2] or None
    return None


def cli_locale() -> str | None:
    """Return the locale the command line writes dates and counts in; None under C/POSIX."""
    from PySide6.QtCore import QLocale

    name = QLocale().name()  # the language's locale where ``use_language`` set it
    return None if name in ("C", "POSIX") else name


def day_text(day: date) -> str:
    """Return ``day`` as the locale writes it ("Mar 1, 2026", "2026年3月1日"); ISO under C."""
    locale = cli_locale()
    if locale is not None:
        from babel import UnknownLocaleError
        from babel.dates import format_date

        try:
            return format_date(day, format="medium", locale=locale)
        except (UnknownLocaleError, ValueError):
            pass
    return day.isoformat()


def count_text(n: int) -> str:
    """Return ``n`` with the locale's digit grouping ("12,345", "12.345"); "12,345" under C."""
    locale = cli_locale()
    if locale is not None:
        from babel import UnknownLocaleError
        from babel.numbers import format_decimal

        try:
            return format_decimal(n, locale=locale)
        except (UnknownLocaleError, ValueError):
            pass
    return f"{n:,}"


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
        print(translate(_CONTEXT, "%1: read as %2", args.file.name, rows.decoding.label))
    counts = (summary.added, summary.updated, summary.skipped, len(summary.problems))
    if args.dry_run:
        text = translate(
            _CONTEXT,
            "would import %1 customer(s); would update %2; skipped %3 already there; "
            "refused %4 row(s)",
            *counts,
        )
    else:
        text = translate(
            _CONTEXT,
            "imported %1 customer(s); updated %2; skipped %3 already there; refused %4 row(s)",
            *counts,
        )
    print(text)
    return 1 if summary.problems else 0


def _progress_line(line: int, lines: int) -> bool:
    """Show how far an import got on the terminal (stderr); never cancels."""
    share = min(100, line * 100 // max(lines, 1))
    text = translate(
        _CONTEXT, "importing: %1% (line %2 of about %3)", share, count_text(line), count_text(lines)
    )
    print(
        f"\r{text}",
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
    print(translate(_CONTEXT, "wrote %1 customer(s) to %2", len(customers), target))
    return 0


def _export_ics(args: argparse.Namespace) -> int:
    if args.last < args.first:
        raise UsageError(translate(_CONTEXT, "--to must not be before --from"))
    from salesdesk.core.exchange.calendar import write_calendar
    from salesdesk.core.models import utc_now
    from salesdesk.core.store import open_database

    database = open_database(_existing_database(args.db))
    try:  # an OutputError says which file could not be written and why
        with database.sessions() as session:
            count = write_calendar(session, args.first, args.last, args.out, utc_now())
    finally:
        database.close()
    print(translate_n(_CONTEXT, "wrote %n planned activit(y|ies) to %1", count, args.out))
    return 0


def _funnel(args: argparse.Namespace) -> int:
    if args.first and args.last and args.last < args.first:
        raise UsageError(translate(_CONTEXT, "--to must not be before --from"))
    import json

    from salesdesk.core import local_time
    from salesdesk.core.analytics.report import funnel_report, period, report_lines
    from salesdesk.core.models import utc_now
    from salesdesk.core.store import open_database
    from salesdesk.language import money_locale

    _existing_database(args.db)
    now = utc_now()
    start, end = period(args.first, args.last, local_time.local_day(now))
    if args.pdf is not None:
        return _funnel_pdf(args.db, args.pdf, start, end, now)
    database = open_database(args.db)
    try:
        # JSON is for programs: its words (findings, actions) stay English in every language
        with database.sessions() as session, i18n.english() if args.json else nullcontext():
            report = funnel_report(session, start, end, now)
    finally:
        database.close()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print("\n".join(report_lines(report, money_locale())))
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
    print(translate_n(_CONTEXT, "wrote the funnel report (%n page(s)) to %1", pages, out))
    return 0


def _dossier(args: argparse.Namespace) -> int:
    from salesdesk.core.models import utc_now
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
    pages_text = translate_n(_CONTEXT, "%n page(s)", pages)
    print(translate_n(_CONTEXT, "wrote %n dossier(s) on %1 to %2", dossiers, pages_text, args.pdf))
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
        warning = translate(
            _CONTEXT,
            "salesdesk: warning: no %1 font is installed; %1 text is left out "
            "(on Debian/Ubuntu: apt install fonts-noto-cjk)",
            script,
        )
        print(warning, file=sys.stderr)
    try:  # an OutputError says which file could not be written and why
        pages = write_pdf(out, sections, title=title(sections), footer=footer)
    finally:
        del app  # the application outlives the writing
    return sections, pages


def _rates(args: argparse.Namespace) -> int:
    if (args.base or args.valid_from) and not args.set:
        raise UsageError(translate(_CONTEXT, "--base and --from go with --set"))
    if (args.encoding or args.dry_run) and not args.rates_file:
        raise UsageError(translate(_CONTEXT, "--encoding and --dry-run go with --import"))
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
    if restored.kept:
        text = translate(
            _CONTEXT,
            "restored %1 from %2; its previous state is kept in %3",
            restored.database,
            restored.backup,
            restored.kept,
        )
    else:
        text = translate(_CONTEXT, "restored %1 from %2", restored.database, restored.backup)
    print(text)
    return 0


def _gui(args: argparse.Namespace) -> int:
    from salesdesk.start_up import pause_collector, resume_collector

    pause_collector()  # until the window is painted: ``run_app`` switches it on again
    try:
        return _start_gui(args)
    finally:
        resume_collector()  # when start-up failed before the window was painted


def _start_gui(args: argparse.Namespace) -> int:
    if args.screenshot is not None and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale

    from salesdesk.core.store import open_database
    from salesdesk.paths import default_database_path

    path = args.db if args.db is not None else default_database_path()
    # The window shows at once; the whole file is checked meanwhile, before the first write.
    # A new database starts in the currency of the locale (as the window shows it): the
    # system's, or the language's where ``use_language`` made that the default.
    database = open_database(
        path, allow_empty_file=args.create, check=False, locale=QLocale().name()
    )
    if database.created and not args.empty:
        from salesdesk.core.sample import generate_sample

        with database.transaction() as session:
            generate_sample(
                session,
                region=_default_region(args.language),
                **_sample_language(args.language),
            )
    elif not database.created:
        database.check_in_background()
    from salesdesk.ui.app import run_app

    return run_app(database, view=args.view, screenshot=args.screenshot)


if __name__ == "__main__":
    raise SystemExit(main())
