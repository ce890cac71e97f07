"""Planning visits (and calls, e-mails, tasks), their preparation checklists, and their outcome.

Planning copies the chosen checklist template's items into the visit, so later edits of the
template do not change planned visits. Each operation returns its change record, whose undo
and redo restore the rows exactly (same ids).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.limits import moment_problem
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
from salesdesk.core.operations.row_change import row_of, save_row

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
    """An activity made by planning (or by a next step), with its checklist."""

    activity_id: int
    change: Change


def _problems(session: Session, fields: ActivityFields) -> list[FieldProblem]:
    problems = []
    if session.get(Customer, fields.customer_id) is None:
        problems.append(FieldProblem("customer_id", translate("Visits", "choose the customer")))
    if fields.deal_id is not None:
        deal = session.get(Deal, fields.deal_id)
        if deal is None or deal.customer_id != fields.customer_id:
            problems.append(
                FieldProblem("deal_id", translate("Visits", "the deal belongs to another customer"))
            )
    if (message := moment_problem(fields.starts_at)) is not None:
        problems.append(FieldProblem("starts_at", message))
    if not MIN_MINUTES <= fields.duration_minutes <= MAX_MINUTES:
        message = translate("Visits", "the duration is %1 minutes to 12 hours", MIN_MINUTES)
        problems.append(FieldProblem("duration_minutes", message))
    if (
        fields.template_id is not None
        and session.get(ChecklistTemplate, fields.template_id) is None
    ):
        problems.append(
            FieldProblem(
                "template_id", translate("Visits", "the checklist template no longer exists")
            )
        )
    for name in ("place", "objective", "desired_outcome"):
        if len(getattr(fields, name)) > 2000:
            problems.append(
                FieldProblem(name, translate("Visits", "the text is longer than 2000 characters"))
            )
    return problems


def template_items(session: Session, template_id: int) -> list[tuple[str, str]]:
    """Return a template's items as (group name, text), in order."""
    rows = session.execute(
        select(ChecklistGroup.name, ChecklistTemplateItem.text)
        .join(ChecklistTemplateItem, ChecklistTemplateItem.group_id == ChecklistGroup.id)
        .where(ChecklistGroup.template_id == template_id)
        .order_by(
            ChecklistGroup.position,
            ChecklistGroup.id,
            ChecklistTemplateItem.position,
            ChecklistTemplateItem.id,
        )
    )
    return [(group, text) for group, text in rows]


def _insert_items(writer: RowWriter, activity_id: int, items: list[tuple[str, str]]) -> None:
    for position, (group, text) in enumerate(items):
        writer.insert(
            VisitChecklistItem,
            {
                "activity_id": activity_id,
                "group_name": group,
                "text": text,
                "position": position,
                "done": False,
                "done_at": None,
                "one_off": False,
            },
        )


def plan_activity(
    session: Session, fields: ActivityFields, now: datetime, *, follows_id: int | None = None
) -> PlannedActivity:
    """Plan an activity; a template's items are copied into its checklist."""
    writer = RowWriter(session)
    activity_id = _plan(writer, fields, now, follows_id)
    return PlannedActivity(activity_id, writer.change())


def _values(fields: ActivityFields) -> dict[str, Any]:
    """Return the columns of an activity that the planning form sets (not its checklist)."""
    return {
        "kind": fields.kind,
        "customer_id": fields.customer_id,
        "deal_id": fields.deal_id,
        "starts_at": fields.starts_at,
        "duration_minutes": fields.duration_minutes,
        "place": fields.place.strip() or None,
        "objective": fields.objective.strip() or None,
        "desired_outcome": fields.desired_outcome.strip() or None,
    }


def _plan(writer: RowWriter, fields: ActivityFields, now: datetime, follows_id: int | None) -> int:
    session = writer.session
    if problems := _problems(session, fields):
        raise InvalidFieldsError(problems)
    activity = {
        **_values(fields),
        "status": ActivityStatus.PLANNED,
        "outcome": None,
        "next_step": None,
        "follows_id": follows_id,
        "checklist_template_id": fields.template_id,
        "created_at": now,
        "completed_at": None,
    }
    activity_id = writer.insert(Activity, activity)
    items = template_items(session, fields.template_id) if fields.template_id is not None else []
    _insert_items(writer, activity_id, items)
    return int(activity_id)


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


def tick_item(session: Session, item_id: int, done: bool, now: datetime) -> Change:
    """Tick (``done``) or untick a checklist item."""
    before = row_of(session, VisitChecklistItem, item_id)
    if before is None:
        raise SalesDeskError(translate("Visits", "that checklist item no longer exists"))
    if before["done"] == done:
        return Change()
    return save_row(
        session, VisitChecklistItem, before, {"done": done, "done_at": now if done else None}
    )


