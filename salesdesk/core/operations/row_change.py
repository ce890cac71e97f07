"""One row put in, changed or taken out, kept before and after so undo and redo are exact."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, inspect, update
from sqlalchemy.orm import Session

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.models import Base

Row = dict[str, Any]


@dataclass(frozen=True)
class RowChange:
    """A row of ``model`` before and after a change (None: no row)."""

    model: type[Base]
    before: Row | None
    after: Row | None

    @property
    def changed(self) -> bool:
        """Return True when the change did anything."""
        return self.before != self.after

    @property
    def row_id(self) -> int | None:
        """Return the id of the row the change leaves (or removed)."""
        row = self.after or self.before
        return None if row is None else row["id"]


def row_of(session: Session, model: type[Base], row_id: int) -> Row | None:
    """Return a row as a dict of its column attributes, or None."""
    instance = session.get(model, row_id)
    if instance is None:
        return None
    return {column.key: getattr(instance, column.key) for column in inspect(model).column_attrs}


def put_row(
    session: Session, model: type[Base], current: Row | None, wanted: Row | None
) -> Row | None:
    """Replace the row ``current`` with ``wanted`` (either may be None); return what is stored.

    A wanted row without an id gets a new one. A row that stays (same id) is updated in place,
    so rows referring to it (answers to a question, say) keep pointing at it.
    """
    table: Any = model
    if current is not None and wanted is not None and current["id"] == wanted["id"]:
        values = {key: value for key, value in wanted.items() if key != "id"}
        session.execute(update(table).where(table.id == current["id"]).values(**values))
        session.expire_all()
        return dict(wanted)
    if current is not None:
        session.execute(delete(table).where(table.id == current["id"]))
    stored = None
    if wanted is not None:
        values = {key: value for key, value in wanted.items() if key != "id" or value is not None}
        new_id = session.execute(insert(table).returning(table.id), values).scalar_one()
        stored = {**wanted, "id": new_id}
    session.expire_all()
    return stored


def undo_row(session: Session, change: RowChange) -> None:
    """Put the row back as it was before ``change``."""
    put_row(session, change.model, change.after, change.before)


def redo_row(session: Session, change: RowChange) -> None:
    """Make ``change`` again (same id)."""
    put_row(session, change.model, change.before, change.after)


def remove_row(session: Session, model: type[Base], row_id: int) -> RowChange:
    """Remove one row (undo puts it back with the same id)."""
    before = row_of(session, model, row_id)
    if before is None:
        raise SalesDeskError("that entry no longer exists; open the card again")
    put_row(session, model, before, None)
    return RowChange(model, before, None)
