"""Changing the funnel's open stages in one go: rename, reorder, add, remove, probabilities.

The rep edits the whole list of open stages and it is applied at once. A removed stage that
still holds deals needs a target stage for them (each relocated deal gets a stage move); a
removed stage that history refers to is archived rather than deleted, so old stage moves
keep their meaning. The change keeps the stages, deals and stage moves before and after, so
that undo and redo restore them exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.models import Deal, DealStatus, Stage, StageKind, StageMove

MAX_NAME = 80


class StageSettingsError(SalesDeskError):
    """Stage settings that cannot be applied; the message says why."""


@dataclass(frozen=True)
class StageDraft:
    """One open stage as the rep wants it; ``stage_id`` None is a new stage."""

    stage_id: int | None
    name: str
    probability: int
    rot_days: int | None


@dataclass(frozen=True)
class StageRow:
    """A stage row as stored."""

    id: int
    name: str
    position: int
    kind: StageKind
    probability: int
    rot_days: int | None
    archived_at: datetime | None


@dataclass(frozen=True)
class DealPlace:
    """Where a deal sits: the fields a relocation changes."""

    id: int
    stage_id: int
    position: int
    stage_entered_at: datetime


@dataclass(frozen=True)
class StageSettingsChange:
    """Everything needed to undo or redo one change of the stage settings."""

    stages_before: tuple[StageRow, ...]
    stages_after: tuple[StageRow, ...]
    deals_before: tuple[DealPlace, ...]
    deals_after: tuple[DealPlace, ...]
    stage_moves: tuple[dict[str, object], ...]


def validate_stage_drafts(drafts: Sequence[StageDraft], taken: Sequence[str] = ()) -> list[str]:
    """Return what is wrong with ``drafts``; ``taken`` are names other stages keep."""
    problems: list[str] = []
    if not drafts:
        problems.append("keep at least one open stage")
    seen = {name.strip().casefold(): name.strip() for name in taken}
    for draft in drafts:
        name = draft.name.strip()
        if not name:
            problems.append("every stage needs a name")
        elif len(name) > MAX_NAME:
            problems.append(f'the name "{name[:20]}…" is longer than {MAX_NAME} characters')
        elif name.casefold() in seen:
            problems.append(f'two stages are called "{name}"')
        seen[name.casefold()] = name
        if not 0 <= draft.probability <= 100:
            problems.append(f'the probability of "{name}" is not between 0 and 100 %')
        if draft.rot_days is not None and draft.rot_days < 1:
            problems.append(f'the rot days of "{name}" must be at least 1')
    return problems


def _stage_rows(session: Session) -> list[StageRow]:
    rows = session.execute(
        select(Stage.id, Stage.name, Stage.position, Stage.kind, Stage.probability,
               Stage.rot_days, Stage.archived_at).order_by(Stage.position, Stage.id)
    )  # fmt: skip
    return [StageRow(*row) for row in rows]


def _places(session: Session, stage_ids: Sequence[int]) -> list[DealPlace]:
    rows = session.execute(
        select(Deal.id, Deal.stage_id, Deal.position, Deal.stage_entered_at)
        .where(
            Deal.stage_id.in_(stage_ids),
            Deal.status.in_([DealStatus.OPEN, DealStatus.SUSPENDED]),
        )
        .order_by(Deal.position, Deal.id)
    )
    return [DealPlace(*row) for row in rows]


def _referenced(session: Session, stage_id: int) -> bool:
    moves = select(func.count(StageMove.id)).where(
        or_(StageMove.from_stage_id == stage_id, StageMove.to_stage_id == stage_id)
    )
    deals = select(func.count(Deal.id)).where(Deal.stage_id == stage_id)
    return bool(session.scalar(moves)) or bool(session.scalar(deals))


def apply_stage_settings(
    session: Session,
    drafts: Sequence[StageDraft],
    relocations: Mapping[int, int],
    now: datetime,
) -> StageSettingsChange:
    """Make ``drafts`` the open stages, in order; runs in the caller's transaction.

    ``relocations`` maps each removed stage that holds deals to the kept stage they move to.
    """
    before = _stage_rows(session)
    by_id = {row.id: row for row in before}
    open_ids = [r.id for r in before if r.kind is StageKind.OPEN and r.archived_at is None]
    kept = [draft.stage_id for draft in drafts if draft.stage_id is not None]
    unknown = [stage_id for stage_id in kept if stage_id not in open_ids]
    if unknown or len(set(kept)) != len(kept):
        raise StageSettingsError("the stage list is out of date; open the settings again")
    removed = [stage_id for stage_id in open_ids if stage_id not in kept]
    taken = [r.name for r in before if r.id not in open_ids or r.id in removed]
    problems = validate_stage_drafts(drafts, taken)
    if problems:
        raise StageSettingsError("; ".join(problems))

    places = _places(session, removed + list(set(relocations.values()) & set(kept)))
    held = [place for place in places if place.stage_id in removed]
    for stage_id in removed:
        count = sum(place.stage_id == stage_id for place in held)
        if count and relocations.get(stage_id) not in kept:
            name = by_id[stage_id].name
            raise StageSettingsError(f'say where the {count} deals of "{name}" go')

    next_id = max(by_id, default=0) + 1
    after: list[StageRow] = []
    for position, draft in enumerate(drafts):
        stage_id = draft.stage_id
        if stage_id is None:
            stage_id, next_id = next_id, next_id + 1
        after.append(StageRow(stage_id, draft.name.strip(), position, StageKind.OPEN,
                              draft.probability, draft.rot_days, None))  # fmt: skip
    moved_away = {stage_id for stage_id in removed if any(p.stage_id == stage_id for p in held)}
    others = [r for r in before if r.id not in open_ids or r.id in removed]
    for offset, row in enumerate(others):
        if row.id in removed and not (row.id in moved_away or _referenced(session, row.id)):
            continue  # never used: deleted
        archived_at = now if row.id in removed else row.archived_at
        after.append(StageRow(row.id, row.name, len(drafts) + offset, row.kind,
                              row.probability, row.rot_days, archived_at))  # fmt: skip

    ends = {stage_id: -1 for stage_id in kept}
    for place in places:
        if place.stage_id in ends:
            ends[place.stage_id] = max(ends[place.stage_id], place.position)
    deals_after, moves = [], []
    order = {stage_id: index for index, stage_id in enumerate(removed)}
    for place in sorted(held, key=lambda p: (order[p.stage_id], p.position, p.id)):
        target = relocations[place.stage_id]
        ends[target] += 1
        deals_after.append(DealPlace(place.id, target, ends[target], now))
        moves.append({"deal_id": place.id, "from_stage_id": place.stage_id,
                      "to_stage_id": target, "moved_at": now})  # fmt: skip
    first_move = (session.scalar(select(func.max(StageMove.id))) or 0) + 1
    moves = [{"id": first_move + index, **move} for index, move in enumerate(moves)]
    change = StageSettingsChange(
        stages_before=tuple(before),
        stages_after=tuple(after),
        deals_before=tuple(held),
        deals_after=tuple(deals_after),
        stage_moves=tuple(moves),
    )
    redo_stage_settings(session, change)
    return change


def undo_stage_settings(session: Session, change: StageSettingsChange) -> None:
    """Put stages, relocated deals and history back as they were before ``change``."""
    _transition(session, change.stages_after, change.stages_before, change.deals_before,
                add_moves=(), remove_moves=change.stage_moves)  # fmt: skip


def redo_stage_settings(session: Session, change: StageSettingsChange) -> None:
    """Apply ``change`` (again), with the same stage ids and stage-move rows."""
    _transition(session, change.stages_before, change.stages_after, change.deals_after,
                add_moves=change.stage_moves, remove_moves=())  # fmt: skip


def _transition(
    session: Session,
    current: Sequence[StageRow],
    wanted: Sequence[StageRow],
    places: Sequence[DealPlace],
    add_moves: Sequence[dict[str, object]],
    remove_moves: Sequence[dict[str, object]],
) -> None:
    """Turn the ``current`` stage rows into the ``wanted`` ones; names may swap on the way."""
    session.flush()
    current_ids = {row.id for row in current}
    wanted_ids = {row.id for row in wanted}
    # Unique names: park every kept stage on a name no rep types, then set the real names.
    for row in current:
        if row.id in wanted_ids:
            session.execute(
                update(Stage).where(Stage.id == row.id).values(name=f"\ufeffparked-{row.id}")
            )
    for row in wanted:
        if row.id not in current_ids:
            session.execute(insert(Stage), {**asdict(row), "name": f"\ufeffparked-{row.id}"})
    if remove_moves:
        ids = [move["id"] for move in remove_moves]
        session.execute(delete(StageMove).where(StageMove.id.in_(ids)))
    for place in places:
        session.execute(
            update(Deal)
            .where(Deal.id == place.id)
            .values(stage_id=place.stage_id, position=place.position,
                    stage_entered_at=place.stage_entered_at)
        )  # fmt: skip
    if add_moves:
        session.execute(insert(StageMove), list(add_moves))
    gone = [row.id for row in current if row.id not in wanted_ids]
    if gone:
        session.execute(delete(Stage).where(Stage.id.in_(gone)))
    for row in wanted:
        session.execute(update(Stage).where(Stage.id == row.id).values(**asdict(row)))
    session.expire_all()
