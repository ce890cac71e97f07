"""Planning visits (and calls, e-mails, tasks), their preparation checklists, and their outcome.

Planning copies the chosen checklist template's items into the visit, so later edits of the
template do not change planned visits. Each operation returns what it changed, and its undo
and redo restore the rows exactly (same ids).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    ChecklistGroup,
    ChecklistTemplate,
    ChecklistTemplateItem,
    Customer,
    Deal,
    VisitChecklistItem,
)
from salesdesk.core.operations.row_change import RowChange, put_row, row_of

Row = dict[str, Any]
MIN_MINUTES, MAX_MINUTES = 5, 12 * 60


@dataclass(frozen=True)
class ActivityFields:
    """What the rep enters when planning an activity."""

    kind: ActivityKind
    customer_id: int
    starts_at: datetime  # aware
    duration_minutes: int = 60
    deal_id: int | None = None
    place: str = ""
    objective: str = ""
    desired_outcome: str = ""
    template_id: int | None = None


@dataclass(frozen=True)
class PlannedActivity:
    """An activity made by planning (or by a next step), with its checklist rows."""

    activity: Row
    items: tuple[Row, ...]

    @property
    def activity_id(self) -> int:
        """Return the new activity's id."""
        return int(self.activity["id"])

    @property
    def changed(self) -> bool:
        """Planning always adds an activity."""
        return True


def _problems(session: Session, fields: ActivityFields) -> list[FieldProblem]:
    problems = []
    if session.get(Customer, fields.customer_id) is None:
        problems.append(FieldProblem("customer_id", "choose the customer"))
    if fields.deal_id is not None:
        deal = session.get(Deal, fields.deal_id)
        if deal is None or deal.customer_id != fields.customer_id:
            problems.append(FieldProblem("deal_id", "the deal belongs to another customer"))
    if fields.starts_at.tzinfo is None:
        problems.append(FieldProblem("starts_at", "the start needs a time zone"))
    if not MIN_MINUTES <= fields.duration_minutes <= MAX_MINUTES:
        message = f"the duration is {MIN_MINUTES} minutes to 12 hours"
        problems.append(FieldProblem("duration_minutes", message))
    if (
        fields.template_id is not None
        and session.get(ChecklistTemplate, fields.template_id) is None
    ):
        problems.append(FieldProblem("template_id", "the checklist template no longer exists"))
    for name in ("place", "objective", "desired_outcome"):
        if len(getattr(fields, name)) > 2000:
            problems.append(FieldProblem(name, "the text is longer than 2000 characters"))
    return problems


def template_items(session: Session, template_id: int) -> list[tuple[str, str]]:
    """Return a template's items as (group name, text), in order."""
    rows = session.execute(
        select(ChecklistGroup.name, ChecklistTemplateItem.text)
        .join(ChecklistTemplateItem, ChecklistTemplateItem.group_id == ChecklistGroup.id)
        .where(ChecklistGroup.template_id == template_id)
        .order_by(ChecklistGroup.position, ChecklistGroup.id, ChecklistTemplateItem.position,
                  ChecklistTemplateItem.id)
    )  # fmt: skip
    return [(group, text) for group, text in rows]


def _insert_items(session: Session, activity_id: int, items: list[tuple[str, str]]) -> list[Row]:
    stored = []
    for position, (group, text) in enumerate(items):
        row = {"id": None, "activity_id": activity_id, "group_name": group, "text": text,
               "position": position, "done": False, "done_at": None, "one_off": False}  # fmt: skip
        stored.append(put_row(session, VisitChecklistItem, None, row))
    return [row for row in stored if row is not None]


def plan_activity(
    session: Session, fields: ActivityFields, now: datetime, *, follows_id: int | None = None
) -> PlannedActivity:
    """Plan an activity; a template's items are copied into its checklist."""
    if problems := _problems(session, fields):
        raise InvalidFieldsError(problems)
    activity = {
        "id": None, "kind": fields.kind, "customer_id": fields.customer_id,
        "deal_id": fields.deal_id, "starts_at": fields.starts_at,
        "duration_minutes": fields.duration_minutes, "place": fields.place.strip() or None,
        "objective": fields.objective.strip() or None,
        "desired_outcome": fields.desired_outcome.strip() or None,
        "status": ActivityStatus.PLANNED, "outcome": None, "next_step": None,
        "follows_id": follows_id, "checklist_template_id": fields.template_id,
        "created_at": now, "completed_at": None,
    }  # fmt: skip
    stored = put_row(session, Activity, None, activity)
    assert stored is not None
    items = template_items(session, fields.template_id) if fields.template_id is not None else []
    return PlannedActivity(stored, tuple(_insert_items(session, stored["id"], items)))


def undo_plan(session: Session, planned: PlannedActivity) -> None:
    """Remove the planned activity and its checklist."""
    session.execute(delete(Activity).where(Activity.id == planned.activity_id))
    session.expire_all()


