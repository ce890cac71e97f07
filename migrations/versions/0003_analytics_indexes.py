"""Covering indexes for the Analytics screen: each deal's history, activities done per kind.

The funnel and the days in each stage read every deal's moves in order; with the stage in the
(deal, time, id) index SQLite reads them from the index alone instead of looking up each row.
Counting visits and calls done in a period likewise needs only the (status, time, kind) index.
Both replace narrower indexes that were their prefixes, so every query those served still finds
its index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 06:05:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_stage_moves_deal_history", "stage_moves", ["deal_id", "moved_at", "id", "to_stage_id"]
    )
    op.drop_index("ix_stage_moves_deal_moved_at", table_name="stage_moves")
    op.create_index(
        "ix_activities_status_starts_at_kind", "activities", ["status", "starts_at", "kind"]
    )
    op.drop_index("ix_activities_status_starts_at", table_name="activities")


def downgrade() -> None:
    op.create_index("ix_activities_status_starts_at", "activities", ["status", "starts_at"])
    op.drop_index("ix_activities_status_starts_at_kind", table_name="activities")
    op.create_index("ix_stage_moves_deal_moved_at", "stage_moves", ["deal_id", "moved_at"])
    op.drop_index("ix_stage_moves_deal_history", table_name="stage_moves")
