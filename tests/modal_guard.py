"""No test waits on a dialog: any modal dialog, message box or menu a test did not answer fails.

A modal dialog runs its own event loop until someone answers it; offscreen, nobody does, and
the suite would hang. Every way SalesDesk opens one (Qt's static message boxes, input and file
dialogs, ``exec()`` of a dialog or a menu) is replaced for each test by a stand-in that raises
``UnansweredDialogError`` with the dialog's title and text. A test that expects a dialog answers
it by patching the same name itself (``monkeypatch.setattr(QMessageBox, "question", ...)``),
which replaces the stand-in.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFileDialog,
    QFontDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
)


class UnansweredDialogError(AssertionError):
    """A modal dialog opened that the test did not answer."""


def _describe(args: tuple[Any, ...]) -> str:
    texts = [str(arg) for arg in args[1:3] if isinstance(arg, str)]
    return ": ".join(texts) or "(no title)"


def _static(owner: type, name: str) -> Any:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise UnansweredDialogError(f"{owner.__name__}.{name} opened unanswered: {_describe(args)}")

    return staticmethod(refuse)


def _exec(owner: type) -> Any:
    def refuse(self: Any, *args: Any, **kwargs: Any) -> Any:
        title = self.windowTitle() if hasattr(self, "windowTitle") else ""
        text = self.text() if isinstance(self, QMessageBox) else ""
        what = ": ".join(part for part in (title, text) if part) or type(self).__name__
        raise UnansweredDialogError(f"{type(self).__name__}.exec() opened unanswered: {what}")

    return refuse


STATICS = {
    QMessageBox: ("critical", "warning", "information", "question", "about", "aboutQt"),
    QInputDialog: ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"),
    QFileDialog: ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"),
    QColorDialog: ("getColor",),
    QFontDialog: ("getFont",),
}
EXECS = (QDialog, QPrintDialog, QPageSetupDialog, QMenu)


def guard_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every unanswered modal dialog fail the running test at once."""
    for owner, names in STATICS.items():
        for name in names:
            monkeypatch.setattr(owner, name, _static(owner, name))
    for owner in EXECS:
        monkeypatch.setattr(owner, "exec", _exec(owner))
