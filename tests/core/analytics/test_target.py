"""Target planning from stage probabilities (thin history) and from measured conversion."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import update

from salesdesk.core import local_time
from salesdesk.core.analytics.target import plan_target
from salesdesk.core.models import Deal, DealStatus, ExchangeRate
from salesdesk.core.money.totals import load_conversion
from salesdesk.core.store import Database
from tests.core.analytics.conftest import START, day, history

NOW = START + timedelta(days=60)


def plan(database: Database, target: str, since=START):  # noqa: ANN001, ANN201
    with database.sessions() as s:
        today = local_time.local_day(NOW)
        conversion = load_conversion(s, today, local_time.local_day(since), today)
        return plan_target(s, Decimal(target), since, NOW, conversion)


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
    planned = plan(database, "20000")
    assert (planned.average_deal, planned.deals_to_win, planned.currency) == (
        Decimal("5000.00"),
        4,
        "EUR",
    )
    needs = {need.name: need for need in planned.stages}
    # New contact wins 10 %, Proposal 60 % of the time (the default probabilities).
    assert (needs["New contact"].needed, needs["New contact"].measured) == (40, False)
    assert (needs["Proposal"].needed, needs["Proposal"].holding, needs["Proposal"].gap) == (7, 1, 6)
    # Every stage lacks deals: the target is not covered, whatever the forecast says.
    assert not planned.covered
    assert planned.lacking[0].name == "New contact" and len(planned.lacking) == 6


def test_no_won_deal_means_no_plan(database: Database) -> None:
    planned = plan(database, "1000")
    assert planned.average_deal is None and planned.deals_to_win is None
    assert planned.stages == () and not planned.covered and planned.won.count == 0


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
    planned = plan(database, "3000")
    contracted = {need.name: need for need in planned.stages}["Contracted"]
    assert (planned.deals_to_win, contracted.measured, contracted.chance) == (3, True, 0.5)
    assert (contracted.needed, contracted.holding, contracted.gap) == (6, 5, 1)
    assert [need.name for need in planned.lacking][-1] == "Contracted"
    planned = plan(database, "2500")  # 3 to win still: 6 needed, 5 held
    assert not planned.covered


def test_a_stage_whose_deals_never_went_on_cannot_cover_a_target(
    database: Database, stage: dict[str, int]
) -> None:
    # 10 deals entered Negotiation and none went on; 10 entered Contracted, all won.
    for n in range(10):
        history(database, stage, f"n{n}", [("Negotiation", n)])
        history(database, stage, f"c{n}", [("Contracted", n), ("Won", 20 + n)], DealStatus.WON)
    with database.transaction() as s:
        s.execute(
            update(Deal)
            .where(Deal.status == DealStatus.WON)
            .values(value=Decimal("100.00"), closed_at=day(30))
        )
    planned = plan(database, "500")
    needs = {need.name: need for need in planned.stages}
    assert (needs["Negotiation"].chance, needs["Negotiation"].needed) == (0.0, None)
    assert needs["Negotiation"].gap is None and needs["Negotiation"] in planned.lacking
    assert (needs["Contracted"].chance, needs["Contracted"].needed) == (1.0, 5)
    assert not planned.covered


def test_the_average_converts_each_won_deal_at_its_close_days_rate(
    database: Database, stage: dict[str, int]
) -> None:
    """Two dollar deals closed on either side of a new rate: each at its own day's rate."""
    for title, closed in (("eur", 5), ("usd early", 10), ("usd late", 30), ("yen", 31)):
        currency = {"eur": "EUR", "yen": "JPY"}.get(title, "USD")
        history(
            database, stage, title, [("New contact", 0), ("Won", closed)], DealStatus.WON, currency
        )
        with database.transaction() as s:
            s.execute(
                update(Deal)
                .where(Deal.title == title)
                .values(value=Decimal("1000.00"), closed_at=day(closed))
            )
    with database.transaction() as s:
        s.add_all(
            [
                ExchangeRate(
                    base="EUR", currency="USD", valid_from=day(0).date(), rate=Decimal("1.25")
                ),
                ExchangeRate(
                    base="EUR", currency="USD", valid_from=day(20).date(), rate=Decimal("1.6")
                ),
            ]
        )
    planned = plan(database, "10000")
    won = planned.won
    # 1000 EUR + 1000 / 1.25 (800) + 1000 / 1.6 (625) = 2425 EUR over three deals; the yen deal
    # has no rate and is left out of the average, not added raw.
    assert (won.count, won.converted) == (4, 3)
    assert won.value.amount == Decimal("2425.00")
    assert planned.average_deal == Decimal("808.33")
    (missing,) = won.value.missing
    assert (missing.currency, missing.left_out) == ("JPY", Decimal("1000.00"))
    usd = next(part for part in won.value.parts if part.currency == "USD")
    assert [quote.rates[0].rate for quote in usd.quotes] == [Decimal("1.25"), Decimal("1.6")]
