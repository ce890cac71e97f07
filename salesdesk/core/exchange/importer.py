"""Storing imported customers: all good rows in one transaction, companies matched by name."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from salesdesk.core.exchange.csv_reader import ImportFileError, read_csv
from salesdesk.core.exchange.drafts import CustomerDraft, ReadResult
from salesdesk.core.exchange.vcard_reader import read_vcard
from salesdesk.core.models import Company, ContactKind, ContactMethod, Customer


def read_customers(path: Path, region: str | None = None) -> ReadResult:
    """Read a .csv or .vcf file; nothing is written."""
    readers = {".csv": read_csv, ".vcf": read_vcard, ".vcard": read_vcard}
    reader = readers.get(path.suffix.lower())
    if reader is None:
        raise ImportFileError(f"{path.name}: SalesDesk imports .csv and .vcf files")
    return reader(path, region)


def import_customers(session: Session, drafts: Sequence[CustomerDraft], now: datetime) -> list[int]:
    """Store ``drafts`` in the caller's transaction; return the new customers' ids.

    A company is reused when one of the same name (ignoring case) exists, else created once.
    """
    companies: dict[str, int] = {}
    created: list[int] = []
    for draft in drafts:
        company_id = None
        if draft.company:
            key = draft.company.casefold()
            if key not in companies:
                found = session.scalar(
                    select(Company.id).where(func.lower(Company.name) == draft.company.lower())
                )
                companies[key] = (
                    found
                    or session.execute(
                        insert(Company).returning(Company.id),
                        {"name": draft.company, "created_at": now},
                    ).scalar_one()
                )
            company_id = companies[key]
        customer_id = session.execute(
            insert(Customer).returning(Customer.id),
            {
                "name": draft.name,
                "company_id": company_id,
                "position": draft.position,
                "tier": draft.tier,
                "street": draft.street,
                "postal_code": draft.postal_code,
                "city": draft.city,
                "country": draft.country,
                "birthday": draft.birthday,
                "notes": draft.notes,
                "created_at": now,
                "updated_at": now,
            },
        ).scalar_one()
        contacts = [(ContactKind.EMAIL, value) for value in draft.emails]
        contacts += [(ContactKind.PHONE, value) for value in draft.phones]
        if contacts:
            session.execute(
                insert(ContactMethod),
                [
                    {"customer_id": customer_id, "kind": kind, "value": value, "position": n}
                    for n, (kind, value) in enumerate(contacts)
                ],
            )
        created.append(customer_id)
    return created
