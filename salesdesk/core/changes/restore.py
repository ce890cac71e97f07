"""Writing a change's rows back (undo) or again (redo), after checking nobody changed them since.

Order of the writes, so that no constraint fails on the way and only standard SQL is needed:
1. rows whose unique values change (or that go away) get a parked unique value first;
2. rows that come back are inserted, referenced tables first;
3. rows that stay are updated, referenced tables first;
4. rows that go away are deleted, referring tables first.
A row about to be inserted or pointed at must have its parents there afterwards, and a row
about to be deleted must have no referring row outside the change: either would mean the
world moved on, and the step is refused (``StaleChangeError``) before anything is written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from salesdesk.core.changes.record import RowImage
from salesdesk.core.changes.tables import (
    Key,
    Row,
    existing_keys,
    kept_columns,
    key_columns,
    key_condition,
    read_rows,
    references_to,
    referring_keys,
    self_references,
    table_of,
    table_order,
    unique_column_sets,
)
from salesdesk.core.errors import StaleChangeError

ROW_NOUNS = {
    "deals": "a deal",
    "stage_moves": "a deal's history",
    "stages": "a stage",
    "customers": "a customer",
    "companies": "a company",
    "activities": "a visit or call",
    "visit_checklist_items": "a checklist item",
    "checklist_templates": "a checklist template",
    "checklist_groups": "a checklist template",
    "checklist_template_items": "a checklist template",
    "profile_entries": "a profile answer",
    "profile_questions": "a guiding question",
    "objections": "an objection",
    "exchange_rates": "an exchange rate",
    "settings": "a setting",
}


def _noun(table: str) -> str:
    return ROW_NOUNS.get(table, "an entry")


def _refusal(undo: bool, why: str) -> StaleChangeError:
    step = "undone" if undo else "redone"
    return StaleChangeError(
        f"This step can no longer be {step}: {why} since (in another window, by another "
        "SalesDesk or by an import). Nothing was changed."
    )


def restore(session: Session, images: Sequence[RowImage], *, undo: bool) -> None:
    """Write each image's ``before`` (undo) or ``after`` (redo) after checking the rows."""
    session.flush()
    wanted = {(i.table, i.key): (i.before if undo else i.after) for i in images if i.changed}
    expected = {(i.table, i.key): (i.after if undo else i.before) for i in images if i.changed}
    by_table: dict[str, list[Key]] = defaultdict(list)
    for table, key in wanted:
        by_table[table].append(key)
    current: dict[tuple[str, Key], Row | None] = {}
    for table, keys in by_table.items():
        found = read_rows(session, table, keys)
        for key in keys:
            current[(table, key)] = found.get(key)
    for address, row in current.items():
        if row != expected[address]:
            raise _refusal(undo, f"{_noun(address[0])} it changed was changed")
    _check_references(session, wanted, current, undo)
    try:
        _write(session, wanted, current)
    except IntegrityError as error:
        raise _refusal(undo, "something added meanwhile stands in its way") from error
    session.expire_all()


def _check_references(
    session: Session,
    wanted: dict[tuple[str, Key], Row | None],
    current: dict[tuple[str, Key], Row | None],
    undo: bool,
) -> None:
    """Refuse when a removed row is referred to from outside, or a kept row's parent is gone."""
    removed: dict[str, list[Key]] = defaultdict(list)
    for (table, key), row in wanted.items():
        if row is None and current[(table, key)] is not None:
            removed[table].append(key)
    for table, keys in removed.items():
        for child_table, foreign_key in references_to(table):
            for child in referring_keys(session, child_table, foreign_key, keys):
                if (child_table, child) not in wanted or (
                    wanted[(child_table, child)] is not None
                    and (wanted[(child_table, child)] or {}).get(foreign_key.parent.key)
                    in {key[0] for key in keys}
                ):
                    raise _refusal(undo, f"{_noun(child_table)} was added to what it removes")
    needed: dict[str, set[Key]] = defaultdict(set)
    for (table, _key), row in wanted.items():
        if row is None:
            continue
        old = current[(table, _key)]
        for column in table_of(table).columns:
            for foreign_key in column.foreign_keys:
                value = row.get(column.key)
                if value is None or (old is not None and old.get(column.key) == value):
                    continue
                needed[foreign_key.column.table.name].add((value,))
    for parent_table, keys in needed.items():
        inside = {key for key in keys if (parent_table, key) in wanted}
        missing = {key for key in inside if wanted[(parent_table, key)] is None}
        outside = keys - inside
        gone = outside - existing_keys(session, parent_table, outside)
        if missing or gone:
            raise _refusal(undo, f"{_noun(parent_table)} it refers to was removed")


