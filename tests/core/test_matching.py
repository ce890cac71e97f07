"""One matching key for names, e-mails and phones; quick create and the editor use it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from salesdesk.core.matching import contact_key, name_key, phone_key
from salesdesk.core.models import BIRTHDAY_NO_YEAR, Company, Customer, Stage, StageKind
from salesdesk.core.operations.customer_editing import (
    ContactFields,
    contact_fields,
    update_contact,
)
from salesdesk.core.operations.deal_editing import quick_create_deal
from salesdesk.core.store import Database

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ärzte AG", "ÄRZTE  AG"),
        ("Ärzte AG", "A\u0308rzte ag"),
        ("Straße", "STRASSE"),
        ("Иван Петров", "иван петров"),
        ("Łukasz Nowak", "ŁUKASZ NOWAK"),
        ("ＡＢＣ", "abc"),
        ("Mehmet\u2028Özil", " mehmet özil\t"),
        ("Ǆemal", "ǆemal"),
    ],
)
def test_the_key_ignores_case_unicode_form_and_spacing(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


def test_names_that_differ_keep_different_keys() -> None:
    assert name_key("Anna Schmidt") != name_key("Anna Schmitt")
    assert name_key("王芳") != name_key("王方")


def test_phones_are_compared_in_e164_and_e_mails_folded() -> None:
    assert phone_key("+49 30 1234567") == phone_key("+49-30-123 4567") == "+49301234567"
    assert phone_key("not a number") is None
    assert contact_key("email", "Anna@Example.COM") == "anna@example.com"
    assert contact_key("other", "@anna") is None


@pytest.mark.parametrize("name", ["Mehmet Özil", "Łukasz Nowak", "Иван Петров"])
def test_quick_create_with_an_existing_name_is_the_existing_customer(
    database: Database, name: str
) -> None:
    with database.transaction() as s:
        stage = s.scalar(select(Stage.id).where(Stage.kind == StageKind.OPEN).limit(1))
        first = quick_create_deal(s, title="One", stage_id=stage, now=NOW, customer_name=name)
    typed = f" {name.upper()} " if name != "Mehmet Özil" else "Mehmet O\u0308zil"
    with database.transaction() as s:
        second = quick_create_deal(s, title="Two", stage_id=stage, now=NOW, customer_name=typed)
    assert second.customer_id == first.customer_id
    with database.sessions() as s:
        assert s.scalar(select(func.count(Customer.id))) == 1
        assert s.scalar(select(Customer.name_key)) == name_key(name)


def test_the_contact_editor_finds_the_company_and_keeps_keys(database: Database) -> None:
    with database.transaction() as s:
        s.add(Company(name="Ärzte AG"))
        customer = Customer(name="Anna")
        s.add(customer)
        s.flush()
        anna = customer.id
    fields = ContactFields(
        name="ANNA Schmidt",
        company="ärzte  ag",
        emails=("A@B.example",),
        birthday=date(1990, 4, 15),
        birthday_year_known=False,
    )
    with database.transaction() as s:
        update_contact(s, anna, fields, NOW)
    with database.sessions() as s:
        assert s.scalar(select(func.count(Company.id))) == 1
        row = s.get(Customer, anna)
        assert (row.name_key, row.company.name) == ("anna schmidt", "Ärzte AG")
        assert (row.birthday, row.birthday_year_known) == (date(BIRTHDAY_NO_YEAR, 4, 15), False)
        assert row.contacts[0].match_key == "a@b.example"
        assert contact_fields(s, anna).birthday_year_known is False
