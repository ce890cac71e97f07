"""Everything the Analytics screen and the weekly report show, measured in one pass.

The funnel is measured once and the diagnosis reads that same measurement, so the screen, the
command line and the printed report always agree and the costly history query runs once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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


def overview(session: Session, start: datetime, end: datetime, now: datetime) -> Overview:
    """Measure the period ``start`` (inclusive) to ``end`` (exclusive) as of ``now``."""
    measured = funnel(session, start, end)
    open_deals, rotting = rotting_counts(session, now)
    today = local_time.local_day(now)
    return Overview(
        funnel=measured,
        figures=figures(session, start, end),
        findings=tuple(findings_for(measured, open_deals, rotting)),
        month=weighted_forecast(session, *month_of(today)),
        quarter=weighted_forecast(session, *quarter_of(today)),
        slipped=slipped_deals(session, today),
        overdue_follow_ups=overdue_follow_ups(session, today),
        open_deals=open_deals,
        rotting=rotting,
    )
