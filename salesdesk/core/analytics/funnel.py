"""The funnel measured from stage-move history: how many deals go on from each stage.

Definitions (the same everywhere: screen, command line, report):

- A deal *entered* a stage when a stage move took it there (its first move creates it there).
- The *cohort* of a stage for a period: the distinct deals that entered it during the period.
- A deal of the cohort *went on* when, after entering, it ever reached a later open stage
  or Won. Skipping stages counts as passing them; moving back and forth counts once per deal;
  a lost deal that was reopened and later won counts as going on. A move at the very same
  instant as the entry is not after it.
- *Conversion* of a stage = went on / cohort; ``None`` when the cohort is empty.

Conversion is counted in SQLite from one range of the stage-entries index per stage (see
``conversion_counts`` and ``core.stage_entries``); the deals open now in another query. The
definitions can be checked by hand on small histories.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Connection, Integer, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from salesdesk.core.models import Deal, DealStatus, Stage, StageKind, StageMove
from salesdesk.core.stage_entries import MAX_STAGE_ID


@dataclass(frozen=True)
class FunnelStage:
    """One open stage of the funnel for a period."""

    stage_id: int
    name: str
    open_count: int  # deals in the stage now
    open_values: dict[str, Decimal]  # their value per currency (currencies never add up)
    entered: int  # the cohort: deals that entered the stage in the period
    went_on: int

    @property
    def conversion(self) -> float | None:
        """Return went on / entered, or None when nothing entered the stage."""
        return None if self.entered == 0 else self.went_on / self.entered


@dataclass(frozen=True)
class Funnel:
    """The open stages in pipeline order, measured over ``start`` to ``end``."""

    start: datetime
    end: datetime
    stages: tuple[FunnelStage, ...]

    @property
    def bottleneck(self) -> FunnelStage | None:
        """Return the stage with the lowest measured conversion (None when none is measured)."""
        measured = [stage for stage in self.stages if stage.conversion is not None]
        return min(measured, key=lambda stage: stage.conversion or 0.0) if measured else None


def funnel(session: Session, start: datetime, end: datetime) -> Funnel:
    """Measure every open stage's conversion over ``start`` (inclusive) to ``end`` (exclusive)."""
    ladder = stage_ladder(session)
    return funnel_from(
        session, ladder, conversion_counts(session.connection(), ladder, start, end), start, end
    )


@dataclass(frozen=True)
class Ladder:
    """The open stages in pipeline order (their names), and the ids of the Won stages."""

    open_stages: tuple[tuple[int, str], ...]
    won_ids: tuple[int, ...]


def stage_ladder(session: Session) -> Ladder:
    """Return the current (not archived) open stages in order, and the Won stages."""
    stages = session.execute(
        select(Stage.id, Stage.name, Stage.kind)
        .where(Stage.archived_at.is_(None))
        .order_by(Stage.position, Stage.id)
    ).all()
    return Ladder(
        tuple((row.id, row.name) for row in stages if row.kind is StageKind.OPEN),
        tuple(row.id for row in stages if row.kind is StageKind.WON),
    )


def conversion_counts(
    connection: Connection, ladder: Ladder, start: datetime, end: datetime
) -> dict[int, tuple[int, int]]:
    """Return stage id -> (entered, went on) for the period.

    Each deal of a stage's cohort has exactly one *first entry in the period*: a move into the
    stage in the period whose ``prev_entry_at`` is NULL or before ``start``. Going on is
    judged at that entry: some stage beyond was entered strictly later, an AND of its
    ``later_stages`` bits with the bits of the rungs beyond the stage. (A later entry into the
    same stage cannot have gone on unless the first one did, so judging the first decides.)
    Stage ids beyond what the bits hold fall back to ``conversion_counts_by_deal``.
    """
    if not ladder.open_stages:
        return {}
    if max(stage_id for stage_id, _ in ladder.open_stages) > MAX_STAGE_ID or any(
        stage_id > MAX_STAGE_ID for stage_id in ladder.won_ids
    ):
        return conversion_counts_by_deal(connection, ladder, start, end)
    moves = StageMove.__table__.c
    beyond = {}
    for index, (stage_id, _) in enumerate(ladder.open_stages):
        rungs = [later for later, _ in ladder.open_stages[index + 1 :]] + list(ladder.won_ids)
        beyond[stage_id] = sum(1 << rung for rung in rungs)
    went_on = (moves.later_stages.op("&")(case(beyond, value=moves.to_stage_id, else_=0))) != 0
    rows = connection.execute(
        select(moves.to_stage_id, func.count(), func.sum(went_on, type_=Integer))
        .where(
            moves.to_stage_id.in_(list(beyond)),
            moves.moved_at >= start,
            moves.moved_at < end,
            or_(moves.prev_entry_at.is_(None), moves.prev_entry_at < start),
        )
        .group_by(moves.to_stage_id)
    )
    counted = {stage_id: (entered, went or 0) for stage_id, entered, went in rows}
    return {stage_id: counted.get(stage_id, (0, 0)) for stage_id in beyond}


