"""Sample visits, calls, e-mails and tasks around today, with preparation checklists.

Each deal gets the contacts that moved it along (done, now and then cancelled or a no-show),
and most open deals a next step: a planned activity, sometimes already overdue. Customers
without a deal get the odd call or courtesy visit. Planned visits, and the visits of the last
weeks, carry their own copy of a checklist template, ticked more the closer the visit is.
Done contacts set each customer's last-contact date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    DealStatus,
    Tier,
    VisitChecklistItem,
)
from salesdesk.core.sample import texts
from salesdesk.core.sample.common import Row, World, at, between, end_of
from salesdesk.core.sample.people import Person

_KINDS = (ActivityKind.VISIT, ActivityKind.CALL, ActivityKind.EMAIL, ActivityKind.TASK)
_PAST_KIND_WEIGHTS = (40, 35, 20, 5)
_NEXT_KIND_WEIGHTS = (55, 30, 5, 10)
_DURATIONS = {
    ActivityKind.VISIT: (45, 60, 60, 90, 120),
    ActivityKind.CALL: (15, 15, 30),
    ActivityKind.EMAIL: (15,),
    ActivityKind.TASK: (30, 60),
}
_RECENT_DAYS = 30  # done visits younger than this keep their checklist


@dataclass(frozen=True)
class Template:
    """A checklist template as the generator copies it: its id and (group, text) items."""

    id: int
    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Checklists:
    """The templates a visit may use: the everyday one and the one for closing meetings."""

    preparation: Template | None
    closing: Template | None


def make_activities(
    world: World,
    people: list[Person],
    stage_order: dict[int, int],
    checklists: Checklists,
) -> None:
    """Buffer the activities of every customer, then set their last-contact dates."""
    rng = world.rng
    for person in people:
        for deal in person.deals:
            step = min(
                stage_order.get(deal["stage_id"], len(texts.VISIT_PLANS) - 1),
                len(texts.VISIT_PLANS) - 1,
            )
            last = _past(world, person, deal, step, checklists)
            if deal["status"] is DealStatus.OPEN and rng.random() < 0.75:
                _next(world, person, deal, step, last, checklists)
        if not person.deals:
            for _ in range(rng.choice((0, 1, 1, 2))):
                start = person.row["created_at"]
                _add(
                    world,
                    person,
                    None,
                    rng.choice((ActivityKind.CALL, ActivityKind.EMAIL)),
                    between(rng, start, end_of(world.days_ago(1))),
                    ActivityStatus.DONE,
                    rng.choice(texts.VISIT_PLANS_WITHOUT_DEAL),
                    checklists,
                )
        if person.tier is Tier.A and rng.random() < 0.3:
            when = at(world.today + timedelta(days=rng.randint(1, 20)), rng.randint(9, 16))
            _add(
                world,
                person,
                None,
                ActivityKind.VISIT,
                when,
                ActivityStatus.PLANNED,
                rng.choice(texts.VISIT_PLANS_WITHOUT_DEAL),
                checklists,
            )


def _past(world: World, person: Person, deal: Row, step: int, checklists: Checklists) -> Row | None:
    """Buffer the contacts of ``deal`` from its creation until it closed or until yesterday."""
    rng = world.rng
    start: datetime = deal["created_at"]
    end: datetime = deal["closed_at"] or end_of(world.days_ago(1))
    if end <= start:
        return None
    moments = sorted(between(rng, start, end) for _ in range(rng.randint(1, 2 + min(step, 3))))
    last = None
    for number, moment in enumerate(moments):
        kind = rng.choices(_KINDS, _PAST_KIND_WEIGHTS)[0]
        status = ActivityStatus.DONE
        roll = rng.random()
        if roll < 0.06:
            status = ActivityStatus.CANCELLED
        elif roll < 0.1 and kind is ActivityKind.VISIT:
            status = ActivityStatus.NO_SHOW
        # Earlier contacts served earlier steps of the funnel.
        plan_step = min(step, round(step * (number + 1) / len(moments)))
        plan = texts.VISIT_PLANS[plan_step]
        row = _add(world, person, deal, kind, moment, status, plan, checklists, follows=last)
        if status is ActivityStatus.DONE:
            last = row
    return last


def _next(
    world: World,
    person: Person,
    deal: Row,
    step: int,
    follows: Row | None,
    checklists: Checklists,
) -> None:
    """Buffer the planned next step of an open deal; a few of them are already overdue."""
    rng = world.rng
    offset = rng.randint(-6, -1) if rng.random() < 0.2 else rng.randint(0, 21)
    day = world.today + timedelta(days=offset)
    when = at(day, rng.randint(8, 17), rng.choice((0, 0, 15, 30, 45)))
    kind = rng.choices(_KINDS, _NEXT_KIND_WEIGHTS)[0]
    plan = texts.VISIT_PLANS[step]
    _add(world, person, deal, kind, when, ActivityStatus.PLANNED, plan, checklists, follows=follows)


def _add(
    world: World,
    person: Person,
    deal: Row | None,
    kind: ActivityKind,
    starts_at: datetime,
    status: ActivityStatus,
    plan: tuple[str, str],
    checklists: Checklists,
    *,
    follows: Row | None = None,
) -> Row:
    rng = world.rng
    duration = rng.choice(_DURATIONS[kind])
    done = status is ActivityStatus.DONE
    objective, desired = plan
    outcome = None
    if kind is ActivityKind.TASK:
        objective, desired = rng.choice(texts.TASKS), None
    elif kind is ActivityKind.EMAIL:
        objective, outcome = rng.choice(texts.EMAIL_SUBJECTS)
    elif kind is ActivityKind.CALL:
        outcome = rng.choice(texts.CALL_OUTCOMES)
    else:
        outcome = rng.choice(texts.VISIT_OUTCOMES)
    created = min(starts_at, end_of(world.days_ago(1))) - timedelta(days=rng.randint(1, 10))
    row = world.add(
        Activity,
        {
            "kind": kind,
            "customer_id": person.id,
            "deal_id": None if deal is None else deal["id"],
            "starts_at": starts_at,
            "duration_minutes": duration,
            "place": _place(world, person) if kind is ActivityKind.VISIT else None,
            "objective": objective,
            "desired_outcome": desired,
            "status": status,
            "outcome": outcome if done and kind is not ActivityKind.TASK else None,
            "next_step": rng.choice(texts.NEXT_STEPS) if done and rng.random() < 0.5 else None,
            "follows_id": None if follows is None else follows["id"],
            "checklist_template_id": None,
            "created_at": created,
            "completed_at": starts_at + timedelta(minutes=duration) if done else None,
        },
    )
    person.seen(created)
    if done and kind is not ActivityKind.TASK:
        contacted = starts_at.date()
        if person.last_contact is None or contacted > person.last_contact:
            person.last_contact = contacted
    if kind is ActivityKind.VISIT:
        closing = deal is not None and plan in texts.VISIT_PLANS[-2:]
        template = checklists.closing if closing else checklists.preparation
        recent = starts_at.date() >= world.days_ago(_RECENT_DAYS)
        if template is not None and (status is ActivityStatus.PLANNED or recent):
            row["checklist_template_id"] = template.id
            _checklist(world, row, template)
    return row


def _place(world: World, person: Person) -> str:
    rng = world.rng
    if rng.random() < 0.15:
        return rng.choice(texts.OTHER_PLACES)
    row = person.company.row if person.company is not None else person.row
    return f"{row['street']}, {row['postal_code']} {row['city']}"


def _checklist(world: World, visit: Row, template: Template) -> None:
    """Copy ``template`` into ``visit``, ticked as far as the rep got, plus a one-off item."""
    rng = world.rng
    starts_at: datetime = visit["starts_at"]
    days_ahead = (starts_at.date() - world.today).days
    if visit["status"] is not ActivityStatus.PLANNED:
        share = 0.9
    elif days_ahead <= 1:
        share = 0.6
    elif days_ahead <= 7:
        share = 0.3
    else:
        share = 0.05
    ticked_until = min(starts_at, end_of(world.days_ago(1)))
    items = list(template.items)
    if rng.random() < 0.3:
        items.append((None, rng.choice(texts.ONE_OFF_ITEMS)))
    for position, (group, text) in enumerate(items):
        done = rng.random() < share
        world.add(
            VisitChecklistItem,
            {
                "activity_id": visit["id"],
                "group_name": group,
                "text": text,
                "position": position,
                "done": done,
                "done_at": between(rng, visit["created_at"], ticked_until) if done else None,
                "one_off": group is None,
            },
        )
