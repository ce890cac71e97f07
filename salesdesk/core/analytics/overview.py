"""Everything the Analytics screen and the weekly report show, measured in one pass.

The funnel is measured once and the diagnosis reads that same measurement, so the screen, the
command line and the printed report always agree and the costly history query runs once. Every
amount is converted into the reporting currency here, once, with the rates valid today (open
deals, forecasts) or on each close day (won deals).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.analytics.diagnosis import Finding, findings_for, rotting_counts
from salesdesk.core.analytics.figures import Figures, figures
from salesdesk.core.analytics.forecast import (
    Forecast,
    month_of,
    overdue_follow_ups,
    quarter_of,
    slipped_deals,
    weighted_forecast,
)
from salesdesk.core.analytics.funnel import Funnel, funnel
from salesdesk.core.analytics.won_deals import WonDeals, won_deals
from salesdesk.core.money.totals import Conversion, Total, load_conversion


@dataclass(frozen=True)
class Overview:
    """The funnel, figures and findings of a period, and the outlook as of ``now``."""

    funnel: Funnel
    figures: Figures
    findings: tuple[Finding, ...]
    month: Forecast  # the weighted forecast of the calendar month holding ``now``
    quarter: Forecast  # … and of its calendar quarter
    slipped: int  # open deals whose expected close date has passed
    overdue_follow_ups: int
    open_deals: int
    rotting: int
    conversion: Conversion  # the reporting currency and the rates used
    stage_values: tuple[Total, ...]  # the open deals' value per stage (as ``funnel.stages``)
    pipeline: Total  # the value of every open deal in an open stage
    won: WonDeals  # the deals won in the period (the average won deal)

    @property
    def currency(self) -> str:
        """Return the reporting currency every total is in."""
        return self.conversion.currency

    def totals(self) -> tuple[Total, ...]:
        """Return every total of the overview (to list the currencies without a rate)."""
        return (
            self.pipeline,
            *self.stage_values,
            self.won.value,
            self.month.value,
            self.month.weighted,
            self.quarter.value,
            self.quarter.weighted,
        )

    def missing_rates(self) -> tuple[str, ...]:
        """Return the currencies that had no rate for some amount, sorted."""
        return tuple(sorted({part.currency for t in self.totals() for part in t.missing}))


def overview(session: Session, start: datetime, end: datetime, now: datetime) -> Overview:
    """Measure the period ``start`` (inclusive) to ``end`` (exclusive) as of ``now``."""
    measured = funnel(session, start, end)
    open_deals, rotting = rotting_counts(session, now)
    today = local_time.local_day(now)
    last_day = local_time.local_day(end - timedelta(microseconds=1))
    conversion = load_conversion(session, today, local_time.local_day(start), last_day)
    pipeline: Counter[str] = Counter()
    for stage in measured.stages:
        pipeline.update(stage.open_values)
    return Overview(
        funnel=measured,
        figures=figures(session, start, end),
        findings=tuple(findings_for(measured, open_deals, rotting)),
        month=weighted_forecast(session, *month_of(today), conversion),
        quarter=weighted_forecast(session, *quarter_of(today), conversion),
        slipped=slipped_deals(session, today),
        overdue_follow_ups=overdue_follow_ups(session, today),
        open_deals=open_deals,
        rotting=rotting,
        conversion=conversion,
        stage_values=tuple(conversion.total(stage.open_values) for stage in measured.stages),
        pipeline=conversion.total({c: Decimal(v) for c, v in pipeline.items()}),
        won=won_deals(session, start, end, conversion),
    )