def redo_plan(session: Session, planned: PlannedActivity) -> None:
    """Plan the same activity again (same ids)."""
    session.execute(insert(Activity), planned.activity)
    if planned.items:
        session.execute(insert(VisitChecklistItem), list(planned.items))
    session.expire_all()


def conflicts(
    session: Session, starts_at: datetime, duration_minutes: int, exclude_id: int | None = None
) -> list[int]:
    """Return the planned activities that overlap the given time (to flag double bookings)."""
    ends_at = starts_at + timedelta(minutes=duration_minutes)
    candidates = session.execute(
        select(Activity.id, Activity.starts_at, Activity.duration_minutes).where(
            Activity.status == ActivityStatus.PLANNED,
            Activity.starts_at < ends_at,
            Activity.starts_at > starts_at - timedelta(minutes=MAX_MINUTES),
        )
    )
    return [
        activity_id
        for activity_id, start, minutes in candidates
        if activity_id != exclude_id and start + timedelta(minutes=minutes) > starts_at
    ]


def tick_item(session: Session, item_id: int, done: bool, now: datetime) -> RowChange:
    """Tick (``done``) or untick a checklist item."""
    before = row_of(session, VisitChecklistItem, item_id)
    if before is None:
        raise SalesDeskError("that checklist item no longer exists")
    if before["done"] == done:
        return RowChange(VisitChecklistItem, before, before)
    after = {**before, "done": done, "done_at": now if done else None}
    return RowChange(
        VisitChecklistItem, before, put_row(session, VisitChecklistItem, before, after)
    )


def add_one_off_item(session: Session, activity_id: int, text: str) -> RowChange:
    """Add an item to one visit's checklist only."""
    item = text.strip()
    if not item:
        raise InvalidFieldsError([FieldProblem("text", "write the item down first")])
    if session.get(Activity, activity_id) is None:
        raise SalesDeskError("that activity no longer exists")
    last = session.scalar(
        select(func.max(VisitChecklistItem.position)).where(
            VisitChecklistItem.activity_id == activity_id
        )
    )
    row = {"id": None, "activity_id": activity_id, "group_name": None, "text": item,
           "position": (last if last is not None else -1) + 1, "done": False, "done_at": None,
           "one_off": True}  # fmt: skip
    return RowChange(VisitChecklistItem, None, put_row(session, VisitChecklistItem, None, row))


@dataclass(frozen=True)
class Completion:
    """An activity closed as done, cancelled or a no-show, maybe with a next activity."""

    before: Row
    after: Row
    customer_before: tuple[Any, datetime]  # (last contact day, updated at)
    customer_after: tuple[Any, datetime]
    next_activity: PlannedActivity | None

    @property
    def changed(self) -> bool:
        """Return True (closing always changes the activity)."""
        return True


def complete_activity(
    session: Session,
    activity_id: int,
    status: ActivityStatus,
    now: datetime,
    *,
    outcome: str = "",
    next_step: str = "",
    next_at: datetime | None = None,
) -> Completion:
    """Close an activity; a next step with a time plans the next activity (same customer).

    A visit, call or e-mail marked done makes its day the customer's last contact (if later).
    """
    before = row_of(session, Activity, activity_id)
    if before is None:
        raise SalesDeskError("that activity no longer exists")
    if status is ActivityStatus.PLANNED:
        raise InvalidFieldsError([FieldProblem("status", "choose done, cancelled or no-show")])
    if next_at is not None and not next_step.strip():
        raise InvalidFieldsError([FieldProblem("next_step", "say what the next step is")])
    after = {**before, "status": status, "outcome": outcome.strip() or None,
             "next_step": next_step.strip() or None, "completed_at": now}  # fmt: skip
    put_row(session, Activity, before, after)
    customer = session.get(Customer, before["customer_id"])
    assert customer is not None
    customer_before = (customer.last_contact_on, customer.updated_at)
    customer_after = customer_before
    contact = before["kind"] in (ActivityKind.VISIT, ActivityKind.CALL, ActivityKind.EMAIL)
    if status is ActivityStatus.DONE and contact:
        day = before["starts_at"].astimezone().date()
        last = customer_before[0]
        customer_after = (max(day, last) if last else day, now)
        _set_contact(session, before["customer_id"], customer_after)
    next_activity = None
    if next_at is not None:
        fields = ActivityFields(
            kind=before["kind"], customer_id=before["customer_id"], starts_at=next_at,
            duration_minutes=before["duration_minutes"], deal_id=before["deal_id"],
            place=before["place"] or "", objective=next_step,
        )  # fmt: skip
        next_activity = plan_activity(session, fields, now, follows_id=activity_id)
    return Completion(before, after, customer_before, customer_after, next_activity)


def _set_contact(session: Session, customer_id: int, state: tuple[Any, datetime]) -> None:
    day, updated_at = state
    session.execute(update(Customer).where(Customer.id == customer_id)
                    .values(last_contact_on=day, updated_at=updated_at))  # fmt: skip
    session.expire_all()


