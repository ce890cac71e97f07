"""Pieces every form and dialog shares: the message under a refused field, Save/Cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ERROR_COLOUR = "#c62828"


def error_label(object_name: str) -> QLabel:
    """Return a hidden, word-wrapped, plain-text label for a refusal message."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label


def save_cancel_buttons(
    save: Callable[[], object], cancel: Callable[[], object]
) -> QDialogButtonBox:
    """Return Save and Cancel buttons wired to ``save`` and ``cancel``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(cancel)
    return buttons


def beside_buttons(
    main: QWidget, buttons: Sequence[tuple[str, str, Callable[[], object]]]
) -> QHBoxLayout:
    """Return ``main`` with a column of buttons (object name, text, slot) on its right."""
    column = QVBoxLayout()
    for name, text, slot in buttons:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        column.addWidget(button)
    column.addStretch(1)
    row = QHBoxLayout()
    row.addWidget(main, 1)
    row.addLayout(column)
    return row
