"""The project's catalog tool (packaging/translations.py), loaded for tests."""

from __future__ import annotations

from types import ModuleType

from tests import packaging_scripts


def load() -> ModuleType:
    """Return packaging/translations.py as a module."""
    return packaging_scripts.load("translations")


def finished(code: str) -> set[tuple[str, str]]:
    """Return the (context, source) pairs that have a finished translation in ``code``."""
    tool = load()
    return {
        key for key, kept in tool.read_catalog(tool.catalog_path(code)).items() if kept.finished
    }
