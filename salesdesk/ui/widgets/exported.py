"""After an export: say where the file is, and open its folder when the rep asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from salesdesk.ui.formatting import tr
from salesdesk.ui.widgets import messages

_CONTEXT = "Exported"


def confirm_export(parent: QWidget | None, what: str, path: Path) -> bool:
    """Tell the rep that ``what`` was written to ``path``; open the folder if asked (True)."""
    wanted = messages.saved(
        parent,
        tr(_CONTEXT, "Exported"),
        tr(_CONTEXT, "%1 written to:\n%2", what, str(path)),
        tr(_CONTEXT, "Open Folder"),
    )
    if wanted:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    return wanted
