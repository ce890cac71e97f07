"""The funnel, key figures and findings of a period as plain data (for JSON and tables)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.analytics.forecast import Forecast
from salesdesk.core.analytics.overview import Overview, overview

DEFAULT_DAYS = 90


def period(first: date | None, last: date | None, today: date) -> tuple[datetime, datetime]:
    """Return the period from ``first`` to ``last`` (local days, both included).

    Without them: the last ``DEFAULT_DAYS`` days up to today.
    """
    last = last or today
    first = first or last - timedelta(days=DEFAULT_DAYS - 1)
    return local_time.days_span(first, last)


def _money(values: dict[str, Decimal]) -> dict[str, float]:
    return {currency: float(amount) for currency, amount in sorted(values.items())}


def _forecast(forecast: Forecast) -> dict[str, Any]:
    return {
        "from": forecast.first.isoformat(),
        "to": forecast.last.isoformat(),
        "deals": forecast.deals,
        "value": _money(forecast.value),
        "weighted": _money(forecast.weighted),
    }


def funnel_report(
    session: Session, start: datetime, end: datetime, now: datetime
) -> dict[str, Any]:
    """Return ``{"period", "stages", "figures", "diagnosis"}`` for the period."""
    return report_of(overview(session, start, end, now))


def report_of(measured: Overview) -> dict[str, Any]:
    """Return an overview as plain data: ``{"period", "stages", "figures", "diagnosis"}``."""
    start, end, key = measured.funnel.start, measured.funnel.end, measured.figures
    return {
        "period": {  # the local days, both included
            "from": local_time.local_day(start).isoformat(),
            "to": local_time.local_day(end - timedelta(microseconds=1)).isoformat(),
        },
        "stages": [
            {
                "name": stage.name,
                "count": stage.open_count,
                "value": _money(stage.open_values),
                "entered": stage.entered,
                "went_on": stage.went_on,
                "conversion": stage.conversion,
            }
            for stage in measured.funnel.stages
        ],
        "figures": {
            "won": key.won,
            "lost": key.lost,
            "win_rate": key.win_rate,
            "average_deal_size": _money(key.average_size),
            "average_sales_cycle_days": key.average_cycle_days,
            "average_days_in_stage": key.days_in_stage,
            "lost_by_reason": key.lost_by_reason,
            "visits_per_week": key.visits_per_week,
            "calls_per_week": key.calls_per_week,
            "weighted_forecast": {
                "month": _forecast(measured.month),
                "quarter": _forecast(measured.quarter),
            },
            "slipped_deals": measured.slipped,
            "overdue_follow_ups": measured.overdue_follow_ups,
        },
        "diagnosis": [
            {"code": f.code, "finding": f.title, "numbers": f.numbers, "action": f.action}
            for f in measured.findings
        ],
    }


def report_lines(report: dict[str, Any]) -> list[str]:
    """Return the report as lines of text for a terminal."""
    lines = [f"Funnel {report['period']['from']} – {report['period']['to']}", ""]
    lines.append(f"{'Stage':<18} {'Open':>5} {'Entered':>8} {'Went on':>8} {'Conversion':>11}")
    for stage in report["stages"]:
        rate = "–" if stage["conversion"] is None else f"{stage['conversion']:.0%}"
        lines.append(
            f"{stage['name']:<18} {stage['count']:>5} {stage['entered']:>8} "
            f"{stage['went_on']:>8} {rate:>11}"
        )
    key = report["figures"]
    rate = "–" if key["win_rate"] is None else f"{key['win_rate']:.0%}"
    cycle = key["average_sales_cycle_days"]
    lines += [
        "",
        f"Won {key['won']}, lost {key['lost']}, win rate {rate}",
        "Average sales cycle: " + ("–" if cycle is None else f"{cycle:.0f} days"),
        f"Visits per week: {key['visits_per_week']:.1f}, calls per week: "
        f"{key['calls_per_week']:.1f}",
        f"Overdue follow-ups: {key['overdue_follow_ups']}",
    ]
    for name, label in (("month", "this month"), ("quarter", "this quarter")):
        outlook = key["weighted_forecast"][name]
        weighted = ", ".join(
            f"{amount:,.2f} {code}" for code, amount in outlook["weighted"].items()
        )
        lines.append(
            f"Weighted forecast {label} ({outlook['from']} – {outlook['to']}): "
            f"{weighted or '0'} from {outlook['deals']} deal(s)"
        )
    if key["slipped_deals"]:
        lines.append(f"Open deals past their expected close date: {key['slipped_deals']}")
    lines += [
        "",
        "Diagnosis:" if report["diagnosis"] else "Diagnosis: nothing stands out.",
    ]
    for finding in report["diagnosis"]:
        numbers = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in finding["numbers"].items())
        lines += [f"- {finding['finding']} ({numbers})", f"  → {finding['action']}"]
    return lines
