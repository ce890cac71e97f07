"""Customers and what the rep knows about them: contacts, FORM profile, family, dates, traits."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    sql,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salesdesk.core.matching import contact_key_default, name_key_default
from salesdesk.core.models.base import Base, UTCDateTime, enum_check, enum_column_type, utc_now
from salesdesk.core.vocabulary import (
    ContactChannel,
    ContactKind,
    CustomerSource,
    CustomerTrait,
    DateKind,
    FormSection,
    ReferralStatus,
    Relation,
    Tier,
)

if TYPE_CHECKING:
    from salesdesk.core.models.companies import Company
    from salesdesk.core.models.pipeline import Deal


class Customer(Base):
    """A person the rep sells to (possibly on behalf of a company)."""

    __tablename__ = "customers"
    __table_args__ = (
        enum_check("tier", Tier, "tier"),
        enum_check("source", CustomerSource, "customer_source"),
        enum_check("preferred_channel", ContactChannel, "contact_channel"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("(latitude IS NULL) = (longitude IS NULL)", name="coordinates_paired"),
        CheckConstraint("latitude >= -90 AND latitude <= 90", name="latitude_range"),
        CheckConstraint("longitude >= -180 AND longitude <= 180", name="longitude_range"),
        Index("ix_customers_name", "name"),
        Index("ix_customers_name_key", "name_key"),
        Index("ix_customers_last_contact_on", "last_contact_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # The name's matching key (salesdesk.core.matching), written with every name.
    name_key: Mapped[str] = mapped_column(String(800), default=name_key_default)
    salutation: Mapped[str | None] = mapped_column(String(40), default=None)
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="SET NULL"), index=True, default=None
    )
    position: Mapped[str | None] = mapped_column(String(200), default=None)
    tier: Mapped[Tier] = mapped_column(enum_column_type(Tier, "tier"), default=Tier.C)
    source: Mapped[CustomerSource | None] = mapped_column(
        enum_column_type(CustomerSource, "customer_source"), default=None
    )
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True, default=None
    )
    birthday: Mapped[date | None] = mapped_column(Date, default=None)
    # False for a birthday known without its year (a vCard's "--0415"): ``birthday`` then
    # holds the day in the placeholder year BIRTHDAY_NO_YEAR, which is never shown.
    birthday_year_known: Mapped[bool] = mapped_column(
        Boolean, default=True, server_default=sql.true()
    )
    street: Mapped[str | None] = mapped_column(String(200), default=None)
    postal_code: Mapped[str | None] = mapped_column(String(20), default=None)
    city: Mapped[str | None] = mapped_column(String(100), default=None)
    country: Mapped[str | None] = mapped_column(String(100), default=None)
    # Where the address is, in degrees (WGS 84), when known: both or neither.
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    preferred_channel: Mapped[ContactChannel | None] = mapped_column(
        enum_column_type(ContactChannel, "contact_channel"), default=None
    )
    language: Mapped[str | None] = mapped_column(String(40), default=None)
    cultural_background: Mapped[str | None] = mapped_column(Text, default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    last_contact_on: Mapped[date | None] = mapped_column(Date, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    company: Mapped[Company | None] = relationship(back_populates="customers")
    referred_by: Mapped[Customer | None] = relationship(remote_side=[id])
    contacts: Mapped[list[ContactMethod]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ContactMethod.position",
    )
    profile_entries: Mapped[list[ProfileEntry]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ProfileEntry.position",
    )
    family_members: Mapped[list[FamilyMember]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True
    )
    important_dates: Mapped[list[ImportantDate]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True
    )
    deals: Mapped[list[Deal]] = relationship(back_populates="customer")

    def __repr__(self) -> str:
        return f"Customer({self.id!r}, {self.name!r})"


class ContactMethod(Base):
    """A phone number, e-mail address or other way to reach a customer."""

    __tablename__ = "contact_methods"
    __table_args__ = (
        enum_check("kind", ContactKind, "contact_kind"),
        CheckConstraint("length(trim(value)) > 0", name="value_not_blank"),
        Index("ix_contact_methods_match_key", "match_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ContactKind] = mapped_column(enum_column_type(ContactKind, "contact_kind"))
    label: Mapped[str | None] = mapped_column(String(40), default=None)
    value: Mapped[str] = mapped_column(String(320))
    # E-mail addresses and phone numbers: the value's matching key (E.164 for phones).
    match_key: Mapped[str | None] = mapped_column(String(800), default=contact_key_default)
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class ProfileQuestion(Base):
    """A guiding question offered in one FORM section of every profile (editable list)."""

    __tablename__ = "profile_questions"
    __table_args__ = (
        enum_check("section", FormSection, "form_section"),
        CheckConstraint("length(trim(prompt)) > 0", name="prompt_not_blank"),
        Index("ix_profile_questions_section_position", "section", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    section: Mapped[FormSection] = mapped_column(enum_column_type(FormSection, "form_section"))
    prompt: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProfileEntry(Base):
    """An answer to a guiding question, or a free fact, in one FORM section of a customer."""

    __tablename__ = "profile_entries"
    __table_args__ = (
        enum_check("section", FormSection, "form_section"),
        CheckConstraint("length(trim(answer)) > 0", name="answer_not_blank"),
        Index("ix_profile_entries_customer_section", "customer_id", "section"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    section: Mapped[FormSection] = mapped_column(enum_column_type(FormSection, "form_section"))
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("profile_questions.id", ondelete="SET NULL"), index=True, default=None
    )
    # The question as it was asked (kept when the question list is edited); NULL for a free fact.
    prompt: Mapped[str | None] = mapped_column(Text, default=None)
    answer: Mapped[str] = mapped_column(Text)
    important: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    customer: Mapped[Customer] = relationship(back_populates="profile_entries")


class FamilyMember(Base):
    """A member of the customer's family (or a pet)."""

    __tablename__ = "family_members"
    __table_args__ = (
        enum_check("relation", Relation, "relation"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[Relation] = mapped_column(enum_column_type(Relation, "relation"))
    birthday: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)

    customer: Mapped[Customer] = relationship(back_populates="family_members")


class ImportantDate(Base):
    """A date worth remembering: an anniversary, a company jubilee, a child's graduation."""

    __tablename__ = "important_dates"
    __table_args__ = (
        enum_check("kind", DateKind, "date_kind"),
        CheckConstraint("length(trim(label)) > 0", name="label_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[DateKind] = mapped_column(enum_column_type(DateKind, "date_kind"))
    label: Mapped[str] = mapped_column(String(200))
    on_date: Mapped[date] = mapped_column(Date)
    yearly: Mapped[bool] = mapped_column(Boolean, default=True)

    customer: Mapped[Customer] = relationship(back_populates="important_dates")


class CustomerTraitMark(Base):
    """A gold- or poor-customer trait the rep has ticked for a customer."""

    __tablename__ = "customer_traits"
    __table_args__ = (enum_check("trait", CustomerTrait, "customer_trait"),)

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    trait: Mapped[CustomerTrait] = mapped_column(
        enum_column_type(CustomerTrait, "customer_trait"), primary_key=True
    )


class Referral(Base):
    """A person a customer referred the rep to, and when and where to call them."""

    __tablename__ = "referrals"
    __table_args__ = (
        enum_check("status", ReferralStatus, "referral_status"),
        CheckConstraint("length(trim(referred_name)) > 0", name="referred_name_not_blank"),
        UniqueConstraint("referrer_id", "referred_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    referrer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    referred_name: Mapped[str] = mapped_column(String(200))
    # Set once the referred person is a customer too.
    referred_customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True, default=None
    )
    # The won deal after which the referral was asked for, if any.
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deals.id", ondelete="SET NULL"), index=True, default=None
    )
    phone: Mapped[str | None] = mapped_column(String(64), default=None)
    call_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    call_place: Mapped[str | None] = mapped_column(String(200), default=None)
    status: Mapped[ReferralStatus] = mapped_column(
        enum_column_type(ReferralStatus, "referral_status"), default=ReferralStatus.GIVEN
    )
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
