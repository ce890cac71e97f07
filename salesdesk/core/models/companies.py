"""Customer companies: key people and their roles, news and rumours, previous purchases."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salesdesk.core.matching import name_key_default
from salesdesk.core.models.base import (
    Base,
    Money,
    UTCDateTime,
    enum_check,
    enum_column_type,
    utc_now,
)
from salesdesk.core.vocabulary import DecisionRole

if TYPE_CHECKING:
    from salesdesk.core.models.customers import Customer


class Company(Base):
    """An organisation that employs customers and buys from the rep."""

    __tablename__ = "companies"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        Index("ix_companies_name", "name"),
        Index("ix_companies_name_key", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # The name's matching key (salesdesk.core.matching), written with every name.
    name_key: Mapped[str] = mapped_column(String(800), default=name_key_default)
    industry: Mapped[str | None] = mapped_column(String(100), default=None)
    website: Mapped[str | None] = mapped_column(String(200), default=None)
    phone: Mapped[str | None] = mapped_column(String(64), default=None)
    street: Mapped[str | None] = mapped_column(String(200), default=None)
    postal_code: Mapped[str | None] = mapped_column(String(20), default=None)
    city: Mapped[str | None] = mapped_column(String(100), default=None)
    country: Mapped[str | None] = mapped_column(String(100), default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    customers: Mapped[list[Customer]] = relationship(back_populates="company")
    key_people: Mapped[list[KeyPerson]] = relationship(
        back_populates="company", cascade="all, delete-orphan", passive_deletes=True
    )
    news: Mapped[list[CompanyNews]] = relationship(
        back_populates="company",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CompanyNews.happened_on.desc()",
    )


class KeyPerson(Base):
    """Someone at a company who matters to the sale, placed in its org chart."""

    __tablename__ = "key_people"
    __table_args__ = (
        enum_check("decision_role", DecisionRole, "decision_role"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    # The same person when the rep also keeps a customer card for them.
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True, default=None
    )
    reports_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("key_people.id", ondelete="SET NULL"), index=True, default=None
    )
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str | None] = mapped_column(String(200), default=None)
    department: Mapped[str | None] = mapped_column(String(100), default=None)
    decision_role: Mapped[DecisionRole | None] = mapped_column(
        enum_column_type(DecisionRole, "decision_role"), default=None
    )
    character: Mapped[str | None] = mapped_column(Text, default=None)
    goals: Mapped[str | None] = mapped_column(Text, default=None)
    pressures: Mapped[str | None] = mapped_column(Text, default=None)
    phone: Mapped[str | None] = mapped_column(String(64), default=None)
    email: Mapped[str | None] = mapped_column(String(320), default=None)

    company: Mapped[Company] = relationship(back_populates="key_people")


class CompanyNews(Base):
    """A dated piece of company news, or a rumour, worth knowing before a visit."""

    __tablename__ = "company_news"
    __table_args__ = (CheckConstraint("length(trim(headline)) > 0", name="headline_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    happened_on: Mapped[date] = mapped_column(Date)
    headline: Mapped[str] = mapped_column(String(300))
    details: Mapped[str | None] = mapped_column(Text, default=None)
    is_rumour: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str | None] = mapped_column(String(200), default=None)

    company: Mapped[Company] = relationship(back_populates="news")


class Purchase(Base):
    """Something a company or customer bought before, from us or from a competitor."""

    __tablename__ = "purchases"
    __table_args__ = (
        CheckConstraint("company_id IS NOT NULL OR customer_id IS NOT NULL", name="has_buyer"),
        CheckConstraint("amount_cents IS NULL OR amount_cents >= 0", name="amount_not_negative"),
        CheckConstraint("length(trim(description)) > 0", name="description_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True, default=None
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True, default=None
    )
    supplier: Mapped[str | None] = mapped_column(String(200), default=None)
    description: Mapped[str] = mapped_column(Text)
    purchased_on: Mapped[date | None] = mapped_column(Date, default=None)
    amount: Mapped[Decimal | None] = mapped_column("amount_cents", Money, default=None)
    currency: Mapped[str | None] = mapped_column(String(3), default=None)
