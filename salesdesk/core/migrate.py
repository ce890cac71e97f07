"""Run SalesDesk's Alembic migrations from code (the app) as well as from ``alembic`` (the CLI)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from salesdesk.paths import migrations_dir


def alembic_config(
    connection: Any | None = None,
    *,
    version_locations: str | None = None,
    after_migrations: Callable[[Any], None] | None = None,
) -> Config:
    """Return an Alembic configuration for the shipped migrations, bound to ``connection``.

    ``after_migrations(connection)`` runs inside the migrations' transaction once they are
    done (a new database's defaults go in with its schema).
    """
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if version_locations:
        config.set_main_option("version_locations", version_locations)
    if connection is not None:
        config.attributes["connection"] = connection
    if after_migrations is not None:
        config.attributes["after_migrations"] = after_migrations
    return config


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> frozenset[str]:
    """Return every schema revision this version of SalesDesk can read."""
    return frozenset(revision.revision for revision in _script().walk_revisions())


def head_revision() -> str:
    """Return the newest schema revision."""
    head = _script().get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision_of(connection: Any) -> str | None:
    """Return the revision stamped in the database behind ``connection``."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Any, revision: str = "head", **config_options: Any) -> None:
    """Migrate the database behind ``connection`` to ``revision`` in one transaction."""
    command.upgrade(alembic_config(connection, **config_options), revision)


def downgrade(connection: Any, revision: str, **config_options: Any) -> None:
    """Migrate the database behind ``connection`` down to ``revision`` in one transaction."""
    command.downgrade(alembic_config(connection, **config_options), revision)
