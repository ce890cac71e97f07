"""Storing imported customers: streamed in batches, duplicates found, all in one transaction.

Rows come from ``open_customers`` (CSV or vCard, read as a stream) and are stored 2,000 at a
time: each batch is matched against the customers already stored — including those of earlier
batches, so a file that lists someone twice adds them once — then new customers, their
companies (matched by key, created once) and contact points are inserted in bulk with ids
handed out here (the transaction holds the write lock). A row that is the *same* as a stored
customer is skipped; one that *matches* a customer fills that customer's empty fields, or is
added anyway, or skipped, as decided. The search index is brought up to date once at the end.
Imports are not undoable: the preview is the confirmation. ``progress`` may cancel, and the
caller's transaction then rolls back: nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from salesdesk.core import search
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.exchange.csv_reader import CsvRows, open_csv
from salesdesk.core.exchange.drafts import CustomerDraft, ImportFileError, ReadResult, RowProblem
from salesdesk.core.exchange.duplicates import (
    RowMatch,
    RowStatus,
    compared,
    find_matches,
)
from salesdesk.core.exchange.storing import ImportStore
from salesdesk.core.exchange.vcard_reader import VcardRows, open_vcard
from salesdesk.core.i18n import translate

if TYPE_CHECKING:
    from salesdesk.core.store import Database

BATCH = 2_000
IMPORT_CACHE_KIB = 32 * 1024
CustomerRows = CsvRows | VcardRows
Progress = Callable[[int, int], bool]  # (line reached, lines in the file) -> go on?


class Decision(StrEnum):
    """What to do with a row that matches an existing customer."""

    UPDATE = "update"  # fill the customer's empty fields
    ADD = "add"  # add the row as another customer
    SKIP = "skip"


class ImportCancelled(SalesDeskError):  # noqa: N818 - a message, not a failure
    """The rep cancelled the import; the transaction rolls back."""


@dataclass(frozen=True)
class RowOutcome:
    """What happened to one row: its status, whom it matched, and what was done."""

    draft: CustomerDraft
    match: RowMatch
    decision: Decision | None  # None for new rows and for rows already there


@dataclass
class ImportSummary:
    """How many rows were added, updated, skipped as already there, and refused."""

    added: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[RowProblem] = field(default_factory=list)


def open_customers(
    path: Path, region: str | None = None, encoding: str | None = None
) -> CustomerRows:
    """Open a .csv or .vcf file for import; nothing is read beyond its header yet."""
    openers = {".csv": open_csv, ".vcf": open_vcard, ".vcard": open_vcard}
    opener = openers.get(path.suffix.lower())
    if opener is None:
        raise ImportFileError(
            translate("Import", "%1: SalesDesk imports .csv and .vcf files", path.name)
        )
    return opener(path, region, encoding)


def read_customers(
    path: Path, region: str | None = None, encoding: str | None = None
) -> ReadResult:
    """Read a whole .csv or .vcf file into memory (drafts and problems); nothing is written."""
    rows = open_customers(path, region, encoding)
    result = ReadResult(encoding=rows.decoding.label)
    for item in rows:
        (result.problems if isinstance(item, RowProblem) else result.drafts).append(item)
    result.notes = list(rows.notes)
    return result


def import_rows(
    session: Session,
    rows: Iterable[CustomerDraft | RowProblem],
    now: datetime,
    *,
    on_match: Decision = Decision.UPDATE,
    decisions: Mapping[int, Decision] | None = None,
    progress: Progress | None = None,
    total_lines: int = 0,
    seen: Callable[[RowOutcome], None] | None = None,
) -> ImportSummary:
    """Store ``rows`` in the caller's transaction and return what was done.

    ``decisions`` (by line) overrides ``on_match`` for single rows; ``seen`` is told every
    row's outcome; ``progress`` returning False cancels (ImportCancelled is raised).
    """
    summary = ImportSummary()
    store = ImportStore(session, now)
    batch: list[CustomerDraft] = []

    def flush() -> None:
        added: list[CustomerDraft] = []
        for draft, match in zip(batch, find_matches(session, batch), strict=True):
            if match.known is not None and match.known.filled:  # by an earlier row: compare again
                match = compared(draft, match.known, match.by)
            decision = None
            if match.status is RowStatus.NEW:
                added.append(draft)
            elif match.status is RowStatus.SAME:
                summary.skipped += 1
            else:
                assert match.known is not None
                decision = (decisions or {}).get(draft.line, on_match)
                if decision is Decision.ADD:
                    added.append(draft)
                elif decision is Decision.UPDATE and store.fill(draft, match.known, match.fills):
                    summary.updated += 1
                else:
                    summary.skipped += 1
            if seen is not None:
                seen(RowOutcome(draft, match, decision))
        store.add(added)
        summary.added += len(added)
        if progress is not None and batch and not progress(batch[-1].line, total_lines):
            raise ImportCancelled(
                translate("Import", "the import was cancelled: nothing was stored")
            )
        batch.clear()

    connection = session.connection()
    cache = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    # A large import touches many index pages: SQLite's default 2 MB page cache would spill
    # to the write-ahead log over and over (a bigger one meanwhile, then back to normal).
    connection.exec_driver_sql(f"PRAGMA cache_size={-IMPORT_CACHE_KIB}")
    try:
        with search.triggers_off(session):
            for item in rows:
                if isinstance(item, RowProblem):
                    summary.problems.append(item)
                    continue
                batch.append(item)
                if len(batch) >= BATCH:
                    flush()
            flush()
            search.index_customers(session, store.first_customer, sorted(set(store.changed)))
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={cache}")
    return summary


def import_customers(
    session: Session, drafts: Iterable[CustomerDraft], now: datetime, **options: Any
) -> ImportSummary:
    """Store checked drafts (as read by ``read_customers``) in the caller's transaction."""
    return import_rows(session, drafts, now, **options)


class _DryRun(Exception):  # noqa: N818 - control flow: roll the transaction back
    pass


def dry_run(
    database: Database, rows: Iterable[CustomerDraft | RowProblem], now: datetime, **options: Any
) -> ImportSummary:
    """Run the whole import in a transaction that is then rolled back: what it would do.

    Finds exactly what ``import_rows`` would (rows repeated in the file included).
    """
    try:
        with database.transaction() as session:
            raise _DryRun(import_rows(session, rows, now, **options))
    except _DryRun as done:
        return done.args[0]
