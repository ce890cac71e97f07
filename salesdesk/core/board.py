"""What the kanban board shows: its columns (stages) and one card per deal, in board order.

Everything is read in three queries whatever the number of deals, and filtering happens on the
loaded cards: a keystroke in the filter never goes back to the database.

A board can also be read in two steps, for a quick start: first each column's first cards
(what fits on the screen) with the figures of all its cards, computed in SQL; then every card.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Integer, case, func, select, type_coerce
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.models import (
    Activity,
    ActivityStatus,
    Company,
    Customer,
    CustomerTrait,
    CustomerTraitMark,
    Deal,
    DealStatus,
    Stage,
    StageKind,
    Tier,
    VisitChecklistItem,
)
from salesdesk.core.models.base import UTCDateTime
from salesdesk.core.money.totals import Conversion, Total


class NextActivity(enum.Enum):
    """When the deal's next planned activity is, as a card marker."""

    NONE = "none"
    OVERDUE = "overdue"
    TODAY = "today"
    FUTURE = "future"


@dataclass(frozen=True)
class StageInfo:
    """A stage as the board needs it."""

    id: int
    name: str
    kind: StageKind
    probability: int
    rot_days: int | None


@dataclass(frozen=True)
class Card:
    """One deal on the board."""

    deal_id: int
    stage_id: int
    title: str
    customer_id: int
    customer: str
    company: str | None
    tier: Tier
    value: Decimal
    currency: str
    probability: int  # the deal's override, else its stage's
    probability_override: int | None
    entered_on: date
    days_in_stage: int
    rotting: bool
    next_activity: NextActivity
    next_activity_at: datetime | None
    search_text: str  # casefolded title, customer and company, for the filter
    score: int | None = None  # the customer's qualification score (gold - poor traits), if any
    next_ready: tuple[int, int] | None = None  # checklist items ticked and in all (next activity)

    @property
    def weighted_value(self) -> Decimal:
        """Return value × probability, exact to the cent."""
        return (self.value * self.probability / 100).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class ColumnFigures:
    """What a column's header says of all its cards, counted in SQL."""

    count: int
    rotting: int
    sums: dict[str, tuple[Decimal, Decimal]]  # as ``totals_by_currency`` gives them


@dataclass(frozen=True)
class Board:
    """Open stages in pipeline order, the outcome stages, and the open deals' cards.

    A board read with ``first`` holds only the first cards of its longer columns; ``figures``
    then has those columns' figures over all their cards (stage id -> figures).
    """

    stages: tuple[StageInfo, ...]
    outcomes: tuple[StageInfo, ...]
    cards: dict[int, list[Card]]  # stage id -> cards in position order
    figures: dict[int, ColumnFigures] = field(default_factory=dict)


@dataclass(frozen=True)
class CardFilter:
    """What the board's filter bar asks for; the default accepts every card."""

    text: str = ""
    tier: Tier | None = None
    rotting_only: bool = False
    without_next_activity: bool = False

    def accepts(self, card: Card) -> bool:
        """Return True when ``card`` matches every part of the filter."""
        needle = self.text.strip().casefold()
        return (
            (not needle or needle in card.search_text)
            and (self.tier is None or card.tier is self.tier)
            and (not self.rotting_only or card.rotting)
            and (not self.without_next_activity or card.next_activity is NextActivity.NONE)
        )


def _stages(session: Session) -> list[StageInfo]:
    stages = Stage.__table__.c
    rows = session.execute(
        select(stages.id, stages.name, stages.kind, stages.probability, stages.rot_days)
        .where(stages.archived_at.is_(None))
        .order_by(stages.position, stages.id)
    )
    return [StageInfo(*row) for row in rows]


