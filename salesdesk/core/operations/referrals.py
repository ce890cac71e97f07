"""Referrals: the people a customer names for the rep to call, asked for after a won deal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.exchange.fields import FieldError, check_phone
from salesdesk.core.i18n import translate
from salesdesk.core.models import Customer, Deal, Referral, ReferralStatus

MAX_REFERRALS = 3


@dataclass(frozen=True)
class ReferralInput:
    """A person the customer named."""

    name: str
    phone: str = ""
    notes: str = ""


def add_referrals(
    session: Session,
    referrer_id: int,
    people: Sequence[ReferralInput],
    now: datetime,
    *,
    deal_id: int | None = None,
    region: str | None = None,
) -> Change:
    """Record one to three people ``referrer_id`` named (blank rows are skipped)."""
    if session.get(Customer, referrer_id) is None:
        raise SalesDeskError(translate("Customers", "there is no customer %1", referrer_id))
    if deal_id is not None and session.get(Deal, deal_id) is None:
        raise SalesDeskError(translate("Customers", "there is no deal %1", deal_id))
    named = [person for person in people if person.name.strip()]
    problems = []
    if not named:
        problems.append(
            FieldProblem("name", translate("Customers", "write down at least one name"))
        )
    if len(named) > MAX_REFERRALS:
        problems.append(
            FieldProblem(
                "name", translate("Customers", "ask for at most %1 at a time", MAX_REFERRALS)
            )
        )
    known = {
        name.casefold()
        for name in session.scalars(
            select(func.lower(Referral.referred_name)).where(Referral.referrer_id == referrer_id)
        )
    }
    rows = []
    for person in named:
        name = person.name.strip()
        if name.casefold() in known:
            problems.append(
                FieldProblem(
                    "name", translate("Customers", "%1 was already named by this customer", name)
                )
            )
        known.add(name.casefold())
        phone = None
        if person.phone.strip():
            try:
                phone = check_phone(person.phone, region)
            except FieldError as error:
                problems.append(FieldProblem("phone", str(error)))
        rows.append(
            {
                "referrer_id": referrer_id,
                "referred_name": name,
                "referred_customer_id": None,
                "deal_id": deal_id,
                "phone": phone,
                "call_at": None,
                "call_place": None,
                "status": ReferralStatus.GIVEN,
                "notes": person.notes.strip() or None,
                "created_at": now,
            }
        )
    if problems:
        raise InvalidFieldsError(problems)
    writer = RowWriter(session)
    for row in rows:
        writer.insert(Referral, row)
    return writer.change()
