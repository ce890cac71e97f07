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

from salesdesk.core import local_time
from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    DealStatus,
    Tier,
    VisitChecklistItem,
)
from salesdesk.core.sample.common import Row, World, between, end_of
from salesdesk.core.sample.diary import Diary, Where
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


@dataclass(frozen=True)
class _Request:
    """A visit to plan once every customer's other activities are booked."""

    person: Person
    deal: Row | None
    plan: tuple[str, str]
    minutes: int
    follows: Row | None


def make_activities(
    world: World,
    people: list[Person],
    stage_order: dict[int, int],
    checklists: Checklists,
) -> None:
    """Buffer the activities of every customer, then set their last-contact dates.

    Times come from the rep's diary (``diary.py``): working days and hours, no clashes, and
    the visits planned from today on three to six a day.
    """
    rng = world.rng
    diary = Diary(rng)
    visits: list[_Request] = []
    yesterday = world.days_ago(1)
    for person in people:
        for deal in person.deals:
            step = min(
                stage_order.get(deal["stage_id"], len(world.texts.VISIT_PLANS) - 1),
                len(world.texts.VISIT_PLANS) - 1,
            )
            last = _past(world, diary, person, deal, step, checklists)
            if deal["status"] is DealStatus.OPEN and rng.random() < 0.75:
                _next(world, diary, person, deal, step, last, checklists, visits)
        if not person.deals:
            for _ in range(rng.choice((0, 1, 1, 2))):
                kind = rng.choice((ActivityKind.CALL, ActivityKind.EMAIL))
                minutes = rng.choice(_DURATIONS[kind])
                since = local_time.local_day(person.row["created_at"])
                wished = local_time.local_day(
                    between(rng, person.row["created_at"], end_of(yesterday))
                )
                when = diary.book(kind, wished, since, yesterday, minutes, _where(person))
                if when is not None:
                    plan = rng.choice(world.texts.VISIT_PLANS_WITHOUT_DEAL)
                    _add(
                        world,
                        person,
                        None,
                        kind,
                        when,
                        minutes,
                        ActivityStatus.DONE,
                        plan,
                        checklists,
                    )
        if person.tier is Tier.A and rng.random() < 0.3:
            plan = rng.choice(world.texts.VISIT_PLANS_WITHOUT_DEAL)
            visits.append(
                _Request(person, None, plan, rng.choice(_DURATIONS[ActivityKind.VISIT]), None)
            )
    places = [(request.minutes, _where(request.person)) for request in visits]
    for index, when in diary.plan_visits(world.today, places):
        request = visits[index]
        _add(
            world,
            request.person,
            request.deal,
            ActivityKind.VISIT,
            when,
            request.minutes,
            ActivityStatus.PLANNED,
            request.plan,
            checklists,
            follows=request.follows,
        )


def _where(person: Person) -> Where:
    row = person.row
    coordinates = None if row["latitude"] is None else (row["latitude"], row["longitude"])
    return Where(row["name"], person.place.city, coordinates)


def _past(
    world: World,
    diary: Diary,
    person: Person,
    deal: Row,
    step: int,
    checklists: Checklists,
) -> Row | None:
    """Buffer the contacts of ``deal`` from its creation until it closed or until yesterday."""
    rng = world.rng
    start: datetime = deal["created_at"]
    end: datetime = deal["closed_at"] or end_of(world.days_ago(1))
    if end <= start:
        return None
    first, last_day = local_time.local_day(start), min(local_time.local_day(end), world.days_ago(1))
    booked = []
    for _ in range(rng.randint(1, 2 + min(step, 3))):
        kind = rng.choices(_KINDS, _PAST_KIND_WEIGHTS)[0]
        minutes = rng.choice(_DURATIONS[kind])
        wished = local_time.local_day(between(rng, start, end))
        when = diary.book(kind, wished, first, last_day, minutes, _where(person))
        if when is not None:
            booked.append((when, kind, minutes))
    booked.sort(key=lambda item: item[0])
    last = None
    for number, (moment, kind, minutes) in enumerate(booked):
        status = ActivityStatus.DONE
        roll = rng.random()
        if roll < 0.06:
            status = ActivityStatus.CANCELLED
        elif roll < 0.1 and kind is ActivityKind.VISIT:
            status = ActivityStatus.NO_SHOW
        # Earlier contacts served earlier steps of the funnel.
        plan_step = min(step, round(step * (number + 1) / len(booked)))
        plan = world.texts.VISIT_PLANS[plan_step]
        row = _add(
            world, person, deal, kind, moment, minutes, status, plan, checklists, follows=last
        )
        if status is ActivityStatus.DONE:
            last = row
    return last


