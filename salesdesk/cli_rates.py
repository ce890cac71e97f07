"""``salesdesk rates``: list, set and import exchange rates from the command line.

Each change is one transaction through the same core operations as the rates dialog, so a bad
rate is refused with the same words and a file with any bad line stores nothing.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from salesdesk.core import local_time
from salesdesk.core.errors import InvalidFieldsError, SalesDeskError
from salesdesk.core.models import utc_now
from salesdesk.core.money.formats import environment_locale, format_rate
from salesdesk.core.money.rate_entry import RateEntry, parse_rate
from salesdesk.core.money.rate_file import read_rate_file
from salesdesk.core.money.totals import load_conversion
from salesdesk.core.operations.exchange_rates import import_rates
from salesdesk.core.queries.preferences import reporting_currency
from salesdesk.core.queries.rates import currencies_without_rate, rate_rows
from salesdesk.core.store import open_database


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
    locale = environment_locale()
    print(f"Totals are shown in {conversion.currency}.")
    for row in rows:
        until = row.until.isoformat() if row.until else "now"
        print(
            f"1 {row.base} = {format_rate(row.rate, locale)} {row.currency}   "
            f"{row.valid_from.isoformat()} – {until}"
        )
    if not rows:
        print("No exchange rates yet.")
    if without:
        print(f"Open deals in {', '.join(without)} have no rate for today.")
    return 0


def set_rate(db: Path, code: str, rate: str, *, base: str | None, valid_from: date | None) -> int:
    """Store 1 BASE = RATE CODE from ``valid_from`` (today), replacing that day's rate."""
    value = parse_rate(rate)
    if value is None:
        raise SalesDeskError(f"the rate “{rate}” is not a number (write it like 1.0856)")
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
    verb = "stored" if done.added else "replaced" if done.replaced else "kept"
    print(
        f"{verb} 1 {entry.base.upper()} = {value} {entry.currency.upper()} from {day.isoformat()}"
    )
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
            print(f"imported nothing: {len(read.problems)} line(s) refused")
            return 1
        if dry_run:
            print(f"would import {len(read.rates)} rate(s); {read.repeated} repeated line(s)")
            return 0
        with database.transaction() as session:
            done = import_rates(session, [line.entry for line in read.rates])
    finally:
        database.close()
    print(
        f"imported {done.added} rate(s); replaced {done.replaced}; {done.unchanged} already "
        f"there; {read.repeated} repeated line(s) taken once"
    )
    return 0
