"""Changing the follow-up cadence per tier (how often A, B and C customers should be met)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import FieldProblem, InvalidFieldsError
from salesdesk.core.i18n import translate
from salesdesk.core.models import Setting, Tier
from salesdesk.core.operations.row_change import row_of


def set_cadence(session: Session, days: dict[Tier, int]) -> Change:
    """Store the follow-up cadence in days for the tiers given (1 to 365 each)."""
    wrong = [tier for tier, value in days.items() if not 1 <= value <= 365]
    if wrong:
        raise InvalidFieldsError(
            [
                FieldProblem(
                    f"tier_{tier.value}",
                    translate("Settings", "the cadence of tier %1 is 1 to 365 days", tier.value),
                )
                for tier in wrong
            ]
        )
    writer = RowWriter(session)
    for tier, value in days.items():
        key = f"cadence_days.{tier.value}"
        stored = row_of(session, Setting, key)
        if stored is None:
            writer.insert(Setting, {"key": key, "value": str(value)})
        elif stored["value"] != str(value):
            writer.update(Setting, key, {"value": str(value)})
    return writer.change()
