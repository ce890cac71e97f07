"""Moving deals between funnel stages and within a stage, with an exact undo and redo.

A move updates each moved deal's stage, position, status and stage-entered time, and records
a stage move for every deal that changed stage. The outcomes are stages too (Won, Lost, On
hold), so winning, losing, holding, resuming and reopening are moves (``deal_outcomes``). It
returns a ``DealMove`` saying which deals went where (``steps``: the board applies them to
the columns it holds with ``column_after``) and its change record, whose undo and redo restore
positions, statuses and history exactly (same stage-move ids and times).

Positions are sparse: a column is ordered by position, and a placed deal takes a free number
between its new neighbours, so a move reads only those two neighbours and writes only the
moved deals. Only when the neighbours leave no room is the whole column read and renumbered
with gaps again (``place``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.models import (
    Deal,
    DealStatus,
    LostReason,
    Stage,
    StageKind,
    StageMove,
    utc_now,
)


class MoveError(SalesDeskError):
    """A move that cannot be made (unknown deal or stage, missing lost reason)."""


MAX_DETAIL = 2000  # characters of a lost deal's detail text


@dataclass(frozen=True)
class DealState:
    """The fields of a deal that a move changes."""

    deal_id: int
    stage_id: int
    position: int
    status: DealStatus
    stage_entered_at: datetime
    closed_at: datetime | None
    lost_reason_id: int | None
    lost_detail: str | None


@dataclass(frozen=True)
class Loss:
    """Why deals were lost: an entry of the reason list and what else the rep said."""

    reason_id: int
    detail: str | None = None


@dataclass(frozen=True)
class ColumnStep:
    """Deals taken out of their columns and put, in this order, into one column.

    ``row`` counts the target column's deals that stay (open or closed, never held ones), as
    ``move_deals`` counts it; ``from_stage_ids`` are the stages the deals were in.
    """

    deal_ids: tuple[int, ...]
    to_stage_id: int
    row: int
    from_stage_ids: frozenset[int]


@dataclass(frozen=True)
class DealMove:
    """One move of one or more deals: where they went (in steps) and its change record."""

    deal_ids: tuple[int, ...]
    to_stage_id: int
    steps: tuple[ColumnStep, ...]
    stage_moves: tuple[int, ...]  # ids of the stage moves written
    change: Change

    @property
    def affected_stage_ids(self) -> frozenset[int]:
        """Return the stages whose columns changed."""
        return frozenset(
            stage_id for step in self.steps for stage_id in (step.to_stage_id, *step.from_stage_ids)
        )

    @property
    def changed(self) -> bool:
        """Return True when the move changed anything."""
        return self.change.changed


GAP = 1024  # room left between neighbours when a column is renumbered

Item = TypeVar("Item")


def column_after(
    stage_id: int,
    column: Sequence[Item],
    move: DealMove,
    deal_id_of: Callable[[Item], int],
    moved: Mapping[int, Item],
) -> list[Item]:
    """Return a stage's column (items in board order) as ``move`` left it.

    ``moved`` gives the item each moved deal becomes (a deal without one is only taken out);
    the result is the order ``column_positions`` reads after the move.
    """
    order = list(column)
    for step in move.steps:
        taken = set(step.deal_ids)
        order = [item for item in order if deal_id_of(item) not in taken]
        if step.to_stage_id == stage_id:
            row = max(0, min(step.row, len(order)))
            order[row:row] = [moved[i] for i in step.deal_ids if i in moved]
    return order


def column_positions(session: Session, stage_id: int) -> list[tuple[int, int]]:
    """Return (deal id, position) of a stage's cards in board order (deals on hold excluded)."""
    deals = Deal.__table__.c
    # Plain columns on the connection: no ORM row processing for thousands of cards.
    rows = session.connection().execute(
        select(deals.id, deals.position)
        .where(deals.stage_id == stage_id, deals.status != DealStatus.SUSPENDED.value)
        .order_by(deals.position, deals.id)
    )
    return [(row[0], row[1]) for row in rows.all()]


@dataclass(frozen=True)
class Placement:
    """Positions for deals placed into a column, and any renumbering of the others."""

    positions: tuple[int, ...]
    renumbered_before: dict[int, int]
    renumbered_after: dict[int, int]


