"""Writing down a note about a customer or one of their deals, and taking it back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from salesdesk.core.changes import Change
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.models import Customer, Deal, Note
from salesdesk.core.operations.row_change import remove_row, save_row

MAX_NOTE = 5000


def add_note(
    session: Session, customer_id: int, deal_id: int | None, text: str, now: datetime
) -> Change:
    """Add a note written ``now`` to a customer (and one of their deals); checked first."""
    clean = text.strip()
    if not clean:
        raise InvalidFieldsError(
            [FieldProblem("text", translate("Customers", "the note is empty"))]
        )
    if len(clean) > MAX_NOTE:
        raise InvalidFieldsError(
            [
                FieldProblem(
                    "text",
                    translate("Customers", "the note is longer than %1 characters", MAX_NOTE),
                )
            ]
        )
    if session.get(Customer, customer_id) is None:
        raise SalesDeskError(translate("Customers", "that customer no longer exists"))
    if deal_id is not None:
        deal = session.get(Deal, deal_id)
        if deal is None or deal.customer_id != customer_id:
            raise SalesDeskError(translate("Customers", "that deal is not one of the customer's"))
    return save_row(
        session,
        Note,
        None,
        {"customer_id": customer_id, "deal_id": deal_id, "text": clean, "written_at": now},
    )


def remove_note(session: Session, note_id: int) -> Change:
    """Take a note back (undo puts it back as it was)."""
    return remove_row(session, Note, note_id)
