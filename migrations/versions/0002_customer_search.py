"""Customer search: an FTS5 trigram index over customers, kept up by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 03:10:00
"""

from collections.abc import Sequence

from alembic import op

from salesdesk.core.search import create_index, drop_index

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_index(op.get_bind())


def downgrade() -> None:
    drop_index(op.get_bind())