def _between(low: int | None, high: int | None, count: int) -> tuple[int, ...] | None:
    """Return free positions for ``count`` deals between two neighbours' (None: no room).

    ``low`` None is the top of the column, ``high`` None its end.
    """
    low = -1 if low is None else low
    if high is None:
        return tuple(low + GAP * (n + 1) for n in range(count))
    step = (high - low) // (count + 1)
    return tuple(low + step * (n + 1) for n in range(count)) if step >= 1 else None


def place(staying: Sequence[tuple[int, int]], row: int, count: int) -> Placement:
    """Find positions for ``count`` deals put before ``staying[row]`` (the end when row is len).

    ``staying`` is the column without the placed deals, as (deal id, position) in order.
    """
    row = max(0, min(row, len(staying)))
    low = staying[row - 1][1] if row else None
    high = staying[row][1] if row < len(staying) else None
    free = _between(low, high, count)
    if free is not None:
        return Placement(free, {}, {})
    # No room between the neighbours: spread the whole column out again.
    order = [deal_id for deal_id, _ in staying]
    numbers = {deal_id: GAP * (index + 1) for index, deal_id in enumerate(order)}
    for index in range(row, len(order)):
        numbers[order[index]] += GAP * count
    old = dict(staying)
    changed = [deal_id for deal_id in order if numbers[deal_id] != old[deal_id]]
    return Placement(
        tuple(GAP * (row + n + 1) for n in range(count)),
        {deal_id: old[deal_id] for deal_id in changed},
        {deal_id: numbers[deal_id] for deal_id in changed},
    )


def _neighbours(
    session: Session, stage_id: int, row: int | None, moving: Iterable[int]
) -> tuple[int, int | None, int | None]:
    """Return where deals put before ``row`` of a column land: (row, position before, at).

    ``row`` counts the column's deals that are not moving (None, or past the end: the end).
    Only the two neighbours are read, and the column's size when the deals go to its end.
    """
    deals = Deal.__table__.c
    staying = select(deals.id, deals.position).where(
        deals.stage_id == stage_id,
        deals.status != DealStatus.SUSPENDED.value,
        deals.id.not_in(list(moving)),
    )
    connection = session.connection()
    if row is not None:
        row = max(row, 0)
        ordered = staying.order_by(deals.position, deals.id)
        near = [r[1] for r in connection.execute(ordered.offset(max(row - 1, 0)).limit(2))]
        if row == 0:
            return 0, None, near[0] if near else None
        if near:
            return row, near[0], near[1] if len(near) > 1 else None
    size = connection.execute(select(func.count()).select_from(staying.subquery())).scalar_one()
    last = connection.execute(
        staying.order_by(deals.position.desc(), deals.id.desc()).limit(1)
    ).first()
    return size, None if last is None else last[1], None


def _states(session: Session, deal_ids: Iterable[int]) -> dict[int, DealState]:
    rows = session.execute(
        select(
            Deal.id,
            Deal.stage_id,
            Deal.position,
            Deal.status,
            Deal.stage_entered_at,
            Deal.closed_at,
            Deal.lost_reason_id,
            Deal.lost_detail,
        ).where(Deal.id.in_(list(deal_ids)))
    )
    return {row.id: DealState(*row) for row in rows}


STATUS_OF_KIND = {
    StageKind.OPEN: DealStatus.OPEN,
    StageKind.WON: DealStatus.WON,
    StageKind.LOST: DealStatus.LOST,
    StageKind.HOLD: DealStatus.SUSPENDED,
}
CLOSED = (DealStatus.WON, DealStatus.LOST)


def _state_after(
    old: DealState,
    stage_id: int,
    position: int,
    status: DealStatus,
    loss: Loss | None,
    now: datetime,
) -> DealState:
    """Return a deal's state once moved; a reorder within its stage keeps its dates."""
    same_stage = old.stage_id == stage_id
    closed_at = None
    if status in CLOSED:
        closed_at = old.closed_at if same_stage and old.closed_at else now
    lost = status is DealStatus.LOST
    return DealState(
        deal_id=old.deal_id,
        stage_id=stage_id,
        position=position,
        status=status,
        stage_entered_at=old.stage_entered_at if same_stage else now,
        closed_at=closed_at,
        lost_reason_id=(loss.reason_id if loss else old.lost_reason_id) if lost else None,
        lost_detail=(loss.detail if loss else old.lost_detail) if lost else None,
    )


