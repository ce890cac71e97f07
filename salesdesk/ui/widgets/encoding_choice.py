"""Asking which encoding a file that is not UTF-8 is in (customer and rate imports alike)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from salesdesk.core.exchange.encodings import LEGACY_ENCODINGS
from salesdesk.ui.formatting import as_sentence, tr
from salesdesk.ui.widgets import messages

_CONTEXT = "Import"


def ask_encoding(parent: QWidget, message: str) -> str | None:
    """Offer the legacy encodings, saying why (``message``); return the codec, None if cancelled."""
    labels = [tr(_CONTEXT, label) for _, label in LEGACY_ENCODINGS]
    label = messages.choose(
        parent, tr(_CONTEXT, "Choose the File's Encoding"), as_sentence(message), labels
    )
    return LEGACY_ENCODINGS[labels.index(label)][0] if label is not None else None
