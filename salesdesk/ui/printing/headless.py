"""A Qt application for printing jobs that run without a window (the command line)."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication

from salesdesk.ui.formatting import prefer_utf8_locale, use_readable_locale


def gui_application() -> QGuiApplication:
    """Return the running Qt application, or start one; offscreen when there is no display.

    Text layout and PDF writing need a QGuiApplication (fonts), not a screen.
    """
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ) and sys.platform not in (
        "win32",
        "darwin",
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prefer_utf8_locale()
    app = QGuiApplication(sys.argv[:1])
    use_readable_locale()
    return app
