"""The Qt bindings must keep Python's reference counts right.

PySide6 6.12.0 dropped a reference to None on every call of a Qt method that returns nothing.
Before Python 3.12 None is an ordinary object, so after some thousand such calls (printing a
day of dossiers is enough) the interpreter aborts with "deallocating None". pyproject.toml
excludes that release; this test catches a release with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument


def test_calls_that_return_nothing_keep_none_alive(qapp: object) -> None:
    document = QTextDocument()
    before = sys.getrefcount(None)
    for _ in range(1000):
        document.setPageSize(QSizeF(100, 100))  # returns nothing
        document.setDocumentMargin(0)
    # Python 3.12+ reports a constant huge count for the immortal None: the check holds there.
    assert sys.getrefcount(None) - before >= -10