def load_cards(
    session: Session,
    now: datetime,
    deal_ids: Iterable[int] | None = None,
    stage_ids: Iterable[int] | None = None,
) -> dict[int, list[Card]]:
    """Return open deals' cards grouped by stage in position order (optionally only some).

    The board's reads name the tables' columns, not the mapped classes': the board is read
    before it is first painted, and an ORM statement would first configure every mapper.
    """
    stages = {stage.id: stage for stage in _stages(session)}
    activities, items = Activity.__table__.c, VisitChecklistItem.__table__.c
    planned = (
        select(
            activities.id,
            activities.deal_id,
            activities.starts_at,
            func.row_number()
            .over(partition_by=activities.deal_id, order_by=(activities.starts_at, activities.id))
            .label("rank"),
        )
        .where(activities.status == ActivityStatus.PLANNED, activities.deal_id.is_not(None))
        .subquery()
    )
    next_planned = (
        select(
            planned.c.deal_id,
            planned.c.starts_at.label("next_at"),
            select(func.count())
            .where(items.activity_id == planned.c.id, items.done.is_(True))
            .scalar_subquery()
            .label("ticked"),
            select(func.count())
            .where(items.activity_id == planned.c.id)
            .scalar_subquery()
            .label("all_items"),
        )
        .where(planned.c.rank == 1)
        .subquery()
    )
    marks = CustomerTraitMark.__table__.c
    gold = marks.trait.in_([trait for trait in CustomerTrait if trait.is_gold])
    scores = (
        select(marks.customer_id, func.sum(case((gold, 1), else_=-1)).label("score"))
        .group_by(marks.customer_id)
        .subquery()
    )
    deals, customers, companies = Deal.__table__, Customer.__table__, Company.__table__
    query = (
        select(
            deals.c.id,
            deals.c.stage_id,
            deals.c.title,
            deals.c.customer_id,
            customers.c.name,
            companies.c.name,
            customers.c.tier,
            deals.c.value_cents,
            deals.c.currency,
            deals.c.probability_override,
            deals.c.stage_entered_at,
            scores.c.score,
        )
        .select_from(deals)
        .join(customers, customers.c.id == deals.c.customer_id)
        .outerjoin(companies, companies.c.id == customers.c.company_id)
        .outerjoin(scores, scores.c.customer_id == customers.c.id)
        .where(deals.c.status == DealStatus.OPEN)
        .order_by(deals.c.stage_id, deals.c.position, deals.c.id)
    )
    # The next planned activity of each deal is read on its own: joined to the deals, SQLite
    # scanned the materialized activities once per deal (9 s for 10,000 deals).
    nexts = select(
        next_planned.c.deal_id,
        next_planned.c.next_at,
        next_planned.c.ticked,
        next_planned.c.all_items,
    )
    if deal_ids is not None:
        wanted = list(deal_ids)
        query = query.where(deals.c.id.in_(wanted))
        nexts = nexts.where(next_planned.c.deal_id.in_(wanted))
    if stage_ids is not None:
        query = query.where(deals.c.stage_id.in_(list(stage_ids)))
    next_of = {
        deal_id: (at, ticked, every) for deal_id, at, ticked, every in session.execute(nexts)
    }
    today = local_time.local_day(now)
    cards: dict[int, list[Card]] = {stage_id: [] for stage_id in stages}
    for row in session.execute(query):
        stage = stages.get(row.stage_id)
        if stage is None:
            continue
        planned_next = next_of.get(row.id, (None, 0, 0))
        cards[row.stage_id].append(_card(row, planned_next, stage, today))
    return cards


def _card(
    row: Sequence[object], planned_next: tuple[object, ...], stage: StageInfo, today: date
) -> Card:
    (
        deal_id,
        stage_id,
        title,
        customer_id,
        customer,
        company,
        tier,
        value,
        currency,
        override,
        entered_at,
        score,
    ) = row
    next_at, ticked, in_all = planned_next
    entered_on = local_time.local_day(entered_at)
    days = (today - entered_on).days
    return Card(
        deal_id=deal_id,
        stage_id=stage_id,
        title=title,
        customer_id=customer_id,
        customer=customer,
        company=company,
        tier=tier,
        value=value,
        currency=currency,
        probability=stage.probability if override is None else override,
        probability_override=override,
        entered_on=entered_on,
        days_in_stage=days,
        rotting=stage.rot_days is not None and days > stage.rot_days,
        next_activity=_next_marker(next_at, today),
        next_activity_at=next_at,
        search_text=" ".join(filter(None, (title, customer, company))).casefold(),
        score=score,
        next_ready=(ticked, in_all) if in_all else None,
    )


def _next_marker(next_at: datetime | None, today: date) -> NextActivity:
    if next_at is None:
        return NextActivity.NONE
    day = local_time.local_day(next_at)
    if day < today:
        return NextActivity.OVERDUE
    return NextActivity.TODAY if day == today else NextActivity.FUTURE


def load_board(session: Session, now: datetime, first: int | None = None) -> Board:
    """Return the board as of ``now``: every card, or only each column's ``first`` cards.

    With ``first``, a column holding more cards has only its first ``first`` in the board,
    and their figures over all of them in ``Board.figures``.
    """
    stages = _stages(session)
    open_stages = [s for s in stages if s.kind is StageKind.OPEN]
    figures = {}
    if first is not None:
        longer = column_figures(session, now, open_stages)
        figures = {stage_id: f for stage_id, f in longer.items() if f.count > first}
    if figures:
        cards = load_cards(session, now, deal_ids=_first_deal_ids(session, first or 0))
    else:
        cards = load_cards(session, now)
    return Board(
        stages=tuple(open_stages),
        outcomes=tuple(s for s in stages if s.kind is not StageKind.OPEN),
        cards={s.id: cards[s.id] for s in open_stages},
        figures=figures,
    )


