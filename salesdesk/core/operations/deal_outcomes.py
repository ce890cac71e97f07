"""The outcomes of a deal: won, lost, on hold, resumed, reopened — each one undoable stage move.

Won, Lost and On hold are stages (of kind won, lost and hold), so every outcome is a
``move_deals`` into or out of one of them and lands in the stage-move history the funnel is
measured from: a reopened deal enters its stage again, a deal won after it was lost goes on
from the stages it passed, and the time a deal waited on hold counts for no open stage.

Which deal may take which outcome:

==============  ================================  ==========================================
outcome         from                              into
==============  ================================  ==========================================
won, lost       open or on hold                   the Won / Lost stage (lost: with a reason)
on hold         open                              the On hold stage
resume          on hold                           the stage it left (or one the rep chooses
                                                  when that stage is gone)
reopen          won or lost                       an open stage the rep chooses
==============  ================================  ==========================================
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change
from salesdesk.core.changes.record import combined
from salesdesk.core.i18n import noop, translate
from salesdesk.core.models import Deal, DealStatus, Stage, StageKind
from salesdesk.core.operations.deal_moves import DealMove, Loss, MoveError, move_deals
from salesdesk.core.queries.deal_lists import stages_left

_STATE_WORDS = {
    DealStatus.OPEN: noop("Deals", "open"),
    DealStatus.WON: noop("Deals", "won"),
    DealStatus.LOST: noop("Deals", "lost"),
    DealStatus.SUSPENDED: noop("Deals", "on hold"),
}

# Why a deal in another state is refused, for one deal and for several: %1 the state the
# (first) refused deal is in, %2 how many were refused.
_REFUSALS = {
    "marked won": (
        noop("Deals", "only deals that are open or on hold can be marked won; one of them is %1"),
        noop("Deals", "only deals that are open or on hold can be marked won; %2 of them are %1"),
    ),
    "marked lost": (
        noop("Deals", "only deals that are open or on hold can be marked lost; one of them is %1"),
        noop("Deals", "only deals that are open or on hold can be marked lost; %2 of them are %1"),
    ),
    "put on hold": (
        noop("Deals", "only deals that are open can be put on hold; one of them is %1"),
        noop("Deals", "only deals that are open can be put on hold; %2 of them are %1"),
    ),
    "reopened": (
        noop("Deals", "only deals that are won or lost can be reopened; one of them is %1"),
        noop("Deals", "only deals that are won or lost can be reopened; %2 of them are %1"),
    ),
    "resumed": (
        noop("Deals", "only deals that are on hold can be resumed; one of them is %1"),
        noop("Deals", "only deals that are on hold can be resumed; %2 of them are %1"),
    ),
}


def outcome_stage(session: Session, kind: StageKind) -> int:
    """Return the id of the (current) stage of an outcome kind; refuse when there is none."""
    stage_id = session.scalar(
        select(Stage.id)
        .where(Stage.kind == kind, Stage.archived_at.is_(None))
        .order_by(Stage.position, Stage.id)
        .limit(1)
    )
    if stage_id is None:
        raise MoveError(translate("Deals", _NO_STAGE[kind]))
    return stage_id


_NO_STAGE = {
    StageKind.WON: noop("Deals", "this database has no Won stage"),
    StageKind.LOST: noop("Deals", "this database has no Lost stage"),
    StageKind.HOLD: noop("Deals", "this database has no On hold stage"),
}


def _require(session: Session, deal_ids: Sequence[int], allowed: set[DealStatus], doing: str):
    """Refuse unless every deal exists and is in one of the ``allowed`` states.

    ``doing`` names the change as a key of ``_REFUSALS`` ("marked won"), whose states match
    ``allowed``.
    """
    if not deal_ids:
        raise MoveError(translate("Deals", "no deals chosen"))
    rows = dict(session.execute(select(Deal.id, Deal.status).where(Deal.id.in_(deal_ids))).all())
    missing = [deal_id for deal_id in deal_ids if deal_id not in rows]
    if missing:
        raise MoveError(translate("Deals", "there is no deal %1", missing[0]))
    wrong = [rows[deal_id] for deal_id in deal_ids if rows[deal_id] not in allowed]
    if wrong:
        one, several = _REFUSALS[doing]
        state = translate("Deals", _STATE_WORDS[wrong[0]])
        refusal = one if len(wrong) == 1 else several
        raise MoveError(translate("Deals", refusal, state, len(wrong)))


def mark_won(session: Session, deal_ids: Sequence[int], now: datetime) -> DealMove:
    """Close open or held deals as won."""
    _require(session, deal_ids, {DealStatus.OPEN, DealStatus.SUSPENDED}, "marked won")
    return move_deals(session, deal_ids, outcome_stage(session, StageKind.WON), now=now)


def mark_lost(session: Session, deal_ids: Sequence[int], loss: Loss, now: datetime) -> DealMove:
    """Close open or held deals as lost, for a reason from the list (and a detail)."""
    _require(session, deal_ids, {DealStatus.OPEN, DealStatus.SUSPENDED}, "marked lost")
    return move_deals(session, deal_ids, outcome_stage(session, StageKind.LOST), loss=loss, now=now)


def put_on_hold(session: Session, deal_ids: Sequence[int], now: datetime) -> DealMove:
    """Put open deals on hold: they leave the board and wait in the On hold stage."""
    _require(session, deal_ids, {DealStatus.OPEN}, "put on hold")
    return move_deals(session, deal_ids, outcome_stage(session, StageKind.HOLD), now=now)


def reopen(session: Session, deal_ids: Sequence[int], stage_id: int, now: datetime) -> DealMove:
    """Bring won or lost deals back into an open stage (at its top)."""
    _require(session, deal_ids, {DealStatus.WON, DealStatus.LOST}, "reopened")
    _open_stage(session, stage_id)
    return move_deals(session, deal_ids, stage_id, 0, now=now)


def _open_stage(session: Session, stage_id: int) -> None:
    stage = session.get(Stage, stage_id)
    if stage is None or stage.kind is not StageKind.OPEN or stage.archived_at is not None:
        raise MoveError(translate("Deals", "choose an open stage of the funnel"))


def resume(
    session: Session, deal_ids: Sequence[int], now: datetime, stage_id: int | None = None
) -> DealMove:
    """Take held deals off hold, each into the stage it left (on top of its column).

    A deal whose stage is gone goes into ``stage_id``; without one it is refused, and the
    message says so (nothing is written).
    """
    _require(session, deal_ids, {DealStatus.SUSPENDED}, "resumed")
    if stage_id is not None:
        _open_stage(session, stage_id)
    left = stages_left(session, deal_ids)
    targets: dict[int, list[int]] = {}
    for deal_id in deal_ids:
        target = left.get(deal_id) or stage_id
        if target is None:
            raise MoveError(
                translate("Deals", "the stage the deal left is gone; choose the stage it goes to")
            )
        targets.setdefault(target, []).append(deal_id)
    return combined_moves([move_deals(session, ids, t, 0, now=now) for t, ids in targets.items()])


def combined_moves(moves: Sequence[DealMove]) -> DealMove:
    """Return several moves made one after another (in one transaction) as one."""
    if len(moves) == 1:
        return moves[0]
    change: Change = combined(move.change for move in moves)
    return DealMove(
        deal_ids=tuple(deal_id for move in moves for deal_id in move.deal_ids),
        to_stage_id=moves[-1].to_stage_id,
        steps=tuple(step for move in moves for step in move.steps),
        stage_moves=tuple(move_id for move in moves for move_id in move.stage_moves),
        change=change,
    )
