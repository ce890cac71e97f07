"""Migration 0010: customers' coordinates arrive empty, are guarded, and leave cleanly."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from salesdesk.core import migrate
from salesdesk.core.sample import generate_sample
from salesdesk.core.store import Database, database_revision, open_database
from tests.migrations.conftest import dump_tables, on_connection, table_columns

REVISION, BEFORE = "0010", "0009"


def _places(path: Path) -> list[tuple[int, float | None, float | None]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT id, latitude, longitude FROM customers ORDER BY id").fetchall()


@pytest.fixture
def sampled(database: Database) -> Path:
    with database.transaction() as session:
        generate_sample(session, customers=30, deals=20, seed=4, region="ES")
    database.close()
    return database.path


def test_the_downgrade_drops_only_the_coordinates(sampled: Path) -> None:
    placed = [row for row in _places(sampled) if row[1] is not None]
    assert len(placed) > 5  # the sample geocodes most addresses
    columns = table_columns(sampled)
    assert {"latitude", "longitude"} <= set(columns["customers"])
    kept = {
        table: [n for n in names if n not in ("latitude", "longitude")]
        for table, names in columns.items()
    }
    before = dump_tables(sampled, kept)

    on_connection(sampled, migrate.downgrade, BEFORE)
    assert database_revision(sampled) == BEFORE
    assert {"latitude", "longitude"}.isdisjoint(table_columns(sampled)["customers"])
    assert dump_tables(sampled, kept) == before

    on_connection(sampled, migrate.upgrade, REVISION)
    assert dump_tables(sampled, kept) == before
    assert {latitude for _, latitude, _ in _places(sampled)} == {None}


def test_coordinates_come_in_pairs_and_within_range(sampled: Path) -> None:
    open_database(sampled).close()
    with closing(sqlite3.connect(sampled)) as conn:
        conn.execute("UPDATE customers SET latitude = 52.52, longitude = 13.405 WHERE id = 1")
        conn.commit()
        for values in ((52.5, None), (None, 13.4), (90.5, 0.0), (0.0, -180.01)):
            with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
                conn.execute(
                    "UPDATE customers SET latitude = ?, longitude = ? WHERE id = 1", values
                )
        kept = conn.execute("SELECT latitude, longitude FROM customers WHERE id = 1").fetchone()
    assert kept == (52.52, 13.405)
