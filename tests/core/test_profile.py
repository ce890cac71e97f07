"""The profile card's data and answering its guiding questions, with exact undo and redo."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from salesdesk.core.errors import InvalidFieldsError
from salesdesk.core.labels import NEADS_TEXT
from salesdesk.core.models import (
    Company,
    CompanyNews,
    Customer,
    CustomerTrait,
    DateKind,
    Deal,
    DecisionRole,
    FamilyMember,
    FormSection,
    KeyPerson,
    ProfileEntry,
    ProfileQuestion,
    Purchase,
    Relation,
    Stage,
)
from salesdesk.core.operations.family import save_family_member, save_important_date
from salesdesk.core.operations.profile_answers import (
    AnswerError,
    set_answer,
)
from salesdesk.core.operations.qualification import set_trait
from salesdesk.core.operations.row_change import remove_row
from salesdesk.core.queries.profile import load_profile
from salesdesk.core.queries.qualification import score, scores, traits_of
from salesdesk.core.search import search_customers
from salesdesk.core.store import Database

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def kim(database: Database) -> int:
    with database.transaction() as s:
        customer = Customer(name="김민준", city="서울", postal_code="06000")
        s.add(customer)
        s.flush()
        s.add(
            FamilyMember(
                customer_id=customer.id,
                name="이서연",
                relation=Relation.SPOUSE,
                birthday=date(1986, 5, 2),
            )
        )
        s.add(
            ProfileEntry(
                customer_id=customer.id,
                section=FormSection.LEISURE,
                answer="Plays golf on Saturdays",
            )
        )
        return customer.id


def first_question(database: Database, section: FormSection) -> int:
    with database.sessions() as s:
        return s.scalars(
            select(ProfileQuestion.id)
            .where(ProfileQuestion.section == section)
            .order_by(ProfileQuestion.position)
        ).first()


def entries(database: Database) -> list[tuple[object, ...]]:
    with database.sessions() as s:
        return [tuple(row) for row in s.execute(text("SELECT * FROM profile_entries ORDER BY id"))]


def test_every_section_offers_at_least_ten_questions(database: Database, kim: int) -> None:
    with database.sessions() as s:
        profile = load_profile(s, kim, NOW)
    assert [section.section for section in profile.sections] == list(FormSection)
    assert all(len(section.answers) >= 10 for section in profile.sections)
    leisure = profile.sections[2]
    assert [fact.text for fact in leisure.facts] == ["Plays golf on Saturdays"]
    assert profile.completeness == 0 and profile.address == "06000 서울"
    assert [(m.name, m.relation) for m in profile.family] == [("이서연", Relation.SPOUSE)]


def test_answering_counts_towards_completeness_and_search(database: Database, kim: int) -> None:
    question = first_question(database, FormSection.FAMILY)
    with database.transaction() as s:
        change = set_answer(s, kim, question, "  Married to 이서연 since 2012 ", NOW)
    assert change.changed and change.rows[0].after is not None
    with database.sessions() as s:
        profile = load_profile(s, kim, NOW)
        assert search_customers(s, "since 2012") == [kim]
    family = profile.sections[0]
    assert family.answers[0].answer == "Married to 이서연 since 2012"
    assert family.answered == 1 and 0 < profile.completeness < family.completeness


def test_undo_and_redo_restore_the_entry_exactly(database: Database, kim: int) -> None:
    question = first_question(database, FormSection.MONEY)
    before = entries(database)
    with database.transaction() as s:
        first = set_answer(s, kim, question, "Saves for a house", NOW)
    after_first = entries(database)
    with database.transaction() as s:
        second = set_answer(s, kim, question, "Bought the house", NOW)
    with database.transaction() as s:
        cleared = set_answer(s, kim, question, "   ", NOW)  # blank removes the answer
    assert cleared.rows[0].after is None
    with database.transaction() as s:
        cleared.undo(s)
        second.undo(s)
    assert entries(database) == after_first
    with database.transaction() as s:
        first.undo(s)
    assert entries(database) == before
    with database.transaction() as s:
        first.redo(s)
    assert entries(database) == after_first


def test_the_same_answer_again_changes_nothing(database: Database, kim: int) -> None:
    question = first_question(database, FormSection.CAREER)
    with database.transaction() as s:
        set_answer(s, kim, question, "Head of purchasing", NOW)
    with database.transaction() as s:
        again = set_answer(s, kim, question, "Head of purchasing ", NOW)
    assert not again.changed


def test_refused_answers_write_nothing(database: Database, kim: int) -> None:
    question = first_question(database, FormSection.CAREER)
    before = entries(database)
    with pytest.raises(AnswerError, match="longer than 4000"), database.transaction() as s:
        set_answer(s, kim, question, "x" * 4001, NOW)
    with pytest.raises(AnswerError, match="no customer"), database.transaction() as s:
        set_answer(s, 9999, question, "x", NOW)
    assert entries(database) == before


def test_traits_give_a_score_and_undo_exactly(database: Database, kim: int) -> None:
    with database.transaction() as s:
        changes = [
            set_trait(s, kim, CustomerTrait.GOLD_URGENT_NEED, True),
            set_trait(s, kim, CustomerTrait.GOLD_NEARBY, True),
            set_trait(s, kim, CustomerTrait.POOR_SMALL_DEAL, True),
            set_trait(s, kim, CustomerTrait.GOLD_NEARBY, True),  # already ticked: no change
        ]
    assert [change.changed for change in changes] == [True, True, True, False]
    with database.sessions() as s:
        profile = load_profile(s, kim, NOW)
        assert score(profile.traits) == 1 and scores(s, [kim, 9999]) == {kim: 1}
    with database.transaction() as s:
        for change in reversed(changes):
            change.undo(s)
    with database.sessions() as s:
        assert traits_of(s, kim) == frozenset()
    with database.transaction() as s:
        changes[2].redo(s)
    with database.sessions() as s:
        assert traits_of(s, kim) == {CustomerTrait.POOR_SMALL_DEAL}


def test_company_knowledge_orders_the_org_chart_and_news(database: Database) -> None:
    with database.transaction() as s:
        acme = Company(name="Acme GmbH")
        s.add(acme)
        s.flush()
        anna = Customer(name="Anna Schmidt", company_id=acme.id)
        s.add(anna)
        s.flush()
        ceo = KeyPerson(
            company_id=acme.id, name="Dr. Weber", decision_role=DecisionRole.DECISION_MAKER
        )
        s.add(ceo)
        s.flush()
        cfo = KeyPerson(
            company_id=acme.id,
            name="Frau Lang",
            reports_to_id=ceo.id,
            pressures="Cut costs by 10 %",
        )
        loop_a = KeyPerson(company_id=acme.id, name="Loop A")
        s.add_all([cfo, loop_a])
        s.flush()
        buyer = KeyPerson(company_id=acme.id, name="Herr Kurz", reports_to_id=cfo.id)
        s.add(buyer)
        s.add(CompanyNews(company_id=acme.id, happened_on=date(2026, 1, 5), headline="New plant"))
        s.add(
            CompanyNews(
                company_id=acme.id, happened_on=date(2026, 4, 1), headline="Merger?", is_rumour=True
            )
        )
        s.add(
            Purchase(
                customer_id=anna.id,
                description="Forklifts",
                supplier="Rival AG",
                purchased_on=date(2025, 9, 1),
                amount=Decimal("40000.00"),
                currency="EUR",
            )
        )
        anna_id = anna.id
    with database.sessions() as s:
        known = load_profile(s, anna_id, NOW).knowledge
    assert [(p.name, p.depth) for p in known.people] == [
        ("Dr. Weber", 0),
        ("Frau Lang", 1),
        ("Herr Kurz", 2),
        ("Loop A", 0),
    ]
    assert [(n.headline, n.is_rumour) for n in known.news] == [
        ("Merger?", True),
        ("New plant", False),
    ]
    assert [(p.description, p.supplier) for p in known.purchases] == [("Forklifts", "Rival AG")]


def test_family_members_and_dates_are_added_changed_removed_and_undone(
    database: Database, kim: int
) -> None:
    def rows() -> list[tuple[object, ...]]:
        with database.sessions() as s:
            return [
                tuple(r)
                for table in ("family_members", "important_dates")
                for r in s.execute(text(f"SELECT * FROM {table} ORDER BY id"))
            ]

    start = rows()
    with database.transaction() as s:
        child = save_family_member(
            s,
            None,
            kim,
            name=" 김하은 ",
            relation=Relation.CHILD,
            birthday=date(2015, 9, 1),
            notes="",
            today=NOW.date(),
        )
        wedding = save_important_date(
            s,
            None,
            kim,
            label="Wedding anniversary",
            kind=DateKind.ANNIVERSARY,
            on_date=date(2012, 5, 19),
            yearly=True,
        )
    with database.sessions() as s:
        profile = load_profile(s, kim, NOW)
    assert [m.name for m in profile.family] == ["이서연", "김하은"]
    assert [(d.label, d.yearly) for d in profile.dates] == [("Wedding anniversary", True)]
    with database.transaction() as s:
        gone = remove_row(s, FamilyMember, child.row_id)  # type: ignore[arg-type]
        gone.undo(s)
        wedding.undo(s)
        child.undo(s)
    assert rows() == start
    with pytest.raises(InvalidFieldsError) as raised, database.transaction() as s:
        save_family_member(
            s,
            None,
            kim,
            name="",
            relation=Relation.PET,
            birthday=date(2030, 1, 1),
            notes="",
            today=NOW.date(),
        )
    assert [p.field for p in raised.value.problems] == ["name", "birthday"]
    assert rows() == start


def test_the_card_shows_each_deal_with_bant_and_neads(database: Database, kim: int) -> None:
    with database.transaction() as s:
        stage = s.scalars(select(Stage).where(Stage.name == "Proposal")).one()
        s.add(
            Deal(
                title="Displays",
                customer_id=kim,
                stage_id=stage.id,
                value=Decimal("3333.33"),
                bant_budget="Approved in March",
                bant_budget_ok=True,
                bant_need_ok=True,
                neads_now="Old CRT screens",
            )
        )
    with database.sessions() as s:
        (deal,) = load_profile(s, kim, NOW).qualifications
    assert (deal.title, deal.stage, deal.bant_confirmed) == ("Displays", "Proposal", 2)
    assert deal.bant[0] == ("Budget", "Approved in March", True)
    assert deal.neads == ((NEADS_TEXT["now"], "Old CRT screens"),)  # the deal editor's words
