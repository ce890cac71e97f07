"""What the rep knows about a customer's company: key people, news and rumours, purchases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from salesdesk.core.models import CompanyNews, Customer, DecisionRole, KeyPerson, Purchase


@dataclass(frozen=True)
class KeyPersonRow:
    """A person who matters in the buying decision, placed in the org chart."""

    id: int
    name: str
    function: str | None
    decision_role: DecisionRole | None
    character: str | None
    goals: str | None
    pressures: str | None
    reports_to_id: int | None
    depth: int  # 0 at the top of the org chart


@dataclass(frozen=True)
class NewsRow:
    """A dated piece of company news, or a rumour."""

    id: int
    happened_on: date
    headline: str
    is_rumour: bool
    source: str | None


@dataclass(frozen=True)
class PurchaseRow:
    """Something the customer or the company bought before, and from whom."""

    id: int
    description: str
    supplier: str | None
    purchased_on: date | None
    amount: Decimal | None
    currency: str | None


@dataclass(frozen=True)
class CompanyKnowledge:
    """The company part of a profile card."""

    people: tuple[KeyPersonRow, ...]  # in org-chart order: each boss before their reports
    news: tuple[NewsRow, ...]  # newest first
    purchases: tuple[PurchaseRow, ...]  # newest first


def _org_chart(people: list[KeyPerson]) -> list[KeyPersonRow]:
    """Order people depth-first under their bosses (people whose boss is unknown at the top)."""
    ids = {person.id for person in people}
    reports: dict[int | None, list[KeyPerson]] = {}
    for person in people:
        boss = person.reports_to_id if person.reports_to_id in ids else None
        reports.setdefault(boss, []).append(person)
    ordered: list[KeyPersonRow] = []
    seen: set[int] = set()

    def visit(boss: int | None, depth: int) -> None:
        for person in reports.get(boss, []):
            if person.id in seen:
                continue  # a reporting loop in the data: show each person once
            seen.add(person.id)
            ordered.append(
                KeyPersonRow(
                    person.id,
                    person.name,
                    person.function,
                    person.decision_role,
                    person.character,
                    person.goals,
                    person.pressures,
                    person.reports_to_id,
                    depth,
                )
            )
            visit(person.id, depth + 1)

    visit(None, 0)
    return ordered


def company_knowledge(session: Session, customer_id: int, news_limit: int = 10) -> CompanyKnowledge:
    """Return the key people, recent news and purchases around a customer."""
    company_id = session.scalar(select(Customer.company_id).where(Customer.id == customer_id))
    people: list[KeyPerson] = []
    news: list[NewsRow] = []
    if company_id is not None:
        people = list(
            session.scalars(
                select(KeyPerson).where(KeyPerson.company_id == company_id).order_by(KeyPerson.id)
            )
        )
        news = [
            NewsRow(*row)
            for row in session.execute(
                select(
                    CompanyNews.id,
                    CompanyNews.happened_on,
                    CompanyNews.headline,
                    CompanyNews.is_rumour,
                    CompanyNews.source,
                )
                .where(CompanyNews.company_id == company_id)
                .order_by(CompanyNews.happened_on.desc())
                .limit(news_limit)
            )
        ]
    owner = Purchase.customer_id == customer_id
    if company_id is not None:
        owner = or_(owner, Purchase.company_id == company_id)
    purchases = [
        PurchaseRow(*row)
        for row in session.execute(
            select(
                Purchase.id,
                Purchase.description,
                Purchase.supplier,
                Purchase.purchased_on,
                Purchase.amount,
                Purchase.currency,
            )
            .where(owner)
            .order_by(Purchase.purchased_on.desc().nulls_last())
        )
    ]
    return CompanyKnowledge(tuple(_org_chart(people)), tuple(news), tuple(purchases))
