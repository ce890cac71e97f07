"""Opening databases: pragmas, defaults, and files that must be refused without a change."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from salesdesk.core import migrate
from salesdesk.core.backup import automatic_backups, backup_database
from salesdesk.core.defaults import DEFAULT_STAGES
from salesdesk.core.errors import (
    DatabaseOpenError,
    ForeignDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
)
from salesdesk.core.models import (
    ChecklistTemplate,
    FormSection,
    ProfileQuestion,
    Setting,
    Stage,
    StageKind,
)
from salesdesk.core.store import Database, FileState, database_revision, inspect_file, open_database


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_new_database_is_created_at_head_with_defaults(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        assert database.created
        assert database.backup_path is None
        with database.sessions() as session:
            stages = session.scalars(select(Stage).order_by(Stage.position)).all()
            assert [s.name for s in stages][:2] == ["New contact", "Qualified"]
            assert [s.kind for s in stages].count(StageKind.OPEN) == 6
            outcomes = {StageKind.WON, StageKind.LOST, StageKind.HOLD}
            assert {s.kind for s in stages[-3:]} == outcomes
            templates = session.scalars(select(ChecklistTemplate.name)).all()
            assert set(templates) == {"Pre-visit preparation", "Closing kit"}
            for section in FormSection:
                count = session.scalar(
                    select(func.count()).where(ProfileQuestion.section == section)
                )
                assert count >= 10, section
            assert session.get(Setting, "cadence_days.A").value == "7"
    finally:
        database.close()
    assert database_revision(db_path) == migrate.head_revision()


def test_every_connection_has_the_pragmas(database: Database) -> None:
    with database.sessions() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_reopening_a_current_database_needs_no_backup(database: Database) -> None:
    database.close()
    again = open_database(database.path)
    again.close()
    assert not again.created
    assert again.backup_path is None
    assert automatic_backups(database.path) == []


def test_a_failed_write_changes_nothing(database: Database) -> None:
    with pytest.raises(IntegrityError, match="probability_percent"), database.transaction() as s:
        s.add(Stage(name="Extra", position=9, probability=50))
        s.flush()
        s.add(Stage(name="Impossible", position=10, probability=150))
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Stage)) == len(DEFAULT_STAGES)


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"name,company\nAda,Analytical Engines\n", NotADatabaseError, "is not a SQLite database"),
        (b"SQLite format 3\x00" + b"\xff" * 2000, NotADatabaseError, "damaged or not a SQLite"),
    ],
    ids=["text-file", "damaged-sqlite"],
)
def test_a_file_that_is_no_database_is_refused_untouched(
    tmp_path: Path, content: bytes, error: type[DatabaseOpenError], message: str
) -> None:
    path = tmp_path / "customers.sqlite3"
    path.write_bytes(content)
    before, files = _fingerprint(path), _siblings(path)
    with pytest.raises(error, match=message) as raised:
        open_database(path)
    assert "\n" not in str(raised.value)
    assert _fingerprint(path) == before
    assert _siblings(path) == files


def test_another_applications_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        conn.commit()
    before = _fingerprint(path)
    with pytest.raises(ForeignDatabaseError, match="not a SalesDesk database"):
        open_database(path)
    assert _fingerprint(path) == before


def test_a_database_from_a_newer_version_is_refused_untouched(database: Database) -> None:
    database.close()
    with closing(sqlite3.connect(database.path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    before, files = _fingerprint(database.path), _siblings(database.path)
    with pytest.raises(NewerDatabaseError, match="newer SalesDesk.*9999_future"):
        open_database(database.path)
    assert _fingerprint(database.path) == before
    assert _siblings(database.path) == files


def test_an_empty_file_is_refused_unless_asked_to_create_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with pytest.raises(NotADatabaseError, match="is an empty file, not a SalesDesk database"):
        open_database(path)
    assert path.stat().st_size == 0 and _siblings(path) == {"empty.sqlite3"}
    assert inspect_file(path, allow_empty=True) == (FileState.NEW, None)
    database = open_database(path, allow_empty_file=True)
    database.close()
    assert database.created and inspect_file(path)[0] is FileState.CURRENT


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "folder.sqlite3").mkdir()
    (tmp_path / "folder.sqlite3" / "x").write_text("x")
    with pytest.raises(NotADatabaseError, match="is a folder"):
        open_database(tmp_path / "folder.sqlite3")


def test_backup_copies_committed_data_and_keeps_the_last_five(database: Database) -> None:
    with database.transaction() as session:
        session.add(Stage(name="Pilot", position=3, probability=30, rot_days=10))
    for _ in range(7):
        backup_database(database.path)
    backups = automatic_backups(database.path)
    assert len(backups) == 5
    assert len({b.name for b in backups}) == 5
    with closing(sqlite3.connect(backups[-1])) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM stages")}
    assert "Pilot" in names
    assert not [p for p in os.listdir(database.path.parent) if p.endswith(".partial")]


def test_backup_to_a_chosen_file_is_not_pruned(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "my copy.sqlite3"
    assert backup_database(database.path, target) == target
    assert inspect_file(target)[0] is FileState.CURRENT
    assert automatic_backups(database.path) == []
