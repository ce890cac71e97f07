"""Recording the objections a customer raised on a deal and the answers given (undoable)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from salesdesk.core.changes import Change
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.models import Deal, Objection, ObjectionKind
from salesdesk.core.operations.row_change import Row, remove_row, row_of, save_row

MAX_TEXT = 4000


def save_objection(
    session: Session,
    objection_id: int | None,
    *,
    deal_id: int,
    kind: ObjectionKind,
    text: str,
    response: str,
    resolved: bool,
    now: datetime,
) -> Change:
    """Record a new objection (``objection_id`` None) or change one; checked first."""
    said, answer = text.strip(), response.strip()
    problems = []
    if not said:
        problems.append(
            FieldProblem("text", translate("Objections", "write down what the customer said"))
        )
    for field, value in (("text", said), ("response", answer)):
        if len(value) > MAX_TEXT:
            problems.append(
                FieldProblem(
                    field,
                    translate("Objections", "the text is longer than %1 characters", MAX_TEXT),
                )
            )
    if session.get(Deal, deal_id) is None:
        problems.append(
            FieldProblem(
                "deal_id", translate("Objections", "choose the deal the objection was raised on")
            )
        )
    if problems:
        raise InvalidFieldsError(problems)
    before = None
    if objection_id is not None:
        before = row_of(session, Objection, objection_id)
        if before is None:
            raise SalesDeskError(translate("Objections", "there is no objection %1", objection_id))
    values: Row = {
        "deal_id": deal_id,
        "kind": kind,
        "text": said,
        "response": answer or None,
        "resolved": resolved,
    }
    if before is None:
        values["raised_at"] = now
    was_resolved = bool(before and before["resolved"])
    if resolved and not was_resolved:
        values["resolved_at"] = now
    elif not resolved:
        values["resolved_at"] = None
    return save_row(session, Objection, before, values)


def delete_objection(session: Session, objection_id: int) -> Change:
    """Remove an objection (undo puts it back with the same id)."""
    if row_of(session, Objection, objection_id) is None:
        raise SalesDeskError(translate("Objections", "there is no objection %1", objection_id))
    return remove_row(session, Objection, objection_id)
