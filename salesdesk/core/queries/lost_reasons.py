"""The rep's list of lost reasons, as the Lost dialog and the settings show it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.models import Deal, LostReason


@dataclass(frozen=True)
class ReasonRow:
    """One entry of the list: its name, whether it is retired, and how many deals give it."""

    id: int
    name: str
    retired: bool
    uses: int


def lost_reasons(session: Session, *, retired: bool = False) -> list[ReasonRow]:
    """Return the reasons in list order (with ``retired``, the retired ones too)."""
    uses = (
        select(Deal.lost_reason_id, func.count().label("uses"))
        .where(Deal.lost_reason_id.is_not(None))
        .group_by(Deal.lost_reason_id)
        .subquery()
    )
    query = (
        select(LostReason.id, LostReason.name, LostReason.retired_at, uses.c.uses)
        .outerjoin(uses, uses.c.lost_reason_id == LostReason.id)
        .order_by(LostReason.position, LostReason.id)
    )
    if not retired:
        query = query.where(LostReason.retired_at.is_(None))
    return [
        ReasonRow(row.id, row.name, row.retired_at is not None, row.uses or 0)
        for row in session.execute(query)
    ]
