"""The numbers beside the funnel: key figures, the stages table, diagnosis, lost by reason."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.analytics.overview import Overview
from salesdesk.core.i18n import noop
from salesdesk.ui.analytics.texts import (
    average_text,
    days_span_text,
    days_text,
    finding_numbers,
    forecast_text,
)
from salesdesk.ui.formatting import format_count, format_money, format_percent, tr, tr_n
from salesdesk.ui.money.totals_text import amount_text, total_text, total_tip
from salesdesk.ui.widgets.labels import plain_tip

_CONTEXT = "Analytics"

# object name, label; in the order shown
FIGURES = (
    ("figurePipeline", noop(_CONTEXT, "Open pipeline")),
    ("figureWinRate", noop(_CONTEXT, "Win rate")),
    ("figureDealSize", noop(_CONTEXT, "Average won deal")),
    ("figureCycle", noop(_CONTEXT, "Average sales cycle")),
    ("figureForecastMonth", noop(_CONTEXT, "Forecast this month")),
    ("figureForecastQuarter", noop(_CONTEXT, "Forecast this quarter")),
    ("figureSlipped", noop(_CONTEXT, "Past their close date")),
    ("figureRotting", noop(_CONTEXT, "Rotting deals")),
    ("figureVisits", noop(_CONTEXT, "Visits per week")),
    ("figureCalls", noop(_CONTEXT, "Calls per week")),
    ("figureOverdue", noop(_CONTEXT, "Overdue follow-ups")),
)


def read_only_table(
    name: str, headers: list[str], parent: QWidget, stretch: int | None = None
) -> QTableWidget:
    """Return a compact, read-only table that the keyboard can walk through.

    Column ``stretch`` (else the last) takes the room left and elides what does not fit, so
    the table never scrolls sideways.
    """
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(
        len(headers) - 1 if stretch is None else stretch, QHeaderView.ResizeMode.Stretch
    )
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
    return table


def fill_table(
    table: QTableWidget,
    rows: list[list[str]],
    numeric_from: int = 1,
    tips: dict[tuple[int, int], str] | None = None,
) -> None:
    """Replace the table's rows; columns from ``numeric_from`` on are right-aligned.

    ``tips`` gives plain-text tooltips by (row, column).
    """
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column >= numeric_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = (tips or {}).get((row, column))
            if tip:
                item.setToolTip(plain_tip(tip))
            table.setItem(row, column, item)
    height = table.horizontalHeader().height() + 4
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(min(height + 2 * table.frameWidth() + 2, 320))


class FiguresPanel(QWidget):
    """Key figures, diagnosis and lost reasons of one measured period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        figures = QGroupBox(tr(_CONTEXT, "Key figures"), self)
        grid = QGridLayout(figures)
        for row, (name, label) in enumerate(FIGURES):
            value = QLabel(figures)
            value.setObjectName(name)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(tr(_CONTEXT, "%1:", tr(_CONTEXT, label)), figures)
            caption.setBuddy(value)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.values[name] = value
        grid.setColumnStretch(1, 1)
        diagnosis = QGroupBox(tr(_CONTEXT, "Diagnosis"), self)
        # A label sizes itself to its findings; selectable, so the keyboard reaches it too.
        self.findings = QLabel(diagnosis)
        self.findings.setObjectName("analyticsFindings")
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setWordWrap(True)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.findings.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.findings.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        QVBoxLayout(diagnosis).addWidget(self.findings)
        lost = QGroupBox(tr(_CONTEXT, "Lost in the period, by reason"), self)
        self.lost = read_only_table(
            "analyticsLostReasons", [tr(_CONTEXT, "Reason"), tr(_CONTEXT, "Deals")], lost
        )
        QVBoxLayout(lost).addWidget(self.lost)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (figures, diagnosis, lost):
            layout.addWidget(box)

    def show_overview(self, measured: Overview) -> None:
        """Show the figures, findings and lost reasons of ``measured``."""
        key = measured.figures
        rate = format_percent(key.win_rate)
        closed = tr(
            _CONTEXT, "%1 (won %2, lost %3)", rate, format_count(key.won), format_count(key.lost)
        )
        cycle = key.average_cycle_days
        texts = {
            "figurePipeline": tr(
                _CONTEXT,
                "%1 in %2",
                total_text(measured.pipeline),
                tr_n(_CONTEXT, "%n open deal(s)", measured.open_deals),
            ),
            "figureWinRate": closed,
            "figureDealSize": average_text(measured.won),
            "figureCycle": days_text(cycle),
            "figureForecastMonth": forecast_text(measured.month),
            "figureForecastQuarter": forecast_text(measured.quarter),
            "figureSlipped": tr(_CONTEXT, "%1 open deals", format_count(measured.slipped)),
            "figureRotting": tr(
                _CONTEXT,
                "%1 of %2 open deals",
                format_count(measured.rotting),
                format_count(measured.open_deals),
            ),
            "figureVisits": f"{key.visits_per_week:.1f}",
            "figureCalls": f"{key.calls_per_week:.1f}",
            "figureOverdue": format_count(measured.overdue_follow_ups),
        }
        tips = {
            "figurePipeline": total_tip(measured.pipeline),
            "figureDealSize": "\n\n".join(
                part
                for part in (
                    tr(
                        _CONTEXT,
                        "Deals won %1, each converted at the rate of its close day.",
                        days_span_text(measured.won),
                    ),
                    total_tip(measured.won.value),
                )
                if part
            ),
            "figureForecastMonth": total_tip(measured.month.weighted),
            "figureForecastQuarter": total_tip(measured.quarter.weighted),
        }
        for name, text in texts.items():
            self.values[name].setText(text)
            self.values[name].setToolTip(plain_tip(tips.get(name, "")))
        self.findings.setText(findings_html(measured))
        reasons = sorted(key.lost_by_reason.items(), key=lambda item: (-item[1], item[0]))
        fill_table(self.lost, [[reason, format_count(count)] for reason, count in reasons])


