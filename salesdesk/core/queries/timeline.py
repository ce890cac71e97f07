"""The story of a deal, or of a customer across all their deals: a timeline, newest first.

Events come from what is stored anyway: stage moves (created, moved, won, lost, put on hold,
resumed, reopened, with the days spent in the stage left), activities (planned, done with
their outcome, cancelled, no-show), objections (raised, answered) and the rep's notes. Each
kind is read newest first with the same bound (``before``) and ``limit``, so a page of the
merged timeline costs four short index ranges however long the history is.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, select
from sqlalchemy.orm import Session, aliased

from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Deal,
    DealStatus,
    LostReason,
    Note,
    Objection,
    ObjectionKind,
    Stage,
    StageKind,
    StageMove,
)


class EventKind(StrEnum):
    """What happened."""

    CREATED = "created"  # the deal was made in a stage
    MOVED = "moved"  # from one open stage to another
    WON = "won"
    LOST = "lost"
    HELD = "held"  # put on hold
    RESUMED = "resumed"  # taken off hold, back into a stage
    REOPENED = "reopened"  # from won or lost back into a stage
    ACTIVITY = "activity"  # a visit, call, e-mail or task (planned or done)
    OBJECTION = "objection"  # an objection raised
    ANSWER = "answer"  # an objection answered
    NOTE = "note"


@dataclass(frozen=True)
class Event:
    """One entry of a timeline; what it says depends on ``kind``.

    ``stage`` is the stage entered (moves) and ``from_stage`` the one left, after ``days`` in
    it. ``text`` is a note, an objection or its answer, an activity's objective (or outcome,
    once done), or a lost deal's detail; ``label`` a lost reason or an objection's kind.
    """

    at: datetime
    kind: EventKind
    deal_id: int | None
    deal_title: str | None
    row_id: int  # the stage move, activity, objection or note
    stage: str | None = None
    from_stage: str | None = None
    days: float | None = None
    activity: ActivityKind | None = None
    status: ActivityStatus | None = None
    objection: ObjectionKind | None = None
    label: str | None = None
    text: str | None = None


PAGE = 200  # events read at a time


@dataclass(frozen=True)
class _Scope:
    """Whose events: one deal's, or one customer's (with all their deals)."""

    deal_id: int | None = None
    customer_id: int | None = None

    def moves(self) -> ColumnElement[bool]:
        if self.deal_id is not None:
            return StageMove.deal_id == self.deal_id
        return Deal.customer_id == self.customer_id

    def deals(self) -> ColumnElement[bool]:
        if self.deal_id is not None:
            return Deal.id == self.deal_id
        return Deal.customer_id == self.customer_id

    def activities(self) -> ColumnElement[bool]:
        if self.deal_id is not None:
            return Activity.deal_id == self.deal_id
        return Activity.customer_id == self.customer_id

    def notes(self) -> ColumnElement[bool]:
        if self.deal_id is not None:
            return Note.deal_id == self.deal_id
        return Note.customer_id == self.customer_id


def deal_timeline(
    session: Session, deal_id: int, *, before: datetime | None = None, limit: int = PAGE
) -> list[Event]:
    """Return a deal's events, newest first: at most ``limit`` strictly before ``before``."""
    return _timeline(session, _Scope(deal_id=deal_id), before, limit)


def customer_timeline(
    session: Session, customer_id: int, *, before: datetime | None = None, limit: int = PAGE
) -> list[Event]:
    """Return the events of a customer and all their deals, newest first (a page of them)."""
    return _timeline(session, _Scope(customer_id=customer_id), before, limit)


def _timeline(session: Session, scope: _Scope, before: datetime | None, limit: int) -> list[Event]:
    parts = (
        _moves(session, scope, before, limit),
        _activities(session, scope, before, limit),
        _objections(session, scope, before, limit),
        _notes(session, scope, before, limit),
    )
    merged = heapq.merge(*parts, key=_order, reverse=True)
    return [event for _, event in zip(range(limit), merged, strict=False)]


def _order(event: Event) -> tuple[datetime, int]:
    return (event.at, event.row_id)


def _page(query: Select, at: Any, before: datetime | None, limit: int, tie: Any) -> Select:
    if before is not None:
        query = query.where(at < before)
    return query.order_by(at.desc(), tie.desc()).limit(limit)


