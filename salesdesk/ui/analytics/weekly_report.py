"""The one-page weekly funnel report: the funnel picture, key figures, stages, diagnosis.

The page is ``resources/templates/funnel_report.html.j2`` (Jinja2 with autoescape, sharing the
dossiers' look from ``_page.html.j2``); every value reaches it already formatted for the
user's locale. The funnel is the screen's painter drawn into an image at three times the
layout resolution, so it stays sharp on paper.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from PySide6.QtCore import QSize

from salesdesk.core import local_time
from salesdesk.core.analytics.forecast import Forecast
from salesdesk.core.analytics.overview import Overview
from salesdesk.core.templates import environment
from salesdesk.ui.analytics.figures_panel import stage_rows
from salesdesk.ui.analytics.funnel_chart import ChartStage, funnel_image
from salesdesk.ui.analytics.texts import average_text, chart_stages, days_text, finding_numbers
from salesdesk.ui.formatting import (
    format_count,
    format_date,
    format_datetime,
    format_money,
    format_percent,
    tr,
    tr_n,
)
from salesdesk.ui.money.totals_text import quote_text, total_text
from salesdesk.ui.printing.fonts import print_font
from salesdesk.ui.printing.paged import PrintSection

_CONTEXT = "FunnelReport"
IMAGE_SIZE = QSize(600, 250)  # in layout pixels (96 per inch): about 159 × 66 mm on paper
IMAGE_SCALE = 3
MAX_LOST_REASONS = 6  # the page stays one page; the screen lists them all


@dataclass(frozen=True)
class ReportPage:
    """Everything the template writes, as text."""

    title: str
    period: str
    as_of: str
    funnel_heading: str
    funnel_note: str
    image_width: int
    image_height: int
    figures: list[tuple[str, str]]
    stage_headers: list[str]
    stage_rows: list[list[str]]
    diagnosis_heading: str
    findings: list[tuple[str, str, str]]
    no_findings: str
    lost_heading: str
    lost_note: str
    lost: list[tuple[str, str]]
    no_lost: str
    currency_heading: str
    currency_note: str
    currency_headers: list[str]
    currency_rows: list[list[str]]


def report_title() -> str:
    """Return the report's name (window titles, PDF title, running header)."""
    return tr(_CONTEXT, "Weekly funnel review")


def _forecast(forecast: Forecast) -> str:
    """Return "€12,500 weighted (4 deals)": the screen's wording, shorter for paper."""
    if forecast.deals == 0:
        return "–"
    return tr(
        _CONTEXT,
        "%1 weighted (%2)",
        total_text(forecast.weighted),
        tr_n(_CONTEXT, "%n deal(s)", forecast.deals),
    )


def currency_rows(measured: Overview) -> list[list[str]]:
    """Return the appendix: per currency the open pipeline, today's rate, its share, won deals."""
    pipeline = {part.currency: part for part in measured.pipeline.parts}
    won = {part.currency: part for part in measured.won.value.parts}
    currency = measured.currency
    rows = []
    for code in [*pipeline, *(code for code in won if code not in pipeline)]:
        part = pipeline.get(code)
        quote = measured.conversion.quote(code)
        if code == currency:
            rate = "–"
        elif quote is None:
            rate = tr(_CONTEXT, "no rate")
        else:
            rate = quote_text(quote)
        if part is None:
            converted = "–"
        elif part.left_out:
            converted = tr(_CONTEXT, "left out")
        else:
            converted = format_money(part.converted, currency)
        rows.append(
            [
                code,
                "–" if part is None else format_money(part.amount, code),
                rate,
                converted,
                format_money(won[code].amount, code) if code in won else "–",
            ]
        )
    return rows


def _chart_stages(measured: Overview) -> list[ChartStage]:
    """Return the funnel's bands with the conversion as "73% went on": room is scarce on paper."""
    stages = measured.funnel.stages
    return [
        replace(
            band,
            conversion_text=(
                tr(_CONTEXT, "%1 went on", format_percent(stage.conversion))
                if stage.conversion is not None
                else tr(_CONTEXT, "none entered")
            )
            if band.conversion_text
            else "",
        )
        for band, stage in zip(chart_stages(measured), stages, strict=True)
    ]


