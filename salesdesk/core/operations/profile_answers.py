"""Answering a guiding question on a customer's profile card, with an exact undo and redo.

An answer is one profile entry per customer and question; a blank answer removes it. The
change record keeps the entry row before and after, so undo and redo restore it with the
same id.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.models import Customer, FormSection, ProfileEntry, ProfileQuestion
from salesdesk.core.operations.row_change import remove_row, save_row

MAX_ANSWER = 4000
_COLUMNS = (
    "id",
    "customer_id",
    "section",
    "question_id",
    "prompt",
    "answer",
    "important",
    "position",
    "updated_at",
)

Row = dict[str, Any]


class AnswerError(SalesDeskError):
    """An answer that cannot be saved."""


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
) -> Change:
    """Save ``text`` as the customer's answer to a question (blank removes the answer)."""
    question = session.get(ProfileQuestion, question_id)
    if question is None:
        raise AnswerError(translate("Customers", "there is no question %1", question_id))
    if session.get(Customer, customer_id) is None:
        raise AnswerError(translate("Customers", "there is no customer %1", customer_id))
    answer = text.strip()
    if len(answer) > MAX_ANSWER:
        raise AnswerError(
            translate("Customers", "the answer is longer than %1 characters", MAX_ANSWER)
        )
    before = _entry(session, customer_id, question_id)
    if not answer:
        return remove_row(session, ProfileEntry, before["id"]) if before else Change()
    values: Row = {"prompt": question.prompt, "answer": answer, "updated_at": now}
    if important is not None:
        values["important"] = important
    if before is None:
        values.update(
            customer_id=customer_id,
            section=question.section,
            question_id=question_id,
            position=question.position,
        )
        values.setdefault("important", False)
    elif all(values.get(key, before[key]) == before[key] for key in ("answer", "important")):
        return Change()  # nothing new: keep the row as it is (and its time stamp)
    return save_row(session, ProfileEntry, before, values)


def add_fact(
    session: Session, customer_id: int, section: FormSection, text: str, now: datetime
) -> Change:
    """Note a free fact in a section of a customer's profile (undo removes it)."""
    if session.get(Customer, customer_id) is None:
        raise AnswerError(translate("Customers", "there is no customer %1", customer_id))
    fact = text.strip()
    if not fact:
        raise AnswerError(translate("Customers", "write the fact down first"))
    if len(fact) > MAX_ANSWER:
        raise AnswerError(
            translate("Customers", "the fact is longer than %1 characters", MAX_ANSWER)
        )
    last = session.scalar(
        select(func.max(ProfileEntry.position)).where(
            ProfileEntry.customer_id == customer_id, ProfileEntry.section == section
        )
    )
    row = {
        "customer_id": customer_id,
        "section": section,
        "question_id": None,
        "prompt": None,
        "answer": fact,
        "important": False,
        "position": (last or 0) + 1,
        "updated_at": now,
    }
    return save_row(session, ProfileEntry, None, row)


def remove_fact(session: Session, customer_id: int, entry_id: int) -> Change:
    """Take a free fact off a customer's profile (undo puts it back)."""
    row = session.get(ProfileEntry, entry_id)
    if row is None or row.customer_id != customer_id or row.question_id is not None:
        raise AnswerError(translate("Customers", "that fact no longer exists; open the card again"))
    return remove_row(session, ProfileEntry, entry_id)
