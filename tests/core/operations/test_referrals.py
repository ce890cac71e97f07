"""Referrals: one to three names per ask, phones checked, duplicates refused, undo exact."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from salesdesk.core.errors import InvalidFieldsError
from salesdesk.core.models import Customer, ReferralStatus
from salesdesk.core.operations.referrals import ReferralInput, add_referrals
from salesdesk.core.queries.referrals import referrals_of
from salesdesk.core.store import Database

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def anna(database: Database) -> int:
    with database.transaction() as s:
        customer = Customer(name="Anna Schmidt")
        s.add(customer)
        s.flush()
        return customer.id


def table(database: Database) -> list[tuple[object, ...]]:
    with database.sessions() as s:
        return [tuple(row) for row in s.execute(text("SELECT * FROM referrals ORDER BY id"))]


def test_referrals_are_recorded_and_undone_exactly(database: Database, anna: int) -> None:
    people = [
        ReferralInput(" Jonas Weber ", "030 555 0100"),
        ReferralInput(""),
        ReferralInput("김민준"),
    ]
    with database.transaction() as s:
        added = add_referrals(s, anna, people, NOW, region="DE")
    assert added.changed and len(added.inserted("referrals")) == 2
    with database.sessions() as s:
        rows = referrals_of(s, anna)
    given = ReferralStatus.GIVEN
    assert {(r.name, r.phone, r.status) for r in rows} == {
        ("Jonas Weber", "+49 30 5550100", given),
        ("김민준", None, given),
    }
    after = table(database)
    with database.transaction() as s:
        added.undo(s)
    assert table(database) == []
    with database.transaction() as s:
        added.redo(s)
    assert table(database) == after


@pytest.mark.parametrize(
    ("people", "message"),
    [
        ([ReferralInput(" ")], "write down at least one name"),
        ([ReferralInput(n) for n in "ABCD"], "ask for at most 3 at a time"),
        ([ReferralInput("Jo", "12")], "is not a phone number"),
        ([ReferralInput("Jo"), ReferralInput("jo")], "jo was already named by this customer"),
    ],
)
def test_refused_referrals_write_nothing(
    database: Database, anna: int, people: list[ReferralInput], message: str
) -> None:
    with pytest.raises(InvalidFieldsError, match=message), database.transaction() as s:
        add_referrals(s, anna, people, NOW, region="DE")
    assert table(database) == []
