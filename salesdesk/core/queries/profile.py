"""A customer's profile card, as data.

Contact header, the four FORM sections with their guiding questions and answers, free facts,
family members and important dates, and how complete the profile is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.i18n import translate
from salesdesk.core.labels import BANT_TEXT, NEADS_TEXT
from salesdesk.core.models import (
    Company,
    ContactKind,
    ContactMethod,
    Customer,
    CustomerTrait,
    DateKind,
    Deal,
    DealStatus,
    FamilyMember,
    FormSection,
    ImportantDate,
    LostReason,
    ProfileEntry,
    ProfileQuestion,
    Relation,
    Stage,
    Tier,
)
from salesdesk.core.queries.company import CompanyKnowledge, company_knowledge
from salesdesk.core.queries.deal_lists import stage_left
from salesdesk.core.queries.deal_values import DealValues, deal_values
from salesdesk.core.queries.next_planned import NextPlanned, next_planned
from salesdesk.core.queries.objections import ObjectionRow, objections_of
from salesdesk.core.queries.qualification import traits_of
from salesdesk.core.queries.referrals import ReferralRow, referrals_of


@dataclass(frozen=True)
class Answer:
    """A guiding question and what the rep wrote for it (None: not answered yet)."""

    question_id: int
    prompt: str
    entry_id: int | None
    answer: str | None
    important: bool


@dataclass(frozen=True)
class Fact:
    """A free fact, or an answer to a question that is no longer asked."""

    entry_id: int
    prompt: str | None
    text: str
    important: bool


@dataclass(frozen=True)
class Section:
    """One FORM section of the card."""

    section: FormSection
    answers: tuple[Answer, ...]
    facts: tuple[Fact, ...]

    @property
    def answered(self) -> int:
        """Return how many guiding questions have an answer."""
        return sum(answer.answer is not None for answer in self.answers)

    @property
    def completeness(self) -> float:
        """Return the share of guiding questions answered, 0..1 (1 when none are asked)."""
        return self.answered / len(self.answers) if self.answers else 1.0


@dataclass(frozen=True)
class Relative:
    """A family member."""

    id: int
    name: str
    relation: Relation
    birthday: date | None
    notes: str | None


@dataclass(frozen=True)
class DateRow:
    """A date worth remembering."""

    id: int
    kind: DateKind
    label: str
    on_date: date
    yearly: bool


@dataclass(frozen=True)
class DealQualification:
    """One of the customer's deals: where it stands, and what BANT and NEADS found out."""

    id: int
    title: str
    stage: str  # its stage; for a deal on hold, the stage it left
    status: DealStatus
    value: Decimal
    currency: str
    bant: tuple[tuple[str, str | None, bool], ...]  # (part, what was learned, confirmed)
    neads: tuple[tuple[str, str], ...]  # (labels.NEADS_TEXT word, answer), answered ones
    since: datetime | None = None  # entered its stage (for a deal on hold: was put on hold)
    closed_at: datetime | None = None
    lost_reason: str | None = None
    lost_detail: str | None = None

    @property
    def bant_confirmed(self) -> int:
        """Return how many of the four BANT parts are confirmed."""
        return sum(confirmed for _, _, confirmed in self.bant)


_BANT = tuple((label, f"bant_{key}") for key, label in BANT_TEXT.items())
_NEADS = tuple((label, f"neads_{key}") for key, label in NEADS_TEXT.items())


def _qualifications(session: Session, customer_id: int) -> tuple[DealQualification, ...]:
    deals = session.execute(
        select(Deal, Stage.name, LostReason.name, stage_left())
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(LostReason, LostReason.id == Deal.lost_reason_id)
        .where(Deal.customer_id == customer_id)
        .order_by(Deal.created_at.desc(), Deal.id.desc())
    ).all()
    names = dict(session.execute(select(Stage.id, Stage.name)).all())
    return tuple(
        DealQualification(
            deal.id,
            deal.title,
            names.get(left, stage) if deal.status is DealStatus.SUSPENDED else stage,
            deal.status,
            deal.value,
            deal.currency,
            tuple((part, getattr(deal, f), getattr(deal, f"{f}_ok")) for part, f in _BANT),
            tuple((part, getattr(deal, f)) for part, f in _NEADS if getattr(deal, f)),
            since=deal.stage_entered_at,
            closed_at=deal.closed_at,
            lost_reason=reason,
            lost_detail=deal.lost_detail,
        )
        for deal, stage, reason, left in deals
    )


