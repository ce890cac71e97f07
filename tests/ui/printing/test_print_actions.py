"""The dossier actions on the customer card, the visit brief and the agenda."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from salesdesk.ui.formatting import format_day
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.printing import fonts
from salesdesk.ui.visits.visits_view import VisitsView
from salesdesk.ui.widgets import messages
from tests.pdf_text import pdf_pages
from tests.ui.navigation import open_customer, open_visit
from tests.ui.world import World


@pytest.fixture
def save_as(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, confirmed_exports: list[str]
) -> list[str]:
    """Answer every save dialog with tmp_path/out.pdf; collect the suggested paths."""
    suggested: list[str] = []

    def answer(parent: object, title: str, path: str, filters: str) -> tuple[str, str]:
        suggested.append(path)
        return str(tmp_path / "out"), filters  # no extension: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def answer_print_dialog(
    monkeypatch: pytest.MonkeyPatch, target: Path, pages: tuple[int, int] | None = None
) -> None:
    """Make every print dialog choose a PDF printer writing ``target`` (and a page range)."""

    def choose(dialog: QPrintDialog) -> int:
        printer: QPrinter = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        if pages is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose)


def test_the_card_exports_the_customers_dossier(
    window: MainWindow, save_as: list[str], tmp_path: Path, confirmed_exports: list[str]
) -> None:
    area = open_customer(window, "Anna Schmidt")
    button = area.card.findChild(QPushButton, "profilePrint")
    assert button is not None
    names = [action.objectName() for action in button.menu().actions()]
    assert names == [
        "actionCustomerDossierPreview",
        "actionCustomerDossierPrint",
        "actionCustomerDossierPdf",
    ]
    assert button.menu().actions()[1].shortcut() == QKeySequence("Ctrl+P")
    button.menu().actions()[2].trigger()
    out = tmp_path / "out.pdf"
    texts = pdf_pages(out)
    assert texts[0].startswith("Anna Schmidt · Acme GmbH")
    assert "Present the chair range and agree on a trial" in texts[0]  # her next visit
    assert Path(save_as[0]).name == "dossier-Anna-Schmidt.pdf"
    assert confirmed_exports == [f"Dossier Anna Schmidt written to:\n{out}"]


def test_the_card_previews_the_dossier(qtbot: QtBot, window: MainWindow, test_font: str) -> None:
    area = open_customer(window, "김민준")
    area.findChild(QAction, "actionCustomerDossierPreview").trigger()
    dialog = area.findChild(QPrintPreviewDialog, "printPreview")
    assert dialog is not None and dialog.isVisible()
    assert "김민준" in dialog.windowTitle()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1)
    dialog.close()


def test_print_sends_the_pages_to_the_chosen_printer(
    window: MainWindow, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "printed.pdf"
    answer_print_dialog(monkeypatch, target)
    area = open_visit(window, world.activities["visit"])
    area.findChild(QAction, "actionVisitDossierPrint").trigger()
    texts = pdf_pages(target)
    assert texts[0].startswith("Anna Schmidt") and "Page 1 of" in texts[0]


def test_the_agenda_prints_the_selected_visits_day(
    window: MainWindow, world: World, save_as: list[str], tmp_path: Path
) -> None:
    area = open_visit(window, world.activities["visit"])
    day = area.print_day()
    assert day.isoformat() == "2026-03-12"
    button = area.findChild(QPushButton, "agendaPrintDay")
    assert button is not None and button.text() == "Print the dossiers for this day"
    area.findChild(QAction, "actionDayDossiersPdf").trigger()
    assert Path(save_as[0]).name == "dossiers-2026-03-12.pdf"
    texts = pdf_pages(tmp_path / "out.pdf")
    assert "Route for Thursday, March 12, 2026" in texts[0]
    assert texts[1].startswith("Anna Schmidt")


def test_a_missing_cjk_font_is_named_before_printing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, save_as: list[str], tmp_path: Path
) -> None:
    # As on a machine without any CJK font: no font (with Qt's fallbacks) draws CJK.
    monkeypatch.setattr(QFontMetrics, "inFontUcs4", lambda self, code: code < 0x1100)
    assert fonts.missing_scripts("王芳 and 김민준") == ["Chinese", "Korean"]
    assert fonts.missing_scripts("Anna") == []
    warned: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: warned.append(text))
    area = open_customer(window, "王芳")
    area.findChild(QAction, "actionCustomerDossierPdf").trigger()
    assert len(warned) == 1 and "Chinese" in warned[0] and "fonts-noto-cjk" in warned[0]
    assert (tmp_path / "out.pdf").is_file()  # printed all the same, without those glyphs


def test_print_honours_the_page_range_chosen(
    window: MainWindow, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "range.pdf"
    answer_print_dialog(monkeypatch, target, pages=(2, 2))
    area = open_visit(window, world.activities["visit"])
    area.findChild(QAction, "actionDayDossiersPrint").trigger()  # route, then Anna's pages
    texts = pdf_pages(target)
    assert len(texts) == 1
    assert texts[0].startswith("Anna Schmidt") and "Page 1 of" in texts[0]


def test_a_day_without_visits_says_so_and_prints_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, save_as: list[str], tmp_path: Path
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: warned.append(text))
    window.show_area("visits")
    area = window.areas["visits"]
    assert isinstance(area, VisitsView)
    area.go(-1)  # a week before the world's visits
    area.view.clearSelection()
    area.view.setCurrentIndex(area.model.index(-1, -1))
    area.findChild(QAction, "actionDayDossiersPdf").trigger()
    assert warned == [f"There are no visits on {format_day(area.print_day())}."]
    assert save_as == []  # not even asked where to save
