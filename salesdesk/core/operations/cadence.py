"""Changing the follow-up cadence per tier (how often A, B and C customers should be met)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from salesdesk.core.errors import FieldProblem, InvalidFieldsError
from salesdesk.core.models import Setting, Tier
from salesdesk.core.queries.agenda import cadence


@dataclass(frozen=True)
class CadenceChange:
    """The cadence before and after an edit."""

    before: dict[Tier, int]
    after: dict[Tier, int]

    @property
    def changed(self) -> bool:
        """Return True when any tier's cadence changed."""
        return self.before != self.after


def _store(session: Session, days: dict[Tier, int]) -> None:
    for tier, value in days.items():
        setting = session.get(Setting, f"cadence_days.{tier.value}")
        if setting is None:
            session.add(Setting(key=f"cadence_days.{tier.value}", value=str(value)))
        else:
            setting.value = str(value)
    session.flush()


def set_cadence(session: Session, days: dict[Tier, int]) -> CadenceChange:
    """Store the follow-up cadence in days for the tiers given (1 to 365 each)."""
    wrong = [tier for tier, value in days.items() if not 1 <= value <= 365]
    if wrong:
        raise InvalidFieldsError(
            [
                FieldProblem(
                    f"tier_{tier.value}", f"the cadence of tier {tier.value} is 1 to 365 days"
                )
                for tier in wrong
            ]  # fmt: skip
        )
    before = cadence(session)
    after = {**before, **days}
    _store(session, after)
    return CadenceChange(before, after)


def undo_cadence(session: Session, change: CadenceChange) -> None:
    """Put the former cadence back."""
    _store(session, change.before)


def redo_cadence(session: Session, change: CadenceChange) -> None:
    """Store the changed cadence again."""
    _store(session, change.after)
