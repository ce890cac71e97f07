"""The board's cards: grouping, order, rotting, next-activity markers, weighted values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from salesdesk.core.board import NextActivity, load_board, load_cards, totals_by_currency
from salesdesk.core.models import (
    Activity,
    ActivityStatus,
    Company,
    Customer,
    CustomerTrait,
    CustomerTraitMark,
    Deal,
    DealStatus,
    Stage,
    Tier,
)
from salesdesk.core.store import Database

NOW = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def stages(database: Database) -> dict[str, int]:
    with database.sessions() as s:
        return {st.name: st.id for st in s.scalars(select(Stage))}


def add_deal(s, customer, stage_id, title, position, *, days=1, status=DealStatus.OPEN, **kw):
    deal = Deal(
        title=title,
        customer=customer,
        stage_id=stage_id,
        position=position,
        status=status,
        stage_entered_at=NOW - timedelta(days=days),
        value=kw.pop("value", Decimal("100.00")),
        **kw,
    )
    s.add(deal)
    s.flush()
    return deal


def test_board_groups_open_deals_by_stage_in_order(database: Database, stages) -> None:
    with database.transaction() as s:
        acme = Company(name="Hanil Logistics")
        kim = Customer(name="김민준", company=acme, tier=Tier.A)
        add_deal(s, kim, stages["Qualified"], "second", 1)
        add_deal(s, kim, stages["Qualified"], "first", 0)
        add_deal(s, kim, stages["Proposal"], "closed", 0, status=DealStatus.WON)
        add_deal(s, kim, stages["Proposal"], "paused", 1, status=DealStatus.SUSPENDED)
    with database.sessions() as s:
        board = load_board(s, NOW)
    assert [st.name for st in board.stages] == [
        "New contact",
        "Qualified",
        "Presented",
        "Proposal",
        "Negotiation",
        "Contracted",
    ]
    assert [st.name for st in board.outcomes] == ["Won", "Lost", "On hold"]
    assert [c.title for c in board.cards[stages["Qualified"]]] == ["first", "second"]
    assert board.cards[stages["Proposal"]] == []
    card = board.cards[stages["Qualified"]][0]
    assert (card.customer, card.company, card.tier) == ("김민준", "Hanil Logistics", Tier.A)
    assert "hanil" in card.search_text and "김민준" in card.search_text


def test_rotting_and_weighted_value(database: Database, stages) -> None:
    with database.transaction() as s:
        c = Customer(name="Ada")
        # New contact: 10 % and rots after 14 days.
        add_deal(s, c, stages["New contact"], "fresh", 0, days=14, value=Decimal("999.99"))
        add_deal(s, c, stages["New contact"], "stale", 1, days=15, probability_override=55)
    with database.sessions() as s:
        fresh, stale = load_board(s, NOW).cards[stages["New contact"]]
    assert (fresh.days_in_stage, fresh.rotting, fresh.probability) == (14, False, 10)
    assert fresh.weighted_value == Decimal("100.00")
    assert (stale.days_in_stage, stale.rotting, stale.probability) == (15, True, 55)
    assert stale.weighted_value == Decimal("55.00")


@pytest.mark.parametrize(
    ("offsets", "status", "marker"),
    [
        ([], ActivityStatus.PLANNED, NextActivity.NONE),
        ([-3], ActivityStatus.PLANNED, NextActivity.OVERDUE),
        ([0], ActivityStatus.PLANNED, NextActivity.TODAY),
        ([4, 2], ActivityStatus.PLANNED, NextActivity.FUTURE),
        ([-3], ActivityStatus.DONE, NextActivity.NONE),
    ],
)
def test_next_activity_marker(database: Database, stages, offsets, status, marker) -> None:
    with database.transaction() as s:
        c = Customer(name="Ada")
        deal = add_deal(s, c, stages["Presented"], "deal", 0)
        for days in offsets:
            s.add(
                Activity(
                    customer=c, deal_id=deal.id, status=status, starts_at=NOW + timedelta(days=days)
                )
            )
    with database.sessions() as s:
        (card,) = load_cards(s, NOW)[stages["Presented"]]
    assert card.next_activity is marker
    if marker is NextActivity.FUTURE:
        assert card.next_activity_at == NOW + timedelta(days=2)


def test_load_cards_for_some_deals_only(database: Database, stages) -> None:
    with database.transaction() as s:
        c = Customer(name="Ada")
        keep = add_deal(s, c, stages["Presented"], "keep", 0).id
        add_deal(s, c, stages["Presented"], "other", 1)
    with database.sessions() as s:
        cards = load_cards(s, NOW, [keep])
    assert [c.title for c in cards[stages["Presented"]]] == ["keep"]


def test_moved_card_and_totals(database: Database, stages) -> None:
    from salesdesk.core.board import moved_card, totals_by_currency

    with database.transaction() as s:
        c = Customer(name="Ada")
        add_deal(s, c, stages["New contact"], "eur", 0, days=30, value=Decimal("100.00"))
        add_deal(
            s,
            c,
            stages["New contact"],
            "usd",
            1,
            days=2,
            value=Decimal("50.50"),
            currency="USD",
            probability_override=50,
        )
    with database.sessions() as s:
        board = load_board(s, NOW)
    eur, usd = board.cards[stages["New contact"]]
    assert totals_by_currency([eur, usd]) == {
        "EUR": (Decimal("100.00"), Decimal("10.00")),
        "USD": (Decimal("50.50"), Decimal("25.25")),
    }
    proposal = next(st for st in board.stages if st.name == "Proposal")
    moved = moved_card(eur, proposal, NOW.date())
    assert (moved.stage_id, moved.probability, moved.days_in_stage, moved.rotting) == (
        proposal.id,
        60,
        0,
        False,
    )
    assert moved_card(usd, proposal, NOW.date()).probability == 50
    assert moved_card(eur, board.stages[0], NOW.date()) is eur


def test_card_filter(database: Database, stages) -> None:
    from salesdesk.core.board import CardFilter

    with database.transaction() as s:
        a = Customer(name="Zhang Wei", tier=Tier.A, company=Company(name="Shanghai Motors"))
        b = Customer(name="이서연", tier=Tier.C)
        add_deal(s, a, stages["Qualified"], "Fleet telematics", 0, days=40)
        add_deal(s, b, stages["Qualified"], "Printer lease", 1, days=1)
        s.add(Activity(customer=b, deal_id=2, starts_at=NOW + timedelta(days=1)))
    with database.sessions() as s:
        cards = load_board(s, NOW).cards[stages["Qualified"]]

    def titles(card_filter: CardFilter) -> list[str]:
        return [c.title for c in cards if card_filter.accepts(c)]

    assert titles(CardFilter()) == ["Fleet telematics", "Printer lease"]
    assert titles(CardFilter(text="  MOTORS ")) == ["Fleet telematics"]
    assert titles(CardFilter(text="서연")) == ["Printer lease"]
    assert titles(CardFilter(tier=Tier.C)) == ["Printer lease"]
    assert titles(CardFilter(rotting_only=True)) == ["Fleet telematics"]
    assert titles(CardFilter(without_next_activity=True)) == ["Fleet telematics"]
    assert titles(CardFilter(text="lease", rotting_only=True)) == []


def test_cards_carry_the_customers_qualification_score(
    database: Database, stages: dict[str, int]
) -> None:
    with database.transaction() as s:
        rated, unrated = Customer(name="Rated"), Customer(name="Unrated")
        s.add_all([rated, unrated])
        s.flush()
        add_deal(s, rated, stages["New contact"], "rated deal", 0)
        add_deal(s, unrated, stages["New contact"], "unrated deal", 1)
        s.add_all(
            CustomerTraitMark(customer_id=rated.id, trait=trait)
            for trait in (
                CustomerTrait.GOLD_NEARBY,
                CustomerTrait.GOLD_URGENT_NEED,
                CustomerTrait.POOR_FAR_AWAY,
            )
        )
    with database.sessions() as s:
        cards = load_cards(s, NOW)[stages["New contact"]]
    assert [(card.title, card.score) for card in cards] == [
        ("rated deal", 1),
        ("unrated deal", None),
    ]


def test_a_quick_first_read_holds_the_first_cards_and_the_figures_of_all(
    database: Database, stages
) -> None:
    with database.transaction() as s:
        ada = Customer(name="Ada")
        # New contact rots after 14 days: around that day, and in three currencies.
        for position, (days, value, currency, override) in enumerate(
            [
                (13, "100.10", "EUR", None),
                (14, "200.25", "EUR", 35),
                (15, "0.05", "USD", None),
                (40, "999999.99", "KRW", 100),
                (2, "12.34", "USD", 0),
            ]
        ):
            add_deal(
                s,
                ada,
                stages["New contact"],
                f"new {position}",
                position,
                days=days,
                value=Decimal(value),
                currency=currency,
                probability_override=override,
            )
        add_deal(s, ada, stages["Qualified"], "short", 0, days=90)
        add_deal(s, ada, stages["New contact"], "won", 9, status=DealStatus.WON, days=60)
        add_deal(s, ada, stages["New contact"], "held", 9, status=DealStatus.SUSPENDED, days=60)
    with database.sessions() as s:
        whole = load_board(s, NOW)
        quick = load_board(s, NOW, first=2)
        fitting = load_board(s, NOW, first=5)
    new = stages["New contact"]
    assert [c.title for c in quick.cards[new]] == ["new 0", "new 1"]
    assert quick.cards[new] == whole.cards[new][:2]
    assert set(quick.figures) == {new}  # the other columns are whole already
    assert quick.cards[stages["Qualified"]] == whole.cards[stages["Qualified"]]
    figures = quick.figures[new]
    cards = whole.cards[new]
    assert figures.count == len(cards) == 5
    assert figures.rotting == sum(card.rotting for card in cards) == 2
    assert figures.sums == totals_by_currency(cards)
    assert figures.sums["EUR"] == (Decimal("300.35"), Decimal("80.09750"))
    assert fitting.figures == {}  # every column fits: the whole board, as one read gives it
    assert fitting.cards == whole.cards
