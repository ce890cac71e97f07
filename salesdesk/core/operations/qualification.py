"""Ticking a customer's gold- and poor-customer traits, with undo; the qualification score.

The score is the number of gold traits minus the number of poor ones (-7..+7): a quick read
of whether a prospect deserves the rep's time.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.models import Customer, CustomerTrait, CustomerTraitMark

TRAIT_TEXT = {
    CustomerTrait.GOLD_URGENT_NEED: "Has an urgent need",
    CustomerTrait.GOLD_CLEAR_VALUE: "Sees a clear cost/benefit",
    CustomerTrait.GOLD_POSITIVE: "Positive about our industry and product",
    CustomerTrait.GOLD_LARGE_ORDER: "Could place a large order",
    CustomerTrait.GOLD_INFLUENCE_CENTRE: "Is a centre of influence",
    CustomerTrait.GOLD_SOUND_FINANCES: "Financially sound, pays fast",
    CustomerTrait.GOLD_NEARBY: "Office and home are near",
    CustomerTrait.POOR_NEGATIVE: "Negative about everything",
    CustomerTrait.POOR_HARD_TO_SHOW_VALUE: "Hard to show value to",
    CustomerTrait.POOR_SMALL_DEAL: "Small deal even if won",
    CustomerTrait.POOR_NO_FOLLOW_UP: "No follow-up business",
    CustomerTrait.POOR_NO_REFERENCE: "No reference value",
    CustomerTrait.POOR_BUSINESS_BAD: "Business is doing badly",
    CustomerTrait.POOR_FAR_AWAY: "Too far away",
}


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


def set_trait(session: Session, customer_id: int, trait: CustomerTrait, marked: bool) -> Change:
    """Tick (``marked``) or untick a trait for a customer."""
    if session.get(Customer, customer_id) is None:
        raise SalesDeskError(f"there is no customer {customer_id}")
    was = trait in traits_of(session, customer_id)
    writer = RowWriter(session)
    if marked and not was:
        writer.insert(CustomerTraitMark, {"customer_id": customer_id, "trait": trait})
    elif was and not marked:
        writer.delete(CustomerTraitMark, (customer_id, trait))
    return writer.change()