def _first_deal_ids(session: Session, first: int) -> list[int]:
    """Return the open deals among the first ``first`` of their stage, in board order."""
    deals = Deal.__table__.c
    ranked = (
        select(
            deals.id,
            func.row_number()
            .over(partition_by=deals.stage_id, order_by=(deals.position, deals.id))
            .label("rank"),
        )
        .where(deals.status == DealStatus.OPEN)
        .subquery()
    )
    return list(session.scalars(select(ranked.c.id).where(ranked.c.rank <= first)))


def column_figures(
    session: Session, now: datetime, stages: Sequence[StageInfo]
) -> dict[int, ColumnFigures]:
    """Return each open stage's figures over all its open deals (stages without any: none).

    The same numbers as the stage's cards give (``totals_by_currency``, ``Card.rotting``):
    a deal rots once it entered its stage before the day ``rot_days`` days before today.
    """
    today = local_time.local_day(now)
    rots_before = {
        s.id: type_coerce(local_time.day_start(today - timedelta(days=s.rot_days)), UTCDateTime)
        for s in stages
        if s.rot_days is not None
    }
    deals, stage_table = Deal.__table__, Stage.__table__
    cents = type_coerce(deals.c.value_cents, Integer)
    probability = func.coalesce(deals.c.probability_override, stage_table.c.probability)
    rotting = (
        case((deals.c.stage_entered_at < case(rots_before, value=deals.c.stage_id), 1), else_=0)
        if rots_before
        else None
    )
    query = (
        select(
            deals.c.stage_id,
            deals.c.currency,
            func.count(),
            func.sum(cents),
            func.sum(cents * probability),
            func.sum(rotting) if rotting is not None else func.sum(0),
        )
        .select_from(deals)
        .join(stage_table, stage_table.c.id == deals.c.stage_id)
        .where(deals.c.status == DealStatus.OPEN, deals.c.stage_id.in_([s.id for s in stages]))
        .group_by(deals.c.stage_id, deals.c.currency)
    )
    counts: dict[int, list[int]] = {}
    sums: dict[int, dict[str, tuple[Decimal, Decimal]]] = {}
    for stage_id, currency, count, value, weighted, rotten in session.execute(query):
        entry = counts.setdefault(stage_id, [0, 0])
        entry[0] += count
        entry[1] += rotten or 0
        # Cents, and cents × percent: exact integers, as the cards' Decimal sums.
        sums.setdefault(stage_id, {})[currency] = (
            Decimal(value).scaleb(-2),
            Decimal(weighted).scaleb(-4),
        )
    return {
        stage_id: ColumnFigures(count=count, rotting=rotten, sums=sums[stage_id])
        for stage_id, (count, rotten) in counts.items()
    }


def moved_card(card: Card, stage: StageInfo, today: date) -> Card:
    """Return ``card`` as it looks right after moving into ``stage`` (a reorder keeps its age)."""
    if card.stage_id == stage.id:
        return card
    probability = stage.probability if card.probability_override is None else card.probability
    return replace(
        card,
        stage_id=stage.id,
        probability=probability,
        entered_on=today,
        days_in_stage=0,
        rotting=False,
    )


class CurrencySums:
    """The exact (value, weighted value) per currency of a set of cards that changes.

    Cards are added and taken away one by one (a move changes a column's totals without
    summing every card again); a currency without cards left is gone, as if never added.
    """

    def __init__(self, cards: Iterable[Card] = ()) -> None:
        self._sums: dict[str, list[Decimal]] = {}  # currency -> value, value × %, cards
        self.add(cards)

    def add(self, cards: Iterable[Card], sign: int = 1) -> None:
        """Count ``cards`` in (``sign`` -1: take them out again)."""
        for card in cards:
            entry = self._sums.setdefault(card.currency, [Decimal(0), Decimal(0), Decimal(0)])
            entry[0] += sign * card.value
            entry[1] += sign * card.value * card.probability
            entry[2] += sign
            if not entry[2]:
                del self._sums[card.currency]

    def remove(self, cards: Iterable[Card]) -> None:
        """Take ``cards`` out of the sums (each was added before)."""
        self.add(cards, -1)

    def by_currency(self) -> dict[str, tuple[Decimal, Decimal]]:
        """Return the exact (value, weighted value) per currency."""
        return {
            currency: (value, weighted / 100)
            for currency, (value, weighted, _) in self._sums.items()
        }


def totals_by_currency(cards: Iterable[Card]) -> dict[str, tuple[Decimal, Decimal]]:
    """Return the exact (value, weighted value) per currency of ``cards``.

    Nothing is rounded here: the weighted sums keep every digit until the converted total
    is rounded once (``converted_totals``).
    """
    return CurrencySums(cards).by_currency()


def converted_totals(
    sums: Mapping[str, tuple[Decimal, Decimal]], conversion: Conversion
) -> tuple[Total, Total]:
    """Return sums per currency (``totals_by_currency``) as two totals in the reporting currency."""
    return (
        conversion.total({currency: value for currency, (value, _) in sums.items()}),
        conversion.total({currency: weighted for currency, (_, weighted) in sums.items()}),
    )
