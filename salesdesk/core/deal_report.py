"""Deals as ``salesdesk deals`` writes them: JSON records for scripts, a table for people.

Money is written exactly, as a decimal string with its ISO currency code (never a float), and
times as ISO 8601 in UTC. A closed or held deal's stage is the stage it was closed or put on
hold from. The table's headings and statuses are in the rep's language (context "Report");
the records and the status names the command line accepts stay English, for scripts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from salesdesk.core.i18n import noop, translate
from salesdesk.core.models import DealStatus
from salesdesk.core.queries.deal_lists import DealRow

# The status names of the command line (``on-hold`` is a suspended deal); the table shows them
# translated.
STATUS_NAMES = {
    DealStatus.OPEN: noop("Report", "open"),
    DealStatus.WON: noop("Report", "won"),
    DealStatus.LOST: noop("Report", "lost"),
    DealStatus.SUSPENDED: noop("Report", "on-hold"),
}
STATUSES_OF = {
    **{name: (status,) for status, name in STATUS_NAMES.items()},
    "all": tuple(DealStatus),
}


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def deal_record(row: DealRow) -> dict[str, object]:
    """Return one deal as a JSON-ready record."""
    return {
        "id": row.id,
        "title": row.title,
        "customer_id": row.customer_id,
        "customer": row.customer,
        "company": row.company,
        "status": STATUS_NAMES[row.status],
        "stage": row.stage or None,
        "value": f"{row.value:.2f}",
        "currency": row.currency,
        "created_at": _iso(row.created_at),
        "stage_entered_at": _iso(row.stage_entered_at),
        "closed_at": _iso(row.closed_at),
        "lost_reason": row.lost_reason,
        "lost_detail": row.lost_detail,
    }


HEADERS = (
    noop("Report", "id"),
    noop("Report", "status"),
    noop("Report", "stage"),
    noop("Report", "value"),
    noop("Report", "customer"),
    noop("Report", "created"),
    noop("Report", "decided"),
    noop("Report", "deal"),
    noop("Report", "reason"),
)


def deal_lines(rows: Sequence[DealRow]) -> list[str]:
    """Return the deals as an aligned text table with a header (dates are UTC days)."""
    table = [tuple(translate("Report", heading) for heading in HEADERS)] + [
        (
            str(row.id),
            translate("Report", STATUS_NAMES[row.status]),
            row.stage,
            f"{row.value:.2f} {row.currency}",
            f"{row.customer} ({row.company})" if row.company else row.customer,
            row.created_at.astimezone(UTC).date().isoformat(),
            (row.closed_at or row.stage_entered_at).astimezone(UTC).date().isoformat()
            if row.status is not DealStatus.OPEN
            else "",
            row.title,
            " — ".join(part for part in (row.lost_reason, row.lost_detail) if part),
        )
        for row in rows
    ]
    widths = [max(len(line[column]) for line in table) for column in range(len(HEADERS) - 1)]
    return [
        "  ".join(
            [
                cell.rjust(width) if column in (0, 3) else cell.ljust(width)
                for column, (cell, width) in enumerate(zip(line, widths, strict=False))
            ]
            + [line[-1]]
        ).rstrip()
        for line in table
    ]
