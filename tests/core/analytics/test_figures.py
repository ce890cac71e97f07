"""Key figures from a small hand-built history with known answers."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import update

from salesdesk.core.analytics.figures import figures
from salesdesk.core.analytics.won_deals import won_deals
from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Customer,
    Deal,
    DealStatus,
)
from salesdesk.core.money.totals import load_conversion
from salesdesk.core.store import Database
from tests.core.analytics.conftest import START, day, history
from tests.reasons import reason_named

END = START + timedelta(days=28)  # four weeks


def close(
    database: Database,
    title: str,
    status: DealStatus,
    when: int,
    value: str = "100.00",
    reason: str | None = None,
) -> None:
    with database.transaction() as s:
        reason_id = reason_named(s, reason) if reason else None
        s.execute(
            update(Deal)
            .where(Deal.title == title)
            .values(
                status=status, closed_at=day(when), value=Decimal(value), lost_reason_id=reason_id
            )
        )


def test_figures_of_a_small_history(database: Database, stage: dict[str, int]) -> None:
    history(database, stage, "a", [("New contact", 0), ("Qualified", 4), ("Won", 10)])
    history(database, stage, "b", [("New contact", 2), ("Won", 22)])
    history(database, stage, "c", [("New contact", 1), ("Qualified", 3), ("Lost", 5)])
    history(database, stage, "d", [("New contact", 1), ("Lost", 6)])
    history(database, stage, "old", [("New contact", -60), ("Won", -30)])  # before the period
    close(database, "a", DealStatus.WON, 10, "1000.00")
    close(database, "b", DealStatus.WON, 22, "3000.00")
    close(database, "c", DealStatus.LOST, 5, reason="Price")
    close(database, "d", DealStatus.LOST, 6, reason="Price")
    close(database, "old", DealStatus.WON, -30)
    with database.transaction() as s:
        kim = Customer(name="Kim")
        s.add(kim)
        s.flush()
        for n, kind in (
            (1, ActivityKind.VISIT),
            (2, ActivityKind.VISIT),
            (3, ActivityKind.CALL),
            (40, ActivityKind.VISIT),
        ):  # the last one after the period
            s.add(
                Activity(
                    kind=kind, customer_id=kim.id, starts_at=day(n), status=ActivityStatus.DONE
                )
            )
    with database.sessions() as s:
        measured = figures(s, START, END)
        won = won_deals(s, START, END, load_conversion(s, END.date()))
    assert (measured.won, measured.lost, measured.win_rate) == (2, 2, 0.5)
    assert (won.count, won.converted, won.average) == (2, 2, Decimal("2000.00"))
    assert measured.average_cycle_days == (10 + 20) / 2  # a: day 0 -> 10, b: day 2 -> 22
    # New contact stays ending in the period: a 4, b 20, c 2, d 5 days; Qualified: a 6, c 2.
    assert measured.days_in_stage == {"New contact": (4 + 20 + 2 + 5) / 4, "Qualified": 4.0}
    assert measured.lost_by_reason == {"Price": 2}
    assert (measured.visits_per_week, measured.calls_per_week) == (0.5, 0.25)


def test_an_empty_period_has_no_rates(database: Database) -> None:
    with database.sessions() as s:
        measured = figures(s, START, END)
    assert measured.win_rate is None and measured.average_cycle_days is None
    assert measured.days_in_stage == {}
