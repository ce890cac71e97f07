"""What the rep learns about a customer's company: key people, news and rumours, purchases.

Each save or removal is one ``Change`` (exact undo and redo). Key people and news belong to
the customer's company; a purchase belongs to the customer (and their company, if any).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.i18n import noop, translate
from salesdesk.core.limits import amount_problem, day_problem
from salesdesk.core.models import Base, CompanyNews, Customer, DecisionRole, KeyPerson, Purchase
from salesdesk.core.operations.row_change import Row, remove_row, row_of, save_row

MAX_LINE = 200


def company_of(session: Session, customer_id: int) -> int:
    """Return the id of the customer's company; refuse when the customer has none."""
    company_id = session.scalar(select(Customer.company_id).where(Customer.id == customer_id))
    if company_id is None:
        raise SalesDeskError(
            translate("Customers", "name the customer's company first (Edit details…)")
        )
    return company_id


def _save(session: Session, model: type[Base], row_id: int | None, values: Row) -> Change:
    before = None
    if row_id is not None:
        before = row_of(session, model, row_id)
        if before is None:
            raise SalesDeskError(
                translate("Customers", "that entry no longer exists; open the card again")
            )
    return save_row(session, model, before, values)


def _text(problems: list[FieldProblem], field: str, text: str, what: str, limit: int) -> str:
    value = text.strip()
    if not value and what:
        problems.append(FieldProblem(field, translate("Customers", what)))
    elif len(value) > limit:
        problems.append(
            FieldProblem(
                field, translate("Customers", "the text is longer than %1 characters", limit)
            )
        )
    return value


def save_key_person(
    session: Session,
    person_id: int | None,
    customer_id: int,
    *,
    name: str,
    function: str,
    decision_role: DecisionRole | None,
    reports_to_id: int | None,
    character: str,
    goals: str,
    pressures: str,
) -> Change:
    """Add (``person_id`` None) or change a key person of the customer's company."""
    company_id = company_of(session, customer_id)
    problems: list[FieldProblem] = []
    values = {
        "company_id": company_id,
        "name": _text(problems, "name", name, noop("Customers", "write down the name"), MAX_LINE),
        "function": _text(problems, "function", function, "", MAX_LINE) or None,
        "decision_role": decision_role,
        "character": character.strip() or None,
        "goals": goals.strip() or None,
        "pressures": pressures.strip() or None,
    }
    if reports_to_id is not None:
        boss = session.get(KeyPerson, reports_to_id)
        if boss is None or boss.company_id != company_id or reports_to_id == person_id:
            problems.append(
                FieldProblem(
                    "reports_to_id", translate("Customers", "choose someone else of the company")
                )
            )
    if problems:
        raise InvalidFieldsError(problems)
    values["reports_to_id"] = reports_to_id
    return _save(session, KeyPerson, person_id, values)


def save_news(
    session: Session,
    news_id: int | None,
    customer_id: int,
    *,
    happened_on: date,
    headline: str,
    is_rumour: bool,
    source: str,
    today: date,
) -> Change:
    """Add or change a piece of company news (or a rumour)."""
    company_id = company_of(session, customer_id)
    problems: list[FieldProblem] = []
    values = {
        "company_id": company_id,
        "happened_on": happened_on,
        "headline": _text(
            problems, "headline", headline, noop("Customers", "write down what happened"), 300
        ),
        "is_rumour": is_rumour,
        "source": _text(problems, "source", source, "", MAX_LINE) or None,
    }
    if happened_on > today:
        problems.append(
            FieldProblem("happened_on", translate("Customers", "news cannot lie in the future"))
        )
    elif (message := day_problem(happened_on)) is not None:
        problems.append(FieldProblem("happened_on", message))
    if problems:
        raise InvalidFieldsError(problems)
    return _save(session, CompanyNews, news_id, values)


def save_purchase(
    session: Session,
    purchase_id: int | None,
    customer_id: int,
    *,
    description: str,
    supplier: str,
    purchased_on: date | None,
    amount: Decimal | None,
    currency: str,
) -> Change:
    """Add or change something the customer bought before, and from whom."""
    company_id = session.scalar(select(Customer.company_id).where(Customer.id == customer_id))
    problems: list[FieldProblem] = []
    code = currency.strip().upper()
    values = {
        "customer_id": customer_id,
        "company_id": company_id,
        "description": _text(
            problems, "description", description, noop("Customers", "say what was bought"), 2000
        ),
        "supplier": _text(problems, "supplier", supplier, "", MAX_LINE) or None,
        "purchased_on": purchased_on,
        "amount_cents": amount,
        "currency": code if amount is not None else None,
    }
    if amount is not None and amount.is_finite() and amount < 0:
        problems.append(
            FieldProblem("amount", translate("Customers", "the amount cannot be negative"))
        )
    elif amount is not None and (message := amount_problem(amount)) is not None:
        problems.append(FieldProblem("amount", message))
    if purchased_on is not None and (message := day_problem(purchased_on)) is not None:
        problems.append(FieldProblem("purchased_on", message))
    if amount is not None and not (len(code) == 3 and code.isascii() and code.isalpha()):
        problems.append(
            FieldProblem(
                "amount", translate("Customers", "the currency is a three-letter code such as EUR")
            )
        )
    if problems:
        raise InvalidFieldsError(problems)
    return _save(session, Purchase, purchase_id, values)


def _remove_company_row(
    session: Session, model: type[Base], customer_id: int, row_id: int
) -> Change:
    row = row_of(session, model, row_id)
    company_id = session.scalar(select(Customer.company_id).where(Customer.id == customer_id))
    owner_ok = row is not None and (
        row.get("customer_id") == customer_id
        or (row.get("company_id") is not None and row.get("company_id") == company_id)
    )
    if not owner_ok:
        raise SalesDeskError(
            translate("Customers", "that entry no longer exists; open the card again")
        )
    return remove_row(session, model, row_id)


def remove_key_person(session: Session, customer_id: int, person_id: int) -> Change:
    """Take a key person off the company; people who reported to them report to nobody.

    Undo puts the person back and restores who reported to them.
    """
    return _remove_company_row(session, KeyPerson, customer_id, person_id)


def remove_news(session: Session, customer_id: int, news_id: int) -> Change:
    """Take a piece of news (or a rumour) off the customer's company."""
    return _remove_company_row(session, CompanyNews, customer_id, news_id)


def remove_purchase(session: Session, customer_id: int, purchase_id: int) -> Change:
    """Take an earlier purchase off the customer's card."""
    return _remove_company_row(session, Purchase, customer_id, purchase_id)
