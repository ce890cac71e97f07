"""Shared fixtures: a fresh database per test, no test touches the user's files or waits.

Every test runs with the rep's time zone pinned (UTC unless a test pins another), so no
result depends on the machine's zone, and with every modal dialog guarded: a dialog that no
test answers fails the test at once instead of hanging the suite.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC  # noqa: E402

from salesdesk.core import local_time  # noqa: E402
from salesdesk.core.store import Database, open_database  # noqa: E402
from salesdesk.ui.formatting import prefer_utf8_locale  # noqa: E402
from tests.core.dossier.rich_customer import Rich, build_rich  # noqa: E402
from tests.modal_guard import guard_dialogs  # noqa: E402
from tests.print_fonts import FONTS, test_font  # noqa: E402

prefer_utf8_locale()  # as the app does before Qt starts (LC_ALL=C runs)

ROOT = Path(__file__).resolve().parents[1]
__all__ = ["test_font"]  # a fixture: tests that print Chinese or Korean bring their own font

# Before any fixture runs, so module-level code sees the pinned zone too.
local_time.pin_zone(UTC)


@pytest.fixture(autouse=True)
def _pinned_zone() -> Iterator[None]:
    """Run each test in UTC as the rep's zone; a test may pin another and it is undone."""
    local_time.pin_zone(UTC)
    yield
    local_time.pin_zone(UTC)


@pytest.fixture(autouse=True)
def _no_unanswered_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    guard_dialogs(monkeypatch)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the user data and config folders (database, QSettings) into the test's tmp dir."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """Compile the catalogs as make does, when a .qm file is missing or older than its .ts."""
    import subprocess

    catalogs = ROOT / "resources" / "translations"
    for source in catalogs.glob("salesdesk_*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            tool = [sys.executable, str(ROOT / "packaging" / "translations.py"), "build"]
            subprocess.run(tool, check=True)
            return


@pytest.fixture(autouse=True)
def _english_unless_asked() -> Iterator[None]:
    """Every test starts in English with the machine's locale; one that changes them, undone."""
    from PySide6.QtCore import QLocale

    from salesdesk import language

    locale = QLocale()
    yield
    language.forget()
    QLocale.setDefault(locale)


@pytest.fixture(scope="session")
def _template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate one new database per test run; each test gets a copy of it.

    Made in a euro locale whatever the machine's, so every test starts with EUR as the
    reporting currency and the currency of new deals.
    """
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(path, locale="de_DE").close()
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Return where a test's database lives (it does not exist yet)."""
    return tmp_path / "salesdesk.sqlite3"


@pytest.fixture
def database(db_path: Path, _template_database: Path) -> Iterator[Database]:
    """Return an open, new SalesDesk database with the defaults and no sample data."""
    shutil.copyfile(_template_database, db_path)
    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def child_fonts(tmp_path: Path) -> Path:
    """Put the test's CJK font where a child ``salesdesk`` process finds it (user fonts)."""
    folder = tmp_path / "xdg-data" / "SalesDesk" / "fonts"
    folder.mkdir(parents=True, exist_ok=True)
    for font in FONTS:
        shutil.copyfile(font, folder / font.name)
    return folder


@pytest.fixture
def rich(database: Database) -> Rich:
    """Return the ids of a customer with something in every part of the dossier (and a day)."""
    return build_rich(database)
