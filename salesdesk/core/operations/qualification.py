"""Ticking a customer's gold- and poor-customer traits (the score is in core.queries)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.models import Customer, CustomerTrait, CustomerTraitMark
from salesdesk.core.queries.qualification import traits_of


def set_trait(session: Session, customer_id: int, trait: CustomerTrait, marked: bool) -> Change:
    """Tick (``marked``) or untick a trait for a customer."""
    if session.get(Customer, customer_id) is None:
        raise SalesDeskError(translate("Customers", "there is no customer %1", customer_id))
    was = trait in traits_of(session, customer_id)
    writer = RowWriter(session)
    if marked and not was:
        writer.insert(CustomerTraitMark, {"customer_id": customer_id, "trait": trait})
    elif was and not marked:
        writer.delete(CustomerTraitMark, (customer_id, trait))
    return writer.change()
