"""Migration 0006: matching keys filled for existing rows, and removed again, with data."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from salesdesk.core import migrate
from salesdesk.core.sample import generate_sample
from salesdesk.core.store import Database
from tests.migrations.conftest import dump_tables, on_connection

DECOMPOSED_OZIL = "Mehmet O\u0308zil"  # what some keyboards and file systems produce


def test_upgrade_fills_the_keys_of_existing_rows_and_downgrade_keeps_the_data(
    database: Database,
) -> None:
    with database.transaction() as session:
        generate_sample(session, customers=12, deals=10, seed=4)
    database.close()
    path = database.path
    on_connection(path, migrate.downgrade, "0005")
    with closing(sqlite3.connect(path)) as conn, conn:
        company = conn.execute(
            "INSERT INTO companies (name, created_at) VALUES ('ÄRZTE  AG', '2026-01-01') "
            "RETURNING id"
        ).fetchone()[0]
        customer = conn.execute(
            "INSERT INTO customers (name, company_id, tier, created_at, updated_at) VALUES "
            "(?, ?, 'A', '2026-01-01', '2026-01-01') RETURNING id",
            (DECOMPOSED_OZIL, company),
        ).fetchone()[0]
        conn.executemany(
            "INSERT INTO contact_methods (customer_id, kind, value, position) VALUES (?, ?, ?, ?)",
            [
                (customer, "email", "Mehmet.OZIL@Example.com", 0),
                (customer, "phone", "+49 30 1234567", 1),
                (customer, "other", "@mehmet", 2),
            ],
        )
    before = dump_tables(path)

    on_connection(path, migrate.upgrade, "head")
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute(
            "SELECT name_key, birthday_year_known FROM customers WHERE id = ?", (customer,)
        ).fetchone() == ("mehmet özil", 1)
        assert conn.execute(
            "SELECT name_key FROM companies WHERE id = ?", (company,)
        ).fetchone() == ("ärzte ag",)
        keys = conn.execute(
            "SELECT match_key FROM contact_methods WHERE customer_id = ? ORDER BY position",
            (customer,),
        ).fetchall()
        assert keys == [("mehmet.ozil@example.com",), ("+49301234567",), (None,)]
        assert conn.execute(
            "SELECT count(*) FROM customers WHERE name_key IS NULL OR name_key = ''"
        ).fetchone() == (0,)
        sample_phones = conn.execute(
            "SELECT count(*) FROM contact_methods WHERE kind = 'phone' AND match_key NOT LIKE '+%'"
        ).fetchone()
        assert sample_phones == (0,)

    on_connection(path, migrate.downgrade, "0005")
    assert dump_tables(path) == before
    on_connection(path, migrate.upgrade, "head")
