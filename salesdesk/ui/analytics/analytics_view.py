"""The Analytics area: a period, its funnel drawn as a funnel, the figures, the target planner.

Everything shown comes from ``core.analytics``: the view picks the period, asks the core for
the overview of it and hands the plain results to its panels. Changing the period reads again;
the window calls ``reload`` when data changed elsewhere.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.analytics.forecast import month_of, quarter_of, weighted_forecast
from salesdesk.core.analytics.overview import Overview, overview
from salesdesk.core.analytics.report import period
from salesdesk.core.analytics.target import plan_target
from salesdesk.core.changes import Change
from salesdesk.core.i18n import noop
from salesdesk.core.money.totals import load_conversion
from salesdesk.ui.analytics.figures_panel import (
    MISSING_COLUMN,
    FiguresPanel,
    fill_table,
    read_only_table,
    stage_rows,
    stage_tips,
)
from salesdesk.ui.analytics.funnel_chart import FunnelChart
from salesdesk.ui.analytics.target_panel import TargetPanel, TargetRequest
from salesdesk.ui.analytics.texts import chart_stages
from salesdesk.ui.analytics.weekly_report import report_footer, report_sections, report_title
from salesdesk.ui.change_flow import ChangeFlow
from salesdesk.ui.formatting import date_format, format_count, format_date, tr
from salesdesk.ui.money.rates_dialog import open_rates_dialog
from salesdesk.ui.printing.actions import export_pdf_with_dialog, print_with_dialog, show_preview
from salesdesk.ui.printing.paged import PrintSection
from salesdesk.ui.widgets.area import FollowsChanges
from salesdesk.ui.widgets.form_parts import ERROR_COLOUR

_CONTEXT = "Analytics"
PERIODS = (
    noop(_CONTEXT, "This month"),
    noop(_CONTEXT, "This quarter"),
    noop(_CONTEXT, "Last 90 days"),
    noop(_CONTEXT, "Custom"),
)
CUSTOM = len(PERIODS) - 1
HISTORY_DAYS = 365  # the target planner measures conversion and deal size over the last year


def preset_days(index: int, today: date) -> tuple[date, date]:
    """Return the local days (both included) of a preset period as of ``today``."""
    if index == 0:
        return month_of(today)
    if index == 1:
        return quarter_of(today)
    return today - timedelta(days=89), today


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


# Tables the funnel, the figures, the forecast and the planner are measured from.
ANALYTICS_TABLES = frozenset(
    {"deals", "stages", "stage_moves", "activities", "settings", "exchange_rates"}
)


class AnalyticsView(FollowsChanges, QWidget):
    """The funnel of a period with its figures and findings, and the target planner."""

    def __init__(self, flow: ChangeFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analyticsView")
        self._flow = flow
        self._clock = flow.now
        self.follow(flow)
        self._now: datetime | None = None
        self._filling = False
        self.measured: Overview | None = None
        self.period = QComboBox(self)
        self.period.setObjectName("analyticsPeriod")
        for text in PERIODS:
            self.period.addItem(tr(_CONTEXT, text))
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.first = self._date_edit("analyticsFrom")
        self.last = self._date_edit("analyticsTo")
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        title = QLabel(tr(_CONTEXT, "Analytics"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        bar.addWidget(title)
        bar.addSpacing(16)
        label = QLabel(tr(_CONTEXT, "Peri&od:"), self)
        label.setBuddy(self.period)
        for widget in (label, self.period, self.first, QLabel("–", self), self.last):
            bar.addWidget(widget)
        bar.addStretch(1)
        for name, text in (
            ("analyticsPrintPreview", tr(_CONTEXT, "Print previe&w…")),
            ("analyticsPrint", tr(_CONTEXT, "P&rint…")),
            ("analyticsExportPdf", tr(_CONTEXT, "Expor&t PDF…")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            bar.addWidget(button)
            self.buttons[name] = button
        self.buttons["analyticsPrintPreview"].clicked.connect(self.print_preview)
        self.buttons["analyticsPrint"].clicked.connect(self.print_report)
        self.buttons["analyticsExportPdf"].clicked.connect(self.export_pdf)
        self.summary = QLabel(self)
        self.summary.setObjectName("analyticsViewSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_rates = QLabel(self)
        self.missing_rates.setObjectName("analyticsMissingRates")
        self.missing_rates.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_rates.setWordWrap(True)
        self.missing_rates.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.enter_rates = QPushButton(tr(_CONTEXT, "E&nter rates…"), self)
        self.enter_rates.setObjectName("analyticsEnterRates")
        self.enter_rates.clicked.connect(self._on_enter_rates)
        self._missing: tuple[str, ...] = ()
        self.chart = FunnelChart(self)
        self.stages = read_only_table(
            "analyticsStages",
            [
                tr(_CONTEXT, "Stage"),
                tr(_CONTEXT, "Open"),
                tr(_CONTEXT, "Value"),
                tr(_CONTEXT, "Entered"),
                tr(_CONTEXT, "Went on"),
                tr(_CONTEXT, "Conversion"),
                tr(_CONTEXT, "Days in stage"),
                tr(_CONTEXT, "Without a rate"),
            ],
            self,
            stretch=0,
        )
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chart, 1)
        column.addWidget(self.stages)
        self.figures = FiguresPanel(self)
        self.target = TargetPanel(self)
        self.target.plan_requested.connect(self.plan)
        side = QWidget(self)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 8, 0)
        side_column.addWidget(self.figures)
        side_column.addWidget(self.target)
        side_column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("analyticsSide")
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([700, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        rates_row = QHBoxLayout()
        rates_row.addWidget(self.missing_rates, 1)
        rates_row.addWidget(self.enter_rates)
        layout.addLayout(rates_row)
        layout.addWidget(splitter, 1)
        self._set_custom_enabled(False)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.dateChanged.connect(self._on_dates_changed)
        return edit

    def _set_custom_enabled(self, enabled: bool) -> None:
        for edit in (self.first, self.last):
            edit.setEnabled(enabled)

    # -- reading ----------------------------------------------------------------------------

    def days(self) -> tuple[date, date]:
        """Return the first and last local day of the chosen period."""
        if self.period.currentIndex() == CUSTOM:
            first, last = _day(self.first.date()), _day(self.last.date())
            return (first, last) if first <= last else (last, first)
        return preset_days(self.period.currentIndex(), self._today())

    def _today(self) -> date:
        return local_time.local_day(self._now or self._clock())

    def reload(self, session: Session, now: datetime) -> None:
        """Measure the chosen period as of ``now`` and show it."""
        self._out_of_date = False
        self._now = now
        first, last = self.days()
        if self.period.currentIndex() != CUSTOM:
            self._filling = True
            self.first.setDate(_qdate(first))
            self.last.setDate(_qdate(last))
            self._filling = False
        start, end = period(first, last, self._today())
        self.measured = measured = overview(session, start, end, now)
        self.chart.set_stages(chart_stages(measured))
        fill_table(self.stages, stage_rows(measured), tips=stage_tips(measured))
        self.stages.setColumnHidden(
            MISSING_COLUMN, not any(value.missing for value in measured.stage_values)
        )
        self._show_missing(measured.missing_rates())
        self.figures.show_overview(measured)
        self.summary.setText(
            tr(
                _CONTEXT,
                "%1 – %2 · open deals now: %3 · rotting: %4",
                format_date(first),
                format_date(last),
                format_count(measured.open_deals),
                format_count(measured.rotting),
            )
        )
        self.target.today = self._today()
        self.target.set_currency(measured.currency)
        request = self.target.request() if self.target.amount.text().strip() else None
        if request is not None:
            self._show_plan(session, request, now)

    def concerns(self, change: Change | None) -> bool:
        """Return True when ``change`` may alter the funnel, the figures or the forecast."""
        return change is None or bool(change.tables & ANALYTICS_TABLES)

    def focus_search(self) -> None:
        """Put the keyboard on the period chooser (the area has no search field)."""
        self.period.setFocus()

    def focus_area(self) -> None:
        """Put the keyboard on the period chooser (when the area is shown)."""
        self.period.setFocus()

    def refresh(self) -> None:
        """Read the chosen period again from the open database."""
        with self._flow.sessions() as session:
            self.reload(session, self._clock())

    def plan(self, request: TargetRequest) -> None:
        """Work ``request`` back through the funnel and show the plan."""
        with self._flow.sessions() as session:
            self._show_plan(session, request, self._now or self._clock())

    def _show_plan(self, session: Session, request: TargetRequest, now: datetime) -> None:
        history = now - timedelta(days=HISTORY_DAYS)
        today = local_time.local_day(now)
        conversion = load_conversion(session, today, local_time.local_day(history), today)
        plan = plan_target(session, request.amount, history, now, conversion)
        expected = weighted_forecast(session, request.first, request.last, conversion)
        self.target.show_plan(request, plan, expected)

    def _show_missing(self, currencies: tuple[str, ...]) -> None:
        """Say which currencies have no rate (their amounts are left out), and offer to add one."""
        self._missing = currencies
        self.missing_rates.setText(
            tr(
                _CONTEXT,
                "No exchange rate for %1: amounts in it are left out of the totals below.",
                ", ".join(currencies),
            )
            if currencies
            else ""
        )
        for widget in (self.missing_rates, self.enter_rates):
            widget.setVisible(bool(currencies))

    def _on_enter_rates(self) -> None:
        open_rates_dialog(self, self._flow, self._missing[0] if self._missing else None)

    # -- the weekly report -----------------------------------------------------------------

    def report_sections(self) -> list[PrintSection]:
        """Return the one-page report of the period shown, read afresh."""
        self.refresh()
        assert self.measured is not None
        return report_sections(self.measured, self._now or self._clock())

    def print_preview(self) -> None:
        """Show the report in a print preview (it can be printed from there)."""
        show_preview(self, self.report_sections, report_title(), self._footer())

    def print_report(self) -> bool:
        """Print the report with the system's print dialog."""
        return print_with_dialog(self, self.report_sections, report_title(), self._footer())

    def export_pdf(self) -> Path | None:
        """Ask where to save the report as PDF and write it there."""
        first, _ = self.days()
        suggested = self._flow.folder() / f"funnel-report-{first.isoformat()}.pdf"
        path = export_pdf_with_dialog(
            self, self.report_sections, report_title(), suggested, self._footer()
        )
        return path

    def _footer(self) -> str:
        return report_footer(self._now or self._clock())

    def _on_period_changed(self, index: int) -> None:
        self._set_custom_enabled(index == CUSTOM)
        self.refresh()

    def _on_dates_changed(self) -> None:
        if not self._filling and self.period.currentIndex() == CUSTOM:
            self.refresh()
