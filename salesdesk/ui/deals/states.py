"""Where a deal stands, in one line: open in a stage, won, lost and why, or on hold since when."""

from __future__ import annotations

from datetime import date, datetime

from salesdesk.core import local_time
from salesdesk.core.models import DealStatus
from salesdesk.ui.formatting import format_date, tr, tr_n

_CONTEXT = "DealState"


def lost_because(reason: str | None, detail: str | None) -> str:
    """Return why a deal was lost: its reason and, when it says more, the detail."""
    if reason and detail and not detail.casefold().startswith(reason.casefold()):
        return tr(_CONTEXT, "%1 — %2", reason, detail)
    return detail or reason or tr(_CONTEXT, "no reason given")


def state_text(
    status: DealStatus,
    stage: str,
    since: datetime | None,
    closed_at: datetime | None,
    reason: str | None,
    detail: str | None,
    now: datetime,
) -> str:
    """Return the state in words: open in a stage, won or lost on a day, or on hold."""
    today = local_time.local_day(now)
    if status is DealStatus.WON:
        return tr(_CONTEXT, "Won on %1", format_date(_day(closed_at or since)))
    if status is DealStatus.LOST:
        return tr(
            _CONTEXT,
            "Lost on %1 for %2",
            format_date(_day(closed_at or since)),
            lost_because(reason, detail),
        )
    day = _day(since)
    days = (today - day).days if day else 0
    if status is DealStatus.SUSPENDED:
        return tr_n(
            _CONTEXT, "On hold since %1 (%Ln day(s)), from %2", days, format_date(day), stage
        )
    return tr_n(_CONTEXT, "Open in %1 for %Ln day(s)", days, stage)


def _day(moment: datetime | None) -> date | None:
    return local_time.local_day(moment) if moment is not None else None
