"""The wheel is complete: migrations and resources ship inside it and are found from there."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from salesdesk import paths

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_ships_migrations_and_resources(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("salesdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "salesdesk/migrations/env.py" in names
    assert "salesdesk/migrations/script.py.mako" in names
    revisions = {n for n in names if n.startswith("salesdesk/migrations/versions/")}
    shipped = {
        f"salesdesk/migrations/versions/{p.name}"
        for p in paths.migrations_dir().glob("versions/*.py")
    }
    assert shipped <= revisions
    assert any(n.startswith("salesdesk/resources/") for n in names)
    # compiled at build time from the .ts sources, whether or not make built them here
    for code in ("zh_CN", "ko_KR"):
        assert f"salesdesk/resources/translations/salesdesk_{code}.qm" in names
    assert not any("__pycache__" in n or n.endswith(".sqlite3") for n in names)


def test_paths_resolve_in_the_source_checkout() -> None:
    assert paths.migrations_dir() == REPO / "migrations"
    assert paths.resources_dir() == REPO / "resources"


def test_paths_prefer_the_copy_inside_an_installed_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "salesdesk"
    (package / "migrations").mkdir(parents=True)
    (package / "resources").mkdir()
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    assert paths.migrations_dir() == package / "migrations"
    assert paths.resources_dir() == package / "resources"


def test_a_missing_folder_says_the_installation_is_incomplete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "_PACKAGE_DIR", tmp_path / "salesdesk")
    with pytest.raises(FileNotFoundError, match="installation is incomplete: no migrations/"):
        paths.migrations_dir()
