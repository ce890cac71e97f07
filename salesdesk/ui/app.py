"""Start the Qt application over an open database: the window, or a screenshot of it."""

from __future__ import annotations

import errno
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

import salesdesk
from salesdesk import language
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.files import atomic_path
from salesdesk.core.store import Database
from salesdesk.paths import resources_dir
from salesdesk.start_up import finish_start, resume_collector
from salesdesk.ui.formatting import prefer_utf8_locale, tr, use_readable_locale
from salesdesk.ui.main_window import DEFAULT_SIZE, MainWindow
from salesdesk.ui.widgets import messages

ORGANIZATION = "SalesDesk"
APPLICATION = "SalesDesk"
START_FINISHED_LATEST_MS = 3000  # the collector back on even if the window never painted


def application() -> QApplication:
    """Return the running QApplication, creating it (with names and icon) if there is none."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        prefer_utf8_locale()
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(salesdesk.__version__)
    # Wayland matches windows to the installed salesdesk.desktop (its name and icon) by this.
    app.setDesktopFileName("salesdesk")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "salesdesk.svg")))
    translations = language.active()
    if translations is not None:
        translations.install_in(app)
    use_readable_locale()
    return app


def _report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Show an error no code path expected instead of losing it.

    The data stays consistent: every write is one transaction, rolled back when it failed. An
    error meant for the rep (the database is busy, read-only, full) is shown as its sentence.
    """
    if isinstance(error, SalesDeskError):
        messages.warn(None, tr("Application", "Not saved"), str(error))
        return
    traceback.print_exception(kind, error, trace)
    messages.fail(
        None,
        tr("Application", "Unexpected error"),
        tr(
            "Application",
            "Something went wrong; nothing was saved by the step that failed.\n\n%1",
            f"{kind.__name__}: {error}",
        ),
    )


def _drop_offscreen_noise(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Forward Qt's messages to stderr, except the offscreen platform's harmless complaint."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def save_screenshot(window: MainWindow, target: Path) -> None:
    """Render ``window`` at its default size into the PNG file ``target`` (complete or none).

    Off screen (no display), the image is what the window painted when shown, read back:
    painting it again into an image would double the work. Raises ``OutputError`` when the
    file cannot be written.
    """
    window.resize(*DEFAULT_SIZE)
    window.show()
    QApplication.processEvents()
    image = QPixmap()
    if QApplication.platformName() == "offscreen":
        image = window.screen().grabWindow(window.winId())
    if image.isNull():
        image = window.grab()
    with atomic_path(target) as partial:
        if not image.save(str(partial), "PNG"):
            raise OSError(errno.EIO, "the image could not be written")


def run_app(database: Database, *, view: str | None = None, screenshot: Path | None = None) -> int:
    """Show the main window over ``database`` until it closes; return the exit code.

    With ``screenshot``, render the window (showing ``view``) to that PNG file and return.
    """
    app = application()
    if app.platformName() == "offscreen":
        qInstallMessageHandler(_drop_offscreen_noise)
    window = MainWindow(database)
    try:
        if view is not None:
            window.show_area(view)
        if screenshot is not None:
            save_screenshot(window, screenshot)
            resume_collector()
            return 0
        sys.excepthook = _report_unexpected
        window.show()  # its first paint finishes the start (``start_up.finish_start``)
        # A window started minimized paints only when restored: finish the start anyway.
        QTimer.singleShot(START_FINISHED_LATEST_MS, finish_start)
        return app.exec()
    finally:
        window.close()
        window.deleteLater()
        window.database.close()
