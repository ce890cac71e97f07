"""The floor for start-up: import Qt and SQLAlchemy, show an empty 1280x800 window, save it.

Measured the same way as ``salesdesk --screenshot`` so the two can be compared.
"""

from __future__ import annotations

import sys


def main(out: str) -> int:
    """Show an empty main window, render it to ``out`` and exit."""
    import sqlalchemy  # noqa: F401 - part of the floor: the app cannot run without it
    import sqlalchemy.orm  # noqa: F401
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return 0 if window.grab().save(out) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
