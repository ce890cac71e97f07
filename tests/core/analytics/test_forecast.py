"""Weighted forecast of this month and quarter, slipped deals and overdue follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from salesdesk.core import local_time
from salesdesk.core.analytics.forecast import (
    month_of,
    overdue_follow_ups,
    quarter_of,
    slipped_deals,
    weighted_forecast,
)
from salesdesk.core.models import (
    Activity,
    ActivityStatus,
    Customer,
    Deal,
    DealStatus,
    ExchangeRate,
    Stage,
)
from salesdesk.core.money.totals import load_conversion
from salesdesk.core.store import Database

TODAY = date(2026, 5, 14)


def add_deals(database: Database) -> None:
    """Deals around 14 May 2026 (default probabilities: Proposal 60 %, Qualified 20 % …)."""
    deals = [  # title, stage, value, currency, expected close, status, probability override
        ("may", "Proposal", "1000.00", "EUR", date(2026, 5, 20), DealStatus.OPEN, None),
        ("override", "Negotiation", "2000.00", "EUR", date(2026, 5, 31), DealStatus.OPEN, 25),
        ("usd", "Contracted", "1000.01", "USD", date(2026, 5, 28), DealStatus.OPEN, None),
        (
            "dated earlier",
            "New contact",
            "1000.00",
            "EUR",
            date(2026, 5, 13),
            DealStatus.OPEN,
            None,
        ),
        ("june", "Qualified", "3000.00", "EUR", date(2026, 6, 30), DealStatus.OPEN, None),
        ("april", "Presented", "500.00", "EUR", date(2026, 4, 10), DealStatus.OPEN, None),
        ("march", "Presented", "700.00", "EUR", date(2026, 3, 31), DealStatus.OPEN, None),
        ("july", "Proposal", "900.00", "EUR", date(2026, 7, 1), DealStatus.OPEN, None),
        ("undated", "New contact", "800.00", "EUR", None, DealStatus.OPEN, None),
        ("won", "Won", "5000.00", "EUR", date(2026, 5, 10), DealStatus.WON, None),
        ("on hold", "Proposal", "4000.00", "EUR", date(2026, 5, 20), DealStatus.SUSPENDED, None),
    ]
    with database.transaction() as s:
        stage = {row.name: row.id for row in s.scalars(select(Stage))}
        customer = Customer(name="Kim")
        s.add(customer)
        s.flush()
        for title, name, value, currency, expected, status, override in deals:
            s.add(
                Deal(
                    title=title,
                    customer_id=customer.id,
                    stage_id=stage[name],
                    value=Decimal(value),
                    currency=currency,
                    expected_close=expected,
                    status=status,
                    probability_override=override,
                )
            )


def test_calendar_month_and_quarter() -> None:
    assert month_of(TODAY) == (date(2026, 5, 1), date(2026, 5, 31))
    assert month_of(date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert month_of(date(2028, 2, 1)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert quarter_of(TODAY) == (date(2026, 4, 1), date(2026, 6, 30))
    assert quarter_of(date(2026, 12, 1)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert quarter_of(date(2026, 1, 1)) == (date(2026, 1, 1), date(2026, 3, 31))


def test_weighted_forecast_of_the_month_and_the_quarter(database: Database) -> None:
    add_deals(database)
    with database.transaction() as s:
        s.add(ExchangeRate(base="EUR", currency="USD", valid_from=TODAY, rate=Decimal("1.25")))
    with database.sessions() as s:
        conversion = load_conversion(s, TODAY)
        month = weighted_forecast(s, *month_of(TODAY), conversion)
        quarter = weighted_forecast(s, *quarter_of(TODAY), conversion)
        slipped = slipped_deals(s, TODAY)
    # May: may 1000 × 60 %, override 2000 × 25 % (its own), dated earlier 1000 × 10 %, and usd
    # 1000.01 × 95 %: 950.0095 USD, exact until the total (1 EUR = 1.25 USD: 760.0076 EUR).
    assert month.deals == 4
    assert month.value.by_currency == {"EUR": Decimal("4000.00"), "USD": Decimal("1000.01")}
    assert month.weighted.by_currency == {"EUR": Decimal("1200"), "USD": Decimal("950.0095")}
    assert month.weighted.amount == Decimal("1960.01")  # 1200 + 760.0076, rounded once
    assert month.value.amount == Decimal("4800.01")  # 4000 + 800.008
    assert month.weighted.converted and not month.weighted.missing
    # The quarter adds june 3000 × 20 % and april 500 × 40 %; march, july, undated, the won
    # and the suspended deal are in neither.
    assert quarter.deals == 6
    assert quarter.weighted.by_currency == {"EUR": Decimal("2000"), "USD": Decimal("950.0095")}
    assert quarter.value.by_currency["EUR"] == Decimal("7500.00")
    assert slipped == 3  # dated earlier (13 May), april, march; not the won deal


def test_a_forecast_without_a_rate_names_what_it_leaves_out(database: Database) -> None:
    add_deals(database)
    with database.sessions() as s:
        month = weighted_forecast(s, *month_of(TODAY), load_conversion(s, TODAY))
    assert month.weighted.amount == Decimal("1200.00")  # the euros only, never the raw dollars
    (missing,) = month.weighted.missing
    assert (missing.currency, missing.left_out) == ("USD", Decimal("950.0095"))


def test_nothing_expected_is_an_empty_forecast(database: Database) -> None:
    with database.sessions() as s:
        month = weighted_forecast(s, *month_of(TODAY), load_conversion(s, TODAY))
    assert (month.deals, month.value.parts, month.weighted.amount) == (0, (), Decimal(0))


def test_overdue_follow_ups_are_planned_activities_of_past_days(database: Database) -> None:
    noon = local_time.localize(datetime.combine(TODAY, time(12))).astimezone(UTC)
    midnight = local_time.day_start(TODAY)
    activities = [
        (noon - timedelta(days=2), ActivityStatus.PLANNED),  # overdue
        (midnight - timedelta(minutes=1), ActivityStatus.PLANNED),  # yesterday late: overdue
        (midnight, ActivityStatus.PLANNED),  # today: not yet
        (noon + timedelta(days=1), ActivityStatus.PLANNED),
        (noon - timedelta(days=3), ActivityStatus.DONE),
        (noon - timedelta(days=3), ActivityStatus.CANCELLED),
    ]
    with database.transaction() as s:
        kim = Customer(name="Kim")
        s.add(kim)
        s.flush()
        for starts_at, status in activities:
            s.add(Activity(customer_id=kim.id, starts_at=starts_at, status=status))
    with database.sessions() as s:
        assert overdue_follow_ups(s, TODAY) == 2
        assert overdue_follow_ups(s, TODAY - timedelta(days=5)) == 0
