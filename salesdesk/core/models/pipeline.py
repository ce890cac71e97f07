"""The funnel: pipeline stages, deals, every stage move, and the objections raised on a deal."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salesdesk.core.models.base import (
    Base,
    Money,
    UTCDateTime,
    enum_check,
    enum_column_type,
    utc_now,
)
from salesdesk.core.vocabulary import DealStatus, ObjectionKind, StageKind

if TYPE_CHECKING:
    from salesdesk.core.models.customers import Customer

# Columns that triggers keep from other rows: change records neither compare nor write them.
KEPT_BY_TRIGGERS = {"kept_by_triggers": True}


class Stage(Base):
    """One step of the sales funnel, an outcome (won, lost), or where held deals wait (hold)."""

    __tablename__ = "stages"
    __table_args__ = (
        enum_check("kind", StageKind, "stage_kind"),
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability_percent"),
        CheckConstraint("rot_days IS NULL OR rot_days > 0", name="rot_days_positive"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        Index("ix_stages_position", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[StageKind] = mapped_column(
        enum_column_type(StageKind, "stage_kind"), default=StageKind.OPEN
    )
    probability: Mapped[int] = mapped_column(Integer, default=0)
    rot_days: Mapped[int | None] = mapped_column(Integer, default=None)
    # A stage with history is archived rather than deleted, so stage moves keep their meaning.
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    deals: Mapped[list[Deal]] = relationship(back_populates="stage")

    def __repr__(self) -> str:
        return f"Stage({self.id!r}, {self.name!r}, {self.kind.value})"


class LostReason(Base):
    """One entry of the rep's list of reasons why deals are lost.

    A reason that deals refer to is retired rather than deleted: it leaves the Lost dialog and
    keeps its name in history and analytics.
    """

    __tablename__ = "lost_reasons"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        Index("ix_lost_reasons_position", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    def __repr__(self) -> str:
        return f"LostReason({self.id!r}, {self.name!r})"


class Deal(Base):
    """A sales opportunity with one customer, sitting in one stage of the funnel."""

    __tablename__ = "deals"
    __table_args__ = (
        enum_check("status", DealStatus, "deal_status"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint("value_cents >= 0", name="value_not_negative"),
        CheckConstraint(
            "probability_override IS NULL OR probability_override BETWEEN 0 AND 100",
            name="probability_override_percent",
        ),
        CheckConstraint("length(currency) = 3", name="currency_code"),
        CheckConstraint("position >= 0", name="position_not_negative"),
        Index("ix_deals_stage_position", "stage_id", "position"),
        # Covering: the open pipeline per stage and currency (funnel, forecast, rotting).
        Index(
            "ix_deals_open_pipeline",
            "status",
            "stage_id",
            "currency",
            "value_cents",
            "probability_override",
            "expected_close",
            "stage_entered_at",
        ),
        # Covering: the deals closed in a period, their value and lost reason.
        Index(
            "ix_deals_closed", "status", "closed_at", "currency", "value_cents", "lost_reason_id"
        ),
        # The list of closed and held deals in its order, newest first: the closed ones by
        # close time, the others by when they entered their stage (held: put on hold), each
        # read from the end and merged, one page at a time (core.queries.deal_lists).
        Index("ix_deals_closed_order", "closed_at", "id", "status", "lost_reason_id"),
        Index(
            "ix_deals_entered_order",
            "stage_entered_at",
            "id",
            "closed_at",
            "status",
            "lost_reason_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="RESTRICT"), index=True
    )
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[Decimal] = mapped_column("value_cents", Money, default=Decimal("0.00"))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    expected_close: Mapped[date | None] = mapped_column(Date, default=None)
    probability_override: Mapped[int | None] = mapped_column(Integer, default=None)
    status: Mapped[DealStatus] = mapped_column(
        enum_column_type(DealStatus, "deal_status"), default=DealStatus.OPEN
    )
    # Why a lost deal was lost: a reason from the rep's list, and what else there is to say.
    lost_reason_id: Mapped[int | None] = mapped_column(
        ForeignKey("lost_reasons.id", ondelete="RESTRICT"), default=None
    )
    lost_detail: Mapped[str | None] = mapped_column(Text, default=None)
    stage_entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # BANT: what was learned, and whether the rep considers it confirmed.
    bant_budget: Mapped[str | None] = mapped_column(Text, default=None)
    bant_budget_ok: Mapped[bool] = mapped_column(Boolean, default=False)
    bant_authority: Mapped[str | None] = mapped_column(Text, default=None)
    bant_authority_ok: Mapped[bool] = mapped_column(Boolean, default=False)
    bant_need: Mapped[str | None] = mapped_column(Text, default=None)
    bant_need_ok: Mapped[bool] = mapped_column(Boolean, default=False)
    bant_timeline: Mapped[str | None] = mapped_column(Text, default=None)
    bant_timeline_ok: Mapped[bool] = mapped_column(Boolean, default=False)
    # NEADS needs discovery: Now, Enjoy, Alter, Decision makers, Solution.
    neads_now: Mapped[str | None] = mapped_column(Text, default=None)
    neads_enjoy: Mapped[str | None] = mapped_column(Text, default=None)
    neads_alter: Mapped[str | None] = mapped_column(Text, default=None)
    neads_decision_makers: Mapped[str | None] = mapped_column(Text, default=None)
    neads_solution: Mapped[str | None] = mapped_column(Text, default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)

    customer: Mapped[Customer] = relationship(back_populates="deals")
    stage: Mapped[Stage] = relationship(back_populates="deals")
    moves: Mapped[list[StageMove]] = relationship(
        back_populates="deal",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StageMove.moved_at",
    )
    objections: Mapped[list[Objection]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"Deal({self.id!r}, {self.title!r}, stage={self.stage_id!r})"


class StageMove(Base):
    """One change of a deal's stage: the history the funnel is measured from."""

    __tablename__ = "stage_moves"
    __table_args__ = (
        # Covering: a deal's history in order with its stages, read from the index alone.
        Index("ix_stage_moves_deal_history", "deal_id", "moved_at", "id", "to_stage_id"),
        # Covering: each stage's stays that ended in a period, read as one range per stage.
        Index("ix_stage_moves_stays", "from_stage_id", "moved_at", "from_entered_at"),
        # Covering: each stage's entries in a period for the funnel (core.stage_entries).
        Index(
            "ix_stage_moves_stage_entries",
            "to_stage_id",
            "moved_at",
            "prev_entry_at",
            "later_stages",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    # NULL from_stage_id: the deal was created in to_stage_id.
    from_stage_id: Mapped[int | None] = mapped_column(
        ForeignKey("stages.id", ondelete="RESTRICT"), default=None
    )
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"))
    moved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # When the deal entered from_stage_id (its move before this one): the stay this move
    # ends. Kept by triggers (migration 0004) whenever moves are added or removed; never set.
    from_entered_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime, default=None, info=KEPT_BY_TRIGGERS
    )
    # The deal's entry into to_stage_id before this move, and the bits (1 << stage id) of the
    # stages it entered after this move. Kept by triggers (migration 0005); never set.
    prev_entry_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime, default=None, info=KEPT_BY_TRIGGERS
    )
    later_stages: Mapped[int] = mapped_column(Integer, server_default="0", info=KEPT_BY_TRIGGERS)

    deal: Mapped[Deal] = relationship(back_populates="moves")


class Objection(Base):
    """An objection a customer raised on a deal, and the answer given."""

    __tablename__ = "objections"
    __table_args__ = (
        enum_check("kind", ObjectionKind, "objection_kind"),
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
        Index("ix_objections_kind", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ObjectionKind] = mapped_column(enum_column_type(ObjectionKind, "objection_kind"))
    text: Mapped[str] = mapped_column(Text)
    response: Mapped[str | None] = mapped_column(Text, default=None)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    deal: Mapped[Deal] = relationship(back_populates="objections")
