"""The travel times the day's route is checked with (settings, else the defaults)."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.models import Setting
from salesdesk.core.route import LIMITS, TravelRules

SETTING_PREFIX = "route."


def setting_key(rule: str) -> str:
    """Return the settings key of a travel rule ("route.between_cities")."""
    return SETTING_PREFIX + rule


def travel_rules(session: Session) -> TravelRules:
    """Return the travel rules; a missing or unreadable setting keeps its default."""
    stored = dict(
        session.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(SETTING_PREFIX))
        ).all()
    )
    values = {}
    for rule in fields(TravelRules):
        text = stored.get(setting_key(rule.name), "")
        low, high = LIMITS[rule.name]
        if text.isdigit() and low <= int(text) <= high:
            values[rule.name] = int(text)
    return TravelRules(**values)
