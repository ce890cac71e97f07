"""The customer list: who the rep sells to, their company, tier and when they last spoke."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.models import Company, Customer, Tier


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One customer as a list shows it."""

    id: int
    name: str
    company_name: str | None
    position: str | None
    tier: Tier
    city: str | None
    last_contact_on: date | None

    @property
    def names(self) -> str:
        """Return the casefolded customer and company names (what short searches look at)."""
        return f"{self.name} {self.company_name or ''}".casefold()


def customer_rows(session: Session) -> tuple[CustomerRow, ...]:
    """Return every customer with their company's name, ordered by name (one SQL query)."""
    query = (
        select(
            Customer.id,
            Customer.name,
            Company.name,
            Customer.position,
            Customer.tier,
            Customer.city,
            Customer.last_contact_on,
        )
        .outerjoin(Company, Company.id == Customer.company_id)
        .order_by(Customer.name.collate("NOCASE"), Customer.id)
    )
    return tuple(CustomerRow(*row) for row in session.execute(query))
