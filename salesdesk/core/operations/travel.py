"""Changing the travel times the day's route is checked with."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import FieldProblem, InvalidFieldsError
from salesdesk.core.models import Setting
from salesdesk.core.operations.row_change import row_of
from salesdesk.core.queries.travel import setting_key
from salesdesk.core.route import TravelRules, rules_problems


def set_travel_rules(session: Session, rules: TravelRules) -> Change:
    """Store the travel rules; a value out of range is refused and nothing is written."""
    if problems := rules_problems(rules):
        raise InvalidFieldsError([FieldProblem(name, text) for name, text in problems])
    writer = RowWriter(session)
    for rule in fields(TravelRules):
        key, value = setting_key(rule.name), str(getattr(rules, rule.name))
        stored = row_of(session, Setting, key)
        if stored is None:
            writer.insert(Setting, {"key": key, "value": value})
        elif stored["value"] != value:
            writer.update(Setting, key, {"value": value})
    return writer.change()
