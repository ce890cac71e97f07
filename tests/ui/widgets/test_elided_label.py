"""A label narrower than its text ends in "…" and keeps the whole text."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from salesdesk.ui.widgets.labels import ElidedLabel


def _painted(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_a_narrow_label_gives_way_and_shows_it_was_cut(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QHBoxLayout(host)
    name, count = ElidedLabel("A stage with a rather long name"), QLabel("1,815 deals")
    layout.addWidget(name, 1)
    layout.addWidget(count)
    host.resize(count.sizeHint().width() + name.minimumSizeHint().width() + 40, 40)
    host.show()
    qtbot.waitExposed(host)
    assert count.width() >= count.sizeHint().width()  # the count is whole
    assert name.is_elided() and name.text() == "A stage with a rather long name"
    host.resize(800, 40)
    qtbot.waitUntil(lambda: not name.is_elided())
    whole = _painted(name)
    name.setText(name.text() + " and more words than fit into any column of a board")
    assert _painted(name) != whole  # painted again, cut
