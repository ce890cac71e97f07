"""Writing rows for an operation while keeping their images, so the change can undo itself.

An operation makes one ``RowWriter`` on its session, writes every row through it, and ends
with ``writer.change()``. The writer reads a row before it first touches it, and every touched
row again at the end, so the images hold what is stored (defaults, time stamps, ids) and not
what the operation meant to store. A delete also keeps the rows the database cascades to or
sets to NULL with it, so undo restores them too (a removed boss's reports keep reporting).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import bindparam, delete, insert, update
from sqlalchemy.orm import Session

from salesdesk.core.changes.record import Change, RowImage
from salesdesk.core.changes.tables import (
    Key,
    Row,
    key_columns,
    key_condition,
    read_rows,
    references_to,
    referring_keys,
    table_of,
)
from salesdesk.core.models import Base

Target = str | type[Base]


def _name(target: Target) -> str:
    return table_of(target).name


def _as_key(key: Any) -> Key:
    return key if isinstance(key, tuple) else (key,)


class RowWriter:
    """Inserts, updates and deletes rows in ``session``, remembering each row's first image."""

    def __init__(self, session: Session) -> None:
        session.flush()  # objects added through the ORM are rows before the first image
        self.session = session
        self._before: dict[tuple[str, Key], Row | None] = {}

    # -- remembering -----------------------------------------------------------------------

    def _remember(self, table: str, keys: Iterable[Key]) -> None:
        fresh = [key for key in dict.fromkeys(keys) if (table, key) not in self._before]
        if not fresh:
            return
        found = read_rows(self.session, table, fresh)
        for key in fresh:
            self._before[(table, key)] = found.get(key)

    def _remember_dependents(self, table: str, keys: list[Key]) -> None:
        """Remember the rows a delete of ``keys`` cascades to or sets to NULL, recursively."""
        for child_table, foreign_key in references_to(table):
            action = (foreign_key.ondelete or "").upper()
            if action not in ("CASCADE", "SET NULL"):
                continue
            children = [
                key
                for key in referring_keys(self.session, child_table, foreign_key, keys)
                if (child_table, key) not in self._before
            ]
            if not children:
                continue
            self._remember(child_table, children)
            if action == "CASCADE":
                self._remember_dependents(child_table, children)

    # -- writing ---------------------------------------------------------------------------

    def insert(self, target: Target, values: Mapping[str, Any]) -> Any:
        """Insert one row; return its key (the bare id for a one-column key)."""
        table = table_of(target)
        columns = key_columns(table.name)
        given = {name: value for name, value in values.items() if value is not None or name != "id"}
        result = self.session.connection().execute(insert(table).returning(*columns), given).one()
        key = tuple(result)
        self._before.setdefault((table.name, key), None)
        return key[0] if len(key) == 1 else key

    def update(self, target: Target, key: Any, values: Mapping[str, Any]) -> None:
        """Change columns of one row."""
        self.update_many(target, {key: values})

    def update_many(self, target: Target, changes: Mapping[Any, Mapping[str, Any]]) -> None:
        """Change columns of several rows (each its own values)."""
        if not changes:
            return
        name = _name(target)
        table = table_of(name)
        keyed = {_as_key(key): values for key, values in changes.items()}
        self._remember(name, keyed)
        connection = self.session.connection()
        (key_column,) = key_columns(name) if len(key_columns(name)) == 1 else (None,)
        groups: dict[tuple[str, ...], list[tuple[Key, Mapping[str, Any]]]] = {}
        for key, values in keyed.items():
            groups.setdefault(tuple(sorted(values)), []).append((key, values))
        for columns, rows in groups.items():
            if key_column is None or len(rows) == 1:
                for key, values in rows:
                    statement = update(table).where(key_condition(name, [key])).values(**values)
                    connection.execute(statement)
                continue
            # One statement for many rows of the same shape (a column spread out again).
            statement = (
                update(table)
                .where(key_column == bindparam("_row_key"))
                .values({column: bindparam(f"_new_{column}") for column in columns})
            )
            connection.execute(
                statement,
                [{"_row_key": key[0], **{f"_new_{c}": v[c] for c in columns}} for key, v in rows],
            )

    def delete(self, target: Target, *keys: Any) -> None:
        """Delete rows, with what the database removes or unlinks together with them."""
        if not keys:
            return
        name = _name(target)
        keyed = [_as_key(key) for key in keys]
        self._remember(name, keyed)
        self._remember_dependents(name, keyed)
        self.session.connection().execute(delete(table_of(name)).where(key_condition(name, keyed)))

    # -- the record ------------------------------------------------------------------------

    def change(self) -> Change:
        """Return the change made so far: each touched row before and as stored now."""
        self.session.expire_all()
        by_table: dict[str, list[Key]] = {}
        for table, key in self._before:
            by_table.setdefault(table, []).append(key)
        now = {table: read_rows(self.session, table, keys) for table, keys in by_table.items()}
        images = tuple(
            RowImage(table, key, before, now[table].get(key))
            for (table, key), before in self._before.items()
        )
        return Change(tuple(image for image in images if image.changed))
