"""A small hand-built database content with known numbers, shared by query and UI tests.

NOW is the fixed "current time" the tests ask the queries about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Company,
    Customer,
    Deal,
    DealStatus,
    LostReason,
    Stage,
    StageMove,
    Tier,
    VisitChecklistItem,
)
from salesdesk.core.store import Database

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
MARKUP_NAME = "<b>Bold</b> & Co"


@dataclass
class World:
    """Ids of what ``build_world`` added."""

    customers: dict[str, int]
    deals: dict[str, int]
    activities: dict[str, int]


def _at(day: int, month: int = 3, hour: int = 12) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


def build_world(database: Database) -> World:
    """Add companies, customers (incl. Chinese and Korean names), deals and activities."""
    with database.transaction() as session:
        return _build(session)


def _build(session: Session) -> World:
    stages = {stage.name: stage for stage in session.scalars(select(Stage))}
    reasons = dict(session.execute(select(LostReason.name, LostReason.id)).all())
    acme = Company(name="Acme GmbH", city="Berlin")
    huawei = Company(name="华为技术有限公司", city="深圳")
    samsung = Company(name="삼성전자", city="서울")
    customers = {
        "anna": Customer(
            name="Anna Schmidt",
            company=acme,
            position="Head of Purchasing",
            tier=Tier.A,
            city="Berlin",
            last_contact_on=date(2026, 3, 1),
        ),
        "wang": Customer(
            name="王芳",
            company=huawei,
            position="采购经理",
            tier=Tier.B,
            city="深圳",
            last_contact_on=date(2026, 2, 20),
        ),
        "kim": Customer(
            name="김민준",
            company=samsung,
            position="구매 팀장",
            tier=Tier.A,
            city="서울",
        ),
        "bold": Customer(name=MARKUP_NAME, tier=Tier.C),
        "zoe": Customer(name="Zoe Young", tier=Tier.C, city="Leeds"),
    }
    session.add_all(customers.values())

    def deal(title: str, who: str, stage: str, value: str, currency: str = "EUR", **kw: object):
        item = Deal(
            title=title,
            customer=customers[who],
            stage=stages[stage],
            value=Decimal(value),
            currency=currency,
            **kw,
        )
        session.add(item)
        return item

    deals = {
        "chairs": deal("Office chairs", "anna", "New contact", "1000.00", stage_entered_at=_at(5)),
        "rack": deal(
            "Server rack", "anna", "New contact", "2500.50", position=1, stage_entered_at=_at(10, 2)
        ),
        "modules": deal(
            "5G 模块",
            "wang",
            "Proposal",
            "12000.00",
            "USD",
            probability_override=75,
            stage_entered_at=_at(3),
        ),
        "displays": deal(
            "디스플레이", "kim", "Proposal", "3333.33", position=1, stage_entered_at=_at(9)
        ),
        "fleet": deal("Fleet <i>deal</i>", "bold", "Negotiation", "0.01", stage_entered_at=_at(1)),
        "paused": deal(
            "Paused",
            "zoe",
            "On hold",
            "500.00",
            status=DealStatus.SUSPENDED,
            stage_entered_at=_at(2),
        ),
        "won1": deal("Won one", "anna", "Won", "800.00", status=DealStatus.WON, closed_at=_at(4)),
        "won2": deal(
            "Won two", "wang", "Won", "900.00", status=DealStatus.WON, closed_at=_at(20, 2)
        ),
        "lost": deal(
            "Lost one",
            "kim",
            "Lost",
            "700.00",
            status=DealStatus.LOST,
            closed_at=_at(6),
            lost_reason_id=reasons["Price too high"],
            lost_detail="20 % above the local dealer",
        ),
    }
    session.flush()
    # The held deal was put on hold from Qualified, where it had been for a week.
    session.add_all(
        [
            StageMove(
                deal=deals["paused"], to_stage_id=stages["Qualified"].id, moved_at=_at(23, 2)
            ),
            StageMove(
                deal=deals["paused"],
                from_stage_id=stages["Qualified"].id,
                to_stage_id=stages["On hold"].id,
                moved_at=_at(2),
            ),
        ]
    )

    def activity(who: str, kind: ActivityKind, starts_at: datetime, **kw: object) -> Activity:
        item = Activity(customer=customers[who], kind=kind, starts_at=starts_at, **kw)
        session.add(item)
        return item

    activities = {
        "visit": activity(
            "anna",
            ActivityKind.VISIT,
            _at(12, hour=9),
            place="Acme HQ, Berlin",
            objective="Present the chair range\nand agree on a trial",
            duration_minutes=90,
        ),
        "call": activity("wang", ActivityKind.CALL, _at(10, hour=15), objective="确认预算"),
        "done": activity(
            "kim",
            ActivityKind.VISIT,
            _at(5, hour=10),
            place="서울 본사",
            status=ActivityStatus.DONE,
        ),
        "old": activity("bold", ActivityKind.EMAIL, _at(1, month=1)),
        "far": activity("anna", ActivityKind.TASK, _at(1, month=8)),
    }
    activities["visit"].checklist = [
        VisitChecklistItem(text=f"Item {n}", position=n, done=n < 7) for n in range(12)
    ]
    activities["done"].checklist = [
        VisitChecklistItem(text=f"Step {n}", position=n, done=True) for n in range(3)
    ]
    session.flush()
    return World(
        customers={key: c.id for key, c in customers.items()},
        deals={key: d.id for key, d in deals.items()},
        activities={key: a.id for key, a in activities.items()},
    )
