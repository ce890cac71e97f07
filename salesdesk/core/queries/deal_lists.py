"""Deals as lists, whatever their state: the closed and held deals' list, ``salesdesk deals``.

One query reads every deal of the states asked for with its customer, company, stage (for a
held deal: the stage it left), value, dates and lost reason. Filtering happens on the loaded
rows (``DealFilter``): a keystroke in the list's search never goes back to the database.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import Integer, ScalarSelect, String, case, select, type_coerce
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
from salesdesk.core.models.base import from_cents

CLOSED_OR_HELD = (DealStatus.WON, DealStatus.LOST, DealStatus.SUSPENDED)


class DealRow(NamedTuple):
    """One deal with what a list of deals shows about it.

    A named tuple rather than a frozen dataclass, and its times kept as stored (UTC text, read
    into datetimes when asked for): 50,000 of them are made at once when the list opens, and
    the screen only reads the rows it shows.
    """

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
    created_utc: str  # as stored: "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC
    entered_utc: str  # when it entered its stage; for a held deal: when it was put on hold
    closed_utc: str | None
    lost_reason_id: int | None
    lost_reason: str | None
    lost_detail: str | None
    search_text: str  # casefolded title, customer, company, reason and detail

    @property
    def created_at(self) -> datetime:
        """Return when the deal was created."""
        return _utc(self.created_utc)

    @property
    def stage_entered_at(self) -> datetime:
        """Return when the deal entered its stage (a held deal: when it was put on hold)."""
        return _utc(self.entered_utc)

    @property
    def closed_at(self) -> datetime | None:
        """Return when the deal was won or lost (None while it is open or held)."""
        return _utc(self.closed_utc) if self.closed_utc else None

    @property
    def outcome_utc(self) -> str:
        """Return ``outcome_at`` as stored (for comparing without reading it)."""
        return self.closed_utc or self.entered_utc

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


def _stages_left_for(
    session: Session, deal_ids: Collection[int] | None
) -> dict[tuple[int, int], int | None]:
    """Return, per (deal, outcome stage), the stage its last move into that stage left.

    One pass over the moves into Won, Lost and On hold stages (what ``stage_left`` says for
    one deal), instead of a lookup per listed deal: 50,000 closed deals read in one query.
    """
    moves = StageMove.__table__.c
    outcome_stages = select(Stage.id).where(Stage.kind != StageKind.OPEN)
    query = (
        select(moves.deal_id, moves.to_stage_id, moves.from_stage_id)
        .where(moves.to_stage_id.in_(outcome_stages))
        .order_by(moves.moved_at, moves.id)
    )
    if deal_ids is not None:
        query = query.where(moves.deal_id.in_(list(deal_ids)))
    return {
        (deal_id, to_stage): from_stage
        for deal_id, to_stage, from_stage in session.connection().execute(query).all()
    }


def _utc(stored: str) -> datetime:
    """Return a time as stored (UTC, ISO 8601 text) as an aware UTC datetime."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _stored(moment: datetime) -> str:
    """Return a time as it is stored, to the second ("YYYY-MM-DD HH:MM:SS", UTC)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def deal_rows(
    session: Session,
    statuses: Collection[DealStatus] = CLOSED_OR_HELD,
    deal_ids: Collection[int] | None = None,
) -> list[DealRow]:
    """Return the deals of ``statuses`` (of ``deal_ids``), the most recently decided first."""
    deals = Deal.__table__.c
    stage_names = dict(session.execute(select(Stage.id, Stage.name)).all())
    left = _stages_left_for(session, deal_ids)
    query = (
        select(
            deals.id,
            deals.title,
            deals.customer_id,
            Customer.__table__.c.name,
            Company.__table__.c.name,
            # Read raw and converted below: the column types' converters cost more than the
            # query for 50,000 rows (times are stored as UTC text, money as integer cents).
            type_coerce(deals.status, String),
            deals.stage_id,
            type_coerce(deals.value_cents, Integer),
            deals.currency,
            type_coerce(deals.created_at, String),
            type_coerce(deals.stage_entered_at, String),
            type_coerce(deals.closed_at, String),
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
    rows = []
    statuses_by_value = {status.value: status for status in DealStatus}
    for (
        deal_id,
        title,
        customer_id,
        customer,
        company,
        status,
        stage_id,
        value,
        currency,
        created,
        entered,
        closed,
        reason_id,
        reason,
        detail,
    ) in session.connection().execute(query).all():
        status = statuses_by_value[status]
        rows.append(
            DealRow(
                id=deal_id,
                title=title,
                customer_id=customer_id,
                customer=customer,
                company=company,
                status=status,
                stage_id=stage_id,
                stage=stage_names.get(
                    stage_id if status is DealStatus.OPEN else left.get((deal_id, stage_id)), ""
                ),
                value=from_cents(value),
                currency=currency,
                created_utc=created,
                entered_utc=entered,
                closed_utc=closed,
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
        return bool(self.kept([row]))

    def _bounds(self) -> tuple[str, str]:
        """Return the period as [start, end) in stored UTC text to the second ("" = open)."""
        start = local_time.day_start(self.first_day) if self.first_day else None
        end = local_time.day_start(self.last_day + timedelta(days=1)) if self.last_day else None
        return (
            _stored(start) if start else "",
            _stored(end) if end else "\uffff",
        )

    def kept(self, rows: list[DealRow]) -> list[DealRow]:
        """Return the rows the filter accepts, in their order.

        Each part is one pass over what the parts before it kept, the period compared on the
        stored UTC text (to the second): 50,000 rows take a few milliseconds.
        """
        if needle := self.text.strip().casefold():
            rows = [row for row in rows if needle in row.search_text]
        if self.statuses:
            rows = [row for row in rows if row.status in self.statuses]
        if self.reason_id is not None:
            rows = [row for row in rows if row.lost_reason_id == self.reason_id]
        if self.first_day is not None or self.last_day is not None:
            start, end = self._bounds()
            rows = [row for row in rows if start <= row.outcome_utc[:19] < end]
        return rows
