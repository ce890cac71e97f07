"""The weekly funnel report: one PDF page from the command line and from the screen."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select, update

from salesdesk.cli import main
from salesdesk.core.models import Deal, ExchangeRate, Stage
from salesdesk.core.store import Database
from salesdesk.ui.analytics.analytics_view import AnalyticsView
from tests.pdf_text import pdf_pages
from tests.reasons import reason_named

STAGES = ("New contact", "Qualified", "Presented", "Proposal", "Negotiation", "Contracted")


def test_funnel_pdf_from_the_command_line_is_one_page_with_the_numbers(
    filled: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with filled.transaction() as s:  # markup in data prints as text
        markup = reason_named(s, "<b>Price</b> & co")
        s.execute(update(Deal).where(Deal.title == "lost").values(lost_reason_id=markup))
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


@pytest.mark.parametrize(
    "locale",
    [
        QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),  # Letter
        QLocale(QLocale.Language.German, QLocale.Country.Germany),  # A4
    ],
)
def test_six_currencies_and_long_stage_names_still_fit_one_page(
    database: Database, tmp_path: Path, locale: QLocale, test_font: str
) -> None:
    """The fullest world the page meets: every currency, long names, many findings."""
    from salesdesk.core.analytics.overview import overview
    from salesdesk.core.sample import generate_sample
    from salesdesk.ui.analytics.weekly_report import report_footer, report_sections
    from salesdesk.ui.printing.paged import write_pdf

    QLocale.setDefault(locale)
    now = datetime(2026, 6, 30, 12, tzinfo=UTC)
    codes = ("EUR", "USD", "GBP", "JPY", "CNY", "KRW")
    with database.transaction() as s:
        generate_sample(s, customers=80, deals=400, seed=2, today=now.date())
        for deal_id in s.scalars(select(Deal.id)):
            s.execute(update(Deal).where(Deal.id == deal_id).values(currency=codes[deal_id % 6]))
        for stage in s.scalars(select(Stage)):
            stage.name = f"{stage.name} – agreed with the buyer's purchasing department"
        s.execute(delete(ExchangeRate).where(ExchangeRate.currency == "KRW"))
        s.add_all(
            ExchangeRate(base="EUR", currency=code, valid_from=date(2024, 1, 1), rate=rate)
            for code, rate in (
                ("USD", Decimal("1.0856")),
                ("GBP", Decimal("0.8612")),
                ("JPY", Decimal("161.23")),
                ("CNY", Decimal("7.8123")),
            )
            if not s.scalar(
                select(ExchangeRate.id).where(
                    ExchangeRate.currency == code, ExchangeRate.valid_from == date(2024, 1, 1)
                )
            )
        )
    with database.sessions() as s:
        measured = overview(s, now - timedelta(days=365), now, now)
        sections = report_sections(measured, now)
    assert measured.missing_rates() == ("KRW",)
    assert len(measured.pipeline.parts) == 6
    out = tmp_path / "report.pdf"
    pages = write_pdf(out, sections, title="report", footer=report_footer(now))
    assert pages == 1 and len(PdfReader(out).pages) == 1
    (page,) = pdf_pages(out)
    assert "Amounts by currency" in page and "no rate" in page
    assert "No exchange rate for KRW" in page
    for code in codes:
        assert code in page
