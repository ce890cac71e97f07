"""What a printed customer dossier holds, and the visits of a day printed together.

The profile card's data (``load_profile``) plus what only paper needs: open deals with their
days in stage and stage history, the last visits with outcomes, and the next planned visit
with how far its checklist is ticked. A day's route carries the checks of ``core.route``:
the gap before each visit, and what cannot work.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Company,
    Customer,
    Deal,
    DealStatus,
    Stage,
    StageMove,
)
from salesdesk.core.queries.agenda import agenda
from salesdesk.core.queries.company import NewsRow
from salesdesk.core.queries.deal_lists import stage_left
from salesdesk.core.queries.objections import ObjectionRow
from salesdesk.core.queries.profile import Profile, load_profile
from salesdesk.core.queries.travel import travel_rules
from salesdesk.core.queries.visit_brief import ChecklistLine, visit_brief
from salesdesk.core.route import Arrival, Stop, TravelRules, route_of

LAST_VISITS = 5
NEWS_ITEMS = 5


@dataclass(frozen=True)
class StageStep:
    """A deal entering a stage."""

    stage: str
    entered_at: datetime

    @property
    def entered_on(self) -> date:
        """Return the rep's day the deal entered the stage."""
        return local_time.local_day(self.entered_at)


@dataclass(frozen=True)
class OpenDeal:
    """A deal still being worked on (or on hold), with how it got where it is."""

    title: str
    stage: str
    on_hold: bool
    value: Decimal
    currency: str
    expected_close: date | None
    days_in_stage: int
    history: tuple[StageStep, ...]  # oldest first


@dataclass(frozen=True)
class PastVisit:
    """A visit or call that took place (or that the customer missed)."""

    starts_at: datetime
    kind: ActivityKind
    status: ActivityStatus
    objective: str | None
    outcome: str | None
    next_step: str | None

    @property
    def day(self) -> date:
        """Return the rep's day it took place."""
        return local_time.local_day(self.starts_at)


@dataclass(frozen=True)
class NextVisit:
    """The planned visit the dossier prepares for, with its checklist."""

    activity_id: int
    starts_at: datetime
    duration_minutes: int
    place: str | None
    objective: str | None
    desired_outcome: str | None
    checklist: tuple[ChecklistLine, ...]

    @property
    def ready(self) -> tuple[int, int]:
        """Return (ticked, all) checklist items."""
        return sum(line.done for line in self.checklist), len(self.checklist)

    @property
    def open_items(self) -> tuple[ChecklistLine, ...]:
        """Return the items not ticked yet."""
        return tuple(line for line in self.checklist if not line.done)


@dataclass(frozen=True)
class Dossier:
    """Everything printed about one customer."""

    profile: Profile
    printed_at: datetime
    open_deals: tuple[OpenDeal, ...]
    open_objections: tuple[ObjectionRow, ...]
    last_visits: tuple[PastVisit, ...]  # newest first
    next_visit: NextVisit | None

    @property
    def news(self) -> tuple[NewsRow, ...]:
        """Return the company's most recent news and rumours."""
        return self.profile.knowledge.news[:NEWS_ITEMS]


def _open_deals(session: Session, customer_id: int, now: datetime) -> tuple[OpenDeal, ...]:
    deals = session.execute(
        select(
            Deal.id,
            Deal.title,
            Stage.name,
            Deal.status,
            Deal.value,
            Deal.currency,
            Deal.expected_close,
            Deal.stage_entered_at,
            stage_left().label("left"),
        )
        .join(Stage, Stage.id == Deal.stage_id)
        .where(
            Deal.customer_id == customer_id,
            Deal.status.in_((DealStatus.OPEN, DealStatus.SUSPENDED)),
        )
        .order_by(Stage.position, Deal.stage_entered_at)
    ).all()
    history: dict[int, list[StageStep]] = defaultdict(list)
    moves = session.execute(
        select(StageMove.deal_id, Stage.name, StageMove.moved_at)
        .join(Stage, Stage.id == StageMove.to_stage_id)
        .where(StageMove.deal_id.in_([deal.id for deal in deals]))
        .order_by(StageMove.moved_at, StageMove.id)
    )
    for deal_id, stage, moved_at in moves:
        history[deal_id].append(StageStep(stage, moved_at))
    names = dict(session.execute(select(Stage.id, Stage.name)).all())
    return tuple(
        OpenDeal(
            deal.title,
            names.get(deal.left, deal.name) if deal.status is DealStatus.SUSPENDED else deal.name,
            deal.status is DealStatus.SUSPENDED,
            deal.value,
            deal.currency,
            deal.expected_close,
            max(0, (now - deal.stage_entered_at).days),
            tuple(history[deal.id]),
        )
        for deal in deals
    )


