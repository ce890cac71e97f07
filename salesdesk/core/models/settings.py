"""Per-database settings the rep can change (follow-up cadence per tier, default currency)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salesdesk.core.models.base import Base


class Setting(Base):
    """One named setting; values are text and parsed by the code that owns the key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
