"""What the change records need to know of the tables: keys, kept columns, reading, references.

Rows are plain dicts keyed by table column names, read with the columns' own types (aware
UTC datetimes, exact money, enum members), so images compare equal exactly when the stored
values are equal. Columns that triggers keep (``info={"kept_by_triggers": True}``) are left
out: they follow from other rows and are never written by SalesDesk.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Column, ForeignKey, Table, select, tuple_
from sqlalchemy.orm import Session

from salesdesk.core.models import Base

Key = tuple[Any, ...]
Row = dict[str, Any]
_CHUNK = 400  # keys per IN (...) list, well below SQLite's variable limit


def table_of(name_or_model: str | type[Base] | Table) -> Table:
    """Return the ``Table`` of a table name, a model class or a table."""
    if isinstance(name_or_model, Table):
        return name_or_model
    if isinstance(name_or_model, str):
        return Base.metadata.tables[name_or_model]
    table = name_or_model.__table__
    assert isinstance(table, Table)
    return table


@cache
def kept_columns(table_name: str) -> tuple[Column[Any], ...]:
    """Return the columns a change record keeps for a table (those SalesDesk writes)."""
    table = table_of(table_name)
    return tuple(column for column in table.columns if not column.info.get("kept_by_triggers"))


@cache
def key_columns(table_name: str) -> tuple[Column[Any], ...]:
    """Return the primary key columns of a table."""
    return tuple(table_of(table_name).primary_key.columns)


def key_of(table_name: str, row: Mapping[str, Any]) -> Key:
    """Return the primary key of ``row``."""
    return tuple(row[column.key] for column in key_columns(table_name))


def key_condition(table_name: str, keys: Sequence[Key]) -> Any:
    """Return a WHERE condition matching the rows with these primary keys."""
    columns = key_columns(table_name)
    if len(columns) == 1:
        return columns[0].in_([key[0] for key in keys])
    return tuple_(*columns).in_(list(keys))


def _chunks(keys: Sequence[Key]) -> Iterable[Sequence[Key]]:
    for start in range(0, len(keys), _CHUNK):
        yield keys[start : start + _CHUNK]


def read_rows(session: Session, table_name: str, keys: Iterable[Key]) -> dict[Key, Row]:
    """Return the kept columns of the rows with ``keys`` that exist, by key."""
    wanted = list(dict.fromkeys(keys))
    columns = kept_columns(table_name)
    found: dict[Key, Row] = {}
    for chunk in _chunks(wanted):
        query = select(*columns).where(key_condition(table_name, chunk))
        for values in session.connection().execute(query):
            row = dict(zip((column.key for column in columns), values, strict=True))
            found[key_of(table_name, row)] = row
    return found


def existing_keys(session: Session, table_name: str, keys: Iterable[Key]) -> set[Key]:
    """Return which of ``keys`` exist in the table."""
    wanted = list(dict.fromkeys(keys))
    columns = key_columns(table_name)
    found: set[Key] = set()
    for chunk in _chunks(wanted):
        query = select(*columns).where(key_condition(table_name, chunk))
        found.update(tuple(values) for values in session.connection().execute(query))
    return found


@cache
def references_to(table_name: str) -> tuple[tuple[str, ForeignKey], ...]:
    """Return (referring table, foreign key) for every foreign key pointing at the table."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            for foreign_key in column.foreign_keys:
                if foreign_key.column.table.name == table_name:
                    found.append((table.name, foreign_key))
    return tuple(found)


def referring_keys(
    session: Session, table_name: str, foreign_key: ForeignKey, parents: Sequence[Key]
) -> set[Key]:
    """Return the keys of rows of ``table_name`` whose ``foreign_key`` points at ``parents``."""
    column = foreign_key.parent
    values = list(dict.fromkeys(key[0] for key in parents))
    found: set[Key] = set()
    for start in range(0, len(values), _CHUNK):
        query = select(*key_columns(table_name)).where(column.in_(values[start : start + _CHUNK]))
        found.update(tuple(row) for row in session.connection().execute(query))
    return found


@cache
def table_order() -> dict[str, int]:
    """Return each table's place in dependency order (referenced tables first)."""
    return {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}


@cache
def unique_column_sets(table_name: str) -> tuple[tuple[str, ...], ...]:
    """Return the column names of each unique constraint of a table (its key excluded)."""
    from sqlalchemy import UniqueConstraint

    table = table_of(table_name)
    found = [
        tuple(column.key for column in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    found += [
        tuple(column.key for column in index.columns) for index in table.indexes if index.unique
    ]
    found += [(column.key,) for column in table.columns if column.unique]
    return tuple(dict.fromkeys(found))


@cache
def self_references(table_name: str) -> tuple[str, ...]:
    """Return the columns of a table that refer to the same table (a boss, a follow-up)."""
    table = table_of(table_name)
    return tuple(
        column.key
        for column in table.columns
        for foreign_key in column.foreign_keys
        if foreign_key.column.table is table
    )
