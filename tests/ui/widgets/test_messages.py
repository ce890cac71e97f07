"""Messages, choices and tooltips show data literally: no markup renders from a name or title."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

import salesdesk
from salesdesk.ui.customers.referral_dialog import ReferralDialog
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.labels import plain_tip

HOSTILE = '<img src="/etc/passwd"><b>Chairs</b> <a href="x">&amp;</a>'


def _shown_boxes(monkeypatch: pytest.MonkeyPatch, answer: int) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append(box)
        return answer

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return shown


@pytest.mark.parametrize("show", [messages.warn, messages.fail, messages.inform])
def test_a_message_shows_markup_as_text(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, show: object
) -> None:
    shown = _shown_boxes(monkeypatch, QMessageBox.StandardButton.Ok)
    show(None, "Deal “x”", f"Not saved: {HOSTILE}")  # type: ignore[operator]
    (box,) = shown
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == f"Not saved: {HOSTILE}"


def test_a_question_answers_with_the_chosen_button_and_defaults_to_no(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _shown_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    assert messages.confirm(None, "Deal won", HOSTILE)
    assert shown[0].defaultButton() is shown[0].button(QMessageBox.StandardButton.No)
    assert shown[0].findChild(QLabel, "qt_msgbox_label").textFormat() == Qt.TextFormat.PlainText
    shown.clear()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.No)
    assert not messages.confirm(None, "Deal won", HOSTILE, default_yes=True)


def test_a_choice_shows_its_question_as_text_and_cancel_gives_none(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[QInputDialog] = []

    def accept(dialog: QInputDialog) -> int:
        seen.append(dialog)
        dialog.setTextValue("Price")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", accept)
    question = f"Why was “{HOSTILE}” lost?"
    assert messages.choose(None, "Deal lost", question, ["Price", "Timing"]) == "Price"
    labels = seen[0].findChildren(QLabel)
    assert [label.text() for label in labels] == [question]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert messages.choose(None, "Deal lost", question, ["Price"]) is None


def test_a_tooltip_of_data_renders_to_the_same_text() -> None:
    document = QTextDocument()
    document.setHtml(plain_tip(f"{HOSTILE}\nline two"))
    assert document.toPlainText() == f"{HOSTILE}\nline two"
    assert plain_tip("") == ""


def test_the_referral_dialog_shows_names_and_titles_as_text(qtbot: QtBot) -> None:
    dialog = ReferralDialog(HOSTILE, f"“{HOSTILE}” is won.", lambda people: [])
    qtbot.addWidget(dialog)
    texts = {label.text(): label.textFormat() for label in dialog.findChildren(QLabel)}
    assert texts[f"“{HOSTILE}” is won."] == Qt.TextFormat.PlainText
    assert dialog.windowTitle().endswith(HOSTILE)


def test_no_screen_opens_a_message_box_that_guesses_markup() -> None:
    """Qt's static message boxes and input dialogs guess the text format: only messages.py."""
    ui = Path(salesdesk.__file__).parent / "ui"
    guessing = re.compile(
        r"QMessageBox\.(warning|critical|information|question|about)\(|QInputDialog\.get"
    )
    found = [
        f"{path.relative_to(ui)}:{number}"
        for path in ui.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if guessing.search(line)
    ]
    assert found == []
