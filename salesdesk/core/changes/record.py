"""The change record: every row an operation touched, as it was before and after.

A ``Change`` is frozen data. Its ``undo`` and ``redo`` write the rows back in the caller's
transaction, but first check that each row is still exactly as the change left it (``undo``)
or found it (``redo``), and that nothing added since refers to a row about to be removed. The
check compares whole rows, so it needs no version column and works the same on a later team
server: it is an optimistic lock on the rows of one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from salesdesk.core.changes.tables import Key, Row


@dataclass(frozen=True)
class RowImage:
    """One row of ``table`` before and after a change (None: no row)."""

    table: str
    key: Key
    before: Row | None
    after: Row | None

    @property
    def changed(self) -> bool:
        """Return True when the change did anything to this row."""
        return self.before != self.after


@dataclass(frozen=True)
class Change:
    """What one operation changed: row images in the order the operation first touched them."""

    rows: tuple[RowImage, ...] = ()

    @property
    def changed(self) -> bool:
        """Return True when any row changed."""
        return any(image.changed for image in self.rows)

    @property
    def tables(self) -> frozenset[str]:
        """Return the names of the tables with a changed row (what screens must reload)."""
        return frozenset(image.table for image in self.rows if image.changed)

    @property
    def row_id(self) -> Any:
        """Return the key of the first row the change touched (the entry a save made)."""
        return self.rows[0].key[0] if self.rows else None

    def keys(self, table: str) -> tuple[Any, ...]:
        """Return the single-column keys of the changed rows of ``table``, in order."""
        return tuple(image.key[0] for image in self.rows if image.table == table and image.changed)

    def inserted(self, table: str) -> tuple[Any, ...]:
        """Return the single-column keys of the rows of ``table`` the change added."""
        return tuple(
            image.key[0]
            for image in self.rows
            if image.table == table and image.before is None and image.after is not None
        )

    def image(self, table: str, key: Any) -> RowImage | None:
        """Return the image of one row (a single-column key may be given bare)."""
        wanted = key if isinstance(key, tuple) else (key,)
        return next(
            (image for image in self.rows if image.table == table and image.key == wanted), None
        )

    def then(self, later: Change) -> Change:
        """Return one change made of this one followed by ``later`` (in one transaction)."""
        return combined((self, later))

    def undo(self, session: Session) -> None:
        """Put every row back as it was before, if no row was changed since (else refuse)."""
        from salesdesk.core.changes.restore import restore

        restore(session, self.rows, undo=True)

    def redo(self, session: Session) -> None:
        """Make the change again exactly (same ids), if the rows are as it found them."""
        from salesdesk.core.changes.restore import restore

        restore(session, self.rows, undo=False)


def combined(changes: Iterable[Change]) -> Change:
    """Return one change of several made one after another: each row's first before, last after."""
    first: dict[tuple[str, Key], RowImage] = {}
    for change in changes:
        for image in change.rows:
            address = (image.table, image.key)
            earlier = first.get(address)
            before = image.before if earlier is None else earlier.before
            first[address] = RowImage(image.table, image.key, before, image.after)
    return Change(tuple(image for image in first.values()))
