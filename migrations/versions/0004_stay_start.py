"""Each stage move knows when the deal entered the stage it leaves (``from_entered_at``).

The average days in each stage pair every move with the deal's move before it; in SQLite that
took a window over the whole history on every Analytics reload (about 0.4 s for 300,000
moves). Kept on the move itself by triggers, the pairing is done once, when a move is written:

- after an insert: the new move takes the time of the deal's move before it, and the move
  after it (a move recorded out of order) takes the new move's time;
- after a delete: the move after the deleted one takes the deleted one's start.

No code updates stage moves (history is only added and removed), so there is no update
trigger. The (moved_at) index becomes (moved_at, from_stage_id, from_entered_at): the days in
stage are then read from the index alone.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 06:25:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The deal's moves ordered by (moved_at, id): ``before`` / ``after`` a given move.
_BEFORE = "p.deal_id = {m}.deal_id AND (p.moved_at, p.id) < ({m}.moved_at, {m}.id)"
_AFTER = "n.deal_id = {m}.deal_id AND (n.moved_at, n.id) > ({m}.moved_at, {m}.id)"

TRIGGERS = {
    "stage_moves_stay_start_insert": f"""
CREATE TRIGGER stage_moves_stay_start_insert AFTER INSERT ON stage_moves BEGIN
  UPDATE stage_moves SET from_entered_at = (
    SELECT p.moved_at FROM stage_moves p WHERE {_BEFORE.format(m="NEW")}
    ORDER BY p.moved_at DESC, p.id DESC LIMIT 1
  ) WHERE id = NEW.id;
  UPDATE stage_moves SET from_entered_at = NEW.moved_at WHERE id = (
    SELECT n.id FROM stage_moves n WHERE {_AFTER.format(m="NEW")}
    ORDER BY n.moved_at, n.id LIMIT 1
  );
END""",
    "stage_moves_stay_start_delete": f"""
CREATE TRIGGER stage_moves_stay_start_delete AFTER DELETE ON stage_moves BEGIN
  UPDATE stage_moves SET from_entered_at = OLD.from_entered_at WHERE id = (
    SELECT n.id FROM stage_moves n WHERE {_AFTER.format(m="OLD")}
    ORDER BY n.moved_at, n.id LIMIT 1
  );
END""",
}


def upgrade() -> None:
    op.add_column("stage_moves", sa.Column("from_entered_at", sa.DateTime(), nullable=True))
    # Pair the existing history once: every move with the deal's move before it.
    op.execute("CREATE TEMP TABLE stay_starts (id INTEGER PRIMARY KEY, started DATETIME) ")
    op.execute(
        "INSERT INTO stay_starts SELECT id, lag(moved_at) OVER "
        "(PARTITION BY deal_id ORDER BY moved_at, id) FROM stage_moves"
    )
    op.execute(
        "UPDATE stage_moves SET from_entered_at = "
        "(SELECT started FROM stay_starts WHERE stay_starts.id = stage_moves.id)"
    )
    op.execute("DROP TABLE stay_starts")
    for statement in TRIGGERS.values():
        op.execute(statement)
    op.create_index(
        "ix_stage_moves_moved_at_stay", "stage_moves",
        ["moved_at", "from_stage_id", "from_entered_at"],
    )  # fmt: skip
    op.drop_index("ix_stage_moves_moved_at", table_name="stage_moves")


def downgrade() -> None:
    op.create_index("ix_stage_moves_moved_at", "stage_moves", ["moved_at"])
    op.drop_index("ix_stage_moves_moved_at_stay", table_name="stage_moves")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table("stage_moves") as batch:
        batch.drop_column("from_entered_at")