def _last_visits(session: Session, customer_id: int, now: datetime) -> tuple[PastVisit, ...]:
    rows = session.execute(
        select(
            Activity.starts_at,
            Activity.kind,
            Activity.status,
            Activity.objective,
            Activity.outcome,
            Activity.next_step,
        )
        .where(
            Activity.customer_id == customer_id,
            Activity.starts_at < now,
            Activity.kind.in_((ActivityKind.VISIT, ActivityKind.CALL)),
            Activity.status.in_((ActivityStatus.DONE, ActivityStatus.NO_SHOW)),
        )
        .order_by(Activity.starts_at.desc(), Activity.id.desc())
        .limit(LAST_VISITS)
    )
    return tuple(PastVisit(*row) for row in rows)


def load_dossier(
    session: Session, customer_id: int, now: datetime, visit_id: int | None = None
) -> Dossier:
    """Return the dossier of a customer as of ``now``.

    ``visit_id`` names the visit it prepares for; without it (or when it names a call, an
    e-mail or a task), the customer's next visit (``queries.next_planned``). Raises
    ``SalesDeskError`` for a customer that does not exist.
    """
    profile = load_profile(session, customer_id, now)
    if (
        visit_id is not None
        and session.scalar(select(Activity.kind).where(Activity.id == visit_id))
        is not ActivityKind.VISIT
    ):
        visit_id = None
    if visit_id is None:
        visit_id = profile.next.visit.activity_id if profile.next.visit else None
    next_visit = None
    if visit_id is not None:
        brief = visit_brief(session, visit_id)
        next_visit = NextVisit(
            brief.activity_id,
            brief.starts_at,
            brief.duration_minutes,
            brief.place,
            brief.objective,
            brief.desired_outcome,
            brief.checklist,
        )
    return Dossier(
        profile=profile,
        printed_at=now,
        open_deals=_open_deals(session, customer_id, now),
        open_objections=tuple(row for row in profile.objections if not row.resolved),
        last_visits=_last_visits(session, customer_id, now),
        next_visit=next_visit,
    )


@dataclass(frozen=True)
class RouteStop:
    """One visit of the day's route, with how it follows the one before and what clashes."""

    activity_id: int
    customer_id: int
    starts_at: datetime
    duration_minutes: int
    customer: str
    company: str | None
    place: str | None
    objective: str | None
    checklist_done: int
    checklist_total: int
    city: str | None = None
    arrival: Arrival | None = None  # from the visit before (None for the first)
    overlaps: tuple[Stop, ...] = ()  # visits and calls at the same time

    @property
    def has_problem(self) -> bool:
        """Return True when the visit overlaps another or cannot be reached in time."""
        return bool(self.overlaps) or (self.arrival is not None and self.arrival.too_far)


@dataclass(frozen=True)
class DayDossiers:
    """The visits of one day in order, and the dossier of every customer visited."""

    day: date
    printed_at: datetime
    route: tuple[RouteStop, ...]
    dossiers: tuple[Dossier, ...]  # in visit order, each customer once
    rules: TravelRules = TravelRules()

    @property
    def problems(self) -> int:
        """Return how many visits of the route cannot work as planned."""
        return sum(stop.has_problem for stop in self.route)


def load_day(session: Session, day: date, now: datetime) -> DayDossiers:
    """Return the planned and done visits of a local day with their customers' dossiers.

    The route is checked (``core.route``) against every visit and call of the day.
    """
    rows = [
        row for row in agenda(session, day, 1)[day] if row.status is not ActivityStatus.CANCELLED
    ]
    rules = travel_rules(session)
    checks = route_of(rows, rules)
    visits = [row for row in rows if row.kind is ActivityKind.VISIT]
    companies = dict(
        session.execute(
            select(Customer.id, Company.name)
            .join(Company, Company.id == Customer.company_id)
            .where(Customer.id.in_({row.customer_id for row in visits}))
        ).all()
    )
    route = tuple(
        RouteStop(
            row.id,
            row.customer_id,
            row.starts_at,
            row.duration_minutes,
            row.customer_name,
            companies.get(row.customer_id),
            row.place,
            row.objective,
            row.checklist_done,
            row.checklist_total,
            row.city,
            checks[row.id].arrival,
            checks[row.id].overlaps,
        )
        for row in visits
    )
    first_visit: dict[int, int] = {}
    for stop in route:
        first_visit.setdefault(stop.customer_id, stop.activity_id)
    dossiers = tuple(
        load_dossier(session, customer_id, now, visit_id)
        for customer_id, visit_id in first_visit.items()
    )
    return DayDossiers(day, now, route, dossiers, rules)
