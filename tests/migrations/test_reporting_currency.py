"""Migration 0009: the reporting currency and exchange rates, up and down with data."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from salesdesk.core import migrate
from salesdesk.core.sample import generate_sample
from salesdesk.core.store import Database
from tests.migrations.conftest import dump_tables, on_connection


@pytest.fixture
def at_0008(database: Database) -> Path:
    """A database with data in every table of revision 0008, new deals in pounds."""
    with database.transaction() as session:
        generate_sample(session, customers=12, deals=30, seed=5)
    database.close()
    on_connection(database.path, migrate.downgrade, "0008")
    with closing(sqlite3.connect(database.path)) as conn, conn:
        conn.execute("UPDATE settings SET value = 'GBP' WHERE key = 'default_currency'")
    return database.path


def test_upgrade_takes_the_currency_of_new_deals_and_downgrade_keeps_every_other_row(
    at_0008: Path,
) -> None:
    with closing(sqlite3.connect(at_0008)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "exchange_rates" not in tables
        assert conn.execute("SELECT count(*) FROM deals").fetchone()[0] == 30
    before = dump_tables(at_0008)

    on_connection(at_0008, migrate.upgrade, "0009")
    with closing(sqlite3.connect(at_0008)) as conn, conn:
        assert conn.execute(
            "SELECT value FROM settings WHERE key = 'reporting_currency'"
        ).fetchone() == ("GBP",)
        assert conn.execute("SELECT count(*) FROM exchange_rates").fetchone() == (0,)
        conn.execute(
            "INSERT INTO exchange_rates (base, currency, valid_from, rate_units) "
            "VALUES ('GBP', 'USD', '2026-11-01', 12650000000)"
        )
        with pytest.raises(sqlite3.IntegrityError, match="two_currencies"):
            conn.execute(
                "INSERT INTO exchange_rates (base, currency, valid_from, rate_units) "
                "VALUES ('GBP', 'GBP', '2026-11-01', 10000000000)"
            )
        with pytest.raises(sqlite3.IntegrityError, match="rate_positive"):
            conn.execute(
                "INSERT INTO exchange_rates (base, currency, valid_from, rate_units) "
                "VALUES ('GBP', 'EUR', '2026-11-01', 0)"
            )
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute(
                "INSERT INTO exchange_rates (base, currency, valid_from, rate_units) "
                "VALUES ('GBP', 'USD', '2026-11-01', 12000000000)"
            )
    after_upgrade = dump_tables(at_0008)
    assert {
        t: rows for t, rows in after_upgrade.items() if t not in ("settings", "exchange_rates")
    } == {t: rows for t, rows in before.items() if t != "settings"}
    assert set(after_upgrade["settings"]) - set(before["settings"]) == {
        ("reporting_currency", "GBP")
    }

    on_connection(at_0008, migrate.downgrade, "0008")
    assert dump_tables(at_0008) == before

    on_connection(at_0008, migrate.upgrade, "head")
    again = dump_tables(at_0008)
    assert again["exchange_rates"] == [] and again["settings"] == after_upgrade["settings"]


def test_a_new_database_gets_the_currency_once_from_its_locale(tmp_path: Path) -> None:
    from salesdesk.core.store import open_database

    database = open_database(tmp_path / "seoul.sqlite3", locale="ko_KR")
    database.close()
    with closing(sqlite3.connect(database.path)) as conn:
        rows = conn.execute(
            "SELECT key, value FROM settings WHERE key LIKE '%currency' ORDER BY key"
        ).fetchall()
    assert rows == [("default_currency", "KRW"), ("reporting_currency", "KRW")]
