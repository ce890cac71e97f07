"""Sample deals with a consistent history of stage moves, qualification notes and objections.

Each deal is given an outcome first (open in some stage, on hold, won or lost) and then a
path through the funnel that ends there: it starts in the first stage (sometimes later),
moves forward (now and then skipping a stage or going back once) and, if closed or held,
ends in the Won, Lost or On hold stage; lost deals give a reason from the database's list.
Times are laid out backwards from the last move, a whole day or more per step, so they
strictly increase and all lie before ``today``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from salesdesk.core.i18n import translate
from salesdesk.core.models import Deal, DealStatus, Note, Objection, ObjectionKind, StageMove, Tier
from salesdesk.core.sample.common import (
    Row,
    World,
    between,
    end_of,
    money,
    month_name,
    spoken_amount,
    to_currency,
)
from salesdesk.core.sample.companies import make_purchase
from salesdesk.core.sample.people import Person

_TIER_WEIGHT = {Tier.A: 5.0, Tier.B: 2.5, Tier.C: 1.0}
_TIER_SIZE = {Tier.A: 3, Tier.B: 2, Tier.C: 1}  # A customers place the larger orders
_FUNNEL_SHRINK = 0.78  # each open stage holds about this share of the deals of the one before


@dataclass(frozen=True)
class StageInfo:
    """An open stage of the pipeline as the generator needs it."""

    id: int
    rot_days: int | None


@dataclass(frozen=True)
class Pipeline:
    """The database's pipeline: open stages in order, the outcome stages, the next positions."""

    open_stages: tuple[StageInfo, ...]
    won_id: int | None
    lost_id: int | None
    next_position: dict[int, int]
    hold_id: int | None = None
    lost_reasons: dict[str, int] | None = None  # the reasons on the list, by name


def _outcomes(world: World, pipeline: Pipeline, count: int) -> list[DealStatus]:
    won = round(count * 0.15) if pipeline.won_id else 0
    lost = round(count * 0.15) if pipeline.lost_id else 0
    suspended = max(1 if count >= 8 else 0, round(count * 0.05)) if pipeline.hold_id else 0
    outcomes = [DealStatus.WON] * won + [DealStatus.LOST] * lost
    outcomes += [DealStatus.SUSPENDED] * suspended
    outcomes += [DealStatus.OPEN] * (count - len(outcomes))
    world.rng.shuffle(outcomes)
    return outcomes


def make_deals(
    world: World,
    pipeline: Pipeline,
    people: list[Person],
    count: int,
    billing: Mapping[int, str],
) -> list[Row]:
    """Buffer ``count`` deals, with their stage moves and objections, spread over ``people``.

    Each deal is in the currency its customer buys in (``billing``, by customer id).
    """
    if count == 0:
        return []
    if not people:
        raise ValueError("sample deals need at least one customer")
    if not pipeline.open_stages:
        raise ValueError("sample deals need at least one open pipeline stage")
    rng = world.rng
    owners = rng.choices(people, [_TIER_WEIGHT[person.tier] for person in people], k=count)
    stages = len(pipeline.open_stages)
    funnel = [_FUNNEL_SHRINK**index for index in range(stages)]
    kinds = list(ObjectionKind)  # the first objections take every kind once
    deals: list[Row] = []
    for owner, status in zip(owners, _outcomes(world, pipeline, count), strict=True):
        if status is DealStatus.WON:
            reached = stages - 1 if stages < 2 or rng.random() < 0.7 else stages - 2
        elif status is DealStatus.SUSPENDED:
            reached = rng.randint(0, max(0, stages - 2))
        else:
            reached = rng.choices(range(stages), funnel)[0]
        deal = _deal(world, pipeline, owner, status, reached, billing[owner.id])
        deals.append(deal)
        owner.deals.append(deal)
        owner.seen(deal["created_at"])
        _objections(world, deal, owner, reached, kinds)
        _notes(world, deal)
        if status is DealStatus.WON:
            make_purchase(
                world,
                company_id=owner.company.id if owner.company else None,
                customer_id=owner.id,
                currency=deal["currency"],
                description=deal["title"],
                supplier=world.texts.OUR_COMPANY,
                purchased_on=deal["closed_at"].date(),
                amount_cents=int(deal["value"].scaleb(2)),
            )
    # The board shows each stage's deals in order of arrival, after those already there.
    for deal in sorted(deals, key=lambda row: (row["stage_entered_at"], row["id"])):
        deal["position"] = pipeline.next_position.get(deal["stage_id"], 0)
        pipeline.next_position[deal["stage_id"]] = deal["position"] + 1
    return deals


