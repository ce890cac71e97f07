"""Entering, changing, removing and importing exchange rates, each one undoable step.

Every way in (the rates dialog, a rates file, ``salesdesk rates``) checks with
``core.money.rate_entry``; a pair of currencies holds one rate per day, so a rate for a day
that has one already replaces it (an import) or is refused (the dialog names the clash).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.models import ExchangeRate
from salesdesk.core.money.rate_entry import RateEntry, normalized, rate_problems

_CHUNK = 300  # pairs per look-up, well below SQLite's variable limit


class RateValidationError(InvalidFieldsError):
    """A rate that cannot be stored; ``problems`` says which field and why."""


def _values(entry: RateEntry) -> dict[str, object]:
    return {
        "base": entry.base,
        "currency": entry.currency,
        "valid_from": entry.valid_from,
        "rate_units": entry.rate,
    }


def save_rate(session: Session, rate_id: int | None, entry: RateEntry) -> Change:
    """Store a new rate (``rate_id`` None) or change one; nothing is written when it is bad."""
    clean = normalized(entry)
    if problems := rate_problems(clean):
        raise RateValidationError(problems)
    if rate_id is not None and session.get(ExchangeRate, rate_id) is None:
        raise SalesDeskError(translate("Rates", "that rate no longer exists; open the rates again"))
    clash = session.scalar(
        select(ExchangeRate.id).where(
            ExchangeRate.base == clean.base,
            ExchangeRate.currency == clean.currency,
            ExchangeRate.valid_from == clean.valid_from,
        )
    )
    if clash is not None and clash != rate_id:
        raise RateValidationError(
            [
                FieldProblem(
                    "valid_from",
                    translate(
                        "Rates",
                        "1 %1 in %2 has a rate from %3 already; change that one",
                        clean.base,
                        clean.currency,
                        clean.valid_from.isoformat(),
                    ),
                )
            ]
        )
    writer = RowWriter(session)
    if rate_id is None:
        writer.insert(ExchangeRate, _values(clean))
    else:
        writer.update(ExchangeRate, rate_id, _values(clean))
    return writer.change()


def remove_rates(session: Session, rate_ids: Sequence[int]) -> Change:
    """Remove rates (undo puts them back)."""
    found = set(session.scalars(select(ExchangeRate.id).where(ExchangeRate.id.in_(rate_ids))))
    if missing := [rate_id for rate_id in rate_ids if rate_id not in found]:
        raise SalesDeskError(
            translate("Rates", "there is no rate %1; open the rates again", missing[0])
        )
    writer = RowWriter(session)
    writer.delete(ExchangeRate, *rate_ids)
    return writer.change()


@dataclass(frozen=True)
class RateImport:
    """What importing rates did: new rates, rates of a day replaced, rates already there."""

    added: int
    replaced: int
    unchanged: int
    change: Change


def import_rates(session: Session, entries: Sequence[RateEntry]) -> RateImport:
    """Store every rate of a file in one step; any bad rate refuses all of them.

    A rate for a pair and day that has one already replaces it (the file is the newer word).
    """
    clean = [normalized(entry) for entry in entries]
    problems = [problem for entry in clean for problem in rate_problems(entry)]
    if problems:
        raise RateValidationError(problems)
    stored = _stored(session, {(e.base, e.currency, e.valid_from) for e in clean})
    writer = RowWriter(session)
    added = replaced = unchanged = 0
    for entry in clean:
        key = (entry.base, entry.currency, entry.valid_from)
        if key not in stored:
            stored[key] = (writer.insert(ExchangeRate, _values(entry)), entry.rate)
            added += 1
        elif stored[key][1] == entry.rate:
            unchanged += 1
        else:
            writer.update(ExchangeRate, stored[key][0], {"rate_units": entry.rate})
            stored[key] = (stored[key][0], entry.rate)
            replaced += 1
    return RateImport(added, replaced, unchanged, writer.change())


def _stored(session: Session, keys: set[tuple[str, str, date]]) -> dict[tuple, tuple]:
    """Return (id, rate) of the stored rates with these (base, currency, day) keys."""
    found: dict[tuple, tuple] = {}
    ordered = sorted(keys)
    columns = (ExchangeRate.base, ExchangeRate.currency, ExchangeRate.valid_from)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        rows = session.execute(
            select(*columns, ExchangeRate.id, ExchangeRate.rate).where(tuple_(*columns).in_(chunk))
        )
        for base, currency, day, rate_id, rate in rows:
            found[(base, currency, day)] = (rate_id, rate)
    return found
