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
from salesdesk.core.money.formats import format_rate, significant
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
    money_locale,
    tr,
    tr_n,
)
from salesdesk.ui.money.totals_text import amount_text
from salesdesk.ui.printing.fonts import print_font
from salesdesk.ui.printing.paged import PrintSection, page_count

_CONTEXT = "FunnelReport"
IMAGE_WIDTH = 340  # in layout pixels (96 per inch): about 90 mm on paper
IMAGE_SCALE = 3


@dataclass(frozen=True)
class Fit:
    """How much of what can give way the page holds: lost reasons, the funnel's height."""

    lost_reasons: int
    image_height: int  # layout pixels


# Tried in order until the report fits one page; the screen always shows everything.
FITS = (Fit(6, 250), Fit(4, 230), Fit(4, 200), Fit(2, 190), Fit(0, 170))


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
    missing_note: str


def report_title() -> str:
    """Return the report's name (window titles, PDF title, running header)."""
    return tr(_CONTEXT, "Weekly funnel review")


def _forecast(forecast: Forecast) -> str:
    """Return "≈€12,500 weighted (4 deals)": the screen's wording, shorter for paper.

    What had no rate is said once on the page (``missing_note``), not after every amount.
    """
    if forecast.deals == 0:
        return "–"
    return tr(
        _CONTEXT,
        "%1 weighted (%2)",
        amount_text(forecast.weighted),
        tr_n(_CONTEXT, "%n deal(s)", forecast.deals),
    )


def currency_rows(measured: Overview) -> list[list[str]]:
    """Return the appendix rows: open pipeline, today's rate, converted, won, per currency."""
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
            rate = format_rate(significant(1 / quote.factor), money_locale())
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


def missing_note(measured: Overview) -> str:
    """Return the page's one sentence on currencies without a rate ("" when none lacks one)."""
    missing = measured.missing_rates()
    if not missing:
        return ""
    return tr(
        _CONTEXT,
        "No exchange rate for %1: amounts in it are left out of every total "
        "(see Amounts by currency).",
        ", ".join(missing),
    )


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


def _lost_note(reasons: list[tuple[str, int]], shown: int) -> str:
    if shown == 0 and reasons:
        return tr(_CONTEXT, "the Analytics screen lists them")
    if len(reasons) > shown:
        return tr(_CONTEXT, "the %1 most frequent of %2", str(shown), str(len(reasons)))
    return ""


def _page(measured: Overview, now: datetime, fit: Fit) -> ReportPage:
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
                amount_text(measured.pipeline),
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
    # Without the screen's column of amounts that had no rate: on paper the page says once
    # which currencies lack one, and the appendix lists their amounts.
    rows = [row[:-1] for row in stage_rows(measured)]
    return ReportPage(
        title=report_title(),
        period=f"{format_date(local_time.local_day(measured.funnel.start))} – "
        f"{format_date(last_day)}",
        as_of=tr(_CONTEXT, "as of %1", format_datetime(now)),
        funnel_heading=tr(_CONTEXT, "Funnel"),
        funnel_note=tr(
            _CONTEXT,
            "width: deals that entered each stage in the period, and how many went on; "
            "open deals and their value now",
        ),
        image_width=IMAGE_WIDTH,
        image_height=fit.image_height,
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
        stage_rows=rows,
        diagnosis_heading=tr(_CONTEXT, "Diagnosis"),
        findings=[(f.title, finding_numbers(f), f.action) for f in measured.findings],
        no_findings=tr(
            _CONTEXT,
            "Nothing stands out, or too little happened to say (a finding "
            "needs at least 10 deals).",
        ),
        lost_heading=tr(_CONTEXT, "Lost, by reason"),
        lost_note=_lost_note(reasons, fit.lost_reasons),
        lost=[(reason, format_count(count)) for reason, count in reasons[: fit.lost_reasons]],
        no_lost=tr_n(_CONTEXT, "%n deal(s) lost in the period.", key.lost)
        if reasons
        else tr(_CONTEXT, "No deal was lost in the period."),
        currency_heading=tr(_CONTEXT, "Amounts by currency"),
        currency_note=tr(
            _CONTEXT, "at today's rates; won deals at their close day's; totals rounded once"
        ),
        currency_headers=[
            tr(_CONTEXT, "Currency"),
            tr(_CONTEXT, "Open pipeline"),
            tr(_CONTEXT, "1 %1 =", measured.currency),
            tr(_CONTEXT, "Open, in %1", measured.currency),
            tr(_CONTEXT, "Won in the period"),
        ],
        missing_note=missing_note(measured),
        currency_rows=currency_rows(measured)
        if measured.pipeline.foreign or measured.won.value.foreign
        else [],
    )


def report_html(measured: Overview, now: datetime, fit: Fit = FITS[0]) -> str:
    """Return the report page as HTML (the funnel image is the resource ``funnel.png``)."""
    return environment().get_template("funnel_report.html.j2").render(r=_page(measured, now, fit))


def report_sections(measured: Overview, now: datetime) -> list[PrintSection]:
    """Return the report as one print section with its funnel image, fitted to one page.

    The fullest version that fits one page of the locale's paper is taken (``FITS``): with
    many findings, currencies and long names, fewer lost reasons and a lower funnel.
    """
    font = print_font(8)
    font.setPixelSize(11)  # the image is laid out in 96-dpi pixels, like the page around it
    title = report_title()
    period = tr(
        _CONTEXT, "%1 · %2", title, format_date(local_time.local_day(measured.funnel.start))
    )
    bands = _chart_stages(measured)
    section = None
    for fit in FITS:
        size = QSize(IMAGE_WIDTH, fit.image_height)
        image = funnel_image(bands, size, font, scale=IMAGE_SCALE)
        section = PrintSection(report_html(measured, now, fit), period, {"funnel.png": image})
        if page_count(section) == 1:
            break
    assert section is not None
    return [section]


def report_footer(now: datetime) -> str:
    """Return the footer of the report's page: what it is and when it was printed."""
    return tr(_CONTEXT, "Funnel report · printed %1", format_datetime(now))