def _path(world: World, reached: int) -> list[int]:
    """Return the open stage indexes a deal went through, ending at ``reached``."""
    rng = world.rng
    current = 0 if reached == 0 or rng.random() < 0.85 else rng.randint(1, min(reached, 2))
    path, went_back = [current], False
    while current < reached:
        if not went_back and current >= 1 and rng.random() < 0.08:
            current, went_back = current - 1, True
        elif current + 2 <= reached and rng.random() < 0.1:
            current += 2
        else:
            current += 1
        path.append(current)
    return path


def _days_in(world: World, stage: StageInfo, *, rotting: bool) -> int:
    rot = stage.rot_days or 30
    if rotting:
        return rot + world.rng.randint(1, rot)
    return world.rng.randint(1, max(1, rot - 1))


def _deal(
    world: World,
    pipeline: Pipeline,
    owner: Person,
    status: DealStatus,
    reached: int,
    currency: str,
) -> Row:
    rng, today = world.rng, world.today
    path = _path(world, reached)
    stage_ids = [pipeline.open_stages[index].id for index in path]
    closed = status in (DealStatus.WON, DealStatus.LOST)
    rotting = status is DealStatus.OPEN and rng.random() < 0.25
    if closed:
        stage_ids.append(pipeline.won_id if status is DealStatus.WON else pipeline.lost_id)  # type: ignore[arg-type]
        last_day = world.days_ago(min(540, 1 + int(rng.expovariate(1 / 100))))
    elif status is DealStatus.SUSPENDED:
        stage_ids.append(pipeline.hold_id)  # type: ignore[arg-type]
        last_day = world.days_ago(rng.randint(10, 90))
    else:
        last_day = world.days_ago(_days_in(world, pipeline.open_stages[reached], rotting=rotting))
    days = [last_day]
    for index in reversed(path[: len(stage_ids) - 1]):
        # The time spent in a stage before leaving it: mostly within its rot limit.
        spent = _days_in(world, pipeline.open_stages[index], rotting=rng.random() < 0.15)
        days.append(days[-1] - timedelta(days=spent))
    times = [world.work_time(day) for day in reversed(days)]
    template, unit_cents, low, high = rng.choice(world.texts.DEAL_TITLES)
    units = min(high * 3, rng.randint(low, high) * _TIER_SIZE[owner.tier])
    exact = rng.random() < 0.25
    eur_cents = unit_cents * units if exact else int(unit_cents * units * rng.uniform(0.85, 1.05))
    value_cents = to_currency(eur_cents, currency, exact=exact)
    if closed:
        expected = times[-1].date()
    elif status is DealStatus.SUSPENDED:
        expected = None if rng.random() < 0.5 else today + timedelta(days=rng.randint(60, 180))
    elif rotting and rng.random() < 0.3:
        expected = today - timedelta(days=rng.randint(1, 20))  # the date has already slipped
    else:
        expected = today + timedelta(days=rng.randint(7, max(14, 120 - 15 * reached)))
    row = world.add(
        Deal,
        {
            "title": template.format(n=units, year=today.year + (today.month >= 10)),
            "customer_id": owner.id,
            "stage_id": stage_ids[-1],
            "position": 0,
            "value": money(value_cents),
            "currency": currency,
            "expected_close": expected,
            "probability_override": (
                rng.randrange(5, 100, 5) if not closed and rng.random() < 0.05 else None
            ),
            "status": status,
            **_loss(world, pipeline, status),
            "stage_entered_at": times[-1],
            "created_at": times[0],
            "closed_at": times[-1] if closed else None,
            **_qualification(world, reached, value_cents, currency),
            "notes": rng.choice(world.texts.SUSPENDED_NOTES)
            if status is DealStatus.SUSPENDED
            else None,
        },
    )
    previous = None
    for stage_id, moved_at in zip(stage_ids, times, strict=True):
        world.add(
            StageMove,
            {
                "deal_id": row["id"],
                "from_stage_id": previous,
                "to_stage_id": stage_id,
                "moved_at": moved_at,
            },
        )
        previous = stage_id
    return row


