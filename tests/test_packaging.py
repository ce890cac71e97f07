"""The wheel is complete (migrations and resources ship inside it and are found from there);
the desktop bundle leaves out only modules SalesDesk never imports; the bundles' build and
smoke-test helpers work.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from salesdesk import paths
from tests import packaging_scripts

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


def test_the_icon_is_drawn_from_the_svg_at_any_size(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QImage

    icons = packaging_scripts.load("icons")
    for size in (16, 256):
        image = QImage(str(icons.render_png(size, tmp_path / f"{size}.png")))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        middle = image.pixelColor(size // 2, size // 2)
        assert middle.alpha() == 255 and middle != image.pixelColor(0, 0)


def test_the_smoke_test_checks_the_whole_macos_app_or_the_programs_folder(tmp_path: Path) -> None:
    smoke = packaging_scripts.load("smoke_test")
    app = tmp_path / "SalesDesk.app" / "Contents" / "MacOS"
    app.mkdir(parents=True)
    (app / "salesdesk").touch()
    (tmp_path / "salesdesk").mkdir()
    (tmp_path / "salesdesk" / "salesdesk").touch()
    assert smoke.bundle_folder(app / "salesdesk") == (tmp_path / "SalesDesk.app").resolve()
    assert (
        smoke.bundle_folder(tmp_path / "salesdesk" / "salesdesk")
        == (tmp_path / "salesdesk").resolve()
    )


def _spec_list(name: str) -> list[str]:
    """Return a list of module names the bundle's spec leaves out (a literal in the spec)."""
    tree = ast.parse((REPO / "packaging" / "salesdesk.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [t.id for t in node.targets] == [name]:
            return ast.literal_eval(node.value)
    raise AssertionError(f"no {name} in the spec")


def _imported_modules(source: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def test_the_bundle_leaves_out_no_module_salesdesk_imports() -> None:
    left_out = _spec_list("UNUSED_PARTS")
    assert "phonenumbers.geocoder" in left_out
    sources = [*(REPO / "salesdesk").rglob("*.py"), *(REPO / "migrations").rglob("*.py")]
    imported = set().union(*(_imported_modules(source) for source in sources))
    assert "phonenumbers" in imported
    missing = sorted(
        module
        for module in imported
        if any(module == part or module.startswith(f"{part}.") for part in left_out)
    )
    assert missing == []
