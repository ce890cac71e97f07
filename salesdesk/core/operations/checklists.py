"""Editing checklist templates: groups of items, renamed, reordered, added, removed.

A template is saved whole (its name, groups and items in order) and undone whole by its change
record (rows with their ids). Planned visits keep the items they were given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.i18n import translate
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


def template_state(session: Session, template_id: int | None) -> TemplateState:
    """Return the rows of a template (an empty state for None)."""
    if template_id is None:
        return TemplateState(None, (), ())
    template = session.execute(
        select(
            ChecklistTemplate.id,
            ChecklistTemplate.name,
            ChecklistTemplate.description,
            ChecklistTemplate.position,
        ).where(ChecklistTemplate.id == template_id)
    ).first()
    if template is None:
        raise SalesDeskError(translate("Checklists", "that checklist template no longer exists"))
    groups = session.execute(
        select(
            ChecklistGroup.id,
            ChecklistGroup.template_id,
            ChecklistGroup.name,
            ChecklistGroup.position,
        )
        .where(ChecklistGroup.template_id == template_id)
        .order_by(ChecklistGroup.position, ChecklistGroup.id)
    ).all()
    group_ids = [group.id for group in groups]
    items = session.execute(
        select(
            ChecklistTemplateItem.id,
            ChecklistTemplateItem.group_id,
            ChecklistTemplateItem.text,
            ChecklistTemplateItem.position,
        )
        .where(ChecklistTemplateItem.group_id.in_(group_ids))
        .order_by(
            ChecklistTemplateItem.group_id, ChecklistTemplateItem.position, ChecklistTemplateItem.id
        )
    ).all()
    return TemplateState(
        dict(template._mapping),
        tuple(dict(g._mapping) for g in groups),
        tuple(dict(i._mapping) for i in items),
    )


def _problems(
    session: Session, template_id: int | None, name: str, groups: Sequence[GroupDraft]
) -> list[FieldProblem]:
    problems = []
    if not name.strip():
        problems.append(FieldProblem("name", translate("Checklists", "the template needs a name")))
    taken = session.scalar(
        select(ChecklistTemplate.id).where(
            func.lower(ChecklistTemplate.name) == name.strip().lower(),
            ChecklistTemplate.id != (template_id or 0),
        )
    )
    if taken is not None:
        problems.append(
            FieldProblem(
                "name", translate("Checklists", "a template is already called “%1”", name.strip())
            )
        )
    if not any(group.items for group in groups):
        problems.append(
            FieldProblem("items", translate("Checklists", "a checklist needs at least one item"))
        )
    for group in groups:
        if not group.name.strip():
            problems.append(
                FieldProblem("items", translate("Checklists", "every group needs a name"))
            )
        if any(not text.strip() for _, text in group.items):
            problems.append(
                FieldProblem(
                    "items", translate("Checklists", "an item of “%1” is blank", group.name)
                )
            )
    return problems


def save_template(
    session: Session, template_id: int | None, name: str, groups: Sequence[GroupDraft]
) -> Change:
    """Make a template (new for ``template_id`` None) hold exactly ``groups``, in order.

    Groups and items keep their ids where the drafts name them; the others are removed, and
    new ones are added. Planned visits keep the items they were given.
    """
    if problems := _problems(session, template_id, name, groups):
        raise InvalidFieldsError(problems)
    before = template_state(session, template_id)
    writer = RowWriter(session)
    if before.template is None:
        last = session.scalar(select(func.max(ChecklistTemplate.position)))
        template_id = writer.insert(
            ChecklistTemplate,
            {
                "name": name.strip(),
                "description": None,
                "position": (last if last is not None else -1) + 1,
            },
        )
    elif before.template["name"] != name.strip():
        writer.update(ChecklistTemplate, template_id, {"name": name.strip()})
    old_groups = {row["id"]: row for row in before.groups}
    old_items = {row["id"]: row for row in before.items}
    kept_groups = {group.group_id for group in groups if group.group_id in old_groups}
    kept_items = {item for group in groups for item, _ in group.items if item in old_items}
    for position, group in enumerate(groups):
        values = {"template_id": template_id, "name": group.name.strip(), "position": position}
        group_id = _put(writer, ChecklistGroup, old_groups.get(group.group_id), values)
        for item_position, (item_id, text) in enumerate(group.items):
            item = {"group_id": group_id, "text": text.strip(), "position": item_position}
            _put(writer, ChecklistTemplateItem, old_items.get(item_id), item)
    # Removed last: an item moved out of a removed group is in its new group by now.
    writer.delete(ChecklistTemplateItem, *[i for i in old_items if i not in kept_items])
    writer.delete(ChecklistGroup, *[g for g in old_groups if g not in kept_groups])
    return writer.change()


def _put(writer: RowWriter, model: Any, before: Row | None, values: Row) -> int:
    """Insert a row, or update ``before`` where it differs; return the row's id."""
    if before is None:
        return int(writer.insert(model, values))
    if any(before[name] != value for name, value in values.items()):
        writer.update(model, before["id"], values)
    return int(before["id"])
