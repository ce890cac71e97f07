"""Big files are checked in a worker process: the same rows, in order, as checked here."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from salesdesk.core.exchange import checking, csv_reader
from salesdesk.core.exchange.importer import read_customers


def _file(tmp_path: Path) -> Path:
    rows = [f"Person {n},p{n}@example.com,+49 30 {1_000_000 + n}" for n in range(2_500)]
    rows[7] = "Broken,not-mail,12"
    path = tmp_path / "many.csv"
    path.write_text("name,email,phone\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_the_worker_checks_rows_as_this_process_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file(tmp_path)
    here = read_customers(path, "DE")
    monkeypatch.setattr(csv_reader, "PARALLEL_FROM_LINES", 0)
    monkeypatch.setattr(checking, "CHUNK", 300)
    there = read_customers(path, "DE")
    assert there.drafts == here.drafts and there.problems == here.problems
    assert len(there.drafts) == 2_499 and [p.line for p in there.problems] == [9]


def test_a_worker_that_cannot_start_costs_speed_not_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file(tmp_path)
    here = read_customers(path, "DE")

    def broken(self: object, *args: object) -> Future[object]:
        future: Future[object] = Future()
        future.set_exception(BrokenProcessPool("the worker died"))
        return future

    monkeypatch.setattr(csv_reader, "PARALLEL_FROM_LINES", 0)
    monkeypatch.setattr(checking.ProcessPoolExecutor, "submit", broken)
    there = read_customers(path, "DE")
    assert there.drafts == here.drafts and there.problems == here.problems


def test_the_worker_starts_without_the_database_layer() -> None:
    # The worker imports only what checking needs: SQLAlchemy would cost it about 30 MB.
    probe = (
        "import sys, salesdesk.core.exchange.checking; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
