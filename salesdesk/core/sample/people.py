"""Sample customers: who they are, where they work, how to reach them, and who referred whom.

Customers are made first with a provisional "customer since" date; once their deals and
activities exist, ``finish_customers`` moves that date before the first of them, so no
customer has a deal older than their card.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from salesdesk.core.matching import contact_key, name_key
from salesdesk.core.models import (
    ContactChannel,
    ContactKind,
    ContactMethod,
    Customer,
    CustomerSource,
    DealStatus,
    Referral,
    ReferralStatus,
    Tier,
)
from salesdesk.core.sample.common import Row, World, at, between, end_of, phone, slug
from salesdesk.core.sample.companies import (
    LARGEST_ORG,
    CompanyInfo,
    full_name,
    make_company,
    make_key_people,
    set_created,
)
from salesdesk.core.sample.diary import working_day_from
from salesdesk.core.sample.pools import LOCALE_BY_CODE, LOCALES, SALUTATIONS, Locale, Pair
from salesdesk.core.sample.territories import Place, country_name

# Most customers share the territory's naming culture; this many times its usual weight.
_HOME_WEIGHT = 4
# The first companies' cultures, so even a small sample shows every script SalesDesk prints.
_FIRST_CULTURES = ("zh", "ko")
_SOURCES = (
    (CustomerSource.REFERRAL, 15),
    (CustomerSource.COLLEAGUE, 8),
    (CustomerSource.INBOUND, 15),
    (CustomerSource.COLD_CALL, 18),
    (CustomerSource.COLD_EMAIL, 12),
    (CustomerSource.MAIL, 5),
    (CustomerSource.TRADE_SHOW, 20),
    (CustomerSource.OTHER, 7),
)
_CHANNELS = (
    ContactChannel.PHONE,
    ContactChannel.EMAIL,
    ContactChannel.VISIT,
    ContactChannel.MESSAGE,
)


@dataclass
class Person:
    """A generated customer and what the other generator modules need to know about them."""

    id: int
    row: Row
    locale: Locale
    place: Place
    company: CompanyInfo | None
    position: tuple[str, str, str]  # English, Chinese, Korean
    given: Pair
    family: Pair
    female: bool
    deals: list[Row] = field(default_factory=list)
    first_seen: datetime | None = None  # earliest deal or activity
    last_contact: date | None = None
    rep_language: str = "en"  # what the rep writes in (World.language)

    @property
    def language(self) -> str:
        """The language the rep writes this customer's profile in.

        A rep who writes English keeps Chinese and Korean customers' profiles in their
        language; a rep who writes Chinese or Korean writes every profile in it.
        """
        return self.locale.answer_language if self.rep_language == "en" else self.rep_language

    @property
    def tier(self) -> Tier:
        return self.row["tier"]

    def seen(self, moment: datetime) -> None:
        if self.first_seen is None or moment < self.first_seen:
            self.first_seen = moment


def _tiers(world: World, count: int) -> list[Tier]:
    """Return tiers in the 20/30/50 split the 80/20 rule suggests, in random order."""
    a, b = round(count * 0.2), round(count * 0.3)
    tiers = [Tier.A] * a + [Tier.B] * b + [Tier.C] * (count - a - b)
    world.rng.shuffle(tiers)
    return tiers


def _cultures(world: World) -> Iterator[Locale]:
    """Yield the naming culture of each new company or self-employed customer.

    First the territory's own, then Chinese and Korean, then at random, the territory's own
    most often. A rep who writes Chinese or Korean sells to the territory's own culture only.
    """
    home = world.territory.home_culture
    if world.language != "en":
        while True:
            yield LOCALE_BY_CODE[home]
    first = dict.fromkeys((home, *_FIRST_CULTURES))
    for code in first:
        yield LOCALE_BY_CODE[code]
    weights = [locale.weight * (_HOME_WEIGHT if locale.code == home else 1) for locale in LOCALES]
    while True:
        yield world.rng.choices(LOCALES, weights)[0]


def make_customers(world: World, count: int) -> list[Person]:
    """Buffer ``count`` customers, most of them at companies (with org charts) made on the way."""
    rng = world.rng
    cultures = _cultures(world)
    people: list[Person] = []
    companies: list[CompanyInfo] = []
    seated: dict[int, dict[int, tuple[Row, str]]] = {}
    hiring: list[CompanyInfo] = []  # companies with seats left for more customers
    for tier in _tiers(world, count):
        company: CompanyInfo | None = None
        if rng.random() < 0.85:
            if hiring and rng.random() < 0.45:
                company = rng.choice(hiring)
            else:
                locale = next(cultures)
                # The first company gets the whole chart, so even a tiny sample shows all roles.
                size = LARGEST_ORG if not companies else rng.randint(3, LARGEST_ORG)
                company = make_company(world, locale, org_size=size)
                companies.append(company)
                hiring.append(company)
        person = _make_person(world, tier, company, people, cultures)
        people.append(person)
        if company is not None:
            seat = company.free_slots.pop(0)
            if not company.free_slots:
                hiring.remove(company)
            seated.setdefault(company.id, {})[seat] = (person.row, _contacts(world, person))
        else:
            _contacts(world, person)
    for company in companies:
        make_key_people(world, company, seated.get(company.id, {}))
    return people


def _make_person(
    world: World,
    tier: Tier,
    company: CompanyInfo | None,
    earlier: list[Person],
    cultures: Iterator[Locale],
) -> Person:
    rng = world.rng
    locale = company.locale if company else next(cultures)
    place = company.place if company else world.place()
    female = rng.random() < 0.45
    given = rng.choice(locale.female if female else locale.male)
    family = rng.choice(locale.family)
    # Two customers of one name at one company would be one person to an import (same name
    # and company, same e-mail address): give the second another name.
    taken = company.customer_names if company is not None else set()
    for _ in range(20):
        if name_key(full_name(locale, given[0], family[0])) not in taken:
            break
        given = rng.choice(locale.female if female else locale.male)
        family = rng.choice(locale.family)
    texts = world.texts
    if company is not None:
        position = texts.ORG_CHART[company.free_slots[0]][0]
        street, postal_code = company.row["street"], company.row["postal_code"]
        coordinates = company.coordinates
    else:
        position = rng.choice(texts.SELF_EMPLOYED)
        street = rng.choice(place.streets).format(n=rng.randint(1, place.number_max))
        postal_code = rng.choice(place.postal_codes)
        coordinates = world.near(place) if rng.random() < 0.75 else None
    source = rng.choices([s for s, _ in _SOURCES], [w for _, w in _SOURCES])[0]
    referred_by = None
    if source is CustomerSource.REFERRAL:
        if earlier:
            referred_by = rng.choice(earlier).id
        else:
            source = CustomerSource.TRADE_SHOW
    age = rng.randint(27, 64)
    birthday = date(world.today.year - age, rng.randint(1, 12), rng.randint(1, 28))
    created = world.work_time(world.days_ago(rng.randint(30, 1500)))
    name = full_name(locale, given[0], family[0])
    backgrounds = texts.CULTURAL_BACKGROUNDS.get(locale.code)
    row = world.add(
        Customer,
        {
            "name": name,
            "name_key": name_key(name),
            "salutation": SALUTATIONS.get(world.language, locale.salutations)[1 if female else 0],
            "company_id": company.id if company else None,
            "position": position[world.column],
            "tier": tier,
            "source": source,
            "referred_by_id": referred_by,
            "birthday": birthday if rng.random() < 0.8 else None,
            "street": street,
            "postal_code": postal_code,
            "city": world.city(place),
            "country": country_name(place, world.language),
            "latitude": coordinates[0] if coordinates else None,
            "longitude": coordinates[1] if coordinates else None,
            "preferred_channel": rng.choices(_CHANNELS, (35, 30, 25, 10))[0],
            "language": locale.language,
            "cultural_background": (
                rng.choice(backgrounds) if backgrounds and rng.random() < 0.4 else None
            ),
            "notes": rng.choice(texts.CUSTOMER_NOTES) if rng.random() < 0.15 else None,
            "last_contact_on": None,
            "created_at": created,
            "updated_at": created,
        },
    )
    taken.add(row["name_key"])
    return Person(
        row["id"],
        row,
        locale,
        place,
        company,
        position,
        given,
        family,
        female,
        rep_language=world.language,
    )


def _contacts(world: World, person: Person) -> str:
    """Buffer phone numbers, an e-mail address and maybe a messenger; return the e-mail."""
    rng = world.rng
    given, family = slug(person.given[1]), slug(person.family[1])
    if person.company is not None:
        email, email_label = f"{given}.{family}@{person.company.domain}", "work"
    else:
        email = f"{given}.{family}{rng.randint(1, 99)}@{rng.choice(person.locale.mail_hosts)}"
        email_label = "private"
    mobile = phone(rng, person.place.mobile_phone)
    methods = [(ContactKind.PHONE, "mobile", mobile), (ContactKind.EMAIL, email_label, email)]
    if person.company is not None and rng.random() < 0.7:
        methods.insert(1, (ContactKind.PHONE, "office", phone(rng, person.place.office_phone)))
    messenger = person.locale.messenger
    if messenger and rng.random() < 0.6:
        handle = mobile if messenger == "WhatsApp" else f"{given}_{family}{rng.randint(1, 999)}"
        methods.append((ContactKind.OTHER, messenger, handle))
    for position, (kind, label, value) in enumerate(methods):
        world.add(
            ContactMethod,
            {
                "customer_id": person.id,
                "kind": kind,
                "label": label,
                "value": value,
                "match_key": contact_key(kind, value),
                "position": position,
            },
        )
    return email


def finish_customers(world: World, people: list[Person]) -> None:
    """Date each customer card before its first deal, activity and referral; set last contact."""
    rng = world.rng
    by_id = {person.id: person for person in people}
    for person in people:
        if person.first_seen is not None and person.first_seen < person.row["created_at"]:
            earlier = person.first_seen.date() - timedelta(days=rng.randint(1, 20))
            person.row["created_at"] = world.work_time(earlier)
        person.row["last_contact_on"] = person.last_contact
    # Referrers have smaller ids: walking backwards dates each referrer before whom they
    # referred, and then that referrer's own referrer before them.
    for person in reversed(people):
        referrer = by_id.get(person.row["referred_by_id"])
        if referrer is not None and referrer.row["created_at"] >= person.row["created_at"]:
            before = person.row["created_at"].date() - timedelta(days=rng.randint(20, 200))
            referrer.row["created_at"] = world.work_time(before)
    yesterday = end_of(world.days_ago(1))
    for person in people:
        person.row["updated_at"] = between(rng, person.row["created_at"], yesterday)
        if person.company is not None:
            set_created(person.company, person.row["created_at"] - timedelta(days=1))


def make_referrals(world: World, people: list[Person]) -> None:
    """Buffer the referral behind each referred customer, and names given after won deals."""
    rng = world.rng
    by_id = {person.id: person for person in people}
    names: set[tuple[int, str]] = set()
    for person in people:
        referrer = by_id.get(person.row["referred_by_id"])
        if referrer is None:
            continue
        if (referrer.id, person.row["name"]) in names:
            # A namesake of someone this referrer already referred (among tens of thousands
            # of customers, names repeat): a referrer's referrals are one per name, so this
            # customer came by a referral from outside the book.
            person.row["referred_by_id"] = None
            continue
        created = between(rng, referrer.row["created_at"], person.row["created_at"])
        won = [deal for deal in referrer.deals if deal["closed_at"] and deal["closed_at"] < created]
        names.add((referrer.id, person.row["name"]))
        world.add(
            Referral,
            _referral(referrer, person.row["name"], created, ReferralStatus.CONVERTED)
            | {
                "referred_customer_id": person.id,
                "deal_id": won[-1]["id"] if won else None,
                "phone": phone(rng, person.place.mobile_phone),
                "call_at": between(rng, created, person.row["created_at"]),
                "call_place": rng.choice(world.texts.REFERRAL_PLACES),
            },
        )
    for person in people:
        for deal in person.deals:
            if deal["status"] is not DealStatus.WON or rng.random() > 0.4:
                continue
            for _ in range(rng.randint(1, 3)):
                _referral_after_win(world, person, deal, names)


def _referral_after_win(
    world: World, person: Person, deal: Row, names: set[tuple[int, str]]
) -> None:
    rng = world.rng
    locale = person.locale
    female = rng.random() < 0.5
    given = rng.choice(locale.female if female else locale.male)[0]
    name = full_name(locale, given, rng.choice(locale.family)[0])
    if (person.id, name) in names:
        return
    names.add((person.id, name))
    closed: datetime = deal["closed_at"]
    created = closed + timedelta(minutes=rng.randint(10, 180))
    status = rng.choices(
        (
            ReferralStatus.ASKED,
            ReferralStatus.GIVEN,
            ReferralStatus.CONTACTED,
            ReferralStatus.DECLINED,
        ),
        (15, 40, 30, 15),
    )[0]
    call_at = None
    if status is ReferralStatus.GIVEN:
        # Some of these calls are still ahead: they show up as things to do.
        day = working_day_from(closed.date() + timedelta(days=rng.randint(2, 30)))
        call_at = at(day, rng.randint(9, 16), rng.choice((0, 15, 30, 45)))
    elif status is not ReferralStatus.ASKED:
        call_at = between(rng, created, end_of(world.days_ago(1)))
    world.add(
        Referral,
        _referral(person, name, created, status)
        | {
            "referred_customer_id": None,
            "deal_id": deal["id"],
            "phone": None
            if status is ReferralStatus.ASKED
            else phone(rng, person.place.mobile_phone),
            "call_at": call_at,
            "call_place": None if call_at is None else rng.choice(world.texts.REFERRAL_PLACES),
        },
    )


def _referral(referrer: Person, name: str, created: datetime, status: ReferralStatus) -> Row:
    return {
        "referrer_id": referrer.id,
        "referred_name": name,
        "status": status,
        "notes": None,
        "created_at": created,
    }
