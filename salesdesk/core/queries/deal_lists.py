"""Deals as lists, whatever their state: the closed and held deals' list, ``salesdesk deals``.

One query reads every deal of the states asked for with its customer, company, stage (for a
held deal: the stage it left), value, dates and lost reason. Filtering happens on the loaded
rows (``DealFilter``): a keystroke in the list's search never goes back to the database.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ScalarSelect, case, select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.models import (
    Company,
    Customer,
    Deal,
    DealStatus,
    LostReason,
    Stage,
    StageKind,
    StageMove,
)

CLOSED_OR_HELD = (DealStatus.WON, DealStatus.LOST, DealStatus.SUSPENDED)


@dataclass(frozen=True)
class DealRow:
    """One deal with what a list of deals shows about it."""

    id: int
    title: str
    customer_id: int
    customer: str
    company: str | None
    status: DealStatus
    stage_id: int
    stage: str  # an open deal's stage; of a closed or held deal, the stage it left ("" unknown)
    value: Decimal
    currency: str
    created_at: datetime
    stage_entered_at: datetime  # for a held deal: when it was put on hold
    closed_at: datetime | None
    lost_reason_id: int | None
    lost_reason: str | None
    lost_detail: str | None
    search_text: str  # casefolded title, customer, company, reason and detail

    @property
    def outcome_at(self) -> datetime:
        """Return when the deal took its state: closed, put on hold (or entered its stage)."""
        return self.closed_at or self.stage_entered_at

    @property
    def outcome_day(self) -> date:
        """Return the rep's local day of ``outcome_at``."""
        return local_time.local_day(self.outcome_at)


def stage_left() -> ScalarSelect[int]:
    """Return, for the deal of the outer query, the stage it left for the stage it is in.

    That is the ``from_stage_id`` of its last move into its current stage: for a held deal the
    stage it waits to go back to, for a won or lost deal the stage it was closed from.
    """
    moves = StageMove.__table__.c
    deals = Deal.__table__.c
    return (
        select(moves.from_stage_id)
        .where(moves.deal_id == deals.id, moves.to_stage_id == deals.stage_id)
        .order_by(moves.moved_at.desc(), moves.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def stages_left(session: Session, deal_ids: Sequence[int]) -> dict[int, int | None]:
    """Return, per held deal, the open stage it left for On hold (None: that stage is gone).

    The stage a deal left is the one its last move into an On hold stage came from; a stage
    removed since (archived) cannot take it back.
    """
    rows = session.execute(select(Deal.id, stage_left()).where(Deal.id.in_(deal_ids))).all()
    usable = set(
        session.scalars(
            select(Stage.id).where(Stage.kind == StageKind.OPEN, Stage.archived_at.is_(None))
        )
    )
    return {deal_id: stage if stage in usable else None for deal_id, stage in rows}


def deal_rows(
    session: Session,
    statuses: Collection[DealStatus] = CLOSED_OR_HELD,
    deal_ids: Collection[int] | None = None,
) -> list[DealRow]:
    """Return the deals of ``statuses`` (of ``deal_ids``), the most recently decided first."""
    deals = Deal.__table__.c
    is_open = deals.status == DealStatus.OPEN.value
    shown_stage = case((is_open, deals.stage_id), else_=stage_left())
    stage_names = dict(session.execute(select(Stage.id, Stage.name)).all())
    query = (
        select(
            deals.id,
            deals.title,
            deals.customer_id,
            Customer.__table__.c.name,
            Company.__table__.c.name,
            deals.status,
            deals.stage_id,
            shown_stage,
            deals.value_cents,
            deals.currency,
            deals.created_at,
            deals.stage_entered_at,
            deals.closed_at,
            deals.lost_reason_id,
            LostReason.__table__.c.name,
            deals.lost_detail,
        )
        .join(Customer.__table__, Customer.__table__.c.id == deals.customer_id)
        .outerjoin(Company.__table__, Company.__table__.c.id == Customer.__table__.c.company_id)
        .outerjoin(LostReason.__table__, LostReason.__table__.c.id == deals.lost_reason_id)
        .where(deals.status.in_([DealStatus(status).value for status in statuses]))
        .where(deals.id.in_(list(deal_ids)) if deal_ids is not None else True)
        .order_by(
            case((deals.closed_at.is_(None), deals.stage_entered_at), else_=deals.closed_at).desc(),
            deals.id.desc(),
        )
    )
    rows = []  # the columns' types give Decimals, statuses and aware UTC times
    for (
        deal_id,
        title,
        customer_id,
        customer,
        company,
        status,
        stage_id,
        shown,
        value,
        currency,
        created,
        entered,
        closed,
        reason_id,
        reason,
        detail,
    ) in session.connection().execute(query):
        rows.append(
            DealRow(
                id=deal_id,
                title=title,
                customer_id=customer_id,
                customer=customer,
                company=company,
                status=status,
                stage_id=stage_id,
                stage=stage_names.get(shown, ""),
                value=value,
                currency=currency,
                created_at=created,
                stage_entered_at=entered,
                closed_at=closed,
                lost_reason_id=reason_id,
                lost_reason=reason,
                lost_detail=detail,
                search_text=" ".join(
                    part for part in (title, customer, company, reason, detail) if part
                ).casefold(),
            )
        )
    return rows


@dataclass(frozen=True)
class DealFilter:
    """What a list of deals asks for; the default accepts every row."""

    text: str = ""
    statuses: frozenset[DealStatus] = frozenset()  # empty: any
    first_day: date | None = None  # the outcome's local day, inclusive
    last_day: date | None = None
    reason_id: int | None = None

    def accepts(self, row: DealRow) -> bool:
        """Return True when ``row`` matches every part of the filter."""
        needle = self.text.strip().casefold()
        if needle and needle not in row.search_text:
            return False
        if self.statuses and row.status not in self.statuses:
            return False
        if self.reason_id is not None and row.lost_reason_id != self.reason_id:
            return False
        if self.first_day is None and self.last_day is None:
            return True
        day = row.outcome_day
        return (self.first_day is None or day >= self.first_day) and (
            self.last_day is None or day <= self.last_day
        )

    def kept(self, rows: list[DealRow]) -> list[DealRow]:
        """Return the rows the filter accepts, in their order."""
        if self == DealFilter():
            return rows
        return [row for row in rows if self.accepts(row)]
