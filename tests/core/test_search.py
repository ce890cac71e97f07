"""Customer search: substrings in any script, every term must match, triggers keep it current."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, text, update

from salesdesk.core.models import (
    Company,
    ContactKind,
    ContactMethod,
    Customer,
    FormSection,
    ProfileEntry,
)
from salesdesk.core.search import TRIGGERS, search_customers, triggers_paused
from salesdesk.core.store import Database


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    with database.transaction() as s:
        huawei = Company(name="华为技术有限公司")
        acme = Company(name="Acme GmbH")
        s.add_all([huawei, acme])
        s.flush()
        found = {
            "wang": Customer(name="王芳", company_id=huawei.id, city="深圳"),
            "kim": Customer(name="김민준", notes="골프를 좋아함"),
            "anna": Customer(name="Anna Schmidt", company_id=acme.id, position="Einkauf"),
            "bold": Customer(name='<b>Bold</b> "quoted" & Co'),
        }
        s.add_all(found.values())
        s.flush()
        s.add(
            ContactMethod(
                customer_id=found["anna"].id,
                kind=ContactKind.EMAIL,
                value="anna.schmidt@acme.example",
            )
        )
        s.add(
            ContactMethod(
                customer_id=found["kim"].id, kind=ContactKind.PHONE, value="+82 2 555 0199"
            )
        )
        s.add(
            ProfileEntry(
                customer_id=found["wang"].id,
                section=FormSection.LEISURE,
                answer="Plays badminton on Sundays",
            )
        )
        return {key: customer.id for key, customer in found.items()}


def search(database: Database, query: str) -> set[int]:
    with database.sessions() as s:
        return set(search_customers(s, query))


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("华为技", {"wang"}),  # company, Chinese substring
        ("王芳", {"wang"}),  # two characters: looked for in names only
        ("华为", {"wang"}),  # and in company names
        ("深圳", set()),  # not in the city
        ("민준", {"kim"}),
        ("골프를", {"kim"}),  # notes
        ("555 0199", {"kim"}),  # phone, two terms
        ("ACME.example", {"anna"}),  # e-mail, any case
        ("schmidt einkauf", {"anna"}),  # every term must match
        ("schmidt 深圳", set()),
        ("badminton", {"wang"}),  # profile answer
        ('"quoted"', {"bold"}),  # quotes are text, not FTS syntax
        ("<b>", {"bold"}),
        ("nobody", set()),
    ],
)
def test_search_finds_substrings_in_every_field(
    database: Database, people: dict[str, int], query: str, who: set[str]
) -> None:
    assert search(database, query) == {people[name] for name in who}


def test_empty_query_returns_nothing(database: Database, people: dict[str, int]) -> None:
    assert search(database, "   ") == set()


def test_edits_reach_the_index(database: Database, people: dict[str, int]) -> None:
    with database.transaction() as s:
        s.execute(update(Customer).where(Customer.id == people["kim"]).values(name="Kim Minjun"))
        s.execute(update(Company).where(Company.name == "Acme GmbH").values(name="Globex AG"))
        s.execute(delete(ContactMethod).where(ContactMethod.customer_id == people["kim"]))
        s.add(
            ContactMethod(
                customer_id=people["wang"], kind=ContactKind.EMAIL, value="wang.fang@huawei.example"
            )
        )
        s.execute(delete(Customer).where(Customer.id == people["bold"]))
    assert search(database, "minjun") == {people["kim"]}
    assert search(database, "김민준") == set()
    assert search(database, "0199") == set()
    assert search(database, "globex") == {people["anna"]}
    assert search(database, "acme gmbh") == set()
    assert search(database, "wang.fang") == {people["wang"]}
    assert search(database, "<b>") == set()


def test_a_paused_bulk_load_is_indexed_once_at_the_end(database: Database) -> None:
    with database.transaction() as s, triggers_paused(s):
        names = {row[0] for row in s.execute(text("SELECT name FROM sqlite_master"))}
        assert not set(TRIGGERS) & names
        s.add(Customer(name="Zoe Young", city="Leeds"))
    assert len(search(database, "leeds")) == 1
    with database.sessions() as s:
        names = {row[0] for row in s.execute(text("SELECT name FROM sqlite_master"))}
    assert set(TRIGGERS) <= names


def test_a_bulk_index_leaves_fts5_merging_on_again(database: Database) -> None:
    """Filling the index pauses FTS5's automatic merging; later writes merge as usual."""
    with database.transaction() as s, triggers_paused(s):
        s.add_all(Customer(name=f"Kunde {n}", city="Köln") for n in range(50))
    with database.sessions() as s:
        setting = s.execute(
            text("SELECT v FROM customer_search_config WHERE k = 'automerge'")
        ).scalar()
    assert setting == 4
    assert len(search(database, "köln")) == 50
