"""Sample companies: name, address and industry, an org chart of key people, news and rumours.

A company's org chart is a prefix of ``texts.ORG_CHART``, so every key person's boss is
already there (and has a smaller id, which keeps the self-reference valid while inserting).
The people the rep keeps a customer card for take some of its seats; see ``people.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from salesdesk.core.matching import name_key
from salesdesk.core.models import Company, CompanyNews, KeyPerson, Purchase
from salesdesk.core.sample import texts
from salesdesk.core.sample.common import Row, World, money, phone, slug, to_currency
from salesdesk.core.sample.pools import COMPANY_PATTERNS, INDUSTRIES, INDUSTRY_NAMES, Locale, Pair
from salesdesk.core.sample.territories import Place, country_name

LARGEST_ORG = len(texts.ORG_CHART)


@dataclass
class CompanyInfo:
    """A generated company and what people and deals need to know about it."""

    id: int
    row: Row
    locale: Locale
    place: Place
    domain: str
    org_size: int
    free_slots: list[int]
    coordinates: tuple[float, float] | None = None  # of its address, when geocoded
    key_people: dict[int, Row] = field(default_factory=dict)  # org chart index -> row
    customer_names: set[str] = field(default_factory=set)  # matching keys of its customers


def make_company(world: World, locale: Locale, *, org_size: int) -> CompanyInfo:
    """Buffer a company with its address; key people come later, once customers took seats.

    Three in four addresses carry coordinates (the others were never geocoded).
    """
    rng = world.rng
    place = world.place()
    industry, words, industry_slug = rng.choice(INDUSTRIES)
    stem, stem_latin = rng.choice(locale.company_stems)
    # A city prefix is common in Chinese company names of Chinese cities, meaningless elsewhere.
    home = locale.code == world.territory.home_culture
    city = place.city if home and rng.random() < 0.5 else ""
    pattern = locale.company_pattern
    own = COMPANY_PATTERNS.get(world.language) if locale.code == world.language else None
    if own:  # a Chinese or Korean rep meets every form their own firms are named in
        pattern = rng.choice(own)
    name = pattern.format(stem=stem, industry=words[locale.code], city=city)
    domain = f"{slug(stem_latin)}-{industry_slug}.{place.tld}"
    row = world.add(
        Company,
        {
            "name": name,
            "name_key": name_key(name),
            "industry": INDUSTRY_NAMES.get(world.language, {}).get(industry, industry),
            "website": f"https://www.{domain}",
            "phone": phone(rng, place.office_phone),
            "street": rng.choice(place.streets).format(n=rng.randint(1, place.number_max)),
            "postal_code": rng.choice(place.postal_codes),
            "city": world.city(place),
            "country": country_name(place, world.language),
            "notes": None,
            "created_at": None,  # set by people.finish_customers, before its first customer
        },
    )
    free_slots = [slot for slot in texts.CUSTOMER_SLOTS if slot < org_size]
    coordinates = world.near(place) if rng.random() < 0.75 else None
    return CompanyInfo(row["id"], row, locale, place, domain, org_size, free_slots, coordinates)


def _person_name(world: World, locale: Locale) -> tuple[str, Pair, Pair]:
    given = world.rng.choice(locale.male if world.rng.random() < 0.55 else locale.female)
    family = world.rng.choice(locale.family)
    return full_name(locale, given[0], family[0]), given, family


def full_name(locale: Locale, given: str, family: str) -> str:
    """Write a name the way its culture does: "王伟", "김민준", "佐藤 健太", "Anna Weber"."""
    if locale.eastern_order:
        return f"{family} {given}" if locale.code == "ja" else f"{family}{given}"
    return f"{given} {family}"


def make_key_people(
    world: World, company: CompanyInfo, customers: dict[int, tuple[Row, str]]
) -> None:
    """Buffer the org chart of ``company``; ``customers`` maps seats to (customer row, e-mail)."""
    rng, texts = world.rng, world.texts
    for index in range(company.org_size):
        functions, department, role, boss = texts.ORG_CHART[index]
        function = functions[world.column]
        customer, email = customers.get(index, (None, ""))
        if customer is not None:
            name = customer["name"]
        else:
            name, given, family = _person_name(world, company.locale)
            email = f"{slug(given[1])}.{slug(family[1])}@{company.domain}"
        company.key_people[index] = world.add(
            KeyPerson,
            {
                "company_id": company.id,
                "customer_id": None if customer is None else customer["id"],
                "reports_to_id": None if boss is None else company.key_people[boss]["id"],
                "name": name,
                "function": function,
                "department": department,
                "decision_role": role,
                "character": rng.choice(texts.CHARACTERS) if rng.random() < 0.7 else None,
                "goals": rng.choice(texts.GOALS) if rng.random() < 0.6 else None,
                "pressures": rng.choice(texts.PRESSURES) if rng.random() < 0.5 else None,
                "phone": phone(rng, company.place.office_phone),
                "email": email,
            },
        )


def make_news(world: World, company: CompanyInfo) -> None:
    """Buffer zero to three dated news items or rumours about ``company``."""
    rng, texts = world.rng, world.texts
    for item in rng.sample(texts.NEWS, rng.choice((0, 1, 1, 2, 3))):
        headline, details, rumour = item
        world.add(
            CompanyNews,
            {
                "company_id": company.id,
                # Rumours are fresh; facts may be older.
                "happened_on": world.days_ago(rng.randint(1, 45 if rumour else 400)),
                "headline": headline.format(company=company.row["name"], city=company.place.city),
                "details": details,
                "is_rumour": rumour,
                "source": rng.choice(texts.NEWS_SOURCES),
            },
        )


def make_purchase(
    world: World,
    *,
    company_id: int | None,
    customer_id: int | None,
    currency: str,
    description: str | None = None,
    supplier: str | None = None,
    purchased_on: date | None = None,
    amount_cents: int | None = None,
) -> None:
    """Buffer something bought earlier, by default an old purchase from a competitor."""
    rng, texts = world.rng, world.texts
    if amount_cents is None and rng.random() < 0.8:
        amount_cents = to_currency(rng.randint(20, 600) * 10_000, currency)
    world.add(
        Purchase,
        {
            "company_id": company_id,
            "customer_id": customer_id,
            "supplier": supplier or rng.choice(texts.COMPETITORS),
            "description": description or rng.choice(texts.PURCHASES),
            "purchased_on": purchased_on or world.days_ago(rng.randint(200, 2500)),
            "amount": None if amount_cents is None else money(amount_cents),
            "currency": None if amount_cents is None else currency,
        },
    )


def set_created(company: CompanyInfo, first_seen: datetime) -> None:
    """Date the company just before the earliest of its customers."""
    current = company.row["created_at"]
    if current is None or first_seen < current:
        company.row["created_at"] = first_seen
