"""The bundle's trimmed ICU data gives Qt exactly what the full data gives it.

packaging/icu_data.py drops from Qt's ICU data library the trees no ICU function Qt imports
reads. Here: Qt Core still imports only those functions (a Qt that imports more must be looked
at before the trim is trusted), every item kept is byte for byte the original, and Qt run on
the trimmed library (tests/icu_probe.py) collates, names encodings and time zones, and maps
case exactly as on the full one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests import packaging_scripts

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("cc") is None,
    reason="the trimmed ICU data is built on Linux with a C compiler",
)

# The ICU functions Qt Core imports: case mapping, legacy encodings, time zones, collation.
QT_ICU_FUNCTIONS = {
    "u_strToLower", "u_strToUpper",
    "ucal_close", "ucal_getCanonicalTimeZoneID", "ucal_getTimeZoneDisplayName", "ucal_open",
    "UCNV_FROM_U_CALLBACK_SUBSTITUTE", "UCNV_TO_U_CALLBACK_SUBSTITUTE",
    "ucnv_cbFromUWriteUChars", "ucnv_cbToUWriteUChars", "ucnv_close", "ucnv_countAvailable",
    "ucnv_fromUCountPending", "ucnv_fromUnicode", "ucnv_getAvailableName",
    "ucnv_getFromUCallBack", "ucnv_getMaxCharSize", "ucnv_getName", "ucnv_getStandardName",
    "ucnv_getToUCallBack", "ucnv_open", "ucnv_reset", "ucnv_setFromUCallBack",
    "ucnv_setToUCallBack", "ucnv_toUCountPending", "ucnv_toUnicode",
    "ucol_close", "ucol_getSortKey", "ucol_open", "ucol_setAttribute", "ucol_strcoll",
}  # fmt: skip


def _tool() -> ModuleType:
    return packaging_scripts.load("icu_data")


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _tool().build(_tool().qt_icu_library(), tmp_path_factory.mktemp("icu"))


def _probe(library_folder: Path | None) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if library_folder is not None:
        env["LD_LIBRARY_PATH"] = str(library_folder)
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "icu_probe.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout)


def test_qt_imports_only_the_icu_functions_the_trim_keeps_data_for() -> None:
    tool = _tool()
    core = tool.qt_icu_library().parent / "libQt6Core.so.6"
    assert tool.imported_icu_functions(core) == QT_ICU_FUNCTIONS


def test_the_kept_items_are_the_originals(trimmed: Path) -> None:
    tool = _tool()
    library = tool.qt_icu_library().read_bytes()
    _, offset, size = tool._symbol(library)
    full = dict(tool.items(library[offset : offset + size]))
    small = trimmed.read_bytes()
    _, offset, size = tool._symbol(small)
    kept = tool.items(small[offset : offset + size])
    assert [name for name, _ in kept] == sorted(name for name, _ in kept)
    # ICU pads every item to 16 bytes; the padding is all that may differ.
    assert {name: data.rstrip(b"\0") for name, data in kept} == {
        name: data.rstrip(b"\0")
        for name, data in full.items()
        if not name.split("/", 1)[1].startswith(tool.DROPPED)
    }
    assert any("/coll/" in name for name, _ in kept)
    assert any("/zone/" in name for name, _ in kept)
    assert not any("/lang/" in name for name, _ in kept)
    assert len(small) < len(library) * 0.6


@pytest.mark.slow
def test_qt_works_the_same_on_the_trimmed_data(trimmed: Path) -> None:
    full = _probe(None)
    small = _probe(trimmed.parent)
    assert small.pop("icu") == [str(trimmed)]
    assert full.pop("icu") != [str(trimmed)]
    different = [key for key in full if small.get(key) != full[key]]
    assert different == []
    assert full.keys() == small.keys()
    # The probe means something: collation and zone names depend on the locale.
    assert full["compare zh_CN"] != full["compare de_DE"]
    assert "Mitteleuropäische Sommerzeit" in full["zone b'Europe/Berlin' de_DE"]
    assert len(full["codecs"]) > 100
