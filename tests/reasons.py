"""Lost reasons for tests: the id of a reason on the list by its name (added when missing)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.models import LostReason


def reason_named(session: Session, name: str) -> int:
    """Return the id of the reason called ``name``, adding it at the end of the list if new."""
    found = session.scalar(select(LostReason.id).where(LostReason.name == name))
    if found is not None:
        return found
    last = session.scalar(select(func.max(LostReason.position))) or 0
    reason = LostReason(name=name, position=last + 1)
    session.add(reason)
    session.flush()
    return reason.id
