"""Trim Babel's CLDR locale data to what SalesDesk formats with, for the desktop bundle.

    python packaging/locale_data.py TARGET [SOURCE]

Babel keeps each locale's data in a pickle, ``babel/locale-data/<locale>.dat``; together they
are 32 MB for 1,148 locales, most of it names of languages, countries and time zones, units
and relative dates that SalesDesk never asks Babel for. SalesDesk writes amounts, rates,
counts and dates in the rep's locale, whichever it is, so every locale is kept; each one keeps
only the parts those calls read (``KEPT``). A part an alias in a kept part points to is kept
with it. Babel's ``global.dat`` (currency digits, each country's currency, locale parents and
likely subtags) is not touched: the spec ships it as it is.

tests/test_locale_data.py formats money, rates, counts, dates and currency names
for every locale with the trimmed data and with Babel's own and requires identical text.
"""

from __future__ import annotations

import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The parts of a locale's data SalesDesk's Babel calls read (salesdesk/core/money/formats.py,
# salesdesk/cli.py), each with the calls that read it:
KEPT = frozenset(
    {
        # NumberPattern.apply (format_money) and format_decimal (format_rate, count_text): the
        # locale's digits, separators and signs, and the patterns of decimals and amounts.
        "number_symbols",
        "numbering_systems",
        "default_numbering_system",
        "decimal_formats",
        "currency_formats",
        # "¤" in an amount's pattern (get_currency_symbol), and currency_name.
        "currency_symbols",
        "currency_names",
        # A "¤¤¤" pattern names the currency by count: NumberPattern.apply looks the name up
        # (get_currency_name with the amount) whether or not the pattern has one.
        "currency_names_plural",
        "plural_form",
        # format_date(..., "medium") (day_text): the pattern and the names it writes, and the
        # week data its week fields read.
        "date_formats",
        "months",
        "days",
        "quarters",
        "eras",
        "day_periods",
        "day_period_rules",
        "week_data",
        # The locale's own name for itself in the data.
        "locale_id",
    }
)


def aliased_parts(value: Any) -> Iterator[str]:
    """Yield the top-level part each alias inside ``value`` points to."""
    from babel.localedata import Alias

    if isinstance(value, Alias):
        yield value.keys[0]
    elif isinstance(value, dict):
        for item in value.values():
            yield from aliased_parts(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from aliased_parts(item)


def trimmed(data: dict[str, Any]) -> dict[str, Any]:
    """Return a locale's data with the ``KEPT`` parts and every part their aliases point to."""
    wanted = set(KEPT) & data.keys()
    pending = list(wanted)
    while pending:
        for part in aliased_parts(data[pending.pop()]):
            if part in data and part not in wanted:
                wanted.add(part)
                pending.append(part)
    return {key: value for key, value in data.items() if key in wanted}


def babel_folder() -> Path:
    """Return the folder of the installed Babel's locale data."""
    from babel import localedata

    return Path(localedata._dirname)


def trim_folder(target: Path, source: Path | None = None) -> list[Path]:
    """Write a trimmed copy of every ``<locale>.dat`` of ``source`` into ``target``.

    ``source`` is the installed Babel's folder unless given. Returns the files written, one
    for each locale (Babel only knows a locale that has its file).
    """
    source = source or babel_folder()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(source.glob("*.dat")):
        with path.open("rb") as file:
            data = pickle.load(file)  # Babel's own data, as babel.localedata.load reads it
        copy = target / path.name
        with copy.open("wb") as file:
            pickle.dump(trimmed(data), file, protocol=2)  # the protocol Babel writes
        written.append(copy)
    return written


def main(argv: list[str]) -> int:
    """Trim into the folder given; print the sizes before and after."""
    if len(argv) not in (2, 3):
        raise SystemExit(__doc__.split("\n\n")[1])
    source = Path(argv[2]) if len(argv) == 3 else babel_folder()
    written = trim_folder(Path(argv[1]), source)
    before = sum(path.stat().st_size for path in source.glob("*.dat"))
    after = sum(path.stat().st_size for path in written)
    print(f"{len(written)} locales: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
