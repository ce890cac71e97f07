"""The File menu's database commands: create, open and back up, with clear error messages."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from salesdesk.core import local_time
from salesdesk.core.backup import backup_database
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.store import Database, open_database
from salesdesk.ui.formatting import tr
from salesdesk.ui.widgets import messages

_CONTEXT = "DatabaseDialogs"
SUFFIX = ".sqlite"


def _filter() -> str:
    return tr(_CONTEXT, "SalesDesk databases (*.sqlite *.db);;All files (*)")


def _open(parent: QWidget, path: Path) -> Database | None:
    try:
        return open_database(path)
    except SalesDeskError as error:
        messages.fail(parent, tr(_CONTEXT, "Cannot open the database"), str(error))
        return None


def create_database(parent: QWidget, folder: Path) -> Database | None:
    """Ask for a new file name and create an empty database (default pipeline and lists)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, tr(_CONTEXT, "New database"), str(folder / f"salesdesk{SUFFIX}"), _filter()
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(SUFFIX)
    if path.exists():
        # The save dialog already asked to replace it; a database is never overwritten.
        messages.warn(
            parent,
            tr(_CONTEXT, "New database"),
            tr(_CONTEXT, "%1 already exists. Choose another name, or open it instead.", str(path)),
        )
        return None
    return _open(parent, path)


def choose_database(parent: QWidget, folder: Path) -> Database | None:
    """Ask for an existing database file and open it (migrating it if it is older)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, tr(_CONTEXT, "Open database"), str(folder), _filter()
    )
    return _open(parent, Path(name)) if name else None


def suggested_backup_path(database: Path, now: datetime) -> Path:
    """Return ``<name>-backup-YYYY-MM-DD-HHMM.sqlite`` next to ``database``."""
    stamp = local_time.local(now).strftime("%Y-%m-%d-%H%M")
    return database.with_name(f"{database.stem}-backup-{stamp}{SUFFIX}")


def back_up(parent: QWidget, database: Path, now: datetime) -> Path | None:
    """Ask where to put a copy of ``database``, write it, and return where it went."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        tr(_CONTEXT, "Back up now"),
        str(suggested_backup_path(database, now)),
        _filter(),
    )
    if not name:
        return None
    target = Path(name)
    if target.resolve() == database.resolve():
        messages.warn(
            parent,
            tr(_CONTEXT, "Back up now"),
            tr(_CONTEXT, "A backup cannot replace the database it copies."),
        )
        return None
    try:
        return backup_database(database, target)
    except SalesDeskError as error:
        messages.fail(parent, tr(_CONTEXT, "Backup failed"), str(error))
        return None
