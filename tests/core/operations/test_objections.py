"""Objections on deals: checked, undoable; the playbook finds earlier answers by kind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from salesdesk.core.errors import InvalidFieldsError
from salesdesk.core.models import Customer, Deal, ObjectionKind, Stage
from salesdesk.core.operations.objections import delete_objection, save_objection
from salesdesk.core.queries.objections import objections_of, playbook
from salesdesk.core.store import Database

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def deals(database: Database) -> dict[str, int]:
    with database.transaction() as s:
        stage = s.scalars(select(Stage.id)).first()
        found = {}
        for name, title in (("Anna", "Chairs"), ("王芳", "5G 模块")):
            customer = Customer(name=name)
            s.add(customer)
            s.flush()
            deal = Deal(title=title, customer_id=customer.id, stage_id=stage, value=Decimal("1.00"))
            s.add(deal)
            s.flush()
            found[name] = customer.id
            found[title] = deal.id
        return found


def table(database: Database) -> list[tuple[object, ...]]:
    with database.sessions() as s:
        return [tuple(row) for row in s.execute(text("SELECT * FROM objections ORDER BY id"))]


def add(
    database: Database,
    deal_id: int,
    kind: ObjectionKind,
    said: str,
    answer: str = "",
    resolved: bool = False,
    at: datetime = NOW,
):  # noqa: ANN201
    with database.transaction() as s:
        return save_objection(
            s,
            None,
            deal_id=deal_id,
            kind=kind,
            text=said,
            response=answer,
            resolved=resolved,
            now=at,
        )


def test_record_change_resolve_and_undo_exactly(database: Database, deals: dict[str, int]) -> None:
    empty = table(database)
    added = add(database, deals["Chairs"], ObjectionKind.PRICE, "  Too expensive ")
    after_add = table(database)
    assert added.rows[0].after is not None and added.rows[0].after["text"] == "Too expensive"
    with database.transaction() as s:
        solved = save_objection(
            s,
            added.row_id,
            deal_id=deals["Chairs"],
            kind=ObjectionKind.PRICE,
            text="Too expensive",
            response="Leasing spreads the cost",
            resolved=True,
            now=NOW + timedelta(days=2),
        )
    assert solved.rows[0].after is not None
    assert solved.rows[0].after["resolved_at"] == NOW + timedelta(days=2)
    with database.transaction() as s:
        solved.undo(s)
    assert table(database) == after_add
    with database.transaction() as s:
        solved.redo(s)
        removed = delete_objection(s, added.row_id)  # type: ignore[arg-type]
    assert table(database) == empty
    with database.transaction() as s:
        removed.undo(s)
    assert [row[0] for row in table(database)] == [added.row_id]


def test_refused_objections_write_nothing(database: Database, deals: dict[str, int]) -> None:
    with pytest.raises(InvalidFieldsError) as raised:
        add(database, 9999, ObjectionKind.PRICE, "  ")
    assert [p.field for p in raised.value.problems] == ["text", "deal_id"]
    assert table(database) == []


def test_the_playbook_finds_answers_to_the_same_kind_across_customers(
    database: Database, deals: dict[str, int]
) -> None:
    add(
        database,
        deals["Chairs"],
        ObjectionKind.PRICE,
        "Too dear",
        "Total cost of ownership",
        resolved=True,
        at=NOW - timedelta(days=30),
    )
    add(database, deals["5G 模块"], ObjectionKind.PRICE, "太贵了", "分期付款", at=NOW)
    add(database, deals["5G 模块"], ObjectionKind.PRICE, "No budget this year")  # no answer yet
    add(database, deals["5G 模块"], ObjectionKind.COMPETITOR, "Rival is cheaper", "We service")
    with database.sessions() as s:
        book = playbook(s, ObjectionKind.PRICE)
        mine = objections_of(s, deals["王芳"])
    assert [(row.customer, row.response, row.resolved) for row in book] == [
        ("Anna", "Total cost of ownership", True),
        ("王芳", "分期付款", False),
    ]
    assert [row.text for row in mine][:1] != [] and all(not row.resolved for row in mine)
    assert {row.deal_title for row in mine} == {"5G 模块"}
