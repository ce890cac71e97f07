"""Where SalesDesk finds its files: shipped data (resources, migrations) and the user's data.

An installed wheel carries ``migrations/`` and ``resources/`` inside the package; a source
checkout (including an editable install) keeps them at the top of the repository. Every other
module asks this one, so both layouts work everywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "SalesDesk"
DATABASE_FILENAME = "salesdesk.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_dir(name: str) -> Path:
    """Return the folder ``name`` inside the installed package, else in the source checkout."""
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"SalesDesk installation is incomplete: no {name}/ folder found")


def migrations_dir() -> Path:
    """Return the Alembic script folder (env.py and versions/)."""
    return _shipped_dir("migrations")


def resources_dir() -> Path:
    """Return the folder of icons, templates, style sheets and translations."""
    return _shipped_dir("resources")


def user_data_dir() -> Path:
    """Return the per-user data folder, created if missing, readable by its owner only.

    It holds customers' personal data: on POSIX it is kept at mode 0700.
    """
    from platformdirs import user_data_path

    folder = user_data_path(APP_NAME, appauthor=False, ensure_exists=True)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        os.chmod(folder, 0o700)
    return folder


def default_database_path() -> Path:
    """Return the database the app opens when no ``--db`` is given."""
    return user_data_dir() / DATABASE_FILENAME
