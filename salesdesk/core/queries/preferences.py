"""The rep's preferences kept in the database: the reporting currency, new deals' currency.

Settings are text rows (``settings``); this module is where the money ones are read, with
the fall-backs a database made by an older SalesDesk needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.models import Setting

REPORTING_CURRENCY = "reporting_currency"
DEFAULT_CURRENCY = "default_currency"
FALLBACK_CURRENCY = "EUR"  # a database from before currencies were a setting


@dataclass(frozen=True)
class Preferences:
    """What the Preferences dialog shows and saves."""

    reporting_currency: str  # every total is shown in it
    default_currency: str  # new deals get it unless the rep says otherwise


def preferences(session: Session) -> Preferences:
    """Return the database's preferences (the reporting currency falls back to new deals').

    Read with the table's columns: the board reads it before its first paint (no ORM).
    """
    settings = Setting.__table__.c
    stored = dict(
        session.execute(
            select(settings.key, settings.value).where(
                settings.key.in_([REPORTING_CURRENCY, DEFAULT_CURRENCY])
            )
        ).all()
    )
    default = stored.get(DEFAULT_CURRENCY) or FALLBACK_CURRENCY
    return Preferences(stored.get(REPORTING_CURRENCY) or default, default)


def reporting_currency(session: Session) -> str:
    """Return the currency every total is shown in."""
    return preferences(session).reporting_currency


def default_currency(session: Session) -> str:
    """Return the currency new deals get unless the rep says otherwise."""
    return preferences(session).default_currency
