"""The target planner: a revenue target for a period, worked back through the funnel.

The panel only collects the target and shows the plan; ``TargetRequest`` goes to the view,
which asks the core (``plan_target`` and the weighted forecast of the target's period).

Signals:
    plan_requested(object): a ``TargetRequest`` when Plan is pressed (or Enter in the amount).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core import local_time
from salesdesk.core.analytics.forecast import Forecast, month_of, quarter_of, year_of
from salesdesk.core.analytics.target import TargetPlan
from salesdesk.core.i18n import noop
from salesdesk.core.models import utc_now
from salesdesk.core.money.wording import CONVERTED_MARK
from salesdesk.ui.analytics.figures_panel import fill_table, read_only_table
from salesdesk.ui.analytics.texts import days_span_text
from salesdesk.ui.formatting import (
    format_count,
    format_date,
    format_money,
    format_percent,
    parse_amount,
    tr,
    tr_n,
)
from salesdesk.ui.money.totals_text import total_text, total_tip
from salesdesk.ui.widgets.form_parts import ERROR_COLOUR
from salesdesk.ui.widgets.labels import plain_tip

_CONTEXT = "Analytics"
PERIODS = (
    (noop(_CONTEXT, "This month"), month_of),
    (noop(_CONTEXT, "This quarter"), quarter_of),
    (noop(_CONTEXT, "This year"), year_of),
)


@dataclass(frozen=True)
class TargetRequest:
    """A revenue target in the reporting currency for the days ``first`` to ``last``."""

    amount: Decimal
    currency: str
    first: date
    last: date


class TargetPanel(QGroupBox):
    """Target and period in; deals needed per stage, what the pipeline holds, the gap, a verdict."""

    plan_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr(_CONTEXT, "Target planner"), parent)
        self.setObjectName("targetPlanner")
        self.today = local_time.local_day(utc_now())
        self.amount = QLineEdit(self)
        self.amount.setObjectName("targetAmount")
        self.amount.setPlaceholderText(tr(_CONTEXT, "e.g. 200000"))
        self.amount.returnPressed.connect(self._on_plan)
        self.currency = QLabel(self)
        self.currency.setObjectName("targetCurrency")
        self.currency.setTextFormat(Qt.TextFormat.PlainText)
        self.period = QComboBox(self)
        self.period.setObjectName("targetPeriod")
        for text, _ in PERIODS:
            self.period.addItem(tr(_CONTEXT, text))
        self.period.setCurrentIndex(1)
        self.plan_button = QPushButton(tr(_CONTEXT, "P&lan"), self)
        self.plan_button.setObjectName("targetPlan")
        self.plan_button.clicked.connect(self._on_plan)
        label = QLabel(tr(_CONTEXT, "Revenue tar&get:"), self)
        label.setBuddy(self.amount)
        inputs = QHBoxLayout()
        for widget in (label, self.amount, self.currency, self.period, self.plan_button):
            inputs.addWidget(widget)
        inputs.setStretch(1, 1)
        self.summary = QLabel(
            tr(_CONTEXT, "Enter a target to see what the funnel must hold."), self
        )
        self.summary.setObjectName("targetSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("targetVerdict")
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.hide()
        self.table = read_only_table(
            "targetTable",
            [
                tr(_CONTEXT, "Stage"),
                tr(_CONTEXT, "Chance to win"),
                tr(_CONTEXT, "Needed"),
                tr(_CONTEXT, "In pipeline"),
                tr(_CONTEXT, "Gap"),
            ],
            self,
        )
        self.table.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(inputs)
        layout.addWidget(self.summary)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table)

    def set_currency(self, currency: str) -> None:
        """Plan in ``currency`` (the reporting currency)."""
        self.currency.setText(currency)

    def request(self) -> TargetRequest | None:
        """Return what is entered, or None (saying why) when the amount is not a target."""
        amount = parse_amount(self.amount.text())
        if amount is None or amount <= 0:
            self.summary.setText(
                tr(_CONTEXT, "Enter the target as a positive amount, like 200000 or 200,000.50.")
            )
            self.table.hide()
            self.verdict.hide()
            return None
        first, last = PERIODS[self.period.currentIndex()][1](self.today)
        return TargetRequest(amount, self.currency.text(), first, last)

    def _on_plan(self) -> None:
        request = self.request()
        if request is not None:
            self.plan_requested.emit(request)

    def show_plan(self, request: TargetRequest, plan: TargetPlan, expected: Forecast) -> None:
        """Show how many deals each stage needs, what it holds, the gap and the verdict."""
        target = format_money(request.amount, plan.currency)
        period = f"{format_date(request.first)} – {format_date(request.last)}"
        history = days_span_text(plan.won)
        if plan.average_deal is None or plan.deals_to_win is None:
            self.summary.setText(
                tr(
                    _CONTEXT,
                    "%1 by %2: no deal was won in %3, so there is no average deal to plan with.",
                    target,
                    format_date(request.last),
                    history,
                )
            )
            self.table.hide()
            self.verdict.hide()
            return
        weighted = expected.weighted
        short = request.amount - weighted.amount
        outlook = (
            tr(_CONTEXT, "%1 short of the target", format_money(short, plan.currency))
            if short > 0
            else tr(_CONTEXT, "%1 more than the target", format_money(-short, plan.currency))
        )
        average = format_money(plan.average_deal, plan.currency)
        if plan.won.value.converted:
            average = CONVERTED_MARK + average
        self.summary.setText(
            tr(
                _CONTEXT,
                "%1 in %2 takes %3 won deals at the average won deal of the last twelve months "
                "(%4, %5): %6. Weighted forecast of the period: %7 — %8.",
                target,
                period,
                format_count(plan.deals_to_win),
                history,
                tr_n(_CONTEXT, "%n deal(s)", plan.won.converted),
                average,
                total_text(weighted),
                outlook,
            )
        )
        self.summary.setToolTip(plain_tip(total_tip(weighted)))
        self.verdict.setText(verdict_text(plan))
        self.verdict.setStyleSheet("" if plan.covered else f"color: {ERROR_COLOUR};")
        self.verdict.show()
        rows = [
            [
                need.name,
                format_percent(need.chance)
                + ("" if need.measured else " " + tr(_CONTEXT, "(set)")),
                "–" if need.needed is None else format_count(need.needed),
                format_count(need.holding),
                "–" if need.gap is None else format_count(need.gap),
            ]
            for need in plan.stages
        ]
        fill_table(self.table, rows)
        self.table.setToolTip(
            tr(
                _CONTEXT,
                "Chance to win: measured from the last twelve months; "
                "“(set)” where history is thin and the stage's probability is "
                "used.",
            )
        )
        self.table.show()


def verdict_text(plan: TargetPlan) -> str:
    """Return what the table says: covered, or which stages lack how many deals."""
    if plan.covered:
        return tr(_CONTEXT, "Covered: every stage holds the deals the target needs.")
    parts = [
        tr(_CONTEXT, "“%1” has no chance to win measured", need.name)
        if need.gap is None
        else tr_n(_CONTEXT, "“%1” lacks %n deal(s)", need.gap or 0, need.name)
        for need in plan.lacking
    ]
    return tr(_CONTEXT, "Not covered: %1.", "; ".join(parts))
