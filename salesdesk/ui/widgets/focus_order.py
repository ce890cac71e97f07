"""Tab order as the rep reads the screen: left to right, then top to bottom.

Qt's default order is the order widgets were made in, which an area's building code does not
always follow (a filter row inserted above the tool bar, a button added to a row after the
side panel was made). An area names its parts in reading order once, here.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QWidget


def chain_focus(*widgets: QWidget) -> None:
    """Make Tab go through ``widgets`` in the order given (a compound one with its children)."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)
