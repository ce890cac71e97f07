"""A customer's qualification: the gold- and poor-customer traits ticked, and their score.

The score is the number of gold traits minus the number of poor ones (-7..+7): a quick read
of whether a prospect deserves the rep's time.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.models import CustomerTrait, CustomerTraitMark


def score(traits: Iterable[CustomerTrait]) -> int:
    """Return gold traits minus poor traits."""
    return sum(1 if trait.is_gold else -1 for trait in traits)


def traits_of(session: Session, customer_id: int) -> frozenset[CustomerTrait]:
    """Return the traits ticked for a customer."""
    return frozenset(
        session.scalars(
            select(CustomerTraitMark.trait).where(CustomerTraitMark.customer_id == customer_id)
        )
    )


def scores(session: Session, customer_ids: Iterable[int]) -> dict[int, int]:
    """Return the qualification score of each customer that has any trait ticked."""
    found: dict[int, int] = {}
    rows = session.execute(
        select(CustomerTraitMark.customer_id, CustomerTraitMark.trait).where(
            CustomerTraitMark.customer_id.in_(list(customer_ids))
        )
    )
    for customer_id, trait in rows:
        found[customer_id] = found.get(customer_id, 0) + (1 if trait.is_gold else -1)
    return found
