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
from salesdesk.core.models import utc_now
from salesdesk.ui.analytics.figures_panel import fill_table, read_only_table
from salesdesk.ui.analytics.texts import money
from salesdesk.ui.formatting import (
    format_count,
    format_date,
    format_money,
    format_percent,
    parse_amount,
    tr,
)

_CONTEXT = "Analytics"
PERIODS = (("This month", month_of), ("This quarter", quarter_of), ("This year", year_of))


@dataclass(frozen=True)
class TargetRequest:
    """A revenue target in one currency for the days ``first`` to ``last``."""

    amount: Decimal
    currency: str
    first: date
    last: date


class TargetPanel(QGroupBox):
    """Target, currency and period in; deals needed per stage, what the pipeline holds, the gap."""

    plan_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr(_CONTEXT, "Target planner"), parent)
        self.setObjectName("targetPlanner")
        self.today = local_time.local_day(utc_now())
        self.amount = QLineEdit(self)
        self.amount.setObjectName("targetAmount")
        self.amount.setPlaceholderText(tr(_CONTEXT, "e.g. 200000"))
        self.amount.returnPressed.connect(self._on_plan)
        self.currency = QComboBox(self)
        self.currency.setObjectName("targetCurrency")
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
        layout.addWidget(self.table)

    def set_currencies(self, currencies: list[str], preferred: str) -> None:
        """Offer ``currencies`` (the chosen one stays chosen; else ``preferred``)."""
        chosen = self.currency.currentText() or preferred
        self.currency.clear()
        self.currency.addItems(sorted(set(currencies) | {preferred}))
        self.currency.setCurrentText(chosen)

    def request(self) -> TargetRequest | None:
        """Return what is entered, or None (saying why) when the amount is not a target."""
        amount = parse_amount(self.amount.text())
        if amount is None or amount <= 0:
            self.summary.setText(
                tr(_CONTEXT, "Enter the target as a positive amount, like 200000 or 200,000.50.")
            )
            self.table.hide()
            return None
        first, last = PERIODS[self.period.currentIndex()][1](self.today)
        return TargetRequest(amount, self.currency.currentText(), first, last)

    def _on_plan(self) -> None:
        request = self.request()
        if request is not None:
            self.plan_requested.emit(request)

    def show_plan(self, request: TargetRequest, plan: TargetPlan, expected: Forecast) -> None:
        """Show how many deals each stage needs, what it holds and the gap."""
        target = format_money(request.amount, request.currency)
        period = f"{format_date(request.first)} – {format_date(request.last)}"
        if plan.average_deal is None or plan.deals_to_win is None:
            self.summary.setText(
                tr(
                    _CONTEXT,
                    "%1 by %2: no deal in %3 was won in the last twelve months, so "
                    "there is no average deal to plan with.",
                    target,
                    format_date(request.last),
                    request.currency,
                )
            )
            self.table.hide()
            return
        weighted = expected.weighted.get(request.currency, Decimal(0))
        short = request.amount - weighted
        still_open = format_money(short, request.currency)
        outlook = (
            tr(_CONTEXT, "so %1 is still open.", still_open)
            if short > 0
            else tr(_CONTEXT, "enough for the target if they close.")
        )
        self.summary.setText(
            tr(
                _CONTEXT,
                "%1 in %2: %3 won deals at an average of %4. Expected to close in the "
                "period (weighted): %5, %6",
                target,
                period,
                format_count(plan.deals_to_win),
                format_money(plan.average_deal, request.currency),
                money({request.currency: weighted}),
                outlook,
            )
        )
        rows = [
            [
                need.name,
                format_percent(need.chance)
                + ("" if need.measured else " " + tr(_CONTEXT, "(set)")),
                format_count(need.needed),
                format_count(need.holding),
                format_count(need.gap),
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