def _page(measured: Overview, now: datetime) -> ReportPage:
    key = measured.figures
    last_day = local_time.local_day(measured.funnel.end - timedelta(microseconds=1))
    figures = [
        (
            tr(_CONTEXT, "Win rate"),
            tr(
                _CONTEXT,
                "%1 (won %2, lost %3)",
                format_percent(key.win_rate),
                format_count(key.won),
                format_count(key.lost),
            ),
        ),
        (
            tr(_CONTEXT, "Open pipeline"),
            tr(
                _CONTEXT,
                "%1 (%2)",
                total_text(measured.pipeline),
                tr_n(_CONTEXT, "%n deal(s)", measured.open_deals),
            ),
        ),
        (tr(_CONTEXT, "Average won deal"), average_text(measured.won)),
        (tr(_CONTEXT, "Average sales cycle"), days_text(key.average_cycle_days)),
        (tr(_CONTEXT, "Forecast this month"), _forecast(measured.month)),
        (tr(_CONTEXT, "Forecast this quarter"), _forecast(measured.quarter)),
        (
            tr(_CONTEXT, "Rotting deals"),
            tr(
                _CONTEXT,
                "%1 of %2 open deals",
                format_count(measured.rotting),
                format_count(measured.open_deals),
            ),
        ),
        (tr(_CONTEXT, "Past their close date"), format_count(measured.slipped)),
        (
            tr(_CONTEXT, "Visits / calls per week"),
            f"{key.visits_per_week:.1f} / {key.calls_per_week:.1f}",
        ),
        (tr(_CONTEXT, "Overdue follow-ups"), format_count(measured.overdue_follow_ups)),
    ]
    reasons = sorted(key.lost_by_reason.items(), key=lambda item: (-item[1], item[0]))
    return ReportPage(
        title=report_title(),
        period=f"{format_date(local_time.local_day(measured.funnel.start))} – "
        f"{format_date(last_day)}",
        as_of=tr(_CONTEXT, "as of %1", format_datetime(now)),
        funnel_heading=tr(_CONTEXT, "Funnel"),
        funnel_note=tr(
            _CONTEXT,
            "open deals now; conversion of the deals that entered each stage in the period",
        ),
        image_width=IMAGE_SIZE.width(),
        image_height=IMAGE_SIZE.height(),
        figures=figures,
        stage_headers=[
            tr(_CONTEXT, "Stage"),
            tr(_CONTEXT, "Open"),
            tr(_CONTEXT, "Value"),
            tr(_CONTEXT, "Entered"),
            tr(_CONTEXT, "Went on"),
            tr(_CONTEXT, "Conversion"),
            tr(_CONTEXT, "Days in stage"),
        ],
        stage_rows=stage_rows(measured),
        diagnosis_heading=tr(_CONTEXT, "Diagnosis"),
        findings=[
            (tr("Analytics", f.title), finding_numbers(f), tr("Analytics", f.action))
            for f in measured.findings
        ],
        no_findings=tr(
            _CONTEXT,
            "Nothing stands out, or too little happened to say (a finding "
            "needs at least 10 deals).",
        ),
        lost_heading=tr(_CONTEXT, "Lost, by reason"),
        lost_note=(
            tr(_CONTEXT, "the %1 most frequent of %2", str(MAX_LOST_REASONS), str(len(reasons)))
            if len(reasons) > MAX_LOST_REASONS
            else ""
        ),
        lost=[(reason, format_count(count)) for reason, count in reasons[:MAX_LOST_REASONS]],
        no_lost=tr(_CONTEXT, "No deal was lost in the period."),
        currency_heading=tr(_CONTEXT, "Amounts by currency"),
        currency_note=tr(
            _CONTEXT,
            "totals in %1: open deals at today's rates, won deals at their close day's; "
            "rounded once",
            measured.currency,
        ),
        currency_headers=[
            tr(_CONTEXT, "Currency"),
            tr(_CONTEXT, "Open pipeline"),
            tr(_CONTEXT, "Rate today"),
            tr(_CONTEXT, "Open, in %1", measured.currency),
            tr(_CONTEXT, "Won in the period"),
        ],
        currency_rows=currency_rows(measured)
        if measured.pipeline.foreign or measured.won.value.foreign
        else [],
    )


def report_html(measured: Overview, now: datetime) -> str:
    """Return the report page as HTML (the funnel image is the resource ``funnel.png``)."""
    return environment().get_template("funnel_report.html.j2").render(r=_page(measured, now))


def report_sections(measured: Overview, now: datetime) -> list[PrintSection]:
    """Return the report as one print section with its funnel image."""
    font = print_font(8)
    font.setPixelSize(11)  # the image is laid out in 96-dpi pixels, like the page around it
    image = funnel_image(_chart_stages(measured), IMAGE_SIZE, font, scale=IMAGE_SCALE)
    title = report_title()
    period = tr(
        _CONTEXT, "%1 · %2", title, format_date(local_time.local_day(measured.funnel.start))
    )
    return [PrintSection(report_html(measured, now), period, {"funnel.png": image})]


def report_footer(now: datetime) -> str:
    """Return the footer of the report's page: what it is and when it was printed."""
    return tr(_CONTEXT, "Funnel report · printed %1", format_datetime(now))
