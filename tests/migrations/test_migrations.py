"""Migrations: the stairway with data, no drift between models and migrations, safe failures."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from salesdesk.core import migrate, stage_entries, stay_starts
from salesdesk.core.backup import automatic_backups
from salesdesk.core.engine import create_engine_for
from salesdesk.core.errors import MigrationFailedError
from salesdesk.core.models import Base
from salesdesk.core.sample import generate_sample
from salesdesk.core.search import SEARCH_TABLE
from salesdesk.core.store import Database, database_revision, open_database
from tests.migrations.conftest import dump_tables, on_connection, table_columns

REPO = Path(__file__).resolve().parents[2]
REVISIONS = [
    rev.revision
    for rev in reversed(
        list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions())
    )
]

# Columns whose values a downgrade through the revision adding them cannot keep (the data the
# rep entered goes with the column); tests/migrations/test_coordinates.py checks them alone.
LOST_BY_DOWNGRADE = {"customers": ("latitude", "longitude")}


def _kept_columns(path: Path) -> dict[str, list[str]]:
    """Return every table's columns except those a downgrade loses."""
    return {
        table: [name for name in names if name not in LOST_BY_DOWNGRADE.get(table, ())]
        for table, names in table_columns(path).items()
    }


# A later release that rebuilds the parent table of many ON DELETE CASCADE children.
ADD_CUSTOMER_COLUMN = """
def upgrade():
    with op.batch_alter_table("customers", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(80), nullable=True))
    op.execute("UPDATE customers SET nickname = substr(name, 1, 3)")


def downgrade():
    with op.batch_alter_table("customers", recreate="always") as batch:
        batch.drop_column("nickname")
"""

# A later release that rebuilds stage_moves: SQLite drops a table's triggers with it.
REBUILD_STAGE_MOVES = """
def upgrade():
    with op.batch_alter_table("stage_moves", recreate="always") as batch:
        batch.add_column(sa.Column("note", sa.String(80), nullable=True))


def downgrade():
    with op.batch_alter_table("stage_moves", recreate="always") as batch:
        batch.drop_column("note")
"""

FAILS_HALFWAY = """
def upgrade():
    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("DELETE FROM objections")
    with op.batch_alter_table("deals", recreate="always") as batch:
        batch.add_column(sa.Column("score", sa.Integer, nullable=True))
    raise RuntimeError("disk full while rewriting deals")


def downgrade():
    pass
"""


@pytest.fixture
def filled(database: Database) -> Database:
    """A database with generated data in every table."""
    with database.transaction() as session:
        generate_sample(session, customers=25, deals=40, seed=3)
    return database


def test_every_table_holds_data_in_the_stairway_fixture(filled: Database) -> None:
    dump = dump_tables(filled.path)
    assert {table for table, rows in dump.items() if not rows} == set()


# Revisions whose downgrade cannot keep everything: what the older schema has no place for
# (tests/migrations/test_deal_lifecycle.py checks what they keep). Their stairway step
# compares the tables they do not touch.
LOSSY = {
    "0008": frozenset({"deals", "stages", "stage_moves", "lost_reasons", "notes"}),
    "0009": frozenset({"exchange_rates", "settings"}),
}


@pytest.mark.parametrize("revision", REVISIONS)
def test_stairway_down_up_keeps_data(filled: Database, revision: str) -> None:
    """Each revision can be undone and redone with the data it holds kept through it."""
    filled.close()
    path = filled.path
    on_connection(path, migrate.downgrade, revision)  # the data as this revision holds it
    columns = _kept_columns(path)  # less what a downgrade through it cannot keep
    before = dump_tables(path, columns)
    down = (
        ScriptDirectory.from_config(migrate.alembic_config()).get_revision(revision).down_revision
    )
    on_connection(path, migrate.downgrade, down or "base")
    on_connection(path, migrate.upgrade, revision)
    after = dump_tables(path, columns)
    on_connection(path, migrate.upgrade, "head")
    assert database_revision(path) == migrate.head_revision()
    if down is None:
        # Undoing the first revision drops the schema itself; what must hold is that it comes
        # back complete and empty, ready for data.
        assert all(not rows for rows in after.values())
        return
    lossy = LOSSY.get(revision, frozenset())
    assert {t: rows for t, rows in after.items() if t not in lossy} == {
        t: rows for t, rows in before.items() if t not in lossy
    }


def test_batch_rebuild_of_parent_table_keeps_child_rows(
    filled: Database, extra_revision: Callable[[str, str], str]
) -> None:
    """With foreign keys left on, rebuilding customers would cascade-delete their children."""
    filled.close()
    columns = table_columns(filled.path)
    before = dump_tables(filled.path, columns)
    extra_revision("0999", ADD_CUSTOMER_COLUMN)

    database = open_database(filled.path)
    database.close()
    assert database_revision(filled.path) == "0999"
    assert dump_tables(filled.path, columns) == before

    on_connection(filled.path, migrate.downgrade, REVISIONS[-1])
    assert dump_tables(filled.path) == before
    on_connection(filled.path, migrate.upgrade, "head")
    assert dump_tables(filled.path, columns) == before


