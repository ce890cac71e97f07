"""Consistent copies of a database file: before migrations, when the rep asks, and restoring one.

Automatic backups are named ``<stem>.backup-YYYYMMDD-HHMMSS[-N]<suffix>`` next to the
database; only names of exactly that form belong to it (no globbing: ``Kunden [al].sqlite3``
must not claim the backups of ``Kunden a.sqlite3``), and only those are pruned. Every copy is
written to a temporary file in the target folder and renamed when complete, with the
database's own permissions.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from salesdesk.core.errors import BackupError, OutputError
from salesdesk.core.files import atomic_path
from salesdesk.core.i18n import translate
from salesdesk.core.integrity import connect_read_only, damage_of, side_file

KEEP_AUTOMATIC_BACKUPS = 5
STALE_PARTIAL_SECONDS = 10 * 60  # an unfinished copy this old was interrupted
_MARKER = ".backup-"
_STAMP = re.compile(r"(\d{8}-\d{6})(?:-(\d+))?")


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


def _stamp_of(database: Path, name: str) -> tuple[str, int] | None:
    """Return (time stamp, counter) when ``name`` is an automatic backup of ``database``."""
    prefix, suffix = f"{database.stem}{_MARKER}", database.suffix
    if not (name.startswith(prefix) and name.endswith(suffix)):
        return None
    middle = name[len(prefix) : len(name) - len(suffix)]
    match = _STAMP.fullmatch(middle)
    if match is None:
        return None
    return match.group(1), int(match.group(2) or 1)


def automatic_backups(database: Path) -> list[Path]:
    """Return the automatic backups of ``database``, oldest first."""
    try:
        entries = list(os.scandir(database.parent))
    except OSError:
        return []
    found = []
    for entry in entries:
        stamp = _stamp_of(database, entry.name)
        if stamp is not None and entry.is_file():
            found.append((stamp, Path(entry.path)))
    return [path for _, path in sorted(found)]


def _is_stale_partial(database: Path, target: Path, name: str, now: float, mtime: float) -> bool:
    """Return True for an interrupted copy of ``database``'s backups or of ``target``."""
    if not name.endswith(".partial"):
        return False
    bare = name[: -len(".partial")]
    if _stamp_of(database, bare) is not None:  # left by SalesDesk before atomic_path
        return True
    owners = (f".{target.name}.", f".{database.stem}{_MARKER}")
    return name.startswith(owners) and now - mtime > STALE_PARTIAL_SECONDS


def _remove_stale_partials(database: Path, target: Path) -> None:
    now = time.time()
    for folder in {database.parent, target.parent}:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                mtime = entry.stat().st_mtime
            except OSError:
                continue
            if entry.is_file() and _is_stale_partial(database, target, entry.name, now, mtime):
                Path(entry.path).unlink(missing_ok=True)


def backup_database(
    database: Path,
    target: Path | None = None,
    *,
    keep: int = KEEP_AUTOMATIC_BACKUPS,
    force: bool = False,
) -> Path:
    """Copy ``database`` to ``target`` (default: a timestamped file next to it) and return it.

    SQLite's online backup copies a consistent state, including pages still in the WAL file.
    An existing ``target`` is refused unless ``force``. Only automatic backups are pruned to
    ``keep``; nothing else is ever deleted but interrupted copies of this database's backups.
    """
    database = Path(database).resolve()
    automatic = target is None
    target = automatic_backup_path(database) if target is None else Path(target)
    if target.exists() and not force:
        raise BackupError(
            translate("Backup", "%1 already exists; choose another file or use --force", target)
        )
    if target.exists() and target.resolve() == database:
        raise BackupError(translate("Backup", "a backup cannot replace the database it copies"))
    _remove_stale_partials(database, target)
    try:
        mode = stat.S_IMODE(database.stat().st_mode)
        with (
            atomic_path(target, mode=mode) as partial,
            closing(connect_read_only(database)) as source,
            closing(sqlite3.connect(partial)) as copy,
        ):
            source.backup(copy)
    except (OSError, OutputError, sqlite3.Error) as error:
        raise BackupError(
            translate("Backup", "could not back up %1 to %2: %3", database, target, error)
        ) from error
    if automatic:
        for old in automatic_backups(database)[:-keep] if keep > 0 else []:
            old.unlink(missing_ok=True)
    return target


@dataclass(frozen=True)
class Restored:
    """What a restore did: the file restored, from which backup, and where the old state went."""

    database: Path
    backup: Path
    kept: Path | None  # the database as it was before, or None when there was none


def _keep_current(database: Path) -> Path | None:
    """Keep the database as it is now before it is overwritten; return where it went."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    if damage_of(database) is None:
        return backup_database(database)
    # A damaged file cannot be copied page by page reliably: keep its bytes as they are.
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = database.with_name(f"{database.stem}.damaged-{stamp}{database.suffix}")
    for suffix in ("", "-wal"):
        source = side_file(database, suffix) if suffix else database
        if source.exists():
            shutil.copy2(source, side_file(kept, suffix) if suffix else kept)
    return kept


def restore_backup(backup: Path, database: Path) -> Restored:
    """Make ``database`` hold exactly what ``backup`` holds, keeping its current state first.

    The backup must be a whole SalesDesk database this version can read. The pages are copied
    into the database with SQLite's backup API, so the file keeps its name, permissions and
    WAL files consistent, and another SalesDesk that has it open sees the restored state.
    """
    from salesdesk.core.store import FileState, inspect_file

    backup, database = Path(backup).resolve(), Path(database).resolve()
    if backup == database:
        raise BackupError(translate("Backup", "a backup cannot be restored onto itself"))
    if not backup.is_file():
        raise BackupError(translate("Backup", "%1 does not exist", backup))
    state, _ = inspect_file(backup)
    if state is FileState.NEW:
        raise BackupError(translate("Backup", "%1 is not a SalesDesk database", backup))
    if (problem := damage_of(backup)) is not None:
        raise BackupError(
            translate("Backup", "%1 is damaged (%2); choose another backup", backup, problem)
        )
    kept = _keep_current(database)
    try:
        with closing(connect_read_only(backup)) as source:
            if not database.exists():
                from salesdesk.core.files import create_private_file

                create_private_file(database)
            with closing(sqlite3.connect(database, timeout=5)) as target:
                source.backup(target)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            translate("Backup", "could not restore %1 from %2: %3", database, backup, error)
        ) from error
    if (problem := damage_of(database)) is not None:
        raise BackupError(
            translate(
                "Backup",
                "restoring %1 failed (%2); its old state is in %3",
                database,
                problem,
                kept,
            )
        )
    return Restored(database, backup, kept)
