"""Answering a guiding question on a customer's profile card, with an exact undo and redo.

An answer is one profile entry per customer and question; a blank answer removes it. The
change keeps the entry row before and after, so undo and redo restore it with the same id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.models import Customer, ProfileEntry, ProfileQuestion

MAX_ANSWER = 4000
_COLUMNS = ("id", "customer_id", "section", "question_id", "prompt", "answer", "important",
            "position", "updated_at")  # fmt: skip

Row = dict[str, Any]


class AnswerError(SalesDeskError):
    """An answer that cannot be saved."""


@dataclass(frozen=True)
class AnswerChange:
    """The entry of one question before and after an edit (None: no entry)."""

    entry_id: int | None
    before: Row | None
    after: Row | None

    @property
    def changed(self) -> bool:
        """Return True when the edit changed anything."""
        return self.before != self.after


def _entry(session: Session, customer_id: int, question_id: int) -> Row | None:
    columns = [getattr(ProfileEntry, name) for name in _COLUMNS]
    row = session.execute(
        select(*columns)
        .where(ProfileEntry.customer_id == customer_id, ProfileEntry.question_id == question_id)
        .order_by(ProfileEntry.id)
        .limit(1)
    ).first()
    return dict(zip(_COLUMNS, row, strict=True)) if row else None


def set_answer(
    session: Session,
    customer_id: int,
    question_id: int,
    text: str,
    now: datetime,
    *,
    important: bool | None = None,
) -> AnswerChange:
    """Save ``text`` as the customer's answer to a question (blank removes the answer)."""
    question = session.get(ProfileQuestion, question_id)
    if question is None:
        raise AnswerError(f"there is no question {question_id}")
    if session.get(Customer, customer_id) is None:
        raise AnswerError(f"there is no customer {customer_id}")
    answer = text.strip()
    if len(answer) > MAX_ANSWER:
        raise AnswerError(f"the answer is longer than {MAX_ANSWER} characters")
    before = _entry(session, customer_id, question_id)
    after = None
    if answer:
        after = dict(before) if before else {
            "id": None, "customer_id": customer_id, "section": question.section,
            "question_id": question_id, "important": False, "position": question.position,
        }  # fmt: skip
        after.update(prompt=question.prompt, answer=answer, updated_at=now)
        if important is not None:
            after["important"] = important
        if before and all(after[key] == before[key] for key in ("answer", "important")):
            after = before  # nothing new: keep the row as it is
    change = AnswerChange(before["id"] if before else None, before, after)
    if not change.changed:
        return change
    entry_id = _write(session, before, after)
    if after is not None and after["id"] is None:
        after = {**after, "id": entry_id}
        change = AnswerChange(entry_id, before, after)
    return change


def _write(session: Session, current: Row | None, wanted: Row | None) -> int | None:
    """Replace the entry ``current`` with ``wanted`` (either may be None); return its id."""
    if current is not None:
        session.execute(delete(ProfileEntry).where(ProfileEntry.id == current["id"]))
    entry_id = None
    if wanted is not None:
        values = {key: value for key, value in wanted.items() if value is not None or key != "id"}
        entry_id = session.execute(
            insert(ProfileEntry).returning(ProfileEntry.id), values
        ).scalar_one()
    session.expire_all()
    return entry_id


def undo_answer(session: Session, change: AnswerChange) -> None:
    """Put the entry back as it was before ``change``."""
    _write(session, change.after, change.before)


def redo_answer(session: Session, change: AnswerChange) -> None:
    """Make ``change`` again (same entry id)."""
    _write(session, change.before, change.after)
