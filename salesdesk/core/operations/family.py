"""A customer's family members and important dates: add, change, remove, each undoable."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from salesdesk.core.changes import Change
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.limits import day_problem
from salesdesk.core.models import Base, Customer, DateKind, FamilyMember, ImportantDate, Relation
from salesdesk.core.operations.row_change import Row, remove_row, row_of, save_row

MAX_NAME = 200


def _change(
    session: Session, model: type[Base], row_id: int | None, customer_id: int, values: Row
) -> Change:
    if session.get(Customer, customer_id) is None:
        raise SalesDeskError(translate("Customers", "there is no customer %1", customer_id))
    before = None
    if row_id is not None:
        before = row_of(session, model, row_id)
        if before is None or before["customer_id"] != customer_id:
            raise SalesDeskError(
                translate("Customers", "that entry no longer exists; open the card again")
            )
    return save_row(session, model, before, {"customer_id": customer_id, **values})


def save_family_member(
    session: Session,
    member_id: int | None,
    customer_id: int,
    *,
    name: str,
    relation: Relation,
    birthday: date | None,
    notes: str,
    today: date,
) -> Change:
    """Add a family member (``member_id`` None) or change one; checked first."""
    problems = []
    if not name.strip():
        problems.append(FieldProblem("name", translate("Customers", "write down the name")))
    elif len(name.strip()) > MAX_NAME:
        problems.append(
            FieldProblem(
                "name", translate("Customers", "the name is longer than %1 characters", MAX_NAME)
            )
        )
    if birthday is not None and birthday > today:
        problems.append(
            FieldProblem("birthday", translate("Customers", "the birthday lies in the future"))
        )
    elif birthday is not None and (message := day_problem(birthday)) is not None:
        problems.append(FieldProblem("birthday", message))
    if problems:
        raise InvalidFieldsError(problems)
    values = {
        "name": name.strip(),
        "relation": relation,
        "birthday": birthday,
        "notes": notes.strip() or None,
    }
    return _change(session, FamilyMember, member_id, customer_id, values)


def save_important_date(
    session: Session,
    date_id: int | None,
    customer_id: int,
    *,
    label: str,
    kind: DateKind,
    on_date: date,
    yearly: bool,
) -> Change:
    """Add an important date (``date_id`` None) or change one; checked first."""
    if not label.strip():
        raise InvalidFieldsError(
            [FieldProblem("label", translate("Customers", "say what the date is"))]
        )
    if len(label.strip()) > MAX_NAME:
        raise InvalidFieldsError(
            [
                FieldProblem(
                    "label",
                    translate("Customers", "the text is longer than %1 characters", MAX_NAME),
                )
            ]
        )
    if (message := day_problem(on_date)) is not None:
        raise InvalidFieldsError([FieldProblem("on_date", message)])
    values = {"label": label.strip(), "kind": kind, "on_date": on_date, "yearly": yearly}
    return _change(session, ImportantDate, date_id, customer_id, values)


def _remove_own(session: Session, model: type[Base], customer_id: int, row_id: int) -> Change:
    row = row_of(session, model, row_id)
    if row is None or row["customer_id"] != customer_id:
        raise SalesDeskError(
            translate("Customers", "that entry no longer exists; open the card again")
        )
    return remove_row(session, model, row_id)


def remove_family_member(session: Session, customer_id: int, member_id: int) -> Change:
    """Take a family member off a customer's card (undo puts them back)."""
    return _remove_own(session, FamilyMember, customer_id, member_id)


def remove_important_date(session: Session, customer_id: int, date_id: int) -> Change:
    """Take an important date off a customer's card (undo puts it back)."""
    return _remove_own(session, ImportantDate, customer_id, date_id)
