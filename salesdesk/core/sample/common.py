"""Shared plumbing of the sample generator: the row buffer, id counters, times, money, text.

Every generated row is a plain dict keyed by model attribute, with an explicit id, collected in
a ``World`` and inserted in bulk at the end. Every time is derived from the ``today`` the
generator was given, never from the clock, so a seed, a day and the rep's zone always give the
same rows. Times of day are the rep's wall-clock times (``core.local_time``), stored in UTC.
"""

from __future__ import annotations

import math
import random
import string
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from types import ModuleType
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.models import Base, from_cents
from salesdesk.core.money.formats import format_money
from salesdesk.core.sample import texts
from salesdesk.core.sample.territories import Place, Territory, territory_for

Row = dict[str, Any]

# Rough exchange rates from EUR, in hundredths, and the step a quoted amount is rounded to (cents).
_RATES: dict[str, tuple[int, int]] = {
    "EUR": (100, 1_000),
    "GBP": (86, 1_000),
    "USD": (108, 1_000),
    "CNY": (780, 10_000),
    "KRW": (145_000, 1_000_000),
    "JPY": (16_000, 100_000),
    "CHF": (95, 1_000),
    "CAD": (150, 1_000),
    "AUD": (165, 1_000),
    "HKD": (850, 10_000),
    "SEK": (1_150, 10_000),
    "PLN": (430, 10_000),
    "BRL": (600, 10_000),
    "MXN": (2_000, 10_000),
    "INR": (9_000, 100_000),
}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_LATIN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "'": "", " ": ""})


class Ids:
    """Hands out primary keys after the largest one already in each table."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._last: dict[type[Base], int] = {}

    def next(self, model: type[Base]) -> int:
        if model not in self._last:
            largest = self._session.execute(select(func.max(model.id))).scalar_one()  # type: ignore[attr-defined]
            self._last[model] = largest or 0
        self._last[model] += 1
        return self._last[model]


@dataclass
class World:
    """Everything the generator modules share: the dice, the day, the ids and the rows."""

    rng: random.Random
    today: date
    ids: Ids
    territory: Territory = field(default_factory=lambda: territory_for(None))
    language: str = "en"  # what the rep writes in: "en", "zh" or "ko"
    rows: dict[type[Base], list[Row]] = field(default_factory=dict)

    @property
    def texts(self) -> ModuleType:
        """What the rep writes down (deal titles, notes, objections...), in their language."""
        return texts.in_language(self.language)

    @property
    def column(self) -> int:
        """Which of an (English, Chinese, Korean) triple the rep writes: 0, 1 or 2."""
        return {"zh": 1, "ko": 2}.get(self.language, 0)

    def city(self, place: Place) -> str:
        """Return the city as the rep writes it in an address ("上海市" for a Chinese rep)."""
        return place.official or place.city if self.language != "en" else place.city

    def address(self, street: str, postal_code: str, place: Place) -> str:
        """Return an address on one line, in the order of the rep's language."""
        if self.language == "zh":
            return f"{self.city(place)}{street}"
        if self.language == "ko":
            return f"{self.city(place)} {street}"
        return f"{street}, {postal_code} {place.city}"

    def add(self, model: type[Base], row: Row) -> Row:
        """Buffer ``row`` for ``model`` (giving it the next id if it has none) and return it."""
        if "id" not in row and hasattr(model, "id"):
            row = {"id": self.ids.next(model), **row}
        self.rows.setdefault(model, []).append(row)
        return row

    def days_ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def work_time(self, day: date, first_hour: int = 8, last_hour: int = 17) -> datetime:
        """Return a moment on ``day`` during working hours, on a five-minute step."""
        return at(day, self.rng.randint(first_hour, last_hour), self.rng.randrange(0, 60, 5))

    def place(self) -> Place:
        """Return a city of the territory."""
        return self.rng.choice(self.territory.places)

    def near(self, place: Place, km: float = 6.0) -> tuple[float, float]:
        """Return coordinates within ``km`` of the city centre, to five decimals (about 1 m)."""
        distance, bearing = km * math.sqrt(self.rng.random()), self.rng.uniform(0, 2 * math.pi)
        latitude, longitude = place.centre
        north = distance * math.cos(bearing) / 111.32
        east = distance * math.sin(bearing) / (111.32 * math.cos(math.radians(latitude)))
        return round(latitude + north, 5), round(longitude + east, 5)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """Return ``day`` at ``hour:minute`` on the rep's clock, in UTC."""
    wall = datetime(day.year, day.month, day.day, hour, minute)
    return local_time.localize(wall).astimezone(UTC)


def end_of(day: date) -> datetime:
    """Return the last minute of ``day`` on the rep's clock (in UTC)."""
    return at(day, 23, 59)


def between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    """Return a moment between ``start`` and ``end``, on a whole minute."""
    minutes = max(0, int((end - start).total_seconds() // 60))
    return start + timedelta(minutes=rng.randint(0, minutes))


def phone(rng: random.Random, pattern: str) -> str:
    """Fill every "#" of ``pattern`` with a random digit."""
    return "".join(str(rng.randrange(10)) if char == "#" else char for char in pattern)


def slug(text: str) -> str:
    """Return a lower-case ASCII form of a Latin-script name, for e-mail addresses and sites."""
    text = text.lower().translate(_LATIN)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(char for char in text if char.isalnum() or char in "-.")


def to_currency(eur_cents: int, currency: str, exact: bool = False) -> int:
    """Convert an amount in EUR cents to ``currency`` cents, rounded as a salesperson quotes it."""
    rate, step = _RATES.get(currency, (100, 1_000))
    cents = eur_cents * rate // 100
    if exact and currency in ("EUR", "GBP", "USD"):
        return cents
    return max(step, round(cents / step) * step)


def rough_rate(home: str, currency: str) -> Decimal:
    """Return about how many units of ``currency`` one unit of ``home`` buys (sample rates)."""
    default = (100, 1_000)
    return Decimal(_RATES.get(currency, default)[0]) / Decimal(_RATES.get(home, default)[0])


def money(cents: int) -> Decimal:
    """Return an exact amount with two decimals."""
    return from_cents(cents)


def spoken_amount(cents: int, currency: str, language: str) -> str:
    """Write an amount the way a rep would in a note: "€40,000", "30万元", "5,000만 원"."""
    units = cents // 100
    if language == "zh" and currency == "CNY":
        return f"{units // 10_000}万元" if units >= 10_000 else f"{units}元"
    if language == "ko" and currency == "KRW":
        return f"{units // 10_000:,}만 원" if units >= 10_000 else f"{units:,}원"
    return format_money(Decimal(units), currency, language)  # the one formatter: "CN¥30,000"


def month_name(month: int, language: str) -> str:
    """Return the name of ``month`` (1-12) as written in ``language``."""
    if language == "zh":
        return f"{month}月"
    if language == "ko":
        return f"{month}월"
    return _MONTHS[month - 1]


def day_and_month(day: date, language: str) -> str:
    """Return "3 May", "5月3日" or "5월 3일" for ``day`` in ``language``."""
    if language == "zh":
        return f"{day.month}月{day.day}日"
    if language == "ko":
        return f"{day.month}월 {day.day}일"
    return f"{day.day} {_MONTHS[day.month - 1]}"


@lru_cache(maxsize=4096)
def _fields(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def fill(rng: random.Random, templates: tuple[str, ...], values: Mapping[str, str]) -> str | None:
    """Fill a random template whose placeholders ``values`` can all fill; None if none can."""
    usable = [text for text in templates if _fields(text) <= values.keys()]
    return rng.choice(usable).format_map(values) if usable else None
