"""A reporting currency per database, and exchange rates valid from a day.

``exchange_rates`` holds what one unit of a base currency is worth in another currency from
``valid_from`` on (1 EUR = 1.0856 USD); the rate is an exact decimal with up to ten places,
stored as an integer of 10^-10 units (no floating point, no database-specific type).

The setting ``reporting_currency`` is the currency every total is shown in. A database that
holds data already gets the currency its new deals were made in (``default_currency``); a new
database gets the defaults after the migrations, from the locale it is made in. The downgrade
removes both again: the rates and the choice of reporting currency are lost, every other row
stays.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exchange_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("base", sa.String(length=3), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("rate_units", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("length(base) = 3", name=op.f("ck_exchange_rates_base_code")),
        sa.CheckConstraint("length(currency) = 3", name=op.f("ck_exchange_rates_currency_code")),
        sa.CheckConstraint("base <> currency", name=op.f("ck_exchange_rates_two_currencies")),
        sa.CheckConstraint("rate_units > 0", name=op.f("ck_exchange_rates_rate_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rates")),
        sa.UniqueConstraint(
            "base",
            "currency",
            "valid_from",
            name=op.f("uq_exchange_rates_base_currency_valid_from"),
        ),
    )
    # Standard SQL (no INSERT OR IGNORE): only a database with settings gets the row here.
    op.execute(
        "INSERT INTO settings (key, value) "
        "SELECT 'reporting_currency', value FROM settings WHERE key = 'default_currency' "
        "AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'reporting_currency')"
    )


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE key = 'reporting_currency'")
    op.drop_table("exchange_rates")
