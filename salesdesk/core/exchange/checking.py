"""Checking a file's rows, in a second process for big files, while this one stores them.

Checking a row — e-mail addresses with email-validator, phone numbers with phonenumbers — costs
about as much as storing it. For a big file (from PARALLEL_FROM_LINES lines) the rows go in
chunks to one worker process (``spawn``: a fresh interpreter, safe from a Qt application),
which checks them while this process matches and stores the chunks already checked; a few
chunks are in flight at a time, so memory stays flat. Results come back in file order, and a
small file is checked here, without the start-up of a process.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from salesdesk.core import i18n
from salesdesk.core.exchange.drafts import CustomerDraft, RowProblem, draft_from

PARALLEL_FROM_LINES = 20_000
CHUNK = 1_000
IN_FLIGHT = 4
# One row before checking: (first line, last line, field name -> text).
RawRow = tuple[int, int, dict[str, str]]


def check_chunk(
    rows: list[RawRow | RowProblem], region: str | None
) -> list[CustomerDraft | RowProblem]:
    """Check a chunk of rows (problems found while reading pass through unchanged)."""
    return [
        row if isinstance(row, RowProblem) else draft_from(row[2], row[0], region, row[1])
        for row in rows
    ]


def _chunks(rows: Iterable[RawRow | RowProblem]) -> Iterator[list[RawRow | RowProblem]]:
    chunk: list[RawRow | RowProblem] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def checked(
    rows: Iterable[RawRow | RowProblem], region: str | None, *, parallel: bool
) -> Iterator[CustomerDraft | RowProblem]:
    """Yield each row checked (a customer or its problems), in order."""
    if not parallel:
        for chunk in _chunks(rows):
            yield from check_chunk(chunk, region)
        return
    pool = ProcessPoolExecutor(
        1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=i18n.start_worker,  # its problems in the rep's language too
        initargs=(i18n.worker_setup(),),
    )
    pending: deque[tuple[list[RawRow | RowProblem], Future[list[CustomerDraft | RowProblem]]]]
    pending = deque()
    broken = False
    try:
        for chunk in _chunks(rows):
            if broken:
                yield from check_chunk(chunk, region)
                continue
            pending.append((chunk, pool.submit(check_chunk, chunk, region)))
            while len(pending) >= IN_FLIGHT or (broken and pending):
                broken = yield from _result(*pending.popleft(), region)
        while pending:
            yield from _result(*pending.popleft(), region)
    finally:  # also when the import is cancelled: nothing more is checked
        pool.shutdown(wait=True, cancel_futures=True)


def _result(
    chunk: list[RawRow | RowProblem],
    future: Future[list[CustomerDraft | RowProblem]],
    region: str | None,
) -> Generator[CustomerDraft | RowProblem, None, bool]:
    """Yield a chunk's results from the worker; return True when the worker is gone.

    A worker that cannot start or dies (a program importing SalesDesk without the
    ``if __name__ == "__main__"`` guard that ``spawn`` needs) costs speed, not rows: the chunk
    is checked here instead.
    """
    try:
        results = future.result()
    except BrokenProcessPool:
        yield from check_chunk(chunk, region)
        return True
    yield from results
    return False
