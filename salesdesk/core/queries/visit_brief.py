"""What to know before a visit: profile highlights, open objections, the last outcome, checklist."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Customer,
    Deal,
    FamilyMember,
    Objection,
    ProfileEntry,
    Relation,
    Stage,
    VisitChecklistItem,
)
from salesdesk.core.queries.next_planned import NextPlanned, next_planned


@dataclass(frozen=True)
class ChecklistLine:
    """One item of a visit's checklist."""

    id: int
    group: str | None
    text: str
    done: bool
    one_off: bool


@dataclass(frozen=True)
class VisitBrief:
    """Everything the brief panel shows for one activity."""

    activity_id: int
    kind: ActivityKind
    status: ActivityStatus
    starts_at: datetime
    duration_minutes: int
    place: str | None
    objective: str | None
    desired_outcome: str | None
    outcome: str | None
    customer_id: int
    customer: str
    deal: tuple[str, str, Decimal, str] | None  # title, stage, value, currency
    highlights: tuple[str, ...]  # profile answers marked important
    family: tuple[tuple[str, Relation], ...]  # (name, relation)
    open_objections: tuple[str, ...]
    last_outcome: str | None  # of the previous completed visit or call
    checklist: tuple[ChecklistLine, ...]
    template_id: int | None = None
    next: NextPlanned | None = None  # the customer's next visit and activity (given ``now``)

    @property
    def ready(self) -> tuple[int, int]:
        """Return (ticked, all) checklist items."""
        return sum(line.done for line in self.checklist), len(self.checklist)


def visit_brief(session: Session, activity_id: int, now: datetime | None = None) -> VisitBrief:
    """Return the brief of an activity (a few small queries); with ``now``, also what is next."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise SalesDeskError(translate("Visits", "that activity no longer exists"))
    customer = session.get(Customer, activity.customer_id)
    assert customer is not None
    deal = None
    if activity.deal_id is not None:
        row = session.execute(
            select(Deal.title, Stage.name, Deal.value, Deal.currency)
            .join(Stage, Stage.id == Deal.stage_id)
            .where(Deal.id == activity.deal_id)
        ).first()
        if row is not None:
            deal = (row[0], row[1], row[2], row[3])
    highlights = session.scalars(
        select(ProfileEntry.answer).where(
            ProfileEntry.customer_id == customer.id, ProfileEntry.important.is_(True)
        )
    ).all()
    family = session.execute(
        select(FamilyMember.name, FamilyMember.relation).where(
            FamilyMember.customer_id == customer.id
        )
    ).all()
    objections = session.scalars(
        select(Objection.text)
        .join(Deal, Deal.id == Objection.deal_id)
        .where(Deal.customer_id == customer.id, Objection.resolved.is_(False))
    ).all()
    last = session.scalar(
        select(Activity.outcome)
        .where(
            Activity.customer_id == customer.id,
            Activity.status == ActivityStatus.DONE,
            Activity.starts_at < activity.starts_at,
            Activity.outcome.is_not(None),
        )
        .order_by(Activity.starts_at.desc())
        .limit(1)
    )
    items = session.execute(
        select(
            VisitChecklistItem.id,
            VisitChecklistItem.group_name,
            VisitChecklistItem.text,
            VisitChecklistItem.done,
            VisitChecklistItem.one_off,
        )
        .where(VisitChecklistItem.activity_id == activity_id)
        .order_by(VisitChecklistItem.position, VisitChecklistItem.id)
    )
    return VisitBrief(
        activity.id,
        activity.kind,
        activity.status,
        activity.starts_at,
        activity.duration_minutes,
        activity.place,
        activity.objective,
        activity.desired_outcome,
        activity.outcome,
        customer.id,
        customer.name,
        deal,
        tuple(highlights),
        tuple((name, relation) for name, relation in family),
        tuple(objections),
        last,
        tuple(ChecklistLine(*item) for item in items),
        activity.checklist_template_id,
        None if now is None else next_planned(session, customer.id, now),
    )
