"""Saving the rep's preferences kept in the database (the money settings), as one undo step."""

from __future__ import annotations

from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import FieldProblem, InvalidFieldsError
from salesdesk.core.i18n import translate
from salesdesk.core.models import Setting
from salesdesk.core.money.formats import known_currency
from salesdesk.core.operations.row_change import row_of
from salesdesk.core.queries.preferences import DEFAULT_CURRENCY, REPORTING_CURRENCY, Preferences


def save_preferences(session: Session, wanted: Preferences) -> Change:
    """Store the reporting currency and the currency of new deals (ISO 4217 codes)."""
    values = {
        REPORTING_CURRENCY: wanted.reporting_currency.strip().upper(),
        DEFAULT_CURRENCY: wanted.default_currency.strip().upper(),
    }
    problems = [
        FieldProblem(key, translate("Settings", "“%1” is not an ISO 4217 currency code", code))
        for key, code in values.items()
        if not known_currency(code)
    ]
    if problems:
        raise InvalidFieldsError(problems)
    writer = RowWriter(session)
    for key, value in values.items():
        stored = row_of(session, Setting, key)
        if stored is None:
            writer.insert(Setting, {"key": key, "value": value})
        elif stored["value"] != value:
            writer.update(Setting, key, {"value": value})
    return writer.change()
