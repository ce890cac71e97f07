"""What a change touched, in the terms screens reload by: customers, deals, board columns.

A change record knows rows; a screen thinks in customers (a profile card, a list row) and
deals (a board card). These read the row images, and ask the database only for what the
images do not say (which deal an objection belongs to, who works for a company).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change
from salesdesk.core.models import Activity, Customer, Deal

# Rows that belong to a customer through the named column.
_CUSTOMER_COLUMN = {
    "customers": "id",
    "contact_methods": "customer_id",
    "profile_entries": "customer_id",
    "family_members": "customer_id",
    "important_dates": "customer_id",
    "customer_traits": "customer_id",
    "deals": "customer_id",
    "activities": "customer_id",
    "purchases": "customer_id",
    "referrals": "referrer_id",
    "notes": "customer_id",
}
# Rows that belong to a company, and through it to everyone who works there.
_COMPANY_COLUMN = {"companies": "id", "key_people": "company_id", "company_news": "company_id"}
# Rows that belong to a deal.
_DEAL_COLUMN = {
    "deals": "id",
    "stage_moves": "deal_id",
    "objections": "deal_id",
    "notes": "deal_id",
}


def _values(change: Change, columns: dict[str, str]) -> set[int]:
    found: set[int] = set()
    for image in change.rows:
        column = columns.get(image.table)
        if column is None:
            continue
        for row in (image.before, image.after):
            if row is not None and row.get(column) is not None:
                found.add(row[column])
    return found


def touched_deals(session: Session, change: Change) -> frozenset[int]:
    """Return the deals whose card or record the change may show differently."""
    deals = _values(change, _DEAL_COLUMN) | _values(change, {"activities": "deal_id"})
    items = _values(change, {"visit_checklist_items": "activity_id"})
    if items:
        planned = select(Activity.deal_id).where(
            Activity.id.in_(items), Activity.deal_id.is_not(None)
        )
        deals |= set(session.scalars(planned))
    customers = touched_customers(session, change, deals=False)
    if customers:
        deals |= set(session.scalars(select(Deal.id).where(Deal.customer_id.in_(customers))))
    return frozenset(deals)


def touched_customers(session: Session, change: Change, *, deals: bool = True) -> frozenset[int]:
    """Return the customers whose list row or profile card the change may show differently."""
    customers = _values(change, _CUSTOMER_COLUMN)
    companies = _values(change, _COMPANY_COLUMN)
    if companies:
        customers |= set(
            session.scalars(select(Customer.id).where(Customer.company_id.in_(companies)))
        )
    if deals:
        deal_ids = _values(change, _DEAL_COLUMN) - _values(change, {"deals": "id"})
        customers |= _customers_of_deals(session, deal_ids)
    items = _values(change, {"visit_checklist_items": "activity_id"})
    if items:
        customers |= set(
            session.scalars(select(Activity.customer_id).where(Activity.id.in_(items)))
        )
    return frozenset(customers)


def _customers_of_deals(session: Session, deal_ids: Iterable[int]) -> set[int]:
    wanted = list(deal_ids)
    if not wanted:
        return set()
    return set(session.scalars(select(Deal.customer_id).where(Deal.id.in_(wanted))))


def touched_stages(change: Change) -> frozenset[int]:
    """Return the stages whose columns a change of deals changed (before and after)."""
    return frozenset(_values(change, {"deals": "stage_id"}))
