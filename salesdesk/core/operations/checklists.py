"""Editing checklist templates: groups of items, renamed, reordered, added, removed.

A template is saved whole (its name, groups and items in order) and undone whole: the rows
before and after are kept, with their ids. Planned visits keep the items they were given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.models import ChecklistGroup, ChecklistTemplate, ChecklistTemplateItem

Row = dict[str, Any]


@dataclass(frozen=True)
class GroupDraft:
    """A group as the editor holds it: its id (None when new), name and items."""

    group_id: int | None
    name: str
    items: tuple[tuple[int | None, str], ...]  # (item id or None, text)


@dataclass(frozen=True)
class TemplateState:
    """A template's rows: the template, its groups and their items."""

    template: Row | None
    groups: tuple[Row, ...]
    items: tuple[Row, ...]


@dataclass(frozen=True)
class TemplateChange:
    """A template before and after a save."""

    before: TemplateState
    after: TemplateState

    @property
    def changed(self) -> bool:
        """Return True when the save changed anything."""
        return self.before.template != self.after.template or _nested(self.before) != _nested(
            self.after
        )


def template_state(session: Session, template_id: int | None) -> TemplateState:
    """Return the rows of a template (an empty state for None)."""
    if template_id is None:
        return TemplateState(None, (), ())
    template = session.execute(
        select(ChecklistTemplate.id, ChecklistTemplate.name, ChecklistTemplate.description,
               ChecklistTemplate.position).where(ChecklistTemplate.id == template_id)
    ).first()  # fmt: skip
    if template is None:
        raise SalesDeskError("that checklist template no longer exists")
    groups = session.execute(
        select(ChecklistGroup.id, ChecklistGroup.template_id, ChecklistGroup.name,
               ChecklistGroup.position)
        .where(ChecklistGroup.template_id == template_id)
        .order_by(ChecklistGroup.position, ChecklistGroup.id)
    ).all()  # fmt: skip
    group_ids = [group.id for group in groups]
    items = session.execute(
        select(ChecklistTemplateItem.id, ChecklistTemplateItem.group_id,
               ChecklistTemplateItem.text, ChecklistTemplateItem.position)
        .where(ChecklistTemplateItem.group_id.in_(group_ids))
        .order_by(ChecklistTemplateItem.group_id, ChecklistTemplateItem.position,
                  ChecklistTemplateItem.id)
    ).all()  # fmt: skip
    return TemplateState(
        dict(template._mapping), tuple(dict(g._mapping) for g in groups),
        tuple(dict(i._mapping) for i in items),
    )  # fmt: skip


def _problems(session: Session, template_id: int | None, name: str,
              groups: Sequence[GroupDraft]) -> list[FieldProblem]:  # fmt: skip
    problems = []
    if not name.strip():
        problems.append(FieldProblem("name", "the template needs a name"))
    taken = session.scalar(
        select(ChecklistTemplate.id).where(
            func.lower(ChecklistTemplate.name) == name.strip().lower(),
            ChecklistTemplate.id != (template_id or 0),
        )
    )
    if taken is not None:
        problems.append(FieldProblem("name", f"a template is already called “{name.strip()}”"))
    if not any(group.items for group in groups):
        problems.append(FieldProblem("items", "a checklist needs at least one item"))
    for group in groups:
        if not group.name.strip():
            problems.append(FieldProblem("items", "every group needs a name"))
        if any(not text.strip() for _, text in group.items):
            problems.append(FieldProblem("items", f"an item of “{group.name}” is blank"))
    return problems


def save_template(
    session: Session, template_id: int | None, name: str, groups: Sequence[GroupDraft]
) -> TemplateChange:
    """Make a template (new for ``template_id`` None) hold exactly ``groups``, in order."""
    if problems := _problems(session, template_id, name, groups):
        raise InvalidFieldsError(problems)
    before = template_state(session, template_id)
    if before.template is None:
        last = session.scalar(select(func.max(ChecklistTemplate.position)))
        template = {"id": None, "name": name.strip(), "description": None,
                    "position": (last if last is not None else -1) + 1}  # fmt: skip
    else:
        template = {**before.template, "name": name.strip()}
    known_groups = {row["id"] for row in before.groups}
    known_items = {row["id"] for row in before.items}
    nested = [
        (
            {"id": group.group_id if group.group_id in known_groups else None,
             "name": group.name.strip(), "position": position},
            [{"id": item_id if item_id in known_items else None, "text": text.strip(),
              "position": item_position}
             for item_position, (item_id, text) in enumerate(group.items)],
        )
        for position, group in enumerate(groups)
    ]  # fmt: skip
    after = _write(session, before, template, nested)
    return TemplateChange(before, after)


Nested = list[tuple[Row, list[Row]]]  # (group row, its item rows)


def _nested(state: TemplateState) -> Nested:
    return [
        (dict(group), [dict(item) for item in state.items if item["group_id"] == group["id"]])
        for group in state.groups
    ]


def _insert(session: Session, model: Any, row: Row) -> int:
    values = {key: value for key, value in row.items() if key != "id" or value is not None}
    return session.execute(insert(model).returning(model.id), values).scalar_one()


def _write(
    session: Session, current: TemplateState, template: Row, groups: Nested
) -> TemplateState:
    """Replace the template's groups and items; rows without an id get new ones."""
    if current.template is not None:
        session.execute(
            delete(ChecklistGroup).where(ChecklistGroup.template_id == current.template["id"])
        )
    if template["id"] is None:
        template = {**template, "id": _insert(session, ChecklistTemplate, template)}
    else:
        session.execute(
            update(ChecklistTemplate)
            .where(ChecklistTemplate.id == template["id"])
            .values(name=template["name"])
        )
    # Rows that keep their ids go in first, so that a new row cannot take one of those ids.
    group_rows = [{**group, "template_id": template["id"]} for group, _ in groups]
    for row in sorted(group_rows, key=lambda row: row["id"] is None):
        row["id"] = _insert(session, ChecklistGroup, row)
    item_rows = [
        {**item, "group_id": group_row["id"]}
        for group_row, (_, items) in zip(group_rows, groups, strict=True)
        for item in items
    ]
    for row in sorted(item_rows, key=lambda row: row["id"] is None):
        row["id"] = _insert(session, ChecklistTemplateItem, row)
    stored_groups, stored_items = group_rows, item_rows
    session.expire_all()
    return TemplateState(template, tuple(stored_groups), tuple(stored_items))


def undo_template(session: Session, change: TemplateChange) -> None:
    """Put the template back as it was (a new template is removed again)."""
    if change.before.template is None:
        assert change.after.template is not None
        session.execute(
            delete(ChecklistTemplate).where(ChecklistTemplate.id == change.after.template["id"])
        )
        session.expire_all()
        return
    _write(session, change.after, change.before.template, _nested(change.before))


def redo_template(session: Session, change: TemplateChange) -> None:
    """Save the template again (same ids)."""
    assert change.after.template is not None
    if change.before.template is None:
        session.execute(insert(ChecklistTemplate), change.after.template)
        _write(session, change.after, change.after.template, _nested(change.after))
        return
    _write(session, change.before, change.after.template, _nested(change.after))
