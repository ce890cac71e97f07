"""Change records when the world moved on: a second SalesDesk (or an import) on the same file.

``mine`` and ``theirs`` are two separately opened databases on one file, as two windows or a
window and ``salesdesk import`` are. Undo and redo must refuse, write nothing and name why,
whenever the rows they would write were changed since, or something refers to a row they
would remove.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from salesdesk.core.errors import StaleChangeError
from salesdesk.core.models import (
    ActivityKind,
    Company,
    Customer,
    Deal,
    KeyPerson,
    ObjectionKind,
    Stage,
)
from salesdesk.core.operations.company_entries import save_key_person
from salesdesk.core.operations.deal_editing import fields_of, quick_create_deal, update_deal
from salesdesk.core.operations.deal_moves import move_deals
from salesdesk.core.operations.objections import save_objection
from salesdesk.core.operations.row_change import remove_row
from salesdesk.core.operations.visits import ActivityFields, plan_activity
from salesdesk.core.store import Database, open_database

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
ALL_TABLES = (
    "customers",
    "companies",
    "deals",
    "stage_moves",
    "objections",
    "activities",
    "visit_checklist_items",
    "key_people",
)


@pytest.fixture
def theirs(database: Database) -> Iterator[Database]:
    """The same file opened a second time (another window, or an import)."""
    other = open_database(database.path)
    yield other
    other.close()


@pytest.fixture
def stages(database: Database) -> dict[str, int]:
    with database.sessions() as s:
        return {stage.name: stage.id for stage in s.scalars(select(Stage))}


@pytest.fixture
def deal(database: Database, stages: dict[str, int]) -> int:
    with database.transaction() as s:
        created = quick_create_deal(
            s, title="Chairs", stage_id=stages["New contact"], now=NOW, customer_name="Anna"
        )
    return created.deal_id


def dump(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.sessions() as s:
        return {
            table: [tuple(row) for row in s.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
            for table in ALL_TABLES
        }


def stage_of(database: Database, deal_id: int) -> int:
    with database.sessions() as s:
        found = s.get(Deal, deal_id)
        assert found is not None
        return found.stage_id


def test_undo_of_a_move_refuses_after_another_window_moved_the_deal_on(
    database: Database, theirs: Database, stages: dict[str, int], deal: int
) -> None:
    with database.transaction() as s:
        mine = move_deals(s, [deal], stages["Qualified"], now=NOW)
    with theirs.transaction() as s:
        move_deals(s, [deal], stages["Presented"], now=NOW + timedelta(minutes=5))
    before = dump(database)
    refused = pytest.raises(StaleChangeError, match="can no longer be undone: a deal it changed")
    with refused, database.transaction() as s:
        mine.change.undo(s)
    assert dump(database) == before
    assert stage_of(database, deal) == stages["Presented"]  # history and deal still agree


def test_undo_of_an_edit_keeps_the_value_and_notes_set_elsewhere(
    database: Database, theirs: Database, deal: int
) -> None:
    with database.sessions() as s:
        fields = fields_of(s, deal)
    with database.transaction() as s:
        mine = update_deal(s, deal, replace(fields, title="Desks"))
    with theirs.transaction() as s:
        again = replace(fields, title="Desks", value=Decimal("900"), notes="Budget confirmed")
        update_deal(s, deal, again)
    with pytest.raises(StaleChangeError), database.transaction() as s:
        mine.change.undo(s)
    with database.sessions() as s:
        kept = s.get(Deal, deal)
        assert kept is not None and (kept.value, kept.notes) == (
            Decimal("900.00"),
            "Budget confirmed",
        )


def test_undo_of_a_quick_create_keeps_what_another_window_added_to_the_deal(
    database: Database, theirs: Database, stages: dict[str, int]
) -> None:
    with database.transaction() as s:
        mine = quick_create_deal(
            s, title="Printers", stage_id=stages["New contact"], now=NOW, customer_name="김민준"
        )
    with theirs.transaction() as s:
        save_objection(
            s,
            None,
            deal_id=mine.deal_id,
            kind=ObjectionKind.PRICE,
            text="Too dear",
            response="",
            resolved=False,
            now=NOW,
        )
        plan_activity(
            s,
            ActivityFields(
                kind=ActivityKind.VISIT,
                customer_id=mine.customer_id,
                starts_at=NOW + timedelta(days=1),
                deal_id=mine.deal_id,
            ),
            NOW,
        )
    before = dump(database)
    refused = pytest.raises(StaleChangeError, match="was added to what it removes")
    with refused, database.transaction() as s:
        mine.change.undo(s)
    assert dump(database) == before


def test_redo_refuses_when_another_window_took_the_same_id(
    database: Database, theirs: Database, stages: dict[str, int]
) -> None:
    with database.transaction() as s:
        mine = quick_create_deal(
            s, title="Lamps", stage_id=stages["New contact"], now=NOW, customer_name="Zoe"
        )
    with database.transaction() as s:
        mine.change.undo(s)
    with theirs.transaction() as s:  # SQLite gives the next deal the id that was freed
        other = quick_create_deal(
            s, title="Tables", stage_id=stages["New contact"], now=NOW, customer_name="Yuki"
        )
    assert other.deal_id == mine.deal_id
    before = dump(database)
    refused = pytest.raises(StaleChangeError, match="can no longer be redone")
    with refused, database.transaction() as s:
        mine.change.redo(s)
    assert dump(database) == before


def test_undo_and_redo_work_when_only_other_rows_changed(
    database: Database, theirs: Database, stages: dict[str, int], deal: int
) -> None:
    with theirs.transaction() as s:
        second = quick_create_deal(
            s, title="Shelves", stage_id=stages["New contact"], now=NOW, customer_name="Bo"
        ).deal_id
    with database.transaction() as s:
        mine = move_deals(s, [deal], stages["Qualified"], now=NOW)
    with theirs.transaction() as s:
        move_deals(s, [second], stages["Qualified"], now=NOW)
    with database.transaction() as s:
        mine.change.undo(s)
    assert stage_of(database, deal) == stages["New contact"]
    assert stage_of(database, second) == stages["Qualified"]
    with database.transaction() as s:
        mine.change.redo(s)
    assert stage_of(database, deal) == stages["Qualified"]


def test_removing_a_boss_and_undoing_restores_who_reported_to_them(database: Database) -> None:
    with database.transaction() as s:
        anna = Customer(name="Anna Schmidt", company=Company(name="Acme"))
        s.add(anna)
        s.flush()
        customer_id = anna.id

    def person(s, name: str, boss: int | None) -> int:  # noqa: ANN001
        change = save_key_person(
            s,
            None,
            customer_id,
            name=name,
            function="",
            decision_role=None,
            reports_to_id=boss,
            character="",
            goals="",
            pressures="",
        )
        return change.row_id

    with database.transaction() as s:
        boss = person(s, "Dr. Weber", None)
        reports = [person(s, name, boss) for name in ("Frau Lang", "Herr Kim")]
    before = dump(database)
    with database.transaction() as s:
        removed = remove_row(s, KeyPerson, boss)
    with database.sessions() as s:
        assert [s.get(KeyPerson, r).reports_to_id for r in reports] == [None, None]  # type: ignore[union-attr]
    with database.transaction() as s:
        removed.undo(s)
    assert dump(database) == before
    with database.transaction() as s:
        removed.redo(s)
    with database.transaction() as s:
        removed.undo(s)
    with database.sessions() as s:
        assert [s.get(KeyPerson, r).reports_to_id for r in reports] == [boss, boss]  # type: ignore[union-attr]


def test_a_refused_step_names_no_sql(database: Database, theirs: Database, deal: int) -> None:
    with database.sessions() as s:
        fields = fields_of(s, deal)
    with database.transaction() as s:
        edit = update_deal(s, deal, replace(fields, title="Sofas"))
    with theirs.transaction() as s:
        s.execute(
            text("UPDATE deals SET expected_close = :day WHERE id = :id"),
            {"day": date(2026, 9, 1), "id": deal},
        )
    with pytest.raises(StaleChangeError) as refused, database.transaction() as s:
        edit.change.undo(s)
    message = str(refused.value)
    assert "\n" not in message and "SELECT" not in message and "Nothing was changed" in message
