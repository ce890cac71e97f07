"""The rep's agenda: activities day by day, customers due for a follow-up, birthdays ahead.

Days are the rep's local days: an activity at 23:30 UTC may belong to tomorrow here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.models import (
    Activity,
    ActivityStatus,
    Company,
    Customer,
    Deal,
    FamilyMember,
    ImportantDate,
    Setting,
    Tier,
    VisitChecklistItem,
)
from salesdesk.core.queries.customers import days_to_birthday
from salesdesk.core.queries.visits import VisitRow

DEFAULT_CADENCE = {Tier.A: 7, Tier.B: 14, Tier.C: 30}


def agenda(session: Session, first_day: date, days: int) -> dict[date, list[VisitRow]]:
    """Return every activity from ``first_day`` for ``days`` local days, by day, by time."""
    start = local_time.day_start(first_day)
    end = local_time.day_start(first_day + timedelta(days=days))
    found: dict[date, list[VisitRow]] = defaultdict(list)
    for visit in _visit_rows(session, Activity.starts_at >= start, Activity.starts_at < end):
        found[local_time.local_day(visit.starts_at)].append(visit)
    return {
        first_day + timedelta(days=n): found.get(first_day + timedelta(days=n), [])
        for n in range(days)
    }


def overdue_activities(session: Session, today: date) -> list[VisitRow]:
    """Return activities still planned although their day has passed (oldest first)."""
    before = local_time.day_start(today)
    return _visit_rows(
        session, Activity.starts_at < before, Activity.status == ActivityStatus.PLANNED
    )


def _visit_rows(session: Session, *conditions: Any) -> list[VisitRow]:
    checklist = (
        select(
            VisitChecklistItem.activity_id,
            func.count(VisitChecklistItem.id).label("total"),
            func.sum(case((VisitChecklistItem.done, 1), else_=0)).label("done"),
        )
        .group_by(VisitChecklistItem.activity_id)
        .subquery()
    )
    # Plain rows on the connection: a busy week has a thousand of them, no ORM needed.
    rows = session.connection().execute(
        select(
            Activity.id,
            Activity.starts_at,
            Activity.duration_minutes,
            Activity.kind,
            Activity.customer_id,
            Customer.name,
            Activity.place,
            Activity.objective,
            Activity.status,
            func.coalesce(checklist.c.done, 0),
            func.coalesce(checklist.c.total, 0),
            Deal.title,
            func.coalesce(Customer.city, Company.city),
            Customer.latitude,
            Customer.longitude,
            Activity.deal_id,
        )
        .join(Customer, Customer.id == Activity.customer_id)
        .outerjoin(Company, Company.id == Customer.company_id)
        .outerjoin(checklist, checklist.c.activity_id == Activity.id)
        .outerjoin(Deal, Deal.id == Activity.deal_id)
        .where(*conditions)
        .order_by(Activity.starts_at, Activity.id)
    )
    return [VisitRow(*row) for row in rows]


def cadence(session: Session) -> dict[Tier, int]:
    """Return the follow-up cadence in days per tier (settings, else the defaults)."""
    found = dict(DEFAULT_CADENCE)
    for tier in Tier:
        setting = session.get(Setting, f"cadence_days.{tier.value}")
        if setting is not None and setting.value.isdigit() and int(setting.value) > 0:
            found[tier] = int(setting.value)
    return found


@dataclass(frozen=True)
class DueCustomer:
    """A customer whose last contact is older than their tier's cadence."""

    customer_id: int
    name: str
    tier: Tier
    last_contact_on: date | None
    overdue_days: int  # days past the cadence (a never-contacted customer counts from today)


def due_customers(session: Session, today: date) -> list[DueCustomer]:
    """Return customers due for a follow-up, most overdue first.

    Customers with an activity already planned from today on are not due.
    """
    days = cadence(session)
    planned = select(Activity.customer_id).where(
        Activity.status == ActivityStatus.PLANNED,
        Activity.starts_at >= local_time.day_start(today),
    )
    rows = session.execute(
        select(Customer.id, Customer.name, Customer.tier, Customer.last_contact_on).where(
            Customer.id.not_in(planned)
        )
    )
    due = []
    for customer_id, name, tier, last in rows:
        overdue = (today - last).days - days[tier] if last else days[tier]
        if last is None or overdue > 0:
            due.append(DueCustomer(customer_id, name, tier, last, overdue))
    return sorted(due, key=lambda item: (-item.overdue_days, item.name))


@dataclass(frozen=True)
class Occasion:
    """A birthday or anniversary ahead: the customer's, a family member's, or a noted date."""

    customer_id: int
    customer: str
    person: str  # the customer's name, the family member's, or what the date is
    day: date
    in_days: int


def birthdays_ahead(session: Session, today: date, within_days: int = 14) -> list[Occasion]:
    """Return birthdays (customers, family) and yearly dates in the next ``within_days`` days."""
    sources = (
        select(Customer.id, Customer.name, Customer.name, Customer.birthday).where(
            Customer.birthday.is_not(None)
        ),
        select(Customer.id, Customer.name, FamilyMember.name, FamilyMember.birthday)
        .join(FamilyMember, FamilyMember.customer_id == Customer.id)
        .where(FamilyMember.birthday.is_not(None)),
        select(Customer.id, Customer.name, ImportantDate.label, ImportantDate.on_date)
        .join(ImportantDate, ImportantDate.customer_id == Customer.id)
        .where(ImportantDate.yearly.is_(True)),
    )
    found = []
    for query in sources:
        for customer_id, name, person, day in session.execute(query):
            days = days_to_birthday(day, today)
            if days <= within_days:
                found.append(
                    Occasion(customer_id, name, person, today + timedelta(days=days), days)
                )
    return sorted(found, key=lambda item: (item.in_days, item.customer, item.person))
