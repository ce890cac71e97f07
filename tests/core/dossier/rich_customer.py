"""A customer with something in every part of the dossier, and a day of visits to print.

Names, answers and notes carry markup (it must print literally) and Chinese and Korean text
(it must print as real text).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Company,
    CompanyNews,
    Customer,
    DateKind,
    Deal,
    DealStatus,
    DecisionRole,
    FamilyMember,
    FormSection,
    ImportantDate,
    KeyPerson,
    Objection,
    ObjectionKind,
    ProfileEntry,
    ProfileQuestion,
    Referral,
    ReferralStatus,
    Relation,
    Stage,
    StageMove,
    Tier,
    VisitChecklistItem,
)
from salesdesk.core.store import Database

NOW = datetime(2026, 5, 4, 7, 0, tzinfo=UTC)
DAY = date(2026, 5, 6)  # the day of visits; the tests run in UTC and local time alike
MARKUP_NAME = "Lee <b>Min</b> & Sons"
MARKUP_ANSWER = "<i>Loves</i> golf & <table>tennis"
CHINESE_ANSWER = "喜欢打高尔夫球"
KOREAN_NOTE = "주말마다 등산을 합니다"


@dataclass
class Rich:
    """Ids and texts of what ``build_rich`` added."""

    customer: int
    other: int
    third: int
    next_visit: int
    answered_prompts: list[str]
    unanswered_prompt: str


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """Return a local time of ``day`` as an aware datetime (the day stays the local day)."""
    return local_time.localize(datetime(day.year, day.month, day.day, hour, minute)).astimezone(UTC)


def build_rich(database: Database) -> Rich:
    """Add the rich customer, two more customers and the visits of ``DAY``."""
    with database.transaction() as session:
        return _build(session)


def _build(session: Session) -> Rich:
    stages = {stage.name: stage for stage in session.scalars(select(Stage))}
    company = Company(name="삼성 <Tech> 전자", city="서울")
    customer = Customer(
        name=MARKUP_NAME,
        company=company,
        position="采购经理",
        tier=Tier.A,
        city="서울",
        street="세종대로 110",
        postal_code="04524",
        country="대한민국",
        last_contact_on=date(2026, 4, 20),
    )
    other = Customer(name="王芳", tier=Tier.B, city="深圳")
    third = Customer(name="Zoe Young", tier=Tier.C, city="Leeds")
    session.add_all([customer, other, third])
    session.flush()

    questions = {
        section: session.scalars(
            select(ProfileQuestion)
            .where(ProfileQuestion.section == section)
            .order_by(ProfileQuestion.position)
        ).all()
        for section in FormSection
    }
    answers = {
        FormSection.FAMILY: "Married, two children",
        FormSection.CAREER: "Head of purchasing since 2019",
        FormSection.LEISURE: MARKUP_ANSWER,
        FormSection.MONEY: CHINESE_ANSWER,
    }
    for section, text in answers.items():
        session.add(
            ProfileEntry(
                customer_id=customer.id,
                section=section,
                question_id=questions[section][0].id,
                answer=text,
                important=section is FormSection.LEISURE,
            )
        )
    session.add(
        ProfileEntry(customer_id=customer.id, section=FormSection.LEISURE, answer=KOREAN_NOTE)
    )
    session.add(
        FamilyMember(
            customer_id=customer.id,
            name="이서연",
            relation=Relation.SPOUSE,
            birthday=date(1986, 5, 2),
            notes="Teacher",
        )
    )
    session.add(
        ImportantDate(
            customer_id=customer.id,
            kind=DateKind.ANNIVERSARY,
            label="Wedding anniversary",
            on_date=date(2012, 9, 1),
        )
    )
    boss = KeyPerson(
        company=company,
        name="Park Ji-hoon",
        function="CEO",
        decision_role=DecisionRole.DECISION_MAKER,
        goals="Grow exports",
    )
    session.add(boss)
    session.flush()
    session.add(
        KeyPerson(
            company=company,
            name="Choi Yuna",
            function="IT lead",
            decision_role=DecisionRole.INFLUENCER,
            reports_to_id=boss.id,
            pressures="Budget freeze",
        )
    )
    session.add(
        CompanyNews(
            company=company,
            happened_on=date(2026, 4, 1),
            headline="Opens a plant in Vietnam",
            source="Press",
        )
    )
    session.add(
        CompanyNews(
            company=company,
            happened_on=date(2026, 3, 1),
            headline="May change its supplier",
            is_rumour=True,
        )
    )

    fleet = Deal(
        title="Fleet tablets",
        customer=customer,
        stage=stages["Proposal"],
        value=Decimal("12500.00"),
        currency="EUR",
        stage_entered_at=NOW - timedelta(days=12, hours=1),
    )
    won = Deal(
        title="Old order",
        customer=customer,
        stage=stages["Won"],
        value=Decimal("800.00"),
        status=DealStatus.WON,
    )
    held = Deal(
        title="Spare parts",
        customer=customer,
        stage=stages["Qualified"],
        value=Decimal("300.00"),
        status=DealStatus.SUSPENDED,
        stage_entered_at=NOW - timedelta(days=40),
    )
    session.add_all([fleet, won, held])
    session.flush()
    for days_ago, stage in ((40, "New contact"), (30, "Qualified"), (12, "Proposal")):
        session.add(
            StageMove(
                deal_id=fleet.id,
                to_stage_id=stages[stage].id,
                moved_at=NOW - timedelta(days=days_ago, hours=1),
            )
        )
    session.add(
        Objection(
            deal_id=fleet.id,
            kind=ObjectionKind.PRICE,
            text="Too <em>dear</em>",
            response="Leasing spreads the cost",
            raised_at=NOW,
        )
    )
    session.add(
        Objection(
            deal_id=fleet.id,
            kind=ObjectionKind.SERVICE,
            text="Settled worry",
            resolved=True,
            raised_at=NOW,
        )
    )
    session.add(
        Referral(
            referrer_id=customer.id,
            referred_name="Kang Min-ho",
            phone="+82 2 1234",
            status=ReferralStatus.GIVEN,
            deal_id=fleet.id,
        )
    )

    def activity(who: Customer, kind: ActivityKind, starts_at: datetime, **kw: object) -> Activity:
        item = Activity(customer=who, kind=kind, starts_at=starts_at, **kw)
        session.add(item)
        return item

    activity(
        customer,
        ActivityKind.VISIT,
        NOW - timedelta(days=14),
        status=ActivityStatus.DONE,
        objective="Demo",
        outcome="Liked the demo\nAsked for a quote",
        next_step="Send the proposal",
    )
    activity(
        customer,
        ActivityKind.VISIT,
        NOW - timedelta(days=7),
        status=ActivityStatus.NO_SHOW,
        objective="Sign",
    )
    activity(
        customer,
        ActivityKind.VISIT,
        NOW - timedelta(days=3),
        status=ActivityStatus.CANCELLED,
        objective="Cancelled meeting",
    )
    next_visit = activity(
        customer,
        ActivityKind.VISIT,
        _at(DAY, 11),
        place="Seoul HQ",
        objective="Close the <deal>",
        duration_minutes=90,
    )
    next_visit.checklist = [
        VisitChecklistItem(group_name="Mind", text="Review advantages", position=0, done=True),
        VisitChecklistItem(group_name="Tools", text="Bring the price list", position=1),
        VisitChecklistItem(group_name="Tools", text="Samples", position=2),
    ]
    activity(other, ActivityKind.VISIT, _at(DAY, 9), place="深圳办公室", objective="确认预算")
    activity(customer, ActivityKind.VISIT, _at(DAY, 16), objective="Second visit, same day")
    activity(third, ActivityKind.VISIT, _at(DAY, 14), status=ActivityStatus.CANCELLED)
    activity(third, ActivityKind.CALL, _at(DAY, 15), objective="Call only")
    activity(third, ActivityKind.VISIT, _at(DAY + timedelta(days=1), 9))  # the next day
    session.flush()
    answered = [questions[section][0].prompt for section in FormSection]
    return Rich(
        customer.id,
        other.id,
        third.id,
        next_visit.id,
        answered,
        questions[FormSection.MONEY][1].prompt,
    )
