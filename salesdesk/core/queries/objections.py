"""Objections a customer raised, and the playbook of earlier answers across customers.

The playbook finds what was answered before to the same kind of objection (price, function,
service, competitor, resources, guarantees), resolved ones first: the rep's own best replies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.models import Customer, Deal, Objection, ObjectionKind


@dataclass(frozen=True)
class ObjectionRow:
    """An objection as the card and the playbook show it."""

    id: int
    deal_id: int
    deal_title: str
    customer: str
    kind: ObjectionKind
    text: str
    response: str | None
    resolved: bool
    raised_at: datetime


def _rows(session: Session, *conditions: object) -> list[ObjectionRow]:
    query = (
        select(
            Objection.id,
            Objection.deal_id,
            Deal.title,
            Customer.name,
            Objection.kind,
            Objection.text,
            Objection.response,
            Objection.resolved,
            Objection.raised_at,
        )
        .join(Deal, Deal.id == Objection.deal_id)
        .join(Customer, Customer.id == Deal.customer_id)
        .where(*conditions)  # type: ignore[arg-type]
    )
    return [ObjectionRow(*row) for row in session.execute(query)]


def objections_of(session: Session, customer_id: int) -> list[ObjectionRow]:
    """Return a customer's objections, open ones first, newest first."""
    rows = _rows(session, Deal.customer_id == customer_id)
    return sorted(rows, key=lambda row: (row.resolved, -row.raised_at.timestamp()))


def playbook(session: Session, kind: ObjectionKind, limit: int = 50) -> list[ObjectionRow]:
    """Return earlier answers to objections of ``kind``: resolved ones first, newest first."""
    rows = _rows(session, Objection.kind == kind, Objection.response.is_not(None))
    rows.sort(key=lambda row: (not row.resolved, -row.raised_at.timestamp()))
    return rows[:limit]
