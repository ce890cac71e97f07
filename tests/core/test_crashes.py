"""Crashes and collisions: kill -9 during writes, creation and migrations; two writers at once.

Each test is bounded to a few seconds. ``SALESDESK_KILL_RUNS`` raises the number of random
kills per test for a longer local run (the default keeps CI quick).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from salesdesk.core import migrate
from salesdesk.core.defaults import DEFAULT_STAGES
from salesdesk.core.engine import create_engine_for
from salesdesk.core.sample import generate_sample
from salesdesk.core.store import Database, FileState, inspect_file, open_database

REPO = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("SALESDESK_KILL_RUNS", "3"))


def child(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.core.fault_child", *args],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def kill_after(process: subprocess.Popen[bytes], seconds: float) -> str:
    """Kill the child after ``seconds`` (unless it ended); return what it wrote to stderr."""
    time.sleep(seconds)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    _, errors = process.communicate(timeout=30)
    return errors.decode()


def wait_for_moves(log: Path, process: subprocess.Popen[bytes]) -> None:
    """Wait until the child has committed its first move (or ended)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if log.exists() and log.stat().st_size:
            return
        time.sleep(0.02)


def whole(path: Path) -> None:
    """Assert that the file passes SQLite's checks: pages, indexes, foreign keys."""
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def filled(database: Database) -> Database:
    with database.transaction() as session:
        generate_sample(session, customers=30, deals=60, seed=5)
    database.close()
    return database


def test_kill_9_during_moves_loses_no_committed_move(filled: Database, tmp_path: Path) -> None:
    chance = random.Random(13)
    for run in range(RUNS):
        log = tmp_path / f"moves-{run}.log"
        process = child("moves", str(filled.path), str(log), str(run))
        wait_for_moves(log, process)
        errors = kill_after(process, chance.uniform(0.0, 1.0))
        assert process.returncode == -signal.SIGKILL, errors
        logged = {int(line) for line in log.read_text().split()}
        assert logged, "the child made no move before it was killed"
        whole(filled.path)
        with closing(sqlite3.connect(filled.path)) as conn:
            stored = {row[0] for row in conn.execute("SELECT id FROM stage_moves")}
        assert logged <= stored  # every move the child saw committed is there


def test_kill_9_while_creating_leaves_no_half_made_database(tmp_path: Path) -> None:
    chance = random.Random(7)
    for run in range(max(RUNS, 4)):
        path = tmp_path / f"new-{run}.sqlite3"
        kill_after(child("open", str(path)), chance.uniform(0.3, 2.0))
        if path.exists():  # complete, or nothing: never a file without its defaults
            whole(path)
            assert inspect_file(path)[0] is FileState.CURRENT
            assert count(path, "stages") == len(DEFAULT_STAGES) and count(path, "settings") > 0
        database = open_database(path)  # the next start makes (or opens) it whole
        database.close()
        assert (
            count(path, "stages") == len(DEFAULT_STAGES) and count(path, "profile_questions") >= 40
        )


def test_kill_9_while_migrating_leaves_the_old_or_the_new_schema(
    filled: Database, tmp_path: Path
) -> None:
    tables = ("customers", "deals", "stage_moves")
    # Held deals' moves into On hold exist from 0008 on: each schema has its own count.
    expected = {migrate.head_revision(): {table: count(filled.path, table) for table in tables}}
    chance = random.Random(3)
    for _run in range(RUNS):
        if inspect_file(filled.path)[0] is FileState.CURRENT:
            engine = create_engine_for(filled.path)
            with engine.connect() as connection:
                migrate.downgrade(connection, "0001")
            engine.dispose()
            expected.setdefault("0001", {table: count(filled.path, table) for table in tables})
        kill_after(child("open", str(filled.path)), chance.uniform(0.5, 2.5))
        whole(filled.path)
        _state, revision = inspect_file(filled.path)
        assert revision in ("0001", migrate.head_revision())
        assert {table: count(filled.path, table) for table in tables} == expected[revision]
    database = open_database(filled.path)
    database.close()
    assert inspect_file(filled.path)[0] is FileState.CURRENT
    assert {table: count(filled.path, table) for table in tables} == expected[
        migrate.head_revision()
    ]


def test_two_processes_moving_deals_wait_for_each_other(filled: Database, tmp_path: Path) -> None:
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    processes = [child("moves", str(filled.path), str(log), str(n)) for n, log in enumerate(logs)]
    for log, process in zip(logs, processes, strict=True):
        wait_for_moves(log, process)
    time.sleep(2.0)
    for process in processes:
        errors = kill_after(process, 0)
        assert process.returncode == -signal.SIGKILL, errors
    logged = [{int(line) for line in log.read_text().split()} for log in logs]
    assert all(logged) and not (logged[0] & logged[1])
    whole(filled.path)
    with closing(sqlite3.connect(filled.path)) as conn:
        stored = {row[0] for row in conn.execute("SELECT id FROM stage_moves")}
    assert logged[0] | logged[1] <= stored


def test_a_crash_between_schema_and_defaults_leaves_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import salesdesk.core.defaults as defaults

    real: Callable[..., None] = defaults.install_defaults

    def half(session, **options) -> None:  # noqa: ANN001, ANN003
        real(session, **options)
        session.flush()
        raise RuntimeError("power cut")

    monkeypatch.setattr(defaults, "install_defaults", half)
    with pytest.raises(Exception, match="power cut"):
        open_database(db_path)
    assert sorted(p.name for p in db_path.parent.iterdir()) == []
    monkeypatch.undo()
    database = open_database(db_path)
    database.close()
    assert count(db_path, "stages") == len(DEFAULT_STAGES)