def _next(
    world: World,
    diary: Diary,
    person: Person,
    deal: Row,
    step: int,
    follows: Row | None,
    checklists: Checklists,
    visits: list[_Request],
) -> None:
    """Buffer (or queue, for a visit) the planned next step of an open deal.

    A few of them are already overdue: planned on a day that has passed.
    """
    rng = world.rng
    kind = rng.choices(_KINDS, _NEXT_KIND_WEIGHTS)[0]
    minutes = rng.choice(_DURATIONS[kind])
    plan = world.texts.VISIT_PLANS[step]
    today = world.today
    if rng.random() < 0.2:
        wished = today - timedelta(days=rng.randint(1, 6))
        first, last = today - timedelta(days=8), today - timedelta(days=1)
    elif kind is ActivityKind.VISIT:
        visits.append(_Request(person, deal, plan, minutes, follows))
        return
    else:
        wished = today + timedelta(days=rng.randint(0, 14))
        first, last = today, today + timedelta(days=28)
    when = diary.book(kind, wished, first, last, minutes, _where(person))
    if when is not None:
        _add(
            world,
            person,
            deal,
            kind,
            when,
            minutes,
            ActivityStatus.PLANNED,
            plan,
            checklists,
            follows=follows,
        )


def _add(
    world: World,
    person: Person,
    deal: Row | None,
    kind: ActivityKind,
    starts_at: datetime,
    duration: int,
    status: ActivityStatus,
    plan: tuple[str, str],
    checklists: Checklists,
    *,
    follows: Row | None = None,
) -> Row:
    rng = world.rng
    done = status is ActivityStatus.DONE
    objective, desired = plan
    outcome = None
    if kind is ActivityKind.TASK:
        objective, desired = rng.choice(world.texts.TASKS), None
    elif kind is ActivityKind.EMAIL:
        objective, outcome = rng.choice(world.texts.EMAIL_SUBJECTS)
    elif kind is ActivityKind.CALL:
        outcome = rng.choice(world.texts.CALL_OUTCOMES)
    else:
        outcome = rng.choice(world.texts.VISIT_OUTCOMES)
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
            "next_step": rng.choice(world.texts.NEXT_STEPS)
            if done and rng.random() < 0.5
            else None,
            "follows_id": None if follows is None else follows["id"],
            "checklist_template_id": None,
            "created_at": created,
            "completed_at": starts_at + timedelta(minutes=duration) if done else None,
        },
    )
    person.seen(created)
    if done and kind is not ActivityKind.TASK:
        contacted = local_time.local_day(starts_at)
        if person.last_contact is None or contacted > person.last_contact:
            person.last_contact = contacted
    if kind is ActivityKind.VISIT:
        closing = deal is not None and plan in world.texts.VISIT_PLANS[-2:]
        template = checklists.closing if closing else checklists.preparation
        recent = local_time.local_day(starts_at) >= world.days_ago(_RECENT_DAYS)
        if template is not None and (status is ActivityStatus.PLANNED or recent):
            row["checklist_template_id"] = template.id
            _checklist(world, row, template)
    return row


def _place(world: World, person: Person) -> str:
    rng = world.rng
    if rng.random() < 0.15:
        return rng.choice(world.texts.OTHER_PLACES)
    row = person.company.row if person.company is not None else person.row
    return world.address(row["street"], row["postal_code"], person.place)


def _checklist(world: World, visit: Row, template: Template) -> None:
    """Copy ``template`` into ``visit``, ticked as far as the rep got, plus a one-off item."""
    rng = world.rng
    starts_at: datetime = visit["starts_at"]
    days_ahead = (local_time.local_day(starts_at) - world.today).days
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
        items.append((None, rng.choice(world.texts.ONE_OFF_ITEMS)))
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
