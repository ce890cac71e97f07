"""Message boxes that show their text as plain text: data never renders as markup.

Qt's static ``QMessageBox`` functions guess the text format, so a deal titled ``<b>Chairs</b>``
or a customer named ``<img src="/home/rep/photo.png">`` (names come from imported files) would
render bold, as a link or as a local image. Every message SalesDesk shows goes through these
functions instead; call them through the module (``messages.warn(...)``), so a test can answer
one by replacing it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


def plain_box(
    parent: QWidget | None,
    icon: Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> QMessageBox:
    """Return a message box whose title and text show literally."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return box


def _shown(box: QMessageBox) -> Button:
    return Button(box.exec())


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Say why something was not done."""
    _shown(plain_box(parent, Icon.Warning, title, text))


def fail(parent: QWidget | None, title: str, text: str) -> None:
    """Say that something failed (a file, the database)."""
    _shown(plain_box(parent, Icon.Critical, title, text))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the rep something that went well or is worth knowing."""
    _shown(plain_box(parent, Icon.Information, title, text))


def saved(parent: QWidget | None, title: str, text: str, open_text: str) -> bool:
    """Say that a file was written (``text`` names it); True when the rep wants its folder."""
    box = plain_box(parent, Icon.Information, title, text, Button.Ok, Button.Ok)
    show = box.addButton(open_text, QMessageBox.ButtonRole.ActionRole)
    box.exec()
    return box.clickedButton() is show


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.No,
) -> Button:
    """Ask a question; returns the button the rep chose (Escape gives the escape button)."""
    return _shown(plain_box(parent, Icon.Question, title, text, buttons, default))


def confirm(parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
    """Ask a yes/no question; True for Yes."""
    default = Button.Yes if default_yes else Button.No
    return ask(parent, title, text, Button.Yes | Button.No, default) == Button.Yes


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    items: Sequence[str],
    current: int = 0,
    editable: bool = False,
) -> str | None:
    """Ask for one of ``items`` (or, if ``editable``, any text); None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(text)
    dialog.setComboBoxItems(list(items))
    dialog.setComboBoxEditable(editable)
    if items and 0 <= current < len(items):
        dialog.setTextValue(items[current])
    elif editable:
        dialog.setTextValue("")
    for label in dialog.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()
