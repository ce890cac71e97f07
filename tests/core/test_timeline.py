"""The story of a deal and of a customer: every kind of event, newest first, page by page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Customer,
    Deal,
    Objection,
    ObjectionKind,
    Stage,
    StageMove,
)
from salesdesk.core.operations.deal_moves import Loss, move_deals
from salesdesk.core.operations.deal_outcomes import mark_lost, put_on_hold, reopen, resume
from salesdesk.core.operations.notes import add_note
from salesdesk.core.queries.timeline import EventKind, customer_timeline, deal_timeline
from salesdesk.core.store import Database
from tests.reasons import reason_named

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def day(n: int, hour: int = 9) -> datetime:
    return T0 + timedelta(days=n, hours=hour - 9)


@pytest.fixture
def story(database: Database) -> dict[str, int]:
    """One customer with a deal that went through every outcome, another deal, a call."""
    ids: dict[str, int] = {}
    with database.transaction() as s:
        stages = {st.name: st.id for st in s.scalars(select(Stage))}
        price = reason_named(s, "Price too high")
        customer = Customer(name="Mara Jovanović")
        s.add(customer)
        s.flush()
        deals = []
        for title in ("Forklifts", "Racks"):
            deal = Deal(
                title=title,
                customer_id=customer.id,
                stage_id=stages["New contact"],
                value=Decimal("10.00"),
                stage_entered_at=T0,
                created_at=T0,
            )
            s.add(deal)
            s.flush()
            s.add(StageMove(deal_id=deal.id, to_stage_id=stages["New contact"], moved_at=T0))
            deals.append(deal.id)
        forklifts, racks = deals
        move_deals(s, [forklifts], stages["Qualified"], now=day(3))
        put_on_hold(s, [forklifts], day(5))
        resume(s, [forklifts], day(12))
        mark_lost(s, [forklifts], Loss(price, "20 % dearer than the dealer"), day(15))
        reopen(s, [forklifts], stages["Proposal"], day(20))
        s.add_all(
            [
                Objection(
                    deal_id=forklifts,
                    kind=ObjectionKind.PRICE,
                    text="Too dear",
                    response="Leasing offer",
                    resolved=True,
                    raised_at=day(4),
                    resolved_at=day(8),
                ),
                Activity(
                    customer_id=customer.id,
                    deal_id=forklifts,
                    kind=ActivityKind.VISIT,
                    starts_at=day(2, 14),
                    status=ActivityStatus.DONE,
                    objective="Show the range",
                    outcome="Liked the electric model",
                ),
                Activity(
                    customer_id=customer.id,
                    kind=ActivityKind.CALL,
                    starts_at=day(25, 11),
                    objective="Ask about the second site",
                ),
            ]
        )
        add_note(s, customer.id, forklifts, "Wants a demo at the depot", day(6))
        add_note(s, customer.id, None, "Moving offices in spring", day(7))
        ids.update(customer=customer.id, forklifts=forklifts, racks=racks, price=price)
    return ids


def test_a_deals_story_has_every_kind_of_event_newest_first(database, story) -> None:
    with database.sessions() as s:
        events = deal_timeline(s, story["forklifts"])
    kinds = [event.kind for event in events]
    assert kinds == [
        EventKind.REOPENED,
        EventKind.LOST,
        EventKind.RESUMED,
        EventKind.ANSWER,
        EventKind.NOTE,
        EventKind.HELD,
        EventKind.OBJECTION,
        EventKind.MOVED,
        EventKind.ACTIVITY,
        EventKind.CREATED,
    ]
    by_kind = {event.kind: event for event in events}
    assert (by_kind[EventKind.MOVED].from_stage, by_kind[EventKind.MOVED].stage) == (
        "New contact",
        "Qualified",
    )
    assert by_kind[EventKind.MOVED].days == pytest.approx(3)
    assert by_kind[EventKind.HELD].days == pytest.approx(2)  # in Qualified before the hold
    assert by_kind[EventKind.RESUMED].days == pytest.approx(7)  # on hold
    assert by_kind[EventKind.RESUMED].stage == "Qualified"
    assert by_kind[EventKind.REOPENED].from_stage == "Lost"
    assert by_kind[EventKind.LOST].label is None  # reopened since: no current loss
    assert by_kind[EventKind.ACTIVITY].text == "Liked the electric model"  # done: the outcome
    assert by_kind[EventKind.ANSWER].text == "Leasing offer"
    assert [e.at for e in events] == sorted((e.at for e in events), reverse=True)


def test_a_lost_deal_shows_why_on_its_loss(database, story) -> None:
    with database.transaction() as s:
        mark_lost(s, [story["forklifts"]], Loss(story["price"], "Still too dear"), day(30))
    with database.sessions() as s:
        loss = deal_timeline(s, story["forklifts"])[0]
    assert (loss.kind, loss.label, loss.text) == (
        EventKind.LOST,
        "Price too high",
        "Still too dear",
    )


def test_the_customers_story_covers_all_deals_calls_and_notes(database, story) -> None:
    with database.sessions() as s:
        events = customer_timeline(s, story["customer"])
    assert events[0].kind is EventKind.ACTIVITY and events[0].deal_id is None  # the call
    assert {event.deal_title for event in events} == {"Forklifts", "Racks", None}
    notes = [event.text for event in events if event.kind is EventKind.NOTE]
    assert notes == ["Moving offices in spring", "Wants a demo at the depot"]
    assert len(events) == 13


def test_pages_follow_one_another_without_gaps_or_repeats(database, story) -> None:
    with database.sessions() as s:
        everything = customer_timeline(s, story["customer"])
        first = customer_timeline(s, story["customer"], limit=5)
        second = customer_timeline(s, story["customer"], before=first[-1].at, limit=5)
        rest = customer_timeline(s, story["customer"], before=second[-1].at, limit=5)
    assert first + second + rest == everything
    assert len(rest) == 3
