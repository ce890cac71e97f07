"""Exchange rates: what one unit of a base currency is worth in another, from a day on."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from salesdesk.core.models.base import Base, Rate


class ExchangeRate(Base):
    """One ``base`` is worth ``rate`` ``currency`` from ``valid_from`` until the next rate.

    Quoted the way central banks publish them (1 EUR = 1.0856 USD: base EUR, currency USD).
    Each rate names its base, so rates stay right when the reporting currency changes.
    """

    __tablename__ = "exchange_rates"
    __table_args__ = (
        UniqueConstraint("base", "currency", "valid_from"),
        CheckConstraint("length(base) = 3", name="base_code"),
        CheckConstraint("length(currency) = 3", name="currency_code"),
        CheckConstraint("base <> currency", name="two_currencies"),
        CheckConstraint("rate_units > 0", name="rate_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    base: Mapped[str] = mapped_column(String(3))
    currency: Mapped[str] = mapped_column(String(3))
    valid_from: Mapped[date] = mapped_column(Date)
    rate: Mapped[Decimal] = mapped_column("rate_units", Rate)

    def __repr__(self) -> str:
        return f"ExchangeRate(1 {self.base} = {self.rate} {self.currency} from {self.valid_from})"
