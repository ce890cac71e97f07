"""Drag a card with the mouse on a real X display (run under Xvfb by test_real_mouse_drag).

``QDrag.exec()`` blocks in its own event loop, so the mouse is driven from a zero-delay timer
armed just before the drag starts. Prints the titles of the two columns afterwards.
Usage: python -m tests.ui.board.real_drag DATABASE SOURCE_STAGE_ID TARGET_STAGE_ID
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from salesdesk.core.store import open_database
from salesdesk.ui.board.board_view import BoardView
from salesdesk.ui.board.column_widget import ColumnListView
from salesdesk.ui.change_flow import ChangeFlow


def main() -> int:
    path, source_id, target_id = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    app = QApplication([])
    QTimer.singleShot(20_000, lambda: os._exit(3))  # never hang the test run
    database = open_database(path)
    board = BoardView(ChangeFlow(database, lambda: datetime.now(UTC)))
    board.refresh()
    board.resize(1900, 700)
    board.show()
    QTest.qWaitForWindowExposed(board)
    source, target = board.column(source_id).view, board.column(target_id).view
    start = source.visualRect(source.model().index(0, 0)).center()
    end = target.visualRect(target.model().index(0, 0)).topLeft() + QPoint(12, 4)
    started: list[bool] = []

    def drive() -> None:
        for step in range(1, 6):
            QTest.mouseMove(target.viewport(), end + QPoint(0, step))
        QTest.mouseMove(target.viewport(), end)
        QTest.mouseRelease(target.viewport(), Qt.MouseButton.LeftButton, pos=end)

    original = ColumnListView.startDrag

    def start_drag(view: ColumnListView, actions: Qt.DropAction) -> None:
        started.append(True)
        QTimer.singleShot(0, drive)
        original(view, actions)

    ColumnListView.startDrag = start_drag  # type: ignore[method-assign]
    QTest.mousePress(source.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 8):
        QTest.mouseMove(source.viewport(), start + QPoint(step * 6, step * 6))
    app.processEvents()
    titles = [
        [card.title for card in board.column(i).model.cards()] for i in (source_id, target_id)
    ]
    print("started" if started else "not started")
    for column in titles:
        print("|".join(column))
    board.flow.stack.clear()
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
