"""Notes a rep writes down about a customer or one of their deals, for the timeline."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from salesdesk.core.models.base import Base, UTCDateTime, utc_now


class Note(Base):
    """A dated note about a customer, and about one of their deals when ``deal_id`` is set."""

    __tablename__ = "notes"
    __table_args__ = (
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
        Index("ix_notes_customer_written", "customer_id", "written_at"),
        Index("ix_notes_deal_written", "deal_id", "written_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deals.id", ondelete="CASCADE"), default=None
    )
    text: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
