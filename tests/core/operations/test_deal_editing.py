"""Quick create, editing and holding deals: checks refuse bad input, undo and redo are exact."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from salesdesk.core.models import Customer, Deal, Stage
from salesdesk.core.operations.deal_editing import (
    DealValidationError,
    fields_of,
    quick_create_deal,
    update_deal,
)
from salesdesk.core.store import Database

NOW = datetime(2026, 4, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    """'New contact' holds a0, a1; a customer 'Anna Schmidt' exists."""
    with database.transaction() as s:
        found = {stage.name: stage.id for stage in s.scalars(select(Stage))}
        anna = Customer(name="Anna Schmidt")
        s.add(anna)
        s.flush()
        found["anna"] = anna.id
        for position, title in enumerate(("a0", "a1")):
            deal = Deal(
                title=title,
                customer_id=anna.id,
                stage_id=found["New contact"],
                position=position,
                value=Decimal("10.00"),
            )
            s.add(deal)
            s.flush()
            found[title] = deal.id
    return found


def snapshot(database: Database) -> list[list[tuple[object, ...]]]:
    with database.sessions() as s:
        return [
            [tuple(row) for row in s.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
            for table in ("customers", "deals", "stage_moves")
        ]


def column(database: Database, stage_id: int) -> list[tuple[str, int]]:
    with database.sessions() as s:
        query = select(Deal.title, Deal.position).where(Deal.stage_id == stage_id)
        return [tuple(row) for row in s.execute(query.order_by(Deal.position))]


def test_quick_create_puts_the_deal_on_top_with_history(
    database: Database, ids: dict[str, int]
) -> None:
    with database.transaction() as s:
        created = quick_create_deal(
            s,
            title="  Fleet renewal ",
            stage_id=ids["New contact"],
            now=NOW,
            customer_name="anna schmidt",
            value=Decimal("1200.50"),
        )
    assert created.customer_id == ids["anna"] and not created.change.inserted("customers")
    assert [title for title, _ in column(database, ids["New contact"])] == [
        "Fleet renewal",
        "a0",
        "a1",
    ]
    with database.sessions() as s:
        deal = s.get(Deal, created.deal_id)
        assert deal is not None
        assert (deal.value, deal.currency, deal.stage_entered_at) == (
            Decimal("1200.50"),
            "EUR",
            NOW,
        )
        assert [(m.from_stage_id, m.to_stage_id, m.moved_at) for m in deal.moves] == [
            (None, ids["New contact"], NOW)
        ]


def test_quick_create_with_a_new_customer_undoes_and_redoes_exactly(
    database: Database, ids: dict[str, int]
) -> None:
    before = snapshot(database)
    with database.transaction() as s:
        created = quick_create_deal(
            s, title="Printers", stage_id=ids["New contact"], now=NOW, customer_name="김민준"
        )
    after = snapshot(database)
    assert created.change.inserted("customers") and len(after[0]) == len(before[0]) + 1
    with database.transaction() as s:
        created.change.undo(s)
    assert snapshot(database) == before
    with database.transaction() as s:
        created.change.redo(s)
    assert snapshot(database) == after


@pytest.mark.parametrize(
    ("title", "customer", "value", "message"),
    [
        ("   ", "Anna Schmidt", "1", "the deal needs a title"),
        ("x" * 201, "Anna Schmidt", "1", "the title is longer than 200 characters"),
        ("Chairs", "", "1", "name the customer"),
        ("Chairs", "Anna Schmidt", "-5", "the value cannot be negative"),
        ("Chairs", "Anna Schmidt", "1.005", "the value has more than two decimals"),
        ("Chairs", "Anna Schmidt", "1e15", "the value is too large (at most 9,999,999,999,999.99)"),
        ("Chairs", "Anna Schmidt", "1e13", "the value is too large (at most 9,999,999,999,999.99)"),
        ("Chairs", "Anna Schmidt", "NaN", "the value must be a number"),
    ],
)
def test_quick_create_refuses_bad_input_and_writes_nothing(
    database: Database, ids: dict[str, int], title: str, customer: str, value: str, message: str
) -> None:
    before = snapshot(database)
    with pytest.raises(DealValidationError) as raised, database.transaction() as s:
        quick_create_deal(
            s,
            title=title,
            stage_id=ids["New contact"],
            now=NOW,
            customer_name=customer,
            value=Decimal(value),
        )
    assert str(raised.value) == message
    assert snapshot(database) == before


def test_quick_create_only_in_open_stages(database: Database, ids: dict[str, int]) -> None:
    with pytest.raises(DealValidationError, match="open stages"), database.transaction() as s:
        quick_create_deal(s, title="x", stage_id=ids["Won"], now=NOW, customer_id=ids["anna"])


def test_update_checks_every_field_and_names_each_problem(
    database: Database, ids: dict[str, int]
) -> None:
    before = snapshot(database)
    with database.sessions() as s:
        fields = fields_of(s, ids["a0"])
    bad = replace(fields, title="", customer_id=9999, currency="E1", probability_override=120)
    with pytest.raises(DealValidationError) as raised, database.transaction() as s:
        update_deal(s, ids["a0"], bad)
    assert [p.field for p in raised.value.problems] == [
        "title",
        "customer_id",
        "currency",
        "probability_override",
    ]
    assert snapshot(database) == before


def test_update_saves_trimmed_fields_and_undo_redo_restore(
    database: Database, ids: dict[str, int]
) -> None:
    before = snapshot(database)
    with database.sessions() as s:
        fields = fields_of(s, ids["a0"])
    wanted = replace(
        fields,
        title=" Chairs ",
        currency="usd",
        expected_close=date(2026, 6, 30),
        probability_override=35,
        notes="  ",
        bant_need=" New office ",
        bant_need_ok=True,
    )
    with database.transaction() as s:
        edit = update_deal(s, ids["a0"], wanted)
    assert edit.changed
    with database.sessions() as s:
        deal = s.get(Deal, ids["a0"])
        assert deal is not None
        assert (deal.title, deal.currency, deal.notes, deal.bant_need, deal.bant_need_ok) == (
            "Chairs",
            "USD",
            None,
            "New office",
            True,
        )
        assert (deal.expected_close, deal.probability_override) == (date(2026, 6, 30), 35)
    after = snapshot(database)
    with database.transaction() as s:
        edit.change.undo(s)
    assert snapshot(database) == before
    with database.transaction() as s:
        edit.change.redo(s)
    assert snapshot(database) == after
