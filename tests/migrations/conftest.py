"""Helpers for migration tests: table dumps, and a migrations folder with an extra revision."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from salesdesk.core import migrate, store
from salesdesk.core.engine import create_engine_for
from salesdesk.core.models import Base
from salesdesk.paths import migrations_dir

TableDump = dict[str, list[tuple[object, ...]]]


def on_connection(path: Path, action: Callable[..., None], *args: object, **kw: object) -> None:
    """Run ``action(connection, *args)`` (a migration step, say) on a connection to ``path``."""
    engine = create_engine_for(path)
    try:
        with engine.connect() as connection:
            action(connection, *args, **kw)
    finally:
        engine.dispose()


def _present(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def dump_tables(path: Path, columns: dict[str, list[str]] | None = None) -> TableDump:
    """Return every SalesDesk table's rows (optionally only the given columns), sorted.

    Tables of later revisions that the file does not have (yet) are left out.
    """
    with closing(sqlite3.connect(path)) as conn:
        dump: TableDump = {}
        present = _present(conn)
        for table in Base.metadata.sorted_tables:
            if table.name not in present:
                continue  # a table of a later schema
            names = (columns or {}).get(table.name) or ["*"]
            rows = conn.execute(f"SELECT {', '.join(names)} FROM {table.name}").fetchall()
            dump[table.name] = sorted(rows, key=repr)
        return dump


def table_columns(path: Path) -> dict[str, list[str]]:
    """Return the column names of every SalesDesk table in the file."""
    with closing(sqlite3.connect(path)) as conn:
        present = _present(conn)
        return {
            table.name: [row[1] for row in conn.execute(f"PRAGMA table_info({table.name})")]
            for table in Base.metadata.sorted_tables
            if table.name in present
        }


def file_bytes(path: Path) -> bytes:
    """Return the file's content (SQLite keeps a database in one file when no WAL is pending)."""
    return path.read_bytes()


@pytest.fixture
def extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], str]:
    """Return a function that adds a revision after head to a private copy of the migrations.

    The app then sees that copy as its shipped migrations, exactly as after an update.
    """
    folder = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "migrations_dir", lambda: folder)
    migrate._script.cache_clear()

    def add(revision: str, body: str) -> str:
        down = migrate.head_revision()
        (folder / "versions" / f"{revision}_extra.py").write_text(
            '"""Extra revision for a test."""\n\nimport sqlalchemy as sa\n'
            "from alembic import op\n\n"
            f"revision = {revision!r}\ndown_revision = {down!r}\n"
            "branch_labels = None\ndepends_on = None\n\n" + body,
            encoding="utf-8",
        )
        migrate._script.cache_clear()
        # An update that ships a migration also ships the store's knowledge of the new head.
        monkeypatch.setattr(store, "SCHEMA_HEAD", revision)
        return revision

    yield add
    migrate._script.cache_clear()
