"""Target planning from stage probabilities (thin history) and from measured conversion."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import update

from salesdesk.core.analytics.target import plan_target
from salesdesk.core.models import Deal, DealStatus
from salesdesk.core.store import Database
from tests.core.analytics.conftest import START, day, history

NOW = START + timedelta(days=60)


def test_thin_history_plans_with_stage_probabilities(
    database: Database, stage: dict[str, int]
) -> None:
    history(database, stage, "won", [("New contact", 0), ("Won", 10)], DealStatus.WON)
    history(database, stage, "open", [("New contact", 1), ("Proposal", 5)])
    with database.transaction() as s:
        s.execute(
            update(Deal)
            .where(Deal.title == "won")
            .values(value=Decimal("5000.00"), closed_at=day(10))
        )
    with database.sessions() as s:
        plan = plan_target(s, Decimal("20000"), "EUR", START, NOW)
    assert (plan.average_deal, plan.deals_to_win) == (Decimal("5000.00"), 4)
    needs = {need.name: need for need in plan.stages}
    # New contact wins 10 %, Proposal 60 % of the time (the default probabilities).
    assert (needs["New contact"].needed, needs["New contact"].measured) == (40, False)
    assert (needs["Proposal"].needed, needs["Proposal"].holding, needs["Proposal"].gap) == (7, 1, 6)


def test_no_won_deal_in_the_currency_means_no_plan(database: Database) -> None:
    with database.sessions() as s:
        plan = plan_target(s, Decimal("1000"), "USD", START, NOW)
    assert plan.average_deal is None and plan.deals_to_win is None and plan.stages == ()


def test_enough_history_plans_with_measured_conversion(
    database: Database, stage: dict[str, int]
) -> None:
    # 10 deals enter Contracted, 5 are won: a Contracted deal wins half the time.
    for n in range(10):
        path = [("Contracted", n)] + ([("Won", 20 + n)] if n < 5 else [])
        history(database, stage, f"d{n}", path, DealStatus.WON if n < 5 else DealStatus.OPEN)
    with database.transaction() as s:
        s.execute(
            update(Deal)
            .where(Deal.status == DealStatus.WON)
            .values(value=Decimal("1000.00"), closed_at=day(30))
        )
    with database.sessions() as s:
        plan = plan_target(s, Decimal("3000"), "EUR", START, NOW)
    contracted = {need.name: need for need in plan.stages}["Contracted"]
    assert (plan.deals_to_win, contracted.measured, contracted.chance) == (3, True, 0.5)
    assert (contracted.needed, contracted.holding, contracted.gap) == (6, 5, 1)
