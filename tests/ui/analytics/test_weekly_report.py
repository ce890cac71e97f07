"""The weekly funnel report: one PDF page from the command line and from the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from salesdesk.cli import main
from salesdesk.core.models import Deal
from salesdesk.core.store import Database
from salesdesk.ui.analytics.analytics_view import AnalyticsView
from tests.pdf_text import pdf_pages

STAGES = ("New contact", "Qualified", "Presented", "Proposal", "Negotiation", "Contracted")


def test_funnel_pdf_from_the_command_line_is_one_page_with_the_numbers(
    filled: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with filled.transaction() as s:  # markup in data prints as text
        s.execute(update(Deal).where(Deal.title == "lost").values(lost_reason="<b>Price</b> & co"))
    filled.close()
    out = tmp_path / "report.pdf"
    args = ["funnel", "--db", str(filled.path), "--from", "2026-04-01", "--to", "2026-06-30"]
    assert main([*args, "--pdf", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote the funnel report (1 page) to {out}\n"
    (page,) = pdf_pages(out)
    assert page.startswith("Weekly funnel review")
    assert all(name in page for name in STAGES)
    assert "New contact 1 €100 6 4 67%" in page  # the stages table (the funnel is a picture)
    assert "Win rate 67% (won 2, lost 1)" in page and "Average won deal €1,000" in page
    assert "<b>Price</b> & co 1" in page
    assert "Page 1 of 1" in page
    assert len(PdfReader(out).pages[0].images) == 1  # the funnel picture
    with pytest.raises(SystemExit) as refused:  # a table, JSON or a PDF: one at a time
        main([*args, "--pdf", str(out), "--json"])
    assert refused.value.code == 2
    capsys.readouterr()
    assert main([*args, "--pdf", str(tmp_path / "no such folder" / "report.pdf")]) == 1
    assert capsys.readouterr().err.startswith("salesdesk: error: could not write ")


def test_the_screen_exports_and_previews_the_report(
    qtbot: QtBot,
    view: AnalyticsView,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    confirmed_exports: list[str],
) -> None:
    suggested: list[str] = []

    def answer(parent: object, title: str, path: str, filters: str) -> tuple[str, str]:
        suggested.append(path)
        return str(tmp_path / "weekly"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    view.buttons["analyticsExportPdf"].click()
    assert Path(suggested[0]).name == "funnel-report-2026-04-01.pdf"  # this quarter
    (page,) = pdf_pages(tmp_path / "weekly.pdf")
    assert "4/1/2026 – 6/30/2026" in page and "Proposal" in page
    assert confirmed_exports == [f"Weekly funnel review written to:\n{tmp_path / 'weekly.pdf'}"]
    view.buttons["analyticsPrintPreview"].click()
    dialog = view.findChild(QPrintPreviewDialog, "printPreview")
    assert dialog is not None and dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 1)
    dialog.close()
