"""Objections a customer raised on a deal, the answers given, and the playbook across customers.

The playbook finds what was answered before to the same kind of objection (price, function,
service, competitor, resources, guarantees), resolved ones first: the rep's own best replies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.models import Customer, Deal, Objection, ObjectionKind
from salesdesk.core.operations.row_change import Row, remove_row, row_of, save_row

MAX_TEXT = 4000
KIND_TEXT = {
    ObjectionKind.PRICE: "Price",
    ObjectionKind.FUNCTION: "Function or performance",
    ObjectionKind.SERVICE: "After-sales service",
    ObjectionKind.COMPETITOR: "Competitor",
    ObjectionKind.RESOURCES: "Resources",
    ObjectionKind.GUARANTEE: "Guarantees",
}


@dataclass(frozen=True)
class ObjectionRow:
    """An objection as the card and the playbook show it."""

    id: int
    deal_id: int
    deal_title: str
    customer: str
    kind: ObjectionKind
    text: str
    response: str | None
    resolved: bool
    raised_at: datetime


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
        problems.append(FieldProblem("text", "write down what the customer said"))
    for field, value in (("text", said), ("response", answer)):
        if len(value) > MAX_TEXT:
            problems.append(FieldProblem(field, f"the text is longer than {MAX_TEXT} characters"))
    if session.get(Deal, deal_id) is None:
        problems.append(FieldProblem("deal_id", "choose the deal the objection was raised on"))
    if problems:
        raise InvalidFieldsError(problems)
    before = None
    if objection_id is not None:
        before = row_of(session, Objection, objection_id)
        if before is None:
            raise SalesDeskError(f"there is no objection {objection_id}")
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
        raise SalesDeskError(f"there is no objection {objection_id}")
    return remove_row(session, Objection, objection_id)


def _rows(session: Session, *conditions: object) -> list[ObjectionRow]:
    query = (
        select(
            Objection.id,
            Objection.deal_id,
            Deal.title,
            Customer.name,
            Objection.kind,
            Objection.text,
            Objection.response,
            Objection.resolved,
            Objection.raised_at,
        )
        .join(Deal, Deal.id == Objection.deal_id)
        .join(Customer, Customer.id == Deal.customer_id)
        .where(*conditions)  # type: ignore[arg-type]
    )
    return [ObjectionRow(*row) for row in session.execute(query)]


def objections_of(session: Session, customer_id: int) -> list[ObjectionRow]:
    """Return a customer's objections, open ones first, newest first."""
    rows = _rows(session, Deal.customer_id == customer_id)
    return sorted(rows, key=lambda row: (row.resolved, -row.raised_at.timestamp()))


def playbook(session: Session, kind: ObjectionKind, limit: int = 50) -> list[ObjectionRow]:
    """Return earlier answers to objections of ``kind``: resolved ones first, newest first."""
    rows = _rows(session, Objection.kind == kind, Objection.response.is_not(None))
    rows.sort(key=lambda row: (not row.resolved, -row.raised_at.timestamp()))
    return rows[:limit]
