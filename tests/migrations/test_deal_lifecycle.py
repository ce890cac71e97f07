"""Migration 0008: held deals get their On hold stage, free-text lost reasons become a list.

The data is made the way a database of revision 0007 holds it (free-text reasons with
near-duplicates, deals suspended in open stages), upgraded, checked, and downgraded again:
the downgrade gives back exactly what was there.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from salesdesk.core import migrate
from salesdesk.core.analytics.figures import figures
from salesdesk.core.sample import generate_sample
from salesdesk.core.store import Database, open_database
from tests.migrations.conftest import dump_tables, on_connection, table_columns

# (reason as typed at 0007, how many lost deals give it)
TYPED = (
    ("Price", 3),
    ("price ", 1),  # the same reason, typed differently: one entry
    ("PRICE", 1),
    ("no budget", 2),  # one of the default reasons, in other case
    ("Chose Fleetwise: 15 % cheaper", 1),
    ("x" * 100, 1),  # longer than a name may be: clipped, the text kept as detail
)


def _sql(path: Path, sql: str, *values: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(sql, values).fetchall()
        conn.commit()
        return rows


@pytest.fixture
def at_0007(database: Database) -> Path:
    """A database of revision 0007 with typed lost reasons and deals on hold."""
    with database.transaction() as session:
        generate_sample(session, customers=30, deals=100, seed=4)
    database.close()
    path = database.path
    on_connection(path, migrate.downgrade, "0007")
    lost = [row[0] for row in _sql(path, "SELECT id FROM deals WHERE status = 'lost' ORDER BY id")]
    typed = [text for text, count in TYPED for _ in range(count)]
    assert len(lost) >= len(typed) + 1
    for deal_id, text in zip(lost, typed, strict=False):
        _sql(path, "UPDATE deals SET lost_reason = ? WHERE id = ?", text, deal_id)
    _sql(path, "UPDATE deals SET lost_reason = NULL WHERE id = ?", lost[-1])  # no reason
    # A deal on hold without any recorded stage move (older data).
    held = _sql(path, "SELECT id FROM deals WHERE status = 'suspended' ORDER BY id")[0][0]
    _sql(path, "DELETE FROM stage_moves WHERE deal_id = ?", held)
    return path


def test_upgrade_makes_a_list_keeps_every_text_and_puts_held_deals_on_hold(at_0007: Path) -> None:
    path = at_0007
    texts = dict(_sql(path, "SELECT id, lost_reason FROM deals WHERE status = 'lost'"))
    suspended = dict(_sql(path, "SELECT id, stage_id FROM deals WHERE status = 'suspended'"))
    entered = dict(_sql(path, "SELECT id, stage_entered_at FROM deals"))
    moves = _sql(path, "SELECT count(*) FROM stage_moves")[0][0]
    on_connection(path, migrate.upgrade, "0008")

    (hold,) = _sql(path, "SELECT id, name, probability FROM stages WHERE kind = 'hold'")
    assert hold[1:] == ("On hold", 0)
    for deal_id, stage_id in suspended.items():
        (row,) = _sql(path, "SELECT stage_id, stage_entered_at FROM deals WHERE id = ?", deal_id)
        assert row == (hold[0], entered[deal_id])  # on hold since: the stay it was in
        (last,) = _sql(
            path,
            "SELECT from_stage_id, to_stage_id FROM stage_moves WHERE deal_id = ? "
            "ORDER BY moved_at DESC, id DESC LIMIT 1",
            deal_id,
        )
        assert last == (stage_id, hold[0])
    assert _sql(path, "SELECT count(*) FROM stage_moves")[0][0] == moves + len(suspended)

    names = [row[0] for row in _sql(path, "SELECT name FROM lost_reasons ORDER BY position")]
    assert names[:8] == [
        "Price too high",
        "Chose a competitor",
        "No budget",
        "Bad timing",
        "Product does not fit",
        "Kept their current solution",
        "Contact left or changed",
        "Went quiet: no decision",
    ]
    assert "Price" in names and "price" not in names and "PRICE" not in names
    assert "x" * 79 + "…" in names
    for deal_id, text in texts.items():
        (row,) = _sql(
            path,
            "SELECT r.name, d.lost_detail FROM deals d LEFT JOIN lost_reasons r "
            "ON r.id = d.lost_reason_id WHERE d.id = ?",
            deal_id,
        )
        assert row[1] == text  # the words typed are kept, exactly
        if text is None:
            assert row[0] is None
        elif text.strip().casefold() == "price":
            assert row[0] == "Price"
        elif text == "no budget":
            assert row[0] == "No budget"  # the default entry, not a second one
        elif text.startswith("xxx"):
            assert row[0] == "x" * 79 + "…"


def test_downgrade_gives_back_exactly_what_0007_held(at_0007: Path) -> None:
    columns = table_columns(at_0007)
    before = dump_tables(at_0007, columns)
    on_connection(at_0007, migrate.upgrade, "0008")
    on_connection(at_0007, migrate.downgrade, "0007")
    assert dump_tables(at_0007, columns) == before


def test_an_open_stage_called_on_hold_keeps_its_name(at_0007: Path) -> None:
    _sql(at_0007, "UPDATE stages SET name = 'on hold' WHERE kind = 'open' AND position = 0")
    on_connection(at_0007, migrate.upgrade, "0008")
    (name,) = _sql(at_0007, "SELECT name FROM stages WHERE kind = 'hold'")[0]
    assert name == "On hold (2)"


def test_analytics_count_lost_deals_by_entry_after_the_upgrade(at_0007: Path) -> None:
    on_connection(at_0007, migrate.upgrade, "head")
    database = open_database(at_0007)
    with database.sessions() as session:
        counted = figures(
            session, datetime(1900, 1, 1, tzinfo=UTC), datetime.now(UTC)
        ).lost_by_reason
    database.close()
    assert counted["Price"] == 5  # three spellings, one reason
    assert counted["No budget"] >= 2
    assert counted["no reason given"] >= 1


def test_head_down_to_0007_and_up_again_keeps_the_deals_story(database: Database) -> None:
    """What 0007 can hold survives: statuses, stages (held: the stage left), reasons' words."""
    with database.transaction() as session:
        generate_sample(session, customers=20, deals=60, seed=5)
    database.close()
    path = database.path
    _sql(path, "INSERT INTO notes (customer_id, text, written_at) VALUES (1, 'x', '2026-01-01')")

    def story() -> dict[int, tuple[object, ...]]:
        rows = _sql(
            path,
            "SELECT d.id, d.status, s.name, d.value_cents, r.name, d.lost_detail FROM deals d "
            "JOIN stages s ON s.id = coalesce((SELECT m.from_stage_id FROM stage_moves m "
            "JOIN stages h ON h.id = m.to_stage_id WHERE m.deal_id = d.id AND h.kind = 'hold' "
            "ORDER BY m.moved_at DESC, m.id DESC LIMIT 1), d.stage_id) "
            "LEFT JOIN lost_reasons r ON r.id = d.lost_reason_id",
        )
        return {row[0]: row[1:] for row in rows}

    def path_of_moves() -> dict[int, list[tuple[object, ...]]]:
        found: dict[int, list[tuple[object, ...]]] = {}
        for deal, source, target in _sql(
            path,
            "SELECT m.deal_id, f.name, t.name FROM stage_moves m JOIN stages t "
            "ON t.id = m.to_stage_id LEFT JOIN stages f ON f.id = m.from_stage_id "
            "ORDER BY m.deal_id, m.moved_at, m.id",
        ):
            found.setdefault(deal, []).append((source, target))
        return found

    before, moves = story(), path_of_moves()
    on_connection(path, migrate.downgrade, "0007")
    on_connection(path, migrate.upgrade, "head")
    after = story()
    for deal_id, (status, stage, value, reason, detail) in before.items():
        got = after[deal_id]
        assert got[:3] == (status, stage, value)
        if status == "lost":
            assert got[3] is not None and (detail or reason) in (got[4] or "")
    assert path_of_moves() == moves
    assert _sql(path, "SELECT count(*) FROM notes")[0][0] == 0  # 0007 has no place for notes
