"""Alembic environment for SalesDesk.

Used two ways: by the app (``salesdesk.core.migrate`` passes an open connection in
``config.attributes["connection"]``) and from a checkout with
``alembic -c alembic.ini -x db=PATH upgrade head``.

SQLite foreign keys are switched OFF while migrations run: batch mode rebuilds a table by
copying it and dropping the original, and with foreign keys on, ON DELETE CASCADE would silently
delete every child row. Before the transaction commits, ``PRAGMA foreign_key_check`` must come
back empty; only then are foreign keys switched back on.
"""

from __future__ import annotations

from logging.config import fileConfig
from pathlib import Path
from typing import Any

from alembic import context
from sqlalchemy.types import TypeDecorator

from salesdesk.core import search, stage_entries, stay_starts
from salesdesk.core.engine import create_engine_for, set_foreign_keys
from salesdesk.core.models import Base

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave tables that no model describes (such as full-text indexes) out of autogenerate."""
    return not (type_ == "table" and reflected and compare_to is None and name != "alembic_version")


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render SalesDesk's column types as their plain storage type: migrations stay standalone."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{type(obj.impl_instance).__name__}()"
    return False


def _configure(**options: Any) -> None:
    context.configure(
        target_metadata=Base.metadata,
        render_as_batch=True,
        # SalesDesk's engine makes SQLite DDL transactional (see salesdesk.core.engine): all
        # pending migrations run in one transaction and a failure rolls every one of them back.
        transactional_ddl=True,
        compare_type=True,
        include_object=include_object,
        render_item=render_item,
        **options,
    )


def _run_on(connection: Any) -> None:
    set_foreign_keys(connection, False)
    try:
        _configure(connection=connection)
        with context.begin_transaction():
            # Triggers refer to tables a migration may rebuild: off while migrating.
            search.drop_triggers(connection)
            stay_starts.drop_triggers(connection)
            stage_entries.drop_triggers(connection)
            context.run_migrations()
            search.refresh_after_migrations(connection)
            stay_starts.refresh_after_migrations(connection)
            stage_entries.refresh_after_migrations(connection)
            after = config.attributes.get("after_migrations")
            if after is not None:
                after(connection)  # e.g. a new database's defaults, in the same transaction
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                table, rowid, parent, _ = broken[0]
                raise RuntimeError(
                    f"migration left {len(broken)} broken reference(s), "
                    f"e.g. {table} row {rowid} points to a missing {parent} row"
                )
    finally:
        if connection.in_transaction():  # only reads can be pending here; the work is committed
            connection.rollback()
        set_foreign_keys(connection, True)


def _database_path() -> Path:
    db = context.get_x_argument(as_dictionary=True).get("db")
    if not db:
        raise SystemExit("give the database file: alembic -c alembic.ini -x db=PATH ...")
    return Path(db)


def run_migrations_offline() -> None:
    """Print the SQL of the migrations instead of running them (``alembic upgrade --sql``)."""
    _configure(url=f"sqlite:///{_database_path()}", literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run the migrations on a live connection."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    engine = create_engine_for(_database_path())
    try:
        with engine.connect() as connection:
            _run_on(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
