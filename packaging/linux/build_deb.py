"""Build the Debian package of SalesDesk from the one-folder bundle in dist/salesdesk/.

    python packaging/linux/build_deb.py [dist/salesdesk]

The package puts the bundle in /usr/lib/salesdesk, the ``salesdesk`` command in /usr/bin (a
link to the bundle's program), the desktop entry, the icon (the SVG and PNGs rendered from it
at the usual sizes) and the AppStream metainfo where desktops look for them. It writes
dist/salesdesk_<version>_<arch>.deb and checks the desktop entry and metainfo with
``desktop-file-validate`` and ``appstreamcli validate`` where they are installed.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
METAINFO = "app.salesdesk.SalesDesk.metainfo.xml"
# What the bundle links from the system rather than carrying (OpenGL and EGL come with the
# graphics driver; the C library with the system). Fonts: a CJK font prints Chinese and Korean.
DEPENDS = "libc6 (>= 2.36), libgl1, libegl1, libxcb1, libwayland-client0, fontconfig"
RECOMMENDS = "fonts-noto-cjk, fonts-dejavu-core"
ARCHITECTURES = {"x86_64": "amd64", "aarch64": "arm64"}


def render_icons(svg: Path, share: Path) -> None:
    """Render the SVG icon at every size of the hicolor theme (Qt's SVG renderer, offscreen)."""
    sys.path.insert(0, str(HERE.parent))
    from icons import render_png

    for size in ICON_SIZES:
        render_png(
            size, share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "salesdesk.png", svg
        )
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / "salesdesk.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copyfile(svg, scalable)


def validate(desktop: Path, metainfo: Path) -> None:
    """Check the desktop entry and the metainfo with Debian's validators where installed."""
    for tool, arguments in (
        ("desktop-file-validate", [str(desktop)]),
        ("appstreamcli", ["validate", "--no-net", str(metainfo)]),
    ):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed: {arguments[-1]} not validated", file=sys.stderr)
            continue
        subprocess.run([tool, *arguments], check=True)


def installed_size_kib(folder: Path) -> int:
    """Return the size of the files under ``folder`` in KiB, as dpkg's Installed-Size wants."""
    return sum(path.lstat().st_size for path in folder.rglob("*")) // 1024 + 1


def main(argv: list[str]) -> int:
    """Build the package; return 0, or exit with the reason it could not be built."""
    sys.path.insert(0, str(ROOT))
    from salesdesk import __version__

    bundle = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / "salesdesk"
    if not (bundle / "salesdesk").is_file():
        raise SystemExit(f"no bundle in {bundle}: build it with `make bundle`")
    architecture = ARCHITECTURES[platform.machine()]
    output = ROOT / "dist" / f"salesdesk_{__version__}_{architecture}.deb"
    with tempfile.TemporaryDirectory(prefix="salesdesk-deb-") as scratch:
        tree = Path(scratch) / "root"
        share = tree / "usr" / "share"
        shutil.copytree(bundle, tree / "usr" / "lib" / "salesdesk", symlinks=True)
        (tree / "usr" / "bin").mkdir(parents=True)
        (tree / "usr" / "bin" / "salesdesk").symlink_to("../lib/salesdesk/salesdesk")
        desktop = share / "applications" / "salesdesk.desktop"
        desktop.parent.mkdir(parents=True)
        shutil.copyfile(HERE / "salesdesk.desktop", desktop)
        metainfo = share / "metainfo" / METAINFO
        metainfo.parent.mkdir(parents=True)
        today = datetime.now(UTC).date().isoformat()
        metainfo.write_text(
            (HERE / METAINFO)
            .read_text(encoding="utf-8")
            .replace("@VERSION@", __version__)
            .replace("@DATE@", today),
            encoding="utf-8",
        )
        render_icons(ROOT / "resources" / "icons" / "salesdesk.svg", share)
        validate(desktop, metainfo)

        control = tree / "DEBIAN" / "control"
        control.parent.mkdir()
        control.write_text(
            f"Package: salesdesk\n"
            f"Version: {__version__}\n"
            f"Architecture: {architecture}\n"
            f"Maintainer: SalesDesk <support@salesdesk.app>\n"
            f"Installed-Size: {installed_size_kib(tree)}\n"
            f"Depends: {DEPENDS}\n"
            f"Recommends: {RECOMMENDS}\n"
            f"Section: misc\n"
            f"Priority: optional\n"
            f"Homepage: https://salesdesk.app\n"
            f"Description: offline desktop assistant for field sales reps\n"
            f" A funnel board of every deal, deep customer profiles, planned visits with\n"
            f" preparation checklists, printable customer dossiers and a readable funnel,\n"
            f" all offline in a local SQLite file.\n",
            encoding="utf-8",
        )
        for path in tree.rglob("*"):
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(output)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    print(output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
