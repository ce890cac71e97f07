"""How the Analytics screen and the printed report word the numbers (one place for both)."""

from __future__ import annotations

from salesdesk.core.analytics.diagnosis import Finding
from salesdesk.core.analytics.forecast import Forecast
from salesdesk.core.analytics.funnel import FunnelStage
from salesdesk.core.analytics.overview import Overview
from salesdesk.core.analytics.won_deals import WonDeals
from salesdesk.core.labels import FINDING_NUMBER_TEXT
from salesdesk.ui.analytics.funnel_chart import ChartStage
from salesdesk.ui.formatting import (
    format_count,
    format_date,
    format_money,
    format_percent,
    tr,
    tr_n,
    word,
)
from salesdesk.ui.money.totals_text import CONVERTED_MARK, total_text

_CONTEXT = "Analytics"


def conversion_text(stage: FunnelStage) -> str:
    """Return "67% went on (8 of 12)", or what is missing for a rate."""
    if stage.conversion is None:
        return tr(_CONTEXT, "none entered in the period")
    return tr(
        _CONTEXT,
        "%1 went on (%2 of %3)",
        format_percent(stage.conversion),
        format_count(stage.went_on),
        format_count(stage.entered),
    )


def chart_stages(measured: Overview) -> list[ChartStage]:
    """Return the funnel's bands: the deals that entered in the period, open deals and value now.

    A band's width follows the deals that entered the stage in the period, so the picture
    narrows as the conversion beside it says (and shows it plainly where it widens).
    """
    stages = measured.funnel.stages
    return [
        ChartStage(
            name=stage.name,
            entered=stage.entered,
            counts_text=tr(
                _CONTEXT,
                "%1 · %2",
                tr_n(_CONTEXT, "%n entered", stage.entered),
                tr_n(_CONTEXT, "%n open now", stage.open_count),
            ),
            value_text=total_text(value),
            conversion_text=conversion_text(stage) if index + 1 < len(stages) else "",
        )
        for index, (stage, value) in enumerate(zip(stages, measured.stage_values, strict=True))
    ]


def forecast_text(forecast: Forecast) -> str:
    """Return "€12,500 weighted, from 4 deals (€30,000 in full)"."""
    if forecast.deals == 0:
        return tr(_CONTEXT, "no open deal expected to close")
    return tr(
        _CONTEXT,
        "%1 weighted, from %2 (%3 in full)",
        total_text(forecast.weighted),
        tr_n(_CONTEXT, "%n deal(s)", forecast.deals),
        total_text(forecast.value),
    )


def days_span_text(won: WonDeals) -> str:
    """Return the days of a span: "4/1/2026 – 6/30/2026"."""
    return tr(_CONTEXT, "%1 – %2", format_date(won.first), format_date(won.last))


def average_text(won: WonDeals) -> str:
    """Return "€29,673 (12 won deals)" for the average won deal, or an en dash."""
    average = won.average
    if average is None:
        return "–"
    text = tr(
        _CONTEXT,
        "%1 (%2)",
        format_money(average, won.value.currency),
        tr_n(_CONTEXT, "%n won deal(s)", won.converted),
    )
    if won.value.converted:
        text = CONVERTED_MARK + text
    return text


def days_text(days: float | None) -> str:
    """Return "12.5 days", or an en dash."""
    if days is None:
        return "–"
    return tr(_CONTEXT, "%1 days", f"{days:.1f}")


def finding_numbers(finding: Finding) -> str:
    """Return the numbers behind a finding: "new contacts 3 · open further down 14"."""
    parts = []
    for key, value in finding.numbers.items():
        shown = format_percent(value) if key == "conversion" else format_count(int(value))
        name = FINDING_NUMBER_TEXT.get(key)
        parts.append(f"{word(name) if name else key.replace('_', ' ')} {shown}")
    return " · ".join(parts)
