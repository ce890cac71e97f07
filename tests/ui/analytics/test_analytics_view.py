"""The Analytics screen: the funnel painted with its numbers, the period, the target planner."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from salesdesk.ui.analytics.analytics_view import CUSTOM, AnalyticsView
from salesdesk.ui.analytics.funnel_chart import COLOURS, paint_funnel


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
    assert texts.count("1 deal") == 3 and texts.count("0 deals") == 3 and "€100" in texts
    assert "↓ 67% went on (4 of 6)" in texts  # New contact: 4 of the 6 deals moved on
    assert "↓ 50% went on (1 of 2)" in texts  # Qualified
    assert "↓ none entered in the period" in texts  # Presented
    # The first band is filled in its colour (beside the text at its centre, whatever the font).
    row = [image.pixelColor(x, 20).name() for x in range(0, 700, 4)]
    assert row.count(COLOURS[0]) > len(row) // 3


def test_the_widget_shows_the_funnel_and_its_figures(qtbot: QtBot, view: AnalyticsView) -> None:
    view.show()
    qtbot.waitExposed(view)
    assert view.chart.grab().toImage().pixelColor(view.chart.width() // 3, 30) != QColor("white")
    assert "67% went on (4 of 6)" in view.chart.accessibleDescription()
    assert column(view.stages, 3) == ["6", "2", "0", "2", "0", "0"]  # entered
    assert column(view.stages, 5) == ["67%", "50%", "–", "50%", "–", "–"]
    assert view.findChild(type(view.summary), "figureWinRate").text() == "67% (won 2, lost 1)"
    assert view.findChild(type(view.summary), "figureDealSize").text() == "€1,000"
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
    assert planner.currency.currentText() == "EUR"
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
        "€3,000 in 4/1/2026 – 6/30/2026: 3 won deals at an average of €1,000. Expected to close "
        "in the period (weighted): €60, so €2,940 is still open."
    )
    planner.amount.setText("lots")
    planner.plan_button.click()
    assert planner.table.isHidden() and "positive amount" in planner.summary.text()
