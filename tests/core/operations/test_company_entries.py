"""Key people, company news and purchases: checked, saved, removed and undone exactly."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from salesdesk.core.errors import InvalidFieldsError, SalesDeskError
from salesdesk.core.models import Company, Customer, DecisionRole, KeyPerson
from salesdesk.core.operations.company_entries import save_key_person, save_news, save_purchase
from salesdesk.core.operations.row_change import remove_row
from salesdesk.core.store import Database

TODAY = date(2026, 6, 1)


@pytest.fixture
def anna(database: Database) -> int:
    with database.transaction() as s:
        acme = Company(name="Acme GmbH")
        s.add(acme)
        s.flush()
        customer = Customer(name="Anna Schmidt", company_id=acme.id)
        s.add(customer)
        s.flush()
        return customer.id


def tables(database: Database) -> list[list[tuple[object, ...]]]:
    with database.sessions() as s:
        return [
            [tuple(r) for r in s.execute(text(f"SELECT * FROM {t} ORDER BY id"))]
            for t in ("key_people", "company_news", "purchases")
        ]


def person(s, anna: int, name: str, boss: int | None = None, person_id: int | None = None):  # noqa: ANN001, ANN201
    return save_key_person(
        s,
        person_id,
        anna,
        name=name,
        function="CFO",
        decision_role=DecisionRole.DECISION_MAKER,
        reports_to_id=boss,
        character="Analytical",
        goals="",
        pressures="Costs",
    )


def test_people_news_and_purchases_round_trip(database: Database, anna: int) -> None:
    start = tables(database)
    with database.transaction() as s:
        boss = person(s, anna, "Dr. Weber")
        cfo = person(s, anna, "Frau Lang", boss.row_id)
        news = save_news(
            s,
            None,
            anna,
            happened_on=date(2026, 5, 2),
            headline="New plant",
            is_rumour=True,
            source="Trade fair",
            today=TODAY,
        )
        bought = save_purchase(
            s,
            None,
            anna,
            description="Forklifts",
            supplier="Rival AG",
            purchased_on=None,
            amount=Decimal("40000.00"),
            currency="eur",
        )
    with database.sessions() as s:
        lang = s.get(KeyPerson, cfo.row_id)
        assert lang is not None and lang.reports_to_id == boss.row_id
    assert bought.rows[0].after is not None and bought.rows[0].after["currency"] == "EUR"
    after = tables(database)
    with database.transaction() as s:
        removed = remove_row(s, KeyPerson, cfo.row_id)  # type: ignore[arg-type]
        removed.undo(s)
    assert tables(database) == after
    with database.transaction() as s:
        for change in (bought, news, cfo, boss):
            change.undo(s)
    assert tables(database) == start
    with database.transaction() as s:
        for change in (boss, cfo, news, bought):
            change.redo(s)
    assert tables(database) == after


def test_bad_entries_are_refused(database: Database, anna: int) -> None:
    start = tables(database)
    with pytest.raises(InvalidFieldsError) as raised, database.transaction() as s:
        save_news(
            s,
            None,
            anna,
            happened_on=date(2027, 1, 1),
            headline=" ",
            is_rumour=False,
            source="",
            today=TODAY,
        )
    assert [p.field for p in raised.value.problems] == ["headline", "happened_on"]
    with pytest.raises(InvalidFieldsError, match="three-letter"), database.transaction() as s:
        save_purchase(
            s,
            None,
            anna,
            description="Vans",
            supplier="",
            purchased_on=None,
            amount=Decimal("10.00"),
            currency="euro",
        )
    with pytest.raises(InvalidFieldsError, match="someone else"), database.transaction() as s:
        person(s, anna, "Loop", boss=9999)
    with database.transaction() as s:
        loner = Customer(name="Solo")
        s.add(loner)
        s.flush()
        loner_id = loner.id
    with pytest.raises(SalesDeskError, match="company first"), database.transaction() as s:
        person(s, loner_id, "Nobody")
    assert tables(database) == start
