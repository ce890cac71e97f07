"""The app icon as pictures: ``resources/icons/salesdesk.svg`` drawn by Qt's SVG renderer.

Every icon a package carries is made from the one SVG at build time, so no picture is kept
beside it: the Debian package's hicolor PNGs (``linux/build_deb.py``) and the Windows and
macOS programs' icons (``salesdesk.spec`` passes a PNG; PyInstaller turns it into the .ico
or .icns with Pillow).
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "salesdesk.svg"


def render_png(size: int, target: Path, svg: Path = SVG) -> Path:
    """Draw ``svg`` as a ``size``×``size`` PNG with a transparent background at ``target``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the icon {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"cannot write {target}")
    return target
