"""Reading exchange rates from a CSV file: date, currency, rate (and optionally base) per line.

The file is read with the same care as a customer import: its encoding is checked whole first
(UTF-8 with or without BOM, UTF-16/32 with BOM, or the one the rep names; no guessing), the
delimiter (comma, semicolon or tab) is found from the first lines, and quoted values are RFC
4180. A first line whose date cell is not a date names the columns (``date``, ``currency``,
``rate``, ``base``, in any order; other columns are ignored); without one the columns are date,
currency, rate and an optional base, in that order. Dates are written YYYY-MM-DD; a rate
"1.0856" or "1,0856" (one decimal mark, no thousands separators) means 1 base = 1.0856
currency; the base is the reporting currency unless the line names one.

Every line is checked and every problem is reported with its line; the import stores nothing
unless no line has a problem. A line repeated exactly is taken once; the same currency and day
with another rate is a problem. A file of more than ``MAX_RATES`` rates is refused.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from salesdesk.core.exchange.csv_reader import sniff_delimiter
from salesdesk.core.exchange.drafts import ImportFileError, RowProblem
from salesdesk.core.exchange.encodings import Decoding, choose_decoding
from salesdesk.core.i18n import translate
from salesdesk.core.money.rate_entry import RateEntry, normalized, parse_rate, rate_problems

MAX_RATES = 10_000
_SAMPLE = 1 << 16
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
COLUMNS = ("valid_from", "currency", "rate", "base")  # without a header, in this order
ALIASES = {
    "valid_from": ("date", "day", "validfrom", "from", "since"),
    "currency": ("currency", "code", "currencycode", "iso"),
    "rate": ("rate", "value", "exchangerate"),
    "base": ("base", "basecurrency", "per"),
}


@dataclass(frozen=True)
class RateLine:
    """A rate read from ``line`` of the file."""

    line: int
    entry: RateEntry


@dataclass(frozen=True)
class RateFile:
    """What a rates file holds: its rates, the lines refused and why, how it was read."""

    name: str
    decoding: Decoding
    rates: tuple[RateLine, ...]
    problems: tuple[RowProblem, ...]
    repeated: int  # lines that repeat an earlier line exactly (taken once)


def _key(header: str) -> str:
    return "".join(ch for ch in header.casefold() if ch.isalnum())


def _day(text: str) -> date | None:
    cleaned = text.strip()
    if not _ISO_DAY.fullmatch(cleaned):
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        return None


def _columns(first: list[str], name: str) -> tuple[dict[str, int], bool]:
    """Return where each field is and whether ``first`` is a header row."""
    if first and _day(first[0]) is not None:
        return {field: index for index, field in enumerate(COLUMNS[: len(first)])}, False
    found: dict[str, int] = {}
    for index, header in enumerate(first):
        field = next((f for f, names in ALIASES.items() if _key(header) in names), None)
        if field is not None and field not in found:
            found[field] = index
    missing = [field for field in COLUMNS[:3] if field not in found]
    if missing:
        # The columns' names as a file writes them in its header (data, not translated).
        wanted = {"valid_from": "date", "currency": "currency", "rate": "rate"}
        raise ImportFileError(
            translate(
                "Rates",
                "%1 has no %2 column: the first line "
                "names the columns (date, currency, rate and optionally base), or every line "
                "holds a date, a currency code and a rate in that order",
                name,
                " or ".join(wanted[m] for m in missing),
            )
        )
    return found, True


def _entry(
    cells: list[str], columns: dict[str, int], base: str
) -> tuple[RateEntry | None, list[str]]:
    """Return the rate of one line, or the reasons it cannot be one."""

    def cell(field: str) -> str:
        index = columns.get(field)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    reasons = []
    day = _day(cell("valid_from"))
    if day is None:
        reasons.append(
            translate("Rates", "“%1” is not a date written YYYY-MM-DD", cell("valid_from"))
        )
    rate = parse_rate(cell("rate"))
    if rate is None:
        reasons.append(
            translate("Rates", "the rate “%1” is not a number (write it like 1.0856)", cell("rate"))
        )
    if reasons:
        return None, reasons
    assert day is not None and rate is not None
    entry = normalized(RateEntry(cell("base") or base, cell("currency"), day, rate))
    return entry, [problem.message for problem in rate_problems(entry)]


def read_rate_file(path: Path, base: str, encoding: str | None = None) -> RateFile:
    """Read every rate of ``path``; ``base`` is the base of lines that name none.

    Raises ImportFileError for a file that cannot be read as rates at all.
    """
    decoding = choose_decoding(path, encoding)
    with path.open(encoding=decoding.codec, newline="") as handle:
        delimiter = sniff_delimiter(handle.read(_SAMPLE))
    rates: list[RateLine] = []
    problems: list[RowProblem] = []
    seen: dict[tuple[str, str, date], RateLine] = {}
    repeated = 0
    with path.open(encoding=decoding.codec, newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter, doublequote=True, strict=True)
        columns: dict[str, int] | None = None
        width = 0
        while True:
            start = reader.line_num + 1
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                problems.append(
                    RowProblem(start, translate("Rates", "the line is not valid CSV (%1)", error))
                )
                break
            end = reader.line_num
            if not any(value.strip() for value in record):
                continue
            if columns is None:
                columns, header = _columns(record, path.name)
                width = len(record)
                if header:
                    continue
            if len(record) != width:
                problems.append(
                    RowProblem(
                        start,
                        translate("Rates", "the line has %1 values, not %2", len(record), width),
                        end,
                    )
                )
                continue
            entry, reasons = _entry(record, columns, base)
            if entry is not None and not reasons:
                key = (entry.base, entry.currency, entry.valid_from)
                earlier = seen.get(key)
                if earlier is not None and earlier.entry.rate == entry.rate:
                    repeated += 1
                    continue
                if earlier is not None:
                    reasons.append(
                        translate(
                            "Rates",
                            "line %1 gives another rate for %2 on %3",
                            earlier.line,
                            entry.currency,
                            entry.valid_from.isoformat(),
                        )
                    )
            if reasons:
                problems.append(RowProblem(start, "; ".join(reasons), end))
                continue
            assert entry is not None
            if len(rates) >= MAX_RATES:
                raise ImportFileError(
                    translate(
                        "Rates",
                        "%1 holds more than %2 rates: split it into smaller "
                        "files; nothing was imported",
                        path.name,
                        f"{MAX_RATES:,}",
                    )
                )
            seen[key] = RateLine(start, entry)
            rates.append(seen[key])
    if columns is None:
        raise ImportFileError(translate("Rates", "%1 holds no rates", path.name))
    return RateFile(path.name, decoding, tuple(rates), tuple(problems), repeated)
