"""Checklist templates: saved whole, undone exactly; planned visits keep their own items."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from salesdesk.core.errors import InvalidFieldsError
from salesdesk.core.models import ChecklistTemplate
from salesdesk.core.operations.checklists import (
    GroupDraft,
    save_template,
    template_state,
)
from salesdesk.core.store import Database


def snapshot(database: Database) -> list[list[tuple[object, ...]]]:
    with database.sessions() as s:
        return [
            [tuple(row) for row in s.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in ("checklist_templates", "checklist_groups", "checklist_template_items")
        ]


def closing_kit(database: Database) -> int:
    with database.sessions() as s:
        return s.scalars(
            select(ChecklistTemplate.id).where(ChecklistTemplate.name == "Closing kit")
        ).one()


def test_rename_reorder_add_and_remove_then_undo_exactly(database: Database) -> None:
    template_id = closing_kit(database)
    with database.sessions() as s:
        state = template_state(s, template_id)
    first, second = state.groups[0], (state.groups[1] if len(state.groups) > 1 else None)
    items = [(i["id"], i["text"]) for i in state.items if i["group_id"] == first["id"]]
    groups = [GroupDraft(first["id"], "Papers", tuple(reversed(items[1:])) + ((None, "Pen"),))]
    if second is not None:
        groups.insert(0, GroupDraft(second["id"], second["name"], ((None, "Spare battery"),)))
    before = snapshot(database)
    with database.transaction() as s:
        change = save_template(s, template_id, "Closing kit (short)", groups)
    assert change.changed
    with database.sessions() as s:
        after_state = template_state(s, template_id)
    assert after_state.template["name"] == "Closing kit (short)"  # type: ignore[index]
    papers = next(g for g in after_state.groups if g["name"] == "Papers")
    texts = [i["text"] for i in after_state.items if i["group_id"] == papers["id"]]
    assert texts == [t for _, t in reversed(items[1:])] + ["Pen"]
    after = snapshot(database)
    with database.transaction() as s:
        change.undo(s)
    assert snapshot(database) == before
    with database.transaction() as s:
        change.redo(s)
    assert snapshot(database) == after


def test_a_new_template_and_its_undo(database: Database) -> None:
    before = snapshot(database)
    with database.transaction() as s:
        change = save_template(
            s, None, "Trade fair", [GroupDraft(None, "Stand", ((None, "Flyers"),))]
        )
    after = snapshot(database)
    assert len(after[0]) == len(before[0]) + 1
    with database.transaction() as s:
        change.undo(s)
    assert snapshot(database) == before
    with database.transaction() as s:
        change.redo(s)
    assert snapshot(database) == after


@pytest.mark.parametrize(
    ("name", "groups", "message"),
    [
        (" ", [GroupDraft(None, "G", ((None, "x"),))], "the template needs a name"),
        ("closing KIT", [GroupDraft(None, "G", ((None, "x"),))], "already called"),
        ("New", [GroupDraft(None, "G", ())], "at least one item"),
        ("New", [GroupDraft(None, "G", ((None, " "),))], "is blank"),
    ],
)
def test_bad_templates_are_refused(
    database: Database, name: str, groups: list[GroupDraft], message: str
) -> None:
    before = snapshot(database)
    with pytest.raises(InvalidFieldsError, match=message), database.transaction() as s:
        save_template(s, None, name, groups)
    assert snapshot(database) == before
