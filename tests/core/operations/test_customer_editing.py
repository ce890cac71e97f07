"""Editing a customer's contact details: checks name every refused field; undo is exact."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text

from salesdesk.core.errors import InvalidFieldsError
from salesdesk.core.models import (
    Company,
    ContactChannel,
    ContactKind,
    ContactMethod,
    Customer,
    Tier,
)
from salesdesk.core.operations.customer_editing import (
    ContactFields,
    contact_fields,
    update_contact,
)
from salesdesk.core.search import search_customers
from salesdesk.core.store import Database

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def anna(database: Database) -> int:
    with database.transaction() as s:
        acme = Company(name="Acme GmbH")
        s.add(acme)
        s.flush()
        customer = Customer(name="Anna Schmidt", company_id=acme.id, tier=Tier.B)
        s.add(customer)
        s.flush()
        s.add_all(
            [
                ContactMethod(
                    customer_id=customer.id,
                    kind=ContactKind.EMAIL,
                    label="work",
                    value="anna@acme.example",
                    position=0,
                ),
                ContactMethod(
                    customer_id=customer.id, kind=ContactKind.OTHER, value="@anna_s", position=1
                ),
            ]
        )
        return customer.id


def snapshot(database: Database) -> list[list[tuple[object, ...]]]:
    with database.sessions() as s:
        return [
            [tuple(row) for row in s.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in ("customers", "companies", "contact_methods")
        ]


def test_a_full_edit_is_saved_and_undone_exactly(database: Database, anna: int) -> None:
    before = snapshot(database)
    fields = ContactFields(
        name=" Anna Schmidt-Lang ",
        company="Globex AG",
        position="Head of Purchasing",
        tier=Tier.A,
        emails=("anna@acme.example", "ANNA@Globex.example"),
        phones=("030 1234567",),
        city="Berlin",
        birthday=date(1980, 1, 31),
        preferred_channel=ContactChannel.PHONE,
        notes="Prefers mornings",
    )
    with database.transaction() as s:
        edit = update_contact(s, anna, fields, NOW, region="DE")
    assert edit.changed and len(edit.inserted("companies")) == 1
    with database.sessions() as s:
        customer = s.get(Customer, anna)
        assert customer is not None
        assert (customer.name, customer.tier, customer.company.name) == (  # type: ignore[union-attr]
            "Anna Schmidt-Lang",
            Tier.A,
            "Globex AG",
        )
        contacts = s.execute(
            select(ContactMethod.kind, ContactMethod.label, ContactMethod.value).order_by(
                ContactMethod.position
            )
        ).all()
        assert [tuple(c) for c in contacts] == [
            (ContactKind.EMAIL, "work", "anna@acme.example"),  # kept, with its label
            (ContactKind.EMAIL, None, "ANNA@globex.example"),
            (ContactKind.PHONE, None, "+49 30 1234567"),
            (ContactKind.OTHER, None, "@anna_s"),
        ]
        assert search_customers(s, "globex") == [anna]
    after = snapshot(database)
    with database.transaction() as s:
        edit.undo(s)
    assert snapshot(database) == before
    with database.transaction() as s:
        edit.redo(s)
    assert snapshot(database) == after


def test_every_refused_field_is_named_and_nothing_is_saved(database: Database, anna: int) -> None:
    before = snapshot(database)
    fields = ContactFields(
        name="  ",
        emails=("anna@", "ok@example.com"),
        phones=("12",),
        postal_code="x" * 21,
        birthday=date(2030, 1, 1),
    )
    with pytest.raises(InvalidFieldsError) as raised, database.transaction() as s:
        update_contact(s, anna, fields, NOW, region="DE")
    assert [p.field for p in raised.value.problems] == [
        "name",
        "postal_code",
        "birthday",
        "emails",
        "phones",
    ]
    assert snapshot(database) == before


def test_saving_the_same_details_changes_nothing(database: Database, anna: int) -> None:
    fields = ContactFields(
        name="Anna Schmidt", company="acme gmbh", tier=Tier.B, emails=("anna@acme.example",)
    )
    with database.transaction() as s:
        edit = update_contact(s, anna, fields, NOW)
    assert not edit.changed


def test_coordinates_are_saved_read_back_and_undone(database: Database, anna: int) -> None:
    before = snapshot(database)
    with database.transaction() as s:
        edit = update_contact(
            s, anna, ContactFields(name="Anna Schmidt", coordinates=" 40.4168; -3.7038 "), NOW
        )
    with database.sessions() as s:
        customer = s.get(Customer, anna)
        assert customer is not None
        assert (customer.latitude, customer.longitude) == (40.4168, -3.7038)
        assert contact_fields(s, anna).coordinates == "40.4168, -3.7038"
    with database.transaction() as s:
        edit.undo(s)
    assert snapshot(database) == before


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("40.4168", "is not a place: write latitude, longitude"),
        ("91, 3", "the latitude is -90 to 90 degrees, not 91"),
        ("40.4, east", "'east' is not a longitude"),
    ],
)
def test_a_place_that_is_not_one_is_refused_and_nothing_is_saved(
    database: Database, anna: int, written: str, reason: str
) -> None:
    before = snapshot(database)
    with pytest.raises(InvalidFieldsError) as raised, database.transaction() as s:
        update_contact(s, anna, ContactFields(name="Anna Schmidt", coordinates=written), NOW)
    ((field, message),) = [(p.field, p.message) for p in raised.value.problems]
    assert field == "coordinates" and reason in message
    assert snapshot(database) == before
