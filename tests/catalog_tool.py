"""The project's catalog tool (packaging/translations.py), loaded for tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load() -> ModuleType:
    """Return packaging/translations.py as a module (registered, for its dataclasses)."""
    name = "salesdesk_catalog_tool"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def finished(code: str) -> set[tuple[str, str]]:
    """Return the (context, source) pairs that have a finished translation in ``code``."""
    tool = load()
    return {
        key for key, kept in tool.read_catalog(tool.catalog_path(code)).items() if kept.finished
    }