def _ordered(tables: Iterable[str], *, parents_first: bool) -> list[str]:
    order = table_order()
    return sorted(set(tables), key=lambda name: order[name], reverse=not parents_first)


def _self_ordered(table: str, rows: list[tuple[Key, Row]]) -> list[tuple[Key, Row]]:
    """Order rows of one table so a row comes after the rows of the batch it refers to."""
    columns = self_references(table)
    if not columns or len(rows) < 2:
        return sorted(rows, key=lambda item: item[0])
    pending = dict(sorted(rows, key=lambda item: item[0]))
    done: list[tuple[Key, Row]] = []
    while pending:
        ready = [
            key
            for key, row in pending.items()
            if all((row.get(column),) not in pending for column in columns)
        ] or [next(iter(pending))]
        for key in ready:
            done.append((key, pending.pop(key)))
    return done


def _where_key(table: str, key: Key) -> Any:
    return key_condition(table, [key])


def _write(
    session: Session,
    wanted: dict[tuple[str, Key], Row | None],
    current: dict[tuple[str, Key], Row | None],
) -> None:
    inserts: dict[str, list[tuple[Key, Row]]] = defaultdict(list)
    updates: dict[str, list[tuple[Key, Row]]] = defaultdict(list)
    deletes: dict[str, list[Key]] = defaultdict(list)
    for (table, key), row in wanted.items():
        now = current[(table, key)]
        if now is None and row is not None:
            inserts[table].append((key, row))
        elif now is not None and row is None:
            deletes[table].append(key)
        elif now is not None and row is not None:
            updates[table].append((key, row))
    connection = session.connection()
    _park_unique_values(connection, inserts, updates, deletes, current)
    for table in _ordered(inserts, parents_first=True):
        rows = [row for _, row in _self_ordered(table, inserts[table])]
        connection.execute(insert(table_of(table)), rows)
    for table in _ordered(updates, parents_first=True):
        keys = {column.key for column in key_columns(table)}
        for key, row in updates[table]:
            values = {name: value for name, value in row.items() if name not in keys}
            connection.execute(update(table_of(table)).where(_where_key(table, key)).values(values))
    for table in _ordered(deletes, parents_first=False):
        ordered = [
            key for key, _ in reversed(_self_ordered(table, [(k, {}) for k in deletes[table]]))
        ]
        connection.execute(delete(table_of(table)).where(key_condition(table, ordered)))


def _park_unique_values(
    connection: Any,
    inserts: dict[str, list[tuple[Key, Row]]],
    updates: dict[str, list[tuple[Key, Row]]],
    deletes: dict[str, list[Key]],
    current: dict[tuple[str, Key], Row | None],
) -> None:
    """Move unique values out of the way where rows swap or free them (a renamed stage).

    A row is parked only when another row of the step is to take its unique values (rows are
    inserted and updated before others are deleted): a row that merely changes, or goes away,
    keeps its values, so columns with their own rules (a three-letter code) are never parked
    without need.
    """
    for table in set(updates) | set(deletes):
        column_sets = unique_column_sets(table)
        if not column_sets:
            continue
        texts = {column.key for column in kept_columns(table) if _is_text(column)}
        targets = [key for key, _ in updates.get(table, [])] + deletes.get(table, [])
        incoming = [*inserts.get(table, []), *updates.get(table, [])]
        for key in targets:
            old = current[(table, key)]
            assert old is not None
            taken = [
                columns
                for columns in column_sets
                if any(
                    other != key and all(wanted[name] == old[name] for name in columns)
                    for other, wanted in incoming
                )
            ]
            park = {
                name: f"\ufeffparked-{'-'.join(map(str, key))}"
                for columns in taken
                for name in columns
                if name in texts
            }
            if park:
                connection.execute(
                    update(table_of(table)).where(_where_key(table, key)).values(park)
                )


def _is_text(column: Any) -> bool:
    try:
        return column.type.python_type is str
    except NotImplementedError:
        return False