def add_one_off_item(session: Session, activity_id: int, text: str) -> Change:
    """Add an item to one visit's checklist only."""
    item = text.strip()
    if not item:
        raise InvalidFieldsError(
            [FieldProblem("text", translate("Visits", "write the item down first"))]
        )
    if session.get(Activity, activity_id) is None:
        raise SalesDeskError(translate("Visits", "that activity no longer exists"))
    last = session.scalar(
        select(func.max(VisitChecklistItem.position)).where(
            VisitChecklistItem.activity_id == activity_id
        )
    )
    row = {
        "activity_id": activity_id,
        "group_name": None,
        "text": item,
        "position": (last if last is not None else -1) + 1,
        "done": False,
        "done_at": None,
        "one_off": True,
    }
    return save_row(session, VisitChecklistItem, None, row)


def complete_activity(
    session: Session,
    activity_id: int,
    status: ActivityStatus,
    now: datetime,
    *,
    outcome: str = "",
    next_step: str = "",
    next_at: datetime | None = None,
) -> Change:
    """Close an activity; a next step with a time plans the next activity (same customer).

    A visit, call or e-mail marked done makes its day the customer's last contact (if later).
    """
    before = row_of(session, Activity, activity_id)
    if before is None:
        raise SalesDeskError(translate("Visits", "that activity no longer exists"))
    if status is ActivityStatus.PLANNED:
        raise InvalidFieldsError(
            [FieldProblem("status", translate("Visits", "choose done, cancelled or no-show"))]
        )
    if next_at is not None and not next_step.strip():
        raise InvalidFieldsError(
            [FieldProblem("next_step", translate("Visits", "say what the next step is"))]
        )
    if next_at is not None and (message := moment_problem(next_at)) is not None:
        raise InvalidFieldsError([FieldProblem("next_at", message)])
    writer = RowWriter(session)
    writer.update(
        Activity,
        activity_id,
        {
            "status": status,
            "outcome": outcome.strip() or None,
            "next_step": next_step.strip() or None,
            "completed_at": now,
        },
    )
    contact = before["kind"] in (ActivityKind.VISIT, ActivityKind.CALL, ActivityKind.EMAIL)
    if status is ActivityStatus.DONE and contact:
        customer = session.get(Customer, before["customer_id"])
        assert customer is not None
        day = local_time.local_day(before["starts_at"])
        last = customer.last_contact_on
        writer.update(
            Customer,
            before["customer_id"],
            {"last_contact_on": max(day, last) if last else day, "updated_at": now},
        )
    if next_at is not None:
        fields = ActivityFields(
            kind=before["kind"],
            customer_id=before["customer_id"],
            starts_at=next_at,
            duration_minutes=before["duration_minutes"],
            deal_id=before["deal_id"],
            place=before["place"] or "",
            objective=next_step,
        )
        _plan(writer, fields, now, activity_id)
    return writer.change()


def _template_rows(session: Session, activity_id: int) -> list[Row]:
    items = session.scalars(
        select(VisitChecklistItem.id).where(
            VisitChecklistItem.activity_id == activity_id, VisitChecklistItem.one_off.is_(False)
        )
    ).all()
    return [row for item_id in items if (row := row_of(session, VisitChecklistItem, item_id))]


def ticked_template_items(session: Session, activity_id: int) -> int:
    """Return how many template items of a visit are ticked (what a swap would discard)."""
    return sum(bool(row["done"]) for row in _template_rows(session, activity_id))


def change_template(session: Session, activity_id: int, template_id: int | None) -> Change:
    """Give a planned visit another template's items instead of its current ones.

    Undo brings the former items back, ticks included; one-off items stay as they are.
    """
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise SalesDeskError(translate("Visits", "that activity no longer exists"))
    if template_id is not None and session.get(ChecklistTemplate, template_id) is None:
        raise SalesDeskError(translate("Visits", "that checklist template no longer exists"))
    writer = RowWriter(session)
    if activity.checklist_template_id == template_id:
        return writer.change()
    writer.delete(VisitChecklistItem, *[row["id"] for row in _template_rows(session, activity_id)])
    writer.update(Activity, activity_id, {"checklist_template_id": template_id})
    items = template_items(session, template_id) if template_id is not None else []
    _insert_items(writer, activity_id, items)
    return writer.change()


def fields_of_activity(session: Session, activity_id: int) -> ActivityFields:
    """Return an activity's fields as the planning form shows them."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise SalesDeskError(translate("Visits", "that activity no longer exists"))
    return ActivityFields(
        kind=activity.kind,
        customer_id=activity.customer_id,
        starts_at=activity.starts_at,
        duration_minutes=activity.duration_minutes,
        deal_id=activity.deal_id,
        place=activity.place or "",
        objective=activity.objective or "",
        desired_outcome=activity.desired_outcome or "",
        template_id=activity.checklist_template_id,
    )


def update_activity(session: Session, activity_id: int, fields: ActivityFields) -> Change:
    """Change a planned activity's kind, customer, deal, time, place and aims (not its checklist).

    The checklist stays as it is; ``change_template`` swaps it.
    """
    before = row_of(session, Activity, activity_id)
    if before is None:
        raise SalesDeskError(translate("Visits", "that activity no longer exists"))
    if problems := _problems(session, fields):
        raise InvalidFieldsError(problems)
    return save_row(session, Activity, before, _values(fields))
