"""Changing the funnel's open stages in one go: rename, reorder, add, remove, probabilities.

The rep edits the whole list of open stages and it is applied at once. A removed stage that
still holds deals needs a target stage for them (each relocated deal is appended to the target
column and gets a stage move); a removed stage that history refers to is archived rather than
deleted, so old stage moves keep their meaning. Its change record restores the stage rows,
relocated deals and stage moves exactly on undo and redo.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.models import Deal, DealStatus, Stage, StageKind, StageMove

MAX_NAME = 80


class StageSettingsError(SalesDeskError):
    """Stage settings that cannot be applied; the message says why, for the rep."""


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

    deal_id: int
    stage_id: int
    position: int
    stage_entered_at: datetime


@dataclass(frozen=True)
class StageSettingsChange:
    """One change of the stage settings: stages before and after, and its change record."""

    stages_before: tuple[StageRow, ...]
    stages_after: tuple[StageRow, ...]
    deals_before: tuple[DealPlace, ...]
    stage_moves: tuple[int, ...]  # ids of the stage moves written for relocated deals
    change: Change

    @property
    def created_stage_ids(self) -> tuple[int, ...]:
        """Return the ids of the stages the change added."""
        old = {row.id for row in self.stages_before}
        return tuple(row.id for row in self.stages_after if row.id not in old)

    @property
    def deleted_stages(self) -> tuple[StageRow, ...]:
        """Return the stage rows the change deleted (removed stages without history)."""
        new = {row.id for row in self.stages_after}
        return tuple(row for row in self.stages_before if row.id not in new)

    @property
    def archived_stage_ids(self) -> tuple[int, ...]:
        """Return the ids of the stages the change archived (removed stages with history)."""
        old = {row.id: row.archived_at for row in self.stages_before}
        return tuple(
            row.id
            for row in self.stages_after
            if row.archived_at is not None and old.get(row.id) is None
        )


def _quoted(name: str) -> str:
    return f'"{name}"' if name else translate("Settings", "a stage without a name")


def validate_stage_drafts(
    drafts: Sequence[StageDraft],
    *,
    outcome_names: Sequence[str] = (),
    former_names: Sequence[str] = (),
) -> list[str]:
    """Return what is wrong with ``drafts`` for the rep; empty when they can be applied.

    ``outcome_names`` are the won and lost stages' names, ``former_names`` those of archived
    stages: no draft may take either (names compare case-insensitively, without outer spaces).
    """
    problems: list[str] = []
    if not drafts:
        problems.append(translate("Settings", "keep at least one open stage"))
    seen = {name.strip().casefold() for name in outcome_names}
    former = {name.strip().casefold() for name in former_names}
    for draft in drafts:
        name = draft.name.strip()
        key = name.casefold()
        if not name:
            problems.append(translate("Settings", "every stage needs a name"))
        elif len(name) > MAX_NAME:
            problems.append(
                translate(
                    "Settings", 'the name "%1…" is longer than %2 characters', name[:20], MAX_NAME
                )
            )
        elif key in seen:
            problems.append(translate("Settings", 'two stages are called "%1"', name))
        elif key in former:
            problems.append(translate("Settings", 'a former stage is already called "%1"', name))
        seen.add(key)
        if not 0 <= draft.probability <= 100:
            problems.append(
                translate(
                    "Settings", "the probability of %1 is not between 0 and 100 %", _quoted(name)
                )
            )
        if draft.rot_days is not None and draft.rot_days < 1:
            problems.append(
                translate("Settings", "the rot days of %1 must be at least 1", _quoted(name))
            )
    return list(dict.fromkeys(problems))


def _stage_rows(session: Session) -> list[StageRow]:
    rows = session.execute(
        select(
            Stage.id,
            Stage.name,
            Stage.position,
            Stage.kind,
            Stage.probability,
            Stage.rot_days,
            Stage.archived_at,
        ).order_by(Stage.position, Stage.id)
    )
    return [StageRow(*row) for row in rows]


def _held(session: Session, stage_ids: Sequence[int]) -> list[DealPlace]:
    """Return the open and suspended deals of ``stage_ids``, stage by stage, in column order."""
    rows = session.execute(
        select(Deal.id, Deal.stage_id, Deal.position, Deal.stage_entered_at)
        .where(
            Deal.stage_id.in_(stage_ids),
            Deal.status.in_([DealStatus.OPEN, DealStatus.SUSPENDED]),
        )
        .order_by(Deal.position, Deal.id)
    )
    order = {stage_id: index for index, stage_id in enumerate(stage_ids)}
    return sorted((DealPlace(*row) for row in rows), key=lambda place: order[place.stage_id])


def _referenced(session: Session, stage_ids: Sequence[int]) -> set[int]:
    """Return which of ``stage_ids`` a deal or a stage move refers to."""
    used = union(
        select(Deal.stage_id).where(Deal.stage_id.in_(stage_ids)),
        select(StageMove.from_stage_id).where(StageMove.from_stage_id.in_(stage_ids)),
        select(StageMove.to_stage_id).where(StageMove.to_stage_id.in_(stage_ids)),
    )
    return set(session.scalars(select(used.subquery().c[0])))


def apply_stage_settings(
    session: Session,
    drafts: Sequence[StageDraft],
    relocations: Mapping[int, int],
    now: datetime,
) -> StageSettingsChange:
    """Make ``drafts`` the open stages, in this order; runs in the caller's transaction.

    ``relocations`` maps each removed stage that holds deals to the kept stage they move to.
    Nothing is written when the settings are refused with a ``StageSettingsError``.
    """
    session.flush()
    before = _stage_rows(session)
    by_id = {row.id: row for row in before}
    open_ids = [r.id for r in before if r.kind is StageKind.OPEN and r.archived_at is None]
    kept = [draft.stage_id for draft in drafts if draft.stage_id is not None]
    if any(stage_id not in open_ids for stage_id in kept) or len(set(kept)) != len(kept):
        raise StageSettingsError(
            translate("Settings", "the stage list is out of date; open the settings again")
        )
    removed = [stage_id for stage_id in open_ids if stage_id not in kept]
    held = _held(session, removed)
    archived = _referenced(session, removed) if removed else set()
    outcomes = [r for r in before if r.kind is not StageKind.OPEN and r.archived_at is None]
    problems = validate_stage_drafts(
        drafts,
        outcome_names=[r.name for r in outcomes],
        former_names=[r.name for r in before if r.archived_at is not None or r.id in archived],
    )
    for stage_id in removed:
        count = sum(place.stage_id == stage_id for place in held)
        target, name = relocations.get(stage_id), by_id[stage_id].name
        if count and target in removed:
            problems.append(
                translate(
                    "Settings",
                    'the deals of "%1" cannot go to "%2", which is removed too',
                    name,
                    by_id[target].name,
                )
            )
        elif count == 1 and target not in kept:
            problems.append(translate("Settings", 'say where the deal of "%1" goes', name))
        elif count and target not in kept:
            problems.append(translate("Settings", 'say where the %1 deals of "%2" go', count, name))
    if problems:
        raise StageSettingsError("; ".join(problems))

    writer = RowWriter(session)
    _park_names(writer, before, drafts)
    after: list[StageRow] = []
    for draft in drafts:
        stage_id = draft.stage_id
        if stage_id is None:
            stage_id = writer.insert(
                Stage,
                {
                    "name": _parked(len(after)),
                    "position": len(after),
                    "kind": StageKind.OPEN,
                    "probability": draft.probability,
                    "rot_days": draft.rot_days,
                },
            )
        after.append(
            StageRow(
                stage_id,
                draft.name.strip(),
                len(after),
                StageKind.OPEN,
                draft.probability,
                draft.rot_days,
                None,
            )
        )
    # Won and lost right after the open stages, then the archived ones (newly archived last).
    former = [r for r in before if r.archived_at is not None]
    newly = [StageRow(**{**asdict(by_id[i]), "archived_at": now}) for i in removed if i in archived]
    for row in (*outcomes, *former, *newly):
        after.append(StageRow(**{**asdict(row), "position": len(after)}))

    targets = sorted({relocations[place.stage_id] for place in held})
    ends = dict.fromkeys(targets, -1)
    last = select(Deal.stage_id, func.max(Deal.position)).where(Deal.stage_id.in_(targets))
    ends.update({row[0]: row[1] for row in session.execute(last.group_by(Deal.stage_id))})
    moves = []
    for place in held:
        target = relocations[place.stage_id]
        ends[target] += 1
        writer.update(
            Deal,
            place.deal_id,
            {"stage_id": target, "position": ends[target], "stage_entered_at": now},
        )
        moves.append(
            writer.insert(
                StageMove,
                {
                    "deal_id": place.deal_id,
                    "from_stage_id": place.stage_id,
                    "to_stage_id": target,
                    "moved_at": now,
                },
            )
        )
    kept_ids = {row.id for row in after}
    writer.delete(Stage, *[row.id for row in before if row.id not in kept_ids])
    old_rows = {row.id: row for row in before}
    writer.update_many(
        Stage,
        {
            row.id: {key: value for key, value in asdict(row).items() if key != "id"}
            for row in after
            if old_rows.get(row.id) != row
        },
    )
    return StageSettingsChange(
        stages_before=tuple(before),
        stages_after=tuple(after),
        deals_before=tuple(held),
        stage_moves=tuple(moves),
        change=writer.change(),
    )


def _parked(number: int) -> str:
    # Not "\x00…": SQLite's length() stops at a NUL, which would break the not-blank check.
    return f"\ufeffparked-{number}"


def _park_names(
    writer: RowWriter, before: Sequence[StageRow], drafts: Sequence[StageDraft]
) -> None:
    """Give renamed stages names no rep types, so that two stages can swap their names."""
    old = {row.id: row.name for row in before}
    renamed = {
        draft.stage_id: {"name": _parked(-draft.stage_id)}
        for draft in drafts
        if draft.stage_id is not None and old[draft.stage_id] != draft.name.strip()
    }
    writer.update_many(Stage, renamed)