def findings_html(measured: Overview) -> str:
    """Return the findings as (escaped) HTML: what, the numbers behind it, what to do."""
    if not measured.findings:
        return html.escape(
            tr(
                _CONTEXT,
                "Nothing stands out — or too little happened in the "
                "period to say (a finding needs at least 10 deals).",
            )
        )
    parts = []
    for finding in measured.findings:
        parts.append(
            f"<p><b>{html.escape(finding.title)}</b><br>"
            f"{html.escape(finding_numbers(finding))}<br>"
            f"→ {html.escape(finding.action)}</p>"
        )
    return "".join(parts)


VALUE_COLUMN = 2  # of the stages table
MISSING_COLUMN = 7  # "Without a rate", shown only when some amount has none


def stage_tips(measured: Overview) -> dict[tuple[int, int], str]:
    """Return the per-currency breakdown of each stage's value (for the value cells)."""
    return {
        (row, VALUE_COLUMN): tip
        for row, value in enumerate(measured.stage_values)
        if (tip := total_tip(value))
    }


def stage_rows(measured: Overview) -> list[list[str]]:
    """Return the stages table: open deals, value, cohort, went on, conversion, days, left out.

    The value is one amount in the reporting currency; what had no rate stands in its own
    column, in its own currencies, so neither is cut off.
    """
    days = measured.figures.days_in_stage
    return [
        [
            stage.name,
            format_count(stage.open_count),
            amount_text(value),
            format_count(stage.entered),
            format_count(stage.went_on),
            format_percent(stage.conversion),
            days_text(days.get(stage.name)),
            " · ".join(format_money(p.left_out, p.currency) for p in value.missing),
        ]
        for stage, value in zip(measured.funnel.stages, measured.stage_values, strict=True)
    ]
