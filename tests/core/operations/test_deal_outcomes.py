"""Outcomes: won, lost, on hold, resumed, reopened; each one stage move, undone exactly.

And the funnel keeps its definitions over them: a reopened deal enters its stage again, a deal
won after it was lost went on, and a deal's time on hold counts for no open stage.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from salesdesk.core.analytics.figures import figures
from salesdesk.core.analytics.funnel import funnel
from salesdesk.core.models import Customer, Deal, DealStatus, Stage, StageKind, StageMove
from salesdesk.core.operations.deal_moves import Loss, MoveError, move_deals
from salesdesk.core.operations.deal_outcomes import (
    mark_lost,
    mark_won,
    put_on_hold,
    reopen,
    resume,
)
from salesdesk.core.operations.stage_settings import StageDraft, apply_stage_settings
from salesdesk.core.queries.deal_lists import stages_left
from salesdesk.core.store import Database
from tests.reasons import reason_named

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def day(n: int) -> datetime:
    return T0 + timedelta(days=n)


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    """Deals d0, d1 in Proposal (entered day 0), d2 in New contact; stages and a reason."""
    found: dict[str, int] = {}
    with database.transaction() as s:
        found.update({stage.name: stage.id for stage in s.scalars(select(Stage))})
        found["price"] = reason_named(s, "Price too high")
        customer = Customer(name="Ines Duarte")
        s.add(customer)
        s.flush()
        for name, stage in (("d0", "Proposal"), ("d1", "Proposal"), ("d2", "New contact")):
            deal = Deal(
                title=name,
                customer_id=customer.id,
                stage_id=found[stage],
                value=Decimal("100.00"),
                stage_entered_at=T0,
                created_at=T0,
            )
            s.add(deal)
            s.flush()
            s.add(StageMove(deal_id=deal.id, to_stage_id=found[stage], moved_at=T0))
            found[name] = deal.id
    return found


def snapshot(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.sessions() as s:
        return {
            table: [tuple(r) for r in s.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in ("deals", "stage_moves")
        }


def state(database: Database, deal_id: int) -> tuple[object, ...]:
    with database.sessions() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        return deal.status, s.get(Stage, deal.stage_id).name, deal.stage_entered_at, deal.closed_at


def moves(database: Database, deal_id: int) -> list[tuple[str | None, str]]:
    with database.sessions() as s:
        names = dict(s.execute(select(Stage.id, Stage.name)).all())
        rows = s.execute(
            select(StageMove.from_stage_id, StageMove.to_stage_id)
            .where(StageMove.deal_id == deal_id)
            .order_by(StageMove.moved_at, StageMove.id)
        )
        return [(names.get(source), names[target]) for source, target in rows]


def run(database: Database, operation) -> object:  # noqa: ANN001
    with database.transaction() as s:
        return operation(s)


def test_each_outcome_is_one_stage_move_and_undoes_exactly(database, ids) -> None:
    steps = [
        (lambda s: mark_won(s, [ids["d0"]], day(1)), (DealStatus.WON, "Won")),
        (
            lambda s: reopen(s, [ids["d0"]], ids["Negotiation"], day(2)),
            (DealStatus.OPEN, "Negotiation"),
        ),
        (lambda s: put_on_hold(s, [ids["d0"]], day(3)), (DealStatus.SUSPENDED, "On hold")),
        (lambda s: resume(s, [ids["d0"]], day(4)), (DealStatus.OPEN, "Negotiation")),
        (
            lambda s: mark_lost(s, [ids["d0"]], Loss(ids["price"], "too dear"), day(5)),
            (DealStatus.LOST, "Lost"),
        ),
    ]
    for number, (operation, expected) in enumerate(steps, start=1):
        before = snapshot(database)
        change = run(database, operation).change
        after = snapshot(database)
        assert state(database, ids["d0"])[:2] == expected
        assert len(after["stage_moves"]) == len(before["stage_moves"]) + 1
        assert state(database, ids["d0"])[2] == day(number)  # entered the stage now
        with database.transaction() as s:
            change.undo(s)
        assert snapshot(database) == before
        with database.transaction() as s:
            change.redo(s)
        assert snapshot(database) == after
    assert moves(database, ids["d0"]) == [
        (None, "Proposal"),
        ("Proposal", "Won"),
        ("Won", "Negotiation"),
        ("Negotiation", "On hold"),
        ("On hold", "Negotiation"),
        ("Negotiation", "Lost"),
    ]
    status, _, _, closed = state(database, ids["d0"])
    assert (status, closed) == (DealStatus.LOST, day(5))
    with database.sessions() as s:
        lost = s.get(Deal, ids["d0"])
        assert (lost.lost_reason_id, lost.lost_detail) == (ids["price"], "too dear")


def test_hold_keeps_no_closing_date_and_resume_goes_back_on_top(database, ids) -> None:
    run(database, lambda s: put_on_hold(s, [ids["d1"]], day(3)))
    assert state(database, ids["d1"]) == (DealStatus.SUSPENDED, "On hold", day(3), None)
    with database.sessions() as s:
        assert stages_left(s, [ids["d1"]]) == {ids["d1"]: ids["Proposal"]}
    run(database, lambda s: resume(s, [ids["d1"]], day(9)))
    with database.sessions() as s:
        column = s.scalars(
            select(Deal.title).where(Deal.stage_id == ids["Proposal"]).order_by(Deal.position)
        ).all()
    assert column == ["d1", "d0"]  # on top of the stage it left
    assert state(database, ids["d1"])[2] == day(9)


def test_resume_into_a_stage_that_is_gone_needs_a_stage(database, ids) -> None:
    run(database, lambda s: put_on_hold(s, [ids["d1"]], day(1)))
    with database.transaction() as s:  # Proposal is removed (archived: history refers to it)
        kept = [
            StageDraft(st.id, st.name, st.probability, st.rot_days)
            for st in s.scalars(select(Stage).where(Stage.kind == StageKind.OPEN))
            if st.name != "Proposal"
        ]
        apply_stage_settings(s, kept, {ids["Proposal"]: ids["Negotiation"]}, day(2))
    before = snapshot(database)
    with pytest.raises(MoveError, match="stage the deal left is gone"), database.transaction() as s:
        resume(s, [ids["d1"]], day(3))
    assert snapshot(database) == before
    run(database, lambda s: resume(s, [ids["d1"]], day(3), ids["Qualified"]))
    assert state(database, ids["d1"])[:2] == (DealStatus.OPEN, "Qualified")


@pytest.mark.parametrize(
    ("first", "then", "message"),
    [
        (
            None,
            lambda ids: lambda s: reopen(s, [ids["d0"]], ids["Qualified"], day(1)),
            "won or lost can be reopened",
        ),
        (None, lambda ids: lambda s: resume(s, [ids["d0"]], day(1)), "on hold can be resumed"),
        (
            lambda ids: lambda s: mark_won(s, [ids["d0"]], day(1)),
            lambda ids: lambda s: put_on_hold(s, [ids["d0"]], day(2)),
            "open can be put on hold; one of them is won",
        ),
        (
            lambda ids: lambda s: mark_won(s, [ids["d0"]], day(1)),
            lambda ids: lambda s: mark_won(s, [ids["d0"], ids["d1"]], day(2)),
            "one of them is won",
        ),
        (None, lambda ids: lambda s: mark_lost(s, [ids["d0"]], Loss(999), day(1)), "no longer on"),
        (None, lambda ids: lambda s: reopen(s, [], ids["Qualified"], day(1)), "no deals"),
        (
            lambda ids: lambda s: mark_lost(s, [ids["d0"]], Loss(ids["price"]), day(1)),
            lambda ids: lambda s: reopen(s, [ids["d0"]], ids["Won"], day(2)),
            "open stage",
        ),
    ],
)
def test_an_outcome_that_does_not_fit_the_deal_is_refused(database, ids, first, then, message):
    if first is not None:
        run(database, first(ids))
    before = snapshot(database)
    with pytest.raises(MoveError, match=message), database.transaction() as s:
        then(ids)(s)
    assert snapshot(database) == before


def test_funnel_counts_reopened_and_won_after_lost(database, ids) -> None:
    """d2: New contact → Qualified → lost → reopened into Qualified → won (within the period)."""
    run(database, lambda s: move_deals(s, [ids["d2"]], ids["Qualified"], now=day(1)))
    run(database, lambda s: mark_lost(s, [ids["d2"]], Loss(ids["price"]), day(2)))
    with database.sessions() as s:
        lost_first = {st.stage_id: (st.entered, st.went_on) for st in funnel(s, T0, day(30)).stages}
    assert lost_first[ids["Qualified"]] == (1, 0)  # lost: it did not go on
    run(database, lambda s: reopen(s, [ids["d2"]], ids["Qualified"], day(4)))
    run(database, lambda s: mark_won(s, [ids["d2"]], day(6)))
    with database.sessions() as s:
        measured = funnel(s, T0, day(30))
        counted = {st.stage_id: (st.entered, st.went_on) for st in measured.stages}
        later = {st.stage_id: st.entered for st in funnel(s, day(3), day(30)).stages}
        key = figures(s, T0, day(30))
    assert counted[ids["New contact"]] == (1, 1)
    assert counted[ids["Qualified"]] == (1, 1)  # once per deal, and won after it was lost
    assert later[ids["Qualified"]] == 1  # reopening is an entry into the stage
    assert (key.won, key.lost) == (1, 0)  # it is won now


def test_time_on_hold_counts_for_no_open_stage(database, ids) -> None:
    """d1 in Proposal from day 0, on hold day 4 to day 20, then in Proposal again until day 22."""
    run(database, lambda s: put_on_hold(s, [ids["d1"]], day(4)))
    run(database, lambda s: resume(s, [ids["d1"]], day(20)))
    run(database, lambda s: mark_won(s, [ids["d1"]], day(22)))
    with database.sessions() as s:
        stays = figures(s, T0, day(30)).days_in_stage
        stages = {st.stage_id: (st.entered, st.went_on) for st in funnel(s, T0, day(30)).stages}
    assert stays["Proposal"] == pytest.approx((4 + 2) / 2)  # two stays: 4 days and 2 days
    assert "On hold" not in stays
    assert stages[ids["Proposal"]] == (2, 1)  # d0 and d1, each once (resuming re-enters)
