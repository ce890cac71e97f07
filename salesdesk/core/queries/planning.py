"""What the planning form offers: a customer's open deals and the checklist templates."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.models import ChecklistTemplate, Deal, DealStatus


def open_deals_of(session: Session, customer_id: int) -> list[tuple[int, str]]:
    """Return a customer's open deals as (id, title), by title."""
    rows = session.execute(
        select(Deal.id, Deal.title)
        .where(Deal.customer_id == customer_id, Deal.status == DealStatus.OPEN)
        .order_by(Deal.title)
    )
    return [(deal_id, title) for deal_id, title in rows]


def checklist_templates(session: Session) -> list[tuple[int, str]]:
    """Return the checklist templates as (id, name), in their order."""
    rows = session.execute(
        select(ChecklistTemplate.id, ChecklistTemplate.name).order_by(
            ChecklistTemplate.position, ChecklistTemplate.name
        )
    )
    return [(template_id, name) for template_id, name in rows]
