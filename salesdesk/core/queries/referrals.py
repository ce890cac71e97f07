"""The people a customer named for the rep to call, and who owns a deal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.models import Customer, Deal, Referral, ReferralStatus


@dataclass(frozen=True)
class ReferralRow:
    """A referral as the card shows it."""

    id: int
    name: str
    phone: str | None
    status: ReferralStatus
    deal_title: str | None
    created_at: datetime


def referrals_of(session: Session, customer_id: int) -> list[ReferralRow]:
    """Return the people a customer named, newest first."""
    rows = session.execute(
        select(
            Referral.id,
            Referral.referred_name,
            Referral.phone,
            Referral.status,
            Deal.title,
            Referral.created_at,
        )
        .outerjoin(Deal, Deal.id == Referral.deal_id)
        .where(Referral.referrer_id == customer_id)
        .order_by(Referral.created_at.desc(), Referral.id.desc())
    )
    return [ReferralRow(*row) for row in rows]


def deal_owner(session: Session, deal_id: int) -> tuple[int, str, str] | None:
    """Return (customer id, customer name, deal title) of a deal, or None."""
    row = session.execute(
        select(Customer.id, Customer.name, Deal.title)
        .join(Deal, Deal.customer_id == Customer.id)
        .where(Deal.id == deal_id)
    ).first()
    return None if row is None else (row[0], row[1], row[2])
