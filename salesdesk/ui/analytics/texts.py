"""How the Analytics screen and the printed report word the numbers (one place for both)."""

from __future__ import annotations

from decimal import Decimal

from salesdesk.core.analytics.diagnosis import Finding
from salesdesk.core.analytics.forecast import Forecast
from salesdesk.core.analytics.funnel import FunnelStage
from salesdesk.core.analytics.overview import Overview
from salesdesk.ui.analytics.funnel_chart import ChartStage
from salesdesk.ui.formatting import format_count, format_percent, format_totals, tr, tr_n

_CONTEXT = "Analytics"

# The numbers behind a finding, as the diagnosis names them.
NUMBER_NAMES = {
    "new_contacts": "new contacts",
    "open_further_down": "open further down",
    "entered_first_stage": "entered the first stage",
    "reached_proposal": "reached a proposal",
    "in_negotiation": "in negotiation",
    "open_deals": "open deals",
    "entered": "entered",
    "went_on": "went on",
    "conversion": "conversion",
    "rotting": "rotting",
}


def money(values: dict[str, Decimal]) -> str:
    """Return amounts per currency side by side ("€12,500 · $3,000"), or "–"."""
    return format_totals(sorted(values.items()))


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
    """Return the funnel's bands: open deals and value now, conversion in the period."""
    stages = measured.funnel.stages
    return [
        ChartStage(
            stage.name,
            stage.open_count,
            tr_n(_CONTEXT, "%n deal(s)", stage.open_count),
            money(stage.open_values),
            conversion_text(stage) if index + 1 < len(stages) else "",
        )
        for index, stage in enumerate(stages)
    ]


def forecast_text(forecast: Forecast) -> str:
    """Return "€12,500 weighted from 4 deals (€30,000 in full)"."""
    if forecast.deals == 0:
        return tr(_CONTEXT, "no open deal expected to close")
    return tr(
        _CONTEXT,
        "%1 weighted, from %2 (%3 in full)",
        money(forecast.weighted),
        tr_n(_CONTEXT, "%n deal(s)", forecast.deals),
        money(forecast.value),
    )


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
        parts.append(f"{tr(_CONTEXT, NUMBER_NAMES.get(key, key.replace('_', ' ')))} {shown}")
    return " · ".join(parts)
