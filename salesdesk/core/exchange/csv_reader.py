"""Reading customers from a CSV file with a header row (RFC 4180); columns are found by name.

The file is parsed by the ``csv`` module as a stream of the whole file (``newline=""``), so a
quoted value keeps its line breaks (CR, LF, CRLF) and U+2028, form feeds or NEL inside a value
never split a row. Quotes are always doubled inside quoted values (``doublequote``), whatever
the header looks like. The delimiter — comma, semicolon or tab — is the one that splits the
header and the first rows into the same number of values. Line numbers are those of the file:
a row with a value over three lines is "lines 8–10".

A row is refused, with every reason, when its number of values differs from the header's or
when fields are wrong; a quote that is never closed is reported with its line and ends the
file. The leading ``'`` that SalesDesk's export puts before ``= + - @``, tab, CR and ``'``
(so that spreadsheets do not run a value as a formula) is taken off again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from salesdesk.core.exchange.checking import PARALLEL_FROM_LINES, RawRow, checked
from salesdesk.core.exchange.drafts import CustomerDraft, ImportFileError, RowProblem
from salesdesk.core.exchange.encodings import Decoding, choose_decoding
from salesdesk.core.i18n import translate

__all__ = ["ALIASES", "CsvRows", "ImportFileError", "open_csv", "unguarded"]

# Header names (compared without case, spaces, dashes and underscores) for each field.
ALIASES = {
    "name": ("name", "fullname", "customer", "contact", "fn"),
    "company": ("company", "organisation", "organization", "org", "firm"),
    "position": ("position", "title", "jobtitle", "role"),
    "tier": ("tier", "class", "category"),
    "email": ("email", "mail", "emailaddress", "emails"),
    "phone": ("phone", "telephone", "tel", "mobile", "phonenumber", "phones"),
    "street": ("street", "address", "streetaddress"),
    "postal_code": ("postalcode", "zip", "zipcode", "postcode", "plz"),
    "city": ("city", "town", "place"),
    "country": ("country",),
    "latitude": ("latitude", "lat"),
    "longitude": ("longitude", "lon", "lng", "long"),
    "birthday": ("birthday", "dateofbirth", "birthdate", "bday"),
    "last_contact": ("lastcontact", "lastcontacton", "lastcontacted"),
    "notes": ("notes", "note", "comment", "comments", "remarks"),
}
DELIMITERS = (",", ";", "\t")
# A value longer than this ends the file (a quote left open swallows everything after it);
# the fields' own limits (at most 10,000 characters for notes) refuse a row long before.
PARSER_LIMIT = 1 << 24
_SAMPLE = 1 << 16
_GUARDED = frozenset("=+-@\t\r'")


def unguarded(value: str) -> str:
    """Return ``value`` without the ``'`` a spreadsheet-safe export put before it."""
    return value[1:] if len(value) > 1 and value[0] == "'" and value[1] in _GUARDED else value


def _key(header: str) -> str:
    return "".join(ch for ch in header.casefold() if ch.isalnum())


def _columns(headers: list[str]) -> tuple[dict[str, int], list[str]]:
    """Map each known field to the index of its column; also return the columns left out."""
    found: dict[str, int] = {}
    ignored = []
    for index, header in enumerate(headers):
        field_name = next((f for f, names in ALIASES.items() if _key(header) in names), None)
        if field_name is None or field_name in found:
            if header.strip():
                ignored.append(header.strip())
            continue
        found[field_name] = index
    return found, ignored


def sniff_delimiter(sample: str) -> str:
    """Return the delimiter that splits the header and the sampled rows most consistently.

    Each candidate parses the sample as CSV (quotes respected); the one whose rows have as many
    values as its header most often wins, then the one giving the most columns, then comma.
    """
    scores = []
    for order, delimiter in enumerate(DELIMITERS):
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, strict=False)
        try:
            records = [row for row, _ in zip(reader, range(200), strict=False) if row]
        except csv.Error:
            continue
        if len(records) > 2:
            records = records[:-1]  # the sample may end inside the last row
        width = len(records[0]) if records else 0
        if width < 2:
            continue
        rows = records[1:]
        same = sum(len(row) == width for row in rows) / len(rows) if rows else 1.0
        scores.append((same, width, -order, delimiter))
    return max(scores)[3] if scores else ","


@dataclass
class CsvRows:
    """An opened CSV file: how it is read, its columns, and its rows on demand."""

    path: Path
    decoding: Decoding
    delimiter: str
    notes: list[str] = field(default_factory=list)
    _region: str | None = None
    _columns: dict[str, int] = field(default_factory=dict)

    def __iter__(self) -> Iterator[CustomerDraft | RowProblem]:
        """Yield each row's customer or problem, in file order (the file is read once)."""
        parallel = self.decoding.lines >= PARALLEL_FROM_LINES
        return checked(self.records(), self._region, parallel=parallel)

    def records(self) -> Iterator[RawRow | RowProblem]:
        """Yield each row's values by field name, unchecked, or why it cannot be read."""
        csv.field_size_limit(max(csv.field_size_limit(), PARSER_LIMIT))
        with self.path.open(encoding=self.decoding.codec, newline="") as handle:
            reader = csv.reader(handle, delimiter=self.delimiter, doublequote=True, strict=True)
            header = next(reader, [])
            width = len(header)
            items = tuple(self._columns.items())
            while True:
                start = reader.line_num + 1
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except csv.Error as error:
                    end = reader.line_num
                    if "end of data" in str(error) or "field limit" in str(error):
                        yield RowProblem(
                            start,
                            translate(
                                "Import",
                                "a quote opened here is never closed: this "
                                "and every later line was not read",
                            ),
                            end,
                        )
                        return
                    yield RowProblem(
                        start, translate("Import", "the row is not valid CSV (%1)", error), end
                    )
                    continue
                end = reader.line_num
                if not any(value.strip() for value in record):
                    continue
                if len(record) != width:
                    yield RowProblem(
                        start,
                        translate(
                            "Import",
                            "the row has %1 values, but the header names %2 columns",
                            len(record),
                            width,
                        ),
                        end,
                    )
                    continue
                yield start, end, {name: unguarded(record[index]) for name, index in items}


def open_csv(path: Path, region: str | None = None, encoding: str | None = None) -> CsvRows:
    """Open a CSV file for import: check its encoding and header; rows are read on iteration.

    Raises ImportFileError for a file that cannot be imported at all.
    """
    decoding = choose_decoding(path, encoding)
    with path.open(encoding=decoding.codec, newline="") as handle:
        sample = handle.read(_SAMPLE)
    delimiter = sniff_delimiter(sample)
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, strict=False)
    header = next(reader, [])
    columns, ignored = _columns(header)
    if "name" not in columns:
        raise ImportFileError(
            translate(
                "Import", "%1 has no name column (the first row names the columns)", path.name
            )
        )
    notes = [translate("Import", "columns not imported: %1", ", ".join(ignored))] if ignored else []
    return CsvRows(path, decoding, delimiter, notes, region, columns)
