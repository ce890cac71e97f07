"""Editing the list of lost reasons: add, rename, reorder, retire, bring back, merge.

The whole list is saved at once and undone at once. A reason no deal gives is deleted when
taken off the list; one that deals give is retired instead (it leaves the Lost dialog and
keeps its name in history and analytics) or merged into another entry: its deals then give
that entry, and its name is kept as their detail when they had none, so no words are lost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.matching import name_key
from salesdesk.core.models import Deal, LostReason

MAX_NAME = 80


class LostReasonsError(SalesDeskError):
    """A list of lost reasons that cannot be saved; the message says why, for the rep."""


@dataclass(frozen=True)
class ReasonDraft:
    """One entry as the rep wants it, in list order; ``reason_id`` None is a new entry."""

    reason_id: int | None
    name: str
    retired: bool = False


def _problems(drafts: Sequence[ReasonDraft]) -> list[str]:
    problems: list[str] = []
    if not any(not draft.retired for draft in drafts):
        problems.append(translate("Settings", "keep at least one reason that is not retired"))
    seen: set[str] = set()
    for draft in drafts:
        name = draft.name.strip()
        if not name:
            problems.append(translate("Settings", "every reason needs a name"))
        elif len(name) > MAX_NAME:
            problems.append(
                translate(
                    "Settings", 'the reason "%1…" is longer than %2 characters', name[:20], MAX_NAME
                )
            )
        elif name_key(name) in seen:
            problems.append(translate("Settings", 'two reasons are called "%1"', name))
        seen.add(name_key(name))
    return list(dict.fromkeys(problems))


def save_lost_reasons(
    session: Session,
    drafts: Sequence[ReasonDraft],
    merges: Mapping[int, int],
    now: datetime,
) -> Change:
    """Make ``drafts`` the list of lost reasons, in this order; nothing is written if refused.

    ``merges`` maps an entry taken off the list to the kept entry its deals give from now on.
    """
    rows = {row.id: row for row in session.execute(select(LostReason.__table__)).all()}
    kept = [draft.reason_id for draft in drafts if draft.reason_id is not None]
    if any(reason_id not in rows for reason_id in kept) or len(set(kept)) != len(kept):
        raise LostReasonsError(
            translate("Settings", "the list of reasons is out of date; open the settings again")
        )
    problems = _problems(drafts)
    for source, target in merges.items():
        if source not in rows or source in kept:
            problems.append(
                translate("Settings", "only a reason taken off the list can be merged into another")
            )
        elif target not in kept:
            problems.append(
                translate(
                    "Settings",
                    '"%1" can only be merged into a reason on the list',
                    rows[source].name,
                )
            )
    uses = dict(
        session.execute(
            select(Deal.lost_reason_id, func.count())
            .where(Deal.lost_reason_id.in_(list(rows)))
            .group_by(Deal.lost_reason_id)
        ).all()
    )
    removed = [reason_id for reason_id in rows if reason_id not in kept]
    for reason_id in removed:
        if uses.get(reason_id) and reason_id not in merges:
            problems.append(
                translate(
                    "Settings",
                    '"%1" is the reason of %2 lost deal(s): retire it or merge it into another',
                    rows[reason_id].name,
                    uses[reason_id],
                )
            )
    if problems:
        raise LostReasonsError("; ".join(dict.fromkeys(problems)))

    writer = RowWriter(session)
    for source, target in merges.items():
        merged = session.execute(
            select(Deal.id, Deal.lost_detail).where(Deal.lost_reason_id == source)
        ).all()
        writer.update_many(
            Deal,
            {
                deal_id: {"lost_reason_id": target, "lost_detail": detail or rows[source].name}
                for deal_id, detail in merged
            },
        )
    writer.delete(LostReason, *removed)
    # Names no rep types first, so that two entries can swap their names.
    renamed = [
        draft
        for draft in drafts
        if draft.reason_id is not None and rows[draft.reason_id].name != draft.name.strip()
    ]
    writer.update_many(
        LostReason,
        {draft.reason_id: {"name": f"\ufeffparked-{draft.reason_id}"} for draft in renamed},
    )
    for position, draft in enumerate(drafts):
        values = {
            "name": draft.name.strip(),
            "position": position,
            "retired_at": _retired_at(rows.get(draft.reason_id), draft.retired, now),
        }
        if draft.reason_id is None:
            writer.insert(LostReason, values)
            continue
        row = rows[draft.reason_id]
        if draft in renamed or (row.position, row.retired_at) != (
            values["position"],
            values["retired_at"],
        ):
            writer.update(LostReason, draft.reason_id, values)
    return writer.change()


def _retired_at(row: object | None, retired: bool, now: datetime) -> datetime | None:
    if not retired:
        return None
    earlier = getattr(row, "retired_at", None)
    return earlier or now
