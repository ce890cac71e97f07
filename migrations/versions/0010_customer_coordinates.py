"""Coordinates of a customer's address: an optional latitude and longitude.

Where both are known, the day's route measures the straight line between two visits instead
of guessing from their cities. Both or neither are stored (a CHECK pairs them), latitude
within -90..90 and longitude within -180..180 degrees. Existing customers have none. The
customers table is rebuilt in batch mode for the CHECKs; the downgrade drops the columns.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECKS = {
    "ck_customers_coordinates_paired": "(latitude IS NULL) = (longitude IS NULL)",
    "ck_customers_latitude_range": "latitude >= -90 AND latitude <= 90",
    "ck_customers_longitude_range": "longitude >= -180 AND longitude <= 180",
}


def upgrade() -> None:
    with op.batch_alter_table("customers", recreate="always") as batch:
        batch.add_column(sa.Column("latitude", sa.Float(), nullable=True))
        batch.add_column(sa.Column("longitude", sa.Float(), nullable=True))
        for name, condition in CHECKS.items():
            batch.create_check_constraint(op.f(name), condition)


def downgrade() -> None:
    with op.batch_alter_table("customers", recreate="always") as batch:
        for name in CHECKS:
            batch.drop_constraint(op.f(name), type_="check")
        batch.drop_column("longitude")
        batch.drop_column("latitude")
