"""Customers whose exported fields must come back byte for byte, and how to compare them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.exchange.fields import check_email
from salesdesk.core.matching import contact_key
from salesdesk.core.models import (
    BIRTHDAY_NO_YEAR,
    Company,
    ContactKind,
    ContactMethod,
    Customer,
    Tier,
)
from salesdesk.core.store import Database

FIELDS = (
    "name",
    "company",
    "position",
    "tier",
    "emails",
    "phones",
    "street",
    "postal_code",
    "city",
    "country",
    "latitude",
    "longitude",
    "birthday",
    "birthday_year_known",
    "last_contact",
    "notes",
)
CONTROL = "\u2028 \x0b \x0c \x1c \x85 \u2029"
LONG_NOTE = ('Ein langer Vermerk, mit Kommas; "Zitaten" und\r\nZeilen. 王芳 😀 ') * 166
LONG_NOTE = LONG_NOTE[:10_000]

# name, company, position, tier, emails, phones, street, code, city, country, born, notes
HOSTILE = [
    (
        'Anna "The Boss" Smith',
        'A "quoted", company',
        "-VP",
        "A",
        ["anna+boss@example.com"],
        ["+49 30 1234567"],
        "Hauptstraße 1, Hinterhaus",
        "10115",
        "Berlin",
        "Deutschland",
        date(1980, 2, 29),
        'ends with a comma and a quote,"',
    ),
    (
        "=SUM(A1:A3)",
        "=cmd|' /C calc'!A0",
        "+1 for everything",
        "B",
        [],
        ["+1 650-253-0000"],
        "@home",
        "-",
        "'s-Hertogenbosch",
        "'Nederland",
        None,
        '=HYPERLINK("http://x")',
    ),
    (
        "'Quoted O'Brien",
        "Ärzte AG",
        "'=not a formula",
        "C",
        ["o'brien@example.ie"],
        [],
        "''two quotes",
        None,
        None,
        None,
        date(1900, 1, 1),
        "'+'",
    ),
    (
        "Line\nbreak",
        "Multi\r\nLine GmbH",
        "CR\ronly",
        "C",
        [],
        [],
        " lead",
        "trail ",
        None,
        None,
        None,
        "\tstarts with a tab",
    ),
    (
        " spaced  out ",
        None,
        None,
        "A",
        ["spaced@example.com"],
        [],
        None,
        None,
        " Town ",
        None,
        date(BIRTHDAY_NO_YEAR, 4, 15),
        "\r=starts with a carriage return",
    ),
    (
        "Emoji 😀👩‍👩‍👧 Fan",
        "🚀 Rockets Ltd",
        "Chief 🎉 Officer",
        "B",
        ["emoji@example.com"],
        ["+44 20 7946 0958"],
        None,
        None,
        "London",
        "UK",
        date(1975, 12, 31),
        "🙂" * 50,
    ),
    (
        "王芳",
        "华为技术有限公司",
        "采购经理",
        "A",
        ["wang@huawei.example"],
        ["+86 755 2878 0808"],
        "坂田华为基地",
        "518129",
        "深圳",
        "中国",
        date(1985, 4, 12),
        "喜欢喝茶，周五不开会。",
    ),
    (
        "김민준",
        "삼성전자",
        "구매 팀장",
        "B",
        [],
        ["+82 2 555 0199"],
        "강남대로 1",
        "06000",
        "서울",
        "대한민국",
        None,
        "골프를 좋아함",
    ),
    (
        "שרה כהן",
        "חברה בע״מ",
        "מנהלת רכש",
        "C",
        ["sarah@example.co.il"],
        [],
        "רחוב הרצל 5",
        None,
        "תל אביב",
        "ישראל",
        None,
        "مرحبا بالعالم (RTL) and LTR mixed",
    ),
    ("Control Characters", None, None, "C", [], [], None, None, None, None, None, f"a{CONTROL}b"),
    (
        "Long Notes",
        "Ärzte AG",
        None,
        "C",
        ["long@example.com", "second@example.com"],
        ["+49 151 23456789", "+49 30 7654321"],
        None,
        None,
        None,
        None,
        None,
        LONG_NOTE,
    ),
    (
        "Semi;colon, comma",
        "Tab\tCompany",
        "Pipe | Position",
        "A",
        [],
        [],
        None,
        None,
        None,
        None,
        None,
        'He said: "hi"\n"bye"',
    ),
]


def add_hostile(database: Database) -> None:
    """Store the hostile customers as the app could hold them (values checked as the editor)."""
    with database.transaction() as session:
        for n, row in enumerate(HOSTILE):
            name, company, position, tier, emails, phones, street, code, city, country = row[:10]
            born, notes = row[10:]
            company_id = None
            if company:
                found = session.scalar(select(Company).where(Company.name == company))
                if found is None:
                    found = Company(name=company)
                    session.add(found)
                    session.flush()
                company_id = found.id
            customer = Customer(
                name=name,
                company_id=company_id,
                position=position,
                tier=Tier(tier),
                street=street,
                postal_code=code,
                city=city,
                country=country,
                birthday=born,
                birthday_year_known=born is None or born.year != BIRTHDAY_NO_YEAR,
                last_contact_on=date(2026, 3, n + 1) if n % 2 else None,
                notes=notes,
            )
            session.add(customer)
            session.flush()
            values = [(ContactKind.EMAIL, check_email(e)) for e in emails]
            values += [(ContactKind.PHONE, p) for p in phones]
            for position_, (kind, value) in enumerate(values):
                session.add(
                    ContactMethod(
                        customer_id=customer.id,
                        kind=kind,
                        value=value,
                        match_key=contact_key(kind, value),
                        position=position_,
                    )
                )


def field_values(session: Session) -> list[dict[str, object]]:
    """Return every customer's exported fields, sorted (ids and order do not matter)."""
    contacts: dict[int, dict[ContactKind, list[str]]] = {}
    for customer_id, kind, value in session.execute(
        select(ContactMethod.customer_id, ContactMethod.kind, ContactMethod.value)
        .where(ContactMethod.kind != ContactKind.OTHER)
        .order_by(ContactMethod.customer_id, ContactMethod.position, ContactMethod.id)
    ):
        contacts.setdefault(customer_id, {}).setdefault(kind, []).append(value)
    rows = []
    for customer, company in session.execute(
        select(Customer, Company.name).outerjoin(Company, Company.id == Customer.company_id)
    ):
        mine = contacts.get(customer.id, {})
        rows.append(
            {
                "name": customer.name,
                "company": company,
                "position": customer.position,
                "tier": customer.tier.value,
                "emails": tuple(mine.get(ContactKind.EMAIL, ())),
                "phones": tuple(mine.get(ContactKind.PHONE, ())),
                "street": customer.street,
                "postal_code": customer.postal_code,
                "city": customer.city,
                "country": customer.country,
                "latitude": customer.latitude,
                "longitude": customer.longitude,
                "birthday": customer.birthday,
                "birthday_year_known": customer.birthday_year_known,
                "last_contact": customer.last_contact_on,
                "notes": customer.notes,
            }
        )
    return sorted(rows, key=lambda row: repr([row[name] for name in FIELDS]))


def differences(before: list[dict[str, object]], after: list[dict[str, object]]) -> list[str]:
    """Return every field that differs, customer by customer, in words."""
    found = []
    if len(before) != len(after):
        found.append(f"{len(before)} customers exported, {len(after)} imported")
    for old, new in zip(before, after, strict=False):
        for name in FIELDS:
            if old[name] != new[name]:
                found.append(f"{old['name']!r}: {name} {old[name]!r} came back as {new[name]!r}")
    return found


def fresh_database(folder: Path) -> Database:
    """Return a new, empty SalesDesk database in ``folder``."""
    from salesdesk.core.store import open_database

    return open_database(folder / "fresh.sqlite3")
