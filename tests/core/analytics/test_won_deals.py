"""Won deals convert at the rate of their local close day, summed per rate period in SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from salesdesk.core import local_time
from salesdesk.core.analytics import won_deals as module
from salesdesk.core.analytics.won_deals import won_deals
from salesdesk.core.models import Customer, Deal, DealStatus, ExchangeRate, Stage, StageKind
from salesdesk.core.money.totals import load_conversion
from salesdesk.core.store import Database

APRIL = date(2026, 4, 1)


@pytest.mark.parametrize("periods", [module.MAX_RATE_PERIODS, -1])  # per period, one by one
def test_a_deal_closed_just_before_local_midnight_takes_that_days_rate(
    database: Database, monkeypatch: pytest.MonkeyPatch, periods: int
) -> None:
    monkeypatch.setattr(module, "MAX_RATE_PERIODS", periods)
    local_time.pin_zone(ZoneInfo("Asia/Kathmandu"))  # UTC+5:45
    with database.transaction() as s:
        won = s.scalars(select(Stage).where(Stage.kind == StageKind.WON)).one()
        who = Customer(name="Ada")
        s.add(who)
        s.add_all(
            ExchangeRate(base="EUR", currency="USD", valid_from=day, rate=rate)
            for day, rate in (
                (date(2026, 3, 1), Decimal("1.25")),
                (APRIL, Decimal("2")),
            )
        )
        for title, currency, value, closed in (
            # 31 March 23:59 in Kathmandu (18:14 UTC): the March rate.
            ("march", "USD", "125.00", datetime(2026, 3, 31, 18, 14, tzinfo=UTC)),
            # 1 April 00:00 in Kathmandu (31 March 18:15 UTC): the April rate.
            ("april", "USD", "2.00", datetime(2026, 3, 31, 18, 15, tzinfo=UTC)),
            ("late", "USD", "4.00", datetime(2026, 4, 20, tzinfo=UTC)),
            ("home", "EUR", "0.50", datetime(2026, 4, 2, tzinfo=UTC)),
            ("no rate", "KRW", "3000", datetime(2026, 4, 3, tzinfo=UTC)),
            ("before", "USD", "99.00", datetime(2026, 2, 27, tzinfo=UTC)),  # outside the span
        ):
            s.add(
                Deal(
                    title=title,
                    customer=who,
                    stage=won,
                    value=Decimal(value),
                    currency=currency,
                    status=DealStatus.WON,
                    closed_at=closed,
                )
            )
    start, end = local_time.days_span(date(2026, 3, 1), date(2026, 4, 30))
    with database.sessions() as s:
        conversion = load_conversion(s, date(2026, 5, 1), date(2026, 3, 1), date(2026, 4, 30))
        found = won_deals(s, start, end, conversion)
    # 125 / 1.25 + 2 / 2 + 4 / 2 + 0.50 = 103.50; the won is left out, not added.
    assert found.value.amount == Decimal("103.50")
    assert (found.count, found.converted) == (5, 4)
    assert [(p.currency, p.left_out) for p in found.value.missing] == [("KRW", Decimal(3000))]
    assert found.average == Decimal("25.88")  # 103.50 / 4, rounded half to even