def _moves(session: Session, scope: _Scope, before: datetime | None, limit: int) -> list[Event]:
    entered, left = aliased(Stage), aliased(Stage)
    # A lost deal's reason belongs to its last move, the one into Lost that made it lost.
    current_loss = and_(
        Deal.status == DealStatus.LOST,
        entered.kind == StageKind.LOST,
        Deal.stage_entered_at == StageMove.moved_at,
    )
    query = (
        select(
            StageMove.id,
            StageMove.moved_at,
            StageMove.from_entered_at,
            Deal.id,
            Deal.title,
            current_loss,
            Deal.lost_detail,
            LostReason.name,
            entered.name,
            entered.kind,
            left.name,
            left.kind,
        )
        .join(Deal, Deal.id == StageMove.deal_id)
        .join(entered, entered.id == StageMove.to_stage_id)
        .outerjoin(left, left.id == StageMove.from_stage_id)
        .outerjoin(LostReason, LostReason.id == Deal.lost_reason_id)
        .where(scope.moves())
    )
    rows = session.execute(_page(query, StageMove.moved_at, before, limit, StageMove.id))
    events = []
    for (
        move_id,
        moved_at,
        from_entered,
        deal_id,
        title,
        is_loss,
        detail,
        reason,
        stage,
        kind,
        from_stage,
        from_kind,
    ) in rows:
        days = None
        if from_entered is not None and from_kind is not None:
            days = (moved_at - from_entered).total_seconds() / 86400
        events.append(
            Event(
                at=moved_at,
                kind=_move_kind(kind, from_kind),
                deal_id=deal_id,
                deal_title=title,
                row_id=move_id,
                stage=stage,
                from_stage=from_stage,
                days=days,
                label=reason if is_loss else None,
                text=detail if is_loss else None,
            )
        )
    return events


def _move_kind(kind: StageKind, from_kind: StageKind | None) -> EventKind:
    if from_kind is None:
        return EventKind.CREATED
    if kind is not StageKind.OPEN:
        return {
            StageKind.WON: EventKind.WON,
            StageKind.LOST: EventKind.LOST,
            StageKind.HOLD: EventKind.HELD,
        }[kind]
    if from_kind is StageKind.HOLD:
        return EventKind.RESUMED
    if from_kind in (StageKind.WON, StageKind.LOST):
        return EventKind.REOPENED
    return EventKind.MOVED


def _activities(
    session: Session, scope: _Scope, before: datetime | None, limit: int
) -> list[Event]:
    query = (
        select(
            Activity.id,
            Activity.starts_at,
            Activity.kind,
            Activity.status,
            Activity.objective,
            Activity.outcome,
            Deal.id,
            Deal.title,
        )
        .outerjoin(Deal, Deal.id == Activity.deal_id)
        .where(scope.activities())
    )
    rows = session.execute(_page(query, Activity.starts_at, before, limit, Activity.id))
    return [
        Event(
            at=starts_at,
            kind=EventKind.ACTIVITY,
            deal_id=deal_id,
            deal_title=title,
            row_id=activity_id,
            activity=kind,
            status=status,
            text=outcome if status is not ActivityStatus.PLANNED and outcome else objective,
        )
        for activity_id, starts_at, kind, status, objective, outcome, deal_id, title in rows
    ]


def _objections(
    session: Session, scope: _Scope, before: datetime | None, limit: int
) -> list[Event]:
    events = []
    for kind, at in (
        (EventKind.OBJECTION, Objection.raised_at),
        (EventKind.ANSWER, Objection.resolved_at),
    ):
        query = (
            select(
                Objection.id,
                at,
                Objection.kind,
                Objection.response if kind is EventKind.ANSWER else Objection.text,
                Deal.id,
                Deal.title,
            )
            .join(Deal, Deal.id == Objection.deal_id)
            .where(scope.deals(), at.is_not(None))
        )
        events += [
            Event(when, kind, deal_id, title, row_id, objection=objection, text=text)
            for row_id, when, objection, text, deal_id, title in session.execute(
                _page(query, at, before, limit, Objection.id)
            )
        ]
    return sorted(events, key=_order, reverse=True)


def _notes(session: Session, scope: _Scope, before: datetime | None, limit: int) -> list[Event]:
    query = (
        select(Note.id, Note.written_at, Note.text, Deal.id, Deal.title)
        .outerjoin(Deal, Deal.id == Note.deal_id)
        .where(scope.notes())
    )
    rows = session.execute(_page(query, Note.written_at, before, limit, Note.id))
    return [
        Event(written_at, EventKind.NOTE, deal_id, title, note_id, text=text)
        for note_id, written_at, text, deal_id, title in rows
    ]