def _loss(world: World, pipeline: Pipeline, status: DealStatus) -> Row:
    """Return a lost deal's reason (from the database's list) and detail; nothing otherwise."""
    if status is not DealStatus.LOST:
        return {"lost_reason_id": None, "lost_detail": None}
    rng = world.rng
    name, detail = rng.choice(world.texts.LOST_REASONS)
    reasons = pipeline.lost_reasons or {}
    # A database made in another language holds the default reasons translated.
    reason_id = reasons.get(name) or reasons.get(translate("Defaults", name))
    if reason_id is None:
        reason_id = next(iter(reasons.values()), None)
    text = detail.format(competitor=rng.choice(world.texts.COMPETITORS))
    return {"lost_reason_id": reason_id, "lost_detail": text or None}


def _notes(world: World, deal: Row) -> None:
    """Write down a note or two about some deals, while they were worked on."""
    rng = world.rng
    if rng.random() >= 0.3:
        return
    start: datetime = deal["created_at"]
    end: datetime = deal["closed_at"] or deal["stage_entered_at"]
    for text in rng.sample(world.texts.DEAL_NOTES, rng.choice((1, 1, 2))):
        written = world.work_time(between(rng, start, end).date())  # in working hours
        world.add(
            Note,
            {
                "customer_id": deal["customer_id"],
                "deal_id": deal["id"],
                "text": text,
                "written_at": min(max(written, start), end),
            },
        )


def _pick(world: World, pool: tuple[tuple[str, bool], ...], confirmed: float) -> tuple[str, bool]:
    """Pick a BANT note; later in the funnel it is more likely to be confirmed."""
    wanted = world.rng.random() < confirmed
    return world.rng.choice([entry for entry in pool if entry[1] == wanted] or list(pool))


def _qualification(world: World, reached: int, value_cents: int, currency: str) -> Row:
    rng = world.rng
    row: Row = dict.fromkeys(
        (
            "bant_budget",
            "bant_authority",
            "bant_need",
            "bant_timeline",
            "neads_now",
            "neads_enjoy",
            "neads_alter",
            "neads_decision_makers",
            "neads_solution",
        ),
    )
    row |= dict.fromkeys(
        ("bant_budget_ok", "bant_authority_ok", "bant_need_ok", "bant_timeline_ok"), False
    )
    if rng.random() < (0.2 if reached == 0 else 0.75):
        confirmed = min(0.95, 0.3 + 0.15 * reached)
        values = {
            "amount": spoken_amount(value_cents, currency, world.language),
            "month": month_name(rng.randint(1, 12), world.language),
        }
        for key, pool in (
            ("bant_budget", world.texts.BANT_BUDGET),
            ("bant_authority", world.texts.BANT_AUTHORITY),
            ("bant_need", world.texts.BANT_NEED),
            ("bant_timeline", world.texts.BANT_TIMELINE),
        ):
            if rng.random() < 0.85:
                text, ok = _pick(world, pool, confirmed)
                row[key], row[f"{key}_ok"] = text.format_map(values), ok
    if rng.random() < (0.6 if reached >= 2 else 0.15):
        competitor = rng.choice(world.texts.COMPETITORS)
        for key, pool in (
            ("neads_now", world.texts.NEADS_NOW),
            ("neads_enjoy", world.texts.NEADS_ENJOY),
            ("neads_alter", world.texts.NEADS_ALTER),
            ("neads_decision_makers", world.texts.NEADS_DECISION_MAKERS),
            ("neads_solution", world.texts.NEADS_SOLUTION),
        ):
            if rng.random() < 0.85:
                row[key] = rng.choice(pool).format(competitor=competitor)
    return row


def _objections(
    world: World, deal: Row, owner: Person, reached: int, kinds: list[ObjectionKind]
) -> None:
    rng = world.rng
    count = rng.choice((0, 1, 1, 2, 3)) if reached >= 2 else rng.choice((0, 0, 0, 1))
    if deal["status"] is DealStatus.LOST:
        count = max(count, 1)
    start: datetime = deal["created_at"]
    end: datetime = deal["closed_at"] or end_of(world.days_ago(1))
    resolve_share = 0.85 if deal["status"] is DealStatus.WON else 0.45
    for _ in range(count):
        kind = kinds.pop(0) if kinds else rng.choice(list(ObjectionKind))
        text, response = rng.choice(world.texts.OBJECTIONS[kind])
        values = {"competitor": rng.choice(world.texts.COMPETITORS), "city": owner.place.city}
        raised = between(rng, start, end)
        resolved = rng.random() < resolve_share
        world.add(
            Objection,
            {
                "deal_id": deal["id"],
                "kind": kind,
                "text": text.format_map(values),
                "response": response.format_map(values) if resolved or rng.random() < 0.5 else None,
                "resolved": resolved,
                "raised_at": raised,
                "resolved_at": between(rng, raised, end) if resolved else None,
            },
        )