@dataclass(frozen=True)
class Profile:
    """Everything the profile card shows about one customer."""

    customer_id: int
    name: str
    company: str | None
    position: str | None
    tier: Tier
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    address: str
    preferred_channel: str | None
    last_contact_on: date | None
    next: NextPlanned  # the next visit and the next activity
    sections: tuple[Section, ...]
    family: tuple[Relative, ...]
    dates: tuple[DateRow, ...]
    traits: frozenset[CustomerTrait]
    knowledge: CompanyKnowledge
    objections: tuple[ObjectionRow, ...]
    qualifications: tuple[DealQualification, ...]  # the customer's deals, newest first
    referrals: tuple[ReferralRow, ...]  # people this customer named
    referred_by: str | None  # who named this customer
    deal_values: DealValues | None = None  # open and won, in the reporting currency

    @property
    def deals(self) -> tuple[tuple[int, str], ...]:
        """Return the customer's deals as (id, title), newest first."""
        return tuple((deal.id, deal.title) for deal in self.qualifications)

    @property
    def completeness(self) -> float:
        """Return the share of all guiding questions answered, 0..1."""
        asked = sum(len(section.answers) for section in self.sections)
        answered = sum(section.answered for section in self.sections)
        return answered / asked if asked else 1.0


def _sections(session: Session, customer_id: int) -> tuple[Section, ...]:
    questions = session.execute(
        select(ProfileQuestion.id, ProfileQuestion.section, ProfileQuestion.prompt)
        .where(ProfileQuestion.active.is_(True))
        .order_by(ProfileQuestion.position, ProfileQuestion.id)
    ).all()
    entries = session.execute(
        select(
            ProfileEntry.id,
            ProfileEntry.section,
            ProfileEntry.question_id,
            ProfileEntry.prompt,
            ProfileEntry.answer,
            ProfileEntry.important,
        )
        .where(ProfileEntry.customer_id == customer_id)
        .order_by(ProfileEntry.position, ProfileEntry.id)
    ).all()
    asked = {question_id for question_id, _, _ in questions}
    by_question = {entry.question_id: entry for entry in entries if entry.question_id in asked}
    sections = []
    for section in FormSection:
        answers = tuple(
            Answer(
                question_id,
                prompt,
                (entry := by_question.get(question_id)) and entry.id,
                entry.answer if entry else None,
                bool(entry and entry.important),
            )
            for question_id, kind, prompt in questions
            if kind is section
        )
        facts = tuple(
            Fact(entry.id, entry.prompt, entry.answer, entry.important)
            for entry in entries
            if entry.section is section and entry.question_id not in asked
        )
        sections.append(Section(section, answers, facts))
    return tuple(sections)


def load_profile(session: Session, customer_id: int, now: datetime) -> Profile:
    """Return the profile card of a customer (a handful of small queries)."""
    row = session.execute(
        select(Customer, Company.name)
        .outerjoin(Company, Company.id == Customer.company_id)
        .where(Customer.id == customer_id)
    ).one_or_none()
    if row is None:
        raise SalesDeskError(translate("Customers", "there is no customer %1", customer_id))
    customer, company = row
    contacts = session.execute(
        select(ContactMethod.kind, ContactMethod.value)
        .where(ContactMethod.customer_id == customer_id)
        .order_by(ContactMethod.position, ContactMethod.id)
    ).all()
    family = session.execute(
        select(
            FamilyMember.id,
            FamilyMember.name,
            FamilyMember.relation,
            FamilyMember.birthday,
            FamilyMember.notes,
        )
        .where(FamilyMember.customer_id == customer_id)
        .order_by(FamilyMember.id)
    ).all()
    dates = session.execute(
        select(
            ImportantDate.id,
            ImportantDate.kind,
            ImportantDate.label,
            ImportantDate.on_date,
            ImportantDate.yearly,
        )
        .where(ImportantDate.customer_id == customer_id)
        .order_by(ImportantDate.on_date)
    ).all()
    place = " ".join(part for part in (customer.postal_code, customer.city) if part)
    address = ", ".join(part for part in (customer.street, place, customer.country) if part)
    return Profile(
        customer_id=customer.id,
        name=customer.name,
        company=company,
        position=customer.position,
        tier=customer.tier,
        phones=tuple(value for kind, value in contacts if kind is ContactKind.PHONE),
        emails=tuple(value for kind, value in contacts if kind is ContactKind.EMAIL),
        address=address,
        preferred_channel=customer.preferred_channel.value if customer.preferred_channel else None,
        last_contact_on=customer.last_contact_on,
        next=next_planned(session, customer_id, now),
        sections=_sections(session, customer_id),
        family=tuple(Relative(*member) for member in family),
        dates=tuple(DateRow(*row) for row in dates),
        traits=traits_of(session, customer_id),
        knowledge=company_knowledge(session, customer_id),
        objections=tuple(objections_of(session, customer_id)),
        referrals=tuple(referrals_of(session, customer_id)),
        referred_by=customer.referred_by.name if customer.referred_by else None,
        qualifications=_qualifications(session, customer_id),
        deal_values=deal_values(session, customer_id, local_time.local_day(now)),
    )
