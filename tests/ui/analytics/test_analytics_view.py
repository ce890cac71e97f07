"""The Analytics screen: the funnel painted with its numbers, the period, the target planner."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from salesdesk.core.analytics.target import StageNeed, TargetPlan
from salesdesk.core.analytics.won_deals import WonDeals
from salesdesk.core.models import Deal
from salesdesk.core.money.totals import Total
from salesdesk.core.store import Database
from salesdesk.ui.analytics import analytics_view
from salesdesk.ui.analytics.analytics_view import CUSTOM, AnalyticsView
from salesdesk.ui.analytics.funnel_chart import (
    COLOURS,
    FUNNEL_SHARE,
    WIDENS_COLOUR,
    ChartStage,
    band_widths,
    paint_funnel,
    widens,
)
from salesdesk.ui.analytics.target_panel import verdict_text
from salesdesk.ui.change_flow import ChangeFlow
from tests.ui.analytics.conftest import NOW


class RecordingPainter(QPainter):
    """A painter that remembers every text it draws."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args: object) -> None:  # noqa: N802
        self.texts.append(str(args[-1]))
        super().drawText(*args)  # type: ignore[call-overload]


def column(table: QTableWidget, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def test_the_chart_paints_each_stage_with_its_numbers_and_conversion(view: AnalyticsView) -> None:
    image = QImage(QSize(700, 520), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = RecordingPainter(image)
    paint_funnel(painter, QRectF(0, 0, 700, 520), view.chart.stages, view.font(), QColor("black"))
    painter.end()
    texts = painter.texts
    for name in ("New contact", "Qualified", "Presented", "Proposal", "Negotiation", "Contracted"):
        assert name in texts
    assert "6 entered · 1 open now" in texts and "€100" in texts and "€0" in texts
    assert "0 entered · 0 open now" in texts
    assert "↓ 67% went on (4 of 6)" in texts  # New contact: 4 of the 6 deals moved on
    assert "↓ 50% went on (1 of 2)" in texts  # Qualified
    assert "↓ none entered in the period" in texts  # Presented
    # The first band (the most entered) fills the funnel's width in its colour, beside the
    # number at its centre, whatever the font; the texts stand to its right.
    row = [image.pixelColor(x, 12).name() for x in range(0, int(700 * FUNNEL_SHARE), 4)]
    assert row.count(COLOURS[0]) > len(row) * 3 // 4


def test_the_widget_shows_the_funnel_and_its_figures(qtbot: QtBot, view: AnalyticsView) -> None:
    view.show()
    qtbot.waitExposed(view)
    assert view.chart.grab().toImage().pixelColor(view.chart.width() // 3, 30) != QColor("white")
    assert "67% went on (4 of 6)" in view.chart.accessibleDescription()
    assert column(view.stages, 3) == ["6", "2", "0", "2", "0", "0"]  # entered
    assert column(view.stages, 5) == ["67%", "50%", "–", "50%", "–", "–"]
    assert view.findChild(type(view.summary), "figureWinRate").text() == "67% (won 2, lost 1)"
    assert view.findChild(type(view.summary), "figureDealSize").text() == "€1,000 (2 won deals)"
    assert view.findChild(type(view.summary), "figurePipeline").text() == "€300 in 3 open deals"
    assert view.missing_rates.isHidden() and view.enter_rates.isHidden()
    assert view.stages.isColumnHidden(7)  # no amount lacks a rate
    assert column(view.figures.lost, 0) == ["Price"]
    forecast = view.findChild(type(view.summary), "figureForecastQuarter").text()
    assert forecast == "€60 weighted, from 1 deal (€100 in full)"


def test_changing_the_period_reads_that_period(view: AnalyticsView) -> None:
    assert view.summary.text().startswith("4/1/2026 – 6/30/2026")  # this quarter
    view.period.setCurrentIndex(CUSTOM)
    assert view.first.isEnabled() and view.last.isEnabled()
    view.first.setDate(QDate(2026, 4, 15))  # after every move but open c's to Proposal
    assert view.days() == (date(2026, 4, 15), date(2026, 6, 30))
    assert column(view.stages, 3) == ["0", "0", "0", "1", "0", "0"]
    assert view.chart.stages[0].conversion_text == "none entered in the period"
    assert view.summary.text().startswith("4/15/2026 – 6/30/2026")
    view.period.setCurrentIndex(2)  # last 90 days
    assert not view.first.isEnabled()
    assert view.days() == (date(2026, 2, 11), date(2026, 5, 11))
    assert column(view.stages, 3) == ["6", "2", "0", "2", "0", "0"]


def test_the_target_planner_shows_what_each_stage_needs_and_the_gap(
    qtbot: QtBot, view: AnalyticsView
) -> None:
    planner = view.target
    assert planner.currency.text() == "EUR"  # the reporting currency
    qtbot.keyClicks(planner.amount, "3,000")
    qtbot.keyClick(planner.amount, Qt.Key.Key_Return)
    assert not planner.table.isHidden()
    # 3 deals to win at €1,000; with thin history each stage wins at its set probability.
    assert column(planner.table, 0)[:2] == ["New contact", "Qualified"]
    assert column(planner.table, 1)[:2] == ["10% (set)", "20% (set)"]
    assert column(planner.table, 2) == ["30", "15", "8", "5", "4", "4"]  # needed
    assert column(planner.table, 3) == ["1", "1", "0", "1", "0", "0"]  # in the pipeline
    assert column(planner.table, 4) == ["29", "14", "8", "4", "4", "4"]  # the gap
    assert planner.summary.text() == (
        "€3,000 in 4/1/2026 – 6/30/2026 takes 3 won deals at the average won deal of the last "
        "twelve months (5/11/2025 – 5/10/2026, 2 deals): €1,000. Weighted forecast of the "
        "period: €60 — €2,940 short of the target."
    )
    # The verdict follows from the table: a gap in any stage means not covered.
    assert planner.verdict.text().startswith("Not covered: “New contact” lacks 29 deals;")
    assert "“Contracted” lacks 4 deals." in planner.verdict.text()
    planner.amount.setText("lots")
    planner.plan_button.click()
    assert planner.table.isHidden() and "positive amount" in planner.summary.text()
    assert planner.verdict.isHidden()


def test_the_verdict_names_each_stage_short_of_deals() -> None:
    won = WonDeals(date(2026, 1, 1), date(2026, 12, 31), 2, Total("EUR"), 2)
    full = StageNeed("Proposal", 0.5, True, 4, 4)
    plan = TargetPlan(Decimal(100), "EUR", won, 2, (full, StageNeed("Won back", 0.5, True, 4, 9)))
    assert plan.covered and verdict_text(plan).startswith("Covered")
    short = TargetPlan(
        Decimal(100),
        "EUR",
        won,
        2,
        (StageNeed("Qualified", 0.0, True, None, 3), StageNeed("Proposal", 0.5, True, 4, 3), full),
    )
    assert verdict_text(short) == (
        "Not covered: “Qualified” has no chance to win measured; “Proposal” lacks 1 deal."
    )


def test_amounts_without_a_rate_are_named_and_the_rate_can_be_entered(
    qtbot: QtBot, filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with filled.transaction() as s:
        s.execute(update(Deal).where(Deal.title == "open b").values(currency="KRW"))
    shown = AnalyticsView(ChangeFlow(filled, lambda: NOW))
    qtbot.addWidget(shown)
    with filled.sessions() as session:
        shown.reload(session, NOW)
    assert not shown.missing_rates.isHidden()
    assert "No exchange rate for KRW" in shown.missing_rates.text()
    assert column(shown.stages, 2)[0] == "€0"  # open b (₩100) is the stage's only open deal
    assert column(shown.stages, 7)[0] == "₩100" and not shown.stages.isColumnHidden(7)
    assert shown.chart.stages[0].value_text == "€0 without ₩100 (no KRW rate)"
    opened: list[str | None] = []
    monkeypatch.setattr(
        analytics_view, "open_rates_dialog", lambda parent, flow, code: opened.append(code)
    )
    shown.enter_rates.click()
    assert opened == ["KRW"]


def test_a_stage_that_more_deals_entered_than_the_one_above_is_drawn_wider() -> None:
    stages = [
        ChartStage("A", 10, "10 entered", "€1", "↓"),
        ChartStage("B", 4, "4 entered", "€1", "↓"),
        ChartStage("C", 8, "8 entered", "€1", ""),
    ]
    widths = band_widths(stages, 300)
    assert widths == [300, 120, 240]  # the width follows the deals that entered
    assert [widens(stages, index) for index in range(3)] == [False, False, True]
    image = QImage(QSize(700, 300), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = RecordingPainter(image)
    paint_funnel(painter, QRectF(0, 0, 700, 300), stages, QFont(), QColor("black"))
    painter.end()
    assert "8 entered · ▲ more entered than above" in painter.texts
    assert WIDENS_COLOUR in {image.pixelColor(x, 280).name() for x in range(0, 252, 2)}
