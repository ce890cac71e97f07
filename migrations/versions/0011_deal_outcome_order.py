"""Indexes in the order of the list of closed and held deals: the most recently decided first.

The list shows the first page of 50,000 closed and held deals without sorting them all. Its
order is the outcome time: a closed deal's close time, else when the deal entered its stage
(a held deal: when it was put on hold). One index holds the close time and id, one the time
the deal entered its stage and id, each with what the list filters on (the state, the lost
reason; the second also the close time), so SQLite reads both from the end, merges them and
stops after one page (``core.queries.deal_lists``). Only indexes: no data changes.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 14:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_deals_closed_order", "deals", ["closed_at", "id", "status", "lost_reason_id"]
    )
    op.create_index(
        "ix_deals_entered_order",
        "deals",
        ["stage_entered_at", "id", "closed_at", "status", "lost_reason_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_deals_entered_order", table_name="deals")
    op.drop_index("ix_deals_closed_order", table_name="deals")
