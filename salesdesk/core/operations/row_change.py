"""One row saved or removed as a change record: the simple entries of a customer's card.

A saved entry (a family member, a piece of company news, an answer) is one row put in or
changed; its ``Change`` undoes and redoes it exactly (same id).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.changes.tables import read_rows, table_of
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.models import Base

Row = dict[str, Any]


def row_of(session: Session, model: type[Base], row_id: Any) -> Row | None:
    """Return a row as a dict of its table columns, or None."""
    session.flush()
    return read_rows(session, table_of(model).name, [(row_id,)]).get((row_id,))


def save_row(session: Session, model: type[Base], before: Row | None, values: Row) -> Change:
    """Insert a row (``before`` None) or change ``before`` to hold ``values``."""
    writer = RowWriter(session)
    if before is None:
        writer.insert(model, values)
    elif any(before.get(name) != value for name, value in values.items()):
        writer.update(model, before["id"], values)
    return writer.change()


def remove_row(session: Session, model: type[Base], row_id: int) -> Change:
    """Remove one row (undo puts it back with the same id, and what it took along)."""
    if row_of(session, model, row_id) is None:
        raise SalesDeskError(
            translate("Customers", "that entry no longer exists; open the card again")
        )
    writer = RowWriter(session)
    writer.delete(model, row_id)
    return writer.change()