def test_a_rebuild_of_stage_moves_keeps_the_history_triggers(
    filled: Database, extra_revision: Callable[[str, str], str]
) -> None:
    filled.close()
    extra_revision("0999", REBUILD_STAGE_MOVES)
    database = open_database(filled.path)
    with database.transaction() as session:
        triggers = session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
            {"t": "stage_moves"},
        ).scalars()
        assert set(triggers) == set(stay_starts.TRIGGERS) | set(stage_entries.TRIGGERS)
        unpaired = session.scalar(
            text(
                "SELECT count(*) FROM stage_moves m WHERE from_entered_at IS NOT (SELECT "
                "max(p.moved_at) FROM stage_moves p WHERE p.deal_id = m.deal_id AND "
                "(p.moved_at, p.id) < (m.moved_at, m.id))"
            )
        )
        assert unpaired == 0
        unfilled = session.scalar(
            text(
                "SELECT count(*) FROM stage_moves m WHERE prev_entry_at IS NOT (SELECT "
                "max(p.moved_at) FROM stage_moves p WHERE p.deal_id = m.deal_id AND "
                "p.to_stage_id = m.to_stage_id AND (p.moved_at, p.id) < (m.moved_at, m.id))"
                " OR later_stages != (SELECT coalesce(sum(DISTINCT 1 << l.to_stage_id), 0) "
                "FROM stage_moves l WHERE l.deal_id = m.deal_id AND l.moved_at > m.moved_at)"
            )
        )
        assert unfilled == 0
        deal, last = session.execute(
            text("SELECT deal_id, max(moved_at) FROM stage_moves GROUP BY deal_id LIMIT 1")
        ).one()
        session.execute(
            text(
                "INSERT INTO stage_moves (deal_id, to_stage_id, moved_at) SELECT :d, "
                "to_stage_id, '2099-01-01 00:00:00.000000' FROM stage_moves WHERE deal_id = :d "
                "LIMIT 1"
            ),
            {"d": deal},
        )
        newest = session.scalar(
            text("SELECT from_entered_at FROM stage_moves WHERE moved_at LIKE '2099%'")
        )
    database.close()
    assert newest == last


def test_pending_migration_is_preceded_by_a_backup(
    filled: Database, extra_revision: Callable[[str, str], str]
) -> None:
    filled.close()
    before = dump_tables(filled.path)
    extra_revision("0999", ADD_CUSTOMER_COLUMN)

    database = open_database(filled.path)
    database.close()

    assert database.backup_path is not None
    assert automatic_backups(filled.path) == [database.backup_path]
    assert database_revision(database.backup_path) == REVISIONS[-1]
    assert dump_tables(database.backup_path) == before


def test_migration_failing_midway_leaves_the_file_as_it_was(
    filled: Database, extra_revision: Callable[[str, str], str]
) -> None:
    filled.close()
    before = dump_tables(filled.path)
    extra_revision("0999", FAILS_HALFWAY)

    with pytest.raises(MigrationFailedError, match="disk full.*left as it was.*backup is at"):
        open_database(filled.path)

    assert database_revision(filled.path) == REVISIONS[-1]
    assert dump_tables(filled.path) == before
    engine = create_engine_for(filled.path)
    assert "scratch" not in inspect(engine).get_table_names()
    assert "score" not in {c["name"] for c in inspect(engine).get_columns("deals")}
    engine.dispose()
    # The file still opens normally once the broken update is gone.
    migrate._script.cache_clear()


def test_models_and_migrations_do_not_drift(database: Database) -> None:
    """Autogenerate finds nothing to add: every model change came with a migration."""
    with database.engine.connect() as connection:
        command.check(migrate.alembic_config(connection))


def test_a_new_database_has_exactly_the_model_tables(database: Database) -> None:
    """Model tables, Alembic's version, and the search index (FTS5 table and its shadows)."""
    tables = set(inspect(database.engine).get_table_names())
    fts = {SEARCH_TABLE} | {
        f"{SEARCH_TABLE}_{part}" for part in ("config", "content", "data", "docsize", "idx")
    }
    assert tables == set(Base.metadata.tables) | {"alembic_version"} | fts


@pytest.mark.slow
def test_alembic_command_line_from_the_checkout(tmp_path: Path) -> None:
    """The documented ``alembic -c alembic.ini -x db=PATH ...`` calls work."""
    db = tmp_path / "cli.sqlite3"
    alembic = [sys.executable, "-m", "alembic", "-c", str(REPO / "alembic.ini"), "-x", f"db={db}"]
    for step in (["upgrade", "head"], ["check"], ["downgrade", "base"], ["upgrade", "head"]):
        result = subprocess.run(
            [*alembic, *step], cwd=REPO, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
    assert database_revision(db) == migrate.head_revision()


def test_the_schema_head_the_store_knows_is_alembics_head() -> None:
    """A new migration must update SCHEMA_HEAD, or current databases would open as outdated."""
    from salesdesk.core.store import SCHEMA_HEAD

    assert migrate.head_revision() == SCHEMA_HEAD


def test_enumerations_are_checked_as_or_chains_and_still_refuse_other_values(
    filled: Database,
) -> None:
    filled.close()
    with closing(sqlite3.connect(filled.path)) as conn:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'customers'").fetchone()[0]
        assert "tier = 'A' OR tier = 'B' OR tier = 'C'" in sql and " IN (" not in sql
        with pytest.raises(sqlite3.IntegrityError, match="ck_customers_tier"):
            conn.execute("UPDATE customers SET tier = 'Z' WHERE id = 1")
    on_connection(filled.path, migrate.downgrade, "0006")
    with closing(sqlite3.connect(filled.path)) as conn:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'deals'").fetchone()[0]
        assert "status IN ('open', 'won', 'lost', 'suspended')" in sql
