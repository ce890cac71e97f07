"""Each stage move knows the deal's previous entry into its stage and the stages it reached later.

With ``prev_entry_at`` and ``later_stages`` on the move (see ``salesdesk.core.stage_entries``,
whose triggers maintain them) the funnel's conversion is one range read of the new
(to_stage_id, moved_at, prev_entry_at, later_stages) index instead of a grouping of every
deal's history; that index also replaces the plain (to_stage_id) one. The stays index is
reordered to (from_stage_id, moved_at, from_entered_at), so each stage's stays are read as one
range. Two covering indexes on deals serve the open pipeline (per stage and currency: the
funnel's open deals, the forecasts, rotting) and the deals closed in a period without reading
the wide deal rows; they replace the plain (status) index.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.core.stage_entries import drop_triggers

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN_PIPELINE = (
    "status",
    "stage_id",
    "currency",
    "value_cents",
    "probability_override",
    "expected_close",
    "stage_entered_at",
)
CLOSED = ("status", "closed_at", "currency", "value_cents", "lost_reason")


def upgrade() -> None:
    op.add_column("stage_moves", sa.Column("prev_entry_at", sa.DateTime(), nullable=True))
    op.add_column(
        "stage_moves",
        sa.Column("later_stages", sa.Integer(), nullable=False, server_default="0"),
    )
    # Filled from the whole history, and the triggers created, once all migrations have run
    # (migrations/env.py: stage_entries.refresh_after_migrations).
    op.create_index(
        "ix_stage_moves_stage_entries",
        "stage_moves",
        ["to_stage_id", "moved_at", "prev_entry_at", "later_stages"],
    )
    op.drop_index("ix_stage_moves_to_stage_id", table_name="stage_moves")
    op.create_index(
        "ix_stage_moves_stays", "stage_moves", ["from_stage_id", "moved_at", "from_entered_at"]
    )
    op.drop_index("ix_stage_moves_moved_at_stay", table_name="stage_moves")
    op.create_index("ix_deals_open_pipeline", "deals", list(OPEN_PIPELINE))
    op.create_index("ix_deals_closed", "deals", list(CLOSED))
    op.drop_index("ix_deals_status", table_name="deals")


def downgrade() -> None:
    op.create_index("ix_deals_status", "deals", ["status"])
    op.drop_index("ix_deals_closed", table_name="deals")
    op.drop_index("ix_deals_open_pipeline", table_name="deals")
    op.create_index(
        "ix_stage_moves_moved_at_stay",
        "stage_moves",
        ["moved_at", "from_stage_id", "from_entered_at"],
    )
    op.drop_index("ix_stage_moves_stays", table_name="stage_moves")
    op.create_index("ix_stage_moves_to_stage_id", "stage_moves", ["to_stage_id"])
    op.drop_index("ix_stage_moves_stage_entries", table_name="stage_moves")
    drop_triggers(op.get_bind())
    with op.batch_alter_table("stage_moves") as batch:
        batch.drop_column("later_stages")
        batch.drop_column("prev_entry_at")