def undo_completion(session: Session, done: Completion) -> None:
    """Reopen the activity as it was; remove the next activity; restore the last contact."""
    if done.next_activity is not None:
        undo_plan(session, done.next_activity)
    put_row(session, Activity, done.after, done.before)
    _set_contact(session, done.before["customer_id"], done.customer_before)


def redo_completion(session: Session, done: Completion) -> None:
    """Close the activity again, with the same next activity."""
    put_row(session, Activity, done.before, done.after)
    _set_contact(session, done.before["customer_id"], done.customer_after)
    if done.next_activity is not None:
        redo_plan(session, done.next_activity)


@dataclass(frozen=True)
class TemplateSwap:
    """A visit's checklist replaced by another template's items (one-off items stay)."""

    activity_id: int
    template_before: int | None
    template_after: int | None
    removed: tuple[Row, ...]
    added: tuple[Row, ...]

    @property
    def changed(self) -> bool:
        """Return True when the template changed."""
        return self.template_before != self.template_after

    @property
    def ticked_lost(self) -> int:
        """Return how many ticked items the swap discards."""
        return sum(bool(row["done"]) for row in self.removed)


def _template_rows(session: Session, activity_id: int) -> tuple[Row, ...]:
    items = session.scalars(
        select(VisitChecklistItem.id).where(
            VisitChecklistItem.activity_id == activity_id, VisitChecklistItem.one_off.is_(False)
        )
    ).all()
    return tuple(row for item_id in items if (row := row_of(session, VisitChecklistItem, item_id)))


def ticked_template_items(session: Session, activity_id: int) -> int:
    """Return how many template items of a visit are ticked (what a swap would discard)."""
    return sum(bool(row["done"]) for row in _template_rows(session, activity_id))


def change_template(session: Session, activity_id: int, template_id: int | None) -> TemplateSwap:
    """Give a planned visit another template's items instead of its current ones."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise SalesDeskError("that activity no longer exists")
    if template_id is not None and session.get(ChecklistTemplate, template_id) is None:
        raise SalesDeskError("that checklist template no longer exists")
    before = activity.checklist_template_id
    if before == template_id:
        return TemplateSwap(activity_id, before, before, (), ())
    removed = _template_rows(session, activity_id)
    session.execute(delete(VisitChecklistItem).where(
        VisitChecklistItem.id.in_([row["id"] for row in removed])))  # fmt: skip
    session.execute(update(Activity).where(Activity.id == activity_id)
                    .values(checklist_template_id=template_id))  # fmt: skip
    items = template_items(session, template_id) if template_id is not None else []
    added = _insert_items(session, activity_id, items)
    session.expire_all()
    return TemplateSwap(activity_id, before, template_id, removed, tuple(added))


def _swap(session: Session, swap: TemplateSwap, forward: bool) -> None:
    gone, back = (swap.removed, swap.added) if forward else (swap.added, swap.removed)
    template = swap.template_after if forward else swap.template_before
    session.execute(delete(VisitChecklistItem).where(
        VisitChecklistItem.id.in_([row["id"] for row in gone])))  # fmt: skip
    session.execute(update(Activity).where(Activity.id == swap.activity_id)
                    .values(checklist_template_id=template))  # fmt: skip
    if back:
        session.execute(insert(VisitChecklistItem), list(back))
    session.expire_all()


def undo_swap(session: Session, swap: TemplateSwap) -> None:
    """Put the visit's former checklist back (ticks included)."""
    _swap(session, swap, forward=False)


def redo_swap(session: Session, swap: TemplateSwap) -> None:
    """Swap the checklist again (same item ids)."""
    _swap(session, swap, forward=True)


def fields_of_activity(session: Session, activity_id: int) -> ActivityFields:
    """Return an activity's fields as the planning form shows them."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise SalesDeskError("that activity no longer exists")
    return ActivityFields(
        kind=activity.kind, customer_id=activity.customer_id, starts_at=activity.starts_at,
        duration_minutes=activity.duration_minutes, deal_id=activity.deal_id,
        place=activity.place or "", objective=activity.objective or "",
        desired_outcome=activity.desired_outcome or "",
        template_id=activity.checklist_template_id,
    )  # fmt: skip


def update_activity(session: Session, activity_id: int, fields: ActivityFields) -> RowChange:
    """Change a planned activity's kind, customer, deal, time, place and aims (not its checklist).

    The checklist stays as it is; ``change_template`` swaps it.
    """
    before = row_of(session, Activity, activity_id)
    if before is None:
        raise SalesDeskError("that activity no longer exists")
    if problems := _problems(session, fields):
        raise InvalidFieldsError(problems)
    after = {**before, "kind": fields.kind, "customer_id": fields.customer_id,
             "deal_id": fields.deal_id, "starts_at": fields.starts_at,
             "duration_minutes": fields.duration_minutes, "place": fields.place.strip() or None,
             "objective": fields.objective.strip() or None,
             "desired_outcome": fields.desired_outcome.strip() or None}  # fmt: skip
    if after == before:
        return RowChange(Activity, before, before)
    return RowChange(Activity, before, put_row(session, Activity, before, after))
