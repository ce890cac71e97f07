"""Sales activities (visits, calls, e-mails, tasks) and the preparation checklists for visits."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salesdesk.core.models.base import Base, UTCDateTime, enum_check, enum_column_type, utc_now
from salesdesk.core.vocabulary import ActivityKind, ActivityStatus

if TYPE_CHECKING:
    from salesdesk.core.models.customers import Customer
    from salesdesk.core.models.pipeline import Deal


class Activity(Base):
    """A planned or done visit, call, e-mail or task with a customer."""

    __tablename__ = "activities"
    __table_args__ = (
        enum_check("kind", ActivityKind, "activity_kind"),
        enum_check("status", ActivityStatus, "activity_status"),
        CheckConstraint("duration_minutes >= 0", name="duration_not_negative"),
        Index("ix_activities_starts_at", "starts_at"),
        Index("ix_activities_customer_starts_at", "customer_id", "starts_at"),
        Index("ix_activities_status_starts_at_kind", "status", "starts_at", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ActivityKind] = mapped_column(
        enum_column_type(ActivityKind, "activity_kind"), default=ActivityKind.VISIT
    )
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deals.id", ondelete="SET NULL"), index=True, default=None
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    place: Mapped[str | None] = mapped_column(String(300), default=None)
    objective: Mapped[str | None] = mapped_column(Text, default=None)
    desired_outcome: Mapped[str | None] = mapped_column(Text, default=None)
    status: Mapped[ActivityStatus] = mapped_column(
        enum_column_type(ActivityStatus, "activity_status"), default=ActivityStatus.PLANNED
    )
    outcome: Mapped[str | None] = mapped_column(Text, default=None)
    next_step: Mapped[str | None] = mapped_column(Text, default=None)
    # The activity this one was planned as the next step of.
    follows_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"), index=True, default=None
    )
    checklist_template_id: Mapped[int | None] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="SET NULL"), index=True, default=None
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    customer: Mapped[Customer] = relationship()
    deal: Mapped[Deal | None] = relationship()
    checklist: Mapped[list[VisitChecklistItem]] = relationship(
        back_populates="activity",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="VisitChecklistItem.position",
    )


class ChecklistTemplate(Base):
    """A named, editable checklist (e.g. pre-visit preparation) copied into planned visits."""

    __tablename__ = "checklist_templates"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = mapped_column(Text, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)

    groups: Mapped[list[ChecklistGroup]] = relationship(
        back_populates="template",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ChecklistGroup.position",
    )


class ChecklistGroup(Base):
    """A group of items within a checklist template (Body, Mind, Knowledge, ...)."""

    __tablename__ = "checklist_groups"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        Index("ix_checklist_groups_template_position", "template_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)

    template: Mapped[ChecklistTemplate] = relationship(back_populates="groups")
    items: Mapped[list[ChecklistTemplateItem]] = relationship(
        back_populates="group",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ChecklistTemplateItem.position",
    )


class ChecklistTemplateItem(Base):
    """One item of a checklist template group."""

    __tablename__ = "checklist_template_items"
    __table_args__ = (
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
        Index("ix_checklist_template_items_group_position", "group_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("checklist_groups.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    group: Mapped[ChecklistGroup] = relationship(back_populates="items")


class VisitChecklistItem(Base):
    """A visit's own copy of a checklist item (later template edits leave it alone)."""

    __tablename__ = "visit_checklist_items"
    __table_args__ = (
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
        Index("ix_visit_checklist_items_activity_position", "activity_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    group_name: Mapped[str | None] = mapped_column(String(120), default=None)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Added by hand for this visit only, not copied from a template.
    one_off: Mapped[bool] = mapped_column(Boolean, default=False)

    activity: Mapped[Activity] = relationship(back_populates="checklist")
