"""``salesdesk rates``: list, set and import exchange rates from the command line.

Each change is one transaction through the same core operations as the rates dialog, so a bad
rate is refused with the same words and a file with any bad line stores nothing.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from salesdesk.cli import day_text
from salesdesk.core import local_time
from salesdesk.core.errors import InvalidFieldsError, SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.models import utc_now
from salesdesk.core.money.formats import format_rate
from salesdesk.core.money.rate_entry import RateEntry, parse_rate
from salesdesk.core.money.rate_file import read_rate_file
from salesdesk.core.money.totals import load_conversion
from salesdesk.core.operations.exchange_rates import import_rates
from salesdesk.core.queries.preferences import reporting_currency
from salesdesk.core.queries.rates import currencies_without_rate, rate_rows
from salesdesk.core.store import open_database
from salesdesk.language import money_locale

_CONTEXT = "Cli"


def list_rates(db: Path, *, as_json: bool) -> int:
    """Print the rates (newest first per currency) and what lacks a rate today."""
    database = open_database(db)
    try:
        with database.sessions() as session:
            today = local_time.local_day(utc_now())
            conversion = load_conversion(session, today)
            rows = rate_rows(session)
            without = currencies_without_rate(session, conversion)
    finally:
        database.close()
    if as_json:
        listed = {
            "currency": conversion.currency,
            "missing_rates": without,
            "rates": [
                {
                    "base": row.base,
                    "currency": row.currency,
                    "rate": str(row.rate),
                    "from": row.valid_from.isoformat(),
                    "until": row.until.isoformat() if row.until else None,
                }
                for row in rows
            ],
        }
        print(json.dumps(listed, indent=2))
        return 0
    locale = money_locale()
    print(translate(_CONTEXT, "Totals are shown in %1.", conversion.currency))
    for row in rows:
        until = day_text(row.until) if row.until else translate(_CONTEXT, "now")
        rate = format_rate(row.rate, locale)
        since = day_text(row.valid_from)
        print(
            translate(
                _CONTEXT, "1 %1 = %2 %3   %4 – %5", row.base, rate, row.currency, since, until
            )
        )
    if not rows:
        print(translate(_CONTEXT, "No exchange rates yet."))
    if without:
        codes = ", ".join(without)
        print(translate(_CONTEXT, "Open deals in %1 have no rate for today.", codes))
    return 0


def set_rate(db: Path, code: str, rate: str, *, base: str | None, valid_from: date | None) -> int:
    """Store 1 BASE = RATE CODE from ``valid_from`` (today), replacing that day's rate."""
    value = parse_rate(rate)
    if value is None:
        raise SalesDeskError(
            translate(_CONTEXT, "the rate “%1” is not a number (write it like 1.0856)", rate)
        )
    database = open_database(db)
    try:
        with database.transaction() as session:
            day = valid_from or local_time.local_day(utc_now())
            entry = RateEntry(base or reporting_currency(session), code, day, value)
            try:
                done = import_rates(session, [entry])  # a rate of that day is replaced
            except InvalidFieldsError as error:
                raise SalesDeskError(error.problems[0].message) from None
    finally:
        database.close()
    stored = (entry.base.upper(), value, entry.currency.upper(), day_text(day))
    if done.added:
        text = translate(_CONTEXT, "stored 1 %1 = %2 %3 from %4", *stored)
    elif done.replaced:
        text = translate(_CONTEXT, "replaced 1 %1 = %2 %3 from %4", *stored)
    else:
        text = translate(_CONTEXT, "kept 1 %1 = %2 %3 from %4", *stored)
    print(text)
    return 0


def import_rates_file(db: Path, path: Path, encoding: str | None, *, dry_run: bool) -> int:
    """Import a CSV file of rates; every refused line is printed and nothing is stored."""
    database = open_database(db)
    try:
        with database.sessions() as session:
            base = reporting_currency(session)
        read = read_rate_file(path, base, encoding)
        for problem in read.problems:
            print(f"{path.name}: {problem}")
        if read.problems:
            print(translate(_CONTEXT, "imported nothing: %1 line(s) refused", len(read.problems)))
            return 1
        if dry_run:
            print(
                translate(
                    _CONTEXT,
                    "would import %1 rate(s); %2 repeated line(s)",
                    len(read.rates),
                    read.repeated,
                )
            )
            return 0
        with database.transaction() as session:
            done = import_rates(session, [line.entry for line in read.rates])
    finally:
        database.close()
    text = translate(
        _CONTEXT,
        "imported %1 rate(s); replaced %2; %3 already there; %4 repeated line(s) taken once",
        done.added,
        done.replaced,
        done.unchanged,
        read.repeated,
    )
    print(text)
    return 0