def checked_loss(session: Session, loss: Loss | None) -> Loss:
    """Return ``loss`` with its detail trimmed, or refuse it: a loss needs a listed reason."""
    if loss is None:
        raise MoveError(translate("Deals", "say why the deal was lost"))
    reason = session.get(LostReason, loss.reason_id)
    if reason is None:
        raise MoveError(
            translate("Deals", "that lost reason is no longer on the list; choose another")
        )
    if reason.retired_at is not None:
        raise MoveError(
            translate("Deals", 'the lost reason "%1" is retired; choose another', reason.name)
        )
    detail = (loss.detail or "").strip() or None
    if detail is not None and len(detail) > MAX_DETAIL:
        raise MoveError(translate("Deals", "the detail is longer than %1 characters", MAX_DETAIL))
    return Loss(loss.reason_id, detail)


def move_deals(
    session: Session,
    deal_ids: Sequence[int],
    to_stage_id: int,
    row: int | None = None,
    *,
    loss: Loss | None = None,
    now: datetime | None = None,
) -> DealMove:
    """Move ``deal_ids`` (in this order) into stage ``to_stage_id`` before ``row``.

    ``row`` counts the target column's deals that are not being moved; ``None`` appends. A
    move into a Lost stage needs a ``loss`` (deals already lost keep theirs). The deal's status
    follows the kind of the stage. Runs in the caller's transaction.
    """
    if not deal_ids:
        raise MoveError(translate("Deals", "no deals to move"))
    if len(set(deal_ids)) != len(deal_ids):
        raise MoveError(translate("Deals", "a deal is listed twice"))
    stage = session.get(Stage, to_stage_id)
    if stage is None or stage.archived_at is not None:
        raise MoveError(translate("Deals", "there is no stage %1", to_stage_id))
    before = _states(session, deal_ids)
    missing = [deal_id for deal_id in deal_ids if deal_id not in before]
    if missing:
        raise MoveError(translate("Deals", "there is no deal %1", missing[0]))
    if stage.kind is StageKind.LOST and (
        loss is not None or any(state.stage_id != to_stage_id for state in before.values())
    ):
        loss = checked_loss(session, loss)
    now = now or utc_now()

    moving = set(deal_ids)
    insert_at, low, high = _neighbours(session, to_stage_id, row, moving)
    free = _between(low, high, len(deal_ids))
    if free is None:  # no room between the neighbours: read the column to renumber it
        staying = [(i, p) for i, p in column_positions(session, to_stage_id) if i not in moving]
        placement = place(staying, insert_at, len(deal_ids))
    else:
        placement = Placement(free, {}, {})

    status = STATUS_OF_KIND[stage.kind]
    writer = RowWriter(session)
    states = {
        deal_id: _state_after(old, to_stage_id, placement.positions[index], status, loss, now)
        for index, (deal_id, old) in enumerate((i, before[i]) for i in deal_ids)
    }
    writer.update_many(Deal, {deal_id: _values(state) for deal_id, state in states.items()})
    write_positions(writer, placement.renumbered_after)
    recorded = tuple(
        writer.insert(
            StageMove,
            {
                "deal_id": deal_id,
                "from_stage_id": before[deal_id].stage_id,
                "to_stage_id": to_stage_id,
                "moved_at": now,
            },
        )
        for deal_id in deal_ids
        if before[deal_id].stage_id != to_stage_id
    )
    step = ColumnStep(
        deal_ids=tuple(deal_ids),
        to_stage_id=to_stage_id,
        row=insert_at,
        from_stage_ids=frozenset(state.stage_id for state in before.values()),
    )
    return DealMove(
        deal_ids=tuple(deal_ids),
        to_stage_id=to_stage_id,
        steps=(step,),
        stage_moves=recorded,
        change=writer.change(),
    )


def _values(state: DealState) -> dict[str, object]:
    return {
        "stage_id": state.stage_id,
        "position": state.position,
        "status": state.status,
        "stage_entered_at": state.stage_entered_at,
        "closed_at": state.closed_at,
        "lost_reason_id": state.lost_reason_id,
        "lost_detail": state.lost_detail,
    }


def write_positions(writer: RowWriter, positions: Mapping[int, int]) -> None:
    """Give deals new positions (one statement for all of them)."""
    writer.update_many(Deal, {deal_id: {"position": p} for deal_id, p in positions.items()})
