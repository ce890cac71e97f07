"""UI fixtures: settings kept in the test's own folder, and a main window over a known world."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from salesdesk.ui.main_window import MainWindow

from salesdesk.core.store import Database
from tests.ui.world import NOW, World, build_world


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    QCoreApplication.setOrganizationName("SalesDeskTests")
    QCoreApplication.setApplicationName("SalesDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


@pytest.fixture
def window(qtbot: QtBot, database: Database, world: World) -> MainWindow:
    from salesdesk.ui.main_window import MainWindow

    main = MainWindow(database, clock=lambda: NOW)
    qtbot.addWidget(main)
    return main


@pytest.fixture
def confirmed_exports(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer each "written to …" confirmation with OK (not Open Folder); return their texts."""
    from salesdesk.ui.widgets import messages

    shown: list[str] = []

    def saved(parent: object, title: str, text: str, open_text: str) -> bool:
        shown.append(text)
        return False

    monkeypatch.setattr(messages, "saved", saved)
    return shown