def conversion_counts_by_deal(
    connection: Connection, ladder: Ladder, start: datetime, end: datetime
) -> dict[int, tuple[int, int]]:
    """Return stage id -> (entered, went on) for the period, grouping every deal's moves.

    Per deal, over its moves from ``start`` on: the first entry into each open stage (``e``) and
    the last move into each later rung (the following open stages, then Won: ``last``). The
    deal entered a stage in the period when ``e`` is before ``end``, and went on when some later
    rung was reached after ``e``. Plain aggregates grouped by deal replace a window over every
    deal's moves, which SQLite evaluates several times slower; moves at the very same instant
    as the entry do not count as after it.
    """
    if not ladder.open_stages:
        return {}
    moves = StageMove.__table__.c
    rungs = [(stage_id,) for stage_id, _ in ladder.open_stages[1:]]
    if ladder.won_ids:
        rungs.append(ladder.won_ids)
    first = [
        func.min(case((moves.to_stage_id == stage_id, moves.moved_at))).label(f"e{index}")
        for index, (stage_id, _) in enumerate(ladder.open_stages)
    ]
    last = [
        func.max(case((moves.to_stage_id.in_(ids), moves.moved_at))).label(f"r{index}")
        for index, ids in enumerate(rungs, start=1)
    ]
    per_deal = (
        select(*first, *last).where(moves.moved_at >= start).group_by(moves.deal_id).subquery()
    )
    counts = []
    for index in range(len(ladder.open_stages)):
        entry = per_deal.c[f"e{index}"]
        later = [entry < per_deal.c[f"r{rung}"] for rung in range(index + 1, len(rungs) + 1)]
        counts.append(func.sum(entry < end, type_=Integer))
        counts.append(
            func.sum(and_(entry < end, or_(*later)), type_=Integer) if later else literal(0)
        )
    row = connection.execute(select(*counts)).one()
    return {
        stage_id: (row[2 * index] or 0, row[2 * index + 1] or 0)
        for index, (stage_id, _) in enumerate(ladder.open_stages)
    }


def funnel_from(
    session: Session,
    ladder: Ladder,
    converted: dict[int, tuple[int, int]],
    start: datetime,
    end: datetime,
) -> Funnel:
    """Return the funnel from measured conversion counts and the deals open in each stage now."""
    cents = Deal.__table__.c.value_cents  # integer cents summed in SQL: exact
    current = (
        session.connection()
        .execute(
            select(Deal.stage_id, Deal.currency, func.count(Deal.id), func.sum(cents))
            .where(Deal.status == DealStatus.OPEN)
            .group_by(Deal.stage_id, Deal.currency)
        )
        .all()
    )
    counts: dict[int, int] = defaultdict(int)
    values: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for stage_id, currency, count, total in current:
        counts[stage_id] += count
        values[stage_id][currency] = total  # the column's type turns cents into a Decimal
    return Funnel(
        start,
        end,
        tuple(
            FunnelStage(
                stage_id,
                name,
                counts[stage_id],
                dict(values[stage_id]),
                *converted.get(stage_id, (0, 0)),
            )
            for stage_id, name in ladder.open_stages
        ),
    )
