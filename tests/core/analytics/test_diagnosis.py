"""Each diagnosis rule triggered by the numbers that should trigger it, and not otherwise."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import update

from salesdesk.core.analytics.diagnosis import MIN_DEALS, diagnose, findings_for
from salesdesk.core.analytics.funnel import Funnel, FunnelStage
from salesdesk.core.models import Deal, DealStatus
from salesdesk.core.store import Database
from tests.core.analytics.conftest import START, history

NAMES = ["New contact", "Qualified", "Presented", "Proposal", "Negotiation", "Contracted"]
T = datetime(2026, 4, 1, tzinfo=UTC)


def shape(entered: list[int], went_on: list[int], open_now: list[int]) -> Funnel:
    return Funnel(
        T,
        T,
        tuple(
            FunnelStage(i, name, open_now[i], {"EUR": Decimal(0)}, entered[i], went_on[i])
            for i, name in enumerate(NAMES)
        ),
    )


def codes(measured: Funnel, open_deals: int, rotting: int = 0) -> list[str]:
    return [finding.code for finding in findings_for(measured, open_deals, rotting)]


HEALTHY = shape([20, 16, 12, 10, 8, 6], [16, 12, 10, 8, 6, 5], [4, 3, 3, 2, 2, 1])


def test_a_healthy_funnel_has_no_findings() -> None:
    assert codes(HEALTHY, 15) == []


def test_prospecting_stalled() -> None:
    stalled = shape([3, 16, 12, 10, 8, 6], [3, 12, 10, 8, 6, 5], [1, 4, 3, 3, 2, 2])
    assert "prospecting_stalled" in codes(stalled, 15)  # 3 new < 14 further down / 2


def test_proposals_weak() -> None:
    weak = shape([20, 10, 5, 2, 2, 1], [10, 5, 2, 2, 1, 1], [6, 5, 3, 1, 1, 0])
    found = findings_for(weak, 16, 0)
    (finding,) = [f for f in found if f.code == "proposals_weak"]
    assert finding.numbers == {"entered_first_stage": 20, "reached_proposal": 2}


def test_negotiation_stalls() -> None:
    piled = shape([20, 16, 12, 10, 8, 6], [16, 12, 10, 8, 6, 5], [2, 2, 2, 2, 6, 1])
    assert "negotiation_stalls" in codes(piled, 15)  # 6 of 15 >= a third


def test_bottleneck_and_rotting() -> None:
    stuck = shape([20, 16, 12, 10, 8, 6], [16, 12, 3, 8, 6, 5], [4, 3, 3, 2, 2, 1])
    found = {f.code: f for f in findings_for(stuck, 15, 4)}
    assert found["bottleneck"].title == "The bottleneck is “Presented”"
    assert found["bottleneck"].numbers["conversion"] == 0.25
    assert found["rotting"].numbers == {"rotting": 4, "open_deals": 15}


def test_too_little_data_says_nothing() -> None:
    few = MIN_DEALS - 1
    thin = shape([1, 1, 1, 0, 0, 0], [0, 0, 0, 0, 0, 0], [1, 2, 2, 2, 1, 1])
    assert codes(thin, few, few) == []  # everything looks bad, but there is too little to say


def test_diagnose_reads_rotting_deals_from_the_database(
    database: Database, stage: dict[str, int]
) -> None:
    for n in range(12):
        history(database, stage, f"deal {n}", [("New contact", n)])
    with database.transaction() as s:  # New contact rots after 14 days
        s.execute(update(Deal).values(stage_entered_at=START))
    with database.sessions() as s:
        found = diagnose(s, START, START + timedelta(days=30), START + timedelta(days=40))
    rotting = [f for f in found if f.code == "rotting"]
    assert rotting and rotting[0].numbers == {"rotting": 12, "open_deals": 12}


def test_a_deal_rots_once_more_than_its_rot_days_have_passed(
    database: Database, stage: dict[str, int]
) -> None:
    from salesdesk.core.analytics.diagnosis import rotting_counts

    history(database, stage, "rots", [("New contact", 0)])  # New contact rots after 14 days
    history(database, stage, "fresh", [("New contact", 0)])
    history(database, stage, "won", [("Won", 0)])  # not open: neither counted nor rotting
    now = START + timedelta(days=30)
    with database.transaction() as s:
        s.execute(
            update(Deal)
            .where(Deal.title == "rots")
            .values(stage_entered_at=now - timedelta(days=15))
        )
        fresh = now - timedelta(days=15) + timedelta(seconds=1)
        s.execute(update(Deal).where(Deal.title == "fresh").values(stage_entered_at=fresh))
        s.execute(update(Deal).where(Deal.title == "won").values(status=DealStatus.WON))
    with database.sessions() as s:
        assert rotting_counts(s, now) == (2, 1)  # 15 whole days > 14; 14 days 23:59:59 is not
