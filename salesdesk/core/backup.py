"""Consistent copies of a database file: before migrations, and when the rep asks for one."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from salesdesk.core.errors import BackupError

KEEP_AUTOMATIC_BACKUPS = 5
_MARKER = ".backup-"


def automatic_backup_path(database: Path, now: datetime | None = None) -> Path:
    """Return a new timestamped backup name next to ``database`` that does not exist yet."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = database.with_name(f"{database.stem}{_MARKER}{stamp}{database.suffix}")
    counter = 2
    while candidate.exists():
        candidate = database.with_name(
            f"{database.stem}{_MARKER}{stamp}-{counter}{database.suffix}"
        )
        counter += 1
    return candidate


def automatic_backups(database: Path) -> list[Path]:
    """Return the automatic backups of ``database``, oldest first."""
    pattern = f"{database.stem}{_MARKER}*{database.suffix}"
    return sorted(database.parent.glob(pattern), key=lambda path: path.stat().st_mtime_ns)


def backup_database(
    database: Path, target: Path | None = None, *, keep: int = KEEP_AUTOMATIC_BACKUPS
) -> Path:
    """Copy ``database`` to ``target`` (default: a timestamped file next to it) and return it.

    SQLite's online backup copies a consistent state, including pages still in the WAL file.
    The copy is written under a temporary name and renamed, so a crash never leaves a
    half-written backup that looks complete. Only automatic backups are pruned to ``keep``.
    """
    automatic = target is None
    target = automatic_backup_path(database) if target is None else target
    partial = target.with_name(target.name + ".partial")
    try:
        with (
            closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"could not back up {database} to {target}: {error}") from error
    if automatic:
        for old in automatic_backups(database)[:-keep]:
            old.unlink(missing_ok=True)
    return target
