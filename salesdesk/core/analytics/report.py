"""The funnel, key figures and findings of a period as plain data (for JSON and tables).

Money is written as decimal strings in the currency's own decimals ("1505820000" for won,
"4520009.64" for euros), never as floats. ``"currency"`` is the reporting currency; every total
has its ``"value"`` in it, ``"by_currency"`` (each currency's own amount, code → string) and
``"without_rate"`` (amounts no rate was found for, left out of ``"value"``). The currencies
without a rate are listed once more at the top (``"missing_rates"``). The findings' words
and the terminal's lines are in the rep's language.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.analytics.forecast import Forecast
from salesdesk.core.analytics.overview import Overview, overview
from salesdesk.core.i18n import translate
from salesdesk.core.labels import FINDING_NUMBER_TEXT
from salesdesk.core.money.formats import decimal_string, format_money
from salesdesk.core.money.totals import Total
from salesdesk.core.money.wording import CONVERTED_MARK, without_words

DEFAULT_DAYS = 90
_CONTEXT = "Report"


def period(first: date | None, last: date | None, today: date) -> tuple[datetime, datetime]:
    """Return the period from ``first`` to ``last`` (local days, both included).

    Without them: the last ``DEFAULT_DAYS`` days up to today.
    """
    last = last or today
    first = first or last - timedelta(days=DEFAULT_DAYS - 1)
    return local_time.days_span(first, last)


def money(total: Total) -> dict[str, Any]:
    """Return a total as ``{"value", "converted", "by_currency", "without_rate"}``."""
    return {
        "value": decimal_string(total.amount, total.currency),
        "converted": total.converted,
        "by_currency": {
            part.currency: decimal_string(part.amount, part.currency, exact=True)
            for part in sorted(total.parts, key=lambda p: p.currency)
        },
        "without_rate": {
            part.currency: decimal_string(part.left_out, part.currency, exact=True)
            for part in sorted(total.missing, key=lambda p: p.currency)
        },
    }


def _forecast(forecast: Forecast) -> dict[str, Any]:
    return {
        "from": forecast.first.isoformat(),
        "to": forecast.last.isoformat(),
        "deals": forecast.deals,
        "value": money(forecast.value),
        "weighted": money(forecast.weighted),
    }


def funnel_report(
    session: Session, start: datetime, end: datetime, now: datetime
) -> dict[str, Any]:
    """Return ``{"period", "currency", "stages", "figures", "diagnosis", …}`` for the period."""
    return report_of(overview(session, start, end, now))


def report_of(measured: Overview) -> dict[str, Any]:
    """Return an overview as plain data (see the module's description of money)."""
    start, end, key = measured.funnel.start, measured.funnel.end, measured.figures
    won = measured.won
    average = won.average
    return {
        "period": {  # the local days, both included
            "from": local_time.local_day(start).isoformat(),
            "to": local_time.local_day(end - timedelta(microseconds=1)).isoformat(),
        },
        "currency": measured.currency,
        "missing_rates": list(measured.missing_rates()),
        "stages": [
            {
                "name": stage.name,
                "count": stage.open_count,
                **money(value),
                "entered": stage.entered,
                "went_on": stage.went_on,
                "conversion": stage.conversion,
            }
            for stage, value in zip(measured.funnel.stages, measured.stage_values, strict=True)
        ],
        "figures": {
            "open_pipeline": {"deals": measured.open_deals, **money(measured.pipeline)},
            "won": key.won,
            "lost": key.lost,
            "win_rate": key.win_rate,
            "won_value": money(won.value),
            "average_won_deal": {
                "value": None if average is None else decimal_string(average, won.value.currency),
                "converted": won.value.converted,
                "deals": won.converted,
            },
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


def money_line(total: dict[str, Any], currency: str, locale: str | None) -> str:
    """Return a total of the report as a terminal shows it: "≈€12,500 without ₩3,000 (…)"."""
    text = format_money(Decimal(total["value"]), currency, locale)
    if total["converted"]:
        text = CONVERTED_MARK + text
    for code, amount in total["without_rate"].items():
        missing = without_words(format_money(Decimal(amount), code, locale), code)
        text = translate("Money", "%1 %2", text, missing)
    return text


def _average_line(average: dict[str, Any], currency: str, locale: str | None) -> str:
    """Return "≈€29,013.84 (21 won deals)": the average, marked where it holds conversions."""
    text = format_money(Decimal(average["value"]), currency, locale)
    mark = CONVERTED_MARK if average["converted"] else ""
    return translate(_CONTEXT, "%1 (%2 won deal(s))", mark + text, average["deals"])


def _forecast_line(name: str, outlook: dict[str, Any], currency: str, locale: str | None) -> str:
    """Return the weighted forecast of this month or this quarter."""
    args = (outlook["from"], outlook["to"], money_line(outlook["weighted"], currency, locale))
    if name == "month":
        return translate(
            _CONTEXT,
            "Weighted forecast this month (%1 – %2): %3 from %4 deal(s)",
            *args,
            outlook["deals"],
        )
    return translate(
        _CONTEXT,
        "Weighted forecast this quarter (%1 – %2): %3 from %4 deal(s)",
        *args,
        outlook["deals"],
    )


def _finding_lines(finding: dict[str, Any]) -> list[str]:
    """Return a finding, the numbers behind it, and what to do."""
    numbers = ", ".join(
        translate(
            _CONTEXT,
            "%1 %2",
            translate("Labels", FINDING_NUMBER_TEXT[key])
            if key in FINDING_NUMBER_TEXT
            else key.replace("_", " "),
            value,
        )
        for key, value in finding["numbers"].items()
    )
    return [
        translate(_CONTEXT, "- %1 (%2)", finding["finding"], numbers),
        translate(_CONTEXT, "  → %1", finding["action"]),
    ]


def report_lines(report: dict[str, Any], locale: str | None) -> list[str]:
    """Return the report as lines of text for a terminal, money as ``locale`` writes it.

    The words are in the rep's language (context "Report").
    """
    currency = report["currency"]
    lines = [
        translate(_CONTEXT, "Funnel %1 – %2", report["period"]["from"], report["period"]["to"]),
        "",
    ]
    headings = (
        translate(_CONTEXT, "Stage"),
        translate(_CONTEXT, "Open"),
        translate(_CONTEXT, "Value"),
        translate(_CONTEXT, "Entered"),
        translate(_CONTEXT, "Went on"),
        translate(_CONTEXT, "Conversion"),
    )
    lines.append(
        f"{headings[0]:<18} {headings[1]:>5} {headings[2]:>18} {headings[3]:>8} "
        f"{headings[4]:>8} {headings[5]:>11}"
    )
    for stage in report["stages"]:
        rate = "–" if stage["conversion"] is None else f"{stage['conversion']:.0%}"
        value = money_line(stage, currency, locale)
        lines.append(
            f"{stage['name']:<18} {stage['count']:>5} {value:>18} {stage['entered']:>8} "
            f"{stage['went_on']:>8} {rate:>11}"
        )
    key = report["figures"]
    rate = "–" if key["win_rate"] is None else f"{key['win_rate']:.0%}"
    cycle = key["average_sales_cycle_days"]
    average = key["average_won_deal"]["value"]
    pipeline = key["open_pipeline"]
    lines += [
        "",
        translate(
            _CONTEXT,
            "Open pipeline: %1 in %2 deal(s)",
            money_line(pipeline, currency, locale),
            pipeline["deals"],
        ),
        translate(_CONTEXT, "Won %1, lost %2, win rate %3", key["won"], key["lost"], rate),
        translate(
            _CONTEXT,
            "Average won deal: %1",
            "–" if average is None else _average_line(key["average_won_deal"], currency, locale),
        ),
        translate(
            _CONTEXT,
            "Average sales cycle: %1",
            "–" if cycle is None else translate(_CONTEXT, "%1 days", f"{cycle:.0f}"),
        ),
        translate(
            _CONTEXT,
            "Visits per week: %1, calls per week: %2",
            f"{key['visits_per_week']:.1f}",
            f"{key['calls_per_week']:.1f}",
        ),
        translate(_CONTEXT, "Overdue follow-ups: %1", key["overdue_follow_ups"]),
    ]
    for name in ("month", "quarter"):
        lines.append(_forecast_line(name, key["weighted_forecast"][name], currency, locale))
    if key["slipped_deals"]:
        lines.append(
            translate(
                _CONTEXT, "Open deals past their expected close date: %1", key["slipped_deals"]
            )
        )
    if report["missing_rates"]:
        lines.append(
            translate(
                _CONTEXT,
                "No exchange rate for %1: amounts in them are left out of the totals "
                "(salesdesk rates --set CODE RATE adds one)",
                ", ".join(report["missing_rates"]),
            )
        )
    lines += [
        "",
        translate(_CONTEXT, "Diagnosis:")
        if report["diagnosis"]
        else translate(_CONTEXT, "Diagnosis: nothing stands out."),
    ]
    for finding in report["diagnosis"]:
        lines += _finding_lines(finding)
    return lines
