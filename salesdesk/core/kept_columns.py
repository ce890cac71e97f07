"""Columns that triggers keep from other rows, and how they survive migrations.

Some facts the Analytics screen needs would take a pass over the whole history on every
reload (when did the stay a move ends begin; which stages did the deal reach later). Triggers
keep them on the row instead, as rows are added and removed. A batch rebuild of the table in
a migration would drop those triggers without a word, so migrations run with them dropped;
afterwards the columns are filled again from the whole history and the triggers recreated,
when the schema has the columns (a downgrade may have removed them).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

Executor = Connection | Session


@dataclass(frozen=True)
class KeptColumns:
    """Columns of a table, the triggers that keep them, and how to fill them from scratch.

    ``triggers`` maps each trigger's name to its CREATE statement; ``fill`` sets the columns
    of every row from the whole history.
    """

    table: str
    columns: frozenset[str]
    triggers: Mapping[str, str]
    fill: Callable[[Executor], None]

    def create_triggers(self, db: Executor) -> None:
        """Create the triggers."""
        for statement in self.triggers.values():
            db.execute(text(statement))

    def drop_triggers(self, db: Executor) -> None:
        """Drop the triggers (while migrations may rebuild the table)."""
        for name in self.triggers:
            db.execute(text(f"DROP TRIGGER IF EXISTS {name}"))

    def present(self, db: Executor) -> bool:
        """Return True when the table has all the columns (its migration has run)."""
        found = db.execute(text("SELECT name FROM pragma_table_info(:t)"), {"t": self.table})
        return self.columns <= set(found.scalars())

    def refresh_after_migrations(self, db: Executor) -> None:
        """Fill the columns again and recreate the triggers, when the schema has the columns."""
        if self.present(db):
            self.drop_triggers(db)
            self.fill(db)
            self.create_triggers(db)


def set_previous_move_times(
    db: Executor, column: str, partition_by: str, also_set: str = ""
) -> None:
    """Set a column of every stage move to the time of the move before it in its partition.

    Moves are ordered by (moved_at, id) within ``partition_by`` (e.g. ``deal_id``);
    ``also_set`` adds assignments to the same pass. A window fills a keyed temporary table
    once, since an UPDATE cannot read a window.
    """
    db.execute(text("CREATE TEMP TABLE previous_moves (id INTEGER PRIMARY KEY, at DATETIME)"))
    db.execute(
        text(
            "INSERT INTO previous_moves SELECT id, lag(moved_at) OVER "
            f"(PARTITION BY {partition_by} ORDER BY moved_at, id) FROM stage_moves"
        )
    )
    extra = f", {also_set}" if also_set else ""
    db.execute(
        text(
            f"UPDATE stage_moves SET {column} = (SELECT at FROM previous_moves"
            f" WHERE previous_moves.id = stage_moves.id){extra}"
        )
    )
    db.execute(text("DROP TABLE previous_moves"))
