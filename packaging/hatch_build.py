"""Wheel build step: compile the translation catalogs (.ts) into the .qm files the app loads.

The wheel carries ``resources/`` inside the package; its .qm files are made here, from the .ts
sources of the same checkout, so a built package never ships stale or missing translations.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _translations_module() -> Any:
    path = Path(__file__).with_name("translations.py")
    spec = importlib.util.spec_from_file_location("salesdesk_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


class TranslationsHook(BuildHookInterface):
    """Compile .ts to .qm into a build folder and include them in the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Add ``salesdesk/resources/translations/*.qm``, compiled now, to the wheel."""
        if version == "editable":  # an editable install reads the checkout (make builds .qm)
            return
        self._folder = tempfile.TemporaryDirectory(prefix="salesdesk-qm-")
        for qm in _translations_module().build(Path(self._folder.name)):
            build_data["force_include"][str(qm)] = f"salesdesk/resources/translations/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary .qm files."""
        folder = getattr(self, "_folder", None)
        if folder is not None:
            folder.cleanup()
