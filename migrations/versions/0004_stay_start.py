"""Each stage move knows when the deal entered the stage it leaves (``from_entered_at``).

The average days in each stage pair every move with the deal's move before it; kept on the
move itself (see ``salesdesk.core.stay_starts``, whose triggers maintain it), the pairing is
done once, when a move is written. The (moved_at) index becomes (moved_at, from_stage_id,
from_entered_at): the days in stage are then read from the index alone.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 06:25:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.core.stay_starts import drop_triggers, pair_history

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("stage_moves", sa.Column("from_entered_at", sa.DateTime(), nullable=True))
    # Pair the existing history once: every move with the deal's move before it. The
    # triggers are created after all migrations have run (refresh_after_migrations).
    pair_history(op.get_bind())
    op.create_index(
        "ix_stage_moves_moved_at_stay",
        "stage_moves",
        ["moved_at", "from_stage_id", "from_entered_at"],
    )
    op.drop_index("ix_stage_moves_moved_at", table_name="stage_moves")


def downgrade() -> None:
    op.create_index("ix_stage_moves_moved_at", "stage_moves", ["moved_at"])
    op.drop_index("ix_stage_moves_moved_at_stay", table_name="stage_moves")
    drop_triggers(op.get_bind())
    with op.batch_alter_table("stage_moves") as batch:
        batch.drop_column("from_entered_at")
