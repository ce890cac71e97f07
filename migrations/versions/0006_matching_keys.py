"""Matching keys for finding duplicates, and birthdays known without their year.

Customers and companies get ``name_key`` and contact points ``match_key`` (see
``salesdesk.core.matching``: NFKC + case folding with whitespace collapsed for names and
e-mail addresses, E.164 for phone numbers), each indexed, so an import, quick create and the
contact editor find an existing "Ärzte AG" or "Mehmet Özil" whatever the case or Unicode
form. The keys of existing rows are computed here in Python (SQLite's ``lower()`` folds ASCII
only). ``customers.birthday_year_known`` is false for a birthday without a year.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salesdesk.core.matching import contact_key, name_key
from salesdesk.core.search import drop_triggers

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHUNK = 5_000


def _fill(table: str, column: str, key_of, columns: str) -> None:  # noqa: ANN001
    connection = op.get_bind()
    rows = connection.exec_driver_sql(f"SELECT id, {columns} FROM {table}").fetchall()
    for start in range(0, len(rows), _CHUNK):
        connection.exec_driver_sql(
            f"UPDATE {table} SET {column} = ? WHERE id = ?",
            [(key_of(*row[1:]), row[0]) for row in rows[start : start + _CHUNK]],
        )


def upgrade() -> None:
    # Rebuilding customers and companies with the search triggers on them fails; migrations/env.py
    # recreates them after the last migration (a new database has them from 0002).
    drop_triggers(op.get_bind())
    for table in ("customers", "companies"):
        op.add_column(table, sa.Column("name_key", sa.String(length=800), nullable=True))
        _fill(table, "name_key", name_key, "name")
        with op.batch_alter_table(table) as batch:
            batch.alter_column("name_key", existing_type=sa.String(length=800), nullable=False)
        op.create_index(f"ix_{table}_name_key", table, ["name_key"])
    op.add_column(
        "customers",
        sa.Column("birthday_year_known", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    op.add_column("contact_methods", sa.Column("match_key", sa.String(length=800), nullable=True))
    _fill("contact_methods", "match_key", contact_key, "kind, value")
    op.create_index("ix_contact_methods_match_key", "contact_methods", ["match_key"])


def downgrade() -> None:
    drop_triggers(op.get_bind())
    op.drop_index("ix_contact_methods_match_key", table_name="contact_methods")
    with op.batch_alter_table("contact_methods") as batch:
        batch.drop_column("match_key")
    for table in ("companies", "customers"):
        op.drop_index(f"ix_{table}_name_key", table_name=table)
    with op.batch_alter_table("companies") as batch:
        batch.drop_column("name_key")
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("birthday_year_known")
        batch.drop_column("name_key")
