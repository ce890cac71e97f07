"""The funnel, key figures and findings of a period as plain data (for JSON and tables)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from salesdesk.core.analytics.diagnosis import diagnose
from salesdesk.core.analytics.figures import figures
from salesdesk.core.analytics.funnel import funnel

DEFAULT_DAYS = 90


def period(first: date | None, last: date | None, today: date) -> tuple[datetime, datetime]:
    """Return the period from ``first`` to ``last`` (local days, both included).

    Without them: the last ``DEFAULT_DAYS`` days up to today.
    """
    last = last or today
    first = first or last - timedelta(days=DEFAULT_DAYS - 1)
    start = datetime.combine(first, time()).astimezone().astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time()).astimezone().astimezone(UTC)
    return start, end


def _money(values: dict[str, Decimal]) -> dict[str, float]:
    return {currency: float(amount) for currency, amount in sorted(values.items())}


def funnel_report(
    session: Session, start: datetime, end: datetime, now: datetime
) -> dict[str, Any]:
    """Return ``{"period", "stages", "figures", "diagnosis"}`` for the period."""
    measured = funnel(session, start, end)
    key = figures(session, start, end)
    return {
        "period": {  # the local days, both included
            "from": start.astimezone().date().isoformat(),
            "to": (end - timedelta(microseconds=1)).astimezone().date().isoformat(),
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
            for stage in measured.stages
        ],  # fmt: skip
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
        },  # fmt: skip
        "diagnosis": [
            {"code": f.code, "finding": f.title, "numbers": f.numbers, "action": f.action}
            for f in diagnose(session, start, end, now)
        ],
    }


def report_lines(report: dict[str, Any]) -> list[str]:
    """Return the report as lines of text for a terminal."""
    lines = [f"Funnel {report['period']['from']} – {report['period']['to']}", ""]
    lines.append(f"{'Stage':<18} {'Open':>5} {'Entered':>8} {'Went on':>8} {'Conversion':>11}")
    for stage in report["stages"]:
        rate = "–" if stage["conversion"] is None else f"{stage['conversion']:.0%}"
        lines.append(f"{stage['name']:<18} {stage['count']:>5} {stage['entered']:>8} "
                     f"{stage['went_on']:>8} {rate:>11}")  # fmt: skip
    key = report["figures"]
    rate = "–" if key["win_rate"] is None else f"{key['win_rate']:.0%}"
    cycle = key["average_sales_cycle_days"]
    lines += [
        "",
        f"Won {key['won']}, lost {key['lost']}, win rate {rate}",
        "Average sales cycle: " + ("–" if cycle is None else f"{cycle:.0f} days"),
        f"Visits per week: {key['visits_per_week']:.1f}, calls per week: "
        f"{key['calls_per_week']:.1f}",
        "",
        "Diagnosis:" if report["diagnosis"] else "Diagnosis: nothing stands out.",
    ]
    for finding in report["diagnosis"]:
        numbers = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in finding["numbers"].items())
        lines += [f"- {finding['finding']} ({numbers})", f"  → {finding['action']}"]
    return lines
