"""Findings read from the funnel: what is going wrong, the numbers behind it, what to do.

A finding is made only when there is enough data to say it: at least ``MIN_DEALS`` deals in
what it is measured on (otherwise one lost deal would look like a crisis).

Rules:

- *Prospecting has stalled*: fewer new contacts entered the first stage in the period than
  half the open deals further down the funnel (the pipeline will run dry).
- *Proposals are weak*: fewer deals entered the proposal stage in the period than a quarter of
  those that entered the first stage.
- *Negotiation stalls*: a third or more of the open deals sit in the negotiation stage.
- *Bottleneck*: the stage with the lowest conversion, when it converts less than half.
- *Rotting deals*: a fifth or more of the open deals sit past their stage's rot days.

A finding's title and action are written in the rep's language when it is made (context
"Diagnosis"); its code and numbers are for programs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session

from salesdesk.core.analytics.funnel import Funnel, FunnelStage, funnel
from salesdesk.core.i18n import translate
from salesdesk.core.models import Deal, DealStatus, Stage, StageKind

MIN_DEALS = 10
_CONTEXT = "Diagnosis"


@dataclass(frozen=True)
class Finding:
    """One finding: a stable code, what it says, the numbers behind it, and what to do."""

    code: str
    title: str
    numbers: dict[str, float | int]
    action: str


def _named(stages: tuple[FunnelStage, ...], words: tuple[str, ...], fallback: int) -> int:
    """Return the index of the stage whose name holds one of ``words``, else ``fallback``."""
    for index, stage in enumerate(stages):
        name = stage.name.casefold()
        if any(word and word in name for word in words):
            return index
    return max(0, min(fallback, len(stages) - 1))


def rotting_counts(session: Session, now: datetime) -> tuple[int, int]:
    """Return (open deals, open deals past their stage's rot days), counted in SQLite.

    A deal rots when more than ``rot_days`` whole days have passed since it entered its stage,
    that is when it entered at or before ``now`` minus ``rot_days + 1`` days: one cut-off per
    stage, so the comparison runs on the stored times.
    """
    cutoffs = {
        stage_id: now - timedelta(days=rot_days + 1)
        for stage_id, rot_days in session.execute(
            select(Stage.id, Stage.rot_days).where(
                Stage.kind == StageKind.OPEN, Stage.rot_days.is_not(None)
            )
        )
    }
    past = (
        func.sum(
            case(
                *(
                    (and_(Deal.stage_id == stage_id, Deal.stage_entered_at <= cutoff), 1)
                    for stage_id, cutoff in cutoffs.items()
                ),
                else_=0,
            )
        )
        if cutoffs
        else literal(0)
    )
    total, rotting = session.execute(
        select(func.count(Deal.id), past)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.status == DealStatus.OPEN, Stage.kind == StageKind.OPEN)
    ).one()
    return total, rotting or 0


def diagnose(session: Session, start: datetime, end: datetime, now: datetime) -> list[Finding]:
    """Return the findings for the period ``start`` to ``end`` (rotting as of ``now``)."""
    measured = funnel(session, start, end)
    return findings_for(measured, *rotting_counts(session, now))


def findings_for(measured: Funnel, open_deals: int, rotting: int) -> list[Finding]:
    """Apply the rules to a measured funnel and the open and rotting deal counts."""
    stages = measured.stages
    found: list[Finding] = []
    if not stages:
        return found
    new = stages[0].entered
    further = sum(stage.open_count for stage in stages[1:])
    if further >= MIN_DEALS and new < further / 2:
        found.append(
            Finding(
                "prospecting_stalled",
                translate(_CONTEXT, "Prospecting has stalled"),
                {"new_contacts": new, "open_further_down": further},
                translate(
                    _CONTEXT,
                    "Block time every week for new contacts: referrals first, then calls and "
                    "visits.",
                ),
            )
        )
    # The English word, or the default stage's name in the rep's language.
    proposal = _named(
        stages, ("proposal", translate("Defaults", "Proposal").casefold()), len(stages) // 2
    )
    reached = stages[proposal].entered
    if proposal > 0 and new >= MIN_DEALS and reached < new / 4:
        found.append(
            Finding(
                "proposals_weak",
                translate(_CONTEXT, "Few deals reach a proposal"),
                {"entered_first_stage": new, "reached_proposal": reached},
                translate(
                    _CONTEXT,
                    "Qualify harder early (BANT) and present the value before writing offers.",
                ),
            )
        )
    negotiation = stages[
        _named(
            stages, ("negotiat", translate("Defaults", "Negotiation").casefold()), len(stages) - 2
        )
    ]
    if open_deals >= MIN_DEALS and negotiation.open_count >= open_deals / 3:
        found.append(
            Finding(
                "negotiation_stalls",
                translate(_CONTEXT, "Deals pile up in negotiation"),
                {"in_negotiation": negotiation.open_count, "open_deals": open_deals},
                translate(
                    _CONTEXT,
                    "Agree a decision date with each buyer and prepare answers to price "
                    "objections.",
                ),
            )
        )
    bottleneck = measured.bottleneck
    if (
        bottleneck is not None
        and bottleneck.entered >= MIN_DEALS
        and (bottleneck.conversion or 0.0) < 0.5
    ):
        found.append(
            Finding(
                "bottleneck",
                translate(_CONTEXT, "The bottleneck is “%1”", bottleneck.name),
                {
                    "entered": bottleneck.entered,
                    "went_on": bottleneck.went_on,
                    "conversion": round(bottleneck.conversion or 0.0, 3),
                },
                translate(
                    _CONTEXT,
                    "Look at the deals stuck in “%1”: what do they wait for?",
                    bottleneck.name,
                ),
            )
        )
    if open_deals >= MIN_DEALS and rotting >= open_deals / 5:
        found.append(
            Finding(
                "rotting",
                translate(_CONTEXT, "Many deals are rotting"),
                {"rotting": rotting, "open_deals": open_deals},
                translate(
                    _CONTEXT, "Call or visit each rotting deal this week, or close it as lost."
                ),
            )
        )
    return found
